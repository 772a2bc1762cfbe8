/// A compact binary form of the loaded records, for the load-time cache
/// (see `SnapshotCache`). Fixed-width little-endian integers and
/// length-prefixed UTF-8: decoding is a walk over one buffer with no key
/// matching, several times faster than parsing the JSON it stands for.
///
/// It is a cache, never the record of truth: the JSON files are what people
/// read, grep and keep in git, and a snapshot that does not decode cleanly
/// is simply ignored.
protocol SnapshotCodable {
    /// Stored property names in declaration order, exactly as `Mirror`
    /// reports them. A test compares them with the type, so a field added
    /// to a record without a line here fails the build's tests instead of
    /// silently vanishing from cached loads.
    static var snapshotFields: [String] { get }
    func write(to w: inout SnapshotWriter)
    init(from r: inout SnapshotReader) throws
}

struct SnapshotWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func int(_ v: Int64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func int(_ v: Int) { int(Int64(v)) }
    mutating func int32(_ v: Int32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func byte(_ v: UInt8) { bytes.append(v) }
    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            int32(Int32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func day(_ d: Day) { int32(d.daysSinceEpoch) }
    mutating func timestamp(_ t: Timestamp) { int(t.secondsSinceEpoch) }
    mutating func money(_ m: Money) { int(m.cents) }
    mutating func range(_ r: DateRange) { day(r.start); day(r.end) }

    /// Enums by their position among all cases; the schema fingerprint
    /// includes every case, so a reordered enum invalidates old snapshots.
    mutating func enumValue<E: JSONEnum & Equatable>(_ e: E) where E.AllCases.Index == Int {
        byte(UInt8(E.allCases.firstIndex(of: e)!))
    }

    mutating func optional<T>(_ v: T?, _ body: (inout SnapshotWriter, T) -> Void) {
        if let v { byte(1); body(&self, v) } else { byte(0) }
    }

    mutating func array<T>(_ xs: [T], _ body: (inout SnapshotWriter, T) -> Void) {
        int32(Int32(xs.count))
        for x in xs { body(&self, x) }
    }

    mutating func records<T: SnapshotCodable>(_ xs: [T]) { array(xs) { w, x in x.write(to: &w) } }
    mutating func strings(_ xs: [String]) { array(xs) { w, s in w.string(s) } }
}

struct SnapshotReader {
    struct Corrupt: Error, CustomStringConvertible {
        var description: String { "the snapshot is damaged" }
    }

    let buffer: UnsafeRawBufferPointer
    var position: Int

    init(_ buffer: UnsafeRawBufferPointer, at position: Int = 0) {
        self.buffer = buffer
        self.position = position
    }

    var atEnd: Bool { position == buffer.count }

    @inline(__always)
    mutating func take(_ n: Int) throws -> Int {
        guard n >= 0, buffer.count - position >= n else { throw Corrupt() }
        defer { position += n }
        return position
    }

    mutating func int() throws -> Int64 {
        Int64(littleEndian: buffer.loadUnaligned(fromByteOffset: try take(8), as: Int64.self))
    }
    mutating func smallInt() throws -> Int { Int(try int()) }
    mutating func int32() throws -> Int32 {
        Int32(littleEndian: buffer.loadUnaligned(fromByteOffset: try take(4), as: Int32.self))
    }
    mutating func byte() throws -> UInt8 { buffer[try take(1)] }
    mutating func bool() throws -> Bool {
        switch try byte() { case 0: false; case 1: true; default: throw Corrupt() }
    }

    mutating func string() throws -> String {
        let n = Int(try int32())
        let start = try take(n)
        return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[start..<start + n]), as: UTF8.self)
    }

    mutating func day() throws -> Day { Day(daysSinceEpoch: try int32()) }
    mutating func timestamp() throws -> Timestamp { Timestamp(secondsSinceEpoch: try int()) }
    mutating func money() throws -> Money { Money(cents: try int()) }
    mutating func range() throws -> DateRange {
        let start = try day(), end = try day()
        guard let r = DateRange(start, end) else { throw Corrupt() }
        return r
    }

    mutating func enumValue<E: JSONEnum>() throws -> E where E.AllCases.Index == Int {
        let i = Int(try byte())
        let all = E.allCases
        guard i < all.count else { throw Corrupt() }
        return all[i]
    }

    mutating func optional<T>(_ body: (inout SnapshotReader) throws -> T) throws -> T? {
        switch try byte() {
        case 0: return nil
        case 1: return try body(&self)
        default: throw Corrupt()
        }
    }

    mutating func array<T>(_ body: (inout SnapshotReader) throws -> T) throws -> [T] {
        let n = Int(try int32())
        // Every element takes at least one byte: a damaged count cannot ask for more.
        guard n >= 0, n <= buffer.count - position else { throw Corrupt() }
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try body(&self)) }
        return out
    }

    mutating func records<T: SnapshotCodable>() throws -> [T] { try array { try T(from: &$0) } }
    mutating func strings() throws -> [String] { try array { try $0.string() } }
}

/// A fast 64-bit checksum (FxHash-style over 8-byte words) that tells a
/// snapshot damaged by a crash from a whole one. Not cryptographic: nothing
/// here defends against someone forging a cache file in a directory they
/// can already write the data files of.
func snapshotChecksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hasher = SnapshotHasher()
    hasher.update(bytes)
    return hasher.finish()
}

/// The checksum, fed in pieces: every piece but the last must be a whole
/// number of 8-byte words, so the result is the same however it is cut.
struct SnapshotHasher {
    private var h: UInt64 = 0xcbf2_9ce4_8422_2325
    private var length = 0
    private static let k: UInt64 = 0x517c_c1b7_2722_0a95

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        let words = bytes.count / 8
        var h = self.h
        for i in 0..<words {
            h = (((h << 5) | (h >> 59)) ^ bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* Self.k
        }
        for i in (words * 8)..<bytes.count {
            h = (((h << 5) | (h >> 59)) ^ UInt64(bytes[i])) &* Self.k
        }
        self.h = h
        length += bytes.count
    }

    func finish() -> UInt64 { h ^ UInt64(length) }
}
