/// The tables an accountant asks for, as CSV (`CSVTable`): the ledger, the
/// member statements and the costs. Amounts are plain decimals (`1234.56`).
public enum CSVExport {
    public enum Table: String, CaseIterable, Sendable {
        case ledger, statements, costs
    }

    /// `year` limits the ledger and the costs to entries dated in it (all
    /// years without one); statements are always for one year.
    public static func table(_ table: Table, state: NetworkState, year: Int?, today: Day) throws -> CSVTable {
        switch table {
        case .ledger: return ledger(state, year: year)
        case .costs: return costs(state, year: year)
        case .statements: return statements(state, year: year ?? today.year)
        }
    }

    /// One row per entry, in ledger order. `counts_as` is the kind a
    /// correction counts as (the kind it corrects), so a sum by `counts_as`
    /// gives the report's totals.
    static func ledger(_ state: NetworkState, year: Int?) -> CSVTable {
        var t = CSVTable(header: ["id", "date", "kind", "counts_as", "amount", "member", "member_name", "project", "category",
                                  "payee", "rate_percent", "relates_to", "year", "note", "by", "at"])
        for e in state.ledger where year == nil || e.date.year == year {
            let countsAs = e.kind == .correction ? (e.relatesTo.flatMap { state.ledgerEntry($0) }?.kind ?? .correction) : e.kind
            t.add([.number(String(e.id)), .number(e.date.iso), .text(e.kind.rawValue), .text(countsAs.rawValue), CSVTable.amount(e.amount),
                   .text(e.member ?? ""), .text(e.member.flatMap { state.member($0)?.name } ?? ""),
                   .number(e.project.map(String.init) ?? ""), .text(e.category ?? ""), .text(e.payee ?? ""),
                   .number(e.rate.map(CSVTable.percent) ?? ""), .number(e.relatesTo.map(String.init) ?? ""),
                   .number(e.year.map(String.init) ?? ""), .text(e.note), .text(e.by), .number(e.at.iso)])
        }
        return t
    }

    /// One row per cost, and one per correction of a cost (a negative
    /// amount, `corrects` naming the cost), dated in the year: the rows add
    /// up to the year's costs, by category too.
    static func costs(_ state: NetworkState, year: Int?) -> CSVTable {
        var t = CSVTable(header: ["id", "date", "category", "payee", "amount", "corrects", "note", "by"])
        for e in state.ledger where year == nil || e.date.year == year {
            var cost = e
            if e.kind == .correction {
                guard let target = e.relatesTo.flatMap({ state.ledgerEntry($0) }), target.kind == .cost else { continue }
                cost.category = target.category; cost.payee = target.payee
            } else if e.kind != .cost { continue }
            t.add([.number(String(e.id)), .number(e.date.iso), .text(cost.category ?? ""), .text(cost.payee ?? ""),
                   CSVTable.amount(e.amount), .number(e.kind == .correction ? e.relatesTo.map(String.init) ?? "" : ""),
                   .text(e.note), .text(e.by)])
        }
        return t
    }

    /// One row per member statement (`NetworkState.memberStatements`): the
    /// members with an entry in the year, a balance carried into it, or a
    /// share of its result; `balance_due` is owed at the end of the year
    /// (negative: a credit). A partner's share is `written` once the year is
    /// closed, else `projected` from the result so far. `distributions` (shares
    /// written in the year, owed to the partner) and `payouts` come last, so
    /// the columns of older exports keep their places; with them the row adds
    /// up: opening + contributions + charges - payments - distributions + payouts.
    static func statements(_ state: NetworkState, year: Int) -> CSVTable {
        var t = CSVTable(header: ["year", "member", "name", "role", "revenue", "contributions", "rates_percent", "charges", "payments",
                                  "opening_balance", "balance_due", "share_of_result", "share_status", "distributions", "payouts"])
        let closed = state.financeReport(year: year).isClosed
        for s in state.memberStatements(year: year) where !s.entries.isEmpty || s.openingBalance != .zero || s.shareOfResult != nil {
            t.add([.number(String(year)), .text(s.member), .text(s.name), .text(s.role.rawValue), CSVTable.amount(s.revenue),
                   CSVTable.amount(s.contributions), .number(s.rates.map(CSVTable.percent).joined(separator: " ")),
                   CSVTable.amount(s.charges), CSVTable.amount(s.payments), CSVTable.amount(s.openingBalance), CSVTable.amount(s.balanceDue),
                   s.shareOfResult.map(CSVTable.amount) ?? .number(""),
                   .number(s.shareOfResult == nil ? "" : closed ? "written" : "projected"),
                   CSVTable.amount(s.distributions), CSVTable.amount(s.payouts)])
        }
        return t
    }
}
