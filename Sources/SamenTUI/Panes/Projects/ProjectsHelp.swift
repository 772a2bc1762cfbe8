extension AppModel {
    /// The bottom line in the Projects pane: the keys that work now, most
    /// used first, so on a narrow screen the rarer ones fall off and `?`
    /// lists them all. Only keys that do something are named.
    var projectsKeys: [(String, String)] {
        let arrows = glyph("↑↓", "Up/Dn")
        if let view = projects.suggestions {
            if view.showingMember {
                return [("Esc", "back to the suggestions"), (arrows, "member"), ("c", "capacity"), ("?", "keys"), ("q", "quit")]
            }
            let onTeam = view.selectedMemberID.map { view.team[$0] != nil } ?? false
            return [(arrows, "move"), ("Space", onTeam ? "take off the team" : "put on the team")] + (onTeam ? [("e", "hours")] : [])
                + [("Enter", "open member"), ("o", "hire outside"),
                    ("c", "capacity"), ("Esc", "back"), ("?", "keys"), ("q", "quit")]
        }
        if projects.filtering { return [("type", "filter"), ("Enter", "keep"), ("Esc", "clear")] }
        let triage = projects.selectedProject.map { Self.triageKeys(for: $0.status) } ?? []
        if projects.detailOnly {
            return [("Esc", "back"), (arrows, "project")] + triage + [("?", "keys"), ("q", "quit")]
        }
        return [("[ ]", "stage")] + triage + [("Enter", "open"), ("/", "filter"), ("n", "new"), ("?", "all keys"), ("q", "quit"),
                (arrows, "move"), ("s", "sort"), ("1-4", "panes")]
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
    ]

    /// Every key of the Projects pane, for `?`.
    var projectsKeyHelp: [(String, String)] {
        if let view = projects.suggestions {
            return [
                (glyph("↑ ↓  j k", "Up Down  j k"), view.showingMember ? "the next or previous member" : "move (PgUp PgDn a page, g G first or last)"),
                ("Enter", "open the member full size; Esc or Enter goes back"),
                ("c", "capacity heat map: the project's skills over its weeks"),
                ("Esc", "back to the projects"),
                ("Tab  1-4", "other panes; 2 comes back here"),
                ("mouse", "click selects a member; the wheel scrolls"),
                ("Space", "put the member on the team (hours a week asked; overbooking asked first), or take them off"),
                ("e", "change a team member's hours a week"),
                ("o", "hire from outside, with the reason"),
            ]
        }
        return [
            (glyph("↑ ↓  j k", "Up Down  j k"), "move"), ("PgUp PgDn", "a page up or down"), ("g G  Home End", "first or last"),
            (glyph("[ ]  ← →", "[ ]  Left Right"), "previous or next stage of the pipeline"),
            ("Enter", "open the project full size; again or Esc to go back"),
        ] + (projects.selectedProject.map { Self.triageKeys(for: $0.status) } ?? []).map { ($0.0, Self.triageKeyHelp[$0.0] ?? $0.1) } + [
            ("n", "register a new incoming assignment"),
            ("/", "filter all stages: title, client, skill, city, person"),
            ("s", "sort by age, start or size (open work: oldest first)"),
            ("Tab Shift-Tab", "next or previous pane"), ("1 2 3 4", "Members, Projects, Help, Finances"),
            ("mouse", "click selects a row or a stage; the wheel scrolls"),
        ]
    }
}
