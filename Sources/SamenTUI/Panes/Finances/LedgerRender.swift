import SamenCore

/// The columns of the ledger list: the entry, who or what it is about, its
/// amount, and the network's balance after it.
struct LedgerColumns {
    enum Kind { case id, date, kind, who, amount, balance }
    struct Column { var kind: Kind; var title: String; var width: Int; var right: Bool }
    var columns: [Column]

    init(width: Int, idWidth: Int, unicode: Bool = true) {
        var cols = [Column(kind: .id, title: "#", width: idWidth, right: true),
                    Column(kind: .date, title: FinancesWords.colDate.text, width: 10, right: false),
                    Column(kind: .kind, title: FinancesWords.colKind.text, width: 12, right: false)]
        let euro = unicode ? "€" : "EUR"
        let money = [Column(kind: .amount, title: FinancesWords.colAmount(euro: euro).text, width: 11, right: true),
                     Column(kind: .balance, title: FinancesWords.colBalance(euro: euro).text, width: 12, right: true)]
        let used = (cols + money).reduce(0) { $0 + $1.width + 1 } + 2
        cols.append(Column(kind: .who, title: FinancesWords.colWho.text, width: max(6, width - used), right: false))
        columns = cols + money
    }
}

extension FinancesScreen {
    func renderLedger(into canvas: inout Canvas, layout: FinancesLayout) {
        let pane = finances
        // The filter line: what is typed, how many of the year's entries are shown.
        let position = pane.rows.count > layout.listHeight ? FinancesWords.row(pane.cursor.selection + 1, dot: dot).text : ""
        let count = pane.awaitingText ? FinancesWords.searchingCount(count: pane.yearCount, year: pane.year).text
            : FinancesWords.entriesCount(position: position, shown: pane.rows.count, total: pane.yearCount, year: pane.year).text
        if pane.filterInput.isShown {
            pane.filterInput.render(into: &canvas, label: FinancesWords.filterLabel.text, x: 1, y: layout.filterY, maxWidth: width / 2)
        } else {
            canvas.put((width >= 100 ? FinancesWords.filterHintWide : .filterHintNarrow).text,
                       x: 1, y: layout.filterY, role: .dim, maxWidth: max(0, width - DisplayWidth.of(count) - 4))
        }
        canvas.put(count, x: max(1, width - DisplayWidth.of(count) - 1), y: layout.filterY, role: .dim)

        if pane.detailOnly, let e = pane.selectedEntry {
            renderLedgerDetail(e, position: pane.rows[pane.cursor.selection], into: &canvas, x: 1, y: layout.top, width: width - 2, height: layout.bottom - layout.top)
            return
        }
        let listWidth = layout.listWidth
        let idWidth = max(2, String(pane.index.entries.last?.id ?? 0).count)
        let cols = LedgerColumns(width: listWidth, idWidth: idWidth, unicode: unicode)
        var x = 1
        for c in cols.columns {
            canvas.put(cell(c.title, c.width, right: c.right), x: x, y: layout.headerY, role: .header, maxWidth: c.width)
            x += c.width + 1
        }
        if pane.awaitingText {
            canvas.put(FinancesWords.searchingEntries(year: pane.year).text, x: 2, y: layout.firstRowY + 1, role: .dim, maxWidth: listWidth - 4)
        } else if pane.rows.isEmpty {
            let text = !pane.filter.isEmpty ? FinancesWords.nothingMatches(year: pane.year, filter: pane.filter).text
                : FinancesWords.noEntriesIn(year: pane.year).text
            canvas.put(text, x: 2, y: layout.firstRowY + 1, role: .dim, maxWidth: listWidth - 4)
            if let key = LedgerFilter(pane.filter).unknownKey {
                let fields = LedgerFilter.shownKeys.map { $0 + ":" }.joined(separator: " ")
                for (i, line) in AppModel.wrap(FinancesWords.notAField(key: key, fields: fields).text, width: max(10, listWidth - 4)).enumerated() {
                    canvas.put(line, x: 2, y: layout.firstRowY + 2 + i, role: .warning, maxWidth: listWidth - 4)
                }
            }
        }
        // Only the visible rows are built: 100,000 entries in a year cost what 20 do.
        for row in pane.visibleRows(listHeight: layout.listHeight) {
            let y = layout.firstRowY + row - pane.cursor.scroll
            let selected = row == pane.cursor.selection
            if selected { canvas.fill(x: 0, y: y, width: listWidth, height: 1, role: .selection) }
            let at = pane.position(atRow: row)
            var cx = 1
            for c in cols.columns {
                let (text, role) = ledgerCell(c.kind, at: at, selected: selected)
                canvas.put(cell(text, c.width, right: c.right), x: cx, y: y, role: role, maxWidth: c.width)
                cx += c.width + 1
            }
        }
        let d = layout.frame.divideDetail(into: &canvas)
        guard let e = pane.selectedEntry else { return }
        renderLedgerDetail(e, position: pane.rows[pane.cursor.selection], into: &canvas, x: d.x, y: d.y, width: d.width, height: d.height)
    }

