import SamenCore

/// A column of a table: its title, width, and whether it is right-aligned (numbers).
protocol TableColumn {
    var title: String { get }
    var width: Int { get }
    var alignsRight: Bool { get }
}

/// Tables: the panes' lists, columns from the left with a space between
/// (each pane chooses its columns for the width, dropping the least needed first).
enum Table {
    /// The column titles on row `y`, numbers' titles right-aligned over them.
    static func header(_ columns: [some TableColumn], y: Int, into canvas: inout Canvas) {
        var x = 1
        for c in columns {
            let title = c.alignsRight ? String(repeating: " ", count: max(0, c.width - DisplayWidth.of(c.title))) + c.title : c.title
            canvas.put(title, x: x, y: y, role: .header, maxWidth: c.width)
            x += c.width + 1
        }
    }

    /// The columns that fit in `room` columns (a space between each), in
    /// the order of `widths` (the order they are drawn in): taken by
    /// `priority`, most needed first, while their narrowest width still
    /// fits, so a narrow screen drops the least needed columns whole rather
    /// than cutting the last ones off; then what is left is handed to the
    /// columns in `grow`, a column at a time, so they widen together.
    static func fit<Kind: Hashable>(widths: [(kind: Kind, range: ClosedRange<Int>)], priority: [Kind], grow: [Kind],
                                    room: Int) -> [(kind: Kind, width: Int)] {
        let range = Dictionary(widths.map { ($0.kind, $0.range) }, uniquingKeysWith: { a, _ in a })
        var chosen = Set<Kind>(), width: [Kind: Int] = [:], used = 0
        for k in priority {
            guard let r = range[k], !chosen.contains(k) else { continue }
            let need = r.lowerBound + (chosen.isEmpty ? 0 : 1)
            if used + need <= room { chosen.insert(k); width[k] = r.lowerBound; used += need }
        }
        var left = room - used
        let growing = grow.filter { chosen.contains($0) }
        while left > 0 {
            var grew = false
            for k in growing where left > 0 && width[k]! < range[k]!.upperBound {
                width[k]! += 1; left -= 1; grew = true
            }
            if !grew { break }
        }
        return widths.compactMap { c in width[c.kind].map { (c.kind, $0) } }
    }

    /// Where each tab of a bar starts (from column 1, a space between), for drawing and for clicks.
    static func tabs<T>(_ items: [T], label: (T) -> String) -> [(item: T, x: Int, label: String)] {
        var x = 1
        return items.map { item in
            let l = label(item)
            defer { x += DisplayWidth.of(l) + 1 }
            return (item, x, l)
        }
    }
}

/// A list with a detail beside it when there is room, below it when the
/// terminal is narrow (DESIGN.md: narrow terminals stack instead). The
/// member directory and the projects pane differ only in where they start.
struct ListDetailLayout {
    let width: Int, height: Int
    /// The first row of the list box; the last row (keys) belongs to the shell.
    let top: Int

    var bottom: Int { height - 1 }
    var sideBySide: Bool { width >= 120 }
    var listWidth: Int { sideBySide ? width - detailWidth - 1 : width }
    var detailWidth: Int { sideBySide ? 42 + (width - 120) / 3 : width }
    var listBoxHeight: Int { sideBySide ? bottom - top : max(5, (bottom - top) / 2) }
    /// The table header row, then the rows.
    var headerY: Int { top }
    var firstRowY: Int { top + 1 }
    var listHeight: Int { max(1, listBoxHeight - 1) }
    var detailX: Int { sideBySide ? listWidth + 1 : 0 }
    var detailY: Int { sideBySide ? top : top + listBoxHeight }
    var detailHeight: Int { sideBySide ? bottom - top : bottom - detailY }

    /// Draws the line between the list and the detail, and returns where
    /// the detail goes inside it.
    func divideDetail(into canvas: inout Canvas) -> (x: Int, y: Int, width: Int, height: Int) {
        if sideBySide {
            canvas.verticalLine(x: listWidth, y: top, height: bottom - top)
        } else {
            canvas.horizontalLine(x: 0, y: detailY, width: width)
        }
        return (detailX + 1, sideBySide ? detailY : detailY + 1, detailWidth - 2, sideBySide ? detailHeight : detailHeight - 1)
    }
}

extension MemberColumns.Column: TableColumn { var alignsRight: Bool { right } }
extension HelpColumns.Column: TableColumn { var alignsRight: Bool { right } }
extension ProjectColumns.Column: TableColumn { var alignsRight: Bool { rightAligned } }

/// A list and its detail under a bar of tabs (the stages of Projects, the
/// views of Finances) and a filter line: the directory's layout, one row lower.
@dynamicMemberLookup
struct BarredListLayout {
    let frame: ListDetailLayout
    init(width: Int, height: Int) { frame = ListDetailLayout(width: width, height: height, top: 3) }
    subscript<T>(dynamicMember key: KeyPath<ListDetailLayout, T>) -> T { frame[keyPath: key] }

    // Row 0 (tabs) and the last (keys) belong to the shell.
    /// The bar: stages, views.
    var barY: Int { 1 }
    var filterY: Int { 2 }
    /// Page views (overview, statements, rates) start under the bar.
    var pageTop: Int { 2 }
    var pageHeight: Int { max(1, frame.bottom - pageTop) }
}
