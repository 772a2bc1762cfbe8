import SamenCore

extension FinancesScreen {
    /// The year at a glance, from `financeReport(year:)` (the numbers of
    /// `samen finance report`): where the money came from, where it went,
    /// the result and who receives it and why, then costs by category and
    /// month by month. Wide screens put the bars beside the totals.
    func renderOverview(into canvas: inout Canvas, layout: FinancesLayout) {
        guard let r = finances.report else {
            canvas.put(FinancesWords.workingOut(year: finances.year).text, x: 2, y: layout.pageTop + 1, role: .dim)
            return
        }
        // Everything but the members is a few dozen lines; of the members
        // (10,000 at S100) only the rows on screen are built.
        let h = layout.pageHeight
        let memberRows = max(1, r.contributionsByMember.count) + 2
        if width >= 110 {
            let half = (width - 3) / 2
            let summary = overviewSummary(r, width: half) + [.blank]
            let right = overviewCosts(r, width: width - half - 4) + [.blank] + overviewMonths(r, width: width - half - 4)
            let total = max(summary.count + memberRows, right.count)
            let first = min(finances.pageScroll, max(0, total - h))
            let left = summary + overviewMembers(r, width: half, limit: max(0, first + h - summary.count))
            draw(left, from: first, into: &canvas, x: 1, y: layout.pageTop, width: half, height: h)
            canvas.verticalLine(x: half + 1, y: layout.pageTop, height: h)
            draw(right, from: first, into: &canvas, x: half + 3, y: layout.pageTop, width: width - half - 4, height: h)
            if first + h < total {
                let more = FinancesWords.more(arrow: unicode ? "↓" : "v").text
                canvas.put(more, x: width - DisplayWidth.of(more) - 1, y: layout.bottom - 1, role: .dim)
            }
        } else {
            let w = width - 2
            let above = overviewSummary(r, width: w) + [.blank] + overviewCosts(r, width: w) + [.blank] + overviewMonths(r, width: w) + [.blank]
            let first = min(finances.pageScroll, max(0, above.count + memberRows - h))
            renderPage(above + overviewMembers(r, width: w, limit: max(0, first + h - above.count)), into: &canvas, layout: layout,
                       total: above.count + memberRows)
        }
    }

    /// Draws `lines` from `first` into a box, each piece clipped to it.
    func draw(_ lines: [PageLine], from first: Int, into canvas: inout Canvas, x: Int, y: Int, width w: Int, height h: Int) {
        for (i, line) in lines.dropFirst(first).prefix(h).enumerated() {
            var cx = x
            for piece in line.pieces { cx += canvas.put(piece.text, x: cx, y: y + i, role: piece.role, maxWidth: max(0, x + w - cx)) }
        }
    }

    /// A label and an amount right-aligned at the end of `width` columns.
    func amountLine(_ label: String, _ m: Money, width: Int, indent: Int = 0, role: StyleRole = .normal, labelRole: StyleRole = .normal,
                    after: String = "") -> PageLine {
        let money = euros(m)
        let room = max(4, width - indent - DisplayWidth.of(money) - DisplayWidth.of(after) - 1)
        return PageLine([(String(repeating: " ", count: indent) + cell(label, room) + " ", labelRole), (money, role), (after, .dim)])
    }