    /// One cell of a ledger row, with the role that says what it means:
    /// corrected entries are dim, corrections and costs stand apart.
    func ledgerCell(_ kind: LedgerColumns.Kind, at i: Int, selected: Bool) -> (String, StyleRole) {
        let index = finances.index
        let e = index.entries[i]
        let corrected = index.correctedBy[e.id] != nil
        let base: StyleRole = selected ? .selection : (corrected ? .dim : .normal)
        switch kind {
        case .id: return (String(e.id), selected ? base : .dim)
        case .date: return (e.date.shown, base)
        case .kind:
            if e.kind == .correction { return ("\(glyph("↺", "<")) \(FinancesWords.kind(index.countsAs[i]).text)", selected ? base : .warning) }
            let kind = FinancesWords.kind(e.kind).text
            return (corrected ? "\(kind) \(glyph("✗", "x"))" : kind, base)
        case .who: return (ledgerSummary(e), base)
        case .amount: return (amount(e.amount), selected ? base : (e.amount.isNegative ? .overbooked : base))
        case .balance:
            let b = Money(cents: index.balance[i])
            return (amount(b), selected ? base : (ledgerEffect(i) == 0 ? .dim : base))
        }
    }

    func ledgerEffect(_ i: Int) -> Int64 { FinanceLedgerIndex.effect(finances.index.countsAs[i], finances.index.entries[i].amount) }

    /// Who or what an entry is about, in a few words: the member (and
    /// project) of a revenue, the category and payee of a cost, and the note.
    func ledgerSummary(_ e: LedgerEntry) -> String {
        var parts: [String] = []
        if let m = e.member { parts.append(state.member(m)?.name ?? m) }
        if let p = e.project { parts.append("#\(p)") }
        if let c = e.category { parts.append(c) }
        if let p = e.payee, e.member == nil { parts.append(p) }
        if e.kind == .correction, let t = e.relatesTo { parts.insert(FinancesWords.ofEntry(t).text, at: 0) }
        let head = parts.joined(separator: " ")
        let note = e.kind == .correction ? e.shownNote : (e.kind == .contribution ? "" : e.shownNote)
        return note.isEmpty ? head : (head.isEmpty ? note : "\(head) \(dot) \(note)")
    }

    /// The selected entry in full: every field, the balance after it, what
    /// corrected it or what it corrects, and a revenue's contribution.
    func renderLedgerDetail(_ e: LedgerEntry, position: Int, into canvas: inout Canvas, x: Int, y: Int, width w: Int, height h: Int) {
        guard w > 10, h > 1 else { return }
        let lines = ledgerDetailLines(e, position: position, width: w)
        for (i, line) in lines.prefix(h).enumerated() {
            var cx = x
            for piece in line.pieces { cx += canvas.put(piece.text, x: cx, y: y + i, role: piece.role, maxWidth: max(0, x + w - cx)) }
        }
        if lines.count > h { canvas.put(unicode ? "…" : "~", x: x + w - 1, y: y + h - 1, role: .dim) }
    }

