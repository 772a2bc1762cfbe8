/// Comma-separated values as RFC 4180 writes them, for an accountant's
/// spreadsheet: a header row, CRLF line ends, a field quoted when it holds a
/// comma, a quote or a line break (quotes doubled inside).
///
/// Text from data is a spreadsheet's way in: a cell starting with `=`, `+`,
/// `-` or `@` (or a tab or carriage return) is run as a formula by Excel and
/// LibreOffice ("CSV injection"), so such text gets a leading `'`. Numbers
/// Samen writes itself (amounts, ids) are not text and are never prefixed.
/// Escape sequences and other controls are dropped, so the file can be shown
/// on a terminal; line breaks in notes are kept, quoted.
public struct CSVTable: Sendable {
    public enum Cell: Sendable, Equatable {
        /// Written by Samen: an amount, an id, a date. Never prefixed.
        case number(String)
        /// From data: guarded against formulas and controls.
        case text(String)
    }

    public private(set) var header: [String]
    public private(set) var rows: [[Cell]] = []

    public init(header: [String]) { self.header = header }

    public mutating func add(_ row: [Cell]) {
        precondition(row.count == header.count, "a CSV row needs \(header.count) cells, got \(row.count)")
        rows.append(row)
    }

    public var text: String {
        var out = ""
        out += header.map(Self.quoted).joined(separator: ",") + "\r\n"
        for row in rows {
            var first = true
            for cell in row {
                if !first { out += "," }
                first = false
                switch cell {
                case .number(let n): out += Self.quoted(n)
                case .text(let t): out += Self.quoted(Self.guarded(t))
                }
            }
            out += "\r\n"
        }
        return out
    }

    /// An amount as a spreadsheet reads it whatever its locale settings for
    /// import: `1234.56`, `-0.05`; no thousands separator, a point for the
    /// decimal mark, always two decimals.
    public static func amount(_ m: Money) -> Cell {
        let magnitude = m.cents.magnitude
        let rest = magnitude % 100
        return .number((m.cents < 0 ? "-" : "") + String(magnitude / 100) + "." + (rest < 10 ? "0" : "") + String(rest))
    }

    /// A rate in basis points as a percentage: 1500 -> `15.00`.
    public static func percent(_ basisPoints: Int64) -> String {
        let magnitude = basisPoints.magnitude, rest = magnitude % 100
        return (basisPoints < 0 ? "-" : "") + String(magnitude / 100) + "." + (rest < 10 ? "0" : "") + String(rest)
    }

    static func guarded(_ text: String) -> String {
        var clean = String.UnicodeScalarView()
        for s in text.unicodeScalars where s == "\n" || s == "\r" || s == "\t" || !TerminalText.isUnsafe(s) { clean.append(s) }
        let t = String(clean)
        if let f = t.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(f) { return "'" + t }
        return t
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        var out = "\""
        for ch in field { out.append(ch); if ch == "\"" { out.append("\"") } }
        return out + "\""
    }
}
