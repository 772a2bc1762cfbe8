extension AppModel {
    /// The heat map's keys. The bottom line puts what answers "who is free?"
    /// first, so on a narrow screen the rarer keys fall off and `?` lists
    /// them all, with what the map's symbols mean.
    func capacityKeymap(_ view: CapacityView) -> Keymap {
        if view.filtering {
            return Keymap.filter { m, k in
                m.withMap { v, m in v.filterKey(k, listHeight: m.capacityListHeight) { $0.selectedID = nil; $0.applyFilterAndSort() } }
            }
        }
        if view.showingMember {
            return Keymap([
                KeyBinding([.escape, .enter], line: (0, "Esc", "back to the map")) { m, _ in m.withMap { v, _ in v.showingMember = false } },
                KeyBinding([.up, .down, .char("k"), .char("j")], line: (1, glyph("↑↓", "Up/Dn"), "member"),
                           help: (glyph("↑ ↓  j k", "Up Down  j k"), "the next or previous member")) { m, k in
                    m.withMap { v, m in _ = v.listKey(k, listHeight: m.capacityListHeight) }
                },
                KeyBinding([.char("e")], line: (2, "e", "edit"), help: ("e", "edit the member")) { m, _ in
                    if let member = m.capacityView?.selectedMember, m.mayOpen(AppModel.detailsEdit(of: member.id)) {
                        m.overlay = .form(MemberForm.edit(member, today: m.today))
                    }
                    return []
                },
                .named(help: ("Esc  Enter", "back to the map")),
                .named(line: (3, "?", "keys")), .named(line: (4, "q", "quit")),
            ])
        }
        let (busy, full, over) = (CapacityLevel.busy.glyph(unicode: unicode), CapacityLevel.full.glyph(unicode: unicode), CapacityLevel.overbooked.glyph(unicode: unicode))
        let fit = CapacityLayout.maxWeeks(width: width)
        return Keymap([
            KeyBinding.list(line: (7, glyph("↑↓", "Up/Dn"), "move"),
                             help: (glyph("↑ ↓  j k", "Up Down  j k"), "move (PgUp PgDn a page, g G first or last)")) { m, k in
                _ = m.withMap { v, m in _ = v.listKey(k, listHeight: m.capacityListHeight) }
            },
            KeyBinding([.enter], line: (2, "Enter", "open"), help: ("Enter", "open the member; Esc goes back to the map")) { m, _ in
                m.withMap { v, _ in if !v.rows.isEmpty { v.showingMember = true } }
            },
            KeyBinding([.char("/")], line: (0, "/", "filter"), help: ("/", "filter by name, skill, city or role; Esc clears")) { m, _ in
                m.withMap { v, _ in v.filterInput.start() }
            },
            KeyBinding([.char("m")], line: (1, "m", "min free"), help: ("m", "who is free: at least N h every week, weeks, skills")) { m, _ in
                m.withMap { v, m in m.overlay = .form(CapacityQueryForm.make(v, maxWeeks: CapacityLayout.maxWeeks(width: m.width))) }
            },
            KeyBinding([.char("["), .char("]"), .char("t")], line: (5, "[ ]+-", "window"),
                       help: ("[  ]", "the window a week earlier or later (t: this week)")) { m, k in
                m.moveCapacityWindow(by: k == .char("[") ? -1 : k == .char("]") ? 1 : 0)
                return []
            },
            KeyBinding([.char("+"), .char("="), .char("-"), .char("_")],
                       help: ("+  -", "a week more or less (1 to \(fit) on this screen)")) { m, k in
                m.withMap { v, m in
                    let fit = CapacityLayout.maxWeeks(width: m.width)
                    if k == .char("+") || k == .char("=") {
                        if v.weeks < fit { v.weeks += 1; v.windowChanged(capacity: m.capacity) }
                        else { m.message = StatusLine(text: "\(fit) weeks is as many as fit this screen; widen the terminal for more", kind: .info) }
                    } else if v.weeks > 1 {
                        v.weeks -= 1
                        v.windowChanged(capacity: m.capacity)
                    }
                }
            },
            KeyBinding([.char("s")], line: (6, "s", "sort"), help: ("s", "sort: name, most or least free over the window")) { m, _ in
                m.withMap { v, m in
                    v.sort = CapacitySort.allCases[(CapacitySort.allCases.firstIndex(of: v.sort)! + 1) % CapacitySort.allCases.count]
                    v.applyFilterAndSort()
                    m.message = StatusLine(text: "sorted by \(v.sort.label) over \(v.weeks) week\(v.weeks == 1 ? "" : "s")", kind: .info)
                }
            },
            KeyBinding([.escape], line: (3, "Esc", "back"),
                       help: ("Esc", view.returnTo == .projects ? "back to who could do this?" : "back to the member directory")) { m, _ in
                m.closeCapacity(selecting: m.capacityView?.selectedID)
                return []
            },
            .named(help: ("Tab  1-4", "other panes; 1 comes back here")),
            .named(help: ("mouse", "click selects a row; the wheel scrolls")),
            .named(help: ("numbers", "free h that week: contracted - time off - won work")),
            .named(help: ("\(busy) \(full) \(over)", "half booked or more; full; overbooked")),
            .named(help: ("\(CapacityCell.tentativeGlyph(unicode: unicode)) \(glyph("·", "."))", "tentative: on proposals; no hours (away, not in)")),
            .named(line: (4, "?", "all keys")), .named(line: (8, "q", "quit")),
        ])
    }
}
