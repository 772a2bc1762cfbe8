import SamenCore

/// A plain text table for list commands: columns sized by display width, data
/// sanitised, the last column left ragged so lines don't end in spaces.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns whose content is right-aligned (numbers, money).
    var rightAligned: Set<Int> = []
    var maxWidth: [Int: Int] = [:]

    init(_ headers: String...) { self.headers = headers }
    /// For tables whose columns are counted at run time (one per week).
    init(_ headers: [String]) { self.headers = headers }

    mutating func add(_ cells: String...) { add(cells) }
    mutating func add(_ cells: [String]) { rows.append(cells.map(TerminalText.sanitise)) }

    func render() -> String {
        var widths = headers.map(DisplayWidth.of)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        for (i, w) in maxWidth { widths[i] = min(widths[i], w) }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                let last = i == cells.count - 1
                let fitted = DisplayWidth.fit(cell, widths[i], pad: !last || rightAligned.contains(i))
                if rightAligned.contains(i) {
                    let w = DisplayWidth.of(cell)
                    parts.append(w < widths[i] ? String(repeating: " ", count: widths[i] - w) + cell : fitted)
                } else {
                    parts.append(fitted)
                }
            }
            var s = parts.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }
}
