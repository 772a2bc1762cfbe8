extension ProjectsPane {
    /// The Projects pane's keys. The bottom line names only keys that do
    /// something to the selected project (its stage's triage keys), most used
    /// first, so on a narrow screen the rarer ones fall off; `?` lists them all.
    func keymap(context ctx: PaneContext) -> Keymap<ProjectsPane> {
        if let view = suggestions { return suggestionsKeymap(view, ctx) }
        if filtering {
            // Each key narrows every stage at once; each stage starts at its best match.
            return Keymap.filter { v, io, k in
                v.filterKey(k, listHeight: Self.listHeight(io.area)) { $0.filterChanged() }
            }
        }
        let glyph = ctx.glyph
        let detail = detailOnly
        let triage = selectedProject.map { Self.triageKeys(for: $0.status) } ?? []
        let named = Set(triage.map(\.0))
        let isOpen = selectedProject.map { !$0.status.isClosed } ?? false
        let moves: [KeyBinding<ProjectsPane>] = [
            KeyBinding.list(line: detail ? (1, glyph("↑↓", "Up/Dn"), "project") : (205, glyph("↑↓", "Up/Dn"), "move"),
                             help: (glyph("↑ ↓  j k", "Up Down  j k"), "move")) { v, io, k in
                _ = v.listKey(k, listHeight: Self.listHeight(io.area))
            },
            .named(help: ("PgUp PgDn", "a page up or down")),
            .named(help: ("g G  Home End", "first or last")),
            KeyBinding([.char("["), .left, .char("]"), .right], line: detail ? nil : (0, "[ ]", "stage"),
                       help: (glyph("[ ]  ← →", "[ ]  Left Right"), "previous or next stage of the pipeline")) { v, io, k in
                v.switchStage(to: v.stage.next(by: k == .char("[") || k == .left ? -1 : 1), area: io.area)
            },
            KeyBinding([.enter], line: detail ? nil : (200, "Enter", "open"),
                       help: ("Enter", "open the project full size; again or Esc to go back")) { v, _, _ in
                if v.selectedProject != nil { v.detailOnly.toggle() }
            },
            KeyBinding([.escape], line: detail ? (0, "Esc", "back") : nil) { v, io, _ in
                if v.detailOnly { v.detailOnly = false }
                else if !v.filter.isEmpty { v.filter = ""; v.filterChanged(); v.keepSelectionVisible(listHeight: Self.listHeight(io.area)) }
            },
        ]
        let stageKeys: [KeyBinding<ProjectsPane>] = triage.enumerated().map { i, k in
            KeyBinding([.char(Character(k.0))], line: (10 + i, k.0, k.1), help: (k.0, Self.triageKeyHelp[k.0] ?? k.1), action: Self.triageAction)
        }
        let more: [KeyBinding<ProjectsPane>] = [
            // Edit and cancel work on every open project; on the bottom line
            // after the keys used most, so a narrow screen drops them first.
            KeyBinding([.char("e")], line: isOpen && !detail ? (208, "e", "edit") : (isOpen ? (100, "e", "edit") : nil),
                       help: isOpen ? ("e", Self.triageKeyHelp["e"]!) : nil, action: Self.triageAction),
            KeyBinding([.char("c")], line: isOpen && !detail ? (209, "c", "cancel") : nil,
                       help: isOpen ? ("c", Self.triageKeyHelp["c"]!) : nil, action: Self.triageAction),
            // Triage keys of other stages: refused in the domain's words, not listed.
            KeyBinding("adlwxfot".filter { !named.contains(String($0)) }.map { .char($0) }, action: Self.triageAction),
            KeyBinding([.char("n")], line: detail ? nil : (202, "n", "new"), help: ("n", "register a new incoming assignment")) { v, io, k in
                v.triageKey(k, &io)
            },
            KeyBinding([.char("/")], line: detail ? nil : (201, "/", "filter"),
                       help: ("/", "filter all stages: title, client, skill, city, person")) { v, _, _ in
                v.filterInput.start()
                v.detailOnly = false
            },
            KeyBinding([.char("s")], line: detail ? nil : (206, "s", "sort"),
                       help: ("s", "sort by age, start or size (open work: oldest first)")) { v, io, _ in
                v.sort = v.sort.next
                v.resort()
                v.keepSelectionVisible(listHeight: Self.listHeight(io.area))
                io.say("sorted by \(v.sort.label(for: v.stage))")
            },
        ]
        let shellNamed: [KeyBinding<ProjectsPane>] = KeyBinding.paneSwitchHelp + [
            .named(help: ("mouse", "click selects a row or a stage; the wheel scrolls")),
            .named(line: (203, "?", detail ? "keys" : "all keys")),
            .named(line: (204, "q", "quit")),
            .named(line: detail ? nil : (207, "1-4", "panes")),
        ]
        return Keymap(moves + stageKeys + more + shellNamed)
    }

    /// A triage key: `t` opens "who could do this?", the others change the project's stage or team.
    static func triageAction(_ v: inout ProjectsPane, _ io: inout PaneIO, _ k: Key) {
        if k == .char("t") { return v.openSuggestions(&io) }
        v.triageKey(k, &io)
    }

    /// What each triage key does, for `?`: only those of the selected project's stage.
    static let triageKeyHelp: [String: String] = [
        "a": "accept into proposal (asks for a lead if there is none)",
        "d": "decline, with a reason and a note; closed for good",
        "l": "set the lead (main contractor)",
        "t": "staff: who could do this? Space puts someone on the team",
        "o": "hire from outside, with the reason",
        "w": "won: active, the team's tentative hours become allocated",
        "x": "lost: closed for good",
        "f": "finished: moves to Done",
        "e": "edit the details: title, skills, hours, period, budget, travel",
        "c": "cancel: call it off, with the reason; closed for good",
    ]

    /// "Who could do this?": moving over the members, opening one, staffing.
    func suggestionsKeymap(_ view: SuggestionsView, _ ctx: PaneContext) -> Keymap<ProjectsPane> {
        let glyph = ctx.glyph
        let arrows = glyph("↑↓", "Up/Dn"), member = view.showingMember
        let onTeam = view.selectedMemberID.map { view.team[$0] != nil } ?? false
        let help: [KeyBinding<ProjectsPane>] = [
            .named(help: (glyph("↑ ↓  j k", "Up Down  j k"), member ? "the next or previous member" : "move (PgUp PgDn a page, g G first or last)")),
            .named(help: ("Enter", "open the member full size; Esc or Enter goes back")),
            .named(help: ("c", "capacity heat map: the project's skills over its weeks")),
            .named(help: ("Esc", "back to the projects")),
            .named(help: ("Tab  1-4", "other panes; 2 comes back here")),
            .named(help: ("mouse", "click selects a member; the wheel scrolls")),
            .named(help: ("Space", "put the member on the team (hours a week asked; overbooking asked first), or take them off")),
            .named(help: ("e", "change a team member's hours a week")),
            .named(help: ("o", "hire from outside, with the reason")),
        ]
        if member {
            return Keymap(help + [
                KeyBinding([.escape, .enter], line: (0, "Esc", "back to the suggestions")) { v, _, _ in
                    v.suggestions?.showingMember = false
                },
                KeyBinding([.up, .down, .char("k"), .char("j")], line: (1, arrows, "member")) { v, io, k in
                    let h = view.listHeight(io.area, io.context)
                    v.suggestions?.apply(ListMotion(key: k, page: 1)!, listHeight: h)
                },
                KeyBinding([.char("c")], line: (2, "c", "capacity")) { _, io, _ in io.openCapacityForSuggestions() },
                .named(line: (3, "?", "keys")), .named(line: (4, "q", "quit")),
            ])
        }
        return Keymap(help + [
            KeyBinding.list(line: (0, arrows, "move")) { v, io, k in
                let h = view.listHeight(io.area, io.context)
                v.suggestions?.apply(ListMotion(key: k, page: h - 1)!, listHeight: h)
            },
            KeyBinding([.char(" ")], line: (1, "Space", onTeam ? "take off the team" : "put on the team")) { _, io, _ in view.toggleStaffing(&io) },
            KeyBinding([.char("e")], line: onTeam ? (2, "e", "hours") : nil) { _, io, _ in view.editStaffing(&io) },
            KeyBinding([.enter], line: (3, "Enter", "open member")) { v, io, _ in
                if view.selectedMemberID != nil { v.suggestions?.showingMember = true }
                else { io.say("nobody to open here: nobody inside qualifies and no outside contact is on file") }
            },
            KeyBinding([.char("o")], line: (4, "o", "hire outside")) { _, io, _ in
                guard let p = io.context.state.project(view.projectID) else { return }
                io.open(ProjectForms.hire(p))
            },
            KeyBinding([.char("c")], line: (5, "c", "capacity")) { _, io, _ in io.openCapacityForSuggestions() },
            KeyBinding([.escape], line: (6, "Esc", "back")) { v, io, _ in
                v.suggestions = nil
                v.keepSelectionVisible(listHeight: Self.listHeight(io.area))
            },
            .named(line: (7, "?", "keys")), .named(line: (8, "q", "quit")),
        ])
    }
}
