import SamenCore

/// What the Finances pane needs of the whole ledger, worked out in one walk
/// per version of the data: which entries each year holds, the kind each
/// counts as, the running balance after each, and which entries were
/// corrected. Switching year, filtering and drawing then never walk 500,000
/// entries again.
struct FinanceLedgerIndex: Sendable {
    /// `state.ledger.records`, shared (copy on write), not copied.
    private(set) var entries: [LedgerEntry] = []
    /// Positions of each year's entries (by the date they carry), in ledger order.
    private(set) var byYear: [Int: [Int]] = [:]
    /// The kind an entry counts as: a correction counts as what it corrects
    /// (the rule `samen finance report` follows too).
    private(set) var countsAs: [LedgerKind] = []
    /// The network's undistributed result right after each entry:
    /// contributions and other income in, costs and distributions out, from
    /// the first entry of the ledger, year by year. Revenue, charges and
    /// payments are the members' money and leave it as it is.
    private(set) var balance: [Int64] = []
    /// What that balance was when each year began.
    private(set) var opening: [Int: Int64] = [:]
    /// The correction of an entry, by the corrected entry's id (corrections are few).
    private(set) var correctedBy: [Int: Int] = [:]
    /// Positions of the distribution entries, by the year they close (a few per year).
    private var distributionsOf: [Int: [Int]] = [:]

    init() {}

    init(_ state: NetworkState) {
        entries = state.ledger.records
        let n = entries.count
        countsAs.reserveCapacity(n)
        balance = Array(repeating: 0, count: n)
        // Years by slot: entries come mostly in date order, so the slot of
        // the previous entry's year is nearly always the one, and no hash is taken.
        var slotOf: [Int: Int] = [:]
        var slotYears: [Int] = [], slotPositions: [[Int]] = []
        entries.withUnsafeBufferPointer { all in
            // A day's year is worked out once per distinct day, not per entry.
            var lastDay: Int32 = .min, lastYear = 0, slot = -1
            for i in all.indices {
                let day = all[i].date.daysSinceEpoch
                if day != lastDay {
                    lastDay = day
                    let year = all[i].date.year
                    if year != lastYear || slot < 0 {
                        lastYear = year
                        if let known = slotOf[year] { slot = known } else {
                            slot = slotYears.count
                            slotOf[year] = slot
                            slotYears.append(year); slotPositions.append([])
                        }
                    }
                }
                var kind = all[i].kind
                if kind == .correction, let target = all[i].relatesTo {
                    correctedBy[target] = all[i].id
                    if let at = state.ledger.position(ofID: target) { kind = all[at].kind }
                }
                if all[i].kind == .distribution, let y = all[i].year { distributionsOf[y, default: []].append(i) }
                countsAs.append(kind)
                slotPositions[slot].append(i)
            }
        }
        for (k, year) in slotYears.enumerated() { byYear[year] = slotPositions[k] }
        slotPositions = []
        var carried: Int64 = 0
        for year in byYear.keys.sorted() {
            opening[year] = carried
            var running = carried
            entries.withUnsafeBufferPointer { all in
                for i in byYear[year]! {
                    running += Self.effect(countsAs[i], all[i].amount)
                    balance[i] = running
                }
            }
            carried = running
        }
    }

    /// How an entry moves the network's undistributed result, in cents.
    static func effect(_ countsAs: LedgerKind, _ amount: Money) -> Int64 {
        switch countsAs {
        case .contribution, .income: return amount.cents
        case .cost, .distribution: return -amount.cents
        case .revenue, .charge, .payment, .payout, .correction: return 0
        }
    }

    var count: Int { entries.count }
    func positions(in year: Int) -> [Int] { byYear[year] ?? [] }

    /// The position of entry `id` (the ledger is in id order).
    func position(of id: Int) -> Int? {
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let k = entries[mid].id
            if k == id { return mid }
            if k < id { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    func entry(_ id: Int) -> LedgerEntry? { position(of: id).map { entries[$0] } }

    /// A revenue's contribution: the domain appends it right after its
    /// revenue, in the same change, so it is found a few entries on, never by
    /// walking the ledger.
    func contribution(of revenue: Int) -> LedgerEntry? {
        guard let at = position(of: revenue) else { return nil }
        for i in (at + 1)..<min(entries.count, at + 4) where entries[i].kind == .contribution && entries[i].relatesTo == revenue {
            return entries[i]
        }
        return nil
    }

    /// The year's distribution entries that stand (not corrected): when
    /// present, the year is closed and these are what the partners received.
    func distributions(closing year: Int) -> [LedgerEntry] {
        (distributionsOf[year] ?? []).map { entries[$0] }.filter { correctedBy[$0.id] == nil }
    }
}

extension SortedTable where ID == Int {
    /// The position of the record with `id`, if there is one.
    func position(ofID id: Int) -> Int? {
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ids[mid] == id { return mid }
            if ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }
}
