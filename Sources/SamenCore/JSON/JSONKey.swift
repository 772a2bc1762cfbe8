/// A field name as read from a file, compared without making a String.
///
/// Records switch over their keys (`case "amount":`); with half a million
/// ledger lines of nine keys each, building and comparing Strings was a
/// large share of load time. Keys up to 32 bytes live in four machine words
/// and compare in four instructions. The type holds no references, so
/// copying one is a plain copy of bytes. No Samen field is longer; a longer
/// (unknown) key keeps its first 32 bytes, enough to name it in the message.
public struct JSONKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0
    private var count: Int

    init(bytes: UnsafeBufferPointer<UInt8>) {
        count = bytes.count
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes).prefix(32)))
        }
        (w0, w1, w2, w3) = words
    }

    public init(stringLiteral value: StaticString) {
        self = value.withUTF8Buffer { JSONKey(bytes: $0) }
    }

    public init(_ text: String) {
        var t = text
        self = t.withUTF8 { JSONKey(bytes: $0) }
    }

    public var description: String {
        var words = (w0, w1, w2, w3)
        let text = withUnsafeBytes(of: &words) { String(decoding: $0.prefix(count), as: UTF8.self) }
        return count > 32 ? text + "…" : text
    }
}
