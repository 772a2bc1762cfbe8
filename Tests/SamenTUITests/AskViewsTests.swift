import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// Asking before staffing in the dashboard (issue 16, part 1), on the
/// ST-groep demo: Pierre asks Katleen from "who could do this?" (`a`), and
/// Katleen answers in "Asked of me" (`m` in Projects).
@Suite("Asking to join in the dashboard")
struct AskViewsTests {
    func dutch<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.nl) { try body() } }

    static func stGroep() throws -> NetworkState { try DemoNetwork.stGroep.build(today: TUIFixture.today) }

    /// The intensive care unit's team development: incoming, and Katleen is its best fit.
    static func icu(_ s: NetworkState) throws -> Int {
        try #require(s.projects.records.first { $0.title == "Team development for the new intensive care unit" }).id
    }

    /// The demo with Pierre's question to Katleen on the ICU project, two days old.
    static func asked() throws -> (NetworkState, Int) {
        var s = try stGroep()
        let id = try icu(s)
        // Typed by Pierre in the network's language.
        let note = Language.current == .nl ? "Start in januari, in Amersfoort" : "Start in January, in Amersfoort"
        let ctx = ChangeContext(actor: "pierre", now: Timestamp(iso: "2026-11-21T10:00:00Z")!, today: Day(iso: "2026-11-21")!)
        _ = try s.apply(.askToJoin(project: id, members: ["katleen"], hoursPerWeek: 12, note: note), context: ctx)
        return (s, id)
    }

    func askedOfMe(_ state: NetworkState, as actor: String = "katleen", width: Int, height: Int) -> AppModel {
        var model = AppModel(state: state, actor: actor, today: TUIFixture.today, width: width, height: height)
        model.send(Keys.press(.char("2"), .char("m")))
        return model
    }

    @Test func askedOfMeAt80x24() throws {
        let (s, id) = try Self.asked()
        let model = askedOfMe(s, width: 80, height: 24)
        let screen = model.render().text
        Snapshot.check(screen, named: "asked-of-me-80x24")
        #expect(screen.contains("Asked of me · Katleen Verbeek"))
        let row = try #require(screen.split(separator: "\n").first { $0.contains(" \(id) ") })
        #expect(row.contains("Team development") && row.contains("Pierre Hermans") && row.contains("12") && row.contains("asked 2 days ago"))
        #expect(screen.contains("Asked by Pierre Hermans on 2026-11-21, 12 h/wk"))
        #expect(screen.contains("Start in January, in Amersfoort"))
        #expect(screen.contains("y yes") && screen.contains("n no") && screen.contains("Esc back"))
    }

    @Test func askedOfMeAt120x40() throws {
        let (s, _) = try Self.asked()
        Snapshot.check(askedOfMe(s, width: 120, height: 40).render().text, named: "asked-of-me-120x40")
    }

    @Test func askedOfMeInDutch() throws {
        try dutch {
            let (s, _) = try Self.asked()
            let small = askedOfMe(s, width: 80, height: 24).render().text
            Snapshot.check(small, named: "asked-of-me-80x24.nl")
            #expect(small.contains("Aan mij gevraagd · Katleen Verbeek") && small.contains("2 dagen geleden gevraagd"))
            #expect(small.contains("Gevraagd door Pierre Hermans op 21-11-2026, 12 u/wk"))
            Snapshot.check(askedOfMe(s, width: 120, height: 40).render().text, named: "asked-of-me-120x40.nl")
        }
    }

    @Test func everyOpenQuestionForThePartnerWhoAsked() throws {
        let (s, _) = try Self.asked()
        var model = askedOfMe(s, as: "pierre", width: 80, height: 24)
        #expect(model.render().text.contains("Nobody has asked you to join a project."))
        model.send(Keys.press(.char("a")))
        let screen = model.render().text
        Snapshot.check(screen, named: "asked-of-me-all-80x24")
        #expect(screen.contains("Every open question") && screen.contains("Katleen Verbeek") && screen.contains("asked 2 days ago"))
        // Pierre may not answer for... he may: a partner acts for anyone. An associate may not answer Katleen's.
        var ellen = askedOfMe(s, as: "ellen", width: 80, height: 24)
        ellen.send(Keys.press(.char("a"), .char("y")))
        #expect(ellen.openForm == nil)
        #expect(ellen.render().text.contains("not allowed: only Katleen Verbeek or a partner may answer"))
    }

    @Test func escGoesBackToTheProjectsAndTheKeysAreListed() throws {
        let (s, _) = try Self.asked()
        var model = askedOfMe(s, width: 80, height: 24)
        model.send(Keys.press(.char("?")))
        let keys = model.render().text
        #expect(keys.contains("Yes: join, with the hours a week you can give") && keys.contains("No: not this one"))
        model.send(Keys.press(.escape, .escape))
        #expect(model.projects.askedOfMe == nil)
        // The Projects pane's `?` names the key that opens it (at the end of its list).
        let help = model.projects.keymap(context: model.context).helpList
        #expect(help.contains { $0.0 == "m" && $0.1 == "Asked of me: projects you are asked to join, and your answers" })
    }

    /// Through a real store: Pierre asks with `a`, Katleen says yes with `y`.
    @Test func askFromTheSuggestionsAndAnswerYes() throws {
        var template = "/tmp/samen-asks-XXXXXX".utf8CString
        let dir = String(cString: template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }!)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let state = try Self.stGroep()
        let id = try Self.icu(state)
        let store = try Store.create(at: dir + "/data", state: state, actor: "test", summary: "test")
        // The ICU project is the newest incoming one; `t` on it, `a` on the best fit.
        var events = Keys.press(.char("2"), .char("/")) + Keys.type("intensive") + Keys.press(.enter, .char("t"), .char("a"))
        var backend = FakeBackend(width: 120, height: 40, events: events)
        var dashboard = Dashboard.scripted(store: store, actor: "pierre", backend: backend, today: TUIFixture.today)
        try dashboard.run()
        let form = try #require(dashboard.model.openForm)
        #expect(form.title == "Ask Katleen Verbeek to join project \(id)")
        #expect(form.value("hours") == "10")
        events += Keys.press(.tab) + Keys.type("January start") + Keys.press(.enter)
        backend = FakeBackend(width: 120, height: 40, events: events)
        dashboard = Dashboard.scripted(store: store, actor: "pierre", backend: backend, today: TUIFixture.today)
        try dashboard.run()
        let asked = try #require(try Store(directory: dir + "/data").state.project(id)?.ask(to: "katleen"))
        #expect(asked.isOpen && asked.hoursPerWeek == 10 && asked.note == "January start" && asked.by == "pierre")
        let screen = backend.lastScreen
        #expect(screen.contains("saved: asked Katleen Verbeek to join project \(id) for 10 h/wk"))
        let row = try #require(screen.split(separator: "\n").first { $0.contains("Katleen Verbeek") && $0.contains("asked today") }, "\(screen)")
        #expect(row.hasPrefix("?"))
        Snapshot.check(screen, named: "asks-suggestions-asked-120x40")

        backend = FakeBackend(width: 120, height: 40, events: Keys.press(.char("2"), .char("m"), .char("y"), .enter))
        dashboard = Dashboard.scripted(store: store, actor: "katleen", backend: backend, today: TUIFixture.today)
        try dashboard.run()
        let p = try #require(try Store(directory: dir + "/data").state.project(id))
        #expect(p.allocations.map(\.member) == ["katleen"] && p.allocations.first?.hoursPerWeek == 10)
        #expect(backend.lastScreen.contains("saved: Katleen Verbeek said yes to project \(id), 10 h/wk"))
        #expect(backend.lastScreen.contains("yes, 10 h/wk"))
    }

    @Test func aNoIsListedUnderTheSuggestionsWithItsReason() throws {
        var (s, id) = try Self.asked()
        _ = try s.apply(.answerAsk(project: id, member: "katleen", reply: .no(reason: .notThisClient, note: "")),
                        context: ChangeContext(actor: "katleen", today: TUIFixture.today))
        var model = ProjectsFixture.model(s, width: 120, height: 40)
        model.projects.select(id: id, listHeight: model.projectsListHeight)
        model.send(Keys.press(.char("t")))
        let screen = model.render().text
        Snapshot.check(screen, named: "asks-suggestions-said-no-120x40")
        // Without Katleen nobody has both skills; she is listed under them, with why, and counted as left out.
        #expect(screen.contains("Asked, said no\n   Katleen Verbeek: no: not this client"))
        #expect(screen.contains("1 said no"))
    }
}
