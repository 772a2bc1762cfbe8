import SamenCore

extension HelpPane {
    /// The help pane's keys. The bottom line shows the keys that apply now,
    /// most used first (on a narrow screen the last ones fall off; `?` lists
    /// them all); it differs between the requests and the Share list, and
    /// with a request or member open full size.
    func keymap(context ctx: PaneContext) -> Keymap<HelpPane> {
        if filtering {
            return Keymap.filter { v, io, k in
                v.filterKey(k, listHeight: Self.listHeight(io.area)) { $0.selectedRequest = nil; $0.selectedMember = nil; $0.applyFilter() }
            }
        }
        let glyph = ctx.glyph
        let share = list == .share, detail = detailOnly
        /// The rank on the bottom line in each view: the request lists, a request open, Share, a member open.
        func line(_ ranks: (Int?, Int?, Int?, Int?), _ key: String, _ what: String) -> (rank: Int, key: String, what: String)? {
            let rank = share ? (detail ? ranks.3 : ranks.2) : (detail ? ranks.1 : ranks.0)
            return rank.map { ($0, key, what) }
        }
        let move = glyph("↑↓", "Up/Dn"), lists = glyph("←→", "<- ->")
        return Keymap([
            KeyBinding.list(line: line((0, 1, 0, 1), move, (detail ? (share ? HelpWords.keyMember : .keyRequest) : .keyMove).text),
                             help: (glyph("↑ ↓  j k", "Up Down  j k"), HelpWords.keyMove.text)) { v, io, k in
                _ = v.listKey(k, listHeight: Self.listHeight(io.area))
            },
            .named(help: ("PgUp PgDn", HelpWords.keyPage.text)),
            .named(help: ("g G  Home End", HelpWords.keyFirstLast.text)),
        ] + KeyBinding.paneSwitchHelp + [
            KeyBinding([.left, .char("h"), .right, .char("l")], line: line((1, nil, 1, nil), lists, HelpWords.keyLists.text),
                       help: (glyph("← →  h l", "Left Right  h l"), HelpWords.keyListsHelp.text)) { v, io, k in
                v.switchList(by: k == .left || k == .char("h") ? -1 : 1, listHeight: Self.listHeight(io.area))
            },
            KeyBinding([.enter], line: line((10, nil, 4, nil), "Enter", HelpWords.keyOpen.text),
                       help: ("Enter", HelpWords.keyEnterHelp.text)) { v, _, _ in
                if !v.rows.isEmpty { v.detailOnly.toggle() }
            },
            KeyBinding([.escape], line: line((nil, 0, nil, 0), "Esc", HelpWords.keyBack.text)) { v, io, _ in
                if v.detailOnly { v.detailOnly = false }
                else if !v.filter.isEmpty { v.filter = ""; v.applyFilter(); v.keepSelectionVisible(listHeight: Self.listHeight(io.area)) }
            },
            KeyBinding([.char("/")], line: line((2, nil, 2, nil), "/", (share ? HelpWords.keyWhoKnows : .keyFilter).text),
                       help: ("/", HelpWords.keyFilterHelp.text)) { v, _, _ in
                v.filterInput.start()
            },
            KeyBinding([.char("n")], line: line((3, nil, nil, nil), "n", HelpWords.keyAsk.text), help: ("n", HelpWords.keyAskHelp.text)) { v, io, _ in
                // The tags in use, counted once as the form opens, for its live near-miss note.
                v.vocabulary = TagVocabulary(io.context.state)
                io.open(HelpForms.ask(asker: v.me ?? ""))
            },
            KeyBinding([.char("o")], line: line((4, 2, nil, nil), "o", HelpWords.keyOffer.text), help: ("o", HelpWords.keyOfferHelp.text)) { v, io, _ in v.offerHelp(&io) },
            KeyBinding([.char("m")], line: line((5, 3, nil, nil), "m", HelpWords.keyAccept.text),
                       help: ("m", HelpWords.keyAcceptHelp.text)) { v, io, _ in v.acceptAnOffer(&io) },
            KeyBinding([.char("c")], line: line((6, 4, nil, nil), "c", HelpWords.keyClose.text),
                       help: ("c", HelpWords.keyCloseHelp.text)) { v, io, _ in v.closeRequest(&io) },
            KeyBinding([.char("w")], line: line((8, nil, nil, nil), "w", HelpWords.keyWithdraw.text), help: ("w", HelpWords.keyWithdrawHelp.text)) { v, io, _ in v.withdrawRequest(&io) },
            KeyBinding([.char("e")], line: line((nil, nil, 3, 2), "e", HelpWords.keyEditPitch.text),
                       help: ("e", HelpWords.keyEditPitchHelp.text)) { v, io, _ in
                // The pitch alone, whole; who may edit it is the policy's to say, before any typing.
                guard let member = v.selectedMemberRecord else {
                    io.say(HelpWords.ePitchOnShare.text)
                    return
                }
                if io.mayOpen(Change.detailsEdit(of: member.id)) { io.open(HelpForms.pitch(member)) }
            },
            .named(help: (HelpWords.keyMouse.text, HelpWords.keyMouseHelp.text)),
            .named(line: line((7, 5, 5, 3), "?", (detail ? HelpWords.keyKeys : .keyAllKeys).text)),
            .named(line: line((9, 6, 6, 4), "q", ShellWords.quit.text)),
        ])
    }
}
