/// Text that goes into an hledger journal, made safe: what comes from data
/// (payees, notes, names, categories) must never start a comment, end a
/// line, open a virtual posting or fake a tag, and amounts are written from
/// cents, never through a floating-point number.
enum JournalText {
    /// `€ 1.234,56`, `€ -1.234,56`: the Dutch format the journal declares
    /// with `decimal-mark ,` and `commodity € 1.000,00`.
    static func amount(_ m: Money) -> String { m.format(.nl) }

    /// One line of free text for a transaction's description: no line
    /// breaks or tabs (they would end the transaction line), no controls or
    /// escape sequences, no `;` (it would start a comment and swallow the
    /// rest), no `|` (hledger splits payee from note at the first one), no
    /// leading or doubled spaces.
    static func descriptionPart(_ text: String) -> String {
        if isPlain(text) { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            if s.properties.isWhitespace || TerminalText.isUnsafe(s) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            switch s {
            case ";": out.append(",")
            case "|": out.append("/")
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Printable ASCII without `;`, `|`, and with single spaces between
    /// words: most payees and notes, returned as they are without a copy.
    static func isPlain(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for b in text.utf8 {
            guard b >= 0x20, b < 0x7F, b != UInt8(ascii: ";"), b != UInt8(ascii: "|") else { return false }
            if b == 0x20 && previous == 0x20 { return false }
            previous = b
        }
        return previous != 0x20 || text.isEmpty
    }

    /// `payee | note`, hledger's way of telling the two apart.
    static func description(payee: String, note: String) -> String {
        let p = descriptionPart(payee), n = descriptionPart(note)
        if p.isEmpty { return n.isEmpty ? "-" : n }
        return n.isEmpty ? p : p + " | " + n
    }

    /// A comment line's text: as a description, and without `:`, which
    /// would make the word before it a tag.
    static func comment(_ text: String) -> String {
        String(descriptionPart(text).map { $0 == ":" ? "-" : $0 })
    }

    /// A tag's value ends at a comma or the end of the line.
    static func tagValue(_ text: String) -> String {
        String(ChartOfAccounts.component(text).map { $0 == "," ? "-" : $0 })
    }
}
