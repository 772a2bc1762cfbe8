import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// Triage keys in the Projects pane, through a real store: what is saved,
/// what is refused (in the domain's words) and what is asked first.
@Suite("Triage keys")
struct TriageKeysTests {
    /// Runs the dashboard on the store with `events` after `2` (the Projects pane).
    @discardableResult
    static func run(_ store: Store, _ events: [InputEvent], width: Int = 120, height: Int = 40) throws -> (Dashboard, FakeBackend) {
        let backend = FakeBackend(width: width, height: height, events: Keys.press(.char("2")) + events)
        let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
        try dashboard.run()
        return (dashboard, backend)
    }

    /// The oldest incoming assignment of the demo: the first row of Incoming.
    static func oldestIncoming() throws -> Project {
        var model = ProjectsFixture.model(try TUIFixture.unit2())
        model.send([])
        return try #require(model.projects.selectedProject)
    }

    /// Selects project `p` from the Projects pane as a person would: its
    /// title as the filter, then `]` to its stage.
    static func select(_ p: Project) -> [InputEvent] {
        Keys.press(.char("/")) + Keys.type(p.title) + Keys.press(.enter)
            + Array(repeating: InputEvent.key(.char("]")), count: ProjectStage(p.status).rawValue)
    }

    @Test func acceptWithoutALeadAsksForOneThenSavesBothWithTheLog() throws {
        let p = try Self.oldestIncoming()
        #expect(p.status == .incoming && p.lead == nil)
        try TUIFixture.withStore { store, dir in
            var model = ProjectsFixture.model(store.state)
            // `a` alone saves nothing: with no lead it asks who leads first.
            #expect(model.send(Keys.press(.char("a"))).isEmpty)
            guard case let .form(form)? = model.overlay else { Issue.record("no lead picker"); return }
            #expect(form.title == "Accept project \(p.id) into proposal: choose a lead")
            // The default is the staffing advisor's best fit.
            let best = StaffingAdvisor(store.state).suggest(for: p, today: TUIFixture.today, limit: 10)
            let first = best.suggestions.first?.member ?? best.perSkill.first!.suggestions.first!.member
            #expect(form.value("lead") == "\(first.name) (\(first.id))")
            // Enter asks; yes saves the lead, then the move, as one change.
            #expect(model.send(Keys.press(.enter)).isEmpty)
            guard case .confirm? = model.overlay else { Issue.record("accepting was not confirmed"); return }
            #expect(model.send(Keys.press(.char("y"))) == [.apply(.steps([.setLead(project: p.id, member: first.id),
                                                                          .moveProject(project: p.id, to: .proposal, reason: nil, note: "")]), .confirmation)])

            let historyBefore = try HistoryLog.read(directory: dir).count
            let (dashboard, backend) = try Self.run(store, Keys.press(.char("a"), .enter, .char("y")))
            // One history line for the one thing the person did.
            let history = try HistoryLog.read(directory: dir)
            #expect(history.count == historyBefore + 1)
            #expect(history.last?.change == "steps")
            let saved = try #require(try Store(directory: dir).state.project(p.id))
            #expect(saved.status == .proposal && saved.lead == first.id)
            #expect(saved.log.suffix(2).map(\.note) == ["lead: \(first.id)", ""])
            #expect(saved.log.suffix(2).allSatisfy { $0.by == "eric" })
            // The pane follows it to Proposal, with the new line of the log in the detail.
            #expect(dashboard.model.projects.stage == .proposal)
            #expect(dashboard.model.projects.selectedProject?.id == p.id)
            #expect(backend.lastScreen.contains("eric: lead: \(first.id)"))   // the lead, saying what changed
            #expect(backend.lastScreen.contains("eric: incoming →"))   // then the move to proposal
            #expect(backend.lastScreen.contains("saved: project \(p.id) incoming -> proposal"))
        }
    }

    @Test func declineNeedsAReasonAndOtherNeedsANote() throws {
        let p = try Self.oldestIncoming()
        try TUIFixture.withStore { store, dir in
            // No reason chosen: the domain's rule, beside the reason.
            var (dashboard, backend) = try Self.run(store, Keys.press(.char("d"), .enter))
            #expect(backend.lastScreen.contains("declining project \(p.id) needs a reason:"))
            guard case let .form(form)? = dashboard.model.overlay else { Issue.record("the form closed"); return }
            #expect(form.errorField == "reason")
            // 'other' without a note: refused too, beside the note.
            (dashboard, backend) = try Self.run(store, Keys.press(.char("d"), .left, .enter))
            #expect(backend.lastScreen.contains("declining for 'other' needs a note saying why"))
            guard case let .form(other)? = dashboard.model.overlay else { Issue.record("the form closed"); return }
            #expect(other.errorField == "note")
            #expect(try Store(directory: dir).state.project(p.id)?.status == .incoming)   // nothing written
            // A reason and a note, confirmed: declined, with both in the log.
            (dashboard, backend) = try Self.run(store, Keys.press(.char("d"), .right, .right, .right, .tab) + Keys.type("fully booked until March")
                                                + Keys.press(.enter, .char("y")))
            let saved = try #require(try Store(directory: dir).state.project(p.id))
            #expect(saved.status == .declined && saved.declineReason == .noCapacity)
            #expect(saved.log.last?.note == "no capacity: fully booked until March")
            #expect(saved.log.last?.by == "eric")
            #expect(dashboard.model.projects.stage == .closed)
        }
    }

    /// The dashboard asks the rights policy before a form: at ST-groep the
    /// partners triage, so an associate pressing `d` is told so at once, and
    /// a person the system names who is no member may only look.
    @Test func whoMayNotTriageIsToldBeforeAnyForm() throws {
        let state = try DemoNetwork.stGroep.build(today: TUIFixture.today)
        let p = try #require(state.projects.first { $0.status == .incoming })
        for (identity, phrase) in [(ChangeContext.Identity.member("katleen"), "you act as Katleen Verbeek (katleen), an associate"),
                                   (.login("mallory", actingFor: nil), "you act as 'mallory', who is not a member of this network")] {
            var model = AppModel(state: state, identity: identity, today: TUIFixture.today, width: 120, height: 40)
            model.send(Keys.press(.char("2")) + Self.select(p) + Keys.press(.char("d")))
            #expect(model.overlay == nil, "no form opens")
            #expect(model.message?.text == "not allowed: only a partner may decline project \(p.id) in ST-groep (triage: partners); \(phrase)")
        }
        var partner = AppModel(state: state, identity: .member("pierre"), today: TUIFixture.today, width: 120, height: 40)
        partner.send(Keys.press(.char("2")) + Self.select(p) + Keys.press(.char("d")))
        guard case .form? = partner.overlay else { Issue.record("a partner gets the decline form"); return }
    }

    @Test func wonFromIncomingIsRefusedWithTheDomainsMessage() throws {
        let p = try Self.oldestIncoming()
        var model = ProjectsFixture.model(try TUIFixture.unit2())
        #expect(model.send(Keys.press(.char("w"))).isEmpty)
        if case .some = model.overlay { Issue.record("something opened") }
        #expect(model.render().text.contains("not allowed: project \(p.id) cannot go from incoming to active; from incoming it can go to"))
    }

    @Test func wonLostAndFinishAreConfirmedAndSaved() throws {
        try TUIFixture.withStore { store, dir in
            let state = store.state
            let proposals = state.projects.records.filter { $0.status == .proposal }
            let active = try #require(state.projects.records.first { $0.status == .active })
            #expect(proposals.count >= 2)
            // Won: asked first; "n" changes nothing.
            var (_, backend) = try Self.run(store, Self.select(proposals[0]) + Keys.press(.char("w")))
            #expect(backend.lastScreen.contains("Mark project \(proposals[0].id) (\(proposals[0].title))"))
            #expect(backend.lastScreen.contains("tentative hours count as allocated"))
            (_, backend) = try Self.run(store, Self.select(proposals[0]) + Keys.press(.char("w"), .char("n")))
            #expect(try Store(directory: dir).state.project(proposals[0].id)?.status == .proposal)
            (_, backend) = try Self.run(store, Self.select(proposals[0]) + Keys.press(.char("w"), .char("y")))
            #expect(try Store(directory: dir).state.project(proposals[0].id)?.status == .active)
            #expect(backend.lastScreen.contains("eric: proposal →") && backend.lastScreen.contains("active · won"))
            (_, backend) = try Self.run(store, Self.select(proposals[1]) + Keys.press(.char("x"), .char("y")))
            #expect(try Store(directory: dir).state.project(proposals[1].id)?.status == .lost)
            (_, backend) = try Self.run(store, Self.select(active) + Keys.press(.char("f"), .char("y")))
            #expect(try Store(directory: dir).state.project(active.id)?.status == .done)
            #expect(try HistoryLog.read(directory: dir).suffix(3).map(\.by) == ["eric", "eric", "eric"])
        }
    }

    @Test func setLeadIsSavedWithoutAQuestion() throws {
        let p = try Self.oldestIncoming()
        try TUIFixture.withStore { store, dir in
            let (_, backend) = try Self.run(store, Keys.press(.char("l"), .right, .enter))
            let saved = try #require(try Store(directory: dir).state.project(p.id))
            let lead = try #require(saved.lead)
            #expect(saved.status == .incoming)
            #expect(saved.log.last?.note == "lead: \(lead)")
            #expect(backend.lastScreen.contains("leads project \(p.id)"))
        }
    }

    /// The key line names exactly the triage keys of the selected project's stage.
    @Test func theKeyLineAndHelpFollowTheStage() throws {
        var model = ProjectsFixture.model(try TUIFixture.unit2(), width: 200)
        let keys = { (m: AppModel) in m.projectsKeymap.keyLine.map { "\($0.0) \($0.1)" } }
        let help = { (m: AppModel) in m.projectsKeymap.helpList.map(\.0) }
        #expect(keys(model).contains("a accept") && keys(model).contains("d decline") && !keys(model).contains("w won"))
        #expect(help(model).contains("a") && !help(model).contains("w"))
        model.send(Keys.press(.char("]")))
        #expect(keys(model).contains("w won") && keys(model).contains("x lost") && !keys(model).contains("a accept"))
        #expect(help(model).contains("w") && !help(model).contains("a"))
        model.send(Keys.press(.char("]")))
        #expect(keys(model).contains("f finish") && !keys(model).contains("w won") && !keys(model).contains("d decline"))
        model.send(Keys.press(.char("]")))
        #expect(!keys(model).contains { ["a accept", "d decline", "w won", "f finish", "t staff"].contains($0) })
        #expect(keys(model).contains("n new"))
    }

    @Test func thePickerAndTheDeclineFormOnScreen() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            var model = ProjectsFixture.model(try TUIFixture.unit2(), width: w, height: h)
            model.send(Keys.press(.char("a")))
            Snapshot.check(model.render().text, named: "triage-lead-picker-\(w)x\(h)")
            model.send(Keys.press(.escape, .char("d")))
            let screen = model.render().text
            Snapshot.check(screen, named: "triage-decline-\(w)x\(h)")
            #expect(screen.contains("(choose a reason)"))
        }
    }
}

