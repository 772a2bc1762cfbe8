/// What one member did with the network's money in a year, and what they
/// owe: the page an associate reads to see why they pay what they pay.
public struct MemberStatement: Sendable, Equatable {
    public var year: Int
    public var member: String
    public var name: String
    public var role: Role
    /// Earned through the network in the year.
    public var revenue = Money.zero
    public var contributions = Money.zero
    /// The contribution rates (basis points) applied in the year, lowest first.
    public var rates: [Int64] = []
    /// Shares of shared costs charged in the year.
    public var charges = Money.zero
    public var payments = Money.zero
    /// A partner's share of a closed year's result written in the year: the
    /// network owes it to them (a shared loss they owe).
    public var distributions = Money.zero
    /// Paid out to the partner in the year, against their shares of results.
    public var payouts = Money.zero
    /// Owed to the network at the start of the year; negative is a credit.
    public var openingBalance = Money.zero
    /// Partners only: their distribution of the year's result, written or projected.
    public var shareOfResult: Money?
    /// The member's entries dated in the year, in ledger order.
    public var entries: [LedgerEntry] = []

    /// Owed to the network at the end of the year: what was owed before, plus
    /// contributions and charges, minus payments, minus the partner's share
    /// of a result, plus what was paid out of it. Negative is what the
    /// network owes the member; a partner paid out in full comes to zero.
    public var balanceDue: Money { openingBalance + contributions + charges - payments - distributions + payouts }
}

extension NetworkState {
    public func memberStatement(member id: String, year: Int) throws -> MemberStatement {
        let m = try existingMember(id)
        guard let statement = statements(year: year, only: m)?.first else {
            throw DomainError(LedgerRefusal.noBooksFor(year))
        }
        return statement
    }

    /// Every member's statement for `year` in one pass over the ledger, in
    /// member id order: the statements view and the CSV export list them all.
    public func memberStatements(year: Int) -> [MemberStatement] {
        statements(year: year, only: nil) ?? []
    }

    private func statements(year: Int, only: Member?) -> [MemberStatement]? {
        guard let start = Day(year: year, month: 1, day: 1), let end = Day(year: year, month: 12, day: 31) else { return nil }
        var slot: [String: Int] = [:]
        var out: [MemberStatement] = []
        if let m = only {
            out.append(MemberStatement(year: year, member: m.id, name: m.name, role: m.role))
        } else {
            // Field by field: a loop over whole members copies each one (10,000, every string and array retained).
            members.records.withUnsafeBufferPointer { m in
                out.reserveCapacity(m.count)
                for i in m.indices { out.append(MemberStatement(year: year, member: m[i].id, name: m[i].name, role: m[i].role)) }
            }
        }
        slot.reserveCapacity(out.count)
        for i in out.indices { slot[out[i].member] = i }
        var rates = [Set<Int64>](repeating: [], count: out.count)
        // Whose statement each of the year's entries goes on, found once; the
        // entries are copied in a second pass into lists made the right size
        // (appending to 10,000 growing lists moved every entry several times).
        var owner: [(entry: Int, statement: Int)] = []
        var counts = [Int](repeating: 0, count: out.count)
        ledger.records.withUnsafeBufferPointer { entries in
            for j in entries.indices where entries[j].date <= end {
                guard let id = entries[j].member, let i = slot[id] else { continue }
                let kind = countedKind(entries[j].kind, relatesTo: entries[j].relatesTo)
                let amount = entries[j].amount
                guard entries[j].date >= start else {
                    switch kind {
                    case .contribution, .charge, .payout: out[i].openingBalance += amount
                    case .payment, .distribution: out[i].openingBalance -= amount
                    default: break
                    }
                    continue
                }
                owner.append((j, i))
                counts[i] += 1
                switch kind {
                case .revenue: out[i].revenue += amount
                case .contribution:
                    out[i].contributions += amount
                    if entries[j].kind == .contribution, let r = entries[j].rate { rates[i].insert(r) }
                case .charge: out[i].charges += amount
                case .payment: out[i].payments += amount
                case .distribution: out[i].distributions += amount
                case .payout: out[i].payouts += amount
                default: break
                }
            }
            for i in out.indices where counts[i] > 0 { out[i].entries.reserveCapacity(counts[i]) }
            for (j, i) in owner { out[i].entries.append(entries[j]) }
        }
        let partners = Set(network.partnerShares.map(\.member))
        let shares = out.contains { partners.contains($0.member) } ? financeReport(year: year).distribution : []
        for i in out.indices {
            out[i].rates = rates[i].sorted()
            if partners.contains(out[i].member) {
                out[i].shareOfResult = shares.first { $0.member == out[i].member }?.amount
            }
        }
        return out
    }
}
