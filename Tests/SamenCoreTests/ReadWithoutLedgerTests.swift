import Foundation
import Testing
@testable import SamenCore

/// `samen capacity` and `samen project suggest` read everything but the books.
@Suite("Reading without the ledger")
struct ReadWithoutLedgerTests {
    @Test func sameRecordsNoLedgerAndTheLedgerIsNotEvenOpened() throws {
        let root = Fixture.temporaryDirectory()
        defer { Fixture.remove(root) }
        let dir = root + "/data"
        let state = SyntheticNetwork(members: 25, projects: 40, requests: 20, entries: 200, seed: 9).build(today: Fixture.today)
        try Store.create(at: dir, state: state, actor: "test", summary: "created")
        let read = try Store.readWithoutLedger(directory: dir)
        #expect(read.members.records == state.members.records)
        #expect(read.projects.records == state.projects.records)
        #expect(read.requests.records == state.requests.records)
        #expect(read.ledger.isEmpty)
        // A ledger that does not parse stops a full load, but not this read.
        try "not json\n".write(toFile: dir + "/ledger.jsonl", atomically: false, encoding: .utf8)
        #expect(throws: StoreError.self) { try Store(directory: dir) }
        #expect(try Store.readWithoutLedger(directory: dir).members.count == 25)
    }

    @Test func aBrokenRecordFileIsStillReportedWithItsLine() throws {
        let root = Fixture.temporaryDirectory()
        defer { Fixture.remove(root) }
        let dir = root + "/data"
        try Store.create(at: dir, state: try Fixture.state(), actor: "test", summary: "created")
        let path = dir + "/members.jsonl"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: #""role":"associate""#, with: #""role":"boss""#).write(toFile: path, atomically: false, encoding: .utf8)
        do {
            _ = try Store.readWithoutLedger(directory: dir)
            Issue.record("a broken members.jsonl was read")
        } catch let e as StoreError {
            #expect("\(e)".contains("members.jsonl:"))
            #expect("\(e)".contains("'boss'"))
        }
        #expect(throws: StoreError.self) { try Store.readWithoutLedger(directory: root + "/nowhere") }
    }
}
