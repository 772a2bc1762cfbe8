import Foundation

/// A day as people type it, in Dutch or English (issue 15): the ISO form
/// every file uses, the day-month-year order Dutch people write
/// (`31-12-2026`, `31-12`, also with `/`), and words relative to today
/// (`vandaag`/`today`, `morgen`/`tomorrow`, `gisteren`/`yesterday`,
/// a weekday `ma`/`mon`/`maandag`/`monday` for the next such day, today
/// included, and `volgende week`/`next week` for next week's Monday).
///
/// Both languages' words are taken whatever the language shown: a Dutch
/// member at an English terminal still writes `morgen`. Only this reads
/// them; the range check stays `Limits.day`'s.
public enum DayInput {
    /// The day `text` names, or nil when it names none; `today` is what the
    /// relative words count from. Years outside 1-9999 read as nil.
    public static func parse(_ text: String, today: Day) -> Day? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let d = Day(isoAnyYear: t) { return d }
        if let d = dayMonthYear(t, today: today) { return d }
        let words = t.split(whereSeparator: { $0 == " " }).joined(separator: " ")
        switch words {
        case "vandaag", "today": return today
        case "morgen", "tomorrow": return today.advanced(by: 1)
        case "gisteren", "yesterday": return today.advanced(by: -1)
        case "volgende week", "next week": return today.advanced(by: 8 - today.weekday)
        default: break
        }
        if let w = weekdays[words] { return today.advanced(by: (w - today.weekday + 7) % 7) }
        return nil
    }

    /// ISO weekday (1 = Monday) of each name, short and long, in both languages.
    static let weekdays: [String: Int] = {
        let names: [[String]] = [
            ["ma", "maandag", "mon", "monday"], ["di", "dinsdag", "tue", "tuesday"], ["wo", "woensdag", "wed", "wednesday"],
            ["do", "donderdag", "thu", "thursday"], ["vr", "vrijdag", "fri", "friday"], ["za", "zaterdag", "sat", "saturday"],
            ["zo", "zondag", "sun", "sunday"],
        ]
        var out: [String: Int] = [:]
        for (i, list) in names.enumerated() { for n in list { out[n] = i + 1 } }
        return out
    }()

    /// `31-12-2026`, `31-12` (this year), `1/2/2027`: day first, as in Dutch.
    static func dayMonthYear(_ t: String, today: Day) -> Day? {
        let parts = t.split(separator: t.contains("/") ? "/" : "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count <= 2, parts[1].count <= 2, let d = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        var y = today.year
        if parts.count == 3 {
            guard parts[2].count == 4, let year = Int(parts[2]) else { return nil }
            y = year
        }
        guard (1...12).contains(m), (1...Day.daysIn(month: m, year: y)).contains(d), (1...9999).contains(y) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// How a refusal says what a date can be.
    public static let forms = "a date like 31-12-2026, 2026-12-31, tomorrow or mon"
}
