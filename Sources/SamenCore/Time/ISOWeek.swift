/// An ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday.
///
/// Capacity is planned per ISO week, as Float and Runn do, and people talk in
/// week numbers ("week 47").
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var week: Int

    public init?(year: Int, week: Int) {
        guard week >= 1, week <= ISOWeek.weeksIn(year: year) else { return nil }
        self.year = year
        self.week = week
    }

    public init(containing day: Day) {
        // The week belongs to the year of its Thursday.
        let thursday = day.advanced(by: 4 - day.weekday)
        let y = thursday.year
        let jan1 = Day(year: y, month: 1, day: 1)!
        year = y
        week = jan1.distance(to: thursday) / 7 + 1
    }

    /// Parses `2026-W47`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[1].first == "W", let y = Int(parts[0]), let w = Int(parts[1].dropFirst()) else { return nil }
        self.init(year: y, week: w)
    }

    public var monday: Day {
        let jan4 = Day(year: year, month: 1, day: 4)!
        return jan4.advanced(by: 1 - jan4.weekday + (week - 1) * 7)
    }

    public var sunday: Day { monday.advanced(by: 6) }
    public var days: DateRange { DateRange(monday, sunday)! }

    public func advanced(by weeks: Int) -> ISOWeek { ISOWeek(containing: monday.advanced(by: weeks * 7)) }

    public func weeks(until other: ISOWeek) -> Int { monday.distance(to: other.monday) / 7 }

    public static func weeksIn(year: Int) -> Int {
        let dec28 = Day(year: year, month: 12, day: 28)!
        return ISOWeek(containing: dec28).week
    }

    public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }

    public var iso: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }
    public var description: String { iso }
}
