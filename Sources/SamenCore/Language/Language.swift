import Foundation

/// The language Samen speaks to the person at the terminal: Dutch, the
/// language of both networks it is built from, or English.
///
/// Chosen once when a process starts (`--lang`, then the config file's
/// `language`, then `LC_ALL`, `LC_MESSAGES` and `LANG`, as gettext reads
/// them) and read wherever words are chosen. Only words follow it: `--json`,
/// CSV headers, the hledger journal and the data files stay English, since
/// scripts and accountants read them.
public enum Language: String, CaseIterable, Sendable {
    case en, nl

    /// The process's language, set before anything is shown. Written once
    /// at start, read from any thread after.
    nonisolated(unsafe) private static var chosen: Language = .en

    /// A language for one stretch of work on this task (a test that draws a
    /// screen in Dutch while another draws it in English, in parallel).
    @TaskLocal public static var scoped: Language?

    /// What the words shown now are in.
    public static var current: Language { scoped ?? chosen }

    /// Sets the process's language; called once, before the first word.
    public static func choose(_ language: Language) { chosen = language }

    /// The language a locale's name says, whether or not the machine has
    /// that locale: `nl_NL.UTF-8`, `nl_BE`, `nl` are Dutch; `en_GB.UTF-8`,
    /// `C`, `POSIX` and `C.UTF-8` English. Nil for a language Samen does not
    /// speak (it then falls back to English).
    public static func named(byLocale name: String) -> Language? {
        let lowered = name.lowercased()
        if lowered == "c" || lowered == "posix" || lowered.hasPrefix("c.") { return .en }
        let code = lowered.prefix { $0.isLetter }
        switch code {
        case "nl", "dutch", "nederlands": return .nl
        case "en", "english", "engels": return .en
        default: return nil
        }
    }

    /// `--lang` and the config file's `language`: `nl`, `en`, `nederlands`,
    /// `english`, or a locale name.
    public static func parse(_ text: String) -> Language? {
        named(byLocale: text.trimmingCharacters(in: .whitespaces))
    }

    /// The language the environment asks for, as gettext decides for
    /// messages: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set
    /// and not empty. `LANGUAGE` (a list) is read first when one of those
    /// names a real language, since GNU programs do the same.
    public static func fromEnvironment(_ environment: [String: String]) -> Language? {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let locale else { return nil }
        if locale != "C" && locale != "POSIX", let list = environment["LANGUAGE"], !list.isEmpty {
            for part in list.split(separator: ":") { if let l = named(byLocale: String(part)) { return l } }
        }
        return named(byLocale: locale)
    }
}

/// Words with an English and a Dutch text, named by a case of an enum so a
/// missing translation does not compile: each catalogue (`MembersWords`,
/// `Refusal`, …) switches over all its cases once per language.
public protocol Phrase: Sendable {
    var en: String { get }
    var nl: String { get }
}

extension Phrase {
    /// The text in the language shown now.
    public var text: String {
        switch Language.current {
        case .en: en
        case .nl: nl
        }
    }

    /// The text in `language`, with the days and numbers in it written as
    /// that language writes them too.
    public func text(in language: Language) -> String {
        Language.$scoped.withValue(language) { text }
    }
}

/// "1 member" or "3 members": the form for one, else the form for others
/// (`#` stands for the number). Dutch and English both have these two forms.
public func plural(_ n: Int, _ one: String, _ other: String) -> String {
    (n == 1 ? one : other).replacingOccurrences(of: "#", with: String(n))
}
