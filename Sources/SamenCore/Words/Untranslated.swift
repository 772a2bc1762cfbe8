/// Words that are the same in both languages: a message no person is meant
/// to read (a check of the demo builder's own data), or text that is data.
struct Untranslated: Phrase {
    let en: String
    var nl: String { en }
    init(_ text: String) { en = text }
}

/// Words of a catalogue put in front of or behind other words, where a
/// refusal is said in parts (the option or field it is about, then why).
struct Joined: Phrase {
    let parts: [any Phrase]
    let separator: String
    init(_ parts: [any Phrase], separator: String = "") { self.parts = parts; self.separator = separator }
    var en: String { parts.map(\.en).joined(separator: separator) }
    var nl: String { parts.map(\.nl).joined(separator: separator) }
}
