import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// "Who could do this?" from the Projects pane: the same answer as
/// `samen project suggest` (issue 4's "Done when"), and the keys around it.
@Suite("Who could do this?")
struct SuggestionsViewTests {
    /// Opens the suggestions of project `id` from its stage.
    func open(_ id: Int, in state: NetworkState, width: Int = 120, height: Int = 40) -> AppModel {
        var model = ProjectsFixture.model(state, width: width, height: height)
        model.projects.select(id: id, listHeight: model.projectsListHeight)
        model.send(Keys.press(.char("t")))
        return model
    }

    @Test func theLeafletAt120x40() throws {
        let (state, id) = try ProjectsFixture.withLeaflet()
        let model = open(id, in: state)
        let screen = model.render().text
        Snapshot.check(screen, named: "suggestions-leaflet-120x40")
        #expect(screen.contains("Who could do this? Project \(id): Illustrations for a patient leaflet for LUMC (incoming)"))
        #expect(screen.contains("Space: staff, tentative"))
        // The best one's reason line in full, exactly as the command line prints it.
        #expect(screen.contains("\n skills 1/1 · 16 h/wk free · 2 km ~13 min · needs work ↑ · last assignment 9 wk ago · medior for a small job\n"))
        #expect(screen.contains("5 of 5 who qualify shown; left out: 34 lack a required skill"))
    }

    @Test func theLeafletAt80x24() throws {
        let (state, id) = try ProjectsFixture.withLeaflet()
        let model = open(id, in: state, width: 80, height: 24)
        let screen = model.render().text
        Snapshot.check(screen, named: "suggestions-leaflet-80x24")
        #expect(screen.contains("   1   "))
        #expect(screen.contains("Thijs Bakker"))
    }

    /// The TUI lays out what the advisor says: same members, same order,
    /// same scores and the same reason lines, for a one-person job and for
    /// a team job split skill by skill.
    @Test func rankingAndReasonsAreTheAdvisors() throws {
        let (state, id) = try ProjectsFixture.withLeaflet()
        for project in [id, 19, 18] {
            let model = open(project, in: state)
            let view = try #require(model.projects.suggestions)
            let report = StaffingAdvisor(state).suggest(for: state.project(project)!, today: TUIFixture.today, limit: SuggestionsView.limit)
            var shown: [(String, String, String, String?)] = []
            for line in view.lines {
                if case let .suggestion(_, s, skill) = line { shown.append((s.member.id, StaffingReportText.score(s.score), s.line, skill)) }
            }
            var expected: [(String, String, String, String?)] = report.suggestions.map { ($0.member.id, StaffingReportText.score($0.score), $0.line, nil) }
            for part in report.perSkill { expected += part.suggestions.map { ($0.member.id, StaffingReportText.score($0.score), $0.line, part.skill) } }
            #expect(shown.map(\.0) == expected.map(\.0), "project \(project)")
            #expect(shown.map(\.1) == expected.map(\.1), "project \(project)")
            #expect(shown.map(\.2) == expected.map(\.2), "project \(project)")
            #expect(shown.map(\.3) == expected.map(\.3), "project \(project)")
            #expect(!shown.isEmpty)
        }
        // The leaflet, as CapacityCommandTests sees `samen project suggest` print it.
        let leaflet = try #require(open(id, in: state).projects.suggestions)
        let names = leaflet.lines.compactMap { line -> String? in if case let .suggestion(_, s, _) = line { return s.member.id }; return nil }
        #expect(names == ["thijs", "daan", "lotte", "olga", "zoe"])
    }

    @Test func aTeamJobAndNobodyInsideAt120x40() throws {
        let state = try TUIFixture.unit2()
        let team = open(19, in: state)
        let screen = team.render().text
        Snapshot.check(screen, named: "suggestions-congress-team-120x40")
        #expect(screen.contains("Nobody has all 4 skills: this is work for a team. Skill by skill:"))
        // A job of three days is said per day, as its team is (issue 17), not "about 45.8 h/wk".
        #expect(screen.contains("journalism (3 days · about 9.2 h/day of the work)"))
        #expect(!screen.contains("h/wk of the work"))

        let hospital = open(18, in: state, width: 80, height: 24)
        // The proposed team comes first (issue 17) and says what it cannot cover.
        #expect(hospital.render().text.contains("3d-animation: 60 h of 60 h uncovered"))
        var bottom = hospital
        bottom.send(Keys.press(.char("G")))   // the last member, and what follows: who is outside
        let end = bottom.render().text
        Snapshot.check(end, named: "suggestions-hospital-outside-80x24")
        for text in ["Nobody inside can take: 3d-animation.", "No member has 3d-animation at all.",
                     "No external contacts with these skills on file.", "Add one in Members: n, with role external."] {
            #expect(end.contains(text), "\(text)")
        }
    }

    /// Nobody inside qualifies, but an outside contact is on file: the
    /// contact is listed and can be opened.
    @Test func anOutsideContactIsListedAndOpens() throws {
        var state = try TUIFixture.unit2()
        _ = try state.apply(.addMember(Member(id: "iris-3d", name: "Iris Drie", role: .external, skills: ["3d-animation", "video"],
                                              city: "Delft", joined: TUIFixture.today)), context: ProjectsFixture.ctx)
        var model = open(18, in: state)
        let screen = model.render().text
        #expect(screen.contains("Outside the network, with some of these skills:"))
        #expect(screen.contains("  Iris Drie (iris-3d, external) · 3d-animation · Delft"))
        model.send(Keys.press(.char("G")))
        #expect(model.projects.suggestions?.selectedMemberID == "iris-3d")
        model.send(Keys.press(.enter))
        #expect(model.render().text.contains("Who could do this? › Iris Drie"))
    }

