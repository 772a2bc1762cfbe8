import Testing
@testable import SamenCore

/// Dates as people type them, in Dutch and in English (issue 15).
@Suite("Day input")
struct DayInputTests {
    /// A Thursday.
    let today = Day(iso: "2026-12-03")!

    @Test(arguments: [
        ("2026-12-31", "2026-12-31"), ("31-12-2026", "2026-12-31"), ("31-12", "2026-12-31"), ("1/2/2027", "2027-02-01"),
        ("vandaag", "2026-12-03"), ("today", "2026-12-03"), ("Morgen", "2026-12-04"), ("tomorrow", "2026-12-04"),
        ("gisteren", "2026-12-02"), ("yesterday", "2026-12-02"),
        ("ma", "2026-12-07"), ("maandag", "2026-12-07"), ("mon", "2026-12-07"), ("Monday", "2026-12-07"),
        ("do", "2026-12-03"), ("thu", "2026-12-03"), ("vr", "2026-12-04"), ("zo", "2026-12-06"), ("wed", "2026-12-09"),
        ("volgende week", "2026-12-07"), ("  next   week ", "2026-12-07"), ("29-02-2028", "2028-02-29"),
    ])
    func aDayIsReadAsPeopleWriteIt(_ text: String, _ expected: String) {
        #expect(DayInput.parse(text, today: today) == Day(iso: expected), "\(text)")
    }

    @Test(arguments: ["31-02", "32-12-2026", "31-13-2026", "29-02-2027", "7 december", "12-2026", "1-1-26", "next", "31--12", ""])
    func whatNamesNoDayIsNil(_ text: String) {
        #expect(DayInput.parse(text, today: today) == nil, "\(text)")
    }

    @Test func limitsReadTheWordsOnlyWithADayToCountFrom() {
        #expect(Limits.day("morgen", today: today) == .success(Day(iso: "2026-12-04")!))
        #expect(Limits.day("morgen") == .failure(LimitError("must be a date like 2026-03-01, got 'morgen'")))
        #expect(Limits.day("7 december", today: today) == .failure(LimitError("must be a date like 31-12-2026, 2026-12-31, tomorrow or mon; got '7 december'")))
        #expect(Limits.day("31-12-2201", today: today) == .failure(LimitError("must be between 1900-01-01 and 2200-12-31, got 2201-12-31")))
    }
}
