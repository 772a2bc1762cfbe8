import Testing
@testable import SamenCore

/// The ranges in `Limits`, and the calendar arithmetic at and beyond their
/// ends: refused with a reason, never a trap.
@Suite("Limits")
struct LimitsTests {
    @Test func datesOutsideTheRangeAreRefusedWithTheRange() {
        #expect(Day(iso: "1900-01-01") != nil && Day(iso: "2200-12-31") != nil)
        #expect(Day(iso: "1899-12-31") == nil && Day(iso: "2201-01-01") == nil && Day(iso: "9999-12-31") == nil)
        #expect(Limits.day("9999-12-31") == .failure(LimitError("must be between 1900-01-01 and 2200-12-31, got 9999-12-31")))
        #expect(Limits.day("0000-01-01") == .failure(LimitError("must be a date like 2026-03-01, got '0000-01-01'")))
        #expect(Limits.day("2026-02-30") == .failure(LimitError("must be a date like 2026-03-01, got '2026-02-30'")))
    }

    @Test func weeksThatDoNotExistAreRefused() {
        #expect(Limits.week("2026-W53") == .success(ISOWeek(year: 2026, week: 53)!))
        #expect(Limits.week("2025-W53") == .failure(LimitError("must be a week that exists: 2025 has weeks 1 to 52, got '2025-W53'")))
        #expect(Limits.week("0000-W01") == .failure(LimitError("must be in a year between 1900 and 2200, got '0000-W01'")))
        #expect(Limits.week("2026-W00") == .failure(LimitError("must be a week that exists: 2026 has weeks 1 to 53, got '2026-W00'")))
        #expect(ISOWeek(iso: "+202-W01") == nil && ISOWeek(iso: "99999999999999999999-W01") == nil)
    }

    @Test func hoursAreReadWithoutConvertingUnboundedDoubles() {
        #expect(Limits.hours("7,5") == .success(Hours(halfHours: 15)))
        #expect(Limits.hours("1e19") == .failure(LimitError("must be a number of hours like 16 or 2.5, got '1e19'")))
        #expect(Limits.hours("99999999999999999999") == .failure(LimitError("must be between 0 and 80 hours, got 99999999999999999999")))
        #expect(Limits.hours("-0.5") == .failure(LimitError("must be between 0 and 80 hours, got -0.5")))
        #expect(Limits.hours("inf") == .failure(LimitError("must be a number of hours like 16 or 2.5, got 'inf'")))
        #expect(HoursText.of(1e19) == "1e+19" && HoursText.whole(.nan) == "nan")
    }

    /// Far past any range, arithmetic saturates instead of trapping.
    @Test func dayArithmeticAtTheEndsDoesNotTrap() {
        let last = Limits.lastDay
        #expect(last.advanced(by: Int.max).daysSinceEpoch == Int32.max)
        #expect(last.advanced(by: Int.min).daysSinceEpoch == Int32.min)
        #expect(Day(daysSinceEpoch: .max).distance(to: Day(daysSinceEpoch: .min)) == Int(Int32.min) - Int(Int32.max))
        _ = ISOWeek(containing: Day(daysSinceEpoch: .max)).iso
        _ = ISOWeek(containing: last).advanced(by: Int.max).iso
        _ = last.addingMonths(Int.max).iso
        _ = DateRange(start: last, weeks: Int.max).end
        #expect(ISOWeek(containing: last).iso == "2201-W01")
    }

    /// A change whose record the loader would refuse is refused itself.
    @Test func aChangeOutOfRangeIsRefusedBeforeAnyRule() throws {
        var state = try DemoNetwork.unit2.build(today: Day(iso: "2026-11-23")!)
        let lastID = state.projects.lastID
        let start = Day(iso: "2200-12-01")!
        let p = Project(id: 0, title: "Long", client: "Future", city: "Leiden", estimatedHours: 10,
                        period: DateRange(start: start, weeks: 10), received: Timestamp(secondsSinceEpoch: 0))
        #expect(throws: DomainError("the project's field 'end' must be between 1900-01-01 and 2200-12-31, got 2201-02-08")) {
            try state.apply(.addProject(p), context: ChangeContext(actor: "eric", today: Day(iso: "2026-11-23")!))
        }
        #expect(state.projects.lastID == lastID)
    }

    /// Beyond the stored range a file is refused at load; a rule's own
    /// narrower range (0 to 80 hours a week) is left to `samen check`.
    @Test func aRecordOutOfRangeInAFileIsRefusedNamingTheField() throws {
        let line = #"{"id":"x","name":"X","role":"member","seniority":"medior","city":"Leiden","involvement":"weekly","joined":"2026-01-01","hours":[{"hoursPerWeek":2000000000,"from":"2026-01-01"}]}"#
        #expect(throws: JSONFieldError("member contracted hours field 'hoursPerWeek' must be between -1000000000 and 1000000000 hours, got 2000000000 hours")) {
            try Member(jsonText: line)
        }
        let ruleBreak = line.replacingOccurrences(of: "2000000000", with: "81")
        #expect(try Member(jsonText: ruleBreak).hours.first?.hoursPerWeek == 81)
        let long = ruleBreak.replacingOccurrences(of: #""name":"X""#, with: "\"name\":\"\(String(repeating: "é", count: 1_001))\"")
        #expect(throws: JSONFieldError("member field 'name' is too long: 1001 characters, at most 1000")) { try Member(jsonText: long) }
    }
}
