#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The filters' searchable text: lower-cased bytes, one buffer per list,
/// searched byte by byte. Shared by the member directory, the projects
/// pane and the finances ledger, which filter tens of thousands of rows on
/// every keystroke.
enum SearchText {
    /// Appends `s` lower-cased and a space: ASCII (most of it) copied and
    /// lowered in place, anything else through `lowercased()`.
    static func append(_ s: String, to text: inout [UInt8]) {
        let from = text.count
        text.append(contentsOf: s.utf8)
        var ascii = true
        text.withUnsafeMutableBufferPointer { b in
            for k in from..<b.count {
                let c = b[k]
                if c >= 0x80 { ascii = false; break }
                if c >= 0x41 && c <= 0x5A { b[k] = c + 0x20 }
            }
        }
        if !ascii {
            text.removeLast(text.count - from)
            text.append(contentsOf: s.lowercased().utf8)
        }
        text.append(0x20)
    }

    /// Byte substring search: memchr to the next candidate first byte, memcmp the rest.
    static func contains(_ haystack: UnsafePointer<UInt8>, _ count: Int, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= count else { return false }
        return needle.withUnsafeBufferPointer { n in
            var p = haystack
            let end = haystack + (count - n.count + 1)
            while p < end {
                guard let hit = memchr(p, Int32(n[0]), end - p) else { return false }
                let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(at, n.baseAddress!, n.count) == 0 { return true }
                p = at + 1
            }
            return false
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { h in
            guard let base = h.baseAddress else { return needle.isEmpty }
            return contains(base, h.count, needle)
        }
    }
}
