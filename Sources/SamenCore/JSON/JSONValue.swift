/// A parsed JSON value.
///
/// Objects keep their keys in file order as an array of pairs rather than a
/// dictionary: records have a handful of keys, so a linear scan beats hashing,
/// and loading half a million ledger lines allocates far less.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }
}

/// A decoding problem, phrased for a person: which field, what was expected.
public struct JSONFieldError: Error, CustomStringConvertible, Equatable, Phrase {
    public var phrase: any Phrase
    public init(_ phrase: some Phrase) { self.phrase = phrase }
    /// Words the same in both languages.
    public init(_ message: String) { self.init(Untranslated(message)) }
    /// The words in the language shown now.
    public var message: String { phrase.text }
    public var description: String { phrase.text }
    public var en: String { phrase.en }
    public var nl: String { phrase.nl }
    public static func == (a: JSONFieldError, b: JSONFieldError) -> Bool { a.phrase.en == b.phrase.en }
}

/// Builds a JSON object whose keys come out sorted, as DESIGN.md asks, so
/// files diff cleanly in git whatever order the code adds fields in.
public struct JSONObjectBuilder {
    private var pairs: [(String, JSONValue)] = []
    public init() {}

    public mutating func set(_ key: String, _ value: String) { pairs.append((key, .string(value))) }
    public mutating func set(_ key: String, _ value: String?) { if let value { set(key, value) } }
    public mutating func set(_ key: String, _ value: Int64) { pairs.append((key, .int(value))) }
    public mutating func set(_ key: String, _ value: Int) { pairs.append((key, .int(Int64(value)))) }
    public mutating func set(_ key: String, _ value: Int?) { if let value { set(key, value) } }
    public mutating func set(_ key: String, _ value: Int64?) { if let value { set(key, value) } }
    public mutating func set(_ key: String, _ value: Double) { pairs.append((key, .double(value))) }
    public mutating func set(_ key: String, _ value: Bool) { pairs.append((key, .bool(value))) }
    public mutating func set(_ key: String, _ value: JSONValue) { pairs.append((key, value)) }
    public mutating func set(_ key: String, _ value: JSONValue?) { if let value { pairs.append((key, value)) } }
    public mutating func set(_ key: String, _ value: [String]) {
        pairs.append((key, .array(value.map { .string($0) })))
    }
    /// Leaves out an empty list, keeping lines short for the common case.
    public mutating func setNonEmpty(_ key: String, _ value: [String]) { if !value.isEmpty { set(key, value) } }
    public mutating func setNonEmpty(_ key: String, _ value: [JSONValue]) {
        if !value.isEmpty { pairs.append((key, .array(value))) }
    }

    public var value: JSONValue {
        .object(pairs.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) })
    }
}
