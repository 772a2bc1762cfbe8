/// A value that lives in one of Samen's files as a JSON object.
///
/// Hand-written rather than Codable: the files are the user's, so field names
/// are chosen for people (`hoursPerWeek`, not `_hoursPerWeek`), unknown fields
/// are refused instead of dropped, and decoding is fast enough for S100.
public protocol JSONRecord {
    init(from scanner: inout JSONScanner) throws
    var json: JSONValue { get }
}

extension JSONRecord {
    /// Decodes one record from a complete line (or document) of JSON.
    public init(jsonBytes bytes: [UInt8]) throws {
        self = try JSONScanner.decode(bytes) { try Self(from: &$0) }
    }

    public init(jsonText text: String) throws { try self.init(jsonBytes: Array(text.utf8)) }
}

/// The value of a required field, or the message naming it.
@inline(__always)
func required<T>(_ value: T?, _ key: String, _ what: String) throws -> T {
    guard let value else { throw JSONScanner.missing(key, in: what) }
    return value
}

/// An enum stored as its raw string, with the allowed values named when it is wrong.
public protocol JSONEnum: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension JSONEnum {
    public static var allowedValues: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses a value typed by a person or read from a file, naming the choices when it is wrong.
    public static func parse(_ text: String, field: String) throws -> Self {
        guard let v = Self(rawValue: text) else {
            throw JSONFieldError(JSONFieldWords.notOneOf(field, value: text, allowed: allowedValues))
        }
        return v
    }
}

extension JSONObjectBuilder {
    public mutating func set<E: JSONEnum>(_ key: String, _ value: E) { set(key, value.rawValue) }
    public mutating func set<E: JSONEnum>(_ key: String, _ value: E?) { if let value { set(key, value.rawValue) } }
    public mutating func set(_ key: String, _ value: Day) { set(key, value.iso) }
    public mutating func set(_ key: String, _ value: Day?) { if let value { set(key, value.iso) } }
    public mutating func set(_ key: String, _ value: Timestamp) { set(key, value.iso) }
    public mutating func set(_ key: String, _ value: Timestamp?) { if let value { set(key, value.iso) } }
    public mutating func set(_ key: String, _ value: Money) { set(key, value.cents) }
    public mutating func set(_ key: String, _ value: Money?) { if let value { set(key, value.cents) } }
    public mutating func setRecords<R: JSONRecord>(_ key: String, _ value: [R]) { setNonEmpty(key, value.map(\.json)) }
}
