private typealias W = ProjectsWords
private typealias S = StaffingWords

extension ProjectsPane {
    /// The Projects pane's keys. The bottom line names only keys that do
    /// something to the selected project (its stage's triage keys), most used
    /// first, so on a narrow screen the rarer ones fall off; `?` lists them all.
    func keymap(context ctx: PaneContext) -> Keymap<ProjectsPane> {
        if let view = suggestions { return suggestionsKeymap(view, ctx) }
        if let view = askedOfMe { return askedOfMeKeymap(view, ctx) }
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
            KeyBinding.list(line: detail ? (1, glyph("↑↓", "Up/Dn"), W.project.text) : (205, glyph("↑↓", "Up/Dn"), W.move.text),
                             help: (glyph("↑ ↓  j k", "Up Down  j k"), W.move.text)) { v, io, k in
                _ = v.listKey(k, listHeight: Self.listHeight(io.area))
            },
            .named(help: ("PgUp PgDn", W.movePage.text)),
            .named(help: ("g G  Home End", W.firstOrLast.text)),
            KeyBinding([.char("["), .left, .char("]"), .right], line: detail ? nil : (0, "[ ]", W.stageKey.text),
                       help: (glyph("[ ]  ← →", "[ ]  Left Right"), W.stageHelp.text)) { v, io, k in
                v.switchStage(to: v.stage.next(by: k == .char("[") || k == .left ? -1 : 1), area: io.area)
            },
            KeyBinding([.enter], line: detail ? nil : (200, "Enter", W.open.text),
                       help: ("Enter", W.openHelp.text)) { v, _, _ in
                if v.selectedProject != nil { v.detailOnly.toggle() }
            },
            KeyBinding([.escape], line: detail ? (0, "Esc", W.back.text) : nil) { v, io, _ in
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
            KeyBinding([.char("e")], line: isOpen && !detail ? (208, "e", W.edit.text) : (isOpen ? (100, "e", W.edit.text) : nil),
                       help: isOpen ? ("e", Self.triageKeyHelp["e"]!) : nil, action: Self.triageAction),
            KeyBinding([.char("c")], line: isOpen && !detail ? (209, "c", W.cancel.text) : nil,
                       help: isOpen ? ("c", Self.triageKeyHelp["c"]!) : nil, action: Self.triageAction),
            // Triage keys of other stages: refused in the domain's words, not listed.
            KeyBinding("adlwxfot".filter { !named.contains(String($0)) }.map { .char($0) }, action: Self.triageAction),
            KeyBinding([.char("n")], line: detail ? nil : (202, "n", W.newKey.text), help: ("n", W.newHelp.text)) { v, io, k in
                v.triageKey(k, &io)
            },
            KeyBinding([.char("/")], line: detail ? nil : (201, "/", W.filterKey.text),
                       help: ("/", W.filterHelp.text)) { v, _, _ in
                v.filterInput.start()
                v.detailOnly = false
            },
            KeyBinding([.char("s")], line: detail ? nil : (206, "s", W.sortKey.text),
                       help: ("s", W.sortHelp.text)) { v, io, _ in
                v.sort = v.sort.next
                v.resort()
                v.keepSelectionVisible(listHeight: Self.listHeight(io.area))
                io.say(W.sortedBy(v.sort.label(for: v.stage)).text)
            },
        ]
        let shellNamed: [KeyBinding<ProjectsPane>] = KeyBinding.paneSwitchHelp + [
            .named(help: (W.mouse.text, W.mouseHelp.text)),
            .named(line: (203, "?", (detail ? W.keys : W.allKeys).text)),
            .named(line: (204, "q", W.quit.text)),
            .named(line: detail ? nil : (207, "1-4", W.panes.text)),
        ]
        return Keymap(moves + stageKeys + more + shellNamed + askedOfMeOpener(ctx))
    }

    /// A triage key: `t` opens "who could do this?", the others change the project's stage or team.
    static func triageAction(_ v: inout ProjectsPane, _ io: inout PaneIO, _ k: Key) {
        if k == .char("t") { return v.openSuggestions(&io) }
        v.triageKey(k, &io)
    }

    /// What each triage key does, for `?`: only those of the selected project's stage.
    static var triageKeyHelp: [String: String] { [
        "a": W.helpAccept.text,
        "d": W.helpDecline.text,
        "l": W.helpLead.text,
        "t": W.helpStaff.text,
        "o": W.helpHire.text,
        "w": W.helpWon.text,
        "x": W.helpLost.text,
        "f": W.helpFinish.text,
        "e": W.helpEdit.text,
        "c": W.helpCancel.text,
    ] }

