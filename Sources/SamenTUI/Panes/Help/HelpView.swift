import SamenCore

/// Columns of a help list, chosen by the list and the width there is.
struct HelpColumns {
    enum Content { case id, age, from, kind, offers, status, topic, text, name, skills, pitch }
    struct Column { var title: String; var width: Int; var right: Bool; var content: Content }
    var columns: [Column]

    init(list: HelpList, width: Int, idWidth: Int) {
        var cols: [Column] = []
        if list == .share {
            cols = [Column(title: HelpWords.colName.text, width: 20, right: false, content: .name),
                    Column(title: HelpWords.colSkills.text, width: width >= 100 ? 30 : 22, right: false, content: .skills)]
            let used = cols.reduce(0) { $0 + $1.width + 1 } + 2
            cols.append(Column(title: HelpWords.colShare.text, width: max(6, width - used), right: false, content: .pitch))
            columns = cols
            return
        }
        cols.append(Column(title: "#", width: idWidth, right: true, content: .id))
        cols.append(Column(title: (list == .closed ? HelpWords.colDone : .colAge).text, width: 4, right: true, content: .age))
        cols.append(Column(title: HelpWords.colFrom.text, width: 16, right: false, content: .from))
        cols.append(Column(title: HelpWords.colKind.text, width: 10, right: false, content: .kind))
        if list == .open {
            cols.append(Column(title: HelpWords.colOffers.text, width: 6, right: true, content: .offers))
        } else {
            cols.append(Column(title: HelpWords.colStatus.text, width: 9, right: false, content: .status))
        }
        if width >= 100 { cols.append(Column(title: HelpWords.colTopic.text, width: 20, right: false, content: .topic)) }
        let used = cols.reduce(0) { $0 + $1.width + 1 } + 2
        cols.append(Column(title: HelpWords.colText.text, width: max(6, width - used), right: false, content: .text))
        columns = cols
    }
}

extension HelpPane {
    /// Where each list's tab starts on the filter bar, for drawing and clicks.
    var listTabs: [(list: HelpList, x: Int, label: String)] {
        Table.tabs(HelpList.allCases) { " \($0.title) \(count($0)) " }.map { ($0.item, $0.x, $0.label) }
    }

    func listTab(atColumn column: Int) -> HelpList? {
        listTabs.first { column >= $0.x && column < $0.x + DisplayWidth.of($0.label) }?.list
    }

    /// The lists as tabs, the filter, the list and the selected request's
    /// (or member's) detail beside it or below it (or alone, after Enter).
    func render(into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        let width = area.width, unicode = ctx.unicode
        let layout = MembersLayout(width: width, height: area.height)   // the same split as the directory
        let pane = self

        // The filter bar: the lists as tabs, what is typed, how many are shown.
        var end = 0
        for (l, x, label) in listTabs {
            end = x + canvas.put(label, x: x, y: 1, role: l == pane.list ? .tabActive : .dim)
        }
        let what = (pane.list == .share ? HelpWords.members : .requests).text
        let count = "\(pane.rows.count)/\(pane.count(pane.list)) \(what)"
        let countX = max(end + 2, width - DisplayWidth.of(count) - 1)
        if pane.filterInput.isShown {
            pane.filterInput.render(into: &canvas, label: "/", x: end + 1, y: 1, maxWidth: max(1, countX - end - 4))
        } else if countX - end > 24 {
            canvas.put((pane.list == .share ? HelpWords.whoKnowsHint : .filterHint).text, x: end + 2, y: 1, role: .dim)
        }
        canvas.put(count, x: countX, y: 1, role: .dim)

        if pane.detailOnly {
            renderDetail(into: &canvas, area: Rect(x: 1, y: layout.top, width: width - 2, height: layout.bottom - layout.top), context: ctx)
            return
        }
        let listWidth = layout.listWidth
        let idWidth = max(2, String(pane.requests.last?.id ?? 0).count)
        let cols = HelpColumns(list: pane.list, width: listWidth, idWidth: idWidth)
        Table.header(cols.columns, y: layout.headerY, into: &canvas)
        if pane.rows.isEmpty {
            canvas.put(emptyText(actor: ctx.actor), x: 2, y: layout.firstRowY + 1, role: .dim, maxWidth: listWidth - 4)
        }
        // Only the visible rows are built: 20,000 requests cost what 20 do.
        for row in pane.visibleRows(listHeight: layout.listHeight) {
            let y = layout.firstRowY + row - pane.scroll
            let selected = row == pane.selection
            if selected { canvas.fill(x: 0, y: y, width: listWidth, height: 1, role: .selection) }
            var cx = 1
            for c in cols.columns {
                let (text, role) = cell(c.content, row: row, selected: selected, context: ctx)
                let w = DisplayWidth.of(text)
                let pad = c.right ? max(0, c.width - w) : 0
                canvas.put(DisplayWidth.fit(text, c.width - pad, pad: false, ellipsis: unicode ? "…" : "~"), x: cx + pad, y: y, role: role)
                cx += c.width + 1
            }
        }

        let d = layout.frame.divideDetail(into: &canvas)
        renderDetail(into: &canvas, area: Rect(x: d.x, y: d.y, width: d.width, height: d.height), context: ctx)
    }

    /// What an empty list says; `actor` is who the dashboard acts as.
    func emptyText(actor: String) -> String {
        if !filter.isEmpty { return HelpWords.nothingMatches(filter).text }
        switch list {
        case .open: return HelpWords.noOpen.text
        case .mine: return (me == nil ? HelpWords.notAMember(actor: actor) : .nothingByYou).text
        case .closed: return HelpWords.nothingClosed.text
        case .share: return HelpWords.noMembers.text
        }
    }

    /// One cell of a list row, with the role that says what it means.
    func cell(_ content: HelpColumns.Content, row: Int, selected: Bool, context ctx: PaneContext) -> (String, StyleRole) {
        let (today, unicode) = (ctx.today, ctx.unicode)
        let base: StyleRole = selected ? .selection : .normal
        if list == .share {
            let m = member(atRow: row)
            switch content {
            case .name: return (m.name, base)
            case .skills: return (m.skills.joined(separator: ", "), base)
            default: return (m.pitch.isEmpty ? "-" : m.pitch, selected ? base : (m.pitch.isEmpty ? .dim : .normal))
            }
        }
        let r = request(atRow: row)
        switch content {
        case .id: return (String(r.id), selected ? base : .dim)
        case .age:
            let days = list == .closed ? (r.closed?.day.distance(to: today) ?? r.ageInDays(on: today)) : r.ageInDays(on: today)
            return (Self.shortAge(days), base)
        case .from: return (name(r.from), base)
        case .kind:
            let needs = r.kind == .needsWork
            return (HelpWords.kind(r.kind).text, needs && !selected ? .needsWork : base)
        case .offers:
            let mark = r.status == .matched ? (unicode ? " ✓" : " +") : ""
            return ("\(r.offers.count)\(mark)", r.offers.isEmpty && !selected ? .dim : base)
        case .status: return (HelpWords.status(r.status).text, selected ? base : (r.isOpen ? .normal : .dim))
        case .topic: return (r.tags.joined(separator: ", "), base)
        default: return (r.text, base)
        }
    }

    /// "0d", "12d", "40w" past 99 days, "3y" past 99 weeks: fits four columns.
    static func shortAge(_ days: Int) -> String {
        let d = max(0, days)
        if d <= 99 { return "\(d)d" }
        if d / 7 <= 99 { return "\(d / 7)w" }
        return HelpWords.years(d / 365).text
    }
}
