import SamenCore

/// The applicants (issue 16) as a view of the Members pane (`A`): everyone
/// with an application, waiting ones first, and beside the list (or on the
/// whole pane, after Enter) the application screen: the network's own
/// criteria with the facts beside them (what the applicant's skills add to
/// what is in house, `InHouseSkills`), the notes members made, their views,
/// and the decision. The facts are SamenCore's; this only draws them.
struct ApplicantsView: SelectableList {
    struct Entry {
        var member: Member
        var application: Application
        var facts: InHouseSkills
    }

    private(set) var entries: [Entry] = []
    private(set) var names: [String: String] = [:]
    private(set) var criteria: [AdmissionCriterion] = []
    var cursor = ListState()
    var selectedID: String?
    /// Enter: the application takes the whole pane.
    var full = false {
        didSet { pageScroll = 0 }
    }
    /// The first row of the application shown on the whole pane, where
    /// ↑↓ PgUp PgDn g G scroll it (the decision stays at the bottom).
    var pageScroll = 0

    var rowCount: Int { entries.count }
    mutating func selectionMoved() {
        selectedID = entries[cursor.selection].member.id
        pageScroll = 0
    }
    var selected: Entry? { entries.isEmpty ? nil : entries[cursor.selection] }

    var counts: (open: Int, notNow: Int, admitted: Int) {
        var c = (open: 0, notNow: 0, admitted: 0)
        for e in entries {
            switch e.application.decision?.outcome {
            case nil: c.open += 1
            case .notNow?: c.notNow += 1
            case .admit?: c.admitted += 1
            }
        }
        return c
    }

    /// Waiting first, then not now, then admitted; within each, who applied first.
    mutating func rebuild(state: NetworkState, today: Day) {
        func rank(_ a: Application) -> Int { a.decision == nil ? 0 : a.isAdmitted ? 2 : 1 }
        entries = state.members.records.compactMap { m in
            m.application.map { Entry(member: m, application: $0, facts: InHouseSkills(m, in: state, on: today)) }
        }.sorted { (rank($0.application), $0.application.appliedOn, $0.member.name) < (rank($1.application), $1.application.appliedOn, $1.member.name) }
        var n: [String: String] = [:]
        for e in entries {
            for id in [e.application.introducedBy].compactMap({ $0 }) + e.application.views.map(\.by) + e.application.notes.map(\.by)
                + e.application.decisions.map(\.by) where n[id] == nil {
                n[id] = state.members[id: id]?.name ?? id
            }
        }
        names = n
        criteria = state.network.admissionCriteria
        let at = selectedID.flatMap { id in entries.firstIndex { $0.member.id == id } }
        cursor.settle(at: at, count: rowCount)
        cursor.scroll = min(cursor.scroll, cursor.selection)
        selectedID = selected?.member.id
    }

    func name(_ id: String) -> String { names[id] ?? id }

    static func layout(_ area: Rect) -> MembersLayout { MembersLayout(width: area.width, height: area.height) }
    /// Where the application goes when it takes the whole pane.
    static func fullArea(_ area: Rect) -> Rect {
        let l = layout(area)
        return Rect(x: 1, y: l.top, width: area.width - 2, height: l.bottom - l.top)
    }
    static func listHeight(_ area: Rect) -> Int { layout(area).listHeight }
}

