extension NetworkState {
    mutating func addLedgerEntry(_ proposed: LedgerEntry, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var e = proposed
        switch e.kind {
        case .correction: throw DomainError("a correction is made by correcting an entry, not by adding one", field: .kind)
        case .contribution: throw DomainError("a contribution is added with its revenue, at the rate in force; add the revenue", field: .kind)
        case .distribution: throw DomainError("distributions are written when a year is closed", field: .kind)
        default: break
        }
        try Rules.amountPositive(e.amount, "the amount of a \(e.kind.rawValue)")
        try checkPlanned(e.date, planned: e.planned, today: ctx.today)
        switch e.kind {
        case .payout:
            guard let id = e.member else { throw DomainError("a payout needs the partner it is paid to", field: .member) }
            let m = try existingMember(id)
            let owed = owedToPartner(id)
            guard owed.cents > 0 else {
                throw DomainError("the network owes \(m.name) nothing: no share of a closed year's result is waiting to be paid out", field: .member)
            }
            guard e.amount <= owed else {
                let style = network.moneyStyle
                throw DomainError("the network owes \(m.name) \(owed.format(style)) of their shares of results; a payout of \(e.amount.format(style)) is more than that", field: .amount)
            }
        case .revenue, .charge, .payment:
            guard let id = e.member else { throw DomainError("a \(e.kind.rawValue) needs the member it belongs to", field: .member) }
            let m = try existingMember(id)
            if e.kind == .revenue, !m.isActive(on: e.date) {
                if let left = m.left, left <= e.date { throw DomainError("member '\(id)' had left on \(left), before this revenue (\(e.date))", field: .member) }
                throw DomainError("member '\(id)' joined on \(m.joined), after this revenue (\(e.date))", field: .member)
            }
        case .cost:
            guard let c = e.category else { throw DomainError("a cost needs a category: \(network.costCategories.joined(separator: ", "))", field: .category) }
            guard network.costCategories.contains(c) else {
                throw DomainError("cost category '\(c)' does not exist; the categories are: \(network.costCategories.joined(separator: ", "))", field: .category)
            }
            if let id = e.member { _ = try existingMember(id) }
        default:
            if let id = e.member { _ = try existingMember(id) }
        }
        if e.kind != .cost, let c = e.category, !network.costCategories.contains(c) {
            throw DomainError("category '\(c)' does not exist; the categories are: \(network.costCategories.joined(separator: ", "))", field: .category)
        }
        if let p = e.project { _ = try existingProject(p) }
        if let r = e.relatesTo { guard ledger[id: r] != nil else { throw DomainError("ledger entry \(r) does not exist") } }
        if let closed = closedYear(containing: e.date) {
            throw DomainError("the year \(closed) is closed; an entry dated \(e.date) would change its result", field: .date)
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
        guard let original = ledger[id: id] else { throw DomainError("ledger entry \(id) does not exist") }
        guard original.kind != .correction else { throw DomainError("entry \(id) is itself a correction; correct the original entry instead") }
        guard !isCorrected(id) else { throw DomainError("ledger entry \(id) has already been corrected") }
        let why = try Rules.nonEmpty(reason, "the reason for a correction", field: .reason)
        // On the entry's own date unless told otherwise, so the year it
        // counted in is the year it is taken out of.
        let date = wanted ?? original.date
        guard date >= original.date else {
            throw DomainError("a correction cannot be dated (\(date)) before the entry it corrects (\(original.date))", field: .date)
        }
        if date > ctx.today, !original.planned {
            throw DomainError("a correction dated \(date) is after today (\(ctx.today)); only a planned entry is corrected ahead", field: .date)
        }
        if original.kind != .distribution, let closed = closedYear(containing: date) {
            throw DomainError("the year \(closed) is closed; date the correction in an open year", field: .date)
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
            out.warnings.append("the correction is dated in \(date.year) and entry \(id) in \(original.date.year): "
                                + "it changes \(date.year)'s figures, not \(original.date.year)'s")
        }
        out.ledgerAppended = appended
        return out
    }

    /// An entry dated after today must say it is planned, and only such an
    /// entry may: a year typed wrong is caught, a booking ahead is kept.
    func checkPlanned(_ date: Day, planned: Bool, today: Day) throws {
        if date > today, !planned {
            throw DomainError("an entry dated \(date) is after today (\(today)); mark it as planned to book it ahead", field: .planned)
        }
        if planned, date <= today {
            throw DomainError("only an entry dated after today can be planned; one dated \(date) has happened", field: .planned)
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
