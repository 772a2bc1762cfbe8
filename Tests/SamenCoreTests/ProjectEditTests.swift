import Testing
@testable import SamenCore

/// Editing an assignment and calling it off: what changes, what is refused
/// and with which words, and what the decision log then says.
@Suite struct ProjectEditTests {
    /// Project 1 as a proposal led by Pierre, Katleen on the team for its first two weeks.
    func staffed() throws -> NetworkState {
        var s = try Fixture.state()
        _ = try s.apply(.addProject(Fixture.project()), context: Fixture.ctx)
        _ = try s.apply(.setLead(project: 1, member: "pierre"), context: Fixture.ctx)
        _ = try s.apply(.moveProject(project: 1, to: .proposal, reason: nil, note: ""), context: Fixture.ctx)
        _ = try s.apply(.allocate(project: 1, Allocation(member: "katleen", hoursPerWeek: 8,
                                                          range: DateRange(start: Day(iso: "2026-12-07")!, weeks: 2))), context: Fixture.ctx)
        return s
    }

    @Test func anEditChangesOnlyTheFieldsGivenAndTheLogSaysWhat() throws {
        var s = try staffed()
        var e = ProjectEdit(project: 1)
        e.title = "Teams at the clinic, phase 2"; e.estimatedHours = 120; e.weeks = 6; e.budget = Money(cents: 950_000); e.maxTravelKm = 40
        e.client = "Zorgpunt"   // the same: not named as a change
        let out = try s.apply(.editProject(e), context: Fixture.ctx)
        let p = s.project(1)!
        #expect(p.title == "Teams at the clinic, phase 2" && p.estimatedHours == 120 && p.weeks == 6)
        #expect(p.period.start == Day(iso: "2026-12-07")! && p.period.end == Day(iso: "2027-01-17")!)
        #expect(p.budget == Money(cents: 950_000) && p.maxTravelKm == 40 && p.city == "Utrecht" && p.status == .proposal)
        #expect(p.allocations.count == 1, "the team stays")
        let said = "title 'Teams at the clinic' -> 'Teams at the clinic, phase 2'; hours 80 -> 120; weeks 4 -> 6; "
            + "budget none -> € 9.500,00; maximum travel none -> 40 km"
        #expect(out.summary == "project 1 edited: " + said)
        #expect(p.log.last!.note == "edited: " + said)
        #expect(p.log.last!.by == "pierre" && p.log.last!.from == .proposal && p.log.last!.to == .proposal)
    }

    @Test func skillsTakenOffAreNoLongerOptionalAndBudgetAndTravelCanBeTakenOff() throws {
        var s = try staffed()
        var withSkills = ProjectEdit(project: 1); withSkills.skills = ["sociotechnics", "Healthcare"]
        _ = try s.apply(.editProject(withSkills), context: Fixture.ctx)
        _ = try s.apply(.markSkillsOptional(project: 1, skills: ["healthcare"]), context: Fixture.ctx)
        var fewer = ProjectEdit(project: 1); fewer.skills = ["sociotechnics"]; fewer.budget = Money(cents: 100)
        let out = try s.apply(.editProject(fewer), context: Fixture.ctx)
        #expect(out.summary == "project 1 edited: skills sociotechnics, healthcare -> sociotechnics; optional skills healthcare -> ; budget none -> € 1,00")
        #expect(s.project(1)!.optionalSkills.isEmpty)
        var off = ProjectEdit(project: 1); off.clearBudget = true
        _ = try s.apply(.editProject(off), context: Fixture.ctx)
        #expect(s.project(1)!.budget == nil)
    }

    @Test func refusals() throws {
        let s = try staffed()
        refuses(.editProject(ProjectEdit(project: 1)), in: s, with: "nothing to change for project 1")
        var same = ProjectEdit(project: 1); same.title = "Teams at the clinic"
        refuses(.editProject(same), in: s, with: "project 1 already has these details; nothing changed")
        var later = ProjectEdit(project: 1); later.start = Day(iso: "2026-12-14")!
        refuses(.editProject(later), in: s, with: "Katleen Verbeek is on the team for 2026-12-07..2026-12-20, outside the new period "
                + "2026-12-14..2027-01-10; change or take off their allocation first")
        var hours = ProjectEdit(project: 1); hours.estimatedHours = 0
        refuses(.editProject(hours), in: s, with: "estimated hours must be between 1 and 100000, got 0")
        var title = ProjectEdit(project: 1); title.title = "  "
        refuses(.editProject(title), in: s, with: "a project's title must not be empty")
        var both = ProjectEdit(project: 1); both.budget = Money(cents: 1); both.clearBudget = true
        refuses(.editProject(both), in: s, with: "give a new budget or take it off, not both")
        var missing = ProjectEdit(project: 9); missing.title = "X"
        refuses(.editProject(missing), in: s, with: "project 9 does not exist")
    }

    @Test func cancellingNeedsAReasonAndIsLoggedAndThenNothingIsEdited() throws {
        var s = try staffed()
        refuses(.moveProject(project: 1, to: .cancelled, reason: nil, note: " "), in: s, with: "cancelling project 1 needs a reason saying why")
        let out = try s.apply(.moveProject(project: 1, to: .cancelled, reason: nil, note: "the client's funding fell through"), context: Fixture.ctx)
        #expect(out.summary == "project 1 proposal -> cancelled: Teams at the clinic")
        #expect(s.project(1)!.log.last!.note == "the client's funding fell through")
        var e = ProjectEdit(project: 1); e.title = "Again"
        refuses(.editProject(e), in: s, with: "project 1 is cancelled; a closed project cannot be changed")
    }
}
