import Foundation

extension Decision {
    /// The decision log's note in the person's language. The notes the rules
    /// write ("brought in by eric", "Eva on the team, 16 h/wk, …") are stored
    /// in English, as data; a Dutch screen says them in Dutch. A note a
    /// person typed is shown as typed.
    public var shownNote: String {
        guard Language.current == .nl else { return note }
        return DecisionNoteWords.dutch(note)
    }
}

enum DecisionNoteWords {
    static let whole: [String: String] = [
        "came to the collective": "kwam binnen bij het collectief",
        "every skill required again": "alle vaardigheden weer vereist",
        "does not fit our vision or expertise": "past niet bij onze visie of expertise",
        "not likely to succeed": "kans van slagen te klein",
        "no capacity": "geen capaciteit",
        "client or terms": "klant of voorwaarden",
        "other": "anders",
    ]

    static func dutch(_ note: String) -> String {
        if let nl = whole[note] { return nl }
        // A decline reason with the person's own words after it.
        for (en, nl) in whole where note.hasPrefix(en + ": ") { return nl + note.dropFirst(en.count) }
        if note.hasPrefix("lead: ") { return "trekker: " + note.dropFirst(6) }
        if note.hasPrefix("lead changed from "), let r = note.range(of: " to ") {
            return "trekker was \(note[note.index(note.startIndex, offsetBy: 18)..<r.lowerBound]), nu \(note[r.upperBound...])"
        }
        if note.hasPrefix("brought in by ") { return "binnengebracht door " + note.dropFirst(14) }
        if note.hasPrefix("optional skills: ") { return "optionele vaardigheden: " + note.dropFirst(17) }
        if note.hasPrefix("edited: ") { return "gewijzigd: " + ChangeSummary.dutchChanges(String(note.dropFirst(8))) }
        if note.hasPrefix("hired "), let r = note.range(of: " from outside: ") {
            return "\(note[note.index(note.startIndex, offsetBy: 6)..<r.lowerBound]) van buiten ingehuurd: \(note[r.upperBound...])"
        }
        if note.hasSuffix(" off the team") { return note.dropLast(13) + " uit het team" }
        // "Eva on the team, 16 h/wk, 2026-12-07..2026-12-20"; "Eva from 8 to 16 h/wk, …".
        if let r = note.range(of: " on the team, ") { return note[..<r.lowerBound] + " in het team, " + hoursAndRange(note[r.upperBound...]) }
        if let f = note.range(of: " from "), let to = note.range(of: " to ", range: f.upperBound..<note.endIndex),
           let h = note.range(of: " h/wk, ", range: to.upperBound..<note.endIndex) {
            return "\(note[..<f.lowerBound]) van \(Decimal1.localised(String(note[f.upperBound..<to.lowerBound]))) naar "
                + hoursAndRange(note[to.upperBound...])
        }
        return note
    }

    /// "16 h/wk, 2026-12-07..2026-12-20" as "16 u/wk, 07-12-2026 t/m 20-12-2026".
    static func hoursAndRange(_ text: Substring) -> String {
        guard let h = text.range(of: " h/wk, ") else { return String(text) }
        let hours = Decimal1.localised(String(text[..<h.lowerBound]))
        let rest = text[h.upperBound...]
        let days = rest.components(separatedBy: "..")
        if days.count == 2, let a = Day(iso: days[0]), let b = Day(iso: days[1]) {
            return "\(hours) u/wk, \(a.shown) t/m \(b.shown)"
        }
        return "\(hours) u/wk, \(rest)"
    }
}
