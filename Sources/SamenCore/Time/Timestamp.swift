import Foundation

/// A moment, to the second, in UTC: when a change was made.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

    /// The clock, or `$SAMEN_NOW` (`2026-11-23T10:00:00Z`) when set: with
    /// `$SAMEN_TODAY` it lets a test pin the moments a change records (an
    /// offer's date, the history) as well as the day the rules see.
    public static func now(environment: [String: String]) -> Timestamp {
        now(pinned: environment["SAMEN_NOW"])
    }

    /// The same, reading only `$SAMEN_NOW`: every change context asks, and
    /// building the whole environment as a dictionary each time was a
    /// noticeable part of drawing a dashboard frame.
    public static func now() -> Timestamp {
        now(pinned: getenv("SAMEN_NOW").map { String(cString: $0) })
    }

    private static func now(pinned: String?) -> Timestamp {
        if let pinned, let at = Timestamp(iso: pinned) { return at }
        return Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
    }

    public var day: Day { Day(daysSinceEpoch: Int32(clamping: floorDiv(secondsSinceEpoch, 86_400))) }

    /// `2026-11-22T09:30:00Z`
    public var iso: String {
        let secs = secondsSinceEpoch - Int64(day.daysSinceEpoch) * 86_400
        let h = secs / 3600, m = secs / 60 % 60, s = secs % 60
        func p(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(day.iso)T\(p(h)):\(p(m)):\(p(s))Z"
    }

    public init?(iso text: String) {
        guard text.count == 20, text.hasSuffix("Z"), let day = Day(iso: String(text.prefix(10))) else { return nil }
        let t = text.dropFirst(11).dropLast().split(separator: ":")
        guard t.count == 3, let h = Int64(t[0]), let m = Int64(t[1]), let s = Int64(t[2]),
              (0..<24).contains(h), (0..<60).contains(m), (0..<60).contains(s) else { return nil }
        secondsSinceEpoch = Int64(day.daysSinceEpoch) * 86_400 + h * 3600 + m * 60 + s
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.secondsSinceEpoch < b.secondsSinceEpoch }
    public var description: String { iso }
}

func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
