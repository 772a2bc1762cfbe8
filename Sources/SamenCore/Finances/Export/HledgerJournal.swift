/// The network's books as an hledger journal for the accountant: every
/// account and the `€` commodity declared (so `hledger check -s` accepts
/// it), one transaction per ledger entry in the chart of `ChartOfAccounts`,
/// tags `member:`, `project:`, `category:` and `kind:`, and at each month end
/// a balance assertion on every balance-sheet account that moved that month
/// (the bank, members' receivables, partners), so hledger itself checks
/// that its running balances are Samen's.
///
/// With a year, the journal opens with the balances of assets and
/// liabilities carried from earlier years (against `equity:opening
/// balances`) so the assertions hold, and holds the entries dated in that
/// year only; a correction counts in the year it is dated.
public struct HledgerJournal {
    public var state: NetworkState
    public var year: Int?
    /// The day written in the header, so the same data exports the same text.
    public var exportedOn: Day

    public init(state: NetworkState, year: Int? = nil, exportedOn: Day) {
        self.state = state; self.year = year; self.exportedOn = exportedOn
    }

    public func text() throws -> String {
        var postings = LedgerPostings(state: state)
        // Entries of the period, in date order (ledger order on a day), and
        // the balances carried into it.
        var inPeriod: [(entry: LedgerEntry, postings: [Posting])] = []
        inPeriod.reserveCapacity(state.ledger.count)
        var carried: [String: Money] = [:]
        for e in state.ledger {
            if let year, e.date.year != year {
                guard e.date.year < year else { continue }
                for p in try postings.postings(for: e) where ChartOfAccounts.isCarried(p.account) { carried[p.account, default: .zero] += p.amount }
                continue
            }
            inPeriod.append((e, try postings.postings(for: e)))
        }
        // Date order, ledger order within a day. Sorting small keys, not the
        // entries: half a million entries with their strings are slow to move.
        var order = inPeriod.indices.map { (day: inPeriod[$0].entry.date.daysSinceEpoch, index: $0) }
        order.sort { $0.day != $1.day ? $0.day < $1.day : $0.index < $1.index }
        let opening = carried.filter { $0.value != .zero }.sorted { $0.key < $1.key }

        var accounts = Set(state.network.costCategories.map { postings.categoryAccount($0) })
        for (_, ps) in inPeriod { for p in ps { accounts.insert(p.account) } }
        for (a, _) in opening { accounts.insert(a) }
        if !opening.isEmpty { accounts.insert(ChartOfAccounts.openingBalances) }

        var out = ""
        out.reserveCapacity(inPeriod.count * 200 + 4096)
        header(into: &out, accounts: accounts)

        var balances: [String: Money] = [:]
        if let year, !opening.isEmpty, let first = Day(year: year, month: 1, day: 1) {
            out += "\(first.iso) Opening balances | carried from before \(year)\n"
            var total = Money.zero
            for (account, amount) in opening {
                posting(account, amount, assert: amount, into: &out)
                balances[account] = amount
                total += amount
            }
            posting(ChartOfAccounts.openingBalances, -total, into: &out)
            out += "\n"
        }

        var month: (year: Int, month: Int)?
        var touched = Set<String>()
        for (_, i) in order {
            let (e, ps) = inPeriod[i]
            let c = e.date.components
            if let m = month, m != (c.year, c.month) {
                monthEnd(m, touched, balances, into: &out)
                touched.removeAll(keepingCapacity: true)
            }
            month = (c.year, c.month)
            transaction(e, ps, into: &out)
            for p in ps where ChartOfAccounts.isAsserted(p.account) {
                balances[p.account, default: .zero] += p.amount
                touched.insert(p.account)
            }
        }
        if let m = month { monthEnd(m, touched, balances, into: &out) }
        return out
    }

    private func header(into out: inout String, accounts: Set<String>) {
        let name = JournalText.comment(state.network.name)
        out += "; \(name): the books of the operating company, exported by Samen on \(exportedOn.iso)\n"
        out += year.map { "; The year \($0), with the balances carried from earlier years\n" } ?? "; Every year in the ledger\n"
        out += "; Check it with: hledger -f FILE check -s\n"
        out += "; Members' revenue through the network is booked on memo accounts, outside the result.\n"
        out += "; A transaction's code is its Samen ledger entry id.\n\n"
        out += "decimal-mark ,\n"
        out += "commodity € 1.000,00\n\n"
        for top in ChartOfAccounts.topLevel {
            out += "account \(top.account)"
            if let t = top.type { out += "  ; type: \(t)" }
            out += "\n    ; \(JournalText.comment(top.about))\n"
        }
        out += "\n"
        for a in accounts.sorted() { out += "account \(a)\n" }
        out += "\n"
    }

    private func transaction(_ e: LedgerEntry, _ ps: [Posting], into out: inout String) {
        let subject = e.kind == .correction ? e.relatesTo.flatMap { state.ledgerEntry($0) } ?? e : e
        let payee: String
        switch subject.kind {
        case .cost, .income: payee = subject.payee ?? subject.category ?? subject.kind.rawValue
        default: payee = subject.member.map { state.member($0)?.name ?? $0 } ?? subject.payee ?? ""
        }
        var note = e.note.isEmpty ? subject.kind.rawValue : e.note
        if e.kind == .correction { note = "correction of entry \(subject.id) (\(subject.kind.rawValue)): " + note }
        out += "\(e.date.iso) (\(e.id)) \(JournalText.description(payee: payee, note: note))  ; kind:\(subject.kind.rawValue)"
        if let m = subject.member { out += ", member:\(JournalText.tagValue(m))" }
        if let p = subject.project { out += ", project:\(p)" }
        if let c = subject.category { out += ", category:\(JournalText.tagValue(c))" }
        if e.kind == .correction { out += ", corrects:\(subject.id)" }
        if let y = e.year { out += ", year:\(y)" }
        out += "\n"
        for p in ps { posting(p.account, p.amount, into: &out) }
        out += "\n"
    }

    /// A transaction on the month's last day whose zero postings assert the
    /// balance of each balance-sheet account that moved in the month.
    private func monthEnd(_ m: (year: Int, month: Int), _ touched: Set<String>, _ balances: [String: Money], into out: inout String) {
        guard !touched.isEmpty, let last = Day(year: m.year, month: m.month, day: Day.daysIn(month: m.month, year: m.year)) else { return }
        out += "\(last.iso) Balances at month end | asserted by Samen\n"
        for a in touched.sorted() { posting(a, .zero, assert: balances[a] ?? .zero, into: &out) }
        out += "\n"
    }

    private func posting(_ account: String, _ amount: Money, assert: Money? = nil, into out: inout String) {
        out += "    "
        out += account
        let width = account.unicodeScalars.count
        out += width < 48 ? String(repeating: " ", count: 48 - width) : "  "
        out += JournalText.amount(amount)
        if let assert { out += " = " + JournalText.amount(assert) }
        out += "\n"
    }
}
