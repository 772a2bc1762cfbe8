import Dispatch

/// A year of the network's money as the operating company sees it: where it
/// came from (contributions by role and member, other income), where it went
/// (costs by category), the result, and who receives it. The finances pane,
/// `samen finance report` and the hledger export all read these numbers, so a
/// partner, an associate and the accountant see the same thing.
///
/// A correction counts as the kind of entry it corrects, in the year it is
/// dated: a revenue booked twice in March and corrected in May lowers May.
public struct FinanceReport: Sendable, Equatable {
    public var year: Int
    /// The year's distribution has been written and stands uncorrected.
    public var isClosed = false
    /// Members' revenue earned through the network (what contributions are a percentage of).
    public var revenue = Money.zero
    public var contributions = Money.zero
    public var contributionsByRole: [RoleAmount] = []
    /// Largest contribution first.
    public var contributionsByMember: [MemberContribution] = []
    /// Income of the network besides contributions (kind `income`).
    public var otherIncome = Money.zero
    public var costs = Money.zero
    /// Largest first.
    public var costsByCategory: [CategoryAmount] = []
    /// Members' shares of shared costs charged in the year (Unit-2's rent).
    public var charges = Money.zero
    /// Paid by members in the year.
    public var payments = Money.zero
    /// Paid out to partners in the year, out of their shares of results.
    public var payouts = Money.zero
    /// What members owe the network at the end of the year, over every year
    /// up to it: contributions and charges less payments (the statements'
    /// balances added up). Where members carry the costs, what is still open.
    public var owedByMembers = Money.zero
    /// What the network owes its partners at the end of the year:
    /// distributions less payouts, over every year up to it.
    public var owedToPartners = Money.zero
    /// The part of the year's figures booked ahead as planned and not yet
    /// come (dated after the day the report was asked for).
    public var planned = PlannedAmounts()
    /// The written distribution when the year is closed, else the split the
    /// result would get if it were closed now.
    public var distribution: [PartnerResultShare] = []
    /// Always twelve, January first.
    public var months: [MonthAmounts] = []

    public init(year: Int) { self.year = year }

    public var income: Money { contributions + otherIncome }
    public var result: Money { contributions + otherIncome - costs }
    /// Costs not charged on to members: what the network carries itself.
    /// A collective that charges its rent on in full carries nothing.
    public var costsNotChargedOn: Money { costs - charges }
    /// The result with the charges that recover costs: for a network
    /// without partners, whether its members covered what it spent.
    public var resultAfterCharges: Money { result + charges }
}

/// Amounts booked ahead as planned, by what they count as.
public struct PlannedAmounts: Sendable, Equatable {
    /// Contributions and other income.
    public var income = Money.zero
    public var costs = Money.zero
    public var charges = Money.zero
    public var payments = Money.zero
    public var isEmpty: Bool { income == .zero && costs == .zero && charges == .zero && payments == .zero }
    public init() {}
}

public struct RoleAmount: Sendable, Equatable {
    public var role: Role
    public var amount: Money
}

public struct MemberContribution: Sendable, Equatable {
    public var member: String
    public var name: String
    public var role: Role
    public var revenue: Money
    public var contributions: Money
    /// The contribution rates (basis points) applied in the year, lowest first.
    public var rates: [Int64]
}

public struct CategoryAmount: Sendable, Equatable {
    public var category: String
    public var amount: Money
}

public struct PartnerResultShare: Sendable, Equatable {
    public var member: String
    public var name: String
    /// This partner's weight and the sum of all weights: "1/3" says why.
    public var weight: Int64
    public var totalWeight: Int64
    public var amount: Money
}

public struct MonthAmounts: Sendable, Equatable {
    /// 1 is January.
    public var month: Int
    /// Contributions and other income.
    public var income: Money
    public var costs: Money
}

extension NetworkState {
    /// The kind an entry counts as: a correction counts as what it corrects.
    @inline(__always)
    func countedKind(_ e: LedgerEntry) -> LedgerKind { countedKind(e.kind, relatesTo: e.relatesTo) }

    @inline(__always)
    func countedKind(_ kind: LedgerKind, relatesTo: Int?) -> LedgerKind {
        guard kind == .correction else { return kind }
        guard let target = relatesTo, let original = ledger[id: target] else { return .correction }
        return original.kind
    }

    /// The years `[` and `]` walk in the finances pane: from the first year
    /// with an entry to the later of the last one and this year.
    public func ledgerYears(today: Day) -> ClosedRange<Int> {
        guard var low = ledger.first?.date, var high = ledger.first?.date else { return today.year...today.year }
        for e in ledger {
            if e.date < low { low = e.date }
            if e.date > high { high = e.date }
        }
        return low.year...max(high.year, today.year)
    }