/// `n` registers a new incoming assignment; `o` hires someone from outside.
@Suite("New assignment and hiring outside")
struct NewAndHireTests {
    /// Keys that fill the new-assignment form, field by field (source is prefilled with the actor).
    static func fill(title: String = "Wayfinding signs", client: String = "Naturalis", skills: String = "graphic-design",
                     hours: String = "60", start: String = "2026-12-07", weeks: String = "3", city: String = "Leiden",
                     budget: String = "4.800,00", description: String = "Signs for the new wing") -> [InputEvent] {
        var e = Keys.press(.char("n")) + Keys.type(title) + Keys.press(.tab) + Keys.type(client) + Keys.press(.tab, .tab)
        e += Keys.type(skills) + Keys.press(.tab) + Keys.type(hours) + Keys.press(.tab, .ctrl("u")) + Keys.type(start)
        e += Keys.press(.tab, .ctrl("u")) + Keys.type(weeks) + Keys.press(.tab) + Keys.type(city) + Keys.press(.tab) + Keys.type(budget)
        return e + Keys.press(.tab) + Keys.type(description)
    }

    @Test func aNewAssignmentIsSavedAsIncomingAndSelected() throws {
        try TUIFixture.withStore { store, dir in
            let (dashboard, backend) = try TriageKeysTests.run(store, Self.fill() + Keys.press(.enter))
            let state = try Store(directory: dir).state
            let p = try #require(state.projects.records.last)
            #expect(p.title == "Wayfinding signs" && p.client == "Naturalis" && p.source == "eric" && p.skills == ["graphic-design"])
            #expect(p.estimatedHours == 60 && p.period == DateRange(start: Day(iso: "2026-12-07")!, weeks: 3) && p.city == "Leiden")
            #expect(p.budget == Money(euros: 4800) && p.description == "Signs for the new wing" && p.status == .incoming)
            #expect(p.log.first?.by == "eric")
            #expect(dashboard.model.projects.selectedProject?.id == p.id)
            #expect(backend.lastScreen.contains("saved: new assignment \(p.id): Wayfinding signs for Naturalis"))
        }
    }

