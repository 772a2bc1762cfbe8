import SamenCore

/// The skills map (issue 16) as a view of the Members pane (`K`): every
/// skill with who has it, their free hours and what asked for it, flagged
/// where one person holds it, where many do, and where nobody inside does.
/// The numbers are `SkillsMap`'s, the same as `samen skills`; this only
/// draws them and moves through them.
struct SkillsView: SelectableList {
    private(set) var map: SkillsMap?
    var cursor = ListState()
    /// The skill selected, kept across new data.
    var selectedName: String?

    var rowCount: Int { map?.skills.count ?? 0 }
    mutating func selectionMoved() { selectedName = map?.skills[cursor.selection].name }
    var selected: SkillsMap.Skill? { rowCount == 0 ? nil : map?.skills[cursor.selection] }

    /// The map for this data, the selection kept on the same skill.
    /// (The default weeks are always in range, so the map is never refused here.)
    mutating func rebuild(state: NetworkState, capacity: CapacityIndex, today: Day, weeklySpare: [[Double]]? = nil) {
        map = try? SkillsMap(state, capacity: capacity, today: today, weeklySpare: weeklySpare)
        let at = selectedName.flatMap { name in map?.skills.firstIndex { $0.name == name } }
        cursor.settle(at: at, count: rowCount)
        cursor.scroll = min(cursor.scroll, cursor.selection)
        selectedName = selected?.name
    }

    static func layout(_ area: Rect) -> MembersLayout { MembersLayout(width: area.width, height: area.height) }
    static func listHeight(_ area: Rect) -> Int { layout(area).listHeight }
}

/// Columns of the skills table, chosen by the width there is: the skill
/// and its flag first, the names last, taking what is left.
struct SkillColumns {
    struct Column: TableColumn { var kind: String; var title: String; var width: Int; var alignsRight: Bool }
    var columns: [Column]

    static func title(_ kind: String) -> String {
        switch kind {
        case "SKILL": SkillsWords.columnSkill.text
        case "HAVE": SkillsWords.columnHolders.text
        case "FREE": SkillsWords.columnSpare.text
        case "ASKED": SkillsWords.columnAsked.text
        case "FLAG": SkillsWords.columnFlag.text
        default: SkillsWords.columnWho.text
        }
    }

    /// Every column at least as wide as its title and its widest flag, so
    /// no heading or flag is cut in either language.
    init(width: Int, longestSkill: Int) {
        let flagWidth = SkillsMap.Flag.allCases.map { DisplayWidth.of(SkillsWords.flag($0).text) }.max() ?? 0
        func w(_ kind: String, _ least: Int) -> Int { max(least, DisplayWidth.of(Self.title(kind))) }
        let skill = w("SKILL", min(24, max(12, longestSkill)))
        let widths: [(kind: String, range: ClosedRange<Int>)] = [
            ("SKILL", skill...skill), ("HAVE", w("HAVE", 4)...w("HAVE", 4)), ("FREE", w("FREE", 5)...w("FREE", 5)),
            ("ASKED", w("ASKED", 5)...w("ASKED", 5)), ("FLAG", w("FLAG", flagWidth)...w("FLAG", flagWidth)),
            ("WHO", w("WHO", 10)...Int.max),
        ]
        columns = Table.fit(widths: widths, priority: ["SKILL", "FLAG", "HAVE", "FREE", "WHO", "ASKED"], grow: ["WHO"], room: width - 2)
            .map { Column(kind: $0.kind, title: Self.title($0.kind), width: $0.width, alignsRight: ["HAVE", "FREE", "ASKED"].contains($0.kind)) }
    }
}

extension SkillsView {
    /// The line above the table, the table, and the selected skill's detail
    /// beside it or below it, as the directory lays out its members.
    func render(into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        let width = area.width, dot = ctx.dot
        let layout = Self.layout(area)
        guard let map else { return }
        let span = "\(map.first.shortShown)\(ctx.glyph("–", "-"))\(map.first.advanced(by: map.weeks - 1).shortShown)"
        let position = rowCount > layout.listHeight ? "\(SkillsWords.row(selection + 1).text) \(dot) " : ""
        let right = position + SkillsWords.spareOver(span).text
        let rightX = max(1, width - DisplayWidth.of(right) - 1)
        let summary = SkillsWords.summary(skills: map.skills.count, onlyOne: map.count(.onlyOne), crowded: map.count(.crowded),
                                          nobodyInside: map.count(.nobodyInside)).text
        // The title and the counts, as much as leaves a space before the weeks: words never run together.
        let counts = SkillsWords.flagCounts(onlyOne: map.count(.onlyOne), crowded: map.count(.crowded), nobodyInside: map.count(.nobodyInside)).text
        let left = [SkillsWords.title.text + " \(dot) " + summary, SkillsWords.title.text + " \(dot) " + counts, SkillsWords.title.text]
            .first { 1 + DisplayWidth.of($0) + 1 <= rightX }
        if let left { canvas.put(left, x: 1, y: 1, role: .title) }
        canvas.put(right, x: rightX, y: 1, role: .dim)

        let listWidth = layout.listWidth
        let cols = SkillColumns(width: listWidth, longestSkill: map.skills.map { DisplayWidth.of($0.name) }.max() ?? 0)
        Table.header(cols.columns, y: layout.headerY, into: &canvas)
        if map.skills.isEmpty {
            for (i, l) in AppModel.wrap(SkillsWords.noSkills.text, width: listWidth - 4).prefix(max(1, layout.listHeight - 1)).enumerated() {
                canvas.put(l, x: 2, y: layout.firstRowY + 1 + i, role: .dim)
            }
            return
        }
        let ellipsis = ctx.glyph("…", "~")
        for row in visibleRows(listHeight: layout.listHeight) {
            let y = layout.firstRowY + row - scroll
            let s = map.skills[row]
            let selected = row == selection
            if selected { canvas.fill(x: 0, y: y, width: listWidth, height: 1, role: .selection) }
            var cx = 1
            for c in cols.columns {
                var role: StyleRole = selected ? .selection : .normal
                let text: String
                switch c.kind {
                case "SKILL": text = s.name
                case "HAVE": text = String(s.holders.count)
                case "FREE":
                    text = s.holders.isEmpty ? "-" : AppModel.wholeHours(s.spare)
                    if !selected && !s.holders.isEmpty { role = AppModel.spareRole(s.spare) }
                case "ASKED": text = String(s.projects.count + s.requests.count)
                case "FLAG":
                    text = s.flags.map { SkillsWords.flag($0).text }.joined(separator: ", ")
                    if !selected, let f = s.flags.first { role = Self.role(f) }
                default: text = s.holders.isEmpty ? "-" : Self.names(s.holders, fitting: c.width)
                }
                let w = DisplayWidth.of(text)
                let pad = c.alignsRight ? max(0, c.width - w) : 0
                canvas.put(DisplayWidth.fit(text, c.width - pad, pad: false, ellipsis: ellipsis), x: cx + pad, y: y, role: role)
                cx += c.width + 1
            }
        }
        if let s = selected {
            let d = layout.frame.divideDetail(into: &canvas)
            renderDetail(s, map: map, span: span, into: &canvas, area: Rect(x: d.x, y: d.y, width: d.width, height: d.height), context: ctx)
        }
    }

