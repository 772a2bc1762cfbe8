import Foundation

extension LedgerEntry {
    /// The note as the person's language says it. Notes the rules write
    /// themselves (a contribution on a revenue, a partner's share of the
    /// year's result, a member's part of a shared cost) are stored in
    /// English, as data; in Dutch they are said in Dutch. A note a person
    /// typed is shown as it was typed.
    public var shownNote: String {
        guard Language.current == .nl else { return note }
        return LedgerNoteWords.dutch(note)
    }
}

enum LedgerNoteWords {
    /// `10.0 % of revenue 1001`, `share 2/5 of the 2025 result € 1.234,56`,
    /// `rent nov 2026: 1 of 39 desks`, in Dutch; anything else as it is.
    static func dutch(_ note: String) -> String {
        if let r = note.range(of: " % of revenue "), let _ = Int(note[r.upperBound...]) {
            return note[..<r.lowerBound].replacingOccurrences(of: ".", with: ",") + " % van omzet " + note[r.upperBound...]
        }
        if note.hasPrefix("share "), let of = note.range(of: " of the "), let result = note.range(of: " result ", range: of.upperBound..<note.endIndex) {
            let part = note[note.index(note.startIndex, offsetBy: 6)..<of.lowerBound]
            let year = note[of.upperBound..<result.lowerBound]
            return "aandeel \(part) in het resultaat over \(year) \(note[result.upperBound...])"
        }
        for (unit, dutch) in [(" desks", " werkplekken"), (" members", " leden")] where note.hasSuffix(unit) {
            guard let colon = note.range(of: ": ", options: .backwards), let of = note.range(of: " of ", range: colon.upperBound..<note.endIndex) else { break }
            let weight = note[colon.upperBound..<of.lowerBound], total = note[of.upperBound..<note.index(note.endIndex, offsetBy: -unit.count)]
            guard Int(weight) != nil, Int(total) != nil else { break }
            return "\(note[..<colon.lowerBound]): \(weight) van \(total)\(dutch)"
        }
        return note
    }
}
