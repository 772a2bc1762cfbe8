import SamenCore

extension FinancesScreen {
    /// The year at a glance, from `financeReport(year:)` (the numbers of
    /// `samen finance report`): where the money came from, where it went,
    /// the result and who receives it and why, then costs by category and
    /// month by month. Wide screens put the bars beside the totals.
    func renderOverview(into canvas: inout Canvas, layout: FinancesLayout) {
        guard let r = finances.report else {
            canvas.put("Working out \(finances.year)…", x: 2, y: layout.pageTop + 1, role: .dim)
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
                let more = unicode ? "↓ more" : "v more"
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
        lines.append(PageLine([("Where the money came from", .title)]))
        lines.append(amountLine("Contributions", r.contributions, width: n, role: .bold))
        for role in r.contributionsByRole {
            let rates = Set(r.contributionsByMember.filter { $0.role == role.role }.flatMap(\.rates)).sorted()
            let label = "\(role.role.rawValue)s" + (rates.isEmpty ? "" : " at " + rates.map { Percent.format(basisPoints: $0, style) }.joined(separator: ", "))
            lines.append(amountLine(label, role.amount, width: n, indent: 2))
        }
        lines.append(amountLine("Other income", r.otherIncome, width: n, role: .bold))
        lines.append(amountLine("Costs", -r.costs, width: n, role: .bold))
        if state.network.partnerShares.isEmpty {
            // A collective's members carry its costs: what it charges them
            // belongs beside the costs, and rent charged on in full is no loss.
            return lines + overviewCostRecovery(r, width: w)
        }
        lines.append(amountLine("Result", r.result, width: n, role: r.result.isNegative ? .overbooked : .success, labelRole: .title))
        lines += notes("contributions are a share of the \(euros(r.revenue)) members earned through the network", width: w)
        if r.charges != .zero || r.payments != .zero {
            lines += notes("charged to members \(euros(r.charges)) \(dot) paid by members \(euros(r.payments))", width: w)
        }
        if r.payouts != .zero || r.owedToPartners != .zero {
            lines += notes("paid out to partners \(euros(r.payouts)) \(dot) still owed to partners at year end \(euros(r.owedToPartners))", width: w)
        }
        lines.append(.blank)
        let written = finances.index.distributions(closing: r.year).first?.at.day
        if r.distribution.isEmpty {
            lines.append(PageLine("Distribution", .title))
            lines.append(PageLine("No partners share in the result (partnerShares in network.json).", .dim))
        } else {
            let how = r.isClosed ? "distributed on \(written?.iso ?? "\(r.year)-12-31")" : "projected: \(r.year) is not closed"
            lines.append(PageLine([(r.result.isNegative ? "The loss, shared" : "Distribution", .title), ("  \(how)", r.isClosed ? .success : .dim)]))
            for s in r.distribution {
                lines.append(amountLine("\(cell(s.name, 20)) \(s.weight)/\(s.totalWeight)", s.amount, width: n, indent: 2))
            }
            lines += notes("by each partner's weight over all weights; the shares add up to the \(r.result.isNegative ? "loss" : "result") to the cent", width: w)
        }
        return lines
    }

    /// For a network without partners: the costs charged on to members, the
    /// result after those charges (no loss when they cover the costs), then
    /// what members paid and what is still open at the year's end.
    func overviewCostRecovery(_ r: FinanceReport, width w: Int) -> [PageLine] {
        let n = min(w, 56)
        var lines: [PageLine] = []
        lines.append(amountLine("Charged on to members", r.charges, width: n, role: .bold))
        let after = r.resultAfterCharges
        lines.append(amountLine("Result after charges", after, width: n, role: after.isNegative ? .overbooked : .success, labelRole: .title))
        let verdict = after.isNegative
            ? "a shortfall: \(euros(-after)) of the costs is neither charged on nor covered by income"
            : r.costsNotChargedOn.cents <= 0 ? "no loss: the costs are charged on to members in full" : "no loss: income covers the costs not charged on"
        lines += notes(verdict, width: w)
        if r.revenue != .zero { lines += notes("contributions are a share of the \(euros(r.revenue)) members earned through the network", width: w) }
        lines.append(.blank)
        lines.append(PageLine("Costs and who carries them", .title))
        lines.append(amountLine("Carried by the network (not charged on)", r.costsNotChargedOn, width: n, indent: 2))
        lines.append(amountLine("Paid by members in \(r.year)", r.payments, width: n, indent: 2))
        if r.owedByMembers.isNegative {
            lines.append(amountLine("Paid ahead by members at year end", -r.owedByMembers, width: n, indent: 2, role: .success))
        } else {
            lines.append(amountLine("Still open: members owe at year end", r.owedByMembers, width: n, indent: 2,
                                    role: r.owedByMembers == .zero ? .normal : .warning))
        }
        if !r.planned.isEmpty {
            let p = r.planned
            lines += notes("booked ahead as planned, not yet come: costs \(euros(p.costs)) \(dot) charges \(euros(p.charges)) \(dot) payments \(euros(p.payments)) (counted above)", width: w)
        }
        return lines
    }

    /// Dim explanatory text, wrapped to the column.
    func notes(_ text: String, width: Int) -> [PageLine] { AppModel.wrap(text, width: max(10, width)).map { PageLine($0, .dim) } }

    /// Who contributed what: members by contribution, with revenue and rate.
    func overviewMembers(_ r: FinanceReport, width w: Int, limit: Int = .max) -> [PageLine] {
        let style = state.network.moneyStyle
        var lines = [PageLine("Contributions by member", .title)]
        let nameWidth = max(8, min(20, w - 40))
        lines.append(PageLine("\(cell("NAME", nameWidth)) \(cell("RATE", 7)) \(cell("REVENUE", 13, right: true)) \(cell("CONTRIB.", 12, right: true))", .header))
        if r.contributionsByMember.isEmpty { lines.append(PageLine("Nobody earned through the network in \(r.year).", .dim)) }
        for m in r.contributionsByMember.prefix(max(0, limit - 2)) {
            let rate = m.rates.map { Percent.format(basisPoints: $0, style) }.joined(separator: "/")
            lines.append(PageLine([("\(cell(m.name, nameWidth)) \(cell(rate, 7)) \(cell(amount(m.revenue), 13, right: true)) ", .normal),
                                   (cell(amount(m.contributions), 12, right: true), .bold)]))
        }
        return lines
    }

    /// Costs by category, largest first, each with a bar.
    func overviewCosts(_ r: FinanceReport, width w: Int) -> [PageLine] {
        var lines = [PageLine([("Where it went", .title), ("  costs by category", .dim)])]
        if r.costsByCategory.isEmpty { lines.append(PageLine("No costs in \(r.year).", .dim)) }
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
        var lines = [PageLine([("Month by month", .title), ("  ", .normal), (mark, .free), (" income  ", .dim), (mark, .overbooked), (" costs", .dim)])]
        let top = r.months.map { max($0.income.cents, $0.costs.cents) }.max() ?? 0
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        for m in r.months {
            lines.append(PageLine([("\(names[m.month - 1]) ", .dim),
                                   (cell(bar(m.income.cents, of: top, cells: barWidth), barWidth), .free),
                                   (cell(amount(m.income), 10, right: true) + " ", .normal),
                                   (cell(bar(m.costs.cents, of: top, cells: barWidth), barWidth), .overbooked),
                                   (cell(amount(m.costs), 10, right: true), .normal)]))
        }
        return lines
    }
}
