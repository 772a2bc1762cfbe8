import Testing
@testable import SamenCore

/// A proposed team for work nobody can do alone (issue 17), on small
/// networks where the right team is plain to see.
@Suite("Team proposals")
struct TeamProposalTests {
    static let today = Day(iso: "2026-11-23")!
    static let joined = Day(iso: "2020-01-01")!
    /// Wednesday to Friday of 2026-W50: a congress of three working days.
    static let congress = DateRange(Day(iso: "2026-12-09")!, Day(iso: "2026-12-11")!)!

    func member(_ id: String, _ skills: [String], hours: Hours = 40, city: String = "Leiden", role: Role = .member,
                timeOff: [TimeOff] = [], declined: [String] = [], left: String? = nil) -> Member {
        Member(id: id, name: id.capitalized, role: role, skills: skills, seniority: .medior, city: city,
               hours: [ContractedHours(hoursPerWeek: hours, from: Self.joined)], timeOff: timeOff,
               declinedClients: declined, joined: Self.joined, left: left.flatMap { Day(iso: $0) })
    }

    func project(_ skills: [String], hours: Hours, period: DateRange = congress, maxTravel: Int? = nil) -> Project {
        Project(id: 100, title: "Congress", client: "Naturalis", skills: skills, city: "Leiden", estimatedHours: hours,
                period: period, maxTravelKm: maxTravel, received: Fixture.now)
    }

    func state(_ members: [Member], projects: [Project] = []) -> NetworkState {
        var s = NetworkState(network: Network(name: "T", place: "Leiden"))
        for m in members { s.insertForTesting(member: m) }
        for p in projects { s.insertForTesting(project: p) }
        return s
    }

    func team(_ s: NetworkState, _ p: Project, without: Set<String> = []) throws -> TeamProposal {
        try #require(StaffingAdvisor(s, today: Self.today).suggest(for: p, today: Self.today, without: without).team)
    }

