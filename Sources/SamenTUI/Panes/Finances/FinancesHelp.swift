import SamenCore

extension FinancesPane {
    /// The Finances pane's keys. The bottom line shows the keys that work in
    /// the view shown, most used first, so on a narrow screen the rarer ones
    /// fall off; `?` lists them all.
    func keymap(context ctx: PaneContext) -> Keymap<FinancesPane> {
        if filtering { return Keymap.filter(typing: FinancesWords.keyFilterTyping.text) { v, io, k in
                let state = io.context.state
                v.filterKey(k, listHeight: Self.listHeight(io.area)) { $0.selectedEntryID = nil; $0.applyFilter(state: state) }
            } }
        let glyph = ctx.glyph
        let arrows = glyph("↑↓", "Up/Dn"), views = glyph("←→", "<- ->")
        let view = self.view
        let ledger = view == .ledger, statements = view == .statements
        // An entry or a statement open full size.
        let open = (ledger && detailOnly) || (statements && statementOpen)
        // `r` only where a correction can be made: not on a correction, nor on an entry already corrected.
        let correctable = ledger && (selectedEntry.map { $0.kind != .correction && index.correctedBy[$0.id] == nil } ?? false)
        /// Its rank on the bottom line: in the ledger, an entry open, statements, a statement open, a page.
        func line(_ ranks: (Int?, Int?, Int?, Int?, Int?), _ key: String, _ what: String) -> (rank: Int, key: String, what: String)? {
            let rank = ledger ? (open ? ranks.1 : ranks.0) : statements ? (open ? ranks.3 : ranks.2) : ranks.4
            return rank.map { ($0, key, what) }
        }
        return Keymap([
            KeyBinding([.char("["), .char("]")], line: line((0, nil, 0, 2, 0), "[ ]", FinancesWords.keyYear.text),
                       help: ("[ ]", FinancesWords.keyYearHelp.text)) { v, io, k in
                v.switchYear(by: k == .char("[") ? -1 : 1, &io)
            },
            KeyBinding(FinancesView.allCases.map { .char($0.key) }, line: line((8, nil, nil, nil, nil), "o l s R", FinancesWords.keyViews.text),
                       help: ("o l s R", FinancesWords.keyViewsHelp.text)) { v, io, k in
                if let to = FinancesView.allCases.first(where: { .char($0.key) == k }) { v.switchView(to: to, io) }
            },
            .named(line: line((nil, nil, nil, nil, 2), "l", FinancesWords.ledger.text.lowercased())),
            .named(line: line((nil, nil, nil, nil, 3), "s", FinancesWords.statements.text.lowercased())),
            KeyBinding([.left, .right], line: line((nil, nil, 3, nil, 1), views, FinancesWords.keyViews.text),
                       help: (glyph("← →", "Left Right"), FinancesWords.keyPrevNextView.text)) { v, io, k in
                v.switchView(to: v.view.next(by: k == .left ? -1 : 1), io)
            },
            KeyBinding.list(line: line((1, 1, 1, 1, 4), arrows, (ledger ? (open ? FinancesWords.keyEntry : .keyMove) : statements && !open ? .keyMember : .keyScroll).text),
                             help: (glyph("↑ ↓  j k", "Up Down  j k"), FinancesWords.keyMoveHelp.text)) { v, io, k in
                switch v.view {
                case .ledger: _ = v.listKey(k, listHeight: Self.listHeight(io.area))
                case .statements: v.statementsKey(k, io)
                case .overview, .rates: v.pageKey(k, io)
                }
            },
            KeyBinding([.enter], line: line((5, nil, 2, nil, nil), "Enter", (ledger ? FinancesWords.keyOpen : .keyStatement).text),
                       help: ("Enter", FinancesWords.keyEnterHelp.text)) { v, io, k in
                switch v.view {
                case .ledger: if v.selectedEntry != nil { v.detailOnly.toggle() }
                case .statements: v.statementsKey(k, io)
                case .overview, .rates: break
                }
            },
            KeyBinding([.escape], line: line((nil, 0, nil, 0, nil), "Esc", FinancesWords.keyBack.text), help: ("Esc", FinancesWords.keyEscHelp.text)) { v, io, k in
                switch v.view {
                case .ledger: v.ledgerBack(io)
                case .statements: v.statementsKey(k, io)
                case .overview, .rates: break
                }
            },
            KeyBinding([.char("/")], line: line((2, nil, nil, nil, nil), "/", FinancesWords.keyFilter.text),
                       help: ("/", FinancesWords.keyFilterHelp.text)) { v, io, _ in
                if v.view != .ledger { v.switchView(to: .ledger, io) }
                v.filterInput.start()
                v.detailOnly = false
            },
            KeyBinding([.char("n")], line: line((3, 3, 4, nil, 5), "n", (ledger && !open ? FinancesWords.keyNew : .keyNewEntry).text),
                       help: ("n", FinancesWords.keyNewHelp.text)) { v, io, _ in
                v.openNewEntry(&io)
            },
            KeyBinding([.char("r")], line: correctable ? line((4, 2, nil, nil, nil), "r", FinancesWords.keyCorrect.text) : nil,
                       help: ("r", FinancesWords.keyCorrectHelp.text)) { v, io, _ in
                if v.view == .ledger { v.askCorrection(&io) }
            },
            KeyBinding([.char("S")], line: ledger && selectedEntry?.kind == .cost ? line((5, 3, nil, nil, nil), "S", FinancesWords.keyShare.text) : nil,
                       help: ("S", FinancesWords.keyShareHelp.text)) { v, io, _ in
                if v.view == .ledger { v.openCostShare(&io) }
            },
        ] + KeyBinding.paneSwitchHelp + [
            .named(help: (FinancesWords.keyMouse.text, FinancesWords.keyMouseHelp.text)),
            .named(line: line((6, 4, 5, 3, 6), "?", (open ? FinancesWords.keyKeys : .keyAllKeys).text)),
            .named(line: line((7, 5, 6, 4, 7), "q", ShellWords.quit.text)),
            .named(line: line((9, nil, 7, nil, 8), "1-4", FinancesWords.keyPanes.text)),
        ])
    }
}
