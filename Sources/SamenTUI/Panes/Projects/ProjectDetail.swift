import SamenCore

extension ProjectsPane {
    /// One project in full: what it asks (skills, optional skills, period,
    /// hours, budget, city), who brought and leads it, the team with hours a
    /// week, the description and the decision log, newest last.
    func renderDetail(_ p: Project, into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        let (x, y, width, height) = (area.x, area.y, area.width, area.height)
        let (state, today, dot) = (ctx.state, ctx.today, ctx.dot)
        func glyph(_ fancy: String, _ plain: String) -> String { ctx.glyph(fancy, plain) }
        guard width > 10, height > 2 else { return }
        let names = index
        var lines: [(String, StyleRole)] = []
        func line(_ text: String, _ role: StyleRole = .normal) { lines.append((TerminalText.sanitise(text), role)) }
        func field(_ label: String, _ value: String, _ role: StyleRole = .normal) {
            // Long values wrap under themselves, not under the label.
            let wrapped = AppModel.wrap(TerminalText.sanitise(value), width: max(10, width - 10))
            for (i, part) in (wrapped.isEmpty ? ["-"] : wrapped).enumerated() {
                lines.append((DisplayWidth.fit(i == 0 ? label : "", 10) + part, role))
            }
        }
        func person(_ id: String) -> String { names.name(of: id).map { $0 == id ? id : "\($0) (\(id))" } ?? id }

        for l in AppModel.wrap(TerminalText.sanitise(p.title), width: width) { lines.append((l, .title)) }
        let days = max(0, p.received.day.distance(to: today))
        let ago = days == 0 ? "today" : days == 1 ? "yesterday" : "\(days) days ago"
        var status = "\(p.status.rawValue) \(dot) project \(p.id) \(dot) came in \(p.received.day.iso) (\(ago))"
        if let r = p.declineReason { status += " \(dot) declined: \(r.label)" }
        line(status, .dim)
        field("Client", p.client)
        field("Source", p.source.map { "brought in by \(person($0))" } ?? "came to the collective")
        let weeks = p.weeks
        field("Period", "\(p.period.start.iso) to \(p.period.end.iso) (\(p.period.dayCount < 7 ? "\(p.period.dayCount) days" : "\(weeks) \(weeks == 1 ? "week" : "weeks")"))")
        let band = state.network.sizeBand(forHours: p.estimatedHours)
        let working = max(1, p.period.workingDays(in: p.period))
        let rate = working < 5 ? "over \(working) working \(working == 1 ? "day" : "days")" : "about \(HoursText.of(p.estimatedHours.value * 5 / Double(working))) h/wk"
        field("Hours", "\(p.estimatedHours) h, \(rate) \(dot) \(band.rawValue) job")
        field("Budget", p.budget.map { $0.format(state.network.moneyStyle) } ?? "-")
        field("City", p.city + (p.maxTravelKm.map { " \(dot) at most \($0) km away" } ?? ""))
        field("Lead", p.lead.map(person) ?? "-", p.lead == nil ? .dim : .normal)
        field("Skills", StaffingReportText.skills(p))

        line("")
        if p.allocations.isEmpty && p.externalHires.isEmpty {
            line("Team: nobody yet", .label)
            if !p.status.isClosed { line("t: who could do this?", .dim) }
        } else {
            let tentative = p.status == .active || p.status == .done ? "" : " (tentative until won)"
            line("Team\(tentative)", .label)
            for a in p.allocations {
                let whole = a.range == p.period ? "" : "  \(a.range.start.iso) to \(a.range.end.iso)"
                lines.append(("  " + DisplayWidth.fit(TerminalText.sanitise(names.name(of: a.member) ?? a.member), 22) + " \(a.hoursPerWeek) h/wk\(whole)",
                              p.status == .proposal || p.status == .incoming ? .tentative : .normal))
            }
            for h in p.externalHires {
                line("  \(h.name) (outside)\(h.hoursPerWeek.map { " \($0) h/wk" } ?? ""): \(h.reason)", .dim)
            }
        }

        if !p.description.isEmpty {
            line("")
            line("Description", .label)
            for l in AppModel.wrap(TerminalText.sanitise(p.description), width: width) { lines.append((l, .normal)) }
        }

        line("")
        line("Decisions (UTC)", .label)
        var decisions: [[(String, StyleRole)]] = []
        for d in p.log {
            let when = "\(d.at.day.iso) \(d.at.iso.dropFirst(11).prefix(5))"
            // A step that kept the stage (a lead set, someone staffed) says only what changed.
            let text: String
            if d.from == d.to && !d.note.isEmpty {
                text = "\(when) \(d.by): \(d.note)"
            } else {
                let move = "\(d.from?.rawValue ?? "new") \(glyph("→", "->")) \(d.to.rawValue)"
                text = "\(when) \(d.by): \(move)" + (d.note.isEmpty ? "" : " \(dot) \(d.note)")
            }
            decisions.append(AppModel.wrap(TerminalText.sanitise(text), width: width - 2).enumerated().map { ((($0.offset == 0 ? "" : "  ") + $0.element), StyleRole.normal) })
        }
        // When the log does not fit, the latest decisions are the ones kept:
        // a step just taken is always on screen, the oldest give way.
        var hidden = 0
        while hidden < decisions.count - 1,
              lines.count + 1 + decisions[hidden...].reduce(0, { $0 + $1.count }) > height {
            hidden += 1
        }
        if hidden > 0 { lines.append(("\(glyph("…", "~")) \(hidden) earlier (samen project show \(p.id))", .dim)) }
        for d in decisions[hidden...] { lines += d }

        for (i, (text, role)) in lines.prefix(height).enumerated() {
            canvas.put(DisplayWidth.fit(text, width, pad: false, ellipsis: glyph("…", "~")), x: x, y: y + i, role: role)
        }
        if lines.count > height { canvas.put(glyph("…", "~"), x: x + width - 1, y: y + height - 1, role: .dim) }
    }
}