extension ApplicantsView {
    func render(into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        let width = area.width, dot = ctx.dot
        let layout = Self.layout(area)
        let c = counts
        let position = rowCount > layout.listHeight ? "\(ApplicantsWords.row(selection + 1).text) \(dot) " : ""
        let right = position + ApplicantsWords.summary(open: c.open, notNow: c.notNow, admitted: c.admitted).text
        let rightX = max(1, width - DisplayWidth.of(right) - 1)
        canvas.put(DisplayWidth.fit(ApplicantsWords.title.text, max(1, rightX - 2), pad: false), x: 1, y: 1, role: .title)
        canvas.put(right, x: rightX, y: 1, role: .dim)
        let ellipsis = ctx.glyph("…", "~")

        if full, let e = selected {
            renderApplication(e, into: &canvas, area: Self.fullArea(area), scroll: pageScroll, context: ctx)
            return
        }
        let listWidth = layout.listWidth
        let decisionWidth = [ApplicantsWords.waiting, .notNowShort, .admittedShort].map { DisplayWidth.of($0.text) }.max() ?? 8
        let appliedWidth = max(10, DisplayWidth.of(ApplicantsWords.columnApplied.text))
        let viewsWidth = 7
        let nameWidth = max(8, listWidth - 2 - appliedWidth - viewsWidth - decisionWidth - 3)
        let cols = [(ApplicantsWords.columnName.text, nameWidth), (ApplicantsWords.columnApplied.text, appliedWidth),
                    (ApplicantsWords.columnViews.text, viewsWidth), (ApplicantsWords.columnDecision.text, decisionWidth)]
        var hx = 1
        for (title, w) in cols {
            canvas.put(DisplayWidth.fit(title, w, pad: false), x: hx, y: layout.headerY, role: .header)
            hx += w + 1
        }
        if entries.isEmpty {
            for (i, l) in AppModel.wrap(ApplicantsWords.noApplicants.text, width: listWidth - 4).prefix(max(1, layout.listHeight - 1)).enumerated() {
                canvas.put(l, x: 2, y: layout.firstRowY + 1 + i, role: .dim)
            }
            return
        }
        for row in visibleRows(listHeight: layout.listHeight) {
            let y = layout.firstRowY + row - scroll
            let e = entries[row]
            let isSelected = row == selection
            if isSelected { canvas.fill(x: 0, y: y, width: listWidth, height: 1, role: .selection) }
            let a = e.application
            let decision: (String, StyleRole) = a.decision == nil ? (ApplicantsWords.waiting.text, .warning)
                : a.isAdmitted ? (ApplicantsWords.admittedShort.text, .normal) : (ApplicantsWords.notNowShort.text, .dim)
            let cells: [(String, StyleRole)] = [
                (e.member.name, .normal), (a.appliedOn.shown, .normal),
                ("\(a.count(.for)) \(a.count(.against)) \(a.count(.question))", .normal), decision,
            ]
            var cx = 1
            for ((text, role), (_, w)) in zip(cells, cols) {
                canvas.put(DisplayWidth.fit(text, w, pad: false, ellipsis: ellipsis), x: cx, y: y, role: isSelected ? .selection : role)
                cx += w + 1
            }
        }
        if let e = selected {
            let d = layout.frame.divideDetail(into: &canvas)
            renderApplication(e, into: &canvas, area: Rect(x: d.x, y: d.y, width: d.width, height: d.height), context: ctx)
        }
    }

    /// An application laid out on `height` rows: all of it when it fits;
    /// otherwise the body (who, the criteria, the views) that scrolls in
    /// `bodyHeight` rows, a row for the "more" mark, and the decision, which
    /// keeps the last rows: what is out of sight is never where it stands.
    struct Page {
        var body: [(String, StyleRole)]
        var decision: [(String, StyleRole)]
        var bodyHeight: Int
        /// The first body row that can be shown with the rest of the body below it.
        var lastScroll: Int { max(0, body.count - bodyHeight) }
    }

    func page(_ e: Entry, area: Rect, context ctx: PaneContext) -> Page {
        let lines = applicationLines(e, width: area.width, context: ctx)
        guard lines.count > area.height, let blank = lines.lastIndex(where: { $0.0.isEmpty }) else {
            return Page(body: lines, decision: [], bodyHeight: area.height)
        }
        let decision = Array(lines[(blank + 1)...])
        return Page(body: Array(lines[..<blank]), decision: decision, bodyHeight: max(1, area.height - decision.count - 1))
    }

    /// The application screen: who and who introduced them, the network's
    /// criteria each with its facts and notes, the views, the decision.
    /// From `scroll` when it takes the whole pane; beside the list, from the top.
    func renderApplication(_ e: Entry, into canvas: inout Canvas, area: Rect, scroll: Int = 0, context ctx: PaneContext) {
        let p = page(e, area: area, context: ctx)
        let ellipsis = ctx.glyph("…", "~")
        let top = min(max(0, scroll), p.lastScroll)
        for (i, l) in p.body.dropFirst(top).prefix(min(p.bodyHeight, area.height)).enumerated() {
            canvas.put(DisplayWidth.fit(l.0, area.width, pad: false, ellipsis: ellipsis), x: area.x, y: area.y + i, role: l.1)
        }
        guard !p.decision.isEmpty else { return }
        // Rows above or below: said on the row before the decision, as the key list says "↓ more".
        let arrows = (top > 0 ? ctx.glyph("↑", "^") : "") + (top < p.lastScroll ? ctx.glyph("↓", "v") : "")
        if !arrows.isEmpty {
            let more = "\(arrows) \(ShellWords.more.text)"
            canvas.put(more, x: area.x + max(0, area.width - DisplayWidth.of(more)), y: area.y + p.bodyHeight, role: .dim)
        }
        let decisionY = area.y + area.height - p.decision.count
        for (i, l) in p.decision.enumerated() where decisionY + i >= area.y {
            canvas.put(DisplayWidth.fit(l.0, area.width, pad: false, ellipsis: ellipsis), x: area.x, y: decisionY + i, role: l.1)
        }
    }

