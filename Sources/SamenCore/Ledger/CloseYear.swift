/// Closing a year: its result, as `financeReport` works it out (the same
/// number the report, the pane and the export show), split among the partners.
extension NetworkState {
    mutating func closeYear(_ year: Int, _ ctx: ChangeContext) throws -> ChangeOutcome {
        guard let end = Day(year: year, month: 12, day: 31) else { throw DomainError(LedgerRefusal.yearCannotClose(year)) }
        guard end < ctx.today else { throw DomainError(LedgerRefusal.yearNotOver(year, from: end.advanced(by: 1))) }
        if closedYear(containing: end) != nil { throw DomainError(LedgerRefusal.yearClosedAlready(year)) }
        let shares = network.partnerShares
        guard !shares.isEmpty else { throw DomainError(LedgerRefusal.noPartnerShares) }
        for s in shares { _ = try existingMember(s.member) }
        let result = financeReport(year: year).result
        let amounts = try result.split(weights: shares.map(\.weight))
        let total = shares.reduce(0) { $0 + $1.weight }
        var next = ledger.lastID ?? 0
        var appended: [LedgerEntry] = []
        for (share, amount) in zip(shares, amounts) {
            next += 1
            appended.append(LedgerEntry(id: next, kind: .distribution, date: end, amount: amount, member: share.member,
                                        note: "share \(share.weight)/\(total) of the \(year) result \(result.format(network.moneyStyle))",
                                        year: year, at: ctx.now, by: ctx.actor))
        }
        appendLedger(appended)
        var out = ChangeOutcome(applied: .closeYear(year), said: .closedYear(year: year, result: result.format(network.moneyStyle), partners: shares.count))
        out.ledgerAppended = appended
        return out
    }
}
