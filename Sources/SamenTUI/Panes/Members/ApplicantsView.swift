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
    var full = false

    var rowCount: Int { entries.count }
    mutating func selectionMoved() { selectedID = entries[cursor.selection].member.id }
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
            renderApplication(e, into: &canvas, area: Rect(x: 1, y: layout.top, width: width - 2, height: layout.bottom - layout.top), context: ctx)
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

    /// The application screen: who and who introduced them, the network's
    /// criteria each with its facts and notes, the views, the decision.
    func renderApplication(_ e: Entry, into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        var lines = applicationLines(e, width: area.width, context: ctx)
        // On a short screen the decision keeps the last rows: what is cut is the middle, never where it stands.
        if lines.count > area.height, let blank = lines.lastIndex(where: { $0.0.isEmpty }) {
            let decision = Array(lines[(blank + 1)...])
            lines = Array(lines.prefix(max(0, area.height - decision.count))) + decision
        }
        for (i, l) in lines.prefix(area.height).enumerated() {
            canvas.put(DisplayWidth.fit(l.0, area.width, pad: false, ellipsis: ctx.glyph("…", "~")), x: area.x, y: area.y + i, role: l.1)
        }
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
