import SamenCore

extension MembersPane {
    /// The rows that fit the pane's area.
    static func listHeight(_ area: Rect) -> Int { MembersLayout(width: area.width, height: area.height).listHeight }

    /// A click selects a row; the wheel scrolls.
    mutating func mouse(_ m: MouseEvent, area: Rect) {
        let layout = MembersLayout(width: area.width, height: area.height)
        listMouse(m, firstRowY: layout.firstRowY, listHeight: layout.listHeight, inList: m.x < layout.listWidth)
    }

    /// The member directory's keys, acting on the directory: the list, `/`,
    /// the detail, sorting, the heat map and the member forms. The bottom
    /// line puts the most used first; `?` lists them all.
    func keymap(context ctx: PaneContext) -> Keymap<MembersPane> {
        if filtering {
            return Keymap.filter { v, io, k in
                v.filterKey(k, listHeight: Self.listHeight(io.area)) { $0.selectedID = nil; $0.applyFilterAndSort() }
            }
        }
        let glyph = ctx.glyph
        let detail = detailOnly
        return Keymap([
            KeyBinding.list(line: (detail ? 1 : 0, glyph("↑↓", "Up/Dn"), detail ? "member" : "move"),
                             help: (glyph("↑ ↓  j k", "Up Down  j k"), "move")) { v, io, k in
                _ = v.listKey(k, listHeight: Self.listHeight(io.area))
            },
            .named(help: ("PgUp PgDn", "a page up or down")),
            .named(help: ("g G  Home End", "first or last")),
        ] + KeyBinding.paneSwitchHelp + [
            KeyBinding([.enter], line: detail ? nil : (2, "Enter", "open"),
                       help: ("Enter", "open the member full size; again or Esc to go back")) { v, _, _ in
                v.detailOnly.toggle()
            },
            KeyBinding([.escape], line: detail ? (0, "Esc", "back") : nil) { v, io, _ in
                v.back(listHeight: Self.listHeight(io.area))
            },
            KeyBinding([.char("c")], line: detail ? nil : (3, "c", "capacity"),
                       help: ("c", "capacity: free hours of everyone shown, week by week")) { _, io, _ in
                // The heat map of whoever the directory shows (its filter comes along).
                io.openCapacity()
            },
            KeyBinding([.char("/")], line: detail ? nil : (1, "/", "filter"),
                       help: ("/", "filter by name, skill, city or role as you type; Esc clears")) { v, _, _ in
                v.filterInput.start()
            },
            KeyBinding([.char("s")], line: detail ? nil : (8, "s", "sort"), help: ("s", "sort: name, spare hours, role, city")) { v, io, _ in
                v.sort = MemberSort.allCases[(MemberSort.allCases.firstIndex(of: v.sort)! + 1) % MemberSort.allCases.count]
                v.applyFilterAndSort()
                v.keepSelectionVisible(listHeight: Self.listHeight(io.area))
                io.say("sorted by \(v.sort.label)")
            },
            KeyBinding([.char("a")], help: ("a", "show or hide members who left")) { v, io, _ in
                v.showLeft.toggle()
                v.applyFilterAndSort()
                v.keepSelectionVisible(listHeight: Self.listHeight(io.area))
                io.say(v.showLeft ? "showing members who left too" : "hiding members who left")
            },
            KeyBinding([.char("n")], line: detail ? nil : (4, "n", "add"), help: ("n", "add a member")) { _, io, _ in
                if io.mayOpen(Change.newMember(today: io.context.today)) { io.open(MemberForm.add(network: io.context.state.network)) }
            },
            KeyBinding([.char("e")], line: (detail ? 2 : 5, "e", "edit"), help: ("e", "edit the selected member")) { v, io, _ in
                if let member = v.selectedMember, io.mayOpen(Change.detailsEdit(of: member.id)) {
                    io.open(MemberForm.edit(member, today: io.context.today))
                }
            },
            KeyBinding([.char("x")], line: detail ? nil : (9, "x", "left"), help: ("x", "mark the selected member as left, on the day asked")) { v, io, _ in
                v.openMemberLeaves(&io)
            },
            KeyBinding([.char("o")], line: (detail ? 5 : 11, "o", "time off"), help: ("o", "add time off: first and last day, and why")) { v, io, _ in
                v.openTimeOff(&io)
            },
            KeyBinding([.char("O")], help: ("O", "take back time off: choose the period")) { v, io, _ in
                v.openRemoveTimeOff(&io)
            },
            .named(help: ("mouse", "click selects a row or a tab; the wheel scrolls")),
            .named(line: (detail ? 3 : 6, "?", detail ? "keys" : "all keys")),
            .named(line: (detail ? 4 : 7, "q", "quit")),
            .named(line: detail ? nil : (10, "1-4", "panes")),
        ])
    }



}