    /// `today`, when given, decides which planned entries are still to come;
    /// without it every entry booked as planned is shown as planned.
    public func financeReport(year: Int, today: Day? = nil) -> FinanceReport { financeReport(year: year, parts: nil, today: today) }

    /// `parts` splits the tally (tests try several); by default two halves from 100,000 entries on.
    func financeReport(year: Int, parts wanted: Int?, today: Day? = nil) -> FinanceReport {
        var r = FinanceReport(year: year)
        guard let start = Day(year: year, month: 1, day: 1), let end = Day(year: year, month: 12, day: 31) else { return r }
        // Half a million entries at S100: tallied in two halves on two cores,
        // then added up (sums of cents are exact in any order).
        let count = ledger.records.count
        let parts = max(1, min(wanted ?? (count > 100_000 ? 2 : 1), max(count, 1)))
        let tallies = (0..<parts).map { _ in Box<YearTally>() }
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var t = YearTally(year: year, start: start, end: end, plannedAfter: today)
            t.add(ledger.records, count * part / parts..<count * (part + 1) / parts, in: self)
            tallies[part].value = t
        }
        var t = tallies[0].value!
        for other in tallies.dropFirst() { t.merge(other.value!) }

        r.revenue = t.revenue; r.contributions = t.contributions; r.otherIncome = t.otherIncome
        r.costs = t.costs; r.charges = t.charges; r.payments = t.payments; r.payouts = t.payouts
        r.owedByMembers = t.owedByMembers; r.owedToPartners = t.owedToPartners; r.planned = t.planned
        var roles: [Role: Money] = [:]
        for (id, slot) in t.memberSlot {
            let sums = t.memberSums[slot]
            let m = members[id: id]
            let role = m?.role ?? .external
            if sums.contributions != .zero { roles[role, default: .zero] += sums.contributions }
            r.contributionsByMember.append(MemberContribution(member: id, name: m?.name ?? id, role: role, revenue: sums.revenue,
                                                              contributions: sums.contributions, rates: sums.rates.sorted()))
        }
        r.contributionsByMember.sort { $0.contributions != $1.contributions ? $0.contributions > $1.contributions : $0.member < $1.member }
        r.contributionsByRole = roles.map { RoleAmount(role: $0.key, amount: $0.value) }.sorted { $0.role < $1.role }
        r.costsByCategory = t.byCategory.map { CategoryAmount(category: $0.key, amount: $0.value) }
            .sorted { $0.amount != $1.amount ? $0.amount > $1.amount : $0.category < $1.category }
        r.months = (0..<12).map { MonthAmounts(month: $0 + 1, income: t.monthIncome[$0], costs: t.monthCosts[$0]) }
        r.isClosed = ledgerIndex.isClosed(year)
        r.distribution = distribution(of: r.result, written: r.isClosed ? t.written.sorted { $0.id < $1.id } : [])
        return r
    }

    /// The written distribution entries, or the split `result` would get now.
    private func distribution(of result: Money, written: [LedgerEntry]) -> [PartnerResultShare] {
        let shares = network.partnerShares
        let total = shares.reduce(0) { $0 + $1.weight }
        func weight(_ member: String) -> Int64 { shares.first { $0.member == member }?.weight ?? 0 }
        func name(_ member: String) -> String { members[id: member]?.name ?? member }
        if !written.isEmpty {
            return written.map { PartnerResultShare(member: $0.member ?? "", name: name($0.member ?? ""), weight: weight($0.member ?? ""),
                                                    totalWeight: total, amount: $0.amount) }
        }
        guard total > 0, let amounts = try? result.split(weights: shares.map(\.weight)) else { return [] }
        return zip(shares, amounts).map { PartnerResultShare(member: $0.member, name: name($0.member), weight: $0.weight, totalWeight: total, amount: $1) }
    }
}

/// The sums of one year over a stretch of the ledger: what `financeReport`
/// adds up, kept apart so two halves of the ledger can be tallied at once.
struct YearTally {
    let year: Int
    let start: Day, end: Day
    var revenue = Money.zero, contributions = Money.zero, otherIncome = Money.zero
    var costs = Money.zero, charges = Money.zero, payments = Money.zero, payouts = Money.zero
    var owedByMembers = Money.zero, owedToPartners = Money.zero
    let plannedAfter: Day?
    var planned = PlannedAmounts()
    /// Members in the order first met; their sums by slot, so each entry
    /// costs one lookup of its member rather than one per field.
    var memberSlot: [String: Int] = [:]
    var memberSums: [(revenue: Money, contributions: Money, rates: [Int64])] = []
    var byCategory: [String: Money] = [:]
    var monthIncome = [Money](repeating: .zero, count: 12)
    var monthCosts = [Money](repeating: .zero, count: 12)
    var written: [LedgerEntry] = []
    /// The first day of each month, so an entry's month is found by
    /// comparing days rather than converting each date to the calendar.
    let monthStarts: [Day]

