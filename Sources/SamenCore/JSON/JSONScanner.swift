/// Decodes Samen's records straight from the bytes of a line, without
/// building a `JSONValue` tree first.
///
/// Loading S100 (DESIGN.md) means 110 MB of JSON; a tree per line costs an
/// allocation per object, list and key, and that alone blew the 300 ms
/// budget many times over. Records read their fields with `object(_:_:)`,
/// which hands each key to a closure that reads the value with the typed
/// readers below. Error messages stay as specific as the tree's: which field,
/// what was expected, where.
public struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int
    /// Keys seen in each open object, by nesting depth, to refuse duplicates
    /// without a Set per object; reused from object to object.
    private var seenKeys: [[JSONKey]] = []
    private var depth = 0

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.index = 0
    }

    /// Decodes one complete document from `bytes` with `body`.
    public static func decode<T>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (inout JSONScanner) throws -> T) throws -> T {
        var s = JSONScanner(bytes)
        s.skipSpace()
        let value = try body(&s)
        s.skipSpace()
        guard s.index == bytes.count else { throw s.fail(.textAfterValue) }
        return value
    }

    public static func decode<T>(_ array: [UInt8], _ body: (inout JSONScanner) throws -> T) throws -> T {
        try array.withUnsafeBufferPointer { try decode($0, body) }
    }

    func fail(_ phrase: JSONSyntax) -> JSONParser.Failure { JSONParser.Failure(phrase: phrase, column: index + 1) }

    @inline(__always) mutating func skipSpace() {
        while index < bytes.count {
            let b = bytes[index]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { index += 1 } else { return }
        }
    }

    @inline(__always) func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    // MARK: Objects

    /// Reads an object, calling `field` with each key; `field` must read the
    /// value (or call `skipValue`). `what` names the object in messages.
    public mutating func object(_ what: String, _ field: (JSONKey, inout JSONScanner) throws -> Void) throws {
        skipSpace()
        guard peek() == UInt8(ascii: "{") else { throw JSONFieldError(JSONFieldWords.notAnObject(what, got: describeNext())) }
        index += 1
        if seenKeys.count <= depth { seenKeys.append([]) } else { seenKeys[depth].removeAll(keepingCapacity: true) }
        depth += 1
        defer { depth -= 1 }
        skipSpace()
        if peek() == UInt8(ascii: "}") { index += 1; return }
        while true {
            skipSpace()
            guard peek() == UInt8(ascii: "\"") else { throw fail(.expectedFieldName) }
            let key = try rawKey()
            if seenKeys[depth - 1].contains(key) { throw JSONFieldError(JSONFieldWords.twice(what, key: key.description)) }
            seenKeys[depth - 1].append(key)
            skipSpace()
            guard peek() == UInt8(ascii: ":") else { throw fail(.expectedColon) }
            index += 1
            skipSpace()
            do {
                try field(key, &self)
            } catch let p as JSONValueProblem {
                throw JSONFieldError(JSONFieldWords.field(what, key: key.description, p.phrase))
            }
            skipSpace()
            guard let b = peek() else { throw fail(.endInsideObject) }
            if b == UInt8(ascii: ",") { index += 1; continue }
            if b == UInt8(ascii: "}") { index += 1; return }
            throw fail(.expectedCommaOrBrace)
        }
    }

    /// Reads a list, calling `element` once per item.
    public mutating func array(_ element: (inout JSONScanner) throws -> Void) throws {
        skipSpace()
        guard peek() == UInt8(ascii: "[") else { throw JSONValueProblem(JSONValueWords.list(got: describeNext())) }
        index += 1
        skipSpace()
        if peek() == UInt8(ascii: "]") { index += 1; return }
        while true {
            skipSpace()
            try element(&self)
            skipSpace()
            guard let b = peek() else { throw fail(.endInsideList) }
            if b == UInt8(ascii: ",") { index += 1; continue }
            if b == UInt8(ascii: "]") { index += 1; return }
            throw fail(.expectedCommaOrBracket)
        }
    }

    /// Refuses a field the record does not know: a typo, or a field from a
    /// newer Samen that would be lost on the next save.
    public func unknown(_ key: JSONKey, in what: String) -> JSONFieldError {
        JSONFieldError(JSONFieldWords.unknown(what, key: key.description))
    }

    public static func missing(_ key: String, in what: String) -> JSONFieldError {
        JSONFieldError(JSONFieldWords.missing(what, key: key))
    }

    func describeNext() -> JSONKind {
        switch peek() {
        case UInt8(ascii: "\"")?: return .string
        case UInt8(ascii: "{")?: return .object
        case UInt8(ascii: "[")?: return .list
        case UInt8(ascii: "t")?, UInt8(ascii: "f")?: return .boolean
        case UInt8(ascii: "n")?: return .null
        case nil: return .nothing
        default: return .number
        }
    }

    // MARK: Values

    /// True (and consumed) when the next value is `null`.
    public mutating func null() -> Bool {
        if index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
           bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") {
            index += 4
            return true
        }
        return false
    }

    public mutating func string() throws -> String {
        guard peek() == UInt8(ascii: "\"") else { throw JSONValueProblem(JSONValueWords.string(got: describeNext())) }
        return try rawString()
    }

    public mutating func optionalString() throws -> String? { null() ? nil : try string() }

    public mutating func stringArray() throws -> [String] {
        if null() { return [] }
        var out: [String] = []
        do {
            try array { s in out.append(try s.string()) }
        } catch is JSONValueProblem { throw JSONValueProblem(JSONValueWords.listOfStrings) }
        return out
    }

    public mutating func int() throws -> Int64 {
        guard let b = peek(), b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39) else {
            throw JSONValueProblem(JSONValueWords.wholeNumber(got: describeNext()))
        }
        var c = JSONParser.Cursor(bytes: bytes, index: index)
        let v = try c.number()
        index = c.index
        guard case let .int(i) = v else { throw JSONValueProblem(JSONValueWords.wholeNumberValue("\(v)")) }
        return i
    }

    public mutating func optionalInt() throws -> Int64? { null() ? nil : try int() }

    public mutating func smallInt() throws -> Int {
        let v = try int()
        guard let i = Int32(exactly: v) else { throw JSONValueProblem(JSONValueWords.outOfRange("\(v)")) }
        return Int(i)
    }

    public mutating func optionalSmallInt() throws -> Int? { null() ? nil : try smallInt() }

    /// `"2026-03-01"` straight to a `Day`, without making a String.
    public mutating func day() throws -> Day {
        guard peek() == UInt8(ascii: "\"") else { throw JSONValueProblem(JSONValueWords.date(got: describeNext())) }
        if index + 12 <= bytes.count, bytes[index + 11] == UInt8(ascii: "\""), let d = Self.parseDay(bytes, at: index + 1) {
            if let p = Limits.refusal(of: d) { throw JSONValueProblem(p) }
            index += 12
            return d
        }
        let s = try rawString()
        throw JSONValueProblem(JSONValueWords.dateText(s))
    }

    public mutating func optionalDay() throws -> Day? { null() ? nil : try day() }

    /// `"2026-03-01T09:30:00Z"` straight to a `Timestamp`.
    public mutating func timestamp() throws -> Timestamp {
        guard peek() == UInt8(ascii: "\"") else { throw JSONValueProblem(JSONValueWords.time(got: describeNext())) }
        let start = index + 1
        if index + 22 <= bytes.count, bytes[index + 21] == UInt8(ascii: "\""), bytes[start + 10] == UInt8(ascii: "T"),
           bytes[start + 19] == UInt8(ascii: "Z"), bytes[start + 13] == UInt8(ascii: ":"), bytes[start + 16] == UInt8(ascii: ":"),
           let d = Self.parseDay(bytes, at: start),
           let h = Self.digits(bytes, start + 11, 2), let m = Self.digits(bytes, start + 14, 2), let sec = Self.digits(bytes, start + 17, 2),
           h < 24, m < 60, sec < 60 {
            if let p = Limits.refusal(of: d) { throw JSONValueProblem(p) }
            index += 22
            return Timestamp(secondsSinceEpoch: Int64(d.daysSinceEpoch) * 86_400 + Int64(h * 3600 + m * 60 + sec))
        }
        let s = try rawString()
        throw JSONValueProblem(JSONValueWords.timeText(s))
    }

    public mutating func optionalTimestamp() throws -> Timestamp? { null() ? nil : try timestamp() }

    public mutating func money() throws -> Money { Money(cents: try int()) }
    public mutating func optionalMoney() throws -> Money? { null() ? nil : try money() }

    public mutating func enumValue<E: JSONEnum>(_: E.Type = E.self) throws -> E {
        let s = try string()
        guard let v = E(rawValue: s) else { throw JSONValueProblem(JSONValueWords.notOneOf(s, allowed: E.allowedValues)) }
        return v
    }

    public mutating func optionalEnum<E: JSONEnum>(_: E.Type = E.self) throws -> E? {
        null() ? nil : try enumValue(E.self)
    }

    /// Decodes a nested record.
    public mutating func record<R: JSONRecord>(_: R.Type = R.self) throws -> R { try R(from: &self) }

    /// Decodes a list of nested records; a missing list (null) is empty.
    public mutating func records<R: JSONRecord>(_: R.Type = R.self) throws -> [R] {
        if null() { return [] }
        var out: [R] = []
        try array { s in out.append(try R(from: &s)) }
        return out
    }

    /// Reads and discards any value (for `JSONValue` fields kept whole).
    public mutating func value() throws -> JSONValue {
        var c = JSONParser.Cursor(bytes: bytes, index: index)
        let v = try c.value(depth: depth)
        index = c.index
        return v
    }

    /// A field name: the bytes between the quotes when they hold no escape
    /// (Samen's never do), else the decoded text.
    mutating func rawKey() throws -> JSONKey {
        var i = index + 1
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
            let key = JSONKey(bytes: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<i]))
            index = i + 1
            return key
        }
        return JSONKey(try rawString())
    }

    mutating func rawString() throws -> String {
        var c = JSONParser.Cursor(bytes: bytes, index: index)
        let s = try c.string()
        index = c.index
        return s
    }

    static func digits(_ b: UnsafeBufferPointer<UInt8>, _ at: Int, _ n: Int) -> Int? {
        var v = 0
        for i in at..<(at + n) {
            let d = b[i] &- 0x30
            guard d <= 9 else { return nil }
            v = v * 10 + Int(d)
        }
        return v
    }

    static func parseDay(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Day? {
        guard i + 10 <= b.count, b[i + 4] == UInt8(ascii: "-"), b[i + 7] == UInt8(ascii: "-"),
              let y = digits(b, i, 4), let m = digits(b, i + 5, 2), let d = digits(b, i + 8, 2) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}

/// A value of the wrong kind, said as a predicate ("must be a string, got a
/// number") so the enclosing object can name the record and field in front.
public struct JSONValueProblem: Error {
    public var phrase: any Phrase
    public init(_ phrase: some Phrase) { self.phrase = phrase }
    /// Words the same in both languages.
    public init(_ predicate: String) { self.init(Untranslated(predicate)) }
    /// The predicate in the language shown now.
    public var predicate: String { phrase.text }
}