    @Test func enterOpensTheMemberAndEscComesBack() throws {
        let (state, id) = try ProjectsFixture.withLeaflet()
        var model = open(id, in: state)
        model.send(Keys.press(.enter))
        var screen = model.render().text
        #expect(screen.contains("Who could do this? › Thijs Bakker"))
        #expect(screen.contains("Next 8 weeks"))
        model.send(Keys.press(.down))
        #expect(model.render().text.contains("Who could do this? › Daan Peters"))
        model.send(Keys.press(.escape))
        screen = model.render().text
        #expect(screen.contains("Who could do this? Project \(id)"))
        #expect(model.projects.suggestions?.selectedMemberID == "daan")
        model.send(Keys.press(.escape))
        #expect(model.projects.suggestions?.projectID == nil)
        #expect(model.projects.selectedProject?.id == id)
        #expect(model.render().text.contains(" Incoming 6 "))
    }

    /// `c`: the heat map asked the project's question (its skills over its
    /// weeks), on the member who was selected; Esc comes back here.
    @Test func cOpensTheHeatMapWithTheProjectsSkillsAndWeeks() throws {
        let (state, id) = try ProjectsFixture.withLeaflet()
        var model = open(id, in: state, width: 100, height: 30)
        model.send(Keys.press(.down, .char("c")))
        #expect(model.pane == .members)
        let map = try #require(model.capacityView)
        #expect(map.skills == ["illustration"])
        #expect(map.first == ISOWeek(containing: TUIFixture.today))
        #expect(map.weeks == 3)
        #expect(map.selectedID == "daan")
        let screen = model.render().text
        #expect(screen.contains("skills: illustration"))
        #expect(screen.contains("W48 W49 W50  FREE"))
        #expect(screen.contains("5/39 members"))
        model.send(Keys.press(.escape))
        #expect(model.pane == .projects)
        #expect(model.capacityView == nil)
        #expect(model.projects.suggestions?.selectedMemberID == "daan")

        // A team job asks the map for the selected part's skill only: nobody has them all.
        var team = open(19, in: state, width: 100, height: 30)
        team.send(Keys.press(.char("G"), .char("c")))
        #expect(team.capacityView?.skills == ["editing"])
        #expect(team.capacityView?.first == ISOWeek(containing: Day(iso: "2026-12-21")!))
        #expect(team.capacityView?.weeks == 1)
    }

    /// Once the person has gone to another pane, the map no longer leads
    /// back to the suggestions: Esc on it goes to the directory.
    @Test func afterLeavingThePaneEscOnTheMapGoesToTheDirectory() throws {
        let (state, id) = try ProjectsFixture.withLeaflet()
        var model = open(id, in: state, width: 100, height: 30)
        model.send(Keys.press(.down, .char("c")))
        #expect(model.capacityView?.returnTo == .projects)
        model.send(Keys.press(.char("3"), .char("1")))
        #expect(model.pane == .members)
        #expect(model.capacityView != nil)
        model.send(Keys.press(.escape))
        #expect(model.pane == .members)
        #expect(model.capacityView == nil)
    }

    @Test func aClosedProjectIsRefusedWithTheRule() throws {
        var model = ProjectsFixture.model(try TUIFixture.unit2())
        model.send(Keys.press(.char("["), .char("t")))
        #expect(model.projects.suggestions?.projectID == nil)
        let screen = model.render().text
        #expect(screen.contains("project 8 is declined; suggestions are for open projects (incoming, proposal, active)"))
    }

    /// The advisor is built on the first question after a change and kept
    /// for the next; a reload drops it and asks the open question again.
    @Test func theAdvisorIsReusedUntilTheDataChanges() throws {
        let state = try TUIFixture.unit2()
        var model = open(15, in: state)
        #expect(model.projects.advisor != nil)
        model.send(Keys.press(.escape, .down))
        #expect(model.projects.advisor != nil)   // kept after the view closed
        var other = model
        other.reloaded(state, summary: "reloaded")
        #expect(other.projects.advisor == nil)   // new data: built again when asked
        model.send(Keys.press(.char("t")))
        let first = model.projects.suggestions?.report.suggestions.first?.member.id
        // In another process the top candidate is marked as left: the open answer changes.
        var changed = state
        _ = try changed.apply(.memberLeft(member: first!, on: TUIFixture.today), context: ProjectsFixture.ctx)
        model.reloaded(changed, summary: "reloaded")
        let after = try #require(model.projects.suggestions)
        #expect(after.projectID == 17)
        #expect(after.report.suggestions.first?.member.id != first)
        let fresh = StaffingAdvisor(changed).suggest(for: changed.project(17)!, today: TUIFixture.today, limit: SuggestionsView.limit)
        #expect(after.report.suggestions.map(\.member.id) == fresh.suggestions.map(\.member.id))
    }
}
