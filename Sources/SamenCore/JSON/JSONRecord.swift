/// A value that lives in one of Samen's files as a JSON object.
///
/// Hand-written rather than Codable: the files are the user's, so field names
/// are chosen for people (`hoursPerWeek`, not `_hoursPerWeek`), unknown fields
/// are refused instead of dropped, and decoding is fast enough for S100.
public protocol JSONRecord {
    init(json: JSONValue) throws
    var json: JSONValue { get }
}

/// An enum stored as its raw string, with the allowed values named when it is wrong.
public protocol JSONEnum: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension JSONEnum {
    public static var allowedValues: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses a value typed by a person or read from a file, naming the choices when it is wrong.
    public static func parse(_ text: String, field: String) throws -> Self {
        guard let v = Self(rawValue: text) else {
            throw JSONFieldError("\(field) '\(text)' is not one of: \(allowedValues)")
        }
        return v
    }
}

extension JSONObjectReader {
    public mutating func enumValue<E: JSONEnum>(_ key: String, _: E.Type = E.self) throws -> E {
        try E.parse(try string(key), field: key)
    }

    public mutating func optionalEnum<E: JSONEnum>(_ key: String, _: E.Type = E.self) throws -> E? {
        guard let s = try optionalString(key) else { return nil }
        return try E.parse(s, field: key)
    }

    public mutating func day(_ key: String) throws -> Day {
        let s = try string(key)
        guard let d = Day(iso: s) else { throw JSONFieldError("\(what) field '\(key)' must be a date like 2026-03-01, got '\(s)'") }
        return d
    }

    public mutating func optionalDay(_ key: String) throws -> Day? {
        guard let s = try optionalString(key) else { return nil }
        guard let d = Day(iso: s) else { throw JSONFieldError("\(what) field '\(key)' must be a date like 2026-03-01, got '\(s)'") }
        return d
    }

    public mutating func timestamp(_ key: String) throws -> Timestamp {
        let s = try string(key)
        guard let t = Timestamp(iso: s) else { throw JSONFieldError("\(what) field '\(key)' must be a time like 2026-03-01T09:30:00Z, got '\(s)'") }
        return t
    }

    public mutating func optionalTimestamp(_ key: String) throws -> Timestamp? {
        guard try optionalString(key) != nil else { return nil }
        return try timestamp(key)
    }

    public mutating func money(_ key: String) throws -> Money { Money(cents: try int(key)) }
    public mutating func optionalMoney(_ key: String) throws -> Money? { try optionalInt(key).map { Money(cents: $0) } }

    public mutating func smallInt(_ key: String) throws -> Int {
        let v = try int(key)
        guard let i = Int32(exactly: v) else { throw JSONFieldError("\(what) field '\(key)' is out of range: \(v)") }
        return Int(i)
    }

    public mutating func optionalSmallInt(_ key: String) throws -> Int? {
        guard let v = try optionalInt(key) else { return nil }
        guard let i = Int32(exactly: v) else { throw JSONFieldError("\(what) field '\(key)' is out of range: \(v)") }
        return Int(i)
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
