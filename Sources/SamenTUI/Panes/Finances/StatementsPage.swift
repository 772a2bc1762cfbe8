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
        canvas.put("\(finances.year): earned through the network, contributed, paid, owed and received (\(glyph("€", "EUR")))", x: 1, y: y0, role: .dim, maxWidth: width - 2)
        canvas.put(row(["NAME", "ROLE", "REVENUE", "CONTRIB.", "RATE", "PAID", "DUE", "SHARE"]), x: 1, y: y0 + 1, role: .header, maxWidth: width - 2)
        if list.isEmpty { canvas.put("Nobody has money in the books for \(finances.year).", x: 2, y: y0 + 3, role: .dim) }
        let h = statementListHeight
        let style = state.network.moneyStyle
        for (i, s) in list.enumerated().dropFirst(finances.statementCursor.scroll).prefix(h) {
            let y = y0 + 2 + i - finances.statementCursor.scroll
            let selected = i == finances.statementCursor.selection
            if selected { canvas.fill(x: 0, y: y, width: width, height: 1, role: .selection) }
            let rate = s.rates.map { Percent.format(basisPoints: $0, style) }.joined(separator: "/")
            let text = row([s.name, s.role.rawValue, amount(s.revenue), amount(s.contributions), rate, amount(s.payments),
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
        lines.append(PageLine([("\(s.name) (\(s.member))", .title), (" \(dot) \(s.role.rawValue) \(dot) statement \(s.year)", .dim)]))
        lines.append(amountLine("Revenue through the network", s.revenue, width: n))
        lines.append(.blank)
        lines.append(amountLine("Owed at the start of \(s.year)", s.openingBalance, width: n))
        let rates = s.rates.isEmpty ? "" : " (\(s.rates.map { Percent.format(basisPoints: $0, style) }.joined(separator: ", ")) of revenue)"
        lines.append(amountLine("+ contributions\(rates)", s.contributions, width: n))
        lines.append(amountLine("+ shares of shared costs", s.charges, width: n))
        lines.append(amountLine("- payments", s.payments, width: n))
        if s.distributions != .zero || s.payouts != .zero {
            // A partner's share of a closed year is owed to them until it is paid out.
            lines.append(amountLine("- share of a result, owed to them", s.distributions, width: n))
            lines.append(amountLine("+ paid out to them", s.payouts, width: n))
        }
        let due = s.balanceDue
        lines.append(amountLine(due.isNegative ? "= credit at the end of \(s.year)" : "= balance due at the end of \(s.year)", due, width: n,
                                role: due.isNegative ? .success : (due == .zero ? .normal : .warning), labelRole: .title))
        if let share = s.shareOfResult {
            let r = finances.reports[s.year]
            let weight = state.network.partnerShares.first { $0.member == s.member }?.weight
            let total = state.network.partnerShares.reduce(0) { $0 + $1.weight }
            let closed = !finances.index.distributions(closing: s.year).isEmpty
            lines.append(.blank)
            lines.append(amountLine("Share of the \(s.year) result" + (weight.map { " (\($0)/\(total))" } ?? ""), share, width: n,
                                    role: share.isNegative ? .overbooked : .success, labelRole: .title,
                                    after: closed ? "  distributed" : "  projected"))
            if let r { lines.append(PageLine("of a result of \(euros(r.result))", .dim)) }
        }
        lines.append(.blank)
        lines.append(PageLine("Entries in \(s.year) (\(s.entries.count))", .title))
        lines.append(PageLine("\(cell("#", 6, right: true)) \(cell("DATE", 10)) \(cell("KIND", 12)) \(cell("AMOUNT \(glyph("€", "EUR"))", 12, right: true))  NOTE", .header))
        for e in s.entries {
            let corrected = finances.index.correctedBy[e.id] != nil
            lines.append(PageLine([("\(cell(String(e.id), 6, right: true)) \(e.date.iso) \(cell(e.kind.rawValue, 12)) \(cell(amount(e.amount), 12, right: true))  ", corrected ? .dim : .normal),
                                   (e.note, .dim)]))
        }
        return lines
    }
}
