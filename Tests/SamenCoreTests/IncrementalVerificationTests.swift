import Foundation
import Testing
@testable import SamenCore

/// Verifying again after a change costs about the change: only the lines
/// after what was proven are replayed, onto the state proven then.
@Suite("Incremental verification")
struct IncrementalVerificationTests {
    func withProvenStore(_ body: (Store, String, VerifiedPrefix) throws -> Void) throws {
        let dir = Fixture.temporaryDirectory("samen-incremental")
        defer { Fixture.remove(dir) }
        let store = try Store.create(at: dir + "/data", state: try Fixture.state(), actor: "test", summary: "test")
        try store.apply(.addProject(Fixture.project()), context: Fixture.ctx)
        let (report, prefix) = try HistoryVerification.verifyRemembering(directory: dir + "/data")
        #expect(report.changes == 1)
        #expect(prefix.lines == 2)
        try body(store, dir + "/data", prefix)
    }

    func again(_ store: Store, _ prefix: VerifiedPrefix) throws -> (report: HistoryVerification.Report, prefix: VerifiedPrefix) {
        try store.reloadIfChanged()
        return try HistoryVerification.verifyIncrementally(directory: store.directory, after: prefix, current: store.state, historyLength: store.historyLength)
    }

    @Test func onlyTheNewLinesAreReplayed() throws {
        try withProvenStore { store, dir, prefix in
            try store.apply(.addLedgerEntry(Fixture.entry(.revenue, 120_000, member: "katleen")), context: Fixture.ctx)
            // Without the baseline the whole proof cannot start; going on from the prefix does not need it.
            try FileManager.default.removeItem(atPath: dir + "/.samen-baseline")
            let (report, next) = try again(store, prefix)
            #expect(report.changes == 2)
            #expect(next.lines == 3)
            try store.apply(.addLedgerEntry(Fixture.entry(.cost, 4_500, category: "rent")), context: Fixture.ctx)
            #expect(try again(store, next).report.changes == 3)
            #expect(throws: HistoryVerification.Failure.self) { try HistoryVerification.verify(directory: dir) }
        }
    }

    /// A change refused, or a reload that found nothing new: no new line, and the proof stands.
    @Test func nothingNewVerifiesAsBefore() throws {
        try withProvenStore { store, _, prefix in
            let (report, next) = try again(store, prefix)
            #expect(report == prefix.report)
            #expect(next.lines == prefix.lines)
        }
    }

    @Test func anEditByHandSinceIsNamed() throws {
        try withProvenStore { store, dir, prefix in
            try store.apply(.addLedgerEntry(Fixture.entry(.cost, 4_500, category: "rent")), context: Fixture.ctx)
            let path = dir + "/members.jsonl"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: "\"role\":\"associate\"", with: "\"role\":\"partner\"").write(toFile: path, atomically: true, encoding: .utf8)
            do { _ = try again(store, prefix); Issue.record("an edit by hand verified") } catch let f as HistoryVerification.Failure {
                #expect(f.file == "members.jsonl")
                #expect(f.message.contains("is not what the history makes of it: role: the file says \"partner\", the history \"associate\""), "\(f.message)")
            }
        }
    }

    @Test func anEarlierLineChangedIsProvenWholeAgainAndNamed() throws {
        try withProvenStore { store, dir, prefix in
            try store.apply(.addLedgerEntry(Fixture.entry(.cost, 4_500, category: "rent")), context: Fixture.ctx)
            // The project's line given another author: the proven bytes are not there any more.
            let path = dir + "/history.jsonl"
            var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
            lines[1] = lines[1].replacingOccurrences(of: #""by":"pierre""#, with: #""by":"katleen""#)
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            do { _ = try again(store, prefix); Issue.record("a changed history verified") } catch let f as HistoryVerification.Failure {
                #expect(f.line == 2, "\(f)")
                #expect(f.message.hasPrefix("add-project by katleen on 2026-11-23 is refused by the rules"), "\(f.message)")
            }
        }
    }

    /// The ledger only grows: where both states come from the proven one by
    /// appends, only what came after is compared, and a difference there is
    /// still named with its line.
    @Test func afterTheProvenLedgerOnlyTheNewEntriesAreComparedAndADifferenceIsNamed() throws {
        var proven = try Fixture.state()
        proven.appendLedger(Fixture.entry(.revenue, 120_000, member: "katleen"))
        var replayed = proven, onDisk = proven
        var entry = Fixture.entry(.cost, 4_500, category: "rent")
        entry.id = proven.ledger.count + 1
        replayed.appendLedger(entry)
        entry.amount = Money(cents: 45_000)
        onDisk.appendLedger(entry)
        #expect(replayed.ledger.lineage === onDisk.ledger.lineage)
        let f = try #require(HistoryVerification.firstDifference(replayed: replayed, onDisk: onDisk, proven: proven))
        #expect(f.description == "ledger.jsonl:\(entry.id): entry \(entry.id) is not what the history makes of it: amount: the file says 45000, the history 4500")
        // A ledger read afresh is another lineage: compared whole.
        var reread = onDisk
        reread.replaceLedger(Array(onDisk.ledger.records))
        #expect(reread.ledger.lineage !== proven.ledger.lineage)
        #expect(HistoryVerification.firstDifference(replayed: replayed, onDisk: reread, proven: proven)?.line == entry.id)
    }
}