    /// "Who could do this?": moving over the members, opening one, staffing.
    func suggestionsKeymap(_ view: SuggestionsView, _ ctx: PaneContext) -> Keymap<ProjectsPane> {
        let glyph = ctx.glyph
        let arrows = glyph("↑↓", "Up/Dn"), member = view.showingMember
        let onTeam = view.selectedMemberID.map { view.team[$0] != nil } ?? false
        let teamProposed = view.report.team.map { $0.members.isEmpty } == false
        let asksFirst = ctx.state.network.asksFirst
        let help: [KeyBinding<ProjectsPane>] = [
            .named(help: (glyph("↑ ↓  j k", "Up Down  j k"), (member ? S.nextOrPreviousMember : .moveWithPages).text)),
            .named(help: ("Enter", S.openMemberHelp.text)),
            .named(help: ("c", S.capacityHelp.text)),
            .named(help: ("Esc", S.backToProjects.text)),
            .named(help: ("Tab  1-4", S.otherPanes.text)),
            .named(help: (S.mouse.text, S.mouseHelp.text)),
            .named(help: (S.space.text, S.spaceHelp.text)),
            .named(help: ("e", S.hoursHelp.text)),
            .named(help: ("o", S.hireHelp.text)),
            .named(help: ("T", TeamViewWords.staffTeamHelp.text)),
            .named(help: ("A", TeamViewWords.askTeamHelp.text)),
            .named(help: ("x", TeamViewWords.swapOutHelp.text)),
            .named(help: ("u", TeamViewWords.bringBackHelp.text)),
        ]
        if member {
            return Keymap(help + [
                KeyBinding([.escape, .enter], line: (0, "Esc", S.backToTheSuggestions.text)) { v, _, _ in
                    v.suggestions?.showingMember = false
                },
                KeyBinding([.up, .down, .char("k"), .char("j")], line: (1, arrows, S.member.text)) { v, io, k in
                    let h = view.listHeight(io.area, io.context)
                    v.suggestions?.apply(ListMotion(key: k, page: 1)!, listHeight: h)
                },
                KeyBinding([.char("c")], line: (2, "c", S.capacity.text)) { _, io, _ in io.openCapacityForSuggestions() },
                .named(line: (3, "?", S.keys.text)), .named(line: (4, "q", S.quit.text)),
            ])
        }
        return Keymap(help + [
            KeyBinding.list(line: (0, arrows, S.move.text)) { v, io, k in
                let h = view.listHeight(io.area, io.context)
                v.suggestions?.apply(ListMotion(key: k, page: h - 1)!, listHeight: h)
            },
            KeyBinding([.char(" ")], line: (1, S.space.text, (onTeam ? S.takeOffTheTeam : .putOnTheTeam).text)) { _, io, _ in view.toggleStaffing(&io) },
            KeyBinding([.char("e")], line: onTeam ? (2, "e", S.hoursKey.text) : nil) { _, io, _ in view.editStaffing(&io) },
            // With a team proposed, the bottom line offers what the network
            // does first: ask the team, or staff it; the other, after the rest.
            KeyBinding([.char("T")], line: teamProposed ? (asksFirst ? 9 : 1, "T", TeamViewWords.staffTeamKey.text) : nil) { v, io, _ in
                v.staffTeam(view, &io)
            },
            KeyBinding([.char("A")], line: teamProposed ? (asksFirst ? 1 : 9, "A", TeamViewWords.askTeamKey.text) : nil) { v, io, _ in
                v.askTeam(view, &io)
            },
            KeyBinding([.char("x")], line: view.selectedProposed != nil ? (2, "x", TeamViewWords.swapOutKey.text) : nil) { v, io, _ in v.swapOut(&io) },
            KeyBinding([.char("u")]) { v, io, _ in v.bringBack(&io) },
            KeyBinding([.enter], line: (3, "Enter", S.openMember.text)) { v, io, _ in
                if view.selectedMemberID != nil { v.suggestions?.showingMember = true }
                else { io.say(S.nobodyToOpen.text) }
            },
            KeyBinding([.char("o")], line: (4, "o", S.hireOutside.text)) { _, io, _ in
                guard let p = io.context.state.project(view.projectID) else { return }
                io.open(ProjectForms.hire(p))
            },
            KeyBinding([.char("c")], line: (5, "c", S.capacity.text)) { _, io, _ in io.openCapacityForSuggestions() },
            KeyBinding([.escape], line: (6, "Esc", S.back.text)) { v, io, _ in
                v.suggestions = nil
                v.keepSelectionVisible(listHeight: Self.listHeight(io.area))
            },
            .named(line: (7, "?", S.keys.text)), .named(line: (8, "q", S.quit.text)),
        ] + SuggestionsView.askBindings(view, ctx))
    }
}
