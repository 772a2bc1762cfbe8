/// What a cell means, not how it looks: the theme decides the colours.
/// Panes say `.selection` or `.overbooked`; a theme (or `NO_COLOR`) turns
/// that into curses attributes, and tests can read meanings off the canvas.
public enum StyleRole: String, CaseIterable, Sendable {
    case normal, dim, bold, title, header
    case tab, tabActive, statusBar, statusKey, message, error, warning, success
    case selection, selectionInactive, border, label, input, inputActive, placeholder
    case free, busy, full, overbooked, tentative, needsWork, left, accent
}

/// A theme's description of one role: colours by name or number, plus attributes.
public struct CellStyle: Equatable, Sendable {
    public var foreground: TermColor?
    public var background: TermColor?
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false
    public var italic = false

    public init(foreground: TermColor? = nil, background: TermColor? = nil, bold: Bool = false, dim: Bool = false,
                reverse: Bool = false, underline: Bool = false, italic: Bool = false) {
        self.foreground = foreground; self.background = background; self.bold = bold; self.dim = dim
        self.reverse = reverse; self.underline = underline; self.italic = italic
    }
}

/// A terminal colour: one of the 8 basic ones, a 256-colour index, or true colour.
public enum TermColor: Equatable, Sendable, Hashable {
    case basic(Int)          // 0-7 (black, red, green, yellow, blue, magenta, cyan, white), +8 bright
    case indexed(Int)        // 0-255
    case rgb(UInt8, UInt8, UInt8)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses "red", "bright-blue", "208", "#ff8800".
    public init?(_ text: String) {
        let t = text.lowercased()
        if let i = Self.names.firstIndex(of: t) { self = .basic(i); return }
        if t.hasPrefix("bright-"), let i = Self.names.firstIndex(of: String(t.dropFirst(7))) { self = .basic(i + 8); return }
        if let n = Int(t), (0...255).contains(n) { self = .indexed(n); return }
        if t.hasPrefix("#"), t.count == 7, let v = UInt32(t.dropFirst(), radix: 16) {
            self = .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)); return
        }
        return nil
    }

    /// The nearest colour a terminal with `colors` colours can show, so a
    /// true-colour theme degrades sensibly on an 8-colour terminal.
    public func mapped(toPalette colors: Int) -> Int {
        switch self {
        case let .basic(i): return colors >= 16 ? i : i % 8
        case let .indexed(i):
            if colors >= 256 || i < colors { return i }
            let (r, g, b) = Self.rgbOfIndex(i)
            return Self.nearestBasic(r, g, b, colors: colors)
        case let .rgb(r, g, b):
            if colors >= 256 { return Self.nearest256(r, g, b) }
            return Self.nearestBasic(Int(r), Int(g), Int(b), colors: colors)
        }
    }

    static func rgbOfIndex(_ i: Int) -> (Int, Int, Int) {
        if i < 16 {
            let base = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229)]
            let c = base[i % 8]
            return i >= 8 ? (min(255, c.0 + 50), min(255, c.1 + 50), min(255, c.2 + 50)) : c
        }
        if i >= 232 { let v = 8 + (i - 232) * 10; return (v, v, v) }
        let n = i - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[n / 36], steps[(n / 6) % 6], steps[n % 6])
    }

    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        var best = 0, bestDistance = Int.max
        for i in 16..<256 {
            let (cr, cg, cb) = rgbOfIndex(i)
            let d = (cr - Int(r)) * (cr - Int(r)) + (cg - Int(g)) * (cg - Int(g)) + (cb - Int(b)) * (cb - Int(b))
            if d < bestDistance { bestDistance = d; best = i }
        }
        return best
    }

    static func nearestBasic(_ r: Int, _ g: Int, _ b: Int, colors: Int) -> Int {
        var best = 0, bestDistance = Int.max
        for i in 0..<min(colors >= 16 ? 16 : 8, 16) {
            let (cr, cg, cb) = rgbOfIndex(i)
            let d = (cr - r) * (cr - r) + (cg - g) * (cg - g) + (cb - b) * (cb - b)
            if d < bestDistance { bestDistance = d; best = i }
        }
        return best
    }
}
