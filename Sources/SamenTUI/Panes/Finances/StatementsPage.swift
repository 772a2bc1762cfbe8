import SamenCore

extension FinancesScreen {
    /// Members the year concerns, with what they earned, contributed, owe
    /// and (partners) receive; Enter opens one member's statement.
    func renderStatements(into canvas: inout Canvas, layout: FinancesLayout) {
        let list = finances.yearStatements
        if finances.statementOpen, finances.statementCursor.selection < list.count {
            renderPage(statementLines(list[finances.statementCursor.selection]), into: &canvas, layout: layout)
            return
        }
        let wide = width >= 100
        let nameWidth = max(12, min(24, width - (wide ? 86 : 66)))
        func row(_ s: [String]) -> String {
            var parts = [cell(s[0], nameWidth), cell(s[1], 9), cell(s[2], 12, right: true), cell(s[3], 11, right: true)]
            if wide { parts += [cell(s[4], 7), cell(s[5], 11, right: true)] }
            parts += [cell(s[6], 11, right: true), cell(s[7], 11, right: true)]
            return parts.joined(separator: " ")
        }
        let y0 = layout.pageTop
        canvas.put(FinancesWords.statementsLine(year: finances.year, euro: glyph("€", "EUR")).text, x: 1, y: y0, role: .dim, maxWidth: width - 2)
        canvas.put(row([FinancesWords.colName, .colRole, .colRevenue, .colContrib, .colRate, .colPaid, .colDue, .colShare].map(\.text)), x: 1, y: y0 + 1, role: .header, maxWidth: width - 2)
        if list.isEmpty { canvas.put(FinancesWords.nobodyHasMoney(year: finances.year).text, x: 2, y: y0 + 3, role: .dim) }
        let h = statementListHeight
        let style = state.network.moneyStyle
        for (i, s) in list.enumerated().dropFirst(finances.statementCursor.scroll).prefix(h) {
            let y = y0 + 2 + i - finances.statementCursor.scroll
            let selected = i == finances.statementCursor.selection
            if selected { canvas.fill(x: 0, y: y, width: width, height: 1, role: .selection) }
            let rate = s.rates.map { Percent.format(basisPoints: $0, style) }.joined(separator: "/")
            let text = row([s.name, FinancesWords.role(s.role).text, amount(s.revenue), amount(s.contributions), rate, amount(s.payments),
                            amount(s.balanceDue), s.shareOfResult.map(amount) ?? ""])
            canvas.put(text, x: 1, y: y, role: selected ? .selection : .normal, maxWidth: width - 2)
        }
    }

    var statementListHeight: Int { FinancesPane.statementListHeight(area) }

    /// One member's statement: how the balance due comes about, line by
    /// line, then their entries of the year.
    func statementLines(_ s: MemberStatement) -> [PageLine] {
        let style = state.network.moneyStyle
        let n = min(width - 2, 60)
        var lines: [PageLine] = []
        lines.append(PageLine([("\(s.name) (\(s.member))", .title), (FinancesWords.statementOf(role: FinancesWords.role(s.role).text, year: s.year, dot: dot).text, .dim)]))
        lines.append(amountLine(FinancesWords.revenueThroughNetwork.text, s.revenue, width: n))
        lines.append(.blank)
        lines.append(amountLine(FinancesWords.owedAtStart(year: s.year).text, s.openingBalance, width: n))
        let rates = s.rates.isEmpty ? "" : FinancesWords.ofRevenue(s.rates.map { Percent.format(basisPoints: $0, style) }.joined(separator: ", ")).text
        lines.append(amountLine(FinancesWords.plusContributions.text + rates, s.contributions, width: n))
        lines.append(amountLine(FinancesWords.plusShares.text, s.charges, width: n))
        lines.append(amountLine(FinancesWords.minusPayments.text, s.payments, width: n))
        if s.distributions != .zero || s.payouts != .zero {
            // A partner's share of a closed year is owed to them until it is paid out.
            lines.append(amountLine(FinancesWords.minusShareOwed.text, s.distributions, width: n))
            lines.append(amountLine(FinancesWords.plusPaidOut.text, s.payouts, width: n))
        }
        let due = s.balanceDue
        lines.append(amountLine((due.isNegative ? FinancesWords.creditAtEnd(year: s.year) : .dueAtEnd(year: s.year)).text, due, width: n,
                                role: due.isNegative ? .success : (due == .zero ? .normal : .warning), labelRole: .title))
        if let share = s.shareOfResult {
            let r = finances.reports[s.year]
            let weight = state.network.partnerShares.first { $0.member == s.member }?.weight
            let total = state.network.partnerShares.reduce(0) { $0 + $1.weight }
            let closed = !finances.index.distributions(closing: s.year).isEmpty
            lines.append(.blank)
            lines.append(amountLine(FinancesWords.shareOfResult(year: s.year).text + (weight.map { " (\($0)/\(total))" } ?? ""), share, width: n,
                                    role: share.isNegative ? .overbooked : .success, labelRole: .title,
                                    after: (closed ? FinancesWords.distributed : .projectedShort).text))
            if let r { lines.append(PageLine(FinancesWords.ofAResult(euros(r.result)).text, .dim)) }
        }
        lines.append(.blank)
        lines.append(PageLine(FinancesWords.entriesIn(year: s.year, count: s.entries.count).text, .title))
        lines.append(PageLine("\(cell("#", 6, right: true)) \(cell(FinancesWords.colDate.text, 10)) \(cell(FinancesWords.colKind.text, 12)) \(cell(FinancesWords.colAmount(euro: glyph("€", "EUR")).text, 12, right: true))  \(FinancesWords.colNote.text)", .header))
        for e in s.entries {
            let corrected = finances.index.correctedBy[e.id] != nil
            lines.append(PageLine([("\(cell(String(e.id), 6, right: true)) \(e.date.shown) \(cell(FinancesWords.kind(e.kind).text, 12)) \(cell(amount(e.amount), 12, right: true))  ", corrected ? .dim : .normal),
                                   (e.shownNote, .dim)]))
        }
        return lines
    }
}