    @Test func aBadNewAssignmentIsRefusedBesideTheField() throws {
        try TUIFixture.withStore { store, dir in
            let before = store.state.projects.records.count
            var (dashboard, backend) = try TriageKeysTests.run(store, Self.fill(city: "") + Keys.press(.enter), width: 80, height: 24)
            Snapshot.check(backend.lastScreen, named: "project-new-refused-80x24")
            guard case let .form(form)? = dashboard.model.overlay else { Issue.record("the form closed"); return }
            #expect(form.errorField == "city")
            #expect(backend.lastScreen.contains("a project's city"))
            (dashboard, backend) = try TriageKeysTests.run(store, Self.fill(start: "7 december") + Keys.press(.enter), width: 120, height: 40)
            Snapshot.check(backend.lastScreen, named: "project-new-refused-120x40")
            // Wrapped in the form: the forms a date can take, then what was typed.
            #expect(backend.lastScreen.contains("the start must be a date like 31-12-2026, 2026-12-31, tomorrow or mon;"))
            #expect(backend.lastScreen.contains("│ got '7 december'"))
            (dashboard, backend) = try TriageKeysTests.run(store, Self.fill(skills: "graphic-design", hours: "0") + Keys.press(.enter))
            #expect(backend.lastScreen.contains("estimated hours must be between 1 and 100000 hours, got 0"))
            #expect(try Store(directory: dir).state.projects.records.count == before)   // nothing written
        }
    }

