import SamenCore

/// Where the member list and its detail go: rows 0 (header) and 1 (filter
/// bar) belong to the shell.
@dynamicMemberLookup
struct MembersLayout {
    let frame: ListDetailLayout
    init(width: Int, height: Int) { frame = ListDetailLayout(width: width, height: height, top: 2) }
    subscript<T>(dynamicMember key: KeyPath<ListDetailLayout, T>) -> T { frame[keyPath: key] }
}

/// Columns of the member table, chosen by the width there is.
struct MemberColumns {
    /// `kind` names the column in code (`NAME`); `title` is its heading in the language shown.
    struct Column { var kind: String; var title: String; var width: Int; var right: Bool }
    var columns: [Column]

    static func title(_ kind: String) -> String {
        switch kind {
        case "NAME": MembersWords.columnName.text
        case "ROLE": MembersWords.columnRole.text
        case "CITY": MembersWords.columnCity.text
        case "INVOLVED": MembersWords.columnInvolved.text
        case "H/WK": MembersWords.columnHoursPerWeek.text
        case "FREE": MembersWords.columnFree.text
        case "NEXT 4": MembersWords.columnNextFour.text
        default: MembersWords.columnSkills.text
        }
    }

    /// Drawn in this order; on a narrow screen the least needed go first
    /// (how involved, then the city, then the contracted hours), and the
    /// skills take what is left.
    static let widths: [(kind: String, range: ClosedRange<Int>)] = [
        ("NAME", 20...20), ("ROLE", 9...9), ("CITY", 12...12), ("INVOLVED", 8...8),
        ("H/WK", 4...4), ("FREE", 5...5), ("NEXT 4", 6...6), ("SKILLS", 12...Int.max),
    ]
    static let priority = ["NAME", "FREE", "NEXT 4", "SKILLS", "ROLE", "H/WK", "CITY", "INVOLVED"]

    init(width: Int) {
        columns = Table.fit(widths: Self.widths, priority: Self.priority, grow: ["SKILLS"], room: width - 2)
            .map { Column(kind: $0.kind, title: Self.title($0.kind), width: $0.width, right: ["H/WK", "FREE", "NEXT 4"].contains($0.kind)) }
    }
}

extension MembersPane {
    /// The directory: the filter bar, the table, and the selected member's
    /// detail beside it or below it (or alone, after Enter).
    func render(into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        if let skillsView { skillsView.render(into: &canvas, area: area, context: ctx); return }
        if let applicantsView { applicantsView.render(into: &canvas, area: area, context: ctx); return }
        if let giveTakeView { giveTakeView.render(into: &canvas, area: area, context: ctx); return }
        let width = area.width, unicode = ctx.unicode, dot = ctx.dot
        let layout = MembersLayout(width: width, height: area.height)
        let pane = self
        // Filter bar: what is typed, the sort, and how many are shown.
        let position = pane.rows.count > layout.listHeight && !pane.rows.isEmpty ? "\(MembersWords.row(pane.selection + 1).text) \(dot) " : ""
        let count = position + MembersWords.shownOf(shown: pane.rows.count, total: pane.total).text
        let right = MembersWords.sortShown(pane.sort.label).text + (pane.showLeft ? " \(dot) \(MembersWords.includingLeft.text)" : "") + "   \(count)"
        let rightX = max(1, width - DisplayWidth.of(right) - 1)
        if pane.filterInput.isShown {
            pane.filterInput.render(into: &canvas, x: 1, y: 1, maxWidth: width / 2)
        } else {
            // The longest hint that leaves a space before the sort and count: words never run together.
            let hints = [MembersWords.filterHintLong.text, MembersWords.filterHintShort.text, MembersWords.filterHintShortest.text]
            if let hint = hints.first(where: { 1 + DisplayWidth.of($0) + 1 <= rightX }) { canvas.put(hint, x: 1, y: 1, role: .dim) }
        }
        canvas.put(right, x: rightX, y: 1, role: .dim)

        if pane.detailOnly, let m = pane.selectedMember {
            renderDetail(m, facts: pane.selectedFacts!, into: &canvas, area: Rect(x: 0, y: layout.top, width: width, height: layout.bottom - layout.top), context: ctx)
            return
        }
        let listWidth = layout.listWidth
        let cols = MemberColumns(width: listWidth)
        Table.header(cols.columns, y: layout.headerY, into: &canvas)
        if pane.rows.isEmpty {
            canvas.put(pane.filter.isEmpty ? MembersWords.noMembersYet.text : MembersWords.noMatch(pane.filter).text,
                       x: 2, y: layout.firstRowY + 1, role: .dim, maxWidth: listWidth - 4)
        }
        // Only the visible rows are built (a virtual list): 10,000 members cost what 20 do.
        for row in pane.visibleRows(listHeight: layout.listHeight) {
            let y = layout.firstRowY + row - pane.scroll
            let m = pane.member(atRow: row), f = pane.facts(atRow: row)
            let selected = row == pane.selection
            let base: StyleRole = selected ? .selection : (f.left ? .left : .normal)
            if selected { canvas.fill(x: 0, y: y, width: listWidth, height: 1, role: .selection) }
            var cx = 1
            for c in cols.columns {
                var role = base
                let text: String
                switch c.kind {
                case "NAME":
                    // The "needs work" marker rides on the name: a symbol, not only a colour.
                    text = f.needsWorkHours != nil ? "\(m.name) \(unicode ? "✱" : "*")" : m.name
                    if !selected && f.needsWorkHours != nil { role = .needsWork }
                case "ROLE": text = f.left ? MembersWords.left.text : MembersWords.role(m.role).text
                case "CITY": text = m.city
                case "INVOLVED": text = MembersWords.involvementShort(m.involvement).text
                case "H/WK": text = m.contractedHours(on: ctx.today).shown
                case "FREE":
                    text = AppModel.wholeHours(f.spareThisWeek)
                    if !selected { role = AppModel.spareRole(f.spareThisWeek) }
                case "NEXT 4":
                    text = AppModel.wholeHours(f.spareNextFour)
                    if !selected { role = AppModel.spareRole(f.spareNextFour) }
                default: text = m.skills.joined(separator: ", ")
                }
                let w = DisplayWidth.of(text)
                let pad = c.right ? max(0, c.width - w) : 0
                canvas.put(DisplayWidth.fit(text, c.width - pad, pad: false, ellipsis: unicode ? "…" : "~"), x: cx + pad, y: y, role: role)
                cx += c.width + 1
            }
        }
        if let m = pane.selectedMember {
            let d = layout.frame.divideDetail(into: &canvas)
            renderDetail(m, facts: pane.selectedFacts!, into: &canvas, area: Rect(x: d.x, y: d.y, width: d.width, height: d.height), context: ctx)
        }
    }
}

extension String {
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        // Shown to a person: `2,5` in Dutch (never written to a file).
        self = Decimal1.localised("\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)")
    }
}
