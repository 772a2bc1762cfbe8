import SamenCore

/// The finance report and statements as text for a terminal or a mail: labels
/// left, amounts right-aligned in one column so they can be added by eye.
enum FinanceReportText {
    static func render(_ r: FinanceReport, network: Network) -> String {
        let style = network.moneyStyle
        func money(_ m: Money) -> String { m.format(style) }
        var out: [String] = []
        let state = r.isClosed ? "closed: the result has been distributed" : "open: the distribution below is projected"
        out.append(TerminalText.sanitise("\(network.name) · \(r.year) · \(state)"))
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
        let shared = !network.partnerShares.isEmpty
        out.append("Result (income - costs): \(money(r.result))" + (r.result.isNegative && shared ? "  a loss, shared among the partners like a profit" : ""))
        if r.charges != .zero || r.payments != .zero {
            // Where members share the costs (Unit-2's rent), the charges are what covers them.
            out.append("Charged to members for shared costs: \(money(r.charges)) of \(money(r.costs)) in costs"
                       + (r.charges == r.costs ? " (all of them)" : "") + "; paid by members: \(money(r.payments))")
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
        t.add(s.balanceDue.isNegative ? "Credit at year end" : "Balance due at year end", money(s.balanceDue))
        if let share = s.shareOfResult { t.add("Share of the year's result", money(share)) }
        out.append(t.render())
        if !s.entries.isEmpty {
            out.append("")
            var e = TextTable("ID", "DATE", "KIND", "AMOUNT", "PROJECT", "NOTE")
            e.rightAligned = [0, 3, 4]
            e.maxWidth = [5: 50]
            for x in s.entries {
                e.add(String(x.id), x.date.iso, x.kind.rawValue, money(x.amount), x.project.map(String.init) ?? "", x.note)
            }
            out.append(e.render())
        }
        return out.joined(separator: "\n")
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
