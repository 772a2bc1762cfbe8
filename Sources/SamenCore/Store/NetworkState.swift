/// Everything in a data directory, in memory: what a change is validated against.
public struct NetworkState: Sendable {
    public var network: Network
    public internal(set) var members = SortedTable<String, Member>(key: { $0.id })
    public internal(set) var projects = SortedTable<Int, Project>(key: { $0.id })
    public internal(set) var requests = SortedTable<Int, HelpRequest>(key: { $0.id })
    /// Append-only, in id order. Changed only through `appendLedger` and
    /// `replaceLedger`, which keep `ledgerIndex` in step.
    public private(set) var ledger = SortedTable<Int, LedgerEntry>(key: { $0.id })
    /// What the rules ask of the ledger on every change (is this year closed,
    /// is that entry corrected), answered without scanning half a million entries.
    private(set) var ledgerIndex = LedgerIndex()

    public init(network: Network) { self.network = network }

    public func member(_ id: String) -> Member? { members[id: id] }
    public func project(_ id: Int) -> Project? { projects[id: id] }
    public func request(_ id: Int) -> HelpRequest? { requests[id: id] }
    public func ledgerEntry(_ id: Int) -> LedgerEntry? { ledger[id: id] }

    /// Finds the member an acting person is: by login first, then by id.
    public func member(actingAs actor: String) -> Member? {
        members.firstRecord { $0.login == actor } ?? members[id: actor]
    }

    /// Open "needs work" requests by member, whether or not work has since
    /// met them. The directory's marker and the solidarity part of staffing
    /// suggestions use `unmetNeedsWork(on:)`, which drops the ones met.
    public var needsWork: [String: HelpRequest] {
        var result: [String: HelpRequest] = [:]
        for r in requests where r.kind == .needsWork && r.isOpen { result[r.from] = r }
        return result
    }

    /// Testing and generation build states directly, bypassing changes.
    public mutating func insertForTesting(member: Member) { members.upsert(member) }
    public mutating func insertForTesting(project: Project) { projects.upsert(project) }
    public mutating func insertForTesting(request: HelpRequest) { requests.upsert(request) }
    public mutating func insertForTesting(entry: LedgerEntry) { appendLedger([entry]) }

    mutating func appendLedger(_ entry: LedgerEntry) { appendLedger([entry]) }

    mutating func appendLedger(_ entries: [LedgerEntry]) {
        for e in entries {
            ledger.append(sortedAfterLast: e)
            ledgerIndex.add(e)
        }
    }

    /// Replaces the ledger. `indexed` is what is already known of its first
    /// entries (their ids and index, built while they were decoded), so
    /// only the rest is walked here.
    mutating func replaceLedger(_ entries: [LedgerEntry], indexed: (ids: [Int], index: LedgerIndex)? = nil) {
        var ids = indexed?.ids ?? []
        ledgerIndex = indexed?.index ?? LedgerIndex()
        let known = min(ids.count, entries.count)
        if known < ids.count { ids.removeLast(ids.count - known) }
        ids.reserveCapacity(entries.count)
        // By index: iterating the entries themselves would copy each one.
        for i in known..<entries.count {
            ids.append(entries[i].id)
            ledgerIndex.add(entries[i])
        }
        ledger.replaceAll(sortedUnique: entries, ids: ids)
    }
}

/// Indexes over the ledger that the rules consult on every change.
struct LedgerIndex: Sendable {
    /// Distribution entries by the year they close.
    private var distributions: [Int: [Int]] = [:]
    /// Entries that a correction reverses.
    private(set) var corrected = Set<Int>()
    /// A revenue's contribution, by revenue id.
    private(set) var contributionOf: [Int: Int] = [:]
    /// The charges a shared cost was split into, by cost id.
    private(set) var chargesOf: [Int: [Int]] = [:]

    mutating func add(_ e: LedgerEntry) {
        switch e.kind {
        case .distribution: if let y = e.year { distributions[y, default: []].append(e.id) }
        case .correction: if let t = e.relatesTo { corrected.insert(t) }
        case .contribution: if let r = e.relatesTo { contributionOf[r] = e.id }
        case .charge: if let c = e.relatesTo { chargesOf[c, default: []].append(e.id) }
        default: break
        }
    }

    /// How many entries this index holds, to size a merged one.
    var count: Int { contributionOf.count }

    /// Makes room for `n` contributions, so merging the parts of a big ledger does not rehash as it grows.
    mutating func reserve(_ n: Int) { contributionOf.reserveCapacity(n) }

    /// Adds what `other` indexed, for entries that come after this one's.
    mutating func merge(_ other: LedgerIndex) {
        for (year, ids) in other.distributions { distributions[year, default: []] += ids }
        corrected.formUnion(other.corrected)
        contributionOf.merge(other.contributionOf) { _, later in later }
        for (cost, ids) in other.chargesOf { chargesOf[cost, default: []] += ids }
    }

    /// A year is closed while one of its distributions stands uncorrected.
    func isClosed(_ year: Int) -> Bool {
        distributions[year]?.contains { !corrected.contains($0) } ?? false
    }
}
