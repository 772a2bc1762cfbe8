/// How many terminal columns text takes, so tables line up with Zoë, Çelik and 李.
///
/// Counts grapheme clusters: combining accents and zero-width joiners add
/// nothing, East Asian wide and fullwidth characters and most emoji take two
/// columns. Swift's standard library has no East Asian Width property, and
/// wcwidth(3) depends on the process locale, so the ranges are kept here.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        // Printable ASCII (controls take no column, as below).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        // Most text that is not ASCII is accented Latin, punctuation and
        // symbols (é, ·, €, –, …): each scalar its own grapheme of one column
        // (or none, for controls). Splitting into graphemes is several times
        // slower, and every string drawn is measured; only text with scalars
        // that may join or widen goes that way.
        var width = 0
        for s in text.unicodeScalars {
            guard isStandalone(s.value) else {
                width = 0
                for ch in text { width += of(ch) }
                return width
            }
            width += Self.width(of: s)
        }
        return width
    }

    /// A scalar that is a whole grapheme whatever stands beside it, and one
    /// column wide (or none): not a combining mark, joiner, variation
    /// selector, Hangul jamo, regional indicator, emoji or East Asian text.
    static func isStandalone(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }
        guard (0x2010...0x2BFF).contains(v) else { return false }
        if (0x2028...0x202E).contains(v) || (0x2060...0x206F).contains(v) || (0x20D0...0x20FF).contains(v) { return false }
        return !isWide(v)
    }

    public static func of(_ ch: Character) -> Int {
        guard let first = ch.unicodeScalars.first else { return 0 }
        if ch.unicodeScalars.count > 1, ch.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }  // emoji presentation
        return width(of: first)
    }

    public static func width(of s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(v) { return 2 }
        return 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD,
             0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0,
             0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF,
             0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
             0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Cuts `text` to at most `columns` columns, ending in "…" when cut, and
    /// pads it with spaces to exactly `columns` when `pad` is set.
    public static func fit(_ text: String, _ columns: Int, pad: Bool = true, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        // Printable ASCII: a column a byte, cut without splitting graphemes.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let n = text.utf8.count
            if n <= columns { return pad ? text + String(repeating: " ", count: columns - n) : text }
            let keep = max(0, columns - of(ellipsis))
            let cut = String(decoding: text.utf8.prefix(keep), as: UTF8.self) + ellipsis
            let used = keep + of(ellipsis)
            return pad && used < columns ? cut + String(repeating: " ", count: columns - used) : cut
        }
        let w = of(text)
        if w <= columns { return pad ? text + String(repeating: " ", count: columns - w) : text }
        var out = "", used = 0
        let limit = columns - of(ellipsis)
        for ch in text {
            let cw = of(ch)
            if used + cw > limit { break }
            out.append(ch); used += cw
        }
        out += ellipsis; used += of(ellipsis)
        return pad && used < columns ? out + String(repeating: " ", count: columns - used) : out
    }
}
