import Foundation

/// A calendar day (no time, no zone), stored as days since 1970-01-01.
///
/// Planning works in days and ISO weeks; a time zone would only make
/// "which week is this" depend on where the server runs.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Strideable {
    public var daysSinceEpoch: Int32

    public init(daysSinceEpoch: Int32) { self.daysSinceEpoch = daysSinceEpoch }

    /// Fails for dates that do not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        daysSinceEpoch = Int32(Day.daysFromCivil(year, month, day))
    }

    /// A day computed rather than typed (the 1st of a year, a month later):
    /// never fails, and clamps instead of trapping far outside any real date.
    init(civil year: Int, _ month: Int, _ day: Int) {
        let y = min(max(year, -1_000_000), 1_000_000)
        daysSinceEpoch = Int32(clamping: Day.daysFromCivil(y, month, day))
    }

    /// Parses `YYYY-MM-DD` within `Limits.days`: every date that comes from
    /// a person or a file goes through here or `Limits.day`, which says why not.
    public init?(iso text: String) {
        guard let d = Day(isoAnyYear: text), Limits.days.contains(d) else { return nil }
        self = d
    }

    /// Parses `YYYY-MM-DD` of any year 1-9999, for saying "out of range"
    /// rather than "not a date".
    public init?(isoAnyYear text: String) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { guard (0x30...0x39).contains(u[i]) else { return nil }; v = v * 10 + Int(u[i] - 0x30) }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var components: (year: Int, month: Int, day: Int) { Day.civilFromDays(Int(daysSinceEpoch)) }
    public var year: Int { components.year }
    public var month: Int { components.month }

    /// 1 = Monday ... 7 = Sunday (ISO 8601).
    public var weekday: Int {
        let w = (Int(daysSinceEpoch) + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public var iso: String {
        let (y, m, d) = components
        func pad(_ v: Int, _ n: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, n - s.count)) + s }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    public var description: String { iso }

    public static func < (a: Day, b: Day) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }
    public func distance(to other: Day) -> Int { Int(other.daysSinceEpoch) - Int(daysSinceEpoch) }

    /// Saturates at `Int32`'s ends instead of trapping: values in `Limits`
    /// never get near them, and a stray one must not bring the program down.
    public func advanced(by n: Int) -> Day {
        let (sum, overflow) = Int(daysSinceEpoch).addingReportingOverflow(n)
        return Day(daysSinceEpoch: overflow ? (n < 0 ? .min : .max) : Int32(clamping: sum))
    }

    /// The same day `n` months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb).
    public func addingMonths(_ n: Int) -> Day {
        let (y, m, d) = components
        let months = min(max(n, -1_000_000), 1_000_000)
        let total = y * 12 + (m - 1) + months
        let ny = Int((Double(total) / 12).rounded(.down)), nm = total - ny * 12 + 1
        return Day(civil: ny, nm, min(d, Day.daysIn(month: nm, year: ny)))
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Today in the local time zone, or `$SAMEN_TODAY` (YYYY-MM-DD) when set,
    /// so tests and screenshots can pin the date.
    public static func today(environment: [String: String] = ProcessInfo.processInfo.environment) -> Day {
        if let pinned = environment["SAMEN_TODAY"], let day = Day(iso: pinned) { return day }
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(civil: c.year ?? 1970, c.month ?? 1, c.day ?? 1)
    }

    // Howard Hinnant's civil calendar algorithms (public domain).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
