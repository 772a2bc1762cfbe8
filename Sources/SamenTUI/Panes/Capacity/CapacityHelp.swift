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
                KeyBinding([.escape, .enter], line: (0, "Esc", CapacityWords.keyBackToMap.text)) { v, _, _ in v.showingMember = false },
                KeyBinding([.up, .down, .char("k"), .char("j")], line: (1, glyph("↑↓", "Up/Dn"), CapacityWords.keyMember.text),
                           help: (glyph("↑ ↓  j k", "Up Down  j k"), CapacityWords.keyNextMember.text)) { v, io, k in
                    _ = v.listKey(k, listHeight: v.listHeight(io.area))
                },
                KeyBinding([.char("e")], line: (2, "e", CapacityWords.keyEdit.text), help: ("e", CapacityWords.keyEditMember.text)) { v, io, _ in
                    if let member = v.selectedMember, io.mayOpen(Change.detailsEdit(of: member.id)) {
                        io.open(MemberForm.edit(member, today: io.context.today))
                    }
                },
                .named(help: ("Esc  Enter", CapacityWords.keyBackToMap.text)),
                .named(line: (3, "?", CapacityWords.keyKeys.text)), .named(line: (4, "q", ShellWords.quit.text)),
            ])
        }
        let (busy, full, over) = (CapacityLevel.busy.glyph(unicode: unicode), CapacityLevel.full.glyph(unicode: unicode), CapacityLevel.overbooked.glyph(unicode: unicode))
        let fit = CapacityLayout.maxWeeks(width: area.width)
        return Keymap([
            KeyBinding.list(line: (7, glyph("↑↓", "Up/Dn"), CapacityWords.keyMove.text),
                             help: (glyph("↑ ↓  j k", "Up Down  j k"), CapacityWords.keyMoveHelp.text)) { v, io, k in
                _ = v.listKey(k, listHeight: v.listHeight(io.area))
            },
            KeyBinding([.enter], line: (2, "Enter", CapacityWords.keyOpen.text), help: ("Enter", CapacityWords.keyOpenHelp.text)) { v, _, _ in
                if !v.rows.isEmpty { v.showingMember = true }
            },
            KeyBinding([.char("/")], line: (0, "/", CapacityWords.keyFilter.text), help: ("/", CapacityWords.keyFilterHelp.text)) { v, _, _ in
                v.filterInput.start()
            },
            KeyBinding([.char("m")], line: (1, "m", CapacityWords.keyMinFree.text), help: ("m", CapacityWords.keyMinFreeHelp.text)) { v, io, _ in
                io.open(CapacityQueryForm.make(v, maxWeeks: CapacityLayout.maxWeeks(width: io.area.width)))
            },
            KeyBinding([.char("["), .char("]"), .char("t")], line: (5, "[ ]+-", CapacityWords.keyWindow.text),
                       help: ("[  ]", CapacityWords.keyWindowHelp.text)) { v, io, k in
                v.moveWindow(by: k == .char("[") ? -1 : k == .char("]") ? 1 : 0, io: &io)
            },
            KeyBinding([.char("+"), .char("="), .char("-"), .char("_")],
                       help: ("+  -", CapacityWords.keyWiderHelp(fit).text)) { v, io, k in
                v.widenWindow(by: k == .char("+") || k == .char("=") ? 1 : -1, io: &io)
            },
            KeyBinding([.char("s")], line: (6, "s", CapacityWords.keySort.text), help: ("s", CapacityWords.keySortHelp.text)) { v, io, _ in
                v.sort = CapacitySort.allCases[(CapacitySort.allCases.firstIndex(of: v.sort)! + 1) % CapacitySort.allCases.count]
                v.applyFilterAndSort()
                io.say(CapacityWords.sortedOver(label: v.sort.label, weeks: v.weeks).text)
            },
            KeyBinding([.escape], line: (3, "Esc", CapacityWords.keyBack.text),
                       help: ("Esc", returnTo == .projects ? CapacityWords.keyBackToWho.text : CapacityWords.keyBackToDirectory.text)) { v, io, _ in
                io.closeCapacity(selecting: v.selectedID)
            },
            .named(help: ("Tab  1-4", CapacityWords.keyOtherPanes.text)),
            .named(help: (FormWords.mouse.text, CapacityWords.keyMouseHelp.text)),
            .named(help: (CapacityWords.keyNumbers.text, CapacityWords.keyNumbersHelp.text)),
            .named(help: ("\(busy) \(full) \(over)", CapacityWords.keyLevelsHelp.text)),
            .named(help: ("\(CapacityCell.tentativeGlyph(unicode: unicode)) \(glyph("·", "."))", CapacityWords.keyTentativeHelp.text)),
            .named(line: (4, "?", CapacityWords.keyAllKeys.text)), .named(line: (8, "q", ShellWords.quit.text)),
        ])
    }
}
