import SamenCore

extension CapacityView {
    /// The heat map's keys, acting on the map. The bottom line puts what
    /// answers "who is free?" first, so on a narrow screen the rarer keys
    /// fall off and `?` lists them all, with what the map's symbols mean.
    func keymap(context ctx: PaneContext, area: Rect) -> Keymap<CapacityView> {
        let glyph = ctx.glyph, unicode = ctx.unicode
        if filtering {
            return Keymap.filter { v, io, k in
                v.filterKey(k, listHeight: v.listHeight(io.area)) { $0.selectedID = nil; $0.applyFilterAndSort() }
            }
        }
        if showingMember {
            return Keymap([
                KeyBinding([.escape, .enter], line: (0, "Esc", "back to the map")) { v, _, _ in v.showingMember = false },
                KeyBinding([.up, .down, .char("k"), .char("j")], line: (1, glyph("↑↓", "Up/Dn"), "member"),
                           help: (glyph("↑ ↓  j k", "Up Down  j k"), "the next or previous member")) { v, io, k in
                    _ = v.listKey(k, listHeight: v.listHeight(io.area))
                },
                KeyBinding([.char("e")], line: (2, "e", "edit"), help: ("e", "edit the member")) { v, io, _ in
                    if let member = v.selectedMember, io.mayOpen(Change.detailsEdit(of: member.id)) {
                        io.open(MemberForm.edit(member, today: io.context.today))
                    }
                },
                .named(help: ("Esc  Enter", "back to the map")),
                .named(line: (3, "?", "keys")), .named(line: (4, "q", "quit")),
            ])
        }
        let (busy, full, over) = (CapacityLevel.busy.glyph(unicode: unicode), CapacityLevel.full.glyph(unicode: unicode), CapacityLevel.overbooked.glyph(unicode: unicode))
        let fit = CapacityLayout.maxWeeks(width: area.width)
        return Keymap([
            KeyBinding.list(line: (7, glyph("↑↓", "Up/Dn"), "move"),
                             help: (glyph("↑ ↓  j k", "Up Down  j k"), "move (PgUp PgDn a page, g G first or last)")) { v, io, k in
                _ = v.listKey(k, listHeight: v.listHeight(io.area))
            },
            KeyBinding([.enter], line: (2, "Enter", "open"), help: ("Enter", "open the member; Esc goes back to the map")) { v, _, _ in
                if !v.rows.isEmpty { v.showingMember = true }
            },
            KeyBinding([.char("/")], line: (0, "/", "filter"), help: ("/", "filter by name, skill, city or role; Esc clears")) { v, _, _ in
                v.filterInput.start()
            },
            KeyBinding([.char("m")], line: (1, "m", "min free"), help: ("m", "who is free: at least N h every week, weeks, skills")) { v, io, _ in
                io.open(CapacityQueryForm.make(v, maxWeeks: CapacityLayout.maxWeeks(width: io.area.width)))
            },
            KeyBinding([.char("["), .char("]"), .char("t")], line: (5, "[ ]+-", "window"),
                       help: ("[  ]", "the window a week earlier or later (t: this week)")) { v, io, k in
                v.moveWindow(by: k == .char("[") ? -1 : k == .char("]") ? 1 : 0, io: &io)
            },
            KeyBinding([.char("+"), .char("="), .char("-"), .char("_")],
                       help: ("+  -", "a week more or less (1 to \(fit) on this screen)")) { v, io, k in
                v.widenWindow(by: k == .char("+") || k == .char("=") ? 1 : -1, io: &io)
            },
            KeyBinding([.char("s")], line: (6, "s", "sort"), help: ("s", "sort: name, most or least free over the window")) { v, io, _ in
                v.sort = CapacitySort.allCases[(CapacitySort.allCases.firstIndex(of: v.sort)! + 1) % CapacitySort.allCases.count]
                v.applyFilterAndSort()
                io.say("sorted by \(v.sort.label) over \(v.weeks) week\(v.weeks == 1 ? "" : "s")")
            },
            KeyBinding([.escape], line: (3, "Esc", "back"),
                       help: ("Esc", returnTo == .projects ? "back to who could do this?" : "back to the member directory")) { v, io, _ in
                io.closeCapacity(selecting: v.selectedID)
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
