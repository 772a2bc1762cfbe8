import SamenCore

extension AppModel {
    /// The bottom line in the Finances pane: the keys that work now, most
    /// used first, so on a narrow screen the rarer ones fall off and `?`
    /// lists them all.
    var financesKeys: [(String, String)] {
        let arrows = glyph("↑↓", "Up/Dn"), views = glyph("←→", "<- ->")
        if finances.filtering { return [("type", "filter, kind:cost member:…"), ("Enter", "keep"), ("Esc", "clear")] }
        switch finances.view {
        case .ledger:
            // `r` only where a correction can be made: not on a correction, nor on an entry already corrected.
            let correctable = finances.selectedEntry.map { $0.kind != .correction && finances.index.correctedBy[$0.id] == nil } ?? false
            let r: [(String, String)] = correctable ? [("r", "correct")] : []
            if finances.detailOnly {
                return [("Esc", "back"), (arrows, "entry")] + r + [("n", "new entry"), ("?", "keys"), ("q", "quit")]
            }
            return [("[ ]", "year"), (arrows, "move"), ("/", "filter"), ("n", "new")] + r + [("Enter", "open"),
                    ("?", "all keys"), ("q", "quit"), ("o l s R", "views"), ("1-4", "panes")]
        case .statements:
            if finances.statementOpen {
                return [("Esc", "back"), (arrows, "scroll"), ("[ ]", "year"), ("?", "keys"), ("q", "quit")]
            }
            return [("[ ]", "year"), (arrows, "member"), ("Enter", "statement"), (views, "views"), ("n", "new entry"), ("?", "all keys"), ("q", "quit"), ("1-4", "panes")]
        case .overview, .rates:
            return [("[ ]", "year"), (views, "views"), ("l", "ledger"), ("s", "statements"), (arrows, "scroll"), ("n", "new entry"),
                    ("?", "all keys"), ("q", "quit"), ("1-4", "panes")]
        }
    }

    /// Every key of the Finances pane, for `?`.
    var financesKeyHelp: [(String, String)] {
        [
            ("[ ]", "previous or next year (every view follows)"),
            ("o l s R", "overview, ledger, statements, rate card"),
            (glyph("← →", "Left Right"), "previous or next view"),
            (glyph("↑ ↓  j k", "Up Down  j k"), "move, or scroll a page (PgUp PgDn, g G first or last)"),
            ("Enter", "open the entry, or a member's statement; again to go back"),
            ("Esc", "back; in the ledger it clears the filter"),
            ("/", "filter the ledger: words, kind:cost member:katleen project:12"),
            ("n", "new entry; a revenue shows its contribution before saving"),
            ("r", "correct the selected entry: a reason, then yes or no"),
            ("Tab Shift-Tab", "next or previous pane"), ("1 2 3 4", "Members, Projects, Help, Finances"),
            ("mouse", "click selects a row or a view; the wheel scrolls"),
        ]
    }
}
