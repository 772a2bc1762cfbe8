/// Text pasted in the terminal, made fit for the field it goes into. A paste
/// is text, never keys: its line breaks are not Enter (which would save half
/// a form) and its letters are not commands.
enum PastedText {
    /// The most one paste brings: no field holds more (a pitch or a note is
    /// at most 10,000 characters), and the rest is not read into memory.
    static let maximum = 10_000

    /// For a field of one line or a filter: line breaks and tabs become
    /// spaces, other control characters are dropped.
    static func oneLine(_ text: String) -> String { clean(text, keepingLineBreaks: false) }

    /// For a field of several lines (a Share pitch): line breaks are kept.
    static func paragraph(_ text: String) -> String { clean(text, keepingLineBreaks: true) }

    private static func clean(_ text: String, keepingLineBreaks: Bool) -> String {
        var out = String.UnicodeScalarView()
        var count = 0
        for s in text.unicodeScalars {
            guard count < maximum else { break }
            switch s.value {
            case 10, 13: out.append(keepingLineBreaks ? "\n" : " ")
            case 9: out.append(" ")
            case 0..<32, 127, 0x80..<0xA0: continue
            default: out.append(s)
            }
            count += 1
        }
        return String(out)
    }
}
