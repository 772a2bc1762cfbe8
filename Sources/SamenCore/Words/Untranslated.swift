/// Words that are the same in both languages: a message no person is meant
/// to read (a check of the demo builder's own data), or text that is data.
struct Untranslated: Phrase {
    let en: String
    var nl: String { en }
    init(_ text: String) { en = text }
}
