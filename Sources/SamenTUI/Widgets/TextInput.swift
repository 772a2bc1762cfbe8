import SamenCore

/// One line of editable text with a cursor, the way every GUI text box and
/// readline behave, written once for every form and filter.
///
/// A field that already holds a value is entered *selected*: the first
/// character typed replaces the whole value (typing `2` over a pre-filled
/// `4` gives `2`, never `42`), while an arrow, Home or End keeps the value
/// and just places the cursor. Keys: ← → Home End, Backspace Delete,
/// Ctrl-A Ctrl-E (start, end), Ctrl-W (word before the cursor),
/// Ctrl-K (to the end), Ctrl-U (to the start), Alt-B Alt-F (word left,
/// right). A paste arrives as characters and is inserted like typing.
struct TextInput: Equatable {
    /// Characters, not bytes or scalars, so the cursor never splits an `ë`.
    private(set) var characters: [Character]
    /// Between characters: 0 is before the first, `characters.count` after the last.
    private(set) var cursor: Int
    /// The whole value is selected: typing replaces it, Backspace clears it.
    private(set) var selected = false
    /// In a field of several lines: the column ↑ and ↓ aim for, kept while
    /// they pass through shorter lines (see TextArea.swift).
    var goalColumn: Int?

    init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    var text: String {
        get { String(characters) }
        set { characters = Array(newValue); cursor = characters.count; selected = false; goalColumn = nil }
    }

    var isEmpty: Bool { characters.isEmpty }

    /// Entering the field: a value already there is selected, so typing replaces it.
    mutating func focus() {
        cursor = characters.count
        selected = !characters.isEmpty
        goalColumn = nil
    }

    /// What a key did: whether the text changed (so a filter re-runs), or the
    /// key is not an editing key at all (so the owner may use it).
    enum Result: Equatable { case edited, moved, ignored }

    @discardableResult
    mutating func key(_ key: Key) -> Result {
        switch key {
        case let .char(c):
            insert(String(c))
            return .edited
        case .backspace:
            if selected { return clearAll() }
            guard cursor > 0 else { return .moved }
            characters.remove(at: cursor - 1)
            cursor -= 1
            return .edited
        case .delete, .ctrl("d"):
            if selected { return clearAll() }
            guard cursor < characters.count else { return .moved }
            characters.remove(at: cursor)
            return .edited
        case .left: return move(to: selected ? 0 : cursor - 1)
        case .right: return move(to: cursor + 1)
        case .home, .ctrl("a"): return move(to: 0)
        case .end, .ctrl("e"): return move(to: characters.count)
        case .alt("b"): return move(to: wordStart(before: cursor))
        case .alt("f"): return move(to: wordEnd(after: cursor))
        case .ctrl("w"):
            if selected { return clearAll() }
            let from = wordStart(before: cursor)
            guard from < cursor else { return .moved }
            characters.removeSubrange(from..<cursor)
            cursor = from
            return .edited
        case .ctrl("k"):
            selected = false
            guard cursor < characters.count else { return .moved }
            characters.removeSubrange(cursor...)
            return .edited
        case .ctrl("u"):
            if selected { return clearAll() }
            guard cursor > 0 else { return .moved }
            characters.removeSubrange(..<cursor)
            cursor = 0
            return .edited
        default:
            return .ignored
        }
    }

    /// Inserts at the cursor, replacing the selection.
    mutating func insert(_ text: String) {
        if selected { characters = []; cursor = 0; selected = false }
        let new = Array(text)
        characters.insert(contentsOf: new, at: cursor)
        cursor += new.count
    }

    private mutating func clearAll() -> Result {
        characters = []
        cursor = 0
        selected = false
        return .edited
    }

    /// Puts the cursor at `position` (clamped), ending the selection.
    mutating func move(to position: Int) -> Result {
        selected = false
        cursor = min(max(0, position), characters.count)
        return .moved
    }

    private func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// The start of the word before `position`, skipping spaces first (readline's backward-word).
    private func wordStart(before position: Int) -> Int {
        var i = position
        while i > 0 && !isWordCharacter(characters[i - 1]) { i -= 1 }
        while i > 0 && isWordCharacter(characters[i - 1]) { i -= 1 }
        return i
    }

    /// The end of the word after `position` (readline's forward-word).
    private func wordEnd(after position: Int) -> Int {
        var i = position
        while i < characters.count && !isWordCharacter(characters[i]) { i += 1 }
        while i < characters.count && isWordCharacter(characters[i]) { i += 1 }
        return i
    }

    /// What to draw in `width` columns: the visible slice of the text and where
    /// the cursor is within it, in columns.
    /// The slice scrolls so the cursor is always in view.
    func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        // Columns of each character, so wide characters scroll correctly.
        let widths = characters.map { DisplayWidth.of(String($0)) }
        var start = 0
        var before = widths[..<cursor].reduce(0, +)
        // Leave one column for the cursor itself.
        while before > width - 1 && start < cursor { before -= widths[start]; start += 1 }
        var end = start, used = 0
        while end < characters.count && used + widths[end] <= width { used += widths[end]; end += 1 }
        return (String(characters[start..<end]), before)
    }
}
