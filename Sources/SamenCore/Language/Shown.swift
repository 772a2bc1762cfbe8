/// Days, weeks and numbers as the person's language writes them. Only for
/// what is shown: files, `--json` and CSV keep ISO dates and decimal points.

extension Day {
    /// In a table or a line: `2026-12-03` in English, `03-12-2026` in Dutch
    /// (the same ten columns, so no table moves).
    public var shown: String {
        switch Language.current {
        case .en: return iso
        case .nl:
            let (y, m, d) = components
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
            return "\(two(d))-\(two(m))-\(y)"
        }
    }

    /// In a sentence: `2026-12-03` in English, as it always was; `3 dec 2026` in Dutch.
    public var spoken: String {
        switch Language.current {
        case .en: return iso
        case .nl:
            let (y, m, d) = components
            return "\(d) \(Day.dutchMonths[max(0, min(11, m - 1))]) \(y)"
        }
    }

    static let dutchMonths = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
}

extension ISOWeek {
    /// `2026-W49` in English; `wk 49 2026` in Dutch.
    public var shown: String {
        switch Language.current {
        case .en: return iso
        case .nl: return "wk \(week) \(year)"
        }
    }

    /// Without the year, for a column header: `W49`, `wk 49`.
    public var shortShown: String {
        switch Language.current {
        case .en: return "W\(week < 10 ? "0" : "")\(week)"
        case .nl: return "wk \(week)"
        }
    }
}

/// A number with one decimal as the language writes it: `2.5`, `2,5`.
public enum Decimal1 {
    /// `text` with its decimal point made the language's.
    public static func localised(_ text: String) -> String {
        Language.current == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

extension Hours {
    /// `16`, `2.5` in English, `2,5` in Dutch.
    public var shown: String { Decimal1.localised(description) }
}
