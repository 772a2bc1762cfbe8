import Foundation

/// A problem in a theme or config file, worded for the person who edits it:
/// `Themes/light.toml:12: expected '=' after the key 'fg'`. One type for the
/// TOML layer and the theme layer, so callers print one kind of message.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when the problem is the whole file (it cannot be read).
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file; self.line = line; self.message = message
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// The three kinds of value Samen's files use.
public enum TOMLValue: Equatable, Sendable {
    case string(String), integer(Int), bool(Bool)

    /// The value as it would be written in the file, for messages.
    public var written: String {
        switch self {
        case let .string(s): return "\"\(s)\""
        case let .integer(n): return String(n)
        case let .bool(b): return b ? "true" : "false"
        }
    }
}

/// One `key = value` line, remembering where it was so errors can point at it.
public struct TOMLEntry: Equatable, Sendable {
    public var key: String
    public var value: TOMLValue
    public var line: Int
}

/// A `[name]` section with its entries in file order. The keys before the
/// first header form the top-level section, named "" and on line 0.
public struct TOMLSection: Equatable, Sendable {
    public var name: String
    public var line: Int
    public var entries: [TOMLEntry] = []

    public subscript(key: String) -> TOMLEntry? { entries.first { $0.key == key } }
}

/// A parsed file: `sections[0]` is always the top-level section (maybe empty).
public struct TOMLDocument: Equatable, Sendable {
    public var sections: [TOMLSection]
    public var topLevel: TOMLSection { sections[0] }
    public func section(_ name: String) -> TOMLSection? { sections.dropFirst().first { $0.name == name } }
}

/// A small, strict parser for the part of TOML that themes and the config file
/// need: comments, `[section]`, and `key = "string" | integer | true/false`.
/// Written here rather than pulling in TOMLKit to keep the build small; anything
/// outside the subset is refused by name, never half-understood.
public enum TOMLLite {
    static let unsupported = "not supported in Samen's theme and config files"

    public static func parse(_ text: String, file: String) throws(ConfigError) -> TOMLDocument {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var sections = [TOMLSection(name: "", line: 0)]
        var lineNumber = 0, start = 0
        while start <= scalars.count {
            var end = scalars[start...].firstIndex(of: "\n") ?? scalars.count
            let next = end + 1
            if end > start, scalars[end - 1] == "\r" { end -= 1 }
            lineNumber += 1
            var p = LineParser(chars: Array(scalars[start..<end]), file: file, line: lineNumber)
            try p.parseLine(into: &sections)
            start = next
        }
        return TOMLDocument(sections: sections)
    }

    /// Reads a file as UTF-8 text, with the same kind of error as a parse.
    public static func read(path: String) throws(ConfigError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, line: 0, message: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, line: 0, message: "is not UTF-8 text")
        }
        return text
    }
}

/// Parses one line; a cursor over its Unicode scalars.
private struct LineParser {
    let chars: [Unicode.Scalar]
    let file: String
    let line: Int
    var pos = 0

    init(chars: [Unicode.Scalar], file: String, line: Int) {
        self.chars = chars; self.file = file; self.line = line
    }

    var peek: Unicode.Scalar? { pos < chars.count ? chars[pos] : nil }
    func peek(_ offset: Int) -> Unicode.Scalar? { pos + offset < chars.count ? chars[pos + offset] : nil }
    var atEndOrComment: Bool { peek == nil || peek == "#" }

    func fail(_ message: String) -> ConfigError { ConfigError(file: file, line: line, message: message) }

    mutating func skipSpaces() { while peek == " " || peek == "\t" { pos += 1 } }

    static func isBare(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_")
    }

    mutating func bareName() -> String {
        var s = ""
        while let c = peek, Self.isBare(c) { s.unicodeScalars.append(c); pos += 1 }
        return s
    }

    /// The rest of the line up to a comment, for quoting in messages.
    var rest: String {
        var s = ""
        for c in chars[pos...] { if c == "#" { break }; s.unicodeScalars.append(c) }
        return s.trimmingCharacters(in: .whitespaces)
    }

    mutating func parseLine(into sections: inout [TOMLSection]) throws(ConfigError) {
        skipSpaces()
        if atEndOrComment { return }
        if peek == "[" { return try parseHeader(into: &sections) }
        if peek == "\"" || peek == "'" { throw fail("quoted keys are \(TOMLLite.unsupported); write the key bare, like fg") }
        let key = bareName()
        if key.isEmpty {
            throw fail("expected a key (letters, digits, '-' and '_') or a [section], found '\(rest)'")
        }
        skipSpaces()
        if peek == "." { throw fail("dotted keys like '\(key).\(bareName(after: 1))' are \(TOMLLite.unsupported)") }
        guard peek == "=" else { throw fail("expected '=' after the key '\(key)'") }
        pos += 1
        skipSpaces()
        if atEndOrComment { throw fail("expected a value after '\(key) ='") }
        let value = try parseValue(key: key)
        skipSpaces()
        guard atEndOrComment else { throw fail("unexpected '\(rest)' after the value of '\(key)'") }
        let index = sections.count - 1
        if let earlier = sections[index][key] {
            throw fail("the key '\(key)' is already set on line \(earlier.line)")
        }
        sections[index].entries.append(TOMLEntry(key: key, value: value, line: line))
    }

