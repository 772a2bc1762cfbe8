import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The header says whether the directory verifies (`samen verify`), checked
/// on another core when the dashboard opens and after every change.
@Suite("Verification in the header")
struct VerificationHeaderTests {
    func header(_ backend: FakeBackend) -> String { String(backend.lastScreen.split(separator: "\n").first ?? "") }

    @Test func aDirectoryItsChangesMakeShowsVerified() throws {
        try FinancesFixture.withStore { store, _ in
            let backend = FakeBackend(width: 120, height: 30, events: Keys.press(.char("1")))
            let dashboard = Dashboard.scripted(store: store, actor: "pierre", backend: backend, today: FinancesFixture.today)
            dashboard.executor = .inline
            try dashboard.run()
            #expect(header(backend).contains("✓ verified  as Pierre Hermans"), "\(header(backend))")
        }
    }

    @Test func anEditOutsideSamenIsSaidAtOnceAndMarkedInTheHeader() throws {
        try FinancesFixture.withStore { store, dir in
            let path = dir + "/members.jsonl"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: "\"role\":\"associate\"", with: "\"role\":\"partner\"").write(toFile: path, atomically: true, encoding: .utf8)
            let backend = FakeBackend(width: 120, height: 30, events: [])
            let dashboard = Dashboard.scripted(store: store, actor: "pierre", backend: backend, today: FinancesFixture.today)
            dashboard.executor = .inline
            try dashboard.run()
            #expect(header(backend).contains("✗ does not verify  as Pierre Hermans"), "\(header(backend))")
            #expect(backend.lastScreen.contains("the data does not verify at members.jsonl: `samen verify` says what differs"))
        }
    }

    @Test func withoutAUnicodeTerminalTheMarkIsInWords() throws {
        try FinancesFixture.withStore { store, _ in
            let backend = FakeBackend(width: 120, height: 30, unicode: false, events: Keys.press(.char("1")))
            let dashboard = Dashboard.scripted(store: store, actor: "pierre", backend: backend, today: FinancesFixture.today)
            dashboard.executor = .inline
            try dashboard.run()
            #expect(header(backend).contains(" verified  as Pierre Hermans"))
            #expect(!header(backend).contains("✓"))
        }
    }

    /// A model with no directory (tests, the bench) asks for no verification.
    @Test func aModelWithoutADirectoryAsksForNone() throws {
        var model = AppModel(state: try FinancesFixture.stGroep(), actor: "pierre", today: FinancesFixture.today, width: 120, height: 30)
        #expect(model.update(.key(.char("2"))).allSatisfy { if case .background = $0 { return false } else { return true } })
        #expect(!model.render().text.contains("verif"))
    }
}

/// Which changes are signed, where the dashboard says it: the header's mark
/// once the network signs, and the line that says what others changed.
@Suite("Signatures in the dashboard")
struct SignaturesInTheDashboardTests {
    func mark(signed: Int, unsigned: [Int]) -> String? {
        var status = VerificationStatus()
        status.directory = "/x"
        _ = status.received(.success(HistoryVerification.Report(changes: 5, baselineLine: 1, baselineAt: Timestamp(secondsSinceEpoch: 0),
                                                               signed: signed, unsigned: unsigned)), dataVersion: 0)
        return status.mark(unicode: true)?.text
    }

    @Test func theHeaderCountsUnsignedChangesOnceTheNetworkSigns() {
        #expect(mark(signed: 0, unsigned: [1, 2, 3]) == "✓ verified")
        #expect(mark(signed: 4, unsigned: [1, 2]) == "✓ verified, 2 unsigned")
        #expect(mark(signed: 6, unsigned: []) == "✓ verified, signed")
    }

    func entry(_ signature: HistoryLog.Entry.Signature) throws -> HistoryLog.Entry {
        var e = try JSONScanner.decode(Array(#"{"at":"2026-11-23T10:00:00Z","by":"guido","change":{"change":"add-project"},"summary":"registered project 4"}"#.utf8)) {
            try HistoryLog.Entry(from: &$0)
        }
        e.signature = signature
        return e
    }

    @Test func whatOthersChangedSaysWhetherItIsSigned() throws {
        #expect(Dashboard.summary(of: [try entry(.valid(key: "SHA256:x"))]) == "reloaded: guido registered project 4 (signed)")
        #expect(Dashboard.summary(of: [try entry(.valid(key: "SHA256:x")), try entry(.none)]) == "reloaded: 2 changes by guido (1 unsigned)")
        #expect(Dashboard.summary(of: [try entry(.none), try entry(.none)]) == "reloaded: 2 changes by guido")
        #expect(Dashboard.summary(of: [try entry(.valid(key: "SHA256:x")), try entry(.invalid("changed"))])
                == "reloaded: 2 changes by guido (a signature does not hold: see samen history)")
    }
}

@Suite("Keys in the member detail")
struct KeysInTheMemberDetailTests {
    @Test func aMemberWhoSignsShowsTheStartOfTheirKeysFingerprint() throws {
        var state = try FinancesFixture.stGroep()
        let key = SSHPublicKey(raw: Array(repeating: 0x42, count: 32))
        let first = try #require(state.members.records.min { $0.name < $1.name })
        _ = try state.apply(.addKey(member: first.id, key: key),
                            context: ChangeContext(identity: .administrator("root"), now: Timestamp(secondsSinceEpoch: 0), today: FinancesFixture.today))
        var model = AppModel(state: state, actor: "pierre", today: FinancesFixture.today, width: 140, height: 40)
        _ = model.update(.key(.char("1")))
        let screen = model.render().text
        #expect(screen.contains("Key       " + key.fingerprint.prefix(19) + "…"), "\(screen)")
    }
}
