/// A small, strict JSON parser working on UTF-8 bytes.
///
/// Foundation's JSONSerialization and JSONDecoder are several times too slow
/// for half a million ledger lines (DESIGN.md "Performance"), so Samen reads
/// its own files with this: one pass over the bytes, no intermediate Foundation
/// objects, and errors that name the column.
public struct JSONParser {
    public struct Failure: Error, CustomStringConvertible, Phrase {
        public var phrase: JSONSyntax
        /// 1-based column (in bytes) where the problem was found.
        public var column: Int
        /// What is wrong, without the column, in the language shown now.
        public var message: String { phrase.text }
        public var description: String { text }
        public var en: String { "\(phrase.en) at column \(column)" }
        public var nl: String { "\(phrase.nl) in kolom \(column)" }
    }

    /// Parses one complete JSON document (a whole line of a .jsonl file, or a whole .json file).
    public static func parse<C: Collection>(_ bytes: C) throws -> JSONValue where C.Element == UInt8 {
        if let result = try bytes.withContiguousStorageIfAvailable({ try parse(buffer: $0) }) {
            return result
        }
        return try Array(bytes).withUnsafeBufferPointer { try parse(buffer: $0) }
    }

    public static func parse(_ text: String) throws -> JSONValue {
        var text = text
        return try text.withUTF8 { try parse(buffer: $0) }
    }

    static func parse(buffer: UnsafeBufferPointer<UInt8>) throws -> JSONValue {
        var p = Cursor(bytes: buffer, index: 0)
        p.skipSpace()
        let value = try p.value(depth: 0)
        p.skipSpace()
        guard p.index == buffer.count else { throw p.fail(.textAfterValue) }
        return value
    }

    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int

        func fail(_ phrase: JSONSyntax) -> Failure { Failure(phrase: phrase, column: index + 1) }

        @inline(__always) mutating func skipSpace() {
            while index < bytes.count {
                let b = bytes[index]
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { index += 1 } else { return }
            }
        }

        mutating func value(depth: Int) throws -> JSONValue {
            guard depth < 64 else { throw fail(.nestedTooDeeply) }
            guard index < bytes.count else { throw fail(.endOfLine) }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            default: throw fail(.unexpectedCharacter(Self.show(bytes[index])))
            }
        }

        static func show(_ b: UInt8) -> String {
            (0x21...0x7E).contains(b) ? String(UnicodeScalar(b)) : "\\x" + String(b, radix: 16)
        }

        mutating func literal(_ word: StaticString) throws {
            let n = word.utf8CodeUnitCount
            guard index + n <= bytes.count else { throw fail(.endOfLine) }
            let w = word.utf8Start
            for i in 0..<n where bytes[index + i] != w[i] {
                index += i
                throw fail(.unexpectedCharacter(Self.show(bytes[index])))
            }
            index += n
        }

        mutating func object(depth: Int) throws -> JSONValue {
            index += 1
            var pairs: [(String, JSONValue)] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(pairs) }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail(.expectedFieldName) }
                let key = try string()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail(.expectedColon) }
                index += 1
                skipSpace()
                pairs.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard index < bytes.count else { throw fail(.endInsideObject) }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(pairs) }
                throw fail(.expectedCommaOrBrace)
            }
        }

        mutating func array(depth: Int) throws -> JSONValue {
            index += 1
            var items: [JSONValue] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard index < bytes.count else { throw fail(.endInsideList) }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                throw fail(.expectedCommaOrBracket)
            }
        }

        mutating func number() throws -> JSONValue {
            let start = index
            var negative = false
            if bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
            var magnitude: UInt64 = 0
            var digits = 0
            var overflow = false
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (m2, o2) = m1.addingReportingOverflow(UInt64(bytes[index] - 0x30))
                overflow = overflow || o1 || o2
                magnitude = m2
                digits += 1
                index += 1
            }
            guard digits > 0 else { throw fail(.numberNeedsDigits) }
            if digits > 1, bytes[start + (negative ? 1 : 0)] == 0x30 { throw fail(.numberLeadingZero) }
            var isInteger = true
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                isInteger = false
                index += 1
                let fracStart = index
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                guard index > fracStart else { throw fail(.numberNeedsFraction) }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                isInteger = false
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                let expStart = index
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                guard index > expStart else { throw fail(.numberNeedsExponent) }
            }
            if isInteger {
                if overflow || magnitude > UInt64(Int64.max) + (negative ? 1 : 0) {
                    throw Failure(phrase: .numberTooLarge, column: start + 1)
                }
                return .int(negative ? Int64(bitPattern: 0 &- magnitude) : Int64(magnitude))
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            guard let d = Double(text) else { throw Failure(phrase: .badNumber, column: start + 1) }
            return .double(d)
        }

        mutating func string() throws -> String {
            index += 1
            let start = index
            // Fast path: no escapes, so the bytes are the string.
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: "\"") {
                    let s = try Self.validatedString(UnsafeBufferPointer(rebasing: bytes[start..<index]), column: start + 1)
                    index += 1
                    return s
                }
                if b == UInt8(ascii: "\\") { break }
                if b < 0x20 { throw fail(.controlCharacter(escape: "\\u\(String(format4: b))")) }
                index += 1
            }
            var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<index]))
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: "\"") {
                    index += 1
                    return try out.withUnsafeBufferPointer { try Self.validatedString($0, column: start + 1) }
                }
                if b < 0x20 { throw fail(.controlCharacter(escape: nil)) }
                if b != UInt8(ascii: "\\") { out.append(b); index += 1; continue }
                index += 1
                guard index < bytes.count else { break }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw fail(.unpairedSurrogate)
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail(.unpairedSurrogate) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw fail(.unpairedSurrogate)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail(.badEscape) }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default: throw fail(.unknownEscape(Self.show(e)))
                }
            }
            throw fail(.unterminatedString)
        }

        mutating func hex4() throws -> UInt32 {
            guard index + 4 <= bytes.count else { throw fail(.shortEscape) }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[index]
                let d: UInt8
                switch b {
                case 0x30...0x39: d = b - 0x30
                case 0x41...0x46: d = b - 0x41 + 10
                case 0x61...0x66: d = b - 0x61 + 10
                default: throw fail(.badHexDigit)
                }
                v = v << 4 | UInt32(d)
                index += 1
            }
            return v
        }

        static func validatedString(_ bytes: UnsafeBufferPointer<UInt8>, column: Int) throws -> String {
            // Nearly all of Samen's text is ASCII: ids, dates, kinds. ASCII is
            // valid UTF-8, so it skips the (generic, slower) validation.
            var high: UInt8 = 0
            for b in bytes { high |= b }
            if high < 0x80 { return String(decoding: bytes, as: UTF8.self) }
            guard let s = String(validating: bytes, as: UTF8.self) else {
                throw Failure(phrase: .notUTF8, column: column)
            }
            return s
        }
    }
}

extension String {
    init(format4 b: UInt8) {
        let h = String(b, radix: 16)
        self = String(repeating: "0", count: 4 - h.count) + h
    }
}
