import SamenCore

/// Bringing and taking (issue 16) as a view of the Members pane (`b`): each
/// member of this year, by name, with a small bar and the balance in words,
/// and the selected member's year told in full beside it. The numbers are
/// `GiveAndTake`'s, the same as `samen give-and-take`; nothing here ranks.
struct GiveTakeView: SelectableList {
    private(set) var view: GiveAndTake?
    private(set) var style: MoneyStyle = .nl
    /// Titles of the projects brought in, for the detail.
    private(set) var titles: [Int: String] = [:]
    var cursor = ListState()
    var selectedID: String?

    var rowCount: Int { view?.rows.count ?? 0 }
    mutating func selectionMoved() { selectedID = view?.rows[cursor.selection].id }
    var selected: GiveAndTake.Row? { rowCount == 0 ? nil : view?.rows[cursor.selection] }

    /// The year of `today`, the selection kept on the same member.
    mutating func rebuild(state: NetworkState, today: Day) {
        view = try? GiveAndTake(state, year: today.year, today: today)
        style = state.network.moneyStyle
        titles = [:]
        for r in view?.rows ?? [] { for id in r.broughtIn { titles[id] = state.project(id)?.title } }
        let at = selectedID.flatMap { id in view?.rows.firstIndex { $0.id == id } }
        cursor.settle(at: at, count: rowCount)
        cursor.scroll = min(cursor.scroll, cursor.selection)
        selectedID = selected?.id
    }

    static func layout(_ area: Rect) -> MembersLayout { MembersLayout(width: area.width, height: area.height) }
    static func listHeight(_ area: Rect) -> Int { layout(area).listHeight }
    static let barWidth = 10
}

extension GiveTakeView {
    func render(into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        guard let view else { return }
        let width = area.width, dot = ctx.dot, ascii = !ctx.unicode
        let layout = Self.layout(area)
        let position = rowCount > layout.listHeight ? "\(GiveTakeWords.row(selection + 1).text) \(dot) " : ""
        let right = position + GiveTakeWords.members(rowCount).text
        let rightX = max(1, width - DisplayWidth.of(right) - 1)
        let title = GiveAndTakeWords.title(view.year).text
        if 1 + DisplayWidth.of(title) + 1 <= rightX { canvas.put(title, x: 1, y: 1, role: .title) }
        canvas.put(right, x: rightX, y: 1, role: .dim)

        let listWidth = layout.listWidth
        let nameWidth = max(8, min(22, listWidth - Self.barWidth - 6))
        let balanceWidth = max(0, listWidth - 2 - nameWidth - 1 - Self.barWidth - 1)
        canvas.put(GiveTakeWords.columnName.text, x: 1, y: layout.headerY, role: .label)
        canvas.put(GiveTakeWords.columnBalance.text, x: 1 + nameWidth + 1, y: layout.headerY, role: .label)
        if view.rows.isEmpty {
            canvas.put(DisplayWidth.fit(GiveAndTakeWords.nobody(view.year).text, listWidth - 4, pad: false), x: 2, y: layout.firstRowY + 1, role: .dim)
            return
        }
        let ellipsis = ctx.glyph("…", "~")
        for row in visibleRows(listHeight: layout.listHeight) {
            let y = layout.firstRowY + row - scroll
            let r = view.rows[row]
            let isSelected = row == selection
            if isSelected { canvas.fill(x: 0, y: y, width: listWidth, height: 1, role: .selection) }
            let role: StyleRole = isSelected ? .selection : .normal
            canvas.put(DisplayWidth.fit(r.name, nameWidth, pad: false, ellipsis: ellipsis), x: 1, y: y, role: role)
            canvas.put(r.bar(width: Self.barWidth, ascii: ascii), x: 1 + nameWidth + 1, y: y, role: isSelected ? .selection : .accent)
            if balanceWidth > 0 {
                canvas.put(DisplayWidth.fit(GiveAndTakeWords.balance(r.balance.word).text, balanceWidth, pad: false, ellipsis: ellipsis),
                           x: 1 + nameWidth + 1 + Self.barWidth + 1, y: y, role: isSelected ? .selection : .dim)
            }
        }
        if let r = selected {
            let d = layout.frame.divideDetail(into: &canvas)
            renderDetail(r, into: &canvas, area: Rect(x: d.x, y: d.y, width: d.width, height: d.height), context: ctx)
        }
    }

    /// A member's year: the balance, then each part in words, the projects
    /// they brought in, the products they help build, and what the bar means.
    func renderDetail(_ r: GiveAndTake.Row, into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        let (x, y, width, height) = (area.x, area.y, area.width, area.height)
        guard width > 10, height > 2 else { return }
        var lines: [(String, StyleRole)] = []
        func add(_ text: String, _ role: StyleRole = .normal) { for l in AppModel.wrap(text, width: width) { lines.append((l, role)) } }
        lines.append((r.name, .title))
        lines.append((r.bar(width: Self.barWidth, ascii: !ctx.unicode) + " " + GiveAndTakeWords.balance(r.balance.word).text, .label))
        for s in r.sentences(style: style) { add(s) }
        if !r.broughtIn.isEmpty {
            lines.append(("", .normal))
            lines.append((GiveTakeWords.broughtIn.text, .label))
            for id in r.broughtIn { add("\(id) \(titles[id] ?? "")", r.broughtWon.contains(id) ? .normal : .tentative) }
        }
        let legend = ctx.unicode ? GiveTakeWords.legendShort.text
            : GiveTakeWords.legendShort.text.replacingOccurrences(of: "█", with: "#").replacingOccurrences(of: "░", with: "-")
        let legendLines = AppModel.wrap(legend, width: width)
        let room = max(0, height - legendLines.count - 1)
        for (i, l) in lines.prefix(room).enumerated() {
            canvas.put(DisplayWidth.fit(l.0, width, pad: false, ellipsis: ctx.glyph("…", "~")), x: x, y: y + i, role: l.1)
        }
        for (i, l) in legendLines.enumerated() where height - legendLines.count + i > room - 1 {
            canvas.put(l, x: x, y: y + height - legendLines.count + i, role: .dim)
        }
    }
}
