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
