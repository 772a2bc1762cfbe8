import Foundation

/// How every `StyleRole` looks: the result of reading a theme file (or the
/// compiled-in default). Every role always has a style, so drawing code never
/// has to ask "what if the theme forgot this one".
public struct Theme: Sendable, Equatable {
    public var name: String
    /// One line shown when listing themes; not used for drawing.
    public var description: String
    public var styles: [StyleRole: CellStyle]

    /// Roles missing from `styles` take the built-in default theme's style,
    /// so a theme can be built (or written) by overriding only a few roles.
    public init(name: String, description: String = "", styles: [StyleRole: CellStyle]) {
        var complete = styles
        for role in StyleRole.allCases where complete[role] == nil {
            complete[role] = Theme.builtinDefault.styles[role]
        }
        self.init(name: name, description: description, complete: complete)
    }

    /// For the compiled-in themes, which must not refer to `builtinDefault`
    /// while it is being built.
    init(name: String, description: String, complete: [StyleRole: CellStyle]) {
        self.name = name; self.description = description; self.styles = complete
    }

    public func style(_ role: StyleRole) -> CellStyle {
        styles[role] ?? Theme.builtinDefault.styles[role] ?? CellStyle()
    }

    /// The same attributes with every colour removed: what `NO_COLOR` asks for.
    public var withoutColours: Theme {
        var copy = self
        for (role, style) in styles {
            var plain = style
            plain.foreground = nil
            plain.background = nil
            copy.styles[role] = plain
        }
        return copy
    }

    /// Whether any role sets a colour (a `NO_COLOR` theme sets none).
    public var usesColour: Bool {
        styles.values.contains { $0.foreground != nil || $0.background != nil }
    }
}

// MARK: - Reading a theme file

extension Theme {
    static let styleKeys = ["fg", "bg", "bold", "dim", "reverse", "underline", "italic"]
    static let colourHelp = "(use a name like \"blue\", a number 0-255 or \"#rrggbb\")"

    /// Reads a theme file; errors name the file, the line and the key.
    public static func load(path: String) throws(ConfigError) -> Theme {
        try parse(TOMLLite.read(path: path), file: path)
    }

    /// Parses theme text. `file` is only used in error messages.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> Theme {
        let document = try TOMLLite.parse(text, file: file)
        func fail(_ line: Int, _ message: String) -> ConfigError { ConfigError(file: file, line: line, message: message) }

        var name: String?, description = ""
        for entry in document.topLevel.entries {
            guard entry.key == "name" || entry.key == "description" else {
                throw fail(entry.line, "unknown key '\(entry.key)' at the top of a theme: only name and description go there, styles go in [role] sections")
            }
            guard case let .string(text) = entry.value else {
                throw fail(entry.line, "\(entry.key): expected text in double quotes, not \(entry.value.written)")
            }
            if entry.key == "name" {
                guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(entry.line, "name: the theme's name is empty") }
                name = text
            } else {
                description = text
            }
        }
        guard let name else { throw fail(1, "the theme has no name: add name = \"...\" at the top of the file") }

        var styles = builtinDefault.styles
        for section in document.sections.dropFirst() {
            guard let role = StyleRole(rawValue: section.name) else {
                throw fail(section.line, "unknown role [\(section.name)]\(suggestion(for: section.name)); the roles are \(StyleRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            styles[role] = try style(of: section, file: file)
        }
        return Theme(name: name, description: description, complete: styles)
    }

    /// "did you mean [tabActive]?" for `[tab-active]` or `[TabActive]`.
    static func suggestion(for name: String) -> String {
        func squash(_ s: String) -> String { s.lowercased().filter { $0 != "-" && $0 != "_" } }
        guard let role = StyleRole.allCases.first(where: { squash($0.rawValue) == squash(name) }) else { return "" }
        return " (did you mean [\(role.rawValue)]?)"
    }

    static func style(of section: TOMLSection, file: String) throws(ConfigError) -> CellStyle {
        var style = CellStyle()
        for entry in section.entries {
            let prefix = "[\(section.name)] \(entry.key): "
            func fail(_ message: String) -> ConfigError { ConfigError(file: file, line: entry.line, message: prefix + message) }
            switch entry.key {
            case "fg", "bg":
                let colour: TermColor?
                switch entry.value {
                case .string("default"): colour = nil
                case let .string(text):
                    guard let c = TermColor(text) else { throw fail("'\(text)' is not a colour \(colourHelp)") }
                    colour = c
                case let .integer(n) where (0...255).contains(n): colour = .indexed(n)
                default: throw fail("\(entry.value.written) is not a colour \(colourHelp)")
                }
                if entry.key == "fg" { style.foreground = colour } else { style.background = colour }
            case "bold", "dim", "reverse", "underline", "italic":
                guard case let .bool(on) = entry.value else { throw fail("expected true or false, not \(entry.value.written)") }
                switch entry.key {
                case "bold": style.bold = on
                case "dim": style.dim = on
                case "reverse": style.reverse = on
                case "underline": style.underline = on
                default: style.italic = on
                }
            default:
                throw fail("unknown key; a role may set \(styleKeys.joined(separator: ", "))")
            }
        }
        return style
    }
}
