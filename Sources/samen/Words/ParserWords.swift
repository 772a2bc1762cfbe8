import SamenCore

/// swift-argument-parser's own words around a command's help and usage
/// errors ("USAGE:", "Show help information.", "Unknown option"), which it
/// writes in English only. In Dutch they are put in Dutch after it has made
/// its text; the command's own words (abstracts, options) come from the
/// catalogues already in the chosen language.
enum ParserWords {
    /// Whole phrases first, then the headings; each only where the parser
    /// writes it (a heading at the start of a line), so a command's own text
    /// that happens to hold the same English is left alone.
    static let dutch: [(String, String)] = [
        ("Show help information.", "Toon deze hulp."),
        ("Show the version.", "Toon de versie."),
        ("for detailed help.", "voor uitgebreide hulp."),
        ("for more information.", "voor meer uitleg."),
        ("  See 'samen", "  Zie 'samen"),
        (" (default)  ", " (standaard)"),
        (" (default)", " (standaard)"),
        ("<subcommand>", "<subcommando>"),
        ("Error: Unknown option", "Fout: onbekende optie"),
        ("Error: Unexpected argument", "Fout: onverwacht argument"),
        ("Error: Missing expected argument", "Fout: argument ontbreekt:"),
        ("Error: Missing value for", "Fout: waarde ontbreekt voor"),
        ("Error: The value", "Fout: de waarde"),
        ("is invalid for", "is ongeldig voor"),
        (" is required", " is verplicht"),
        ("Error: ", "Fout: "),
    ]

    static let headings: [(String, String)] = [
        ("OVERVIEW:", "OVERZICHT:"),
        ("USAGE:", "GEBRUIK:"),
        ("Usage:", "Gebruik:"),
        ("OPTIONS:", "OPTIES:"),
        ("ARGUMENTS:", "ARGUMENTEN:"),
        ("SUBCOMMANDS:", "SUBCOMMANDO'S:"),
    ]

    /// The parser's message in the language shown now.
    static func localised(_ message: String) -> String {
        guard Language.current == .nl else { return message }
        var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for i in lines.indices {
            for (en, nl) in headings where lines[i].hasPrefix(en) {
                lines[i] = nl + lines[i].dropFirst(en.count)
            }
            for (en, nl) in dutch where lines[i].contains(en) {
                lines[i] = lines[i].replacingOccurrences(of: en, with: nl)
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// What `--lang` and the config file's `language` say when they are wrong.
enum LanguageWords: Phrase {
    case warning
    case flagNeedsValue
    case unknownFlag(String)
    case badConfig(file: String, line: Int)

    var en: String {
        switch self {
        case .warning: "warning"
        case .flagNeedsValue: "--lang needs a language: nl or en"
        case let .unknownFlag(value): "--lang \(value): Samen speaks nl (Nederlands) and en (English); using the environment's"
        case let .badConfig(file, line): "\(file):\(line): language: expected \"nl\" or \"en\" in double quotes; using the environment's"
        }
    }

    var nl: String {
        switch self {
        case .warning: "waarschuwing"
        case .flagNeedsValue: "--lang wil een taal: nl of en"
        case let .unknownFlag(value): "--lang \(value): Samen spreekt nl (Nederlands) en en (English); de taal van je omgeving wordt gebruikt"
        case let .badConfig(file, line): "\(file):\(line): language: verwacht \"nl\" of \"en\" tussen dubbele aanhalingstekens; de taal van je omgeving wordt gebruikt"
        }
    }
}
