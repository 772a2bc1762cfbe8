/// A move in a list, as a key or the mouse wheel asks for it. Kept apart
/// from `ListState` so views that are not a plain list (a page of text, a
/// list whose lines are not all selectable) read the same keys the same way.
enum ListMotion: Equatable {
    case by(Int)
    case first
    case last

    /// Rows the wheel moves at a time.
    static let wheelStep = 3

    /// ↑ ↓ j k, PgUp PgDn (a page is `page` rows), g G Home End; nil for any other key.
    init?(key: Key, page: Int) {
        switch key {
        case .up, .char("k"): self = .by(-1)
        case .down, .char("j"): self = .by(1)
        case .pageUp: self = .by(-max(1, page))
        case .pageDown: self = .by(max(1, page))
        case .home, .char("g"): self = .first
        case .end, .char("G"): self = .last
        default: return nil
        }
    }

    /// The wheel scrolls three rows; a click is not a motion.
    init?(wheel kind: MouseEvent.Kind) {
        switch kind {
        case .wheelUp: self = .by(-Self.wheelStep)
        case .wheelDown: self = .by(Self.wheelStep)
        case .click: return nil
        }
    }

    /// The row this motion lands on from `row` in a list of `count` rows (clamped).
    func target(from row: Int, count: Int) -> Int {
        let to: Int
        switch self {
        case let .by(delta): to = row + delta
        case .first: to = 0
        case .last: to = count - 1
        }
        return max(0, min(count - 1, to))
    }
}

/// Where the person is in a list of `count` rows shown `height` at a time:
/// the selected row and the first row shown. Written once for every list
/// of every pane (members, the heat map, projects per stage, help
/// requests, the ledger), so the keys and the mouse behave the same
/// everywhere. The list's length and height are passed in, not kept: they
/// change with the filter and the terminal, and the owner knows them.
struct ListState: Equatable {
    var selection = 0
    /// The first row shown.
    var scroll = 0

    /// Selects `row` (clamped to the list) and scrolls it into view.
    mutating func select(_ row: Int, count: Int, height: Int) {
        guard count > 0 else { return }
        selection = max(0, min(count - 1, row))
        keepSelectionVisible(count: count, height: height)
    }

    mutating func apply(_ motion: ListMotion, count: Int, height: Int) {
        select(motion.target(from: selection, count: count), count: count, height: height)
    }

    /// The rows changed (a filter, a sort, new data): the selection goes to
    /// `row`, where the selected record is now, or stays within the rows.
    mutating func settle(at row: Int?, count: Int) {
        selection = row ?? min(selection, max(0, count - 1))
    }

    /// Scrolls as little as needed to show the selection, and never past the last row.
    mutating func keepSelectionVisible(count: Int, height: Int) {
        let h = max(1, height)
        if selection < scroll { scroll = selection }
        if selection >= scroll + h { scroll = selection - h + 1 }
        scroll = max(0, min(scroll, max(0, count - h)))
    }

    /// The rows on screen, for drawing only what is visible.
    func visibleRows(count: Int, height: Int) -> Range<Int> {
        scroll..<max(scroll, min(count, scroll + height))
    }

    /// The row a click at screen line `y` falls on, if the list shows one there
    /// (`firstRowY` is the screen line of the first row shown).
    func row(atY y: Int, firstRowY: Int, count: Int, height: Int) -> Int? {
        let offset = y - firstRowY
        guard offset >= 0, offset < height, scroll + offset < count else { return nil }
        return scroll + offset
    }
}

/// A pane's list with a record behind each row: the selection moves
/// through `ListState`, and the pane remembers which record is selected
/// (so a reload or a new filter keeps it) in `selectionMoved`. The
/// state is called `cursor`: `list` is, in several panes, which list is shown.
protocol SelectableList {
    var cursor: ListState { get set }
    /// Rows the list holds now (after filtering).
    var rowCount: Int { get }
    /// The selection moved: remember the record it is on.
    mutating func selectionMoved()
}

extension SelectableList {
    var selection: Int { cursor.selection }
    var scroll: Int { cursor.scroll }

    mutating func selectRow(_ row: Int, listHeight: Int) {
        guard rowCount > 0 else { return }
        cursor.select(row, count: rowCount, height: listHeight)
        selectionMoved()
    }

    mutating func move(by delta: Int, listHeight: Int) {
        selectRow(cursor.selection + delta, listHeight: listHeight)
    }

    mutating func keepSelectionVisible(listHeight: Int) {
        cursor.keepSelectionVisible(count: rowCount, height: listHeight)
    }

    /// ↑ ↓ j k, PgUp PgDn, g G Home End. Returns whether the key was one of them.
    mutating func listKey(_ key: Key, listHeight: Int) -> Bool {
        guard let motion = ListMotion(key: key, page: listHeight - 1) else { return false }
        if rowCount > 0 { selectRow(motion.target(from: cursor.selection, count: rowCount), listHeight: listHeight) }
        return true
    }

    /// The wheel moves the selection; a click on a row (screen line `y`)
    /// selects it. `inList` says whether the click fell inside the list's
    /// columns (a detail beside it is not the list).
    mutating func listMouse(_ m: MouseEvent, firstRowY: Int, listHeight: Int, inList: Bool = true) {
        if let motion = ListMotion(wheel: m.kind) {
            if rowCount > 0 { selectRow(motion.target(from: cursor.selection, count: rowCount), listHeight: listHeight) }
        } else if inList, let row = cursor.row(atY: m.y, firstRowY: firstRowY, count: rowCount, height: listHeight) {
            selectRow(row, listHeight: listHeight)
        }
    }

    func visibleRows(listHeight: Int) -> Range<Int> { cursor.visibleRows(count: rowCount, height: listHeight) }
}
