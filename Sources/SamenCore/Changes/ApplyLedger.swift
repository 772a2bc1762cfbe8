extension NetworkState {
    mutating func addLedgerEntry(_ proposed: LedgerEntry, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var e = proposed
        switch e.kind {
        case .correction: throw DomainError(LedgerRefusal.correctionByCorrecting, field: .kind)
        case .contribution: throw DomainError(LedgerRefusal.contributionWithRevenue, field: .kind)
        case .distribution: throw DomainError(LedgerRefusal.distributionsAtClose, field: .kind)
        default: break
        }
        try Rules.amountPositive(e.amount, .amountOf(e.kind))
        try checkPlanned(e.date, planned: e.planned, today: ctx.today)
        switch e.kind {
        case .payout:
            guard let id = e.member else { throw DomainError(LedgerRefusal.payoutNeedsPartner, field: .member) }
            let m = try existingMember(id)
            let owed = owedToPartner(id)
            guard owed.cents > 0 else {
                throw DomainError(LedgerRefusal.owesNothing(m.name), field: .member)
            }
            guard e.amount <= owed else {
                let style = network.moneyStyle
                throw DomainError(LedgerRefusal.payoutTooBig(m.name, owed: owed.format(style), payout: e.amount.format(style)), field: .amount)
            }
        case .revenue, .charge, .payment:
            guard let id = e.member else { throw DomainError(LedgerRefusal.needsMember(e.kind), field: .member) }
            let m = try existingMember(id)
            if e.kind == .revenue, !m.isActive(on: e.date) {
                if let left = m.left, left <= e.date { throw DomainError(LedgerRefusal.leftBeforeRevenue(id, left: left, date: e.date), field: .member) }
                throw DomainError(LedgerRefusal.joinedAfterRevenue(id, joined: m.joined, date: e.date), field: .member)
            }
        case .cost:
            guard let c = e.category else { throw DomainError(LedgerRefusal.costNeedsCategory(network.costCategories), field: .category) }
            guard network.costCategories.contains(c) else {
                throw DomainError(LedgerRefusal.noCostCategory(c, network.costCategories), field: .category)
            }
            if let id = e.member { _ = try existingMember(id) }
        default:
            if let id = e.member { _ = try existingMember(id) }
        }
        if e.kind != .cost, let c = e.category, !network.costCategories.contains(c) {
            throw DomainError(LedgerRefusal.noCategory(c, network.costCategories), field: .category)
        }
        if let p = e.project { _ = try existingProject(p) }
        if let r = e.relatesTo { guard ledger[id: r] != nil else { throw DomainError(LedgerRefusal.noEntry(r)) } }
        if let closed = closedYear(containing: e.date) {
            throw DomainError(LedgerRefusal.yearClosedForEntry(closed, e.date), field: .date)
        }
        var next = (ledger.lastID ?? 0) + 1
        e.id = next; e.at = ctx.now; e.by = ctx.actor; e.rate = nil; e.year = nil
        e.note = e.note.trimmingSpaces()
        var appended = [e]
        if e.kind == .revenue, let memberID = e.member, let m = members[id: memberID] {
            let rate = network.contributionRate(for: m.role, on: e.date)
            if rate > 0 {
                next += 1
                appended.append(LedgerEntry(id: next, kind: .contribution, date: e.date, amount: e.amount.percentage(basisPoints: rate),
                                            member: memberID, project: e.project, note: "\(Double(rate) / 100) % of revenue \(e.id)",
                                            rate: rate, relatesTo: e.id, at: ctx.now, by: ctx.actor, planned: e.planned))
            }
        }
        appendLedger(appended)
        var out = ChangeOutcome(applied: .addLedgerEntry(e), said: .ledgerEntry(planned: e.planned, kind: e.kind, amount: e.amount.format(network.moneyStyle), on: e.date, member: e.member))
        out.ledgerAppended = appended
        return out
    }

    /// The year whose result has been distributed and so may not change.
    func closedYear(containing day: Day) -> Int? {
        ledgerIndex.isClosed(day.year) ? day.year : nil
    }

    func isCorrected(_ id: Int) -> Bool { ledgerIndex.corrected.contains(id) }

    mutating func correctLedgerEntry(_ id: Int, _ reason: String, _ wanted: Day?, _ ctx: ChangeContext) throws -> ChangeOutcome {
        guard let original = ledger[id: id] else { throw DomainError(LedgerRefusal.noEntry(id)) }
        guard original.kind != .correction else { throw DomainError(LedgerRefusal.correctionOfCorrection(id)) }
        guard !isCorrected(id) else { throw DomainError(LedgerRefusal.correctedAlready(id)) }
        let why = try Rules.nonEmpty(reason, .reasonForCorrection, field: .reason)
        // On the entry's own date unless told otherwise, so the year it
        // counted in is the year it is taken out of.
        let date = wanted ?? original.date
        guard date >= original.date else {
            throw DomainError(LedgerRefusal.correctionBeforeOriginal(date, original: original.date), field: .date)
        }
        if date > ctx.today, !original.planned {
            throw DomainError(LedgerRefusal.correctionAhead(date, today: ctx.today), field: .date)
        }
        if original.kind != .distribution, let closed = closedYear(containing: date) {
            throw DomainError(LedgerRefusal.yearClosedForCorrection(closed), field: .date)
        }
        // Correcting a revenue also reverses the contribution that came with it.
        var targets = [original]
        if original.kind == .revenue {
            if let c = ledgerIndex.contributionOf[id], !isCorrected(c), let contribution = ledger[id: c] { targets.append(contribution) }
        }
        var next = (ledger.lastID ?? 0)
        var appended: [LedgerEntry] = []
        for t in targets {
            next += 1
            appended.append(LedgerEntry(id: next, kind: .correction, date: date, amount: -t.amount, member: t.member,
                                        project: t.project, category: t.category, payee: t.payee,
                                        note: why, relatesTo: t.id, year: t.year, at: ctx.now, by: ctx.actor,
                                        planned: t.planned && date > ctx.today))
        }
        appendLedger(appended)
        var out = ChangeOutcome(applied: .correctLedgerEntry(entry: id, reason: why, date: date),
                                said: .corrected(entry: id, on: date, why: why))
        if date.year != original.date.year {
            out.warnings.append(NoticeWords.correctionInOtherYear(date.year, entry: id, entryYear: original.date.year).text)
        }
        out.ledgerAppended = appended
        return out
    }

    /// An entry dated after today must say it is planned, and only such an
    /// entry may: a year typed wrong is caught, a booking ahead is kept.
    func checkPlanned(_ date: Day, planned: Bool, today: Day) throws {
        if date > today, !planned {
            throw DomainError(LedgerRefusal.aheadNotPlanned(date, today: today), field: .planned)
        }
        if planned, date <= today {
            throw DomainError(LedgerRefusal.plannedInPast(date), field: .planned)
        }
    }

    /// What the network still owes a partner: their distributions less what
    /// was paid out, over every year (a loss shared makes it less).
    public func owedToPartner(_ id: String) -> Money {
        var owed = Money.zero
        for e in ledger where e.member == id {
            switch countedKind(e) {
            case .distribution: owed += e.amount
            case .payout: owed -= e.amount
            default: break
            }
        }
        return owed
    }
}
