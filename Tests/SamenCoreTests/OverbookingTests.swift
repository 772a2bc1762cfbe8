import Testing
@testable import SamenCore

/// Staffing asks before overbooking someone: which weeks, and by how much.
@Suite("Overbooking")
struct OverbookingTests {
    @Test func theWeeksAMemberWouldBeOverbookedAreNamed() throws {
        let s = try DemoTests.built(.unit2)
        let capacity = CapacityIndex(s)
        let daan = try #require(s.member("daan"))
        // An incoming assignment of whole weeks (Monday to Sunday).
        let incoming = try #require(s.projects.first {
            $0.status == .incoming && $0.period.start.weekday == 1 && $0.period.end.weekday == 7 && $0.period.dayCount >= 14
        })
        let first = ISOWeek(containing: incoming.period.start)
        let range = DateRange(first.monday, first.advanced(by: 1).sunday)!
        let free = [first, first.advanced(by: 1)].map { capacity.week($0, of: daan).spare }
        let fits = Hours(Int(free.min()!.rounded(.down)))
        #expect(fits > 0)
        // Within his free hours: nothing to confirm.
        #expect(s.overbookedWeeks(adding: Allocation(member: "daan", hoursPerWeek: fits, range: range), to: incoming.id).isEmpty)
        // Six hours more than the tighter week has: that week is named, with how far over.
        let over = s.overbookedWeeks(adding: Allocation(member: "daan", hoursPerWeek: fits + 6, range: range), to: incoming.id)
        let expected = zip([first, first.advanced(by: 1)], free).filter { $0.1 - (fits + 6).value < -0.05 }
        #expect(over.map(\.week) == expected.map(\.0))
        #expect(!over.isEmpty)
        for (o, e) in zip(over, expected) { #expect(abs(o.spareAfter - (e.1 - (fits + 6).value)) < 0.01) }
    }

    @Test func aMemberAlreadyOnAnActiveProjectIsCountedOnce() throws {
        let s = try DemoTests.built(.unit2)
        let capacity = CapacityIndex(s)
        // Someone on an active project for a whole week, with some hours still free.
        let (p, a, week) = try #require(s.projects.lazy.filter { $0.status == .active }.compactMap { p -> (Project, Allocation, ISOWeek)? in
            for a in p.allocations {
                let week = ISOWeek(containing: DemoTests.today).advanced(by: 1)
                guard a.range.workingDays(in: week) == 5, let m = s.member(a.member), capacity.week(week, of: m).spare >= 1 else { continue }
                return (p, a, week)
            }
            return nil
        }.first)
        let member = try #require(s.member(a.member))
        let free = Hours(Int((capacity.week(week, of: member).spare + 0.05).rounded(.down)))
        // Their current hours plus what is free still fits: the current hours are
        // replaced, not counted twice. Two more do not.
        let fits = Allocation(member: a.member, hoursPerWeek: a.hoursPerWeek + free, range: week.days)
        let over = Allocation(member: a.member, hoursPerWeek: a.hoursPerWeek + free + 2, range: week.days)
        #expect(s.overbookedWeeks(adding: fits, to: p.id).isEmpty)
        #expect(s.overbookedWeeks(adding: over, to: p.id).map(\.week) == [week])
    }
}