    init(year: Int, start: Day, end: Day, plannedAfter: Day? = nil) {
        self.year = year; self.start = start; self.end = end; self.plannedAfter = plannedAfter
        monthStarts = (1...12).map { Day(year: year, month: $0, day: 1)! }
    }

    @inline(__always)
    func month(_ d: Day) -> Int {
        var m = 11
        while d < monthStarts[m] { m -= 1 }
        return m
    }

    /// The member met last and their slot: a revenue and its contribution
    /// come one after the other, so half the lookups are a comparison.
    var lastMember = "", lastSlot = -1

    @inline(__always)
    mutating func slot(_ member: String) -> Int {
        if lastSlot >= 0 && member == lastMember { return lastSlot }
        let s: Int
        if let known = memberSlot[member] {
            s = known
        } else {
            s = memberSums.count
            memberSlot[member] = s
            memberSums.append((.zero, .zero, []))
        }
        lastMember = member; lastSlot = s
        return s
    }

    mutating func add(_ records: [LedgerEntry], _ range: Range<Int>, in state: NetworkState) {
        // Through the buffer, fields are read in place: copying each entry
        // would retain and release its strings half a million times.
        records.withUnsafeBufferPointer { entries in
            for i in range where entries[i].date <= end {
                let kind = state.countedKind(entries[i].kind, relatesTo: entries[i].relatesTo)
                let amount = entries[i].amount
                // Balances at the year's end carry every year up to it.
                switch kind {
                case .contribution, .charge: owedByMembers += amount
                case .payment: owedByMembers -= amount
                case .distribution: owedToPartners += amount
                case .payout: owedToPartners -= amount
                default: break
                }
                guard entries[i].date >= start else { continue }
                if entries[i].planned, plannedAfter.map({ entries[i].date > $0 }) ?? true {
                    switch kind {
                    case .contribution, .income: planned.income += amount
                    case .cost: planned.costs += amount
                    case .charge: planned.charges += amount
                    case .payment: planned.payments += amount
                    default: break
                    }
                }
                switch kind {
                case .revenue:
                    revenue += amount
                    if let m = entries[i].member { memberSums[slot(m)].revenue += amount }
                case .contribution:
                    contributions += amount
                    monthIncome[month(entries[i].date)] += amount
                    if let m = entries[i].member {
                        let s = slot(m)
                        memberSums[s].contributions += amount
                        if entries[i].kind == .contribution, let rate = entries[i].rate, !memberSums[s].rates.contains(rate) {
                            memberSums[s].rates.append(rate)
                        }
                    }
                case .income:
                    otherIncome += amount
                    monthIncome[month(entries[i].date)] += amount
                case .cost:
                    costs += amount
                    monthCosts[month(entries[i].date)] += amount
                    byCategory[entries[i].category ?? "uncategorised", default: .zero] += amount
                case .charge: charges += amount
                case .payment: payments += amount
                case .payout: payouts += amount
                case .distribution:
                    if entries[i].kind == .distribution, entries[i].year == year, !state.isCorrected(entries[i].id) { written.append(entries[i]) }
                case .correction: break
                }
            }
        }
    }

    mutating func merge(_ o: YearTally) {
        revenue += o.revenue; contributions += o.contributions; otherIncome += o.otherIncome
        costs += o.costs; charges += o.charges; payments += o.payments; payouts += o.payouts
        owedByMembers += o.owedByMembers; owedToPartners += o.owedToPartners
        planned.income += o.planned.income; planned.costs += o.planned.costs
        planned.charges += o.planned.charges; planned.payments += o.planned.payments
        for (member, theirs) in o.memberSlot {
            let s = slot(member)
            let sums = o.memberSums[theirs]
            memberSums[s].revenue += sums.revenue
            memberSums[s].contributions += sums.contributions
            for rate in sums.rates where !memberSums[s].rates.contains(rate) { memberSums[s].rates.append(rate) }
        }
        for (c, amount) in o.byCategory { byCategory[c, default: .zero] += amount }
        for m in 0..<12 { monthIncome[m] += o.monthIncome[m]; monthCosts[m] += o.monthCosts[m] }
        written += o.written
    }
}
