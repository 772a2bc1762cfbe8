import SamenCore

extension AppModel {
    var membersListHeight: Int { MembersLayout(width: width, height: height).listHeight }

    /// The member directory's keys: the list, `/`, the detail, sorting, the
    /// heat map and the member forms. The bottom line puts the most used
    /// first; `?` lists them all.
    var membersKeymap: Keymap<AppModel> {
        if members.filtering {
            return Keymap.filter { m, k in
                m.members.filterKey(k, listHeight: m.membersListHeight) { $0.selectedID = nil; $0.applyFilterAndSort() }
                return []
            }
        }
        let detail = members.detailOnly
        return Keymap([
            KeyBinding.list(line: (detail ? 1 : 0, glyph("↑↓", "Up/Dn"), detail ? "member" : "move"),
                             help: (glyph("↑ ↓  j k", "Up Down  j k"), "move")) { m, k in
                _ = m.members.listKey(k, listHeight: m.membersListHeight)
            },
            .named(help: ("PgUp PgDn", "a page up or down")),
            .named(help: ("g G  Home End", "first or last")),
        ] + KeyBinding.paneSwitchHelp + [
            KeyBinding([.enter], line: detail ? nil : (2, "Enter", "open"),
                       help: ("Enter", "open the member full size; again or Esc to go back")) { m, _ in
                m.members.detailOnly.toggle(); return []
            },
            KeyBinding([.escape], line: detail ? (0, "Esc", "back") : nil) { m, _ in
                m.members.back(listHeight: m.membersListHeight); return []
            },
            KeyBinding([.char("c")], line: detail ? nil : (3, "c", "capacity"),
                       help: ("c", "capacity: free hours of everyone shown, week by week")) { m, _ in
                // The heat map of whoever the directory shows (its filter comes along).
                m.openCapacity(); return []
            },
            KeyBinding([.char("/")], line: detail ? nil : (1, "/", "filter"),
                       help: ("/", "filter by name, skill, city or role as you type; Esc clears")) { m, _ in
                m.members.filterInput.start(); return []
            },
            KeyBinding([.char("s")], line: detail ? nil : (8, "s", "sort"), help: ("s", "sort: name, spare hours, role, city")) { m, _ in
                m.members.sort = MemberSort.allCases[(MemberSort.allCases.firstIndex(of: m.members.sort)! + 1) % MemberSort.allCases.count]
                m.members.applyFilterAndSort()
                m.members.keepSelectionVisible(listHeight: m.membersListHeight)
                m.message = StatusLine(text: "sorted by \(m.members.sort.label)", kind: .info)
                return []
            },
            KeyBinding([.char("a")], help: ("a", "show or hide members who left")) { m, _ in
                m.members.showLeft.toggle()
                m.members.applyFilterAndSort()
                m.members.keepSelectionVisible(listHeight: m.membersListHeight)
                m.message = StatusLine(text: m.members.showLeft ? "showing members who left too" : "hiding members who left", kind: .info)
                return []
            },
            KeyBinding([.char("n")], line: detail ? nil : (4, "n", "add"), help: ("n", "add a member")) { m, _ in
                if m.mayOpen(AppModel.newMember(today: m.today)) { m.overlay = .form(MemberForm.add(network: m.state.network)) }
                return []
            },
            KeyBinding([.char("e")], line: (detail ? 2 : 5, "e", "edit"), help: ("e", "edit the selected member")) { m, _ in
                if let member = m.members.selectedMember, m.mayOpen(AppModel.detailsEdit(of: member.id)) {
                    m.overlay = .form(MemberForm.edit(member, today: m.today))
                }
                return []
            },
            KeyBinding([.char("x")], line: detail ? nil : (9, "x", "left"), help: ("x", "mark the selected member as left, on the day asked")) { m, _ in
                m.openMemberLeaves(); return []
            },
            KeyBinding([.char("o")], line: (detail ? 5 : 11, "o", "time off"), help: ("o", "add time off: first and last day, and why")) { m, _ in
                m.openTimeOff(); return []
            },
            KeyBinding([.char("O")], help: ("O", "take back time off: choose the period")) { m, _ in
                m.openRemoveTimeOff(); return []
            },
            .named(help: ("mouse", "click selects a row or a tab; the wheel scrolls")),
            .named(line: (detail ? 3 : 6, "?", detail ? "keys" : "all keys")),
            .named(line: (detail ? 4 : 7, "q", "quit")),
            .named(line: detail ? nil : (10, "1-4", "panes")),
        ])
    }



}
