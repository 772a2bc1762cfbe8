/// Serialises a JSON value compactly onto one line (for .jsonl) or with
/// indentation (for network.json, which people edit by hand).
public enum JSONWriter {
    public static func line(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(value, into: &out, indent: nil, level: 0)
        return out
    }

    public static func pretty(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        write(value, into: &out, indent: 2, level: 0)
        out.append(0x0A)
        return out
    }

    public static func string(_ value: JSONValue) -> String {
        String(decoding: line(value), as: UTF8.self)
    }

    static func newline(_ out: inout [UInt8], _ indent: Int?, _ level: Int) {
        guard let indent else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent * level))
    }

    static func write(_ value: JSONValue, into out: inout [UInt8], indent: Int?, level: Int) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case let .bool(b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case let .int(i): out.append(contentsOf: String(i).utf8)
        case let .double(d):
            if d.isFinite { out.append(contentsOf: "\(d)".utf8) } else { out.append(contentsOf: "null".utf8) }
        case let .string(s): writeString(s, into: &out)
        case let .array(items):
            // Lists of plain values stay on one line even when pretty: they are short.
            let simple = items.allSatisfy { if case .object = $0 { return false }; if case .array = $0 { return false }; return true }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")); if indent != nil && simple { out.append(0x20) } }
                if !simple { newline(&out, indent, level + 1) }
                write(item, into: &out, indent: indent, level: level + 1)
            }
            if !simple && !items.isEmpty { newline(&out, indent, level) }
            out.append(UInt8(ascii: "]"))
        case let .object(pairs):
            out.append(UInt8(ascii: "{"))
            for (i, (key, item)) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indent, level + 1)
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(0x20) }
                write(item, into: &out, indent: indent, level: level + 1)
            }
            if !pairs.isEmpty { newline(&out, indent, level) }
            out.append(UInt8(ascii: "}"))
        }
    }

    static let hexDigits = Array("0123456789abcdef".utf8)

    /// Control characters (C0, DEL, C1) and bidi controls are written as
    /// `\u` escapes: a record stays one line, and neither `samen ... --json`
    /// nor a `cat` or `grep` of a data file can drive the terminal or reorder
    /// what it shows. The escapes read back as the same string.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        var s = s
        s.withUTF8 { writeString(utf8: $0, into: &out) }
    }

    static func writeString(utf8 u: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(0x22)
        var i = 0
        while i < u.count {
            let b = u[i]
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            case 0x20..<0x7F: out.append(b)
            default:
                let n = TerminalText.unsafeLength(u, at: i)
                guard n > 0 else { out.append(b); break }
                // Decode the one scalar (at most three bytes here, all in the BMP).
                var scalar = UInt32(n == 1 ? b : n == 2 ? b & 0x1F : b & 0x0F)
                for k in 1..<n { scalar = scalar << 6 | UInt32(u[i + k] & 0x3F) }
                out.append(contentsOf: "\\u".utf8)
                for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigits[Int(scalar >> UInt32(shift) & 0xF)]) }
                i += n
                continue
            }
            i += 1
        }
        out.append(0x22)
    }
}
