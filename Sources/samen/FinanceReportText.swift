import SamenCore

/// The finance report and statements as text for a terminal or a mail: labels
/// left, amounts right-aligned in one column so they can be added by eye.
enum FinanceReportText {
    static func render(_ r: FinanceReport, network: Network) -> String {
        let style = network.moneyStyle
        func money(_ m: Money) -> String { m.format(style) }
        var out: [String] = []
        let shared = !network.partnerShares.isEmpty
        // Without partners nothing is distributed, so a year is neither projected nor closed.
        let state = !shared ? "" : r.isClosed ? " · closed: the result has been distributed" : " · open: the distribution below is projected"
        out.append(TerminalText.sanitise("\(network.name) · \(r.year)\(state)"))
        out.append("")
        var summary = TextTable("WHERE THE MONEY CAME FROM", "AMOUNT")
        summary.rightAligned = [1]
        summary.add("Revenue earned through the network", money(r.revenue))
        for role in r.contributionsByRole { summary.add("  contributions from \(role.role.rawValue)s", money(role.amount)) }
        summary.add("Contributions", money(r.contributions))
        summary.add("Other income", money(r.otherIncome))
        summary.add("Income", money(r.income))
        out.append(summary.render())
        out.append("")
        var costs = TextTable("WHERE IT WENT", "AMOUNT")
        costs.rightAligned = [1]
        for c in r.costsByCategory { costs.add("  \(c.category)", money(c.amount)) }
        costs.add("Costs", money(r.costs))
        out.append(costs.render())
        out.append("")
        if !shared || r.charges != .zero {
            out.append(costRecovery(r, money: money))
            out.append("")
        }
        if shared {
            out.append("Result (income - costs): \(money(r.result))" + (r.result.isNegative ? "  a loss, shared among the partners like a profit" : ""))
        } else {
            // A collective's costs are covered by what it charges its members:
            // rent charged on in full is no loss, whatever income is.
            let after = r.resultAfterCharges
            let verdict = after.isNegative
                ? "  a shortfall: \(money(-after)) of the costs is neither charged on nor covered by income"
                : r.costsNotChargedOn.cents <= 0 ? "  no loss: the costs are charged on to members in full" : "  no loss: income covers the costs not charged on"
            out.append("Result after charges (income + charges - costs): \(money(after))" + verdict)
        }
        if !r.planned.isEmpty {
            let p = r.planned
            out.append("Booked ahead as planned, not yet come: income \(money(p.income)) · costs \(money(p.costs)) · "
                       + "charges \(money(p.charges)) · payments \(money(p.payments)) (counted above)")
        }
        if r.payouts != .zero || r.owedToPartners != .zero {
            out.append("Paid out to partners in \(r.year): \(money(r.payouts)); still owed to partners at year end: \(money(r.owedToPartners))")
        }
        out.append("")
        if r.distribution.isEmpty {
            out.append("No partners share in the result (partnerShares in network.json).")
        } else {
            var d = TextTable(r.isClosed ? "DISTRIBUTED TO" : "WOULD GO TO", "SHARE", "AMOUNT")
            d.rightAligned = [1, 2]
            for p in r.distribution { d.add(p.name, "\(p.weight)/\(p.totalWeight)", money(p.amount)) }
            out.append(d.render())
        }
        if !r.contributionsByMember.isEmpty {
            out.append("")
            var t = TextTable("MEMBER", "ROLE", "REVENUE", "RATE", "CONTRIBUTION")
            t.rightAligned = [2, 3, 4]
            for m in r.contributionsByMember {
                t.add(m.name, m.role.rawValue, money(m.revenue), m.rates.map { Percent.format(basisPoints: $0, style) }.joined(separator: ", "),
                      money(m.contributions))
            }
            out.append(t.render())
        }
        out.append("")
        var months = TextTable("MONTH", "INCOME", "COSTS")
        months.rightAligned = [1, 2]
        for m in r.months { months.add(monthNames[m.month - 1], money(m.income), money(m.costs)) }
        out.append(months.render())
        return out.joined(separator: "\n")
    }

    /// Where members carry the costs (Unit-2's rent): what was spent, what
    /// was charged on and paid, and what members still owe.
    static func costRecovery(_ r: FinanceReport, money: (Money) -> String) -> String {
        var t = TextTable("COSTS AND WHO CARRIES THEM", "AMOUNT")
        t.rightAligned = [1]
        t.add("Costs", money(r.costs))
        t.add("Charged on to members", money(r.charges))
        t.add("Carried by the network (not charged on)", money(r.costsNotChargedOn))
        t.add("Paid by members in \(r.year)", money(r.payments))
        if r.owedByMembers.isNegative {
            t.add("Paid ahead by members at year end", money(-r.owedByMembers))
        } else {
            t.add("Still open: members owe at year end", money(r.owedByMembers))
        }
        return t.render()
    }

    static func render(_ s: MemberStatement, network: Network) -> String {
        let style = network.moneyStyle
        func money(_ m: Money) -> String { m.format(style) }
        var out: [String] = []
        out.append(TerminalText.sanitise("\(s.name) (\(s.member)) · \(s.role.rawValue) · \(s.year)"))
        out.append("")
        var t = TextTable("", "AMOUNT")
        t.rightAligned = [1]
        t.add("Revenue earned through the network", money(s.revenue))
        let rates = s.rates.map { Percent.format(basisPoints: $0, style) }.joined(separator: ", ")
        t.add("Owed on 1 January", money(s.openingBalance))
        t.add("+ contributions" + (rates.isEmpty ? "" : " at \(rates)"), money(s.contributions))
        t.add("+ charges for shared costs", money(s.charges))
        t.add("- payments", money(s.payments))
        if s.distributions != .zero || s.payouts != .zero || s.shareOfResult != nil {
            t.add("- share of a closed year's result, owed to you", money(s.distributions))
            t.add("+ paid out to you", money(s.payouts))
        }
        t.add(s.balanceDue.isNegative ? "The network owes you at year end" : "Balance due at year end", money(s.balanceDue.isNegative ? -s.balanceDue : s.balanceDue))
        if let share = s.shareOfResult { t.add("Share of the year's result" + (s.distributions == .zero ? " (projected)" : ""), money(share)) }
        out.append(t.render())
        if !s.entries.isEmpty {
            out.append("")
            var e = TextTable("ID", "DATE", "KIND", "AMOUNT", "PROJECT", "NOTE")
            e.rightAligned = [0, 3, 4]
            e.maxWidth = [5: 50]
            for x in s.entries {
                e.add(String(x.id), x.date.iso, x.kind.rawValue + (x.planned ? " (planned)" : ""), money(x.amount), x.project.map(String.init) ?? "", x.note)
            }
            out.append(e.render())
        }
        return out.joined(separator: "\n")
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
