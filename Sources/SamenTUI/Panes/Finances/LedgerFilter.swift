import SamenCore

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
    /// The keys as the person's language names them (`soort:` `lid:` in
    /// Dutch); the English ones work in either language.
    static let dutchKeys = ["soort", "lid", "project", "categorie"]
    static var shownKeys: [String] { Language.current == .nl ? dutchKeys : keys }

    init(_ text: String) {
        for word in text.lowercased().split(separator: " ") {
            if let colon = word.firstIndex(of: ":"), colon != word.startIndex {
                let key = String(word[..<colon]), value = String(word[word.index(after: colon)...])
                switch key {
                case "kind", "soort": kind = value
                case "member", "lid": member = value
                case "project": project = value
                case "category", "cat", "categorie": category = value
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
struct LedgerYearText: Sendable {
    let year: Int
    /// Positions into the ledger, in ledger order.
    let positions: [Int]
    private var text: [UInt8] = []
    private var offsets: [Int] = [0]
    /// Lower-cased member names by id, for `member:` (an id or a name).
    private var memberNames: [String: String] = [:]

    /// `dutch`: the kinds are found by the names the Dutch ledger shows too
    /// ("betaling"); chosen by who asks for the text, since it is built on
    /// another thread, whose language is the process's.
    init(year: Int, index: FinanceLedgerIndex, state: NetworkState, dutch: Bool = false) {
        self.year = year
        positions = index.positions(in: year)
        var person: [String: [UInt8]] = [:]
        for m in state.members {
            var bytes: [UInt8] = []
            SearchText.append(m.id, to: &bytes)
            SearchText.append(m.name, to: &bytes)
            person[m.id] = bytes
            memberNames[m.id] = m.name.lowercased()
        }
        var titles: [Int: [UInt8]] = [:]
        text.reserveCapacity(positions.count * 80)
        offsets.reserveCapacity(positions.count + 1)
        let style = state.network.moneyStyle
        index.entries.withUnsafeBufferPointer { all in
            // Fields are read in place and numbers written as bytes: a year
            // at S100 is 170,000 entries, and a String per number was most of the time.
            for i in positions {
                Self.appendNumber(Int64(all[i].id), to: &text)
                SearchText.append(all[i].kind.rawValue, to: &text)
                if dutch { SearchText.append(FinancesWords.kind(all[i].kind).nl, to: &text) }
                // A correction is found by what it corrects too: "laptop" finds both.
                if all[i].kind == .correction {
                    SearchText.append(index.countsAs[i].rawValue, to: &text)
                    if dutch { SearchText.append(FinancesWords.kind(index.countsAs[i]).nl, to: &text) }
                    if let t = all[i].relatesTo, let at = index.position(of: t) { SearchText.append(all[at].note, to: &text) }
                }
                Self.appendDate(all[i].date, to: &text)
                Self.appendAmount(all[i].amount, style: style, to: &text)
                if let m = all[i].member {
                    if let bytes = person[m] { text.append(contentsOf: bytes) } else { SearchText.append(m, to: &text) }
                }
                if let p = all[i].project {
                    if titles[p] == nil {
                        // The title read in place: `state.project(p)` would copy the whole project.
                        var bytes: [UInt8] = []
                        if let at = state.projects.position(ofID: p) { SearchText.append(state.projects.records[at].title, to: &bytes) }
                        titles[p] = bytes
                    }
                    text.append(contentsOf: titles[p]!)
                }
                if let c = all[i].category { SearchText.append(c, to: &text) }
                if let p = all[i].payee { SearchText.append(p, to: &text) }
                if !all[i].note.isEmpty { SearchText.append(all[i].note, to: &text) }
                offsets.append(text.count)
            }
        }
    }

    /// `1234` and a space.
    static func appendNumber(_ n: Int64, to text: inout [UInt8]) {
        if n < 0 { text.append(0x2D) }
        var m = n.magnitude
        var digits: [UInt8] = []
        repeat { digits.append(UInt8(m % 10) + 0x30); m /= 10 } while m > 0
        text.append(contentsOf: digits.reversed())
        text.append(0x20)
    }

    /// `2026-09-03` and a space, as `Day.iso` writes it.
    static func appendDate(_ day: Day, to text: inout [UInt8]) {
        let (y, m, d) = day.components
        func two(_ v: Int) { text.append(UInt8(v / 10) + 0x30); text.append(UInt8(v % 10) + 0x30) }
        two(y / 100); two(y % 100)
        text.append(0x2D); two(m); text.append(0x2D); two(d)
        text.append(0x20)
    }

    /// The amount as the list shows it (`1.234,56`, `-39,50`; `1,234.56` in
    /// English style) and a space, so a typed amount finds its entry.
    static func appendAmount(_ amount: Money, style: MoneyStyle, to text: inout [UInt8]) {
        let (group, decimal): (UInt8, UInt8) = style == .nl ? (0x2E, 0x2C) : (0x2C, 0x2E)
        if amount.cents < 0 { text.append(0x2D) }
        let magnitude = amount.cents.magnitude
        var euros = magnitude / 100
        var digits: [UInt8] = []
        var count = 0
        repeat {
            if count > 0 && count % 3 == 0 { digits.append(group) }
            digits.append(UInt8(euros % 10) + 0x30)
            euros /= 10
            count += 1
        } while euros > 0
        text.append(contentsOf: digits.reversed())
        text.append(decimal)
        text.append(UInt8(magnitude % 100 / 10) + 0x30)
        text.append(UInt8(magnitude % 10) + 0x30)
        text.append(0x20)
    }

    /// The positions among `candidates` (positions of this year, in order)
    /// that `filter` keeps.
    func matching(_ candidates: [Int], filter: LedgerFilter, index: FinanceLedgerIndex, state: NetworkState) -> [Int] {
        guard !filter.isEmpty else { return candidates }
        // Field filters are decided once per kind, category and member, not per entry.
        // A kind by its English name, or in Dutch also by the name the ledger shows (`soort:kosten`).
        let dutch = Language.current == .nl
        let kinds = filter.kind.map { k in Set(LedgerKind.allCases.filter { $0.rawValue.hasPrefix(k) || (dutch && FinancesWords.kind($0).nl.hasPrefix(k)) }) }
        var categoryMatches: [String: Bool] = [:]
        var memberMatches: [String: Bool] = [:]
        var projectMatches: [Int: Bool] = [:]
        var out: [Int] = []
        out.reserveCapacity(candidates.count)
        text.withUnsafeBufferPointer { bytes in
            index.entries.withUnsafeBufferPointer { all in
                let base = bytes.baseAddress!
                // Candidates are some of `positions`, in the same order: one pointer walks both.
                var k = 0
                for i in candidates {
                    while positions[k] != i { k += 1 }
                    if let kinds, !kinds.contains(all[i].kind), !kinds.contains(index.countsAs[i]) { continue }
                    if let c = filter.category {
                        guard let category = all[i].category else { continue }
                        if categoryMatches[category] == nil { categoryMatches[category] = category.lowercased().hasPrefix(c) }
                        if categoryMatches[category] != true { continue }
                    }
                    if let m = filter.member {
                        guard let id = all[i].member else { continue }
                        if memberMatches[id] == nil { memberMatches[id] = id.lowercased().hasPrefix(m) || (memberNames[id]?.contains(m) ?? false) }
                        if memberMatches[id] != true { continue }
                    }
                    if let p = filter.project {
                        guard let id = all[i].project else { continue }
                        if projectMatches[id] == nil {
                            projectMatches[id] = Int(p).map { $0 == id } ?? (state.project(id)?.title.lowercased().contains(p) ?? false)
                        }
                        if projectMatches[id] != true { continue }
                    }
                    let from = offsets[k], to = offsets[k + 1]
                    if filter.words.allSatisfy({ SearchText.contains(base + from, to - from, $0) }) { out.append(i) }
                }
            }
        }
        return out
    }

}
