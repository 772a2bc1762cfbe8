import Foundation
import SamenCore

/// One screen's worth of cells, drawn into by panes and copied to the
/// terminal by a backend (ratatui's buffer, in Swift). Tests read it as text.
public struct Canvas: Sendable {
    public struct Cell: Equatable, Sendable {
        /// The grapheme shown here; "" for the right half of a wide character.
        public var text: String
        public var role: StyleRole

        public static let blank = Cell(text: " ", role: .normal)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Whether line drawing may use Unicode box characters (UTF-8 locale).
    public var unicode: Bool

    public init(width: Int, height: Int, unicode: Bool = true) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.unicode = unicode
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` from column `x` on row `y`, clipped to `maxWidth`
    /// columns and to the canvas. Text is sanitised here, once, so no string
    /// from data can reach the terminal unfiltered. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        // Without UTF-8 the euro sign would be a "?" in front of every amount:
        // written out it stays money (tables that align on it say EUR in their header).
        let shownText = unicode || !text.contains("€") ? text : text.replacingOccurrences(of: "€", with: "EUR")
        let clean = TerminalText.sanitise(shownText)
        // Printable ASCII, most of what is drawn: a column a byte, without
        // splitting the text into graphemes (the most of a frame's time).
        if clean.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            for byte in clean.utf8 {
                if col + 1 > limit { break }
                if col >= 0 { cells[y * width + col] = Cell(text: String(UnicodeScalar(byte)), role: role) }
                col += 1
            }
            return col - x
        }
        return putGraphemes(clean, from: col, x: x, y: y, limit: limit, role: role)
    }

    /// `put` for any text: grapheme by grapheme, wide ones taking two
    /// columns and combining marks joining the cell before.
    mutating func putGraphemes(_ text: String, from start: Int, x: Int, y: Int, limit: Int, role: StyleRole) -> Int {
        var col = start
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 {
                // A lone combining mark joins the previous cell's grapheme.
                if col > x, col - 1 < width, col - 1 >= 0 { cells[y * width + col - 1].text.append(ch) }
                continue
            }
            if col + w > limit { break }
            if col >= 0 {
                // Without a UTF-8 locale a non-ASCII character cannot be shown:
                // a letter with an accent shows as its letter (Anais, associes,
                // partners a 15 %), anything else as a "?" per column, which
                // keeps the columns aligned.
                let shown = unicode || ch.isASCII
                cells[y * width + col] = Cell(text: shown ? String(ch) : Self.asciiLetter(ch), role: role)
                if w == 2 { cells[y * width + col + 1] = Cell(text: shown ? "" : "?", role: role) }
            }
            col += w
        }
        return col - x
    }

    /// A word as a screen without UTF-8 shows it: "Çelik" -> "Celik".
    static func asciiLetters(_ text: String) -> String {
        text.map { $0.isASCII ? String($0) : asciiLetter($0) }.joined()
    }

    /// "é" -> "e", "Ç" -> "C"; "?" for what has no letter under it.
    static func asciiLetter(_ ch: Character) -> String {
        let bare = String(ch).folding(options: .diacriticInsensitive, locale: nil)
        return bare.count == 1 && bare.first!.isASCII && DisplayWidth.of(ch) == 1 ? bare : "?"
    }

    /// Fills a rectangle with spaces of one role (a background, a selection bar).
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, role: StyleRole) {
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) { cells[row * width + col] = Cell(text: " ", role: role) }
        }
    }

    /// Recolours existing cells without changing their text (a selected row).
    public mutating func restyle(x: Int, y: Int, width w: Int, role: StyleRole) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<min(width, x + w) { cells[y * width + col].role = role }
    }

    public mutating func horizontalLine(x: Int, y: Int, width w: Int, role: StyleRole = .border) {
        put(String(repeating: unicode ? "─" : "-", count: max(0, w)), x: x, y: y, role: role, maxWidth: w)
    }

    public mutating func verticalLine(x: Int, y: Int, height h: Int, role: StyleRole = .border) {
        for row in y..<(y + max(0, h)) { put(unicode ? "│" : "|", x: x, y: row, role: role) }
    }

    /// A box outline with an optional title in its top edge.
    public mutating func box(x: Int, y: Int, width w: Int, height h: Int, title: String? = nil, role: StyleRole = .border) {
        guard w >= 2, h >= 2 else { return }
        let (tl, tr, bl, br, hz, vt) = unicode ? ("┌", "┐", "└", "┘", "─", "│") : ("+", "+", "+", "+", "-", "|")
        put(tl + String(repeating: hz, count: w - 2) + tr, x: x, y: y, role: role)
        for row in (y + 1)..<(y + h - 1) {
            put(vt, x: x, y: row, role: role)
            put(vt, x: x + w - 1, y: row, role: role)
        }
        put(bl + String(repeating: hz, count: w - 2) + br, x: x, y: y + h - 1, role: role)
        if let title, w > 4 { put(" \(title) ", x: x + 2, y: y, role: .title, maxWidth: w - 4) }
    }

    /// The screen as text, one line per row, trailing spaces removed: what a
    /// person would read, and what snapshot tests compare.
    public var text: String {
        var lines: [String] = []
        for row in 0..<height {
            var line = ""
            for col in 0..<width { line += cells[row * width + col].text }
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The role of the first cell of row `y` whose text starts `needle`, for
    /// tests that check meaning ("this row is selected").
    public func role(ofText needle: String, onRow y: Int) -> StyleRole? {
        var line = "", starts: [Int] = []
        for col in 0..<width { starts.append(line.count); line += cells[y * width + col].text }
        guard let r = line.range(of: needle) else { return nil }
        let offset = line.distance(from: line.startIndex, to: r.lowerBound)
        guard let col = starts.firstIndex(where: { $0 >= offset }) else { return nil }
        return cells[y * width + col].role
    }
}
