/// One line of a double-entry transaction: an account and the amount put on
/// it (positive is a debit, negative a credit, as hledger reads it).
public struct Posting: Sendable, Equatable {
    public var account: String
    public var amount: Money
}

/// How each ledger entry becomes a balanced transaction in the chart of
/// accounts (see `ChartOfAccounts`). The postings of one entry always add up
/// to zero, so the journal balances by construction.
struct LedgerPostings {
    let state: NetworkState
    /// Account names of cost categories, made unique: two categories whose
    /// names differ only in characters an account cannot hold ("a:b", "a-b")
    /// must not be added together.
    private var categoryAccounts: [String: String] = [:]
    private var usedCategoryAccounts: Set<String> = []

    init(state: NetworkState) {
        self.state = state
        for c in state.network.costCategories { _ = categoryAccount(c) }
    }

    mutating func categoryAccount(_ category: String) -> String {
        if let a = categoryAccounts[category] { return a }
        var account = ChartOfAccounts.expenses(category)
        var n = 2
        while usedCategoryAccounts.contains(account) { account = ChartOfAccounts.expenses(category) + " \(n)"; n += 1 }
        categoryAccounts[category] = account
        usedCategoryAccounts.insert(account)
        return account
    }

    /// The role a member's contributions are filed under: their role now.
    func role(of member: String) -> String { state.member(member)?.role.rawValue ?? "unknown role" }

    /// The postings of `entry`. A correction reverses the postings of the
    /// entry it corrects, with its own (reversed) amount.
    mutating func postings(for entry: LedgerEntry) throws -> [Posting] {
        var source = entry
        if entry.kind == .correction {
            guard let target = entry.relatesTo, let original = state.ledgerEntry(target) else {
                throw DomainError(LedgerRefusal.correctsMissing(entry.id, entry.relatesTo.map(String.init) ?? "(none)"))
            }
            guard original.kind != .correction else {
                throw DomainError(LedgerRefusal.correctsCorrection(entry.id, original.id))
            }
            source = original
            source.amount = entry.amount
        }
        return try postings(kind: source.kind, of: source, id: entry.id)
    }

    private mutating func postings(kind: LedgerKind, of e: LedgerEntry, id: Int) throws -> [Posting] {
        func member() throws -> String {
            guard let m = e.member else { throw DomainError(LedgerRefusal.entryWithoutMember(id, kind)) }
            return m
        }
        let a = e.amount
        switch kind {
        case .revenue:
            let m = try member()
            return [Posting(account: ChartOfAccounts.memoClients, amount: a), Posting(account: ChartOfAccounts.memoRevenue(m), amount: -a)]
        case .contribution:
            let m = try member()
            return [Posting(account: ChartOfAccounts.receivable(m), amount: a),
                    Posting(account: ChartOfAccounts.contributions(role: role(of: m), member: m), amount: -a)]
        case .income:
            return [Posting(account: ChartOfAccounts.bank, amount: a), Posting(account: ChartOfAccounts.otherIncome, amount: -a)]
        case .cost:
            // As the finance report files a cost without a category.
            return [Posting(account: categoryAccount(e.category ?? "uncategorised"), amount: a), Posting(account: ChartOfAccounts.bank, amount: -a)]
        case .charge:
            let m = try member()
            return [Posting(account: ChartOfAccounts.receivable(m), amount: a), Posting(account: ChartOfAccounts.costsShared, amount: -a)]
        case .payment:
            let m = try member()
            return [Posting(account: ChartOfAccounts.bank, amount: a), Posting(account: ChartOfAccounts.receivable(m), amount: -a)]
        case .distribution:
            let m = try member()
            return [Posting(account: ChartOfAccounts.resultsDistributed, amount: a), Posting(account: ChartOfAccounts.partner(m), amount: -a)]
        case .payout:
            let m = try member()
            return [Posting(account: ChartOfAccounts.partner(m), amount: a), Posting(account: ChartOfAccounts.bank, amount: -a)]
        case .correction:
            throw DomainError(LedgerRefusal.correctsACorrection(id))
        }
    }
}
