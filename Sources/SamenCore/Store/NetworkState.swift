/// Everything in a data directory, in memory: what a change is validated against.
public struct NetworkState: Sendable {
    public var network: Network
    public internal(set) var members = SortedTable<String, Member>(key: { $0.id })
    public internal(set) var projects = SortedTable<Int, Project>(key: { $0.id })
    public internal(set) var requests = SortedTable<Int, HelpRequest>(key: { $0.id })
    /// Append-only, in id order.
    public internal(set) var ledger = SortedTable<Int, LedgerEntry>(key: { $0.id })

    public init(network: Network) { self.network = network }

    public func member(_ id: String) -> Member? { members[id: id] }
    public func project(_ id: Int) -> Project? { projects[id: id] }
    public func request(_ id: Int) -> HelpRequest? { requests[id: id] }
    public func ledgerEntry(_ id: Int) -> LedgerEntry? { ledger[id: id] }

    /// Finds the member an acting person is: by login first, then by id.
    public func member(actingAs actor: String) -> Member? {
        members.first { $0.login == actor } ?? members[id: actor]
    }

    /// Open "needs work" requests by member, for the directory's marker and
    /// the solidarity part of staffing suggestions.
    public var needsWork: [String: HelpRequest] {
        var result: [String: HelpRequest] = [:]
        for r in requests where r.kind == .needsWork && r.isOpen { result[r.from] = r }
        return result
    }

    /// Testing and generation build states directly, bypassing changes.
    public mutating func insertForTesting(member: Member) { members.upsert(member) }
    public mutating func insertForTesting(project: Project) { projects.upsert(project) }
    public mutating func insertForTesting(request: HelpRequest) { requests.upsert(request) }
    public mutating func insertForTesting(entry: LedgerEntry) { ledger.append(sortedAfterLast: entry) }
}
