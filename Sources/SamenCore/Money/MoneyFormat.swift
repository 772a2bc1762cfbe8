/// How amounts are written for people.
public enum MoneyStyle: String, JSONEnum {
    /// Dutch: `€ 1.234,56`, `€ -1.234,56`.
    case nl
    /// English: `€1,234.56`, `-€1,234.56`.
    case en
}

extension Money {
    public func format(_ style: MoneyStyle, symbol: Bool = true) -> String {
        let magnitude = cents.magnitude
        let euros = magnitude / 100, rest = magnitude % 100
        let (group, decimal): (Character, Character) = style == .nl ? (".", ",") : (",", ".")
        var digits = String(euros)
        var grouped = ""
        while digits.count > 3 {
            grouped = String(group) + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let number = grouped + String(decimal) + (rest < 10 ? "0" : "") + String(rest)
        let minus = cents < 0 ? "-" : ""
        guard symbol else { return minus + number }
        switch style {
        case .nl: return "€ " + minus + number
        case .en: return minus + "€" + number
        }
    }

    /// Reads an amount as a person types it: `1234.56`, `1.234,56`,
    /// `1,234.56`, `1234,5`, `€ 12`, `-3,00`.
    ///
    /// A lone separator followed by one or two digits is the decimal mark;
    /// followed by exactly three digits it is ambiguous (`1.234` or `1,234`)
    /// and read as a thousands separator only when grouping is consistent.
    /// Anything else (`12,3,4`, `1.000.00`, `1.2.3`) is refused with the reason.
    public static func parse(_ input: String) throws -> Money {
        var text = input.trimmingSpaces()
        func fail(_ reason: MoneyWords) -> MoneyError { .unparsable(input, reason: reason) }
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        if text.hasPrefix("€") { text.removeFirst(); text = text.trimmingSpaces() }
        if !negative, text.hasPrefix("-") { negative = true; text.removeFirst() }
        guard !text.isEmpty else { throw fail(.noNumber) }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else {
            throw fail(.onlyDigits)
        }
        var integerPart = text, fraction = ""
        if let last = text.lastIndex(where: { $0 == "." || $0 == "," }) {
            let mark = text[last]
            let after = text[text.index(after: last)...]
            let before = String(text[..<last])
            let others = before.filter { $0 == "." || $0 == "," }
            let decimalMark: Bool
            if others.isEmpty {
                // A single separator: with one or two digits after it, it is the
                // decimal mark ("12,5", "1234.56"); with exactly three it groups
                // thousands ("1.234" and "1,234" both mean 1234 euros).
                guard after.count <= 3, !after.isEmpty else { throw fail(.twoDigitsAfterMark) }
                decimalMark = after.count <= 2
            } else {
                // Several separators: the last one is the decimal mark only if it
                // differs from the grouping mark ("1.234,56"); otherwise all are grouping ("1.234.567").
                decimalMark = others.allSatisfy { $0 != mark }
                if !decimalMark && !others.allSatisfy({ $0 == mark }) { throw fail(.mixedSeparators) }
                if decimalMark && Set(others).count > 1 { throw fail(.mixedThousands) }
            }
            if decimalMark {
                guard !after.isEmpty, after.count <= 2 else { throw fail(.twoDigitsAfterMark) }
                integerPart = before
                fraction = String(after)
                if !others.isEmpty { integerPart = try Self.ungroup(before, mark: others.first!, fail: fail) }
            } else {
                integerPart = try Self.ungroup(text, mark: mark, fail: fail)
            }
        }
        guard !integerPart.isEmpty || !fraction.isEmpty else { throw fail(.noNumber) }
        guard integerPart.count <= 15 else { throw fail(.tooLarge) }
        let euros = Int64(integerPart.isEmpty ? "0" : integerPart)!
        var cents = Int64(fraction.isEmpty ? "0" : fraction)!
        if fraction.count == 1 { cents *= 10 }
        let total = euros * 100 + cents
        return Money(cents: negative ? -total : total)
    }

    static func ungroup(_ text: String, mark: Character, fail: (MoneyWords) -> MoneyError) throws -> String {
        let groups = text.split(separator: mark, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
            throw fail(.groupsOfThree("\(mark)"))
        }
        return groups.joined()
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
