/// A shared cost charged on to members: Unit-2's rent by the desks each uses,
/// the coffee equally. One `charge` per member, related to the cost and in
/// its category, split by the largest-remainder method so the charges add up
/// to the cost to the cent.
public struct CostShare: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        public var member: String
        public var weight: Int64
        public init(member: String, weight: Int64 = 1) { self.member = member; self.weight = weight }
    }

    /// The id of the cost entry shared.
    public var cost: Int
    public var parts: [Part]
    /// Start of each charge's note ("rent Jan 2026"); the cost's category and date when empty.
    public var note: String
    /// What the weights count, for the notes: "2 of 7 desks". "members" when split equally.
    public var unit: String

    public init(cost: Int, parts: [Part], note: String = "", unit: String = "") {
        self.cost = cost; self.parts = parts; self.note = note; self.unit = unit
    }

    /// Everyone named pays the same.
    public static func equally(cost: Int, members: [String], note: String = "") -> CostShare {
        CostShare(cost: cost, parts: members.map { Part(member: $0) }, note: note, unit: "members")
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("cost", cost)
        b.set("parts", .array(parts.map { p in
            var o = JSONObjectBuilder(); o.set("member", p.member); o.set("weight", p.weight); return o.value
        }))
        if !note.isEmpty { b.set("note", note) }
        if !unit.isEmpty { b.set("unit", unit) }
        return b.value
    }
}

extension NetworkState {
    mutating func shareCost(_ share: CostShare, _ ctx: ChangeContext) throws -> ChangeOutcome {
        guard let cost = ledger[id: share.cost] else { throw DomainError(LedgerRefusal.noEntry(share.cost)) }
        guard cost.kind == .cost else {
            throw DomainError(LedgerRefusal.notACost(share.cost, cost.kind))
        }
        guard !isCorrected(cost.id) else { throw DomainError(LedgerRefusal.costCorrected(cost.id)) }
        if let charges = ledgerIndex.chargesOf[cost.id]?.filter({ !isCorrected($0) }), !charges.isEmpty {
            throw DomainError(LedgerRefusal.costSharedAlready(cost.id, charges: Array(charges)))
        }
        guard !share.parts.isEmpty else { throw DomainError(LedgerRefusal.nameSharers(cost.id), field: .members) }
        var seen = Set<String>()
        for p in share.parts {
            let m = try existingMember(p.member)
            guard seen.insert(p.member).inserted else { throw DomainError(LedgerRefusal.memberTwice(p.member), field: .members) }
            if let left = m.left, left <= cost.date {
                throw DomainError(LedgerRefusal.leftBeforeCost(p.member, left: left, date: cost.date), field: .members)
            }
            if m.joined > cost.date { throw DomainError(LedgerRefusal.joinedAfterCost(p.member, joined: m.joined, date: cost.date), field: .members) }
            guard p.weight > 0 else { throw DomainError(LedgerRefusal.weightAboveZero(p.member, got: p.weight), field: .members) }
        }
        if let closed = closedYear(containing: cost.date) {
            throw DomainError(LedgerRefusal.yearClosedForCharges(closed, cost.date))
        }
        let amounts = try cost.amount.split(weights: share.parts.map(\.weight))
        let total = share.parts.reduce(Int64(0)) { $0 + $1.weight }
        let equal = share.parts.allSatisfy { $0.weight == 1 }
        let unit = !share.unit.isEmpty ? share.unit : equal ? "members" : "shares"
        let prefix = share.note.trimmingSpaces().isEmpty ? "\(cost.category ?? "cost") \(cost.date)" : share.note.trimmingSpaces()
        try Rules.noteLength(prefix, .noteOfCharge)
        var next = ledger.lastID ?? 0
        var appended: [LedgerEntry] = []
        // A share that rounds to nothing is not written: a charge of € 0,00 says nothing.
        for (p, amount) in zip(share.parts, amounts) where amount.cents != 0 {
            next += 1
            appended.append(LedgerEntry(id: next, kind: .charge, date: cost.date, amount: amount, member: p.member,
                                        category: cost.category, note: "\(prefix): \(p.weight) of \(total) \(unit)",
                                        relatesTo: cost.id, at: ctx.now, by: ctx.actor, planned: cost.planned))
        }
        appendLedger(appended)
        var out = ChangeOutcome(applied: .shareCost(share),
                                said: .sharedCost(entry: cost.id, amount: cost.amount.format(network.moneyStyle), members: share.parts.count))
        out.ledgerAppended = appended
        return out
    }
}
