import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The proposed team in "who could do this?" (issue 17): the Unit-2 demo's
/// congress media team, project 19, staffed from the dashboard in a few keys.
@Suite("Proposed team")
struct TeamProposalViewTests {
    func open(_ state: NetworkState, width: Int = 120, height: Int = 40) -> AppModel {
        var model = ProjectsFixture.model(state, width: width, height: height)
        model.projects.select(id: 19, listHeight: model.projectsListHeight)
        model.send(Keys.press(.char("t")))
        return model
    }

    func dutch<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.nl) { try body() } }

    @Test func theCongressTeamAt120x40() throws {
        let state = try TUIFixture.unit2()
        let model = open(state)
        let screen = model.render().text
        Snapshot.check(screen, named: "team-congress-120x40")
        let project = try #require(state.project(19))
        let team = try #require(StaffingAdvisor(state).suggest(for: project, today: TUIFixture.today).team)
        #expect(team.coversEverything)
        #expect(screen.contains(TeamProposalText.heading(team)))
        // The same lines as `samen project suggest 19` prints.
        for c in team.skills { #expect(screen.contains(TeamProposalText.skillLine(c, team)), "\(c.skill)") }
        #expect(screen.contains("journalism 27.5 h (3 days · 9.2 h/day): "))
        #expect(!screen.contains("overbooked"))
        let view = try #require(model.projects.suggestions)
        #expect(view.overbooked.isEmpty)   // nobody on the proposal nor in the skill lists
        var shown: [(String, Hours)] = []
        for line in view.lines { if case let .proposed(_, m) = line { shown.append((m.suggestion.member.id, m.hoursPerWeek)) } }
        #expect(shown.map(\.0) == team.members.map(\.suggestion.member.id))
        #expect(shown.map(\.1) == team.members.map(\.hoursPerWeek))
        #expect(screen.contains("T staff team"))
    }

    @Test func theCongressTeamAt80x24() throws {
        let model = open(try TUIFixture.unit2(), width: 80, height: 24)
        let screen = model.render().text
        Snapshot.check(screen, named: "team-congress-80x24")
        #expect(screen.contains("Proposed team: "))
    }

    @Test func theCongressTeamInDutchAt80x24() throws {
        try dutch {
            let model = open(try TUIFixture.unit2(), width: 80, height: 24)
            let screen = model.render().text
            Snapshot.check(screen, named: "team-congress-80x24.nl")
            #expect(screen.contains("Voorgesteld team: "))
            #expect(screen.contains("u/dag"))
        }
    }

    /// `T`, one question, `y`: one change that staffs the whole team, each at
    /// the hours proposed; applied, the heat map's weeks show them tentative.
    @Test func tStaffsTheWholeTeamAsOneChange() throws {
        var state = try TUIFixture.unit2()
        var model = open(state)
        let team = try #require(model.projects.suggestions?.report.team)
        #expect(model.send(Keys.press(.char("T"))).isEmpty)
        guard case let .confirm(c)? = model.overlay else { Issue.record("staffing the team was not asked about"); return }
        #expect(c.question.hasPrefix("Staff the proposed team on project 19 (Congress media team: European Bioinformatics Congress), tentative until won? "))
        let effects = model.send(Keys.press(.char("y")))
        #expect(effects == [.apply(team.change, .confirmation)])
        guard case let .steps(steps) = team.change else { Issue.record("not one change of steps"); return }
        #expect(steps.count == team.members.count)
        let before = CapacityIndex(state)
        _ = try state.apply(team.change, context: ProjectsFixture.ctx)
        let p = try #require(state.project(19))
        #expect(p.allocations.count == team.members.count)
        let index = CapacityIndex(state)
        for m in team.members {
            let member = try #require(state.member(m.suggestion.member.id))
            let week = ISOWeek(containing: p.period.start)
            let added = index.part(of: week, within: p.period, of: member).tentative - before.part(of: week, within: p.period, of: member).tentative
            #expect(abs(added - m.hours) < 0.05, "\(member.id)")
        }
    }

    /// `A`, one question, `y`: one change that asks everyone on the proposed
    /// team whether they want to join, each for the hours proposed; asked
    /// again, who has an open question is named and left out, and once
    /// everyone has one, `A` says so and asks nothing.
    @Test func aAsksTheWholeTeamAsOneChange() throws {
        var state = try TUIFixture.unit2()
        var model = open(state)
        let team = try #require(model.projects.suggestions?.report.team)
        #expect(model.send(Keys.press(.char("A"))).isEmpty)
        guard case let .confirm(c)? = model.overlay else { Issue.record("asking the team was not asked about"); return }
        #expect(c.question.hasPrefix("Ask the proposed team on project 19 (Congress media team: European Bioinformatics Congress) whether they want to join? "))
        #expect(!c.question.contains("Already asked"))
        let project = try #require(state.project(19))
        let change = try #require(team.askChange(project))
        #expect(model.send(Keys.press(.char("y"))) == [.apply(change, .confirmation)])
        let outcome = try state.apply(change, context: ProjectsFixture.ctx)
        // What the status line and the history say: one sentence, in the order asked.
        #expect(outcome.said.en.hasPrefix("asked 10 members to join project 19: Eva Prins 22.5 h/wk, Maarten de Graaf "), "\(outcome.said.en)")
        #expect(dutch { outcome.said.text }.hasPrefix("10 leden gevraagd voor project 19: Eva Prins 22,5 u/wk, Maarten de Graaf "), "\(dutch { outcome.said.text })")
        let p = try #require(state.project(19))
        for m in team.members {
            let ask = try #require(p.ask(to: m.suggestion.member.id), "\(m.suggestion.member.id) was not asked")
            #expect(ask.isOpen && ask.hoursPerWeek == m.hoursPerWeek)
        }
        #expect(p.allocations.isEmpty, "asking staffs nobody")
        model = open(state)
        model.send(Keys.press(.char("A")))
        #expect(model.overlay == nil)
        #expect(model.render().text.contains("Everyone on the proposed team has been asked already"))
    }

    @Test func askingTheTeamInDutch() throws {
        try dutch {
            var model = open(try TUIFixture.unit2())
            model.send(Keys.press(.char("A")))
            guard case let .confirm(c)? = model.overlay else { Issue.record("asking the team was not asked about"); return }
            #expect(c.question.hasPrefix("Het voorgestelde team op project 19 (Congress media team: European Bioinformatics Congress) vragen of ze mee willen doen? "))
            #expect(c.question.contains("u/dag"), "\(c.question)")
        }
    }

    @Test func aLeavesOutWhoAlreadyHasAnOpenQuestion() throws {
        var state = try TUIFixture.unit2()
        let project = try #require(state.project(19))
        let team = try #require(StaffingAdvisor(state).suggest(for: project, today: TUIFixture.today).team)
        let first = try #require(team.members.first)
        _ = try state.apply(.askToJoin(project: 19, members: [first.suggestion.member.id], hoursPerWeek: first.hoursPerWeek, note: ""),
                            context: ProjectsFixture.ctx)
        var model = open(state)
        model.send(Keys.press(.char("A")))
        guard case let .confirm(c)? = model.overlay else { Issue.record("asking the team was not asked about"); return }
        #expect(c.question.hasSuffix(". Already asked: \(first.suggestion.member.name)"), "\(c.question)")
        guard case let .apply(.steps(steps), _)? = model.send(Keys.press(.char("y"))).first else { Issue.record("no change"); return }
        let asked = steps.compactMap { step -> String? in if case let .askToJoin(_, m, _, _) = step { m.first } else { nil } }
        #expect(asked.count == steps.count && !asked.contains(first.suggestion.member.id))
        #expect(Set(asked) == Set(team.members.dropFirst().map(\.suggestion.member.id)))
    }

    /// Someone the rules do not let ask (not a member) is told so at `A`,
    /// before any question, and nothing is asked.
    @Test func aIsRefusedToWhoMayNotAsk() throws {
        var model = AppModel(state: try TUIFixture.unit2(), actor: "visitor", today: TUIFixture.today, width: 120, height: 40)
        model.send(Keys.press(.char("2")))
        model.projects.select(id: 19, listHeight: model.projectsListHeight)
        model.send(Keys.press(.char("t")))
        #expect(model.send(Keys.press(.char("A"))).isEmpty)
        #expect(model.overlay == nil)
        let screen = model.render().text
        #expect(screen.contains("not allowed: only its lead or a member who takes on work may ask members to join project 19"), "\(screen)")
    }

    /// Where the network asks before it staffs, the bottom line offers
    /// asking the team before staffing it; elsewhere the other way round.
    @Test func theBottomLineOffersWhatTheNetworkDoesFirst() throws {
        var state = try TUIFixture.unit2()
        func bottom() -> String { open(state).render().text.split(separator: "\n").last.map(String.init) ?? "" }
        let staffs = bottom()
        #expect(staffs.contains("T staff team"), "\(staffs)")
        if let t = staffs.range(of: "T staff team"), let a = staffs.range(of: "A ask team") { #expect(t.lowerBound < a.lowerBound) }
        state.network.asksFirst = true
        let asks = bottom()
        let a = try #require(asks.range(of: "A ask team"), "\(asks)")
        if let t = asks.range(of: "T staff team") { #expect(a.lowerBound < t.lowerBound) }
    }

    /// `x` on a member of the proposal: they are out, the others share the hours; `u` brings them back.
    @Test func xSwapsOutAndUBringsBack() throws {
        var model = open(try TUIFixture.unit2())
        let first = try #require(model.projects.suggestions?.report.team?.members.first?.suggestion.member)
        // Down to the first member of the proposal.
        while model.projects.suggestions?.selectedProposed == nil { model.send(Keys.press(.down)) }
        #expect(model.projects.suggestions?.selectedMemberID == first.id)
        model.send(Keys.press(.char("x")))
        let after = try #require(model.projects.suggestions?.report.team)
        #expect(!after.members.contains { $0.suggestion.member.id == first.id })
        #expect(after.swappedOut.map(\.id) == [first.id])
        #expect(model.render().text.contains("swapped out: \(first.name)"))
        model.send(Keys.press(.char("u")))
        #expect(model.projects.suggestions?.report.team?.members.first?.suggestion.member.id == first.id)
    }
}
