import SamenCore

extension MembersPane {
    /// The rows that fit the pane's area.
    static func listHeight(_ area: Rect) -> Int { MembersLayout(width: area.width, height: area.height).listHeight }

    /// A click selects a row; the wheel scrolls.
    mutating func mouse(_ m: MouseEvent, area: Rect, _ context: PaneContext) {
        if skillsView != nil { skillsMouse(m, area: area); return }
        if applicantsView != nil { applicantsMouse(m, area: area, context: context); return }
        if giveTakeView != nil { giveTakeMouse(m, area: area); return }
        let layout = MembersLayout(width: area.width, height: area.height)
        listMouse(m, firstRowY: layout.firstRowY, listHeight: layout.listHeight, inList: m.x < layout.listWidth)
    }

    /// The member directory's keys, acting on the directory: the list, `/`,
    /// the detail, sorting, the heat map and the member forms. The bottom
    /// line puts the most used first; `?` lists them all. `area` is the
    /// pane's, for what depends on what fits (an application that scrolls).
    func keymap(context ctx: PaneContext, area: Rect) -> Keymap<MembersPane> {
        if skillsView != nil { return skillsKeymap(context: ctx) }
        if applicantsView != nil { return applicantsKeymap(context: ctx, area: area) }
        if giveTakeView != nil { return giveTakeKeymap(context: ctx) }
        if filtering {
            return Keymap.filter { v, io, k in
                v.filterKey(k, listHeight: Self.listHeight(io.area)) { $0.selectedID = nil; $0.applyFilterAndSort() }
            }
        }
        let glyph = ctx.glyph
        let detail = detailOnly
        return Keymap([
            KeyBinding.list(line: (detail ? 1 : 0, glyph("↑↓", "Up/Dn"), detail ? MembersWords.keyMember.text : MembersWords.keyMove.text),
                             help: (glyph("↑ ↓  j k", "Up Down  j k"), MembersWords.keyMoveHelp.text)) { v, io, k in
                _ = v.listKey(k, listHeight: Self.listHeight(io.area))
            },
            .named(help: ("PgUp PgDn", MembersWords.keyPage.text)),
            .named(help: ("g G  Home End", MembersWords.keyFirstLast.text)),
        ] + KeyBinding.paneSwitchHelp + [
            KeyBinding([.enter], line: detail ? nil : (2, "Enter", MembersWords.keyOpen.text),
                       help: ("Enter", MembersWords.keyOpenHelp.text)) { v, _, _ in
                v.detailOnly.toggle()
            },
            KeyBinding([.escape], line: detail ? (0, "Esc", MembersWords.keyBack.text) : nil) { v, io, _ in
                v.back(listHeight: Self.listHeight(io.area))
            },
            KeyBinding([.char("c")], line: detail ? nil : (3, "c", MembersWords.keyCapacity.text),
                       help: ("c", MembersWords.keyCapacityHelp.text)) { _, io, _ in
                // The heat map of whoever the directory shows (its filter comes along).
                io.openCapacity()
            },
            KeyBinding([.char("/")], line: detail ? nil : (1, "/", MembersWords.keyFilter.text),
                       help: ("/", MembersWords.keyFilterHelp.text)) { v, _, _ in
                v.filterInput.start()
            },
            KeyBinding([.char("s")], line: detail ? nil : (8, "s", MembersWords.keySort.text), help: ("s", MembersWords.keySortHelp.text)) { v, io, _ in
                v.sort = MemberSort.allCases[(MemberSort.allCases.firstIndex(of: v.sort)! + 1) % MemberSort.allCases.count]
                v.applyFilterAndSort()
                v.keepSelectionVisible(listHeight: Self.listHeight(io.area))
                io.say(MembersWords.sortedBy(v.sort.label).text)
            },
            KeyBinding([.char("a")], help: ("a", MembersWords.keyShowLeftHelp.text)) { v, io, _ in
                v.showLeft.toggle()
                v.applyFilterAndSort()
                v.keepSelectionVisible(listHeight: Self.listHeight(io.area))
                io.say(v.showLeft ? MembersWords.showingLeft.text : MembersWords.hidingLeft.text)
            },
            KeyBinding([.char("n")], line: detail ? nil : (4, "n", MembersWords.keyAdd.text), help: ("n", MembersWords.keyAddHelp.text)) { _, io, _ in
                if io.mayOpen(Change.newMember(today: io.context.today)) { io.open(MemberForm.add(network: io.context.state.network)) }
            },
            KeyBinding([.char("e")], line: (detail ? 2 : 5, "e", MembersWords.keyEdit.text), help: ("e", MembersWords.keyEditHelp.text)) { v, io, _ in
                if let member = v.selectedMember, io.mayOpen(Change.detailsEdit(of: member.id)) {
                    io.open(MemberForm.edit(member, today: io.context.today))
                }
            },
            KeyBinding([.char("x")], line: detail ? nil : (9, "x", MembersWords.keyLeft.text), help: ("x", MembersWords.keyLeftHelp.text)) { v, io, _ in
                v.openMemberLeaves(&io)
            },
            KeyBinding([.char("o")], line: (detail ? 5 : 11, "o", MembersWords.keyTimeOff.text), help: ("o", MembersWords.keyTimeOffHelp.text)) { v, io, _ in
                v.openTimeOff(&io)
            },
            KeyBinding([.char("O")], help: ("O", MembersWords.keyTakeBackHelp.text)) { v, io, _ in
                v.openRemoveTimeOff(&io)
            },
            .named(help: (FormWords.mouse.text, MembersWords.keyMouseHelp.text)),
            .named(line: (detail ? 3 : 6, "?", detail ? MembersWords.keyKeys.text : MembersWords.keyAllKeys.text)),
            .named(line: (detail ? 4 : 7, "q", ShellWords.quit.text)),
            .named(line: detail ? nil : (10, "1-4", MembersWords.keyPanes.text)),
            skillsKey(),
            applicantsKey(),
            giveTakeKey(),
        ])
    }



}
