extension AppModel {
    /// The bottom line on the heat map: what answers "who is free?" first,
    /// so on a narrow screen the rarer keys fall off and `?` lists them all.
    func capacityKeys(_ view: CapacityView) -> [(String, String)] {
        if view.filtering { return [("type", "filter"), ("Enter", "keep"), ("Esc", "clear")] }
        if view.showingMember {
            return [("Esc", "back to the map"), (glyph("↑↓", "Up/Dn"), "member"), ("e", "edit"), ("?", "keys"), ("q", "quit")]
        }
        return [("/", "filter"), ("m", "min free"), ("Enter", "open"), ("Esc", "back"), ("?", "all keys"), ("[ ]+-", "window"),
                ("s", "sort"), (glyph("↑↓", "Up/Dn"), "move"), ("q", "quit")]
    }

    /// Every key of the heat map, and what its symbols mean, for `?`.
    var capacityKeyHelp: [(String, String)] {
        let (busy, full, over) = (CapacityLevel.busy.glyph(unicode: unicode), CapacityLevel.full.glyph(unicode: unicode), CapacityLevel.overbooked.glyph(unicode: unicode))
        return [
            (glyph("↑ ↓  j k", "Up Down  j k"), "move (PgUp PgDn a page, g G first or last)"),
            ("Enter", "open the member; Esc goes back to the map"),
            ("/", "filter by name, skill, city or role; Esc clears"),
            ("m", "who is free: at least N h every week, weeks, skills"),
            ("[  ]", "the window a week earlier or later (t: this week)"),
            ("+  -", "a week more or less (1 to \(CapacityLayout.maxWeeks(width: width)) on this screen)"),
            ("s", "sort: name, most or least free over the window"),
            ("Esc", capacityView?.returnTo == .projects ? "back to who could do this?" : "back to the member directory"),
            ("Tab  1-4", "other panes; 1 comes back here"),
            ("mouse", "click selects a row; the wheel scrolls"),
            ("numbers", "free h that week: contracted - time off - won work"),
            ("\(busy) \(full) \(over)", "half booked or more; full; overbooked"),
            ("\(CapacityCell.tentativeGlyph(unicode: unicode)) \(glyph("·", "."))", "tentative: on proposals; no hours (away, not in)"),
        ]
    }
}
