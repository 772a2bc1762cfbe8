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
        let ago = (days == 0 ? ProjectsWords.today : days == 1 ? .yesterday : .daysAgo(days)).text
        var status = ProjectsWords.statusLine(status: ProjectsWords.status(p.status).text, id: p.id, received: p.received.day, ago: ago, dot: dot).text
        if let r = p.declineReason { status += " \(dot) \(ProjectsWords.declinedBecause(ProjectsWords.declineReason(r).text).text)" }
        line(status, .dim)
        field(ProjectsWords.client.text, p.client)
        field(ProjectsWords.source.text, (p.source.map { ProjectsWords.broughtInBy(person($0)) } ?? .cameToTheCollective).text)
        field(ProjectsWords.period.text, ProjectsWords.periodText(from: p.period.start, to: p.period.end, days: p.period.dayCount, weeks: p.weeks,
                                                                  short: p.period.dayCount < 7).text)
        let band = state.network.sizeBand(forHours: p.estimatedHours)
        let working = max(1, p.period.workingDays(in: p.period))
        let rate = (working < 5 ? ProjectsWords.overWorkingDays(working)
                    : .aboutPerWeek(Decimal1.localised(HoursText.of(p.estimatedHours.value * 5 / Double(working))))).text
        field(ProjectsWords.hours.text, ProjectsWords.hoursText(p.estimatedHours, rate: rate, band: ProjectsWords.sizeBand(band).text, dot: dot).text)
        field(ProjectsWords.budget.text, p.budget.map { $0.format(state.network.moneyStyle) } ?? "-")
        field(ProjectsWords.city.text, p.city + (p.maxTravelKm.map { ProjectsWords.atMostKm($0, dot: dot).text } ?? ""))
        field(ProjectsWords.lead.text, p.lead.map(person) ?? "-", p.lead == nil ? .dim : .normal)
        field(ProjectsWords.skills.text, StaffingReportText.skills(p))

        line("")
        if p.allocations.isEmpty && p.externalHires.isEmpty {
            line(ProjectsWords.teamNobody.text, .label)
            if !p.status.isClosed { line(ProjectsWords.whoCouldDoThisKey.text, .dim) }
        } else {
            line((p.status == .active || p.status == .done ? ProjectsWords.team : .teamTentative).text, .label)
            for a in p.allocations {
                let whole = a.range == p.period ? "" : ProjectsWords.memberRange(from: a.range.start, to: a.range.end).text
                lines.append(("  " + DisplayWidth.fit(TerminalText.sanitise(names.name(of: a.member) ?? a.member), 22) + ProjectsWords.memberHours(a.hoursPerWeek).text + whole,
                              p.status == .proposal || p.status == .incoming ? .tentative : .normal))
            }
            for h in p.externalHires {
                line(ProjectsWords.outsideHire(name: h.name, hours: h.hoursPerWeek, reason: h.reason).text, .dim)
            }
        }

        if !p.description.isEmpty {
            line("")
            line(ProjectsWords.description.text, .label)
            for l in AppModel.wrap(TerminalText.sanitise(p.description), width: width) { lines.append((l, .normal)) }
        }

        line("")
        line(ProjectsWords.decisions.text, .label)
        var decisions: [[(String, StyleRole)]] = []
        for d in p.log {
            let when = ProjectsWords.decisionTime(d.at.day, String(d.at.iso.dropFirst(11).prefix(5))).text
            // A step that kept the stage (a lead set, someone staffed) says only what changed.
            let text: String
            if d.from == d.to && !d.note.isEmpty {
                text = "\(when) \(d.by): \(d.shownNote)"
            } else {
                let move = "\(d.from.map { ProjectsWords.status($0).text } ?? ProjectsWords.new.text) \(glyph("→", "->")) \(ProjectsWords.status(d.to).text)"
                text = "\(when) \(d.by): \(move)" + (d.note.isEmpty ? "" : " \(dot) \(d.shownNote)")
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
        if hidden > 0 { lines.append(("\(glyph("…", "~")) \(ProjectsWords.earlier(hidden, id: p.id).text)", .dim)) }
        for d in decisions[hidden...] { lines += d }

        for (i, (text, role)) in lines.prefix(height).enumerated() {
            canvas.put(DisplayWidth.fit(text, width, pad: false, ellipsis: glyph("…", "~")), x: x, y: y + i, role: role)
        }
        if lines.count > height { canvas.put(glyph("…", "~"), x: x + width - 1, y: y + height - 1, role: .dim) }
    }
}
