import SamenCore

extension AppModel {
    /// The help pane's keys. The bottom line shows the keys that apply now,
    /// most used first (on a narrow screen the last ones fall off; `?` lists
    /// them all); it differs between the requests and the Share list, and
    /// with a request or member open full size.
    var helpKeymap: Keymap<AppModel> {
        if help.filtering {
            return Keymap.filter { m, k in
                m.help.filterKey(k, listHeight: m.helpListHeight) { $0.selectedRequest = nil; $0.selectedMember = nil; $0.applyFilter() }
                return []
            }
        }
        let share = help.list == .share, detail = help.detailOnly
        /// The rank on the bottom line in each view: the request lists, a request open, Share, a member open.
        func line(_ ranks: (Int?, Int?, Int?, Int?), _ key: String, _ what: String) -> (rank: Int, key: String, what: String)? {
            let rank = share ? (detail ? ranks.3 : ranks.2) : (detail ? ranks.1 : ranks.0)
            return rank.map { ($0, key, what) }
        }
        let move = glyph("↑↓", "Up/Dn"), lists = glyph("←→", "<- ->")
        return Keymap([
            KeyBinding.list(line: line((0, 1, 0, 1), move, detail ? (share ? "member" : "request") : "move"),
                             help: (glyph("↑ ↓  j k", "Up Down  j k"), "move")) { m, k in
                _ = m.help.listKey(k, listHeight: m.helpListHeight)
            },
            .named(help: ("PgUp PgDn", "a page up or down")),
            .named(help: ("g G  Home End", "first or last")),
        ] + KeyBinding.paneSwitchHelp + [
            KeyBinding([.left, .char("h"), .right, .char("l")], line: line((1, nil, 1, nil), lists, "lists"),
                       help: (glyph("← →  h l", "Left Right  h l"), "lists: Open, Mine, Closed, Share")) { m, k in
                m.help.switchList(by: k == .left || k == .char("h") ? -1 : 1, listHeight: m.helpListHeight)
                return []
            },
            KeyBinding([.enter], line: line((10, nil, 4, nil), "Enter", "open"),
                       help: ("Enter", "open the request full size; again or Esc to go back")) { m, _ in
                if !m.help.rows.isEmpty { m.help.detailOnly.toggle() }
                return []
            },
            KeyBinding([.escape], line: line((nil, 0, nil, 0), "Esc", "back")) { m, _ in
                if m.help.detailOnly { m.help.detailOnly = false }
                else if !m.help.filter.isEmpty { m.help.filter = ""; m.help.applyFilter(); m.help.keepSelectionVisible(listHeight: m.helpListHeight) }
                return []
            },
            KeyBinding([.char("/")], line: line((2, nil, 2, nil), "/", share ? "who knows" : "filter"),
                       help: ("/", "filter by topic, text or name (Share: pitch, skill); Esc clears")) { m, _ in
                m.help.filterInput.start(); return []
            },
            KeyBinding([.char("n")], line: line((3, nil, nil, nil), "n", "ask"), help: ("n", "ask the network: advice, needs work or other")) { m, _ in
                // The tags in use, counted once as the form opens, for its live near-miss note.
                m.help.vocabulary = TagVocabulary(m.state)
                m.overlay = .form(HelpForms.ask(asker: m.help.me ?? ""))
                return []
            },
            KeyBinding([.char("o")], line: line((4, 2, nil, nil), "o", "offer"), help: ("o", "offer help on the selected request")) { m, _ in m.offerHelp() },
            KeyBinding([.char("m")], line: line((5, 3, nil, nil), "m", "accept"),
                       help: ("m", "accept an offer (the asker, or a partner or coordinator)")) { m, _ in m.acceptAnOffer() },
            KeyBinding([.char("c")], line: line((6, 4, nil, nil), "c", "close"),
                       help: ("c", "close the request with a note on what came of it")) { m, _ in m.closeRequest() },
            KeyBinding([.char("w")], line: line((8, nil, nil, nil), "w", "withdraw"), help: ("w", "withdraw your own request")) { m, _ in m.withdrawRequest() },
            KeyBinding([.char("e")], line: line((nil, nil, 3, 2), "e", "edit pitch"),
                       help: ("e", "on the Share list: edit the member's Share pitch")) { m, _ in
                // The pitch alone, whole; who may edit it is the policy's to say, before any typing.
                guard let member = m.help.selectedMemberRecord else {
                    m.message = StatusLine(text: "e edits a member's Share pitch: go to the Share list (→)", kind: .info)
                    return []
                }
                if m.mayOpen(AppModel.detailsEdit(of: member.id)) { m.overlay = .form(HelpForms.pitch(member)) }
                return []
            },
            .named(help: ("mouse", "click selects a row, a list or a tab; the wheel scrolls")),
            .named(line: line((7, 5, 5, 3), "?", detail ? "keys" : "all keys")),
            .named(line: line((9, 6, 6, 4), "q", "quit")),
        ])
    }
}
