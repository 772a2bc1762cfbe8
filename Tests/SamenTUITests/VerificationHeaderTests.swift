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
