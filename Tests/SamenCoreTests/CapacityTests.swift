import Testing
@testable import SamenCore

/// The numbers the member directory shows as "free": contracted hours minus
/// time off, minus hours on won work, tentative work apart, per working day.
@Suite("Capacity")
struct CapacityTests {
    static let w48 = ISOWeek(iso: "2026-W48")!   // Mon 2026-11-23 .. Sun 11-29

    func state(_ member: Member, projects: [(ProjectStatus, Allocation)] = []) -> NetworkState {
        var s = NetworkState(network: Network(name: "T", place: "Leiden"))
        s.insertForTesting(member: member)
        for (i, (status, a)) in projects.enumerated() {
            s.insertForTesting(project: Project(id: i + 1, title: "P\(i)", client: "C", city: "Leiden", estimatedHours: 100,
                                                period: DateRange(Day(iso: "2026-11-01")!, Day(iso: "2027-03-01")!)!, status: status,
                                                lead: member.id, allocations: [a], received: Fixture.now))
        }
        return s
    }

    func member(hours: [ContractedHours], timeOff: [TimeOff] = [], joined: String = "2020-01-01", left: String? = nil) -> Member {
        Member(id: "lotte", name: "Lotte", role: .member, city: "Leiden", hours: hours, timeOff: timeOff,
               joined: Day(iso: joined)!, left: left.flatMap { Day(iso: $0) })
    }

    func days(_ a: String, _ b: String) -> DateRange { DateRange(Day(iso: a)!, Day(iso: b)!)! }

    @Test func contractedMinusTimeOffMinusWonWork() {
        let m = member(hours: [ContractedHours(hoursPerWeek: 20, from: Day(iso: "2020-01-01")!)],
                       timeOff: [TimeOff(range: days("2026-11-26", "2026-11-27"))])   // Thu+Fri off
        let s = state(m, projects: [(.active, Allocation(member: "lotte", hoursPerWeek: 5, range: days("2026-11-01", "2027-03-01"))),
                                    (.proposal, Allocation(member: "lotte", hoursPerWeek: 10, range: days("2026-11-01", "2027-03-01")))])
        let w = CapacityIndex(s).week(Self.w48, of: m)
        #expect(w.contracted == 20)
        #expect(w.effective == 12)       // 3 of 5 days
        #expect(w.allocated == 5)
        #expect(w.tentative == 10)       // a proposal is shown apart, not subtracted
        #expect(w.spare == 7)
        #expect(!w.isOverbooked)
    }

    @Test func partialWeeksAndChangedHoursCountByTheDay() {
        // 10 h/wk until Wednesday, 20 h/wk from Wednesday 2026-11-25 on; a project starting that Thursday.
        let m = member(hours: [ContractedHours(hoursPerWeek: 10, from: Day(iso: "2020-01-01")!),
                               ContractedHours(hoursPerWeek: 20, from: Day(iso: "2026-11-25")!)])
        let s = state(m, projects: [(.active, Allocation(member: "lotte", hoursPerWeek: 10, range: days("2026-11-26", "2027-01-31")))])
        let w = CapacityIndex(s).week(Self.w48, of: m)
        #expect(w.effective == 2 + 2 + 4 + 4 + 4)   // Mon, Tue at 10/5; Wed-Fri at 20/5
        #expect(w.allocated == 4)                   // Thu and Fri of 10 h/wk
        #expect(abs(w.spare - 12) < 1e-9)
    }

    @Test func overbookedAndOutsideMembership() {
        let m = member(hours: [ContractedHours(hoursPerWeek: 8, from: Day(iso: "2020-01-01")!)], left: "2026-11-25")
        let s = state(m, projects: [(.active, Allocation(member: "lotte", hoursPerWeek: 10, range: days("2026-11-01", "2027-03-01")))])
        let index = CapacityIndex(s)
        let w = index.week(Self.w48, of: m)
        #expect(w.effective == 3.2)      // Mon, Tue only: she leaves on Wednesday
        #expect(w.isOverbooked)
        #expect(index.week(Self.w48.advanced(by: 1), of: m).effective == 0)
        #expect(abs(index.spare(from: Self.w48, weeks: 2, of: m) - (3.2 - 20)) < 1e-9)
    }

    @Test func closedProjectsDoNotCount() {
        let m = member(hours: [ContractedHours(hoursPerWeek: 16, from: Day(iso: "2020-01-01")!)])
        let s = state(m, projects: [(.done, Allocation(member: "lotte", hoursPerWeek: 8, range: days("2026-11-01", "2027-03-01"))),
                                    (.lost, Allocation(member: "lotte", hoursPerWeek: 8, range: days("2026-11-01", "2027-03-01")))])
        let w = CapacityIndex(s).week(Self.w48, of: m)
        #expect(w.allocated == 0 && w.tentative == 0 && w.spare == 16)
    }
}
