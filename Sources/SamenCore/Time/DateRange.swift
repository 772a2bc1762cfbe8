/// A closed range of days, both ends included, as people say "from 3 to 14 March".
public struct DateRange: Hashable, Sendable, CustomStringConvertible {
    public var start: Day
    public var end: Day

    /// Fails when `end` is before `start`.
    public init?(_ start: Day, _ end: Day) {
        guard start <= end else { return nil }
        self.start = start
        self.end = end
    }

    /// `weeks` whole weeks starting on `start`.
    public init(start: Day, weeks: Int) {
        self.start = start
        self.end = start.advanced(by: min(max(1, weeks), Int(Int32.max) / 7) * 7 - 1)
    }

    public var dayCount: Int { start.distance(to: end) + 1 }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }
    public func contains(_ other: DateRange) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: DateRange) -> Bool { start <= other.end && other.start <= end }

    public func intersection(_ other: DateRange) -> DateRange? {
        DateRange(max(start, other.start), min(end, other.end))
    }

    /// The ISO weeks this range touches, in order.
    public var weeks: [ISOWeek] {
        var result: [ISOWeek] = []
        var w = ISOWeek(containing: start)
        let last = ISOWeek(containing: end)
        while w <= last { result.append(w); w = w.advanced(by: 1) }
        return result
    }

    /// Working days (Monday to Friday) of this range that fall in `week`:
    /// a project starting on a Wednesday has 3 of 5 days in its first week.
    public func workingDays(in week: ISOWeek) -> Int { workingDays(in: week.days) }

    public var description: String { "\(start.iso)..\(end.iso)" }
}

extension DateRange {
    /// Working days (Monday to Friday) that this range shares with `other`.
    public func workingDays(in other: DateRange) -> Int {
        guard let part = intersection(other) else { return 0 }
        var n = 0
        var d = part.start
        while d <= part.end { if d.weekday <= 5 { n += 1 }; d = d.advanced(by: 1) }
        return n
    }
}
