import Testing
@testable import SamenCore

/// Time off taken back, clients declined, and contracted hours changed from
/// a date: each changes what capacity and staffing see, and only that.
@Suite struct MemberAvailabilityTests {
    static let holiday = DateRange(Day(iso: "2026-12-21")!, Day(iso: "2027-01-03")!)!

    @Test func timeOffTakenBackGivesTheWeeksTheirHoursAgain() throws {
        var s = try Fixture.state()
        let week = ISOWeek(containing: Day(iso: "2026-12-21")!)
        _ = try s.apply(.addTimeOff(member: "katleen", TimeOff(range: Self.holiday, note: "holiday")), context: Fixture.ctx)
        #expect(CapacityIndex(s).week(week, of: s.member("katleen")!).effective == 0)
        refuses(.removeTimeOff(member: "katleen", from: Day(iso: "2026-12-22")!), in: s,
                with: "Katleen Verbeek has no time off starting 2026-12-22; theirs: 2026-12-21..2027-01-03 (holiday)")
        refuses(.removeTimeOff(member: "guido", from: Day(iso: "2026-12-21")!), in: s,
                with: "Guido has no time off starting 2026-12-21; they have none on record")
        let out = try s.apply(.removeTimeOff(member: "katleen", from: Day(iso: "2026-12-21")!), context: Fixture.ctx)
        #expect(out.summary == "time off for Katleen Verbeek taken back: 2026-12-21..2027-01-03 (holiday)")
        #expect(s.member("katleen")!.timeOff.isEmpty)
        #expect(CapacityIndex(s).week(week, of: s.member("katleen")!).effective == 24)
    }

    @Test func aDeclinedClientLeavesTheMemberOutOfStaffingForThatClientOnly() throws {
        var s = try Fixture.state()
        _ = try s.apply(.addProject(Fixture.project()), context: Fixture.ctx)
        func excluded() -> [String] { StaffingAdvisor(s, today: Fixture.today).suggest(for: s.project(1)!, today: Fixture.today).excluded.map(\.memberID) }
        #expect(!excluded().contains("katleen"))
        let out = try s.apply(.setDeclinedClients(member: "katleen", clients: [" zorgpunt ", "Shell", "ZORGPUNT"]), context: Fixture.ctx)
        #expect(out.summary == "Katleen Verbeek will not work for: zorgpunt, Shell")
        #expect(s.member("katleen")!.declinedClients == ["zorgpunt", "Shell"])
        #expect(excluded().contains("katleen"))
        refuses(.setDeclinedClients(member: "katleen", clients: ["zorgpunt", "Shell"]), in: s, with: "Katleen Verbeek already declines exactly these clients")
        refuses(.setDeclinedClients(member: "katleen", clients: ["Shell", ""]), in: s, with: "a client's name must not be empty")
        #expect(try s.apply(.setDeclinedClients(member: "katleen", clients: []), context: Fixture.ctx).summary
                == "Katleen Verbeek will work for any client again")
        #expect(!excluded().contains("katleen"))
    }

    @Test func hoursChangedFromADateCountInTheWeeksFromThatDateOn() throws {
        var s = try Fixture.state()
        var e = MemberEdit(id: "katleen"); e.hoursPerWeek = 16; e.hoursFrom = Day(iso: "2027-01-06")!   // a Wednesday
        #expect(try s.apply(.editMember(e), context: Fixture.ctx).summary
                == "edited member Katleen Verbeek (katleen); contracted hours 24 -> 16 h/week from 2027-01-06")
        let weeks = CapacityIndex(s).weeks(ISOWeek(containing: Day(iso: "2026-12-28")!), count: 3, of: s.member("katleen")!)
        // 24 a week, then Monday and Tuesday at 24 and three days at 16, then 16.
        let mixed: Double = (24.0 * 2 + 16.0 * 3) / 5
        #expect(weeks.map(\.contracted) == [24, mixed, 16])
    }
}