    /// The holders' names, comma separated, only as many as can show in
    /// `width` columns (and one more, so the cell is cut with "…"): a skill
    /// thousands hold costs what one held by three does.
    static func names(_ holders: [SkillsMap.Holder], fitting width: Int) -> String {
        var text = "", used = 0
        for h in holders {
            if !text.isEmpty { text += ", "; used += 2 }
            text += h.name
            used += DisplayWidth.of(h.name)
            if used > width { break }
        }
        return text
    }

    /// A flag's colour; its word says it too, so it never rests on colour alone.
    static func role(_ f: SkillsMap.Flag) -> StyleRole {
        switch f {
        case .onlyOne: .warning
        case .crowded: .accent
        case .nobodyInside: .needsWork
        }
    }

    /// A skill: why it is flagged, who has it with their seniority and free
    /// hours, and the projects and help requests that asked for it. The
    /// holders and the projects share the height, each cut with "and N more".
    func renderDetail(_ s: SkillsMap.Skill, map: SkillsMap, span: String, into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        let (x, y, width, height) = (area.x, area.y, area.width, area.height)
        guard width > 10, height > 2 else { return }
        var lines: [(String, StyleRole)] = []
        func line(_ text: String, _ role: StyleRole = .normal) { lines.append((text, role)) }
        line(s.name, .title)
        for f in s.flags {
            let name = s.holders.first?.name ?? ""
            for l in AppModel.wrap(SkillsWords.why(f, name: name, crowdedFrom: SkillsMap.crowdedHolders).text, width: width) { line(l, Self.role(f)) }
        }
        if s.holders.isEmpty { line(SkillsWords.nobodyHasIt.text, .dim) }
        else { line(SkillsWords.heldBy(s.holders.count, spare: AppModel.wholeHours(s.spare), span: span).text, .label) }
        let asked = s.isAsked ? SkillsWords.askedBy(projects: s.projects.count, requests: s.requests.count, since: map.since.shown).text
            : SkillsWords.notAsked(since: map.since.shown).text
        let askedLines = AppModel.wrap(asked, width: width)
        // What is left after the fixed lines, shared: holders first, as many projects as then fit.
        let fixed = lines.count + 1 + askedLines.count + (s.requests.isEmpty ? 0 : 1)
        let room = max(2, height - fixed)
        let projectRoom = s.projects.isEmpty ? 0 : min(s.projects.count, max(1, room / 2))
        let holderRoom = max(1, room - projectRoom)
        func capped<T>(_ items: [T], _ most: Int, _ show: (T) -> Void) {
            let shown = items.count > most ? max(0, most - 1) : items.count
            for item in items.prefix(shown) { show(item) }
            if items.count > shown { line("  " + SkillsWords.andMore(items.count - shown).text, .dim) }
        }
        let nameWidth = max(6, width - 7 - 1 - 8)
        capped(s.holders, holderRoom) { h in
            let hours = SkillsWords.hours(AppModel.wholeHours(h.spare)).text
            let cell = DisplayWidth.fit(h.seniority.shown, 7) + DisplayWidth.fit(h.name, nameWidth)
            line(cell + String(repeating: " ", count: max(1, width - DisplayWidth.of(cell) - DisplayWidth.of(hours))) + hours)
        }
        line("")
        for l in askedLines { line(l, .label) }
        capped(s.projects, max(1, height - lines.count - (s.requests.isEmpty ? 0 : 1))) { p in
            line("\(p.id) \(p.title) (\(MembersWords.projectStatus(p.status).text))", p.status == .active || p.status == .done ? .normal : .tentative)
        }
        if !s.requests.isEmpty {
            let ids = s.requests.map { "#\($0)" }.joined(separator: ", ")
            line(SkillsWords.helpRequests(ids).text)
        }
        for (i, l) in lines.prefix(height).enumerated() {
            canvas.put(DisplayWidth.fit(l.0, width, pad: false, ellipsis: ctx.glyph("…", "~")), x: x, y: y + i, role: l.1)
        }
    }
}
