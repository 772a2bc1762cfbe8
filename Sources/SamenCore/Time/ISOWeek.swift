/// An ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday.
///
/// Capacity is planned per ISO week, as Float and Runn do, and people talk in
/// week numbers ("week 47").
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var week: Int

    /// Fails for a week that does not exist (W53 of a 52-week year) or a year outside `Limits.years`.
    public init?(year: Int, week: Int) {
        guard Limits.years.contains(year), week >= 1, week <= ISOWeek.weeksIn(year: year) else { return nil }
        self.year = year
        self.week = week
    }

    public init(containing day: Day) {
        // The week belongs to the year of its Thursday.
        let thursday = day.advanced(by: 4 - day.weekday)
        let y = thursday.year
        let jan1 = Day(civil: y, 1, 1)
        year = y
        week = jan1.distance(to: thursday) / 7 + 1
    }

    /// Parses `2026-W47`; `Limits.week` says why a text is refused.
    public init?(iso text: String) {
        guard let (y, w) = ISOWeek.parts(text) else { return nil }
        self.init(year: y, week: w)
    }

    /// Whether a person meant a week (`2027-W02`, `wk 48`, `48`) rather than
    /// a date, to say what is wrong with it: a `w` or a week number.
    public static func looksLikeWeek(_ text: String) -> Bool { text.contains("W") || text.contains("w") || WeekInput.read(text) != nil }

    /// Year and week of `YYYY-Www` (or `YYYY-Ww`), digits only, before any range check.
    static func parts(_ text: String) -> (Int, Int)? {
        let u = Array(text.utf8)
        guard u.count >= 7, u.count <= 8, u[4] == UInt8(ascii: "-"), u[5] == UInt8(ascii: "W") || u[5] == UInt8(ascii: "w") else { return nil }
        func number(_ s: ArraySlice<UInt8>) -> Int? {
            var v = 0
            for b in s { guard (0x30...0x39).contains(b) else { return nil }; v = v * 10 + Int(b - 0x30) }
            return v
        }
        guard let y = number(u[0..<4]), let w = number(u[6...]) else { return nil }
        return (y, w)
    }

    public var monday: Day {
        let jan4 = Day(civil: year, 1, 4)
        return jan4.advanced(by: 1 - jan4.weekday + (week - 1) * 7)
    }

    public var sunday: Day { monday.advanced(by: 6) }
    public var days: DateRange { DateRange(monday, sunday)! }

    public func advanced(by weeks: Int) -> ISOWeek {
        ISOWeek(containing: monday.advanced(by: weeks.multipliedReportingOverflow(by: 7).overflow ? (weeks < 0 ? .min : .max) : weeks * 7))
    }

    public func weeks(until other: ISOWeek) -> Int { monday.distance(to: other.monday) / 7 }

    public static func weeksIn(year: Int) -> Int {
        let dec28 = Day(civil: year, 12, 28)
        return ISOWeek(containing: dec28).week
    }

    public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }

    public var iso: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }
    public var description: String { iso }
}
