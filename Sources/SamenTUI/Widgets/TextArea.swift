import SamenCore

/// Text wrapped into rows for a field that shows all of itself (a Share
/// pitch): at spaces where a row fills, mid-word only for a word longer
/// than a row. Every character stays in a row, so a cursor position maps
/// to a row and column and back. A line break already in the text (from a
/// file or the command line) starts a new row; it is kept, not shown.
struct WrappedText: Equatable {
    /// `start..<end` are the row's characters; `hardBreak`: a line break
    /// follows at `end`, so the next row starts one after it.
    struct Row: Equatable { var start: Int; var end: Int; var hardBreak: Bool }

    private(set) var rows: [Row] = []
    /// Columns of each character, so wide characters wrap and place the cursor right.
    private let widths: [Int]

    /// Rows of at most `width` columns. Spaces where a row breaks stay at
    /// its end (they hang past the edge rather than start the next row).
    init(_ characters: [Character], width: Int) {
        let width = max(1, width)
        widths = characters.map { $0 == "\n" ? 0 : DisplayWidth.of(String($0)) }
        var start = 0, i = 0, used = 0
        // Just after the last space on this row: where it may break.
        var breakAfterSpace: Int?
        while i < characters.count {
            let c = characters[i]
            if c == "\n" {
                rows.append(Row(start: start, end: i, hardBreak: true))
                i += 1; start = i; used = 0; breakAfterSpace = nil
                continue
            }
            if c == " " {
                used += widths[i]; i += 1; breakAfterSpace = i
                continue
            }
            if used + widths[i] > width && i > start {
                let end = breakAfterSpace ?? i
                rows.append(Row(start: start, end: end, hardBreak: false))
                // The broken word is measured again on the next row.
                i = end; start = end; used = 0; breakAfterSpace = nil
                continue
            }
            used += widths[i]; i += 1
        }
        if used > width, let b = breakAfterSpace, b == characters.count, b > start {
            // Spaces typed past the edge: the cursor after them goes to a new row.
            rows.append(Row(start: start, end: b, hardBreak: false))
            start = b
        }
        rows.append(Row(start: start, end: characters.count, hardBreak: false))
    }

    var count: Int { rows.count }

    /// The row the cursor at `position` is drawn on: the end of a wrapped
    /// row is drawn at the start of the next one.
    func row(of position: Int) -> Int {
        for (r, row) in rows.enumerated() where position < row.end || (position == row.end && (row.hardBreak || r == rows.count - 1)) {
            if position >= row.start { return r }
        }
        return rows.count - 1
    }

    /// The column of `position` on its row.
    func column(of position: Int) -> Int {
        let row = rows[row(of: position)]
        return widths[row.start..<min(max(row.start, position), row.end)].reduce(0, +)
    }

    /// The last place the cursor can be on row `r` (before a wrapped row's
    /// last character, which the next row's start stands for).
    func lastPosition(ofRow r: Int) -> Int {
        let row = rows[r]
        return row.hardBreak || r == rows.count - 1 || row.end == row.start ? row.end : row.end - 1
    }

    /// The position on row `r` nearest to `column`.
    func position(row r: Int, column: Int) -> Int {
        let row = rows[r]
        var p = row.start, used = 0
        while p < lastPosition(ofRow: r) && used + widths[p] <= column { used += widths[p]; p += 1 }
        return p
    }
}

/// A TextInput shown as several wrapped lines: the multi-line form field.
/// Typing and the readline keys are TextInput's; this adds moving by line.
/// ↑ ↓ go to the line above or below (aiming for the same column, as
/// editors do); on the first or last line they are left to the owner, so a
/// form moves to the field before or after. Home End (Ctrl-A Ctrl-E) go to
/// the start or end of the line, PgUp PgDn to the start or end of the text.
/// A selected (just entered) value keeps TextInput's meaning: Home and End
/// go to the start or end of all of it.
extension TextInput {
    /// The text as rows for a field `columns` wide: one column is kept free
    /// at the end of every row for the cursor.
    func wrapped(columns: Int) -> WrappedText { WrappedText(characters, width: columns - 1) }

    /// A key in a field of several lines, `columns` wide.
    @discardableResult
    mutating func lineKey(_ key: Key, columns: Int) -> Result {
        let lines = wrapped(columns: columns)
        let row = lines.row(of: cursor)
        switch key {
        case .up, .down:
            let target = key == .up ? row - 1 : row + 1
            guard lines.rows.indices.contains(target) else { return .ignored }
            let goal = goalColumn ?? lines.column(of: cursor)
            let result = move(to: lines.position(row: target, column: goal))
            goalColumn = goal
            return result
        case .home where !selected, .ctrl("a") where !selected:
            goalColumn = nil
            return move(to: lines.rows[row].start)
        case .end where !selected, .ctrl("e") where !selected:
            goalColumn = nil
            return move(to: lines.lastPosition(ofRow: row))
        case .pageUp:
            goalColumn = nil
            return move(to: 0)
        case .pageDown:
            goalColumn = nil
            return move(to: characters.count)
        default:
            goalColumn = nil
            return self.key(key)
        }
    }
}
