import SamenCore

extension ProjectsPane {
    /// The Projects pane: the stage bar with counts, the filter line, the
    /// stage's table (visible rows only) and the selected project's detail.
    /// ("Who could do this?", when open, is drawn instead by the shell.)
    func render(into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        if let view = askedOfMe { return view.render(into: &canvas, area: area, context: ctx) }
        let width = area.width
        let layout = ProjectsLayout(width: width, height: area.height)
        let pane = self
        renderStageBar(into: &canvas, layout: layout, width: width)
        renderFilterLine(layout: layout, into: &canvas, width: width, context: ctx)
        if pane.detailOnly, let p = pane.selectedProject {
            renderDetail(p, into: &canvas, area: Rect(x: 1, y: layout.top, width: width - 2, height: layout.bottom - layout.top), context: ctx)
            return
        }
        let listWidth = layout.listWidth
        let cols = ProjectColumns(width: listWidth, stage: pane.stage, idWidth: Self.idWidth(ctx.state))
        Table.header(cols.columns, y: layout.headerY, into: &canvas)
        if pane.shown.isEmpty {
            let why = pane.filter.isEmpty ? ProjectsWords.noProjects(stage: pane.stage.title).text
                : ProjectsWords.noMatch(stage: pane.stage.title, filter: pane.filter).text
            canvas.put(why, x: 2, y: layout.firstRowY + 1, role: .dim, maxWidth: listWidth - 4)
        }
        // Only the visible rows are built: 22,000 done projects cost what 20 do.
        let c = pane.cursor
        for row in pane.visibleRows(listHeight: layout.listHeight) {
            let y = layout.firstRowY + row - c.scroll
            let selected = row == c.selection
            if selected { canvas.fill(x: 0, y: y, width: listWidth, height: 1, role: .selection) }
            renderRow(pane.project(atRow: row), columns: cols, y: y, selected: selected, into: &canvas, context: ctx)
        }
        if let p = pane.selectedProject {
            let d = layout.frame.divideDetail(into: &canvas)
            renderDetail(p, into: &canvas, area: Rect(x: d.x, y: d.y, width: d.width, height: d.height), context: ctx)
        }
    }

    /// Digits of the largest id, so the ID column fits every project.
    static func idWidth(_ state: NetworkState) -> Int { max(2, String(state.projects.lastID ?? 0).count) }

    func renderRow(_ p: Project, columns: ProjectColumns, y: Int, selected: Bool, into canvas: inout Canvas, context ctx: PaneContext) {
        let base: StyleRole = selected ? .selection : .normal
        let names = index
        var x = 1
        for c in columns.columns {
            var role = base
            let text: String
            switch c.kind {
            case .id: text = String(p.id)
            case .age: text = Self.age(from: p.received.day, to: ctx.today)
            case .status: text = ProjectsWords.status(p.status).text
            case .title: text = p.title
            case .client: text = p.client
            case .source: text = names.name(of: p.source) ?? ProjectsWords.collective.text; if p.source == nil && !selected { role = .dim }
            case .skills:
                text = p.skills.joined(separator: ", ")
                if !selected { role = .dim }
            case .city: text = p.city
            case .hours: text = p.estimatedHours.shown
            case .period: text = Self.period(p.period)
            case .lead: text = names.name(of: p.lead) ?? "-"; if p.lead == nil && !selected { role = .dim }
            }
            // Sanitised before measuring: a control character shows as one
            // replacement column, and the columns after it stay aligned.
            let clean = TerminalText.sanitise(text)
            let fitted = DisplayWidth.fit(clean, c.width, pad: false, ellipsis: ctx.glyph("…", "~"))
            let pad = c.rightAligned ? max(0, c.width - DisplayWidth.of(fitted)) : 0
            canvas.put(fitted, x: x + pad, y: y, role: role)
            x += c.width + 1
        }
    }

