import Foundation
import SamenCore
import SamenTUI

/// Which language this run speaks, decided before anything is parsed or
/// shown, so `--help` is in it too: `--lang nl|en` (anywhere on the line),
/// else the config file's `language = "nl"`, else the locale variables
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
enum LanguageChoice {
    struct Resolved {
        var language: Language
        /// The arguments without `--lang`, for swift-argument-parser.
        var arguments: [String]
        var warnings: [LanguageWords]
    }

    static func resolve(arguments: [String], environment: [String: String]) -> Resolved {
        var rest: [String] = [], flag: String?, warnings: [LanguageWords] = []
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { rest += arguments[i...]; break }
            if a == "--lang" {
                if i + 1 < arguments.count { flag = arguments[i + 1]; i += 2; continue }
                warnings.append(.flagNeedsValue)
                i += 1; continue
            }
            if a.hasPrefix("--lang=") { flag = String(a.dropFirst(7)); i += 1; continue }
            rest.append(a)
            i += 1
        }
        if let flag {
            if let l = Language.parse(flag) { return Resolved(language: l, arguments: rest, warnings: warnings) }
            warnings.append(.unknownFlag(flag))
        }
        if let l = fromConfig(environment: environment, warnings: &warnings) { return Resolved(language: l, arguments: rest, warnings: warnings) }
        return Resolved(language: Language.fromEnvironment(environment) ?? .en, arguments: rest, warnings: warnings)
    }

    /// `language = "nl"` in `~/.config/samen/config.toml`, the file that
    /// also names the theme.
    static func fromConfig(environment: [String: String], warnings: inout [LanguageWords]) -> Language? {
        guard let path = ThemeChoice.configFile(environment: environment), FileManager.default.fileExists(atPath: path),
              let document = try? TOMLLite.parse(TOMLLite.read(path: path), file: path),
              let entry = document.topLevel["language"] else { return nil }
        guard case let .string(name) = entry.value, let l = Language.parse(name) else {
            warnings.append(.badConfig(file: path, line: entry.line))
            return nil
        }
        return l
    }
}
