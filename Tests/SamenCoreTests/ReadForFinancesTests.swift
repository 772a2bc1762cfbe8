import Foundation
import Testing
@testable import SamenCore

/// `samen finance` reads the network, members and books, not projects or requests.
@Suite("Reading for finances")
struct ReadForFinancesTests {
    @Test func sameBooksAndReportAsAFullLoadWithoutProjectsOrRequests() throws {
        let root = Fixture.temporaryDirectory()
        defer { Fixture.remove(root) }
        let dir = root + "/data"
        let state = SyntheticNetwork(members: 25, projects: 40, requests: 20, entries: 400, seed: 9).build(today: Fixture.today)
        try Store.create(at: dir, state: state, actor: "test", summary: "created")
        let read = try Store.readForFinances(directory: dir)
        #expect(read.members.records == state.members.records)
        #expect(read.ledger.records == state.ledger.records)
        #expect(read.projects.isEmpty && read.requests.isEmpty)
        let year = Fixture.today.year - 1
        #expect(read.financeReport(year: year) == state.financeReport(year: year))
        #expect(read.memberStatements(year: year) == state.memberStatements(year: year))

        // A requests file that does not parse stops a full load, but not a money question.
        let requests = try String(contentsOfFile: dir + "/requests.jsonl", encoding: .utf8)
        try "not json\n".write(toFile: dir + "/requests.jsonl", atomically: false, encoding: .utf8)
        #expect(throws: StoreError.self) { try Store(directory: dir) }
        #expect(try Store.readForFinances(directory: dir).ledger.count == state.ledger.count)
        try requests.write(toFile: dir + "/requests.jsonl", atomically: false, encoding: .utf8)
        // And the money read left the load cache as a full load needs it.
        let full = try Store(directory: dir)
        #expect(full.state.projects.records == state.projects.records)
        #expect(full.state.requests.records == state.requests.records)
    }

    @Test func aLedgerNamingAMissingMemberIsStillRefused() throws {
        let root = Fixture.temporaryDirectory()
        defer { Fixture.remove(root) }
        let dir = root + "/data"
        try Store.create(at: dir, state: try Fixture.state(), actor: "test", summary: "created")
        let line = #"{"amount":100,"at":"2026-11-23T10:00:00Z","by":"pierre","date":"2026-11-20","id":1,"kind":"payment","member":"lotte"}"#
        try (line + "\n").write(toFile: dir + "/ledger.jsonl", atomically: false, encoding: .utf8)
        // A history of an older Samen, which sets no limit to reading the ledger.
        let history = try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8)
        try history.replacingOccurrences(of: #","ledgerEnd":[0-9]+,"ledgerTail":"[0-9a-f]+""#, with: "", options: .regularExpression)
            .write(toFile: dir + "/history.jsonl", atomically: false, encoding: .utf8)
        do {
            _ = try Store.readForFinances(directory: dir)
            Issue.record("a ledger naming a member who does not exist was read")
        } catch let e as StoreError {
            #expect("\(e)".contains("ledger.jsonl:1"))
            #expect("\(e)".contains("member 'lotte', who does not exist"))
        }
    }
}