    mutating func bareName(after skip: Int) -> String { pos += skip; return bareName() }

    mutating func parseHeader(into sections: inout [TOMLSection]) throws(ConfigError) {
        pos += 1
        if peek == "[" { throw fail("arrays of tables ([[...]]) are \(TOMLLite.unsupported)") }
        skipSpaces()
        if peek == "\"" || peek == "'" { throw fail("quoted section names are \(TOMLLite.unsupported)") }
        let name = bareName()
        skipSpaces()
        if name.isEmpty {
            if peek == "]" { throw fail("a section needs a name between [ and ]") }
            throw fail("a section name may only contain letters, digits, '-' and '_'")
        }
        if peek == "." { throw fail("dotted section names like [\(name).\(bareName(after: 1))] are \(TOMLLite.unsupported)") }
        guard peek == "]" else {
            if peek == nil || peek == "#" { throw fail("expected ']' to close the section [\(name)") }
            throw fail("a section name may only contain letters, digits, '-' and '_'")
        }
        pos += 1
        skipSpaces()
        guard atEndOrComment else { throw fail("unexpected '\(rest)' after [\(name)]") }
        if let earlier = sections.dropFirst().first(where: { $0.name == name }) {
            throw fail("the section [\(name)] already appeared on line \(earlier.line)")
        }
        sections.append(TOMLSection(name: name, line: line))
    }

    mutating func parseValue(key: String) throws(ConfigError) -> TOMLValue {
        switch peek {
        case "\"":
            if peek(1) == "\"", peek(2) == "\"" { throw fail("multi-line strings (\"\"\") are \(TOMLLite.unsupported)") }
            return .string(try parseString())
        case "'": throw fail("literal strings ('...') are \(TOMLLite.unsupported); use double quotes")
        case "[": throw fail("arrays are \(TOMLLite.unsupported)")
        case "{": throw fail("inline tables are \(TOMLLite.unsupported)")
        default: break
        }
        var token = ""
        while let c = peek, c != " ", c != "\t", c != "#" { token.unicodeScalars.append(c); pos += 1 }
        return try classify(token, key: key)
    }

    /// A bare token: a boolean, a decimal integer, or a refusal naming what it looks like.
    func classify(_ token: String, key: String) throws(ConfigError) -> TOMLValue {
        if token == "true" { return .bool(true) }
        if token == "false" { return .bool(false) }
        if token.lowercased() == "true" || token.lowercased() == "false" {
            throw fail("true and false are written in lower case")
        }
        let unsigned = token.hasPrefix("+") || token.hasPrefix("-") ? String(token.dropFirst()) : token
        let digits = !unsigned.isEmpty && unsigned.allSatisfy { $0.isASCII && $0.isNumber }
        if digits {
            if unsigned.count > 1, unsigned.hasPrefix("0") { throw fail("the number \(token) starts with 0, which TOML does not allow") }
            guard let n = Int(token) else { throw fail("the number \(token) is too large") }
            return .integer(n)
        }
        if ["0x", "0o", "0b"].contains(where: unsigned.hasPrefix) {
            throw fail("hexadecimal, octal and binary numbers are \(TOMLLite.unsupported)")
        }
        let isDate = token.range(of: #"^\d{4}-\d{2}-\d{2}|^\d{2}:\d{2}"#, options: .regularExpression) != nil
        if isDate { throw fail("dates and times are \(TOMLLite.unsupported)") }
        if ["inf", "nan"].contains(unsigned) || token.range(of: #"^[+-]?\d[\d_]*([.eE])"#, options: .regularExpression) != nil {
            throw fail("floating-point numbers are \(TOMLLite.unsupported); use a whole number")
        }
        if token.range(of: #"^[+-]?\d+(_\d+)+$"#, options: .regularExpression) != nil {
            throw fail("underscores in numbers are \(TOMLLite.unsupported)")
        }
        throw fail("'\(token)' is not a value; text needs double quotes (\(key) = \"\(token)\"), or use a whole number or true/false")
    }

    /// A basic string on one line, with TOML's escapes.
    mutating func parseString() throws(ConfigError) -> String {
        pos += 1
        var s = String.UnicodeScalarView()
        while true {
            guard let c = peek else { throw fail("the string is not closed: add a '\"' before the end of the line") }
            pos += 1
            switch c {
            case "\"": return String(s)
            case "\\": s.append(try parseEscape())
            case "\t": s.append(c)
            case _ where c.value < 0x20 || c.value == 0x7F:
                throw fail("a control character in a string must be written as an escape, like \\t")
            default: s.append(c)
            }
        }
    }

    mutating func parseEscape() throws(ConfigError) -> Unicode.Scalar {
        guard let c = peek else { throw fail("the string is not closed: add a '\"' before the end of the line") }
        pos += 1
        switch c {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "u", "U":
            let count = c == "u" ? 4 : 8
            var hex = ""
            for _ in 0..<count {
                guard let h = peek, h.properties.isASCIIHexDigit else {
                    throw fail("\\\(c) needs exactly \(count) hexadecimal digits, like \\u00e9")
                }
                hex.unicodeScalars.append(h); pos += 1
            }
            guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                throw fail("\\\(c)\(hex) is not a Unicode character")
            }
            return scalar
        default:
            throw fail("unknown escape '\\\(c)' in a string (write \\\\ for a backslash)")
        }
    }
}
