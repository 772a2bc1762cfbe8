extension NetworkState {
    mutating func addLedgerEntry(_ proposed: LedgerEntry, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var e = proposed
        switch e.kind {
        case .correction: throw DomainError("a correction is made by correcting an entry, not by adding one")
        case .contribution: throw DomainError("a contribution is added with its revenue, at the rate in force; add the revenue")
        case .distribution: throw DomainError("distributions are written when a year is closed")
        default: break
        }
        try Rules.amountPositive(e.amount, "the amount of a \(e.kind.rawValue)")
        switch e.kind {
        case .revenue, .charge, .payment:
            guard let id = e.member else { throw DomainError("a \(e.kind.rawValue) needs the member it belongs to") }
            let m = try existingMember(id)
            if e.kind == .revenue, !m.isActive(on: e.date) {
                if let left = m.left, left <= e.date { throw DomainError("member '\(id)' had left on \(left), before this revenue (\(e.date))") }
                throw DomainError("member '\(id)' joined on \(m.joined), after this revenue (\(e.date))")
            }
        case .cost:
            guard let c = e.category else { throw DomainError("a cost needs a category: \(network.costCategories.joined(separator: ", "))") }
            guard network.costCategories.contains(c) else {
                throw DomainError("cost category '\(c)' does not exist; the categories are: \(network.costCategories.joined(separator: ", "))")
            }
            if let id = e.member { _ = try existingMember(id) }
        default:
            if let id = e.member { _ = try existingMember(id) }
        }
        if e.kind != .cost, let c = e.category, !network.costCategories.contains(c) {
            throw DomainError("category '\(c)' does not exist; the categories are: \(network.costCategories.joined(separator: ", "))")
        }
        if let p = e.project { _ = try existingProject(p) }
        if let r = e.relatesTo { guard ledger[id: r] != nil else { throw DomainError("ledger entry \(r) does not exist") } }
        if let closed = closedYear(containing: e.date) {
            throw DomainError("the year \(closed) is closed; an entry dated \(e.date) would change its result")
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
                                            rate: rate, relatesTo: e.id, at: ctx.now, by: ctx.actor))
            }
        }
        appendLedger(appended)
        var out = ChangeOutcome(applied: .addLedgerEntry(e), summary: "\(e.kind.rawValue) \(e.amount.format(network.moneyStyle)) on \(e.date)"
                                + (e.member.map { " (\($0))" } ?? ""))
        out.ledgerAppended = appended
        return out
    }

    /// The year whose result has been distributed and so may not change.
    func closedYear(containing day: Day) -> Int? {
        ledgerIndex.isClosed(day.year) ? day.year : nil
    }

    func isCorrected(_ id: Int) -> Bool { ledgerIndex.corrected.contains(id) }

    mutating func correctLedgerEntry(_ id: Int, _ reason: String, _ date: Day, _ ctx: ChangeContext) throws -> ChangeOutcome {
        guard let original = ledger[id: id] else { throw DomainError("ledger entry \(id) does not exist") }
        guard original.kind != .correction else { throw DomainError("entry \(id) is itself a correction; correct the original entry instead") }
        guard !isCorrected(id) else { throw DomainError("ledger entry \(id) has already been corrected") }
        let why = try Rules.nonEmpty(reason, "the reason for a correction")
        if original.kind != .distribution, let closed = closedYear(containing: date) {
            throw DomainError("the year \(closed) is closed; date the correction in an open year")
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
                                        note: why, relatesTo: t.id, year: t.year, at: ctx.now, by: ctx.actor))
        }
        appendLedger(appended)
        var out = ChangeOutcome(applied: .correctLedgerEntry(entry: id, reason: why, date: date),
                                summary: "corrected ledger entry \(id): \(why)")
        out.ledgerAppended = appended
        return out
    }
}
