import Testing
@testable import SamenCore

/// "Who has spare capacity?" over a window of weeks: the rows a person reads in
/// `samen capacity`, and the network's totals under them.
@Suite("Capacity queries")
struct CapacityQueryTests {
    static let w48 = ISOWeek(iso: "2026-W48")!   // Mon 2026-11-23 .. Sun 11-29
    static let joined = Day(iso: "2020-01-01")!

    func day(_ s: String) -> Day { Day(iso: s)! }
    func days(_ a: String, _ b: String) -> DateRange { DateRange(day(a), day(b))! }

    func member(_ id: String, _ hours: Hours, skills: [String] = ["illustration"], role: Role = .member,
                timeOff: [TimeOff] = [], left: String? = nil, changes: [(Hours, String)] = []) -> Member {
        Member(id: id, name: id.capitalized, role: role, skills: skills, city: "Leiden",
               hours: [ContractedHours(hoursPerWeek: hours, from: Self.joined)] + changes.map { ContractedHours(hoursPerWeek: $0.0, from: day($0.1)) },
               timeOff: timeOff, joined: Self.joined, left: left.map(day))
    }

    func state(_ members: [Member], _ projects: [(ProjectStatus, DateRange, [Allocation])] = []) -> NetworkState {
        var s = NetworkState(network: Network(name: "T", place: "Leiden"))
        for m in members { s.insertForTesting(member: m) }
        for (i, (status, period, team)) in projects.enumerated() {
            s.insertForTesting(project: Project(id: i + 1, title: "P\(i + 1)", client: "C", city: "Leiden", estimatedHours: 100,
                                                period: period, status: status, lead: team.first?.member, allocations: team,
                                                received: Fixture.now))
        }
        return s
    }

    @Test func absencesAndChangedHoursOverAWindow() throws {
        // 20 h/wk, a week off in W49, and 30 h/wk from Wednesday of W50.
        let lotte = member("lotte", 20, timeOff: [TimeOff(range: days("2026-11-30", "2026-12-06"), note: "holiday")],
                           changes: [(30, "2026-12-09")])
        let s = state([lotte])
        let r = CapacityIndex(s).report(try CapacityQuery(first: Self.w48, weeks: 4), in: s)
        let weeks = try #require(r.rows.first).weeks
        let w50: Double = 4 + 4 + 6 + 6 + 6   // Mon, Tue at 20/5; Wed-Fri at 30/5
        #expect(weeks.map(\.contracted) == [20, 20, w50, 30])
        #expect(weeks.map(\.effective) == [20, 0, 26, 30])
        #expect(r.network.map(\.effective) == [20, 0, 26, 30])
        #expect(r.network[1].utilisation == nil)   // nothing to use, not 0 %
    }

    @Test func partialWeeksAtAProjectsStartAndEnd() throws {
        // Active from Wednesday of W48 to Tuesday of W50 at 10 h/wk.
        let daan = member("daan", 24)
        let s = state([daan], [(.active, days("2026-11-25", "2026-12-08"), [Allocation(member: "daan", hoursPerWeek: 10, range: days("2026-11-25", "2026-12-08"))])])
        let weeks = CapacityIndex(s).weeks(Self.w48, count: 4, of: daan)
        #expect(weeks.map(\.allocated) == [6, 10, 4, 0])   // 3/5, 5/5, 2/5, none
        #expect(weeks.map(\.spare) == [18, 14, 20, 24])
        // The part of a week a project covers, as staffing asks it.
        let part = CapacityIndex(s).part(of: Self.w48, within: days("2026-11-25", "2026-12-08"), of: daan)
        #expect(part.effective == 24.0 * 3 / 5)
        #expect(part.allocated == 6)
    }

    @Test func proposalsAreTentativeOnlyAndClosedWorkIsGone() throws {
        let zoe = member("zoe", 20)
        let all = days("2026-11-01", "2027-03-01")
        let s = state([zoe], [(.proposal, all, [Allocation(member: "zoe", hoursPerWeek: 12, range: all)]),
                              (.active, all, [Allocation(member: "zoe", hoursPerWeek: 4, range: all)]),
                              (.cancelled, all, [Allocation(member: "zoe", hoursPerWeek: 8, range: all)])])
        let r = CapacityIndex(s).report(try CapacityQuery(first: Self.w48, weeks: 2), in: s)
        let w = try #require(r.rows.first?.weeks.first)
        #expect(w.allocated == 4)
        #expect(w.tentative == 12)
        #expect(w.spare == 16)                        // the proposal is not subtracted
        #expect(r.network[0].tentative == 12 && r.network[0].allocated == 4)
        #expect(r.network[0].utilisation == 0.2)
    }

