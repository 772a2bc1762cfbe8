import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// Staffing from "who could do this?": Space on, hours asked, overbooking
/// marked and confirmed, Space off; through a real store where it saves.
@Suite("Staffing from the suggestions")
struct StaffingKeysTests {
    /// Into the leaflet's suggestions: the Projects pane, filter, `t`.
    static let openLeaflet = Keys.press(.char("2"), .char("/")) + Keys.type("leaflet") + Keys.press(.enter, .char("t"))

    @Test func spacePutsTheBestOnTheTeamAndSpaceAgainTakesThemOff() throws {
        try TUIFixture.withStore { store, dir in
            _ = try store.apply(.addProject(ProjectsFixture.leaflet), context: ProjectsFixture.ctx)
            let id = try #require(store.state.projects.lastID)
            let period = try #require(store.state.project(id)).period
            // Thijs is first, 16 h/wk free; the leaflet needs 48 h over 3 weeks: 16 a week.
            var backend = FakeBackend(width: 120, height: 40, events: Self.openLeaflet + Keys.press(.char(" ")))
            var dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            guard case let .form(form)? = dashboard.model.overlay else { Issue.record("no hours form"); return }
            #expect(form.title == "Thijs Bakker on project \(id) (tentative until won)")
            #expect(form.value("hours") == "16")
            #expect(form.notice == nil)   // 16 fits in his 16 free hours: nothing to confirm

            backend = FakeBackend(width: 120, height: 40, events: Self.openLeaflet + Keys.press(.char(" "), .enter))
            dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            let saved = try #require(try Store(directory: dir).state.project(id))
            #expect(saved.allocations == [Allocation(member: "thijs", hoursPerWeek: 16, range: period)])
            let screen = backend.lastScreen
            #expect(screen.contains("saved: Thijs Bakker on project \(id) for 16 h/wk"))
            // The advisor leaves him out of the ranking now; he is listed on the team, selected.
            #expect(screen.contains("On the team (tentative until won)\n✓            Thijs Bakker    on the team, 16 h/wk · Space takes them off"))
            #expect(screen.contains("left out: 34 lack a required skill, 1 already on it"))
            #expect(screen.contains("Space: staff, tentative"))
            #expect(!screen.contains("read-only"))

            backend = FakeBackend(width: 120, height: 40, events: Self.openLeaflet + Keys.press(.char(" ")))
            dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            #expect(try Store(directory: dir).state.project(id)?.allocations.isEmpty == true)
            #expect(backend.lastScreen.contains("saved: thijs taken off project \(id)"))
        }
    }

    @Test func anOverbookingIsMarkedWithItsWeeksAndAskedFirst() throws {
        let (state, id) = try ProjectsFixture.withLeaflet()
        var model = ProjectsFixture.model(state)
        model.projects.select(id: id, listHeight: model.projectsListHeight)
        model.send(Keys.press(.char("t")))
        let view = try #require(model.projects.suggestions)
        let p = try #require(state.project(id))
        // Every mark is what the domain says for the offered hours, and the screen says it.
        for (member, weeks) in view.overbooked {
            #expect(weeks == state.overbookedWeeks(adding: Allocation(member: member, hoursPerWeek: 16, range: p.period), to: id))
        }
        for (member, _) in view.suggestedMembers where view.overbooked[member] == nil {
            #expect(state.overbookedWeeks(adding: Allocation(member: member, hoursPerWeek: 16, range: p.period), to: id).isEmpty)
        }
        // Thijs at 40 h/wk would be overbooked every week: said while typing, then asked.
        model.send(Keys.press(.char(" ")) + Keys.type("40"))
        guard case let .form(form)? = model.overlay else { Issue.record("no hours form"); return }
        let over = state.overbookedWeeks(adding: Allocation(member: "thijs", hoursPerWeek: 40, range: p.period), to: id)
        #expect(over.count == 3)
        #expect(form.notice == "Enter asks first: overbooked in \(over.map(\.description).joined(separator: ", "))")
        #expect(model.send(Keys.press(.enter)).isEmpty)
        guard case let .confirm(c)? = model.overlay else { Issue.record("an overbooking was not asked about"); return }
        #expect(c.question.hasPrefix("Thijs Bakker (thijs) would be overbooked in 3 weeks: \(over[0])"))
        #expect(model.send(Keys.press(.char("y"))) == [.apply(.allocate(project: id, Allocation(member: "thijs", hoursPerWeek: 40, range: p.period)), .confirmation)])
    }

    @Test func overbookedMembersAreMarkedInTheList() throws {
        // A one-person job: Olga has 8 h a week free and would be offered 16.
        let (state, id) = try ProjectsFixture.withLeaflet()
        var leaflet = ProjectsFixture.model(state)
        leaflet.projects.select(id: id, listHeight: leaflet.projectsListHeight)
        leaflet.send(Keys.press(.char("t")))
        #expect(leaflet.projects.suggestions?.overbooked["olga"]?.map(\.week.description) == ["2026-W48", "2026-W49", "2026-W50"])
        #expect(leaflet.render().text.contains("!  4   75.0  Olga Nowak      overbooked 2026-W48 (-8 h)"))
        // The congress team job (issue 17): each is offered no more than the
        // skill's share and no more than they have free on its days, so
        // nobody is marked only because a skill's share exceeds one person.
        var model = ProjectsFixture.model(try TUIFixture.unit2())
        model.projects.select(id: 19, listHeight: model.projectsListHeight)
        model.send(Keys.press(.char("t")))
        let view = try #require(model.projects.suggestions)
        let screen = model.render().text
        #expect(view.overbooked.isEmpty)
        #expect(!screen.contains("overbooked"))
        #expect(screen.contains("Space put on the team"))
    }

    @Test func theHoursFormOnScreen() throws {
        let (state, id) = try ProjectsFixture.withLeaflet()
        for (w, h) in [(80, 24), (120, 40)] {
            var model = ProjectsFixture.model(state, width: w, height: h)
            model.projects.select(id: id, listHeight: model.projectsListHeight)
            model.send(Keys.press(.char("t"), .char(" ")) + Keys.type("40"))
            let screen = model.render().text
            Snapshot.check(screen, named: "staffing-hours-overbooked-\(w)x\(h)")
            #expect(screen.contains("Enter asks first: overbooked in 2026-W48 (-24 h)"))
        }
    }
}

extension StaffingKeysTests {
    @Test func eChangesATeamMembersHours() throws {
        try TUIFixture.withStore { store, dir in
            _ = try store.apply(.addProject(ProjectsFixture.leaflet), context: ProjectsFixture.ctx)
            let id = try #require(store.state.projects.lastID)
            let period = try #require(store.state.project(id)).period
            _ = try store.apply(.allocate(project: id, Allocation(member: "thijs", hoursPerWeek: 16, range: period)), context: ProjectsFixture.ctx)
            // Thijs is on the team, listed first and selected: e asks his hours, 8 is saved.
            let backend = FakeBackend(width: 120, height: 40, events: Self.openLeaflet + Keys.press(.char("e")) + Keys.type("8") + Keys.press(.enter))
            let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            #expect(try Store(directory: dir).state.project(id)?.allocations == [Allocation(member: "thijs", hoursPerWeek: 8, range: period)])
            #expect(backend.lastScreen.contains("Thijs Bakker    on the team, 8 h/wk"))
        }
    }
}