    @Test func hiringOutsideIsAskedAndLogged() throws {
        let p = try TriageKeysTests.oldestIncoming()
        try TUIFixture.withStore { store, dir in
            // No reason: the domain's rule beside the reason.
            var (dashboard, backend) = try TriageKeysTests.run(store, Keys.press(.char("o")) + Keys.type("Studio Vorm") + Keys.press(.enter))
            #expect(backend.lastScreen.contains("the reason for hiring outside"))
            guard case let .form(form)? = dashboard.model.overlay else { Issue.record("the form closed"); return }
            #expect(form.errorField == "reason")
            for (w, h) in [(80, 24), (120, 40)] {
                (_, backend) = try TriageKeysTests.run(store, Keys.press(.char("o")) + Keys.type("Studio Vorm") + Keys.press(.tab)
                                                      + Keys.type("nobody free for a photo shoot") + Keys.press(.tab) + Keys.type("8"), width: w, height: h)
                Snapshot.check(backend.lastScreen, named: "project-hire-\(w)x\(h)")
            }
            (dashboard, backend) = try TriageKeysTests.run(store, Keys.press(.char("o")) + Keys.type("Studio Vorm") + Keys.press(.tab)
                                                           + Keys.type("nobody free for a photo shoot") + Keys.press(.tab) + Keys.type("8") + Keys.press(.enter, .char("y")))
            let saved = try #require(try Store(directory: dir).state.project(p.id))
            #expect(saved.externalHires == [ExternalHire(name: "Studio Vorm", reason: "nobody free for a photo shoot", hoursPerWeek: 8)])
            #expect(saved.log.last?.note == "hired Studio Vorm from outside: nobody free for a photo shoot")
            #expect(backend.lastScreen.contains("Studio Vorm (outside) 8 h/wk") && backend.lastScreen.contains("saved: hired Studio Vorm for project \(p.id)"))
        }
    }
}

