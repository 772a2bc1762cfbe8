import Testing
@testable import SamenCore

/// Weeks as people type them (issue 15): what a Dutch screen shows
/// (`wk 48 2026`) reads back, and so does what a person types in either
/// language; a week that does not exist or a year out of range is refused
/// with the reason, in the language shown.
@Suite("Weeks as people type them")
struct WeekInputTests {
    /// Monday 23 November 2026, in ISO week 48 of 2026 (a year of 53 weeks).
    static let today = Day(iso: "2026-11-23")!
    static let w48 = ISOWeek(year: 2026, week: 48)!

    func week(_ text: String, today: Day = Self.today) -> ISOWeek? {
        if case let .success(w) = Limits.week(text, today: today) { return w }
        return nil
    }

    func refusal(_ text: String, today: Day = Self.today, in language: Language) -> String? {
        if case let .failure(e) = Limits.week(text, today: today) { return e.phrase.text(in: language) }
        return nil
    }

    @Test(arguments: ["2026-W48", "2026-w48", "wk 48", "48", "wk 48 2026", "wk48", "wk. 48", " WK 48 ", "week 48", "W48", "w 48",
                      "week 48 2026", "48 2026", "week 48, 2026"])
    func week48(_ text: String) {
        #expect(week(text) == Self.w48, "\(text)")
    }

    /// What a Dutch screen shows reads back as the same week.
    @Test func whatADutchScreenShowsReadsBack() {
        for w in [Self.w48, ISOWeek(year: 2027, week: 2)!, ISOWeek(year: 2026, week: 53)!] {
            let shown = Language.$scoped.withValue(.nl) { w.shown }
            #expect(week(shown) == w, "\(shown)")
        }
    }

    @Test(arguments: ["volgende week", "next week", " Volgende  week "])
    func nextWeek(_ text: String) {
        #expect(week(text) == ISOWeek(year: 2026, week: 49)!)
    }

    /// A day in the week, in both languages' words, and a weekday that has a `w` in it.
    @Test func aDayNamesItsWeek() {
        #expect(week("31-12-2026") == ISOWeek(year: 2026, week: 53)!)
        #expect(week("2027-01-04") == ISOWeek(year: 2027, week: 1)!)
        #expect(week("wed") == Self.w48)
        #expect(week("wo") == Self.w48)
        #expect(week("woensdag") == Self.w48)
        #expect(week("vandaag") == Self.w48 && week("today") == Self.w48)
    }

    /// A week number alone is the nearest week with that number.
    @Test func aNumberAloneIsTheNearestSuchWeek() {
        #expect(week("2") == ISOWeek(year: 2027, week: 2)!, "late in the year, week 2 is next January's")
        #expect(week("53") == ISOWeek(year: 2026, week: 53)!)
        #expect(week("46") == ISOWeek(year: 2026, week: 46)!, "two weeks ago, not 50 weeks ahead")
        let january = Day(iso: "2027-01-05")!
        #expect(week("52", today: january) == ISOWeek(year: 2026, week: 52)!)
        #expect(week("53", today: january) == ISOWeek(year: 2026, week: 53)!)
        #expect(week("3", today: january) == ISOWeek(year: 2027, week: 3)!)
    }

    @Test func aWeekThatDoesNotExistIsRefusedInBothLanguages() {
        #expect(refusal("54", in: .en) == "must be a week that exists: 2026 has weeks 1 to 53, got '54'")
        #expect(refusal("wk 54", in: .nl) == "moet een bestaande week zijn: 2026 heeft week 1 tot en met 53, niet 'wk 54'")
        #expect(refusal("week 0", in: .en) == "must be a week that exists: 2026 has weeks 1 to 53, got 'week 0'")
        #expect(refusal("wk 53 2027", in: .nl) == "moet een bestaande week zijn: 2027 heeft week 1 tot en met 52, niet 'wk 53 2027'")
        #expect(refusal("2027-W53", in: .en) == "must be a week that exists: 2027 has weeks 1 to 52, got '2027-W53'")
        // Mid-2028, neither 2027, 2028 nor 2029 has a week 53.
        #expect(refusal("53", today: Day(iso: "2028-06-01")!, in: .en) == "must be a week that exists: 2028 has weeks 1 to 52, got '53'")
    }

    @Test func yearsOutOfRangeAreRefused() {
        #expect(refusal("wk 1 2201", in: .en) == "must be in a year between 1900 and 2200, got 'wk 1 2201'")
        #expect(refusal("week 10 1899", in: .nl) == "moet in een jaar tussen 1900 en 2200 vallen, niet 'week 10 1899'")
        #expect(refusal("0000-W01", in: .en) == "must be in a year between 1900 and 2200, got '0000-W01'")
        #expect(week("wk 1 2200") == ISOWeek(year: 2200, week: 1)!)
        #expect(week("wk 1 1900") == ISOWeek(year: 1900, week: 1)!)
    }

    @Test(arguments: ["wxyz", "week", "wk 48 26", "wk 480", "48 2026 extra", "week -3", "w48x"])
    func notAWeekIsRefusedNamingTheForms(_ text: String) {
        #expect(refusal(text, in: .en) == "must be a week like week 48, W48, 2026-W48 or next week, or a date in it; got '\(text)'")
        #expect(refusal(text, in: .nl) == "moet een week zijn, zoals wk 48, 48, wk 48 2026 of volgende week, of een datum erin; niet '\(text)'")
    }

    /// Without a today, as a file is read: only ISO, as before.
    @Test func withoutTodayOnlyISO() {
        #expect(Limits.week("2026-W48") == .success(Self.w48))
        #expect(Limits.week("wk 48") == .failure(LimitError("must be a week like 2027-W02, got 'wk 48'")))
        #expect(Limits.week("wk 48 2026") == .failure(LimitError("must be a week like 2027-W02, got 'wk 48 2026'")))
    }

    /// Forms and the command line send what looks like a week here, the rest to `DayInput`.
    @Test func whatLooksLikeAWeek() {
        for text in ["48", "wk 48", "W48", "2026-W48", "week 48 2026"] { #expect(ISOWeek.looksLikeWeek(text), "\(text)") }
        for text in ["2026-12-31", "31-12", "morgen", "ma"] { #expect(!ISOWeek.looksLikeWeek(text), "\(text)") }
    }
}
