/// The `/` filter of a list: a `TextInput` whose every edit filters again.
/// Written once for the directory, the heat map, projects, help and the
/// ledger, so the same keys do the same thing in each: typing and the
/// readline keys edit (← → Home End move the cursor), Esc clears and
/// leaves, Enter or Tab keep the filter and go back to the list, ↑ ↓ go
/// back to the list and move in it.
///
/// Coming back with `/` to a filter already typed puts the cursor after it,
/// so what is typed narrows it further (it is not selected as a pre-filled
/// form field is: a filter is refined more often than replaced).
struct FilterInput: Equatable {
    private var input = TextInput()
    /// Keys go to the filter (after `/`), not to the list.
    var typing = false

    init(_ text: String = "") { input = TextInput(text) }

    var text: String {
        get { input.text }
        set { input.text = newValue }
    }

    var isEmpty: Bool { input.isEmpty }
    /// Shown on screen: being typed, or kept.
    var isShown: Bool { typing || !input.isEmpty }

    /// What a key did, for the list that owns the filter.
    enum Outcome: Equatable {
        /// The text changed: filter the list again.
        case changed
        /// Typing ended, the filter stays (Enter, Tab).
        case kept
        /// Typing ended on ↑ or ↓: the list moves with that key.
        case leave(Key)
        /// Nothing for the list to do (the cursor moved, or a key a filter ignores).
        case unchanged
    }

    /// `/`: keys go to the filter from now on, the cursor after what is there.
    mutating func start() {
        typing = true
    }

    mutating func key(_ key: Key) -> Outcome {
        switch key {
        case .escape:
            let had = !input.isEmpty
            input = TextInput()
            typing = false
            return had ? .changed : .kept
        case .enter, .tab:
            typing = false
            return .kept
        case .up, .down:
            typing = false
            return .leave(key)
        default:
            return input.key(key) == .edited ? .changed : .unchanged
        }
    }

    /// Draws `label` and the text at (`x`, `y`), the text in at most
    /// `maxWidth` columns, with the cursor while typing. Returns the columns used.
    @discardableResult
    func render(into canvas: inout Canvas, label: String? = nil, x: Int, y: Int, maxWidth: Int) -> Int {
        var at = x + canvas.put(label ?? FormWords.filterLabel.text, x: x, y: y, role: .label)
        guard typing else {
            return at + canvas.put(input.text, x: at, y: y, role: .accent, maxWidth: maxWidth) - x
        }
        let (text, cursorColumn) = input.visible(width: maxWidth + 1)
        let used = canvas.put(text, x: at, y: y, role: .inputActive, maxWidth: maxWidth)
        if input.cursor == input.characters.count {
            at += used + canvas.put(canvas.unicode ? "▏" : "_", x: at + used, y: y, role: .inputActive)
        } else {
            // Inside the text the cursor is the character it stands on, highlighted (as in a form).
            canvas.restyle(x: at + cursorColumn, y: y, width: 1, role: .tabActive)
            at += used
        }
        return at - x
    }
}

/// A list with a `/` filter: `filter` is its text and `filtering` whether it
/// is being typed, both kept in the one `FilterInput`.
protocol FilteredList {
    var filterInput: FilterInput { get set }
}

extension FilteredList {
    var filter: String {
        get { filterInput.text }
        set { filterInput.text = newValue }
    }

    var filtering: Bool {
        get { filterInput.typing }
        set { filterInput.typing = newValue }
    }
}

extension FilteredList where Self: SelectableList {
    /// A key while the filter is typed: an edit filters again from the top of
    /// the list (`refilter` forgets the selected record and filters), ↑ ↓
    /// leave the filter and move in the list.
    mutating func filterKey(_ key: Key, listHeight: Int, refilter: (inout Self) -> Void) {
        switch filterInput.key(key) {
        case .changed:
            cursor = ListState()
            refilter(&self)
            keepSelectionVisible(listHeight: listHeight)
        case let .leave(move):
            _ = listKey(move, listHeight: listHeight)
        case .kept, .unchanged:
            break
        }
    }
}
