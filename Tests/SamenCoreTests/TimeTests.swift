import Testing
@testable import SamenCore

@Suite("Days and ISO weeks")
struct TimeTests {
    @Test func parsesAndPrintsDays() {
        #expect(Day(iso: "2026-11-22")?.iso == "2026-11-22")
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2026-02-29") == nil)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "26-11-22") == nil)
        #expect(Day(iso: "1970-01-01")?.daysSinceEpoch == 0)
        #expect(Day(iso: "1969-12-31")?.daysSinceEpoch == -1)
    }

    @Test func weekdays() {
        #expect(Day(iso: "2026-11-22")!.weekday == 7)   // a Sunday
        #expect(Day(iso: "2026-11-23")!.weekday == 1)
    }

    @Test(arguments: [
        ("2026-11-22", "2026-W47"), ("2026-01-01", "2026-W01"), ("2021-01-03", "2020-W53"),
        ("2024-12-30", "2025-W01"), ("2027-01-01", "2026-W53"), ("2027-01-04", "2027-W01"),
    ])
    func isoWeeks(day: String, week: String) {
        #expect(ISOWeek(containing: Day(iso: day)!).iso == week)
    }

    @Test func weekArithmetic() {
        let w = ISOWeek(iso: "2026-W53")!
        #expect(w.monday.iso == "2026-12-28")
        #expect(w.advanced(by: 1).iso == "2027-W01")
        #expect(ISOWeek(iso: "2025-W53") == nil)
        #expect(ISOWeek(iso: "2026-W01")!.weeks(until: ISOWeek(iso: "2027-W01")!) == 53)
    }

    @Test func rangesAndWorkingDays() {
        let r = DateRange(Day(iso: "2026-11-25")!, Day(iso: "2026-12-08")!)!  // Wed .. Tue
        #expect(r.weeks.map(\.iso) == ["2026-W48", "2026-W49", "2026-W50"])
        #expect(r.workingDays(in: ISOWeek(iso: "2026-W48")!) == 3)
        #expect(r.workingDays(in: ISOWeek(iso: "2026-W49")!) == 5)
        #expect(r.workingDays(in: ISOWeek(iso: "2026-W50")!) == 2)
        #expect(DateRange(Day(iso: "2026-12-08")!, Day(iso: "2026-11-25")!) == nil)
        #expect(DateRange(start: Day(iso: "2026-11-23")!, weeks: 2).end.iso == "2026-12-06")
    }

    @Test func monthsClampToTheMonthEnd() {
        #expect(Day(iso: "2026-01-31")!.addingMonths(1).iso == "2026-02-28")
        #expect(Day(iso: "2024-03-31")!.addingMonths(-1).iso == "2024-02-29")
        #expect(Day(iso: "2026-11-22")!.addingMonths(-24).iso == "2024-11-22")
    }

    @Test func timestamps() {
        let t = Timestamp(iso: "2026-11-22T09:30:05Z")!
        #expect(t.iso == "2026-11-22T09:30:05Z")
        #expect(t.day.iso == "2026-11-22")
        #expect(Timestamp(iso: "2026-11-22T25:00:00Z") == nil)
    }

    @Test func pinnedToday() {
        #expect(Day.today(environment: ["SAMEN_TODAY": "2030-05-06"]).iso == "2030-05-06")
    }
}
