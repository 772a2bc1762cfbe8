import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// When another process saves, the dashboard says what came in
/// ("reloaded: guido added member …"). The history line keeps that summary
/// in English, as data; a Dutch dashboard says it again in Dutch from the
/// change the line carries, and says only who changed something when the
/// change cannot be said again faithfully.
@Suite("Reloading in Dutch")
struct DutchReloadTests {
    func dutch<R>(_ body: () throws -> R) rethrows -> R { try Language.$scoped.withValue(.nl, operation: body) }

    /// Runs a Dutch dashboard on `dir`'s store while `change` is saved by a second store on the same directory.
    func reloaded(_ store: Store, _ dir: String, _ change: Change, by: String = "guido") throws -> FakeBackend {
        let backend = FakeBackend(width: 120, height: 40, events: Keys.press(.down))
        let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
        backend.onIdle = [{
            let other = try! Store(directory: dir)
            try! other.apply(change, context: ChangeContext(identity: .administrator(by), today: TUIFixture.today))
        }, {}]
        try dutch { try dashboard.run() }
        return backend
    }

    func reloadLine(_ backend: FakeBackend) -> String? {
        backend.frames.lazy.flatMap { $0.text.split(separator: "\n") }.first { $0.contains("opnieuw geladen") || $0.contains("reloaded") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func anotherProcessesNewMemberIsSaidInDutch() throws {
        try TUIFixture.withStore { store, dir in
            let aaron = Member(id: "", name: "Aaron Abels", role: .member, city: "Leiden", joined: TUIFixture.today)
            let backend = try reloaded(store, dir, .addMember(aaron))
            // The line on disk stays English; the screen does not.
            #expect(try HistoryLog.read(directory: dir).last?.summary == "added member Aaron Abels (aaron)")
            let line = try #require(reloadLine(backend))
            #expect(line.contains("opnieuw geladen, van guido: lid Aaron Abels (aaron) toegevoegd"), "\(line)")
            #expect(try DutchScreensTests.untranslated(in: line) == [])
        }
    }

    /// A change whose summary has days and hours: they come out as Dutch writes them.
    @Test func anotherProcessesTimeOffIsSaidInDutch() throws {
        try TUIFixture.withStore { store, dir in
            let off = TimeOff(range: DateRange(Day(iso: "2026-12-07")!, Day(iso: "2026-12-11")!)!, note: "")
            let backend = try reloaded(store, dir, .addTimeOff(member: "anais", off))
            #expect(try HistoryLog.read(directory: dir).last?.summary == "time off for Anaïs Laurent: 2026-12-07..2026-12-11")
            let line = try #require(reloadLine(backend))
            #expect(line.contains("opnieuw geladen, van guido: vrij voor Anaïs Laurent: 07-12-2026 t/m 11-12-2026"), "\(line)")
        }
    }

    func entry(_ line: String) throws -> HistoryLog.Entry {
        try JSONScanner.decode(Array(line.utf8)) { try HistoryLog.Entry(from: &$0) }
    }

    /// A line that cannot be said again: only who changed something, never the English.
    @Test func whatCannotBeSaidAgainSaysWhoChangedSomething() throws {
        let state = try TUIFixture.unit2()
        // Written before Samen kept the day and the author's kind: it cannot be replayed.
        let old = try entry(#"{"at":"2026-11-23T10:00:00Z","by":"guido","change":{"change":"add-project"},"summary":"registered project 4"}"#)
        #expect(dutch { Dashboard.summary(of: [old], before: state) } == "opnieuw geladen: bijgewerkt door guido")
        // A summary the change does not say (the state is not the one it was made on, or the line was edited).
        let edited = try entry(#"{"at":"2026-11-23T10:00:00Z","today":"2026-11-23","by":"guido","as":"administrator","#
            + #""change":{"change":"withdraw-request","request":8},"summary":"withdrew something else"}"#)
        #expect(dutch { Dashboard.summary(of: [edited], before: state) } == "opnieuw geladen: bijgewerkt door guido")
        // English shows the line's own words, as it always did.
        #expect(Dashboard.summary(of: [old], before: state) == "reloaded: guido registered project 4")
    }
}
