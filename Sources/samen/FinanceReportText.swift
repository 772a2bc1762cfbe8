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
        let state = !shared ? "" : r.isClosed ? MoneyWords.closedState.text : MoneyWords.openState.text
        out.append(TerminalText.sanitise("\(network.name) · \(r.year)\(state)"))
        out.append("")
        var summary = TextTable(MoneyWords.whereFrom.text, MoneyWords.amountHeading.text)
        summary.rightAligned = [1]
        summary.add(MoneyWords.revenueThroughNetwork.text, money(r.revenue))
        for role in r.contributionsByRole { summary.add(MoneyWords.contributionsFrom(role.role).text, money(role.amount)) }
        summary.add(MoneyWords.contributions.text, money(r.contributions))
        summary.add(MoneyWords.otherIncome.text, money(r.otherIncome))
        summary.add(MoneyWords.income.text, money(r.income))
        out.append(summary.render())
        out.append("")
        var costs = TextTable(MoneyWords.whereWent.text, MoneyWords.amountHeading.text)
        costs.rightAligned = [1]
        for c in r.costsByCategory { costs.add("  \(c.category)", money(c.amount)) }
        costs.add(MoneyWords.costs.text, money(r.costs))
        out.append(costs.render())
        out.append("")
        if !shared || r.charges != .zero {
            out.append(costRecovery(r, money: money))
            out.append("")
        }
        if shared {
            out.append(MoneyWords.result(money(r.result)).text + (r.result.isNegative ? MoneyWords.aLoss.text : ""))
        } else {
            // A collective's costs are covered by what it charges its members:
            // rent charged on in full is no loss, whatever income is.
            let after = r.resultAfterCharges
            let verdict = after.isNegative
                ? MoneyWords.shortfall(money(-after)).text
                : r.costsNotChargedOn.cents <= 0 ? MoneyWords.noLossChargedInFull.text : MoneyWords.noLossIncomeCovers.text
            out.append(MoneyWords.resultAfterCharges(money(after)).text + verdict)
        }
        if !r.planned.isEmpty {
            let p = r.planned
            out.append(MoneyWords.plannedLine(income: money(p.income), costs: money(p.costs), charges: money(p.charges),
                                              payments: money(p.payments)).text)
        }
        if r.payouts != .zero || r.owedToPartners != .zero {
            out.append(MoneyWords.paidOut(year: r.year, paid: money(r.payouts), owed: money(r.owedToPartners)).text)
        }
        out.append("")
        if r.distribution.isEmpty {
            out.append(MoneyWords.noPartners.text)
        } else {
            var d = TextTable(r.isClosed ? MoneyWords.distributedTo.text : MoneyWords.wouldGoTo.text, MoneyWords.share.text,
                              MoneyWords.amountHeading.text)
            d.rightAligned = [1, 2]
            for p in r.distribution { d.add(p.name, "\(p.weight)/\(p.totalWeight)", money(p.amount)) }
            out.append(d.render())
        }
        if !r.contributionsByMember.isEmpty {
            out.append("")
            var t = TextTable(MoneyWords.member.text, MoneyWords.role.text, MoneyWords.revenue.text, MoneyWords.rate.text,
                              MoneyWords.contribution.text)
            t.rightAligned = [2, 3, 4]
            for m in r.contributionsByMember {
                t.add(m.name, ValueWords.role(m.role).text, money(m.revenue), m.rates.map { Percent.format(basisPoints: $0, style) }.joined(separator: ", "),
                      money(m.contributions))
            }
            out.append(t.render())
        }
        out.append("")
        var months = TextTable(MoneyWords.month.text, MoneyWords.incomeHeading.text, MoneyWords.costsHeading.text)
        months.rightAligned = [1, 2]
        for m in r.months { months.add(MoneyWords.monthName(m.month).text, money(m.income), money(m.costs)) }
        out.append(months.render())
        return out.joined(separator: "\n")
    }

    /// Where members carry the costs (Unit-2's rent): what was spent, what
    /// was charged on and paid, and what members still owe.
    static func costRecovery(_ r: FinanceReport, money: (Money) -> String) -> String {
        var t = TextTable(MoneyWords.costsAndWhoCarries.text, MoneyWords.amountHeading.text)
        t.rightAligned = [1]
        t.add(MoneyWords.costs.text, money(r.costs))
        t.add(MoneyWords.chargedOn.text, money(r.charges))
        t.add(MoneyWords.carriedByNetwork.text, money(r.costsNotChargedOn))
        t.add(MoneyWords.paidByMembers(r.year).text, money(r.payments))
        if r.owedByMembers.isNegative {
            t.add(MoneyWords.paidAhead.text, money(-r.owedByMembers))
        } else {
            t.add(MoneyWords.stillOpen.text, money(r.owedByMembers))
        }
        return t.render()
    }

    static func render(_ s: MemberStatement, network: Network) -> String {
        let style = network.moneyStyle
        func money(_ m: Money) -> String { m.format(style) }
        var out: [String] = []
        out.append(TerminalText.sanitise("\(s.name) (\(s.member)) · \(ValueWords.role(s.role).text) · \(s.year)"))
        out.append("")
        var t = TextTable("", MoneyWords.amountHeading.text)
        t.rightAligned = [1]
        t.add(MoneyWords.revenueThroughNetwork.text, money(s.revenue))
        let rates = s.rates.map { Percent.format(basisPoints: $0, style) }.joined(separator: ", ")
        t.add(MoneyWords.owedOnFirstJanuary.text, money(s.openingBalance))
        t.add(MoneyWords.plusContributions.text + (rates.isEmpty ? "" : MoneyWords.atRates(rates).text), money(s.contributions))
        t.add(MoneyWords.plusCharges.text, money(s.charges))
        t.add(MoneyWords.minusPayments.text, money(s.payments))
        if s.distributions != .zero || s.payouts != .zero || s.shareOfResult != nil {
            t.add(MoneyWords.minusShare.text, money(s.distributions))
            t.add(MoneyWords.plusPaidOut.text, money(s.payouts))
        }
        t.add(s.balanceDue.isNegative ? MoneyWords.networkOwesYou.text : MoneyWords.balanceDue.text, money(s.balanceDue.isNegative ? -s.balanceDue : s.balanceDue))
        if let share = s.shareOfResult { t.add(MoneyWords.shareOfResult.text + (s.distributions == .zero ? MoneyWords.projected.text : ""), money(share)) }
        out.append(t.render())
        if !s.entries.isEmpty {
            out.append("")
            var e = TextTable(Heading.id.text, Heading.date.text, Heading.kind.text, Heading.amount.text, Heading.project.text, Heading.note.text)
            e.rightAligned = [0, 3, 4]
            e.maxWidth = [5: 50]
            for x in s.entries {
                e.add(String(x.id), x.date.shown, ValueWords.ledgerKind(x.kind).text + (x.planned ? MoneyWords.planned.text : ""), money(x.amount), x.project.map(String.init) ?? "", x.shownNote)
            }
            out.append(e.render())
        }
        return out.joined(separator: "\n")
    }
}