    /// The pipeline with a count per stage (of what the filter lets through),
    /// the current one marked; full titles when they fit, else short ones.
    func renderStageBar(into canvas: inout Canvas, layout: ProjectsLayout, width: Int) {
        let y = layout.barY
        let positions = stagePositions(width: width)
        for (stage, x, label) in positions {
            canvas.put(label, x: x, y: y, role: stage == self.stage ? .tabActive : .tab)
        }
        let hint = ProjectsWords.stageHint.text
        let end = positions.last.map { $0.x + DisplayWidth.of($0.label) } ?? 0
        if width - end - 2 >= hint.count { canvas.put(hint, x: width - hint.count - 1, y: y, role: .dim) }
    }

    /// Where each stage's label is on the stage bar, for drawing and clicks:
    /// full titles when they fit, else "Closed" for the last.
    func stagePositions(width: Int) -> [(stage: ProjectStage, x: Int, label: String)] {
        func laidOut(short: Bool) -> (positions: [(stage: ProjectStage, x: Int, label: String)], end: Int) {
            var out: [(stage: ProjectStage, x: Int, label: String)] = []
            var x = 1
            for s in ProjectStage.allCases {
                let label = " \(short ? s.shortTitle : s.title) \(count(s)) "
                out.append((s, x, label))
                x += DisplayWidth.of(label) + 1
            }
            return (out, x)
        }
        let full = laidOut(short: false)
        return full.end <= width ? full.positions : laidOut(short: true).positions
    }

    func renderFilterLine(layout: ProjectsLayout, into canvas: inout Canvas, width: Int, context ctx: PaneContext) {
        let pane = self, dot = ctx.dot
        let y = layout.filterY
        let position = pane.shown.count > layout.listHeight ? "\(ProjectsWords.row(pane.cursor.selection + 1).text) \(dot) " : ""
        let count = position + (pane.filter.isEmpty ? ProjectsWords.projectCount(pane.total).text : ProjectsWords.matchCount(pane.matchCount, of: pane.total).text)
        let variants = ["\(ProjectsWords.sortShown(pane.sort.label(for: pane.stage)).text)   \(count)", count]
        // The long hint when the sort still fits beside it (the Dutch one is
        // longer), and what is on the right never drawn over the hint.
        let long = ProjectsWords.filterHintLong.text
        let hint = width >= 100 && DisplayWidth.of(long) + 2 + DisplayWidth.of(variants[0]) + 3 <= width ? long : ProjectsWords.filterHint.text
        if pane.filterInput.isShown {
            pane.filterInput.render(into: &canvas, x: 1, y: y, maxWidth: width / 2)
        } else {
            canvas.put(hint, x: 1, y: y, role: .dim)
        }
        let room = width - (pane.filterInput.isShown ? 10 + min(width / 2, DisplayWidth.of(pane.filter)) : max(14, DisplayWidth.of(hint) + 2)) - 2
        let right = variants.first { DisplayWidth.of($0) <= room } ?? count
        canvas.put(right, x: max(1, width - DisplayWidth.of(right) - 1), y: y, role: .dim)
    }

    /// How long ago it came in: `0d`, `13d`, `3w`, `5mo`, `2y`.
    static func age(from day: Day, to today: Day) -> String {
        let days = max(0, day.distance(to: today))
        if days < 14 { return ProjectsWords.ageDays(days).text }
        if days < 61 { return ProjectsWords.ageWeeks(days / 7).text }
        if days < 730 { return ProjectsWords.ageMonths(days / 30).text }
        return ProjectsWords.ageYears(days / 365).text
    }

    /// `2026-12-07 2w`, or `2026-12-21 3d` for a job of days.
    static func period(_ r: DateRange) -> String {
        (r.dayCount < 7 ? ProjectsWords.periodDays(r.start, r.dayCount) : ProjectsWords.periodWeeks(r.start, (r.dayCount + 6) / 7)).text
    }
}
