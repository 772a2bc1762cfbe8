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
            KeyBinding.list(line: line((0, 1, 0, 1), move, detail ? (share ? "member" : "request") : "move"),
                             help: (glyph("↑ ↓  j k", "Up Down  j k"), "move")) { v, io, k in
                _ = v.listKey(k, listHeight: Self.listHeight(io.area))
            },
            .named(help: ("PgUp PgDn", "a page up or down")),
            .named(help: ("g G  Home End", "first or last")),
        ] + KeyBinding.paneSwitchHelp + [
            KeyBinding([.left, .char("h"), .right, .char("l")], line: line((1, nil, 1, nil), lists, "lists"),
                       help: (glyph("← →  h l", "Left Right  h l"), "lists: Open, Mine, Closed, Share")) { v, io, k in
                v.switchList(by: k == .left || k == .char("h") ? -1 : 1, listHeight: Self.listHeight(io.area))
            },
            KeyBinding([.enter], line: line((10, nil, 4, nil), "Enter", "open"),
                       help: ("Enter", "open the request full size; again or Esc to go back")) { v, _, _ in
                if !v.rows.isEmpty { v.detailOnly.toggle() }
            },
            KeyBinding([.escape], line: line((nil, 0, nil, 0), "Esc", "back")) { v, io, _ in
                if v.detailOnly { v.detailOnly = false }
                else if !v.filter.isEmpty { v.filter = ""; v.applyFilter(); v.keepSelectionVisible(listHeight: Self.listHeight(io.area)) }
            },
            KeyBinding([.char("/")], line: line((2, nil, 2, nil), "/", share ? "who knows" : "filter"),
                       help: ("/", "filter by topic, text or name (Share: pitch, skill); Esc clears")) { v, _, _ in
                v.filterInput.start()
            },
            KeyBinding([.char("n")], line: line((3, nil, nil, nil), "n", "ask"), help: ("n", "ask the network: advice, needs work or other")) { v, io, _ in
                // The tags in use, counted once as the form opens, for its live near-miss note.
                v.vocabulary = TagVocabulary(io.context.state)
                io.open(HelpForms.ask(asker: v.me ?? ""))
            },
            KeyBinding([.char("o")], line: line((4, 2, nil, nil), "o", "offer"), help: ("o", "offer help on the selected request")) { v, io, _ in v.offerHelp(&io) },
            KeyBinding([.char("m")], line: line((5, 3, nil, nil), "m", "accept"),
                       help: ("m", "accept an offer (the asker, or a partner or coordinator)")) { v, io, _ in v.acceptAnOffer(&io) },
            KeyBinding([.char("c")], line: line((6, 4, nil, nil), "c", "close"),
                       help: ("c", "close the request with a note on what came of it")) { v, io, _ in v.closeRequest(&io) },
            KeyBinding([.char("w")], line: line((8, nil, nil, nil), "w", "withdraw"), help: ("w", "withdraw your own request")) { v, io, _ in v.withdrawRequest(&io) },
            KeyBinding([.char("e")], line: line((nil, nil, 3, 2), "e", "edit pitch"),
                       help: ("e", "on the Share list: edit the member's Share pitch")) { v, io, _ in
                // The pitch alone, whole; who may edit it is the policy's to say, before any typing.
                guard let member = v.selectedMemberRecord else {
                    io.say("e edits a member's Share pitch: go to the Share list (→)")
                    return
                }
                if io.mayOpen(Change.detailsEdit(of: member.id)) { io.open(HelpForms.pitch(member)) }
            },
            .named(help: ("mouse", "click selects a row, a list or a tab; the wheel scrolls")),
            .named(line: line((7, 5, 5, 3), "?", detail ? "keys" : "all keys")),
            .named(line: line((9, 6, 6, 4), "q", "quit")),
        ])
    }
}
