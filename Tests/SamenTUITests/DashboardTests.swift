import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The whole loop with a real store and an in-memory terminal.
@Suite("Dashboard")
struct DashboardTests {
    @Test func addingAMemberThroughTheForm() throws {
        try TUIFixture.withStore { store, dir in
            var events = Keys.press(.char("n")) + Keys.type("Noa Visser")
            events += Keys.press(.tab, .tab) + Keys.type("illustration, print")   // role stays member
            events += Keys.press(.tab, .tab) + Keys.type("Leiden")
            events += Keys.press(.tab, .ctrl("u")) + Keys.type("20")
            let backend = FakeBackend(width: 100, height: 30, events: events)
            backend.events += Keys.press(.enter)
            let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            let noa = try #require(try Store(directory: dir).state.member("noa"))
            #expect(noa.name == "Noa Visser")
            #expect(noa.skills == ["illustration", "print"])
            #expect(noa.contractedHours(on: TUIFixture.today) == 20)
            #expect(backend.lastScreen.contains("saved: added member Noa Visser (noa)"))
            #expect(dashboard.model.members.selectedMember?.id == "noa")
            #expect(try HistoryLog.read(directory: dir).last?.by == "eric")
        }
    }

    @Test func aRefusedFormShowsTheRuleAndKeepsWhatWasTyped() throws {
        try TUIFixture.withStore { store, dir in
            var events = Keys.press(.char("n")) + Keys.type("Noa Visser") + Keys.press(.tab, .tab, .tab, .tab) + Keys.type("Leiden")
            events += Keys.press(.tab, .ctrl("u")) + Keys.type("95") + Keys.press(.enter)
            let backend = FakeBackend(width: 100, height: 30, events: events)
            let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            let screen = backend.lastScreen
            Snapshot.check(screen, named: "member-form-refused-100x30")
            #expect(screen.contains("contracted hours per week must be between 0 and 80, got 95"))
            guard case let .form(form)? = dashboard.model.overlay else { Issue.record("the form closed"); return }
            #expect(form.value("name") == "Noa Visser")
            #expect(form.fields[form.focus].key == "hours")
            #expect(try Store(directory: dir).state.member("noa") == nil)
        }
    }

    /// Esc on a form with changes asks before it throws them away; a second Esc does.
    @Test func escCancelsAFormAndNothingIsSaved() throws {
        try TUIFixture.withStore { store, dir in
            let before = try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8)
            let backend = FakeBackend(width: 100, height: 30, events: Keys.press(.char("e"), .end) + Keys.type(" changed") + Keys.press(.escape))
            backend.onIdle = [{
                #expect(backend.lastScreen.contains("Discard your changes? Esc discards · any other key keeps editing"))
                #expect(backend.lastScreen.contains("Anaïs Laurent changed"), "what was typed is still there")
                backend.events += Keys.press(.escape)
            }]
            try Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today).run()
            #expect(try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8) == before)
            #expect(backend.lastScreen.contains("cancelled; nothing saved"))
        }
    }

    /// A form nobody typed in closes on the first Esc, as before.
    @Test func escOnAnUntouchedFormClosesIt() throws {
        var model = try TUIFixture.model()
        model.send(Keys.press(.char("e"), .tab, .escape))
        if case .some = model.overlay { Issue.record("the form stayed open") }
    }

    @Test func editingAMember() throws {
        try TUIFixture.withStore { store, dir in
            // The first member is Anaïs; change her city.
            let events = Keys.press(.char("e"), .tab, .tab, .tab, .tab, .ctrl("u")) + Keys.type("Haarlem") + Keys.press(.enter)
            let backend = FakeBackend(width: 100, height: 30, events: events)
            try Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today).run()
            #expect(try Store(directory: dir).state.member("anais")?.city == "Haarlem")
            #expect(backend.lastScreen.contains("saved: edited member Anaïs Laurent (anais)"))
        }
    }

    /// `x` asks for the day (today, typed over for another), then asks to be sure.
    @Test func markingAMemberAsLeftAsksTheDayThenFirst() throws {
        try TUIFixture.withStore { store, dir in
            let form = FakeBackend(width: 100, height: 30, events: Keys.press(.char("x")))
            try Dashboard.scripted(store: store, actor: "eric", backend: form, today: TUIFixture.today).run()
            Snapshot.check(form.lastScreen, named: "member-leaves-form-100x30")
            #expect(form.lastScreen.contains("Leaves on") && form.lastScreen.contains(TUIFixture.today.iso))
            let backend = FakeBackend(width: 100, height: 30, events: Keys.press(.char("x"), .enter))
            let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            backend.onIdle = [{ Snapshot.check(backend.lastScreen, named: "member-left-confirm-100x30") }]
            try dashboard.run()
            #expect(try Store(directory: dir).state.member("anais")?.left == nil)   // no answer, nothing done
            // Another day, typed over the one filled in.
            let yes = FakeBackend(width: 100, height: 30, events: Keys.press(.char("x")) + Keys.type("2026-12-31") + Keys.press(.enter, .char("y")))
            try Dashboard.scripted(store: store, actor: "eric", backend: yes, today: TUIFixture.today).run()
            #expect(try Store(directory: dir).state.member("anais")?.left == Day(iso: "2026-12-31"))
        }
    }

    @Test func changesByAnotherProcessShowUpAndKeepTheSelection() throws {
        try TUIFixture.withStore { store, dir in
            let backend = FakeBackend(width: 120, height: 40, events: Keys.press(.down, .down, .down))
            let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            backend.onIdle = [{
                let other = try! Store(directory: dir)
                try! other.apply(.addMember(Member(id: "", name: "Aaron Abels", role: .member, city: "Leiden", joined: TUIFixture.today)),
                                 context: ChangeContext(identity: .administrator("guido"), today: TUIFixture.today))
            }, {}]
            let selectedBefore = "chloe"
            try dashboard.run()
            #expect(dashboard.model.state.member("aaron") != nil)
            #expect(dashboard.model.members.selectedMember?.id == selectedBefore)
            #expect(backend.frames.contains { $0.text.contains("reloaded: guido added member Aaron Abels (aaron)") })
        }
    }
}
