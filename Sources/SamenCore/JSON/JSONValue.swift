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

    /// A short name of the value's type, for error messages.
    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .double: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}

/// A decoding problem, phrased for a person: which field, what was expected.
public struct JSONFieldError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Reads the fields of one JSON object by name, and complains about anything
/// left over, so a typo in a hand-edited file is reported rather than dropped.
public struct JSONObjectReader {
    private let pairs: [(String, JSONValue)]
    private var used: [Bool]
    /// What the object is, for messages ("member", "ledger entry").
    let what: String

    public init(_ value: JSONValue, what: String) throws {
        guard case let .object(pairs) = value else {
            throw JSONFieldError("\(what) must be a JSON object, got \(value.typeName)")
        }
        self.pairs = pairs
        self.used = Array(repeating: false, count: pairs.count)
        self.what = what
        var seen = Set<String>()
        for (key, _) in pairs where !seen.insert(key).inserted {
            throw JSONFieldError("\(what) has the field '\(key)' twice")
        }
    }

    private mutating func raw(_ key: String) -> JSONValue? {
        for i in pairs.indices where pairs[i].0 == key {
            used[i] = true
            if case .null = pairs[i].1 { return nil }
            return pairs[i].1
        }
        return nil
    }

    private func missing(_ key: String) -> JSONFieldError {
        JSONFieldError("\(what) is missing the field '\(key)'")
    }

    private func wrongType(_ key: String, _ expected: String, _ got: JSONValue) -> JSONFieldError {
        JSONFieldError("\(what) field '\(key)' must be \(expected), got \(got.typeName)")
    }

    public mutating func optionalString(_ key: String) throws -> String? {
        guard let v = raw(key) else { return nil }
        guard case let .string(s) = v else { throw wrongType(key, "a string", v) }
        return s
    }

    public mutating func string(_ key: String) throws -> String {
        guard let s = try optionalString(key) else { throw missing(key) }
        return s
    }

    public mutating func optionalInt(_ key: String) throws -> Int64? {
        guard let v = raw(key) else { return nil }
        guard case let .int(i) = v else {
            if case .double = v { throw JSONFieldError("\(what) field '\(key)' must be a whole number") }
            throw wrongType(key, "a whole number", v)
        }
        return i
    }

    public mutating func int(_ key: String) throws -> Int64 {
        guard let i = try optionalInt(key) else { throw missing(key) }
        return i
    }

    public mutating func optionalDouble(_ key: String) throws -> Double? {
        guard let v = raw(key) else { return nil }
        switch v {
        case let .int(i): return Double(i)
        case let .double(d): return d
        default: throw wrongType(key, "a number", v)
        }
    }

    public mutating func bool(_ key: String, default def: Bool) throws -> Bool {
        guard let v = raw(key) else { return def }
        guard case let .bool(b) = v else { throw wrongType(key, "true or false", v) }
        return b
    }

    public mutating func stringArray(_ key: String) throws -> [String] {
        guard let v = raw(key) else { return [] }
        guard case let .array(items) = v else { throw wrongType(key, "a list of strings", v) }
        return try items.map {
            guard case let .string(s) = $0 else { throw wrongType(key, "a list of strings", $0) }
            return s
        }
    }

    public mutating func array(_ key: String) throws -> [JSONValue] {
        guard let v = raw(key) else { return [] }
        guard case let .array(items) = v else { throw wrongType(key, "a list", v) }
        return items
    }

    public mutating func optionalValue(_ key: String) -> JSONValue? { raw(key) }

    public mutating func value(_ key: String) throws -> JSONValue {
        guard let v = raw(key) else { throw missing(key) }
        return v
    }

    /// Decodes a list of objects with `decode`, naming the position of a bad item.
    public mutating func objects<T>(_ key: String, _ decode: (JSONValue) throws -> T) throws -> [T] {
        try array(key).enumerated().map { index, item in
            do { return try decode(item) } catch let e as JSONFieldError {
                throw JSONFieldError("\(what) field '\(key)' item \(index + 1): \(e.message)")
            }
        }
    }

    /// Call once every field has been read: an unread field is a typo or a
    /// field from a newer Samen, and silently dropping it on the next save
    /// would lose data.
    public func finish() throws {
        for i in pairs.indices where !used[i] {
            throw JSONFieldError("\(what) has an unknown field '\(pairs[i].0)'")
        }
    }
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
