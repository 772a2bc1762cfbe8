import SamenCore

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
}

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
    struct Column { var title: String; var width: Int; var right: Bool }
    var columns: [Column]

    init(width: Int) {
        var cols = [Column(title: "NAME", width: 20, right: false)]
        cols.append(Column(title: "ROLE", width: 9, right: false))
        cols.append(Column(title: "CITY", width: 12, right: false))
        if width >= 96 { cols.append(Column(title: "INVOLVED", width: 8, right: false)) }
        cols.append(Column(title: "H/WK", width: 4, right: true))
        cols.append(Column(title: "FREE", width: 5, right: true))
        cols.append(Column(title: "NEXT 4", width: 6, right: true))
        let used = cols.reduce(0) { $0 + $1.width + 1 } + 2
        cols.append(Column(title: "SKILLS", width: max(6, width - used), right: false))
        columns = cols
    }
}

extension AppModel {
    func renderMembers(into canvas: inout Canvas) {
        let layout = MembersLayout(width: width, height: height)
        let pane = members
        // Filter bar: what is typed, the sort, and how many are shown.
        let position = pane.rows.count > layout.listHeight && !pane.rows.isEmpty ? "row \(pane.selection + 1) \(dot) " : ""
        let count = "\(position)\(pane.rows.count)/\(pane.total) members"
        if pane.filtering || !pane.filter.isEmpty {
            let shown = canvas.put("Filter: ", x: 1, y: 1, role: .label)
            let used = canvas.put(pane.filter, x: 1 + shown, y: 1, role: pane.filtering ? .inputActive : .accent, maxWidth: width / 2)
            if pane.filtering { canvas.put(unicode ? "▏" : "_", x: 1 + shown + used, y: 1, role: .inputActive) }
        } else {
            canvas.put("/ to filter by name, skill, city or role", x: 1, y: 1, role: .dim)
        }
        let right = "sort: \(pane.sort.label)\(pane.showLeft ? " \(dot) incl. left" : "")   \(count)"
        canvas.put(right, x: max(1, width - DisplayWidth.of(right) - 1), y: 1, role: .dim)

        if pane.detailOnly, let m = pane.selectedMember {
            renderMemberDetail(m, facts: pane.selectedFacts!, into: &canvas, x: 0, y: layout.top, width: width, height: layout.bottom - layout.top)
            return
        }
        let listWidth = layout.listWidth
        let cols = MemberColumns(width: listWidth)
        var x = 1
        for c in cols.columns {
            let title = c.right ? String(repeating: " ", count: max(0, c.width - c.title.count)) + c.title : c.title
            canvas.put(title, x: x, y: layout.headerY, role: .header, maxWidth: c.width)
            x += c.width + 1
        }
        if pane.rows.isEmpty {
            canvas.put(pane.filter.isEmpty ? "No members yet. Press n to add one." : "No member matches '\(pane.filter)'. Esc clears the filter.",
                       x: 2, y: layout.firstRowY + 1, role: .dim, maxWidth: listWidth - 4)
        }
        // Only the visible rows are built (a virtual list): 10,000 members cost what 20 do.
        let end = min(pane.rows.count, pane.scroll + layout.listHeight)
        for row in pane.scroll..<max(pane.scroll, end) {
            let y = layout.firstRowY + row - pane.scroll
            let m = pane.member(atRow: row), f = pane.facts(atRow: row)
            let selected = row == pane.selection
            let base: StyleRole = selected ? .selection : (f.left ? .left : .normal)
            if selected { canvas.fill(x: 0, y: y, width: listWidth, height: 1, role: .selection) }
            var cx = 1
            for c in cols.columns {
                var role = base
                let text: String
                switch c.title {
                case "NAME":
                    // The "needs work" marker rides on the name: a symbol, not only a colour.
                    text = f.needsWorkHours != nil ? "\(m.name) \(unicode ? "✱" : "*")" : m.name
                    if !selected && f.needsWorkHours != nil { role = .needsWork }
                case "ROLE": text = f.left ? "left" : m.role.rawValue
                case "CITY": text = m.city
                case "INVOLVED": text = m.involvement.rawValue
                case "H/WK": text = m.contractedHours(on: today).description
                case "FREE":
                    text = Self.wholeHours(f.spareThisWeek)
                    if !selected { role = Self.spareRole(f.spareThisWeek) }
                case "NEXT 4":
                    text = Self.wholeHours(f.spareNextFour)
                    if !selected { role = Self.spareRole(f.spareNextFour) }
                default: text = m.skills.joined(separator: ", ")
                }
                let w = DisplayWidth.of(text)
                let pad = c.right ? max(0, c.width - w) : 0
                canvas.put(DisplayWidth.fit(text, c.width - pad, pad: false, ellipsis: unicode ? "…" : "~"), x: cx + pad, y: y, role: role)
                cx += c.width + 1
            }
        }
        if let m = pane.selectedMember {
            if layout.sideBySide {
                canvas.verticalLine(x: layout.listWidth, y: layout.top, height: layout.bottom - layout.top)
            } else {
                canvas.horizontalLine(x: 0, y: layout.detailY, width: width)
            }
            let dy = layout.sideBySide ? layout.detailY : layout.detailY + 1
            let dh = layout.sideBySide ? layout.detailHeight : layout.detailHeight - 1
            renderMemberDetail(m, facts: pane.selectedFacts!, into: &canvas, x: layout.detailX + 1, y: dy,
                               width: layout.detailWidth - 2, height: dh)
        }
    }

    /// "12", "-4 !" (overbooked is marked with a sign and "!", never by colour alone).
    static func hours(_ h: Double, mark: Bool = false) -> String {
        let rounded = (h * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(format1: rounded)
        return mark && rounded < 0 ? text + "!" : text
    }

    /// Whole hours for the table ("-4!" when overbooked); the detail shows tenths.
    /// Rounded down, as the heat map does, so "16 free" means at least 16 in
    /// both places and the directory and the map never disagree.
    static func wholeHours(_ h: Double) -> String {
        let n = Int((h + 0.05).rounded(.down))
        return h < -0.05 ? "\(n == 0 ? -1 : n)!" : String(n)
    }

    static func spareRole(_ h: Double) -> StyleRole { h < -0.05 ? .overbooked : (h < 0.5 ? .full : .free) }
}

extension String {
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        self = "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
