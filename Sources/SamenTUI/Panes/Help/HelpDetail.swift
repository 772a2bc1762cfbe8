import SamenCore

extension HelpPane {
    /// The selected request (its offers, who could help and why), or on the
    /// Share list the selected member's pitch and their requests.
    func renderDetail(into canvas: inout Canvas, area: Rect, context ctx: PaneContext) {
        let (x, y, width, height, unicode) = (area.x, area.y, area.width, area.height, ctx.unicode)
        guard width > 10, height > 2 else { return }
        let lines: [(String, StyleRole)]
        if let m = selectedMemberRecord {
            lines = shareDetailLines(m, width: width, context: ctx)
        } else if let r = selectedRequestRecord {
            lines = requestDetailLines(r, width: width, context: ctx)
        } else {
            return
        }
        for (i, (text, role)) in lines.prefix(height).enumerated() {
            canvas.put(DisplayWidth.fit(text, width, pad: false, ellipsis: unicode ? "…" : "~"), x: x, y: y + i, role: role)
        }
        if lines.count > height { canvas.put(unicode ? "…" : "~", x: x + width - 1, y: y + height - 1, role: .dim) }
    }

    func requestDetailLines(_ r: HelpRequest, width: Int, context ctx: PaneContext) -> [(String, StyleRole)] {
        let (today, dot) = (ctx.today, ctx.dot)
        func glyph(_ fancy: String, _ plain: String) -> String { ctx.glyph(fancy, plain) }
        func plain(_ text: String) -> String { ctx.plain(text) }
        var lines: [(String, StyleRole)] = []
        func line(_ text: String, _ role: StyleRole = .normal) { lines.append((text, role)) }
        func field(_ label: String, _ value: String) { line(DisplayWidth.fit(label, 10) + value) }
        func wrapped(_ text: String, indent: String = "", _ role: StyleRole = .normal) {
            for l in AppModel.wrap(text, width: max(10, width - DisplayWidth.of(indent))) { line(indent + l, role) }
        }

        line(HelpWords.requestTitle(id: r.id, kind: HelpWords.kind(r.kind).text, status: HelpWords.status(r.status).text, dot: dot).text, .title)
        line(HelpWords.asks(name: name(r.from), ago: Self.ago(r.ageInDays(on: today))).text, .dim)
        if !r.tags.isEmpty { field(HelpWords.topic.text, r.tags.joined(separator: ", ")) }
        if let d = r.deadline {
            let left = today.distance(to: d)
            field(HelpWords.answerBy.text, HelpWords.deadline(day: d.spoken, left: (left < 0 ? HelpWords.passed : left == 0 ? .today : .inDays(left)).text).text)
        }
        line("")
        wrapped(r.text)

        if r.kind == .needsWork, let h = r.hoursPerWeek {
            line("")
            let signal = signals[r.from].flatMap { $0.request.id == r.id ? $0 : nil }
            if !r.isOpen {
                line(HelpWords.needsWorkAsked(hours: h.shown).text, .label)
            } else if let s = signal, s.isMet {
                let on = s.staffedOn.map { "project \($0)" }.joined(separator: ", ")
                line(HelpWords.needsWorkMet.text, .label)
                wrapped(HelpWords.staffedFor(hours: s.staffedHoursPerWeek.shown, on: on).text, .dim)
            } else {
                let staffed = signal?.staffedHoursPerWeek ?? 0
                line(HelpWords.needsWorkToFind(mark: glyph("✱", "*"), unmet: (signal?.unmetHoursPerWeek ?? h).shown, of: h.shown).text, .needsWork)
                wrapped((staffed > 0 ? HelpWords.foundSoFar(hours: staffed.shown).text : "") + HelpWords.markedUntilStaffed.text, .dim)
            }
        }

        line("")
        line((r.offers.isEmpty ? HelpWords.offersNone : .offers(r.offers.count)).text, .label)
        for o in r.offers {
            let accepted = o.member == r.accepted
            let mark = accepted ? glyph("✓ ", "+ ") : ""
            line("\(mark)\(name(o.member)) \(dot) \(Self.ago(o.at.day.distance(to: today)))\(accepted ? " \(dot) \(HelpWords.accepted.text)" : "")",
                 accepted ? .success : .normal)
            if !o.note.isEmpty { wrapped(o.note, indent: "  ", .dim) }
        }

        if !r.isOpen {
            line("")
            let when = r.closed.map { " \(Self.ago($0.day.distance(to: today)))" } ?? ""
            line("\((r.status == .withdrawn ? HelpWords.withdrawn : .closedLabel).text)\(when)", .label)
            if let note = r.closingNote { wrapped(note) }
        } else if r.kind != .needsWork {
            line("")
            if suggestions.isEmpty {
                line(HelpWords.couldHelpNobody.text, .label)
                line((r.tags.isEmpty ? HelpWords.topicTagsFind : .noMatchForTopic).text, .dim)
            } else {
                line(HelpWords.couldHelp.text, .label)
                for s in suggestions {
                    line(s.name)
                    wrapped(plain(s.why), indent: "  ", .dim)
                }
            }
        }
        return lines
    }

    func shareDetailLines(_ m: Member, width: Int, context ctx: PaneContext) -> [(String, StyleRole)] {
        let dot = ctx.dot
        var lines: [(String, StyleRole)] = []
        func line(_ text: String, _ role: StyleRole = .normal) { lines.append((text, role)) }
        line(m.name, .title)
        line("\(FinancesWords.role(m.role).text) \(dot) \(HelpWords.involvement(m.involvement).text) \(dot) \(m.city)", .dim)
        let skills = HelpWords.skills.text
        line(DisplayWidth.fit(skills, max(10, DisplayWidth.of(skills) + 1)) + (m.skills.isEmpty ? "-" : m.skills.joined(separator: ", ")))
        line("")
        line(HelpWords.shareLabel.text, .label)
        if m.pitch.isEmpty { line(HelpWords.nothingSaid.text, .dim) }
        for l in AppModel.wrap(m.pitch, width: width) { line(l) }
        let involved = (openInvolving[m.id] ?? []).map { requests[$0] }
        if !involved.isEmpty {
            line("")
            line(HelpWords.helpLabel.text, .label)
            for r in involved.prefix(6) {
                line((r.from == m.id ? HelpWords.asksLine(id: r.id, text: r.text) : .offersOn(id: r.id, name: name(r.from), text: r.text)).text,
                     r.kind == .needsWork && r.from == m.id ? .needsWork : .normal)
            }
        }
        return lines
    }

    /// "today", "yesterday", "5 days ago".
    static func ago(_ days: Int) -> String { (days <= 0 ? HelpWords.today : days == 1 ? .yesterday : .daysAgo(days)).text }
}
