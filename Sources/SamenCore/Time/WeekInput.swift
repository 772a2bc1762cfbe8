/// A week as people type it, in Dutch or English (issue 15). Dutch screens
/// show a week as `wk 48 2026` (`ISOWeek.shown`), so that is read back, and
/// what a person types besides: `wk 48`, `48`, `week 48`, `W48`, with or
/// without the year after it (`week 48 2026`), and the ISO form every file
/// uses (`2026-W48`). A week number without its year is the nearest week
/// with that number, before or after this one: in late December `2` is next
/// January's week 2, in week 50 `48` is the week that has just passed (and
/// a form that looks ahead says so).
///
/// Only this reads them; the range checks (a week 54, a year out of
/// `Limits.years`) are `Limits.week`'s, which also takes a day in the week
/// (`volgende week`, `31-12-2026`) through `DayInput`.
public enum WeekInput {
    /// What a text names before any range check.
    enum Reading: Equatable {
        /// A week number with its year: `2026-W48`, `wk 48 2026`.
        case week(year: Int, week: Int)
        /// A week number alone: `wk 48`, `W48`, `48`.
        case number(Int)
    }

    /// Words a week number may follow: Dutch `wk`/`wk.`/`week`, English `week`/`W`.
    static let prefixes = ["week", "wk.", "wk", "w"]

    /// The week `text` writes, or nil when it writes none (a date, a word, nonsense).
    static func read(_ text: String) -> Reading? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let (y, w) = ISOWeek.parts(t) { return .week(year: y, week: w) }
        var rest = Substring(t)
        if let p = prefixes.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(p.count) }
        let parts = rest.split(whereSeparator: { $0 == " " || $0 == "," })
        guard (1...2).contains(parts.count), (1...2).contains(parts[0].count), let week = digits(parts[0]) else { return nil }
        guard parts.count == 2 else { return .number(week) }
        guard parts[1].count == 4, let year = digits(parts[1]) else { return nil }
        return .week(year: year, week: week)
    }

    /// Digits 0-9 only, as a number (no sign, no spaces).
    static func digits(_ s: Substring) -> Int? {
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }

    /// The year of week number `week` nearest to `today`'s week: this ISO
    /// year, the one before or the one after, whichever has that week
    /// closest. Nil when none of the three has it (a 53 between 52-week years).
    static func nearest(week: Int, to today: Day) -> ISOWeek? {
        let now = ISOWeek(containing: today)
        let candidates = [now.year, now.year - 1, now.year + 1].compactMap { ISOWeek(year: $0, week: week) }
        return candidates.min { abs(now.weeks(until: $0)) < abs(now.weeks(until: $1)) }
    }
}

/// Why a text is no week at all, for a caller to put the field or option
/// in front of. The examples are forms `WeekInput` and `DayInput` read.
public enum WeekInputRefusal: Phrase, Equatable {
    case notAWeek(String)

    public var en: String {
        switch self {
        case let .notAWeek(got): "must be a week like week 48, W48, 2026-W48 or next week, or a date in it; got '\(got)'"
        }
    }

    public var nl: String {
        switch self {
        case let .notAWeek(got): "moet een week zijn, zoals wk 48, 48, wk 48 2026 of volgende week, of een datum erin; niet '\(got)'"
        }
    }
}
