/// A number of hours in half-hour steps: contracted hours a week, hours on a
/// project, hours asked for in a "needs work" request.
///
/// People plan in half hours ("2,5 uur"), and nobody plans finer, so the
/// value is kept exactly as a count of half hours: sums and comparisons never
/// drift, and a file says `2.5`, not `2.4999999`. Files hold a plain JSON
/// number (`16`, `2.5`), so files written when hours were whole numbers read
/// as they are, and a whole number is shown as before (`16 h/wk`).
public struct Hours: Hashable, Comparable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible, AdditiveArithmetic {
    /// The value in half hours: 5 is two and a half hours.
    public var halfHours: Int

    public init(halfHours: Int) { self.halfHours = halfHours }
    /// Whole hours.
    public init(_ whole: Int) { halfHours = whole &* 2 }
    public init(integerLiteral whole: Int) { self.init(whole) }

    public static let zero = Hours(halfHours: 0)

    /// The hours as a double, for capacity sums and scores.
    public var value: Double { Double(halfHours) / 2 }
    public var isWhole: Bool { halfHours % 2 == 0 }
    /// The whole hours, rounded down (for thresholds kept in whole hours).
    public var wholeHours: Int { halfHours >= 0 ? halfHours / 2 : -((1 - halfHours) / 2) }

    /// `16` or `2.5`: a whole number shows as it always did.
    public var description: String {
        let whole = String(abs(halfHours) / 2)
        return (halfHours < 0 ? "-" : "") + whole + (isWhole ? "" : ".5")
    }

    /// The JSON number: `16`, or `2.5` for a half.
    public var json: JSONValue { isWhole ? .int(Int64(halfHours / 2)) : .double(value) }

    public static func < (a: Hours, b: Hours) -> Bool { a.halfHours < b.halfHours }
    public static func + (a: Hours, b: Hours) -> Hours { Hours(halfHours: a.halfHours + b.halfHours) }
    public static func - (a: Hours, b: Hours) -> Hours { Hours(halfHours: a.halfHours - b.halfHours) }
    public static func * (a: Hours, n: Int) -> Hours { Hours(halfHours: a.halfHours * n) }

    /// Hours from a JSON number in a file: whole numbers (every file written
    /// before half hours) and halves; anything finer is refused with its line.
    public static func fromJSON(_ v: JSONValue) -> Result<Hours, LimitError> {
        // What a file may hold at all (the rules and `samen check` judge the rest).
        let bound = Int(Int32.max)
        switch v {
        case let .int(i):
            guard let n = Int(exactly: i), abs(n) <= bound else { return .failure(LimitError(LimitRefusal.outOfRange("\(i)"))) }
            return .success(Hours(n))
        case let .double(d):
            guard d.isFinite, abs(d) <= Double(bound) else { return .failure(LimitError(LimitRefusal.outOfRange("\(d)"))) }
            let halves = d * 2
            guard halves == halves.rounded(), let h = Int(exactly: halves) else {
                return .failure(LimitError(LimitRefusal.notHalfHours("\(d)")))
            }
            return .success(Hours(halfHours: h))
        default:
            return .failure(LimitError(LimitRefusal.notHours("\(v)")))
        }
    }

    /// Hours as people type them: `16`, `2.5` or `2,5` (either decimal
    /// mark), checked against `range`. `2,25` is refused saying the step is a
    /// half hour, and `1.000` (a thousand, or one?) is refused as ambiguous.
    /// Read digit by digit, so no huge or odd number (`1e19`, `nan`) ever
    /// becomes a double converted to an integer.
    public static func parse(_ text: String, in range: ClosedRange<Hours>) -> Result<Hours, LimitError> {
        let t = text.trimmingSpaces()
        let notANumber = LimitError(LimitRefusal.notHours("'\(text)'"))
        var chars = Substring(t)
        let negative = chars.first == "-"
        if negative || chars.first == "+" { chars = chars.dropFirst() }
        let markIndex = chars.firstIndex(where: { $0 == "." || $0 == "," })
        let wholePart = markIndex.map { chars[..<$0] } ?? chars
        let fraction = markIndex.map { chars[chars.index(after: $0)...] } ?? ""
        let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        guard !wholePart.isEmpty, wholePart.allSatisfy(isDigit), fraction.allSatisfy(isDigit),
              markIndex == nil || !fraction.isEmpty else { return .failure(notANumber) }
        let outOfRange = LimitError(LimitRefusal.hoursBetween(range.lowerBound, range.upperBound, got: t))
        guard wholePart.count <= 9, let whole = Int(wholePart) else { return .failure(outOfRange) }
        if fraction.count == 3, fraction == "000" {
            return .failure(LimitError(LimitRefusal.ambiguousHours(t, whole, comma: t.contains(","))))
        }
        let digits = Array(fraction)
        let firstDigit = digits.first.flatMap { $0.wholeNumberValue } ?? 0
        let restIsZero = digits.dropFirst().allSatisfy { $0 == "0" }
        guard restIsZero, firstDigit == 0 || firstDigit == 5 else {
            return .failure(LimitError(LimitRefusal.notHalfHours("'\(t)'")))
        }
        let magnitude = Hours(halfHours: whole * 2 + (firstDigit == 5 ? 1 : 0))
        let h = negative ? Hours(halfHours: -magnitude.halfHours) : magnitude
        guard range.contains(h) else { return .failure(outOfRange) }
        return .success(h)
    }
}

extension JSONObjectBuilder {
    public mutating func set(_ key: String, _ value: Hours) { set(key, value.json) }
    public mutating func set(_ key: String, _ value: Hours?) { if let value { set(key, value.json) } }
}

extension JSONScanner {
    /// Hours in a file: `16` or `2.5`, refusing a value finer than a half hour.
    public mutating func hours() throws -> Hours {
        guard let b = peek(), b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39) else {
            throw JSONValueProblem(JSONValueWords.hours(got: describeNext()))
        }
        var c = JSONParser.Cursor(bytes: bytes, index: index)
        let v = try c.number()
        index = c.index
        switch Hours.fromJSON(v) {
        case let .success(h): return h
        case let .failure(e): throw JSONValueProblem(e.phrase)
        }
    }

    public mutating func optionalHours() throws -> Hours? { null() ? nil : try hours() }
}

extension SnapshotWriter {
    mutating func hours(_ h: Hours) { int(h.halfHours) }
}

extension SnapshotReader {
    mutating func hours() throws -> Hours { Hours(halfHours: try smallInt()) }
}
