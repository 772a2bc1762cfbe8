import SamenCore

extension MembersPane {
    /// `K` (not `k`, which moves up a list as in vi): the skills map over the directory.
    func skillsKey() -> KeyBinding<MembersPane> {
        KeyBinding([.char("K")], line: detailOnly ? nil : (12, "K", SkillsWords.keyOpen.text),
                   help: ("K", SkillsWords.keyOpenHelp.text)) { v, io, _ in
            v.openSkills(io.context, area: io.area)
        }
    }

    mutating func openSkills(_ c: PaneContext, area: Rect) {
        var view = SkillsView()
        view.rebuild(state: c.state, capacity: c.capacity, today: c.today, weeklySpare: weeklySpare(for: c.state, today: c.today))
        view.keepSelectionVisible(listHeight: SkillsView.listHeight(area))
        skillsView = view
    }

    /// The skills map's keys: moving through it and back. The same list
    /// makes the bottom line and `?`.
    func skillsKeymap(context ctx: PaneContext) -> Keymap<MembersPane> {
        let glyph = ctx.glyph
        return Keymap([
            KeyBinding.list(line: (0, glyph("↑↓", "Up/Dn"), SkillsWords.keyMove.text),
                            help: (glyph("↑ ↓  j k", "Up Down  j k"), SkillsWords.keyMoveHelp.text)) { v, io, k in
                _ = v.skillsView?.listKey(k, listHeight: SkillsView.listHeight(io.area))
            },
            .named(help: ("PgUp PgDn", SkillsWords.keyPage.text)),
            .named(help: ("g G  Home End", SkillsWords.keyFirstLast.text)),
        ] + KeyBinding.paneSwitchHelp + [
            KeyBinding([.escape], line: (1, "Esc", SkillsWords.keyBack.text), help: ("Esc", SkillsWords.keyBackHelp.text)) { v, _, _ in
                v.skillsView = nil
            },
            .named(help: (FormWords.mouse.text, SkillsWords.keyMouseHelp.text)),
            .named(line: (2, "?", MembersWords.keyAllKeys.text)),
            .named(line: (3, "q", ShellWords.quit.text)),
            .named(line: (4, "1-4", MembersWords.keyPanes.text)),
        ])
    }

    /// A click selects a skill; the wheel scrolls.
    mutating func skillsMouse(_ m: MouseEvent, area: Rect) {
        let layout = SkillsView.layout(area)
        skillsView?.listMouse(m, firstRowY: layout.firstRowY, listHeight: layout.listHeight, inList: m.x < layout.listWidth)
    }
}