    func ledgerDetailLines(_ e: LedgerEntry, position: Int, width: Int) -> [PageLine] {
        let index = finances.index
        var lines: [PageLine] = []
        func field(_ label: String, _ value: String, _ role: StyleRole = .normal) {
            lines.append(PageLine([(DisplayWidth.fit(label, 10), .label), (value, role)]))
        }
        func wrapped(_ text: String, _ role: StyleRole = .normal) {
            for l in AppModel.wrap(text, width: max(10, width)) { lines.append(PageLine(l, role)) }
        }
        let kind = e.kind == .correction ? FinancesWords.correctionOf(FinancesWords.kind(index.countsAs[position]).text).text : FinancesWords.kind(e.kind).text
        lines.append(PageLine(FinancesWords.entryTitle(id: e.id, kind: kind, day: e.date.spoken, dot: dot).text, .title))
        field(FinancesWords.amount.text, euros(e.amount), e.amount.isNegative ? .overbooked : .bold)
        if let m = e.member { field(FinancesWords.member.text, state.member(m).map { "\($0.name) (\(m))" } ?? m) }
        if let p = e.project { field(FinancesWords.project.text, state.project(p).map { "\(p) \($0.title)" } ?? String(p)) }
        if let c = e.category { field(FinancesWords.category.text, c) }
        if let p = e.payee { field(FinancesWords.payee.text, p) }
        if let r = e.rate { field(FinancesWords.rate.text, Percent.format(basisPoints: r, state.network.moneyStyle)) }
        if let y = e.year { field(FinancesWords.year.text, String(y)) }
        if !e.shownNote.isEmpty {
            for (k, l) in AppModel.wrap(e.shownNote, width: max(10, width - 10)).enumerated() {
                lines.append(PageLine([(DisplayWidth.fit(k == 0 ? FinancesWords.note.text : "", 10), .label), (l, .normal)]))
            }
        }
        field(FinancesWords.booked.text, FinancesWords.bookedBy(e.at.day.spoken, e.by).text, .dim)
        let effect = ledgerEffect(position)
        field(FinancesWords.balance.text, euros(Money(cents: index.balance[position])) + (effect == 0 ? FinancesWords.unchangedMembersMoney.text : ""), .dim)

        if let c = index.correctedBy[e.id], let correction = index.entry(c) {
            lines.append(.blank)
            lines.append(PageLine(FinancesWords.correctedBy(mark: glyph("✗", "x"), entry: c, day: correction.date.spoken).text, .warning))
            wrapped("\(correction.by): \(correction.shownNote)", .dim)
        }
        if e.kind == .correction, let t = e.relatesTo, let original = index.entry(t) {
            lines.append(.blank)
            lines.append(PageLine(FinancesWords.reversesEntry(mark: glyph("↺", "<"), entry: t).text, .warning))
            wrapped(FinancesWords.original(kind: FinancesWords.kind(original.kind).text, amount: euros(original.amount), day: original.date.spoken,
                                           note: original.shownNote.isEmpty ? "" : ": \(original.shownNote)").text, .dim)
        }
        if e.kind == .revenue {
            lines.append(.blank)
            if let c = index.contribution(of: e.id) {
                lines.append(PageLine(FinancesWords.contribution.text, .label))
                let rate = c.rate.map { Percent.format(basisPoints: $0, state.network.moneyStyle) } ?? "?"
                let member = e.member.flatMap { state.member($0) }
                wrapped(FinancesWords.contributionOfRevenue(entry: c.id, amount: euros(c.amount), rate: rate, of: euros(e.amount)).text
                        + (member.map { FinancesWords.roleRateOn(role: FinancesWords.role($0.role).text, day: e.date.spoken).text } ?? "")
                        + (index.correctedBy[c.id] != nil ? FinancesWords.reversedWithIt.text : ""))
            } else {
                lines.append(PageLine(FinancesWords.noContribution.text, .dim))
            }
        }
        if e.kind == .contribution, let r = e.relatesTo, let revenue = index.entry(r) {
            lines.append(.blank)
            lines.append(PageLine(FinancesWords.onRevenue.text, .label))
            wrapped(FinancesWords.onRevenueLine(entry: r, amount: euros(revenue.amount), day: revenue.date.spoken).text)
        }
        return lines
    }
}
