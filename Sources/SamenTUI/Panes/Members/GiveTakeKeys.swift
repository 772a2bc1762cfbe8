import SamenCore

extension MembersPane {
    /// `b`: bringing and taking over the directory.
    func giveTakeKey() -> KeyBinding<MembersPane> {
        KeyBinding([.char("b")], line: detailOnly ? nil : (13, "b", GiveTakeWords.keyOpen.text),
                   help: ("b", GiveTakeWords.keyOpenHelp.text)) { v, io, _ in
            v.openGiveTake(io.context, area: io.area)
        }
    }

    mutating func openGiveTake(_ c: PaneContext, area: Rect) {
        var view = GiveTakeView()
        view.rebuild(state: c.state, today: c.today)
        view.keepSelectionVisible(listHeight: GiveTakeView.listHeight(area))
        giveTakeView = view
    }

    /// The view's keys: moving through it and back; the same list makes the bottom line and `?`.
    func giveTakeKeymap(context ctx: PaneContext) -> Keymap<MembersPane> {
        let glyph = ctx.glyph
        return Keymap([
            KeyBinding.list(line: (0, glyph("↑↓", "Up/Dn"), GiveTakeWords.keyMove.text),
                            help: (glyph("↑ ↓  j k", "Up Down  j k"), GiveTakeWords.keyMoveHelp.text)) { v, io, k in
                _ = v.giveTakeView?.listKey(k, listHeight: GiveTakeView.listHeight(io.area))
            },
            .named(help: ("PgUp PgDn", GiveTakeWords.keyPage.text)),
            .named(help: ("g G  Home End", GiveTakeWords.keyFirstLast.text)),
        ] + KeyBinding.paneSwitchHelp + [
            KeyBinding([.escape], line: (1, "Esc", GiveTakeWords.keyBack.text), help: ("Esc", GiveTakeWords.keyBackHelp.text)) { v, _, _ in
                v.giveTakeView = nil
            },
            .named(help: (FormWords.mouse.text, GiveTakeWords.keyMouseHelp.text)),
            .named(line: (2, "?", MembersWords.keyAllKeys.text)),
            .named(line: (3, "q", ShellWords.quit.text)),
            .named(line: (4, "1-4", MembersWords.keyPanes.text)),
        ])
    }

    mutating func giveTakeMouse(_ m: MouseEvent, area: Rect) {
        let layout = GiveTakeView.layout(area)
        giveTakeView?.listMouse(m, firstRowY: layout.firstRowY, listHeight: layout.listHeight, inList: m.x < layout.listWidth)
    }
}