    /// Totals, the result, and the distribution with each partner's weight.
    func overviewSummary(_ r: FinanceReport, width w: Int) -> [PageLine] {
        let style = state.network.moneyStyle
        let n = min(w, 56)
        var lines: [PageLine] = []
        lines.append(PageLine([(FinancesWords.whereFrom.text, .title)]))
        lines.append(amountLine(FinancesWords.contributions.text, r.contributions, width: n, role: .bold))
        for role in r.contributionsByRole {
            let rates = Set(r.contributionsByMember.filter { $0.role == role.role }.flatMap(\.rates)).sorted()
            let label = FinancesWords.roles(role.role).text
                + (rates.isEmpty ? "" : FinancesWords.atRates(rates.map { Percent.format(basisPoints: $0, style) }.joined(separator: ", ")).text)
            lines.append(amountLine(label, role.amount, width: n, indent: 2))
        }
        lines.append(amountLine(FinancesWords.otherIncome.text, r.otherIncome, width: n, role: .bold))
        lines.append(amountLine(FinancesWords.costs.text, -r.costs, width: n, role: .bold))
        if state.network.partnerShares.isEmpty {
            // A collective's members carry its costs: what it charges them
            // belongs beside the costs, and rent charged on in full is no loss.
            return lines + overviewCostRecovery(r, width: w)
        }
        lines.append(amountLine(FinancesWords.result.text, r.result, width: n, role: r.result.isNegative ? .overbooked : .success, labelRole: .title))
        lines += notes(FinancesWords.contributionsShare(revenue: euros(r.revenue)).text, width: w)
        if r.charges != .zero || r.payments != .zero {
            lines += notes(FinancesWords.chargedAndPaid(charged: euros(r.charges), paid: euros(r.payments), dot: dot).text, width: w)
        }
        if r.payouts != .zero || r.owedToPartners != .zero {
            lines += notes(FinancesWords.paidOutAndOwed(paid: euros(r.payouts), owed: euros(r.owedToPartners), dot: dot).text, width: w)
        }
        lines.append(.blank)
        let written = finances.index.distributions(closing: r.year).first?.at.day
        if r.distribution.isEmpty {
            lines.append(PageLine(FinancesWords.distribution.text, .title))
            lines.append(PageLine(FinancesWords.noPartners.text, .dim))
        } else {
            let how = r.isClosed ? FinancesWords.distributedOn((written ?? Day(year: r.year, month: 12, day: 31)!).spoken).text
                : FinancesWords.projected(year: r.year).text
            lines.append(PageLine([((r.result.isNegative ? FinancesWords.lossShared : .distribution).text, .title), ("  \(how)", r.isClosed ? .success : .dim)]))
            for s in r.distribution {
                lines.append(amountLine("\(cell(s.name, 20)) \(s.weight)/\(s.totalWeight)", s.amount, width: n, indent: 2))
            }
            lines += notes((r.result.isNegative ? FinancesWords.byWeightLoss : .byWeightResult).text, width: w)
        }
        return lines
    }

    /// For a network without partners: the costs charged on to members, the
    /// result after those charges (no loss when they cover the costs), then
    /// what members paid and what is still open at the year's end.
    func overviewCostRecovery(_ r: FinanceReport, width w: Int) -> [PageLine] {
        let n = min(w, 56)
        var lines: [PageLine] = []
        lines.append(amountLine(FinancesWords.chargedOn.text, r.charges, width: n, role: .bold))
        let after = r.resultAfterCharges
        lines.append(amountLine(FinancesWords.resultAfterCharges.text, after, width: n, role: after.isNegative ? .overbooked : .success, labelRole: .title))
        let verdict = after.isNegative
            ? FinancesWords.shortfall(euros(-after)).text
            : (r.costsNotChargedOn.cents <= 0 ? FinancesWords.noLossChargedInFull : .noLossIncomeCovers).text
        lines += notes(verdict, width: w)
        if r.revenue != .zero { lines += notes(FinancesWords.contributionsShare(revenue: euros(r.revenue)).text, width: w) }
        lines.append(.blank)
        lines.append(PageLine(FinancesWords.costsAndWhoCarries.text, .title))
        lines.append(amountLine(FinancesWords.carriedByNetwork.text, r.costsNotChargedOn, width: n, indent: 2))
        lines.append(amountLine(FinancesWords.paidByMembersIn(year: r.year).text, r.payments, width: n, indent: 2))
        if r.owedByMembers.isNegative {
            lines.append(amountLine(FinancesWords.paidAhead.text, -r.owedByMembers, width: n, indent: 2, role: .success))
        } else {
            lines.append(amountLine(FinancesWords.stillOpen.text, r.owedByMembers, width: n, indent: 2,
                                    role: r.owedByMembers == .zero ? .normal : .warning))
        }
        if !r.planned.isEmpty {
            let p = r.planned
            lines += notes(FinancesWords.bookedAhead(costs: euros(p.costs), charges: euros(p.charges), payments: euros(p.payments), dot: dot).text, width: w)
        }
        return lines
    }

