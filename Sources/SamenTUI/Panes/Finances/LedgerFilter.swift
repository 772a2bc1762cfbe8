import SamenCore
#if canImport(Glibc)
import Glibc
#endif

/// What is typed after `/` in the ledger: words that must all appear in an
/// entry's text (member, project, category, kind, payee, note, date,
/// amount), and `key:value` words that look at one field only
/// (`kind:cost`, `member:katleen`, `project:12`, `category:rent`).
struct LedgerFilter: Equatable {
    var words: [[UInt8]] = []
    var kind: String?
    var member: String?
    var project: String?
    var category: String?
    /// A `key:` this filter does not know, to say so instead of matching nothing silently.
    var unknownKey: String?

    static let keys = ["kind", "member", "project", "category"]

    init(_ text: String) {
        for word in text.lowercased().split(separator: " ") {
            if let colon = word.firstIndex(of: ":"), colon != word.startIndex {
                let key = String(word[..<colon]), value = String(word[word.index(after: colon)...])
                switch key {
                case "kind": kind = value
                case "member": member = value
                case "project": project = value
                case "category", "cat": category = value
                default: unknownKey = key; words.append(Array(word.utf8))
                }
            } else {
                words.append(Array(word.utf8))
            }
        }
    }

    var isEmpty: Bool { words.isEmpty && kind == nil && member == nil && project == nil && category == nil }

    /// Whether a filter typed after this one can only keep fewer entries, so
    /// it need only look at what this one kept.
    func isNarrowed(by next: LedgerFilter) -> Bool {
        guard !isEmpty, words.count <= next.words.count, zip(words, next.words).allSatisfy({ $1.starts(with: $0) }) else { return false }
        func narrower(_ a: String?, _ b: String?) -> Bool { a == nil || (b.map { $0.hasPrefix(a!) } ?? false) }
        return narrower(kind, next.kind) && narrower(member, next.member) && narrower(project, next.project) && narrower(category, next.category)
    }
}

/// One year's entries as the ledger list filters them: each entry's
/// lower-cased text end to end in one buffer, built the first time the
/// year's ledger is shown after a data change.
struct LedgerYearText {
    let year: Int
    /// Positions into the ledger, in ledger order.
    let positions: [Int]
    private var text: [UInt8] = []
    private var offsets: [Int] = [0]
    /// Lower-cased member names by id, for `member:` (an id or a name).
    private var memberNames: [String: String] = [:]

    init(year: Int, index: FinanceLedgerIndex, state: NetworkState) {
        self.year = year
        positions = index.positions(in: year)
        var person: [String: [UInt8]] = [:]
        for m in state.members {
            var bytes: [UInt8] = []
            Self.append(m.id, to: &bytes)
            Self.append(m.name, to: &bytes)
            person[m.id] = bytes
            memberNames[m.id] = m.name.lowercased()
        }
        var titles: [Int: [UInt8]] = [:]
        text.reserveCapacity(positions.count * 80)
        offsets.reserveCapacity(positions.count + 1)
        let style = state.network.moneyStyle
        for i in positions {
            let e = index.entries[i]
            Self.append(String(e.id), to: &text)
            Self.append(e.kind.rawValue, to: &text)
            // A correction is found by what it corrects too: "laptop" finds both.
            if e.kind == .correction {
                Self.append(index.countsAs[i].rawValue, to: &text)
                if let t = e.relatesTo, let original = index.entry(t) { Self.append(original.note, to: &text) }
            }
            Self.append(e.date.iso, to: &text)
            Self.append(e.amount.format(style, symbol: false), to: &text)
            if let m = e.member {
                if let bytes = person[m] { text.append(contentsOf: bytes) } else { Self.append(m, to: &text) }
            }
            if let p = e.project {
                if titles[p] == nil {
                    var bytes: [UInt8] = []
                    Self.append(state.project(p)?.title ?? "", to: &bytes)
                    titles[p] = bytes
                }
                text.append(contentsOf: titles[p]!)
            }
            if let c = e.category { Self.append(c, to: &text) }
            if let p = e.payee { Self.append(p, to: &text) }
            if !e.note.isEmpty { Self.append(e.note, to: &text) }
            offsets.append(text.count)
        }
    }

    /// The positions among `candidates` (positions of this year, in order)
    /// that `filter` keeps.
    func matching(_ candidates: [Int], filter: LedgerFilter, index: FinanceLedgerIndex, state: NetworkState) -> [Int] {
        guard !filter.isEmpty else { return candidates }
        var out: [Int] = []
        out.reserveCapacity(candidates.count)
        text.withUnsafeBufferPointer { all in
            let base = all.baseAddress!
            // Candidates are some of `positions`, in the same order: one pointer walks both.
            var k = 0
            for i in candidates {
                while positions[k] != i { k += 1 }
                let e = index.entries[i]
                if let kind = filter.kind, !e.kind.rawValue.hasPrefix(kind), !index.countsAs[i].rawValue.hasPrefix(kind) { continue }
                if let c = filter.category, !(e.category?.lowercased().hasPrefix(c) ?? false) { continue }
                if let m = filter.member {
                    guard let id = e.member, id.lowercased().hasPrefix(m) || (memberNames[id]?.contains(m) ?? false) else { continue }
                }
                if let p = filter.project {
                    guard let id = e.project else { continue }
                    if let number = Int(p) { if id != number { continue } } else if !(state.project(id)?.title.lowercased().contains(p) ?? false) { continue }
                }
                let from = offsets[k], to = offsets[k + 1]
                if filter.words.allSatisfy({ Self.contains(base + from, to - from, $0) }) { out.append(i) }
            }
        }
        return out
    }

    /// Appends `s` lower-cased and a space: ASCII lowered in place, the rest through `lowercased()`.
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
}