    @Test func whoHasAtLeastHHoursEveryWeekWithTheSkills() throws {
        let off = TimeOff(range: days("2026-12-07", "2026-12-08"))   // Mon+Tue of W50
        let members = [
            member("anna", 24),                                   // 24 every week
            member("bram", 16),                                   // exactly 16: counts
            member("cato", 24, timeOff: [off]),                   // 24, 24, 14.4: fails in W50
            member("dirk", 24, skills: ["design"]),               // no illustration
            member("eva", 32, skills: ["Illustration", "design"]), // skill in another case still counts
            member("finn", 24, left: "2026-12-09"),               // leaves in W50
            member("gijs", 40, role: .external),                  // not in the network
            member("hana", 40, role: .applicant),                 // not in yet
        ]
        let all = days("2026-11-01", "2027-03-01")
        let s = state(members, [(.active, all, [Allocation(member: "eva", hoursPerWeek: 20, range: all)])])   // eva: 12 free
        let index = CapacityIndex(s)
        let r = index.report(try CapacityQuery(first: Self.w48, weeks: 3, skills: ["illustration"], minSpare: 16), in: s)
        #expect(r.rows.map(\.member.id) == ["anna", "bram"])      // most spare first
        #expect(r.rosterCount == 6)                               // externals and applicants are not counted
        #expect(r.listed.map(\.effective) == [40, 40, 40])
        // Everyone in the network, whatever the filter.
        let fullWeek: Double = 24 + 16 + 24 + 24 + 32 + 24
        #expect(r.network[0].effective == fullWeek)
        let cato: Double = 24 * 3 / 5, finn: Double = 24 * 2 / 5
        #expect(r.network[2].effective == fullWeek - 24 - 24 + cato + finn)

        let lower = index.report(try CapacityQuery(first: Self.w48, weeks: 3, skills: ["illustration"], minSpare: 12), in: s)
        // Cato's short week (14.4) is enough now; most spare over the window first: 72, 62.4, 48, 36.
        #expect(lower.rows.map(\.member.id) == ["anna", "cato", "bram", "eva"])
        // Without a minimum everyone with the skill is listed, even with little room.
        let everyone = index.report(try CapacityQuery(first: Self.w48, weeks: 3, skills: ["illustration"]), in: s)
        #expect(Set(everyone.rows.map(\.member.id)) == ["anna", "bram", "cato", "eva", "finn"])
    }

    @Test func membersWhoLeftBeforeTheWindowAreNotListed() throws {
        let s = state([member("anna", 24), member("old", 24, left: "2026-10-01")])
        let r = CapacityIndex(s).report(try CapacityQuery(first: Self.w48, weeks: 2), in: s)
        #expect(r.rows.map(\.member.id) == ["anna"])
        #expect(r.rosterCount == 1)
    }

    @Test func badQueriesAreRefusedWithTheReason() {
        #expect(throws: DomainError("weeks must be between 1 and 52, got 0")) { try CapacityQuery(first: Self.w48, weeks: 0) }
        #expect(throws: DomainError("weeks must be between 1 and 52, got 53")) { try CapacityQuery(first: Self.w48, weeks: 53) }
        #expect(throws: DomainError("minimum spare hours must be between 0 and 80, got -2")) {
            try CapacityQuery(first: Self.w48, weeks: 2, minSpare: -2)
        }
    }

    @Test func jsonHasOneNumberPerWeekPerMeasure() throws {
        let s = state([member("anna", 24)], [(.active, days("2026-11-25", "2026-12-31"),
                                              [Allocation(member: "anna", hoursPerWeek: 8, range: days("2026-11-25", "2026-12-31"))])])
        let r = CapacityIndex(s).report(try CapacityQuery(first: Self.w48, weeks: 2, minSpare: 10), in: s)
        let text = JSONWriter.string(r.json)
        #expect(text.contains(#""weeks":["2026-W48","2026-W49"]"#))
        #expect(text.contains(#""spare":[19.2,16]"#))
        #expect(text.contains(#""allocated":[4.8,8]"#))
        #expect(text.contains(#""minSpare":10"#))
        #expect(text.contains(#""utilisation":[0.2,0.333]"#))
    }
}