    /// 36 hours of journalism in three days is 12 hours a day; each
    /// journalist has 8 a day (40 a week): it takes two, the first full.
    @Test func oneSkillNeedsTwoPeople() throws {
        let s = state([member("bob", ["journalism"]), member("ann", ["journalism"]), member("cas", ["design"])])
        let t = try team(s, project(["journalism"], hours: 36))
        #expect(t.job.short && t.job.workingDays == 3)
        #expect(TeamProposalText.skillLine(t.skills[0], t) == "journalism 36 h (3 days · 12 h/day): Ann 24 h + Bob 12 h")
        #expect(t.members.map(\.suggestion.member.id) == ["ann", "bob"])
        #expect(t.members.map(\.hoursPerWeek) == [40, 20])
        #expect(t.members.allSatisfy { !$0.isOverbooked })
        #expect(t.coversEverything)
        #expect(t.change == .steps([.allocate(project: 100, Allocation(member: "ann", hoursPerWeek: 40, range: Self.congress)),
                                    .allocate(project: 100, Allocation(member: "bob", hoursPerWeek: 20, range: Self.congress))]))
        // The same team whatever the order in the file.
        let reversed = state([member("cas", ["design"]), member("ann", ["journalism"]), member("bob", ["journalism"])])
        #expect(try team(reversed, project(["journalism"], hours: 36)).members.map(\.suggestion.member.id) == ["ann", "bob"])
    }

    /// One person can do it alone: no team is proposed.
    @Test func noTeamWhenOnePersonCarriesIt() {
        let s = state([member("ann", ["journalism"]), member("bob", ["journalism"])])
        let r = StaffingAdvisor(s, today: Self.today).suggest(for: project(["journalism"], hours: 24), today: Self.today)
        #expect(r.team == nil)
        #expect(r.suggestions.count == 2)
    }

    /// A journalist and a photographer, each with the day their skill needs:
    /// the obvious pair, and the all-rounder with little time is not needed.
    @Test func theObviousPair() throws {
        let s = state([member("jo", ["journalism"]), member("pia", ["photography"]), member("max", ["journalism", "photography"], hours: 8)])
        let t = try team(s, project(["journalism", "photography"], hours: 48))
        #expect(t.members.map(\.suggestion.member.id) == ["jo", "pia"])
        #expect(TeamProposalText.skillLines(t).map(\.text) == ["journalism 24 h (3 days · 8 h/day): Jo 24 h",
                                                               "photography 24 h (3 days · 8 h/day): Pia 24 h"])
        #expect(TeamProposalText.proposed(t.members[0], t) == "8 h/day · 24 h journalism")
        #expect(TeamProposalText.freeTime(t.members[0]) == "24 h free on those days")
    }

    /// The all-rounder must move to the skill only they have, so the
    /// journalist takes journalism: found even though she was taken first.
    @Test func hoursMoveToWhereOnlyOneCanGo() throws {
        let s = state([member("amy", ["journalism", "photography"]), member("ben", ["journalism"], hours: 20)])
        let t = try team(s, project(["journalism", "photography"], hours: 36))
        #expect(t.coversEverything)
        let amy = try #require(t.members.first { $0.suggestion.member.id == "amy" })
        #expect(amy.skills.map(\.skill) == ["journalism", "photography"])
        #expect(t.skills[1].pieces.map(\.memberID) == ["amy"])
        #expect(t.members.allSatisfy { !$0.isOverbooked })
    }

    /// Nobody inside has photography, and journalism has too few hours:
    /// both are said, with who outside has them.
    @Test func aSkillThatCannotBeCovered() throws {
        let s = state([member("jo", ["journalism"]), member("ext", ["photography"], role: .external)])
        let t = try team(s, project(["journalism", "photography"], hours: 60))
        #expect(!t.coversEverything)
        #expect(TeamProposalText.skillLines(t).map(\.text) == [
            "journalism 30 h (3 days · 10 h/day): Jo 24 h", "  journalism: 6 h of 30 h uncovered",
            "photography 30 h (3 days · 10 h/day): nobody inside", "  photography: 30 h of 30 h uncovered"])
        #expect(t.outside.map(\.name) == ["Ext"])
        #expect(TeamProposalText.outside(t).first == "Outside contacts for journalism, photography:")
        #expect(TeamProposalText.heading(t) == "Proposed team: 1 member, not every skill covered")
    }

    /// Away, left, applicant, declined this client, too far: never on the
    /// team, however many hours they have; the one who may go is proposed.
    @Test func theHardFiltersHold() throws {
        let off = TimeOff(range: Self.congress, note: "holiday")
        let s = state([member("ok", ["journalism"], hours: 8),
                       member("away", ["journalism"], timeOff: [off]),
                       member("gone", ["journalism"], left: "2026-12-01"),
                       member("new", ["journalism"], role: .applicant),
                       member("nope", ["journalism"], declined: ["Naturalis"]),
                       member("far", ["journalism"], city: "Groningen")])
        let t = try team(s, project(["journalism"], hours: 30, maxTravel: 40))
        #expect(t.members.map(\.suggestion.member.id) == ["ok"])
        #expect(t.members[0].hoursPerWeek == Hours(halfHours: 15))   // 1.5 h a day: all 8 h a week allow, in half hours
    }

    /// Other work on those days counts: the busy one gets only what is left.
    @Test func otherWorkOnThoseDaysCounts() throws {
        let busy = Project(id: 1, title: "Other", client: "Other", skills: ["journalism"], city: "Leiden", estimatedHours: 100,
                           period: Self.congress, status: .active, lead: "ann",
                           allocations: [Allocation(member: "ann", hoursPerWeek: 30, range: Self.congress)], received: Fixture.now)
        let s = state([member("ann", ["journalism"]), member("bob", ["journalism"])], projects: [busy])
        let t = try team(s, project(["journalism"], hours: 30))
        let ann = try #require(t.members.first { $0.suggestion.member.id == "ann" })
        #expect(ann.free == 6)   // 8 h a day less 6 of other work, three days
        #expect(ann.hours == 6)
        #expect(t.coversEverything)
    }

    /// The lead swaps a member out: the others take up the hours.
    @Test func swappingOutRebalances() throws {
        let s = state([member("ann", ["journalism"]), member("bob", ["journalism"]), member("cy", ["journalism"])])
        let p = project(["journalism"], hours: 36)
        #expect(try team(s, p).members.map(\.suggestion.member.id) == ["ann", "bob"])
        let t = try team(s, p, without: ["ann"])
        #expect(t.members.map(\.suggestion.member.id) == ["bob", "cy"])
        #expect(t.swappedOut.map(\.name) == ["Ann"])
        #expect(t.coversEverything)
    }

    /// A job of four weeks is counted a week: half-hour steps a week.
    @Test func aLongJobIsSaidPerWeek() throws {
        let period = DateRange(start: Day(iso: "2026-12-07")!, weeks: 4)
        let s = state([member("ann", ["journalism"], hours: 20), member("bob", ["journalism"], hours: 20)])
        let t = try team(s, project(["journalism"], hours: 120, period: period))
        #expect(!t.job.short)
        #expect(TeamProposalText.skillLine(t.skills[0], t) == "journalism 120 h (about 30 h/wk): Ann 80 h + Bob 40 h")
        #expect(TeamProposalText.proposed(t.members[0], t) == "20 h/wk · 80 h journalism")
    }

    /// The Unit-2 demo's congress media team (project 19): every skill's
    /// hours covered, nobody overbooked, in Dutch too.
    @Test func theUnit2CongressTeam() throws {
        let state = try DemoNetwork.unit2.build(today: Self.today)
        let p = try #require(state.project(19))
        let t = try #require(StaffingAdvisor(state, today: Self.today).suggest(for: p, today: Self.today).team)
        #expect(t.coversEverything)
        #expect(t.members.allSatisfy { !$0.isOverbooked })
        #expect(Set(t.skills.map(\.skill)) == ["journalism", "photography", "film", "editing"])
        for c in t.skills { #expect(c.covered >= 27.5) }
        let index = CapacityIndex(state)
        for m in t.members {
            let after = state.overbookedWeeks(adding: Allocation(member: m.suggestion.member.id, hoursPerWeek: m.hoursPerWeek, range: p.period),
                                              to: 19, capacity: index)
            #expect(after.isEmpty, "\(m.suggestion.member.id)")
        }
        Language.$scoped.withValue(.nl) {
            #expect(TeamProposalText.heading(t) == "Voorgesteld team: \(t.members.count) leden dekken elke vaardigheid")
            #expect(TeamProposalText.skillLine(t.skills[0], t).hasPrefix("journalism 27,5 u (3 dagen · 9,2 u/dag): "))
        }
    }
}