    /// Whether the selected application, on the whole pane, is longer than it.
    func scrolls(area: Rect, context ctx: PaneContext) -> Bool {
        guard let e = selected else { return false }
        return page(e, area: Self.fullArea(area), context: ctx).lastScroll > 0
    }

    /// ↑ ↓ j k, PgUp PgDn, g G Home End on the application on the whole
    /// pane: it scrolls a row or a page, and stops where its last row shows.
    mutating func scrollApplication(_ key: Key, area: Rect, context ctx: PaneContext) {
        guard let e = selected else { return }
        let p = page(e, area: Self.fullArea(area), context: ctx)
        guard let motion = ListMotion(key: key, page: p.bodyHeight - 1) else { return }
        scrollApplication(motion, page: p)
    }

    mutating func scrollApplication(_ motion: ListMotion, page p: Page) {
        pageScroll = motion.target(from: min(pageScroll, p.lastScroll), count: p.lastScroll + 1)
    }

    func applicationLines(_ e: Entry, width: Int, context ctx: PaneContext) -> [(String, StyleRole)] {
        typealias W = ApplicationWords
        var lines: [(String, StyleRole)] = []
        func wrapped(_ text: String, _ role: StyleRole, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            for l in AppModel.wrap(text, width: max(10, width - indent)) { lines.append((pad + l, role)) }
        }
        let m = e.member, a = e.application
        lines.append(("\(m.name) (\(m.id))", .title))
        wrapped(W.appliedOn(a.appliedOn).text + " \(ctx.dot) " + (a.introducedBy.map { W.introducedBy(name($0)).text } ?? W.cameOnTheirOwn.text), .dim)
        if !m.pitch.isEmpty { wrapped(m.pitch, .normal) }
        let skillWidth = min(16, e.facts.skills.map { DisplayWidth.of($0.name) }.max() ?? 0)
        let arrow = ctx.glyph("←", "<-")
        func facts() {
            for s in e.facts.skills {
                let text = "  " + DisplayWidth.fit(s.name, skillWidth + 1) + s.words.text + (s.wouldAdd ? "  \(arrow) \(W.wouldAdd.text)" : "")
                lines.append((text, s.wouldAdd ? .accent : .normal))
            }
        }
        let hasInHouse = criteria.contains { $0.id == AdmissionCriterion.inHouseID }
        if !hasInHouse {
            lines.append(("", .normal))
            lines.append((W.skillsTitle.text, .label))
            facts()
        }
        for c in criteria {
            lines.append(("", .normal))
            wrapped(c.shown, .label)
            if c.id == AdmissionCriterion.inHouseID { facts() }
            let notes = a.notes(on: c.id)
            if notes.isEmpty { lines.append(("  " + W.nothingNoted.text, .dim)) }
            for n in notes { wrapped("\(name(n.by)), \(n.on.shown): \(n.note)", .normal, indent: 2) }
        }
        lines.append(("", .normal))
        lines.append(("\(W.viewsTitle.text): " + (a.views.isEmpty ? W.noViews.text
                                                                   : W.views(for: a.count(.for), against: a.count(.against), questions: a.count(.question)).text), .label))
        for v in a.views {
            let role: StyleRole = v.stance == .for ? .normal : v.stance == .against ? .warning : .accent
            wrapped(W.stance(v.stance).text + " \(ctx.dot) \(name(v.by)), \(v.on.shown)" + (v.note.isEmpty ? "" : ": \(v.note)"), role, indent: 2)
        }
        lines.append(("", .normal))
        wrapped("\(W.decisionTitle.text): " + a.decisionWords(names: name).text, a.decision == nil ? .warning : .label)
        return lines
    }
}