extension TriageKeysTests {
    /// `d` where the pipeline has no way to declined: the domain's rule, no form.
    @Test func declineFromActiveIsRefusedWithTheDomainsMessage() throws {
        var model = ProjectsFixture.model(try TUIFixture.unit2())
        model.send(Keys.press(.char("]"), .char("]")))
        let p = try #require(model.projects.selectedProject)
        #expect(p.status == .active)
        #expect(model.send(Keys.press(.char("d"))).isEmpty)
        if case .some = model.overlay { Issue.record("a form opened") }
        #expect(model.render().text.contains("not allowed: project \(p.id) cannot go from active to declined; from active it can go to done, cancelled"))
    }
}

/// Issue 5's "done when" on the other demo: St-Groep's oldest incoming
/// assignment taken to a staffed, won project with the dashboard's keys only.
@Suite("Triage on the St-Groep demo")
struct StGroepTriageTests {
    /// Feeds keys to the model and saves what they ask through the store, as the runner does.
    static func drive(_ model: inout AppModel, _ store: Store, _ events: [InputEvent]) {
        for e in events {
            for effect in model.update(e) {
                guard case let .apply(change, origin) = effect else { continue }
                do {
                    let out = try store.apply(change, context: ChangeContext(actor: model.actor, today: model.today))
                    model.applied(.success(out), origin: origin, newState: store.state)
                } catch {
                    model.applied(.failure(error), origin: origin, newState: store.state)
                    break
                }
            }
        }
    }

    @Test func theOldestIncomingBecomesAStaffedWonProject() throws {
        var template = "/tmp/samen-tui-XXXXXX".utf8CString
        let dir = String(cString: template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }!)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try Store.create(at: dir + "/data", state: try DemoNetwork.stGroep.build(today: TUIFixture.today), actor: "test", summary: "test")
        let actor = try #require(store.state.members.records.first { $0.role != .external && $0.isActive(on: TUIFixture.today) }).id
        var model = AppModel(state: store.state, actor: actor, today: TUIFixture.today, width: 120, height: 40)
        Self.drive(&model, store, Keys.press(.char("2")))
        let p = try #require(model.projects.selectedProject)
        #expect(p.status == .incoming)
        // Accept: a lead first if there is none, then the question.
        Self.drive(&model, store, Keys.press(.char("a")))
        if case .form? = model.overlay { Self.drive(&model, store, Keys.press(.enter)) }
        Self.drive(&model, store, Keys.press(.char("y")))
        #expect(store.state.project(p.id)?.status == .proposal)
        // Staff the first member the suggestions offer.
        Self.drive(&model, store, Keys.press(.char("t"), .char(" "), .enter))
        if case .confirm? = model.overlay { Self.drive(&model, store, Keys.press(.char("y"))) }   // an overbooking, asked
        let team = try #require(store.state.project(p.id)?.allocations)
        #expect(team.count == 1)
        Self.drive(&model, store, Keys.press(.escape, .char("w"), .char("y")))
        let won = try #require(store.state.project(p.id))
        #expect(won.status == .active && won.allocations == team && won.lead != nil)
        #expect(won.log.suffix(2).allSatisfy { $0.by == actor })
        // The members pane reflects it: the member's directory facts count the new work.
        #expect(CapacityIndex(store.state).week(ISOWeek(containing: won.period.start), of: store.state.member(team[0].member)!).spare
                < CapacityIndex(try DemoNetwork.stGroep.build(today: TUIFixture.today)).week(ISOWeek(containing: won.period.start), of: store.state.member(team[0].member)!).spare)
    }
}