    /// Dim explanatory text, wrapped to the column.
    func notes(_ text: String, width: Int) -> [PageLine] { AppModel.wrap(text, width: max(10, width)).map { PageLine($0, .dim) } }

    /// Who contributed what: members by contribution, with revenue and rate.
    func overviewMembers(_ r: FinanceReport, width w: Int, limit: Int = .max) -> [PageLine] {
        let style = state.network.moneyStyle
        var lines = [PageLine(FinancesWords.contributionsByMember.text, .title)]
        let nameWidth = max(8, min(20, w - 40))
        lines.append(PageLine("\(cell(FinancesWords.colName.text, nameWidth)) \(cell(FinancesWords.colRate.text, 7)) \(cell(FinancesWords.colRevenue.text, 13, right: true)) \(cell(FinancesWords.colContrib.text, 12, right: true))", .header))
        if r.contributionsByMember.isEmpty { lines.append(PageLine(FinancesWords.nobodyEarned(year: r.year).text, .dim)) }
        for m in r.contributionsByMember.prefix(max(0, limit - 2)) {
            let rate = m.rates.map { Percent.format(basisPoints: $0, style) }.joined(separator: "/")
            lines.append(PageLine([("\(cell(m.name, nameWidth)) \(cell(rate, 7)) \(cell(amount(m.revenue), 13, right: true)) ", .normal),
                                   (cell(amount(m.contributions), 12, right: true), .bold)]))
        }
        return lines
    }

    /// Costs by category, largest first, each with a bar.
    func overviewCosts(_ r: FinanceReport, width w: Int) -> [PageLine] {
        var lines = [PageLine([(FinancesWords.whereItWent.text, .title), ("  " + FinancesWords.costsByCategory.text, .dim)])]
        if r.costsByCategory.isEmpty { lines.append(PageLine(FinancesWords.noCostsIn(year: r.year).text, .dim)) }
        let labelWidth = min(14, max(8, r.costsByCategory.map { DisplayWidth.of($0.category) }.max() ?? 8))
        let barWidth = max(4, w - labelWidth - 15)
        let top = r.costsByCategory.map(\.amount.cents).max() ?? 0
        for c in r.costsByCategory {
            lines.append(PageLine([("\(cell(c.category, labelWidth)) \(cell(amount(c.amount), 12, right: true)) ", .normal),
                                   (bar(c.amount.cents, of: top, cells: barWidth), .busy)]))
        }
        return lines
    }

    /// Twelve months, income and costs as two bars on one scale.
    func overviewMonths(_ r: FinanceReport, width w: Int) -> [PageLine] {
        let barWidth = max(4, (w - 4 - 2 * 10 - 2) / 2)
        let mark = unicode ? "█" : "#"
        var lines = [PageLine([(FinancesWords.monthByMonth.text, .title), ("  ", .normal), (mark, .free), (" \(FinancesWords.income.text)  ", .dim),
                                (mark, .overbooked), (" " + FinancesWords.costsLower.text, .dim)])]
        let top = r.months.map { max($0.income.cents, $0.costs.cents) }.max() ?? 0
        for m in r.months {
            lines.append(PageLine([("\(FinancesWords.month(m.month).text) ", .dim),
                                   (cell(bar(m.income.cents, of: top, cells: barWidth), barWidth), .free),
                                   (cell(amount(m.income), 10, right: true) + " ", .normal),
                                   (cell(bar(m.costs.cents, of: top, cells: barWidth), barWidth), .overbooked),
                                   (cell(amount(m.costs), 10, right: true), .normal)]))
        }
        return lines
    }
}
