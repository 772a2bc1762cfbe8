/// Makes text from data safe to show on a terminal.
///
/// Data files are written by people and scripts; a name containing ESC could
/// recolour or clear a colleague's screen, or set their clipboard (OSC 52), and
/// a bidi override could make a line read differently from what it is. Every
/// string from data passes through here before it reaches the terminal, in
/// the TUI and the command line alike.
public enum TerminalText {
    /// One row of text: C0 and C1 controls, DEL, ESC and bidi controls become
    /// a visible replacement character; newlines and tabs become spaces so a
    /// record stays on its row.
    public static func sanitise(_ text: String) -> String { clean(text, keeping: .nothing) }

    /// Text of several lines (a table, a report, a message): each line as
    /// `sanitise` makes it, the line breaks kept.
    public static func sanitiseLines(_ text: String) -> String { clean(text, keeping: .lineBreaks) }

    /// A document a person asked for on stdout (CSV, an hledger journal):
    /// its layout characters (line feed, carriage return, tab) are part of
    /// the format and stay; everything else that steers a terminal goes.
    public static func sanitiseDocument(_ text: String) -> String { clean(text, keeping: .layout) }

    enum Keep { case nothing, lineBreaks, layout }

    static func clean(_ text: String, keeping keep: Keep) -> String {
        // Nearly all text is clean: one pass over the bytes, no copy.
        if isClean(text, keeping: keep) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s {
            case "\n" where keep != .nothing: out.append(s)
            case "\r" where keep == .layout, "\t" where keep == .layout: out.append(s)
            case "\n", "\t", "\r": out.append(" ")
            default: out.append(isUnsafe(s) ? "\u{FFFD}" : s)
            }
        }
        return String(out)
    }

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return true          // C0, DEL, C1 (ESC is 0x1B)
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi controls
        case 0xFFF9...0xFFFB: return true                  // interlinear annotation controls
        default: return false
        }
    }

    static func isClean(_ text: String, keeping keep: Keep) -> Bool {
        if let clean = text.utf8.withContiguousStorageIfAvailable({ isClean($0, keeping: keep) }) { return clean }
        return Array(text.utf8).withUnsafeBufferPointer { isClean($0, keeping: keep) }
    }

    static func isClean(_ u: UnsafeBufferPointer<UInt8>, keeping keep: Keep) -> Bool {
        var i = 0
        while i < u.count {
            let b = u[i]
            if b < 0x20 {
                switch (b, keep) {
                case (0x0A, .lineBreaks), (0x0A, .layout), (0x0D, .layout), (0x09, .layout): i += 1; continue
                default: return false
                }
            }
            if unsafeLength(u, at: i) > 0 { return false }
            i += 1
        }
        return true
    }

    /// The length in bytes of the unsafe scalar (see `isUnsafe`) that starts at
    /// `i` of valid UTF-8, or 0 when the scalar there is safe. Byte patterns
    /// rather than decoding, so writers can check text at the speed of a copy.
    @inline(__always)
    public static func unsafeLength(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = u[i]
        if b < 0x20 || b == 0x7F { return 1 }
        if b < 0xC2 { return 0 }
        let next = i + 1 < u.count ? u[i + 1] : 0
        switch b {
        case 0xC2: return (0x80...0x9F).contains(next) ? 2 : 0                 // C1: U+0080..U+009F
        case 0xD8: return next == 0x9C ? 2 : 0                                 // U+061C
        case 0xE2, 0xEF:
            let third = i + 2 < u.count ? u[i + 2] : 0
            switch (b, next) {
            case (0xE2, 0x80): return third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) ? 3 : 0  // U+200E/F, U+202A..E
            case (0xE2, 0x81): return (0xA6...0xA9).contains(third) ? 3 : 0    // U+2066..U+2069
            case (0xEF, 0xBF): return (0xB9...0xBB).contains(third) ? 3 : 0    // U+FFF9..U+FFFB
            default: return 0
            }
        default: return 0
        }
    }
}
