/// Makes text from data safe to show on a terminal.
///
/// Data files are written by people and scripts; a name containing ESC could
/// recolour or clear a colleague's screen, and a bidi override could make a
/// line read differently from what it is. Every string from data passes
/// through here before it reaches the terminal, in the TUI and the command line.
public enum TerminalText {
    /// Replaces C0 and C1 controls, DEL, ESC and bidi controls with a visible
    /// replacement character; turns newlines and tabs into spaces so a record
    /// stays on its row.
    public static func sanitise(_ text: String) -> String {
        // Fast path: plain printable text needs no copy.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\n" || s == "\t" || s == "\r" { out.append(" ") }
            else if isUnsafe(s) { out.append("\u{FFFD}") }
            else { out.append(s) }
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
}
