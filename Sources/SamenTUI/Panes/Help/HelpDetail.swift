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

        let kind = r.kind == .needsWork ? "needs work" : r.kind.rawValue
        line("Request \(r.id) \(dot) \(kind) \(dot) \(r.status.rawValue)", .title)
        line("\(name(r.from)) asks, \(Self.ago(r.ageInDays(on: today)))", .dim)
        if !r.tags.isEmpty { field("Topic", r.tags.joined(separator: ", ")) }
        if let d = r.deadline {
            let left = today.distance(to: d)
            field("Answer by", "\(d) (\(left < 0 ? "passed" : left == 0 ? "today" : "in \(left) day\(left == 1 ? "" : "s")"))")
        }
        line("")
        wrapped(r.text)

        if r.kind == .needsWork, let h = r.hoursPerWeek {
            line("")
            let signal = signals[r.from].flatMap { $0.request.id == r.id ? $0 : nil }
            if !r.isOpen {
                line("Needs work: \(h) h/week asked", .label)
            } else if let s = signal, s.isMet {
                let on = s.staffedOn.map { "project \($0)" }.joined(separator: ", ")
                line("Needs work: met", .label)
                wrapped("Staffed for \(s.staffedHoursPerWeek) h/week on \(on). No longer marked; close it when you agree.", .dim)
            } else {
                let staffed = signal?.staffedHoursPerWeek ?? 0
                line("\(glyph("✱", "*")) Needs work: \(signal?.unmetHoursPerWeek ?? h) of \(h) h/week to find", .needsWork)
                wrapped((staffed > 0 ? "\(staffed) h/week found so far. " : "")
                        + "Marked in the directory and raised in staffing suggestions until closed or staffed.", .dim)
            }
        }

        line("")
        line(r.offers.isEmpty ? "Offers: none yet" : "Offers (\(r.offers.count))", .label)
        for o in r.offers {
            let accepted = o.member == r.accepted
            let mark = accepted ? glyph("✓ ", "+ ") : ""
            line("\(mark)\(name(o.member)) \(dot) \(Self.ago(o.at.day.distance(to: today)))\(accepted ? " \(dot) accepted" : "")",
                 accepted ? .success : .normal)
            if !o.note.isEmpty { wrapped(o.note, indent: "  ", .dim) }
        }

        if !r.isOpen {
            line("")
            let when = r.closed.map { " \(Self.ago($0.day.distance(to: today)))" } ?? ""
            line("\(r.status == .withdrawn ? "Withdrawn" : "Closed")\(when)", .label)
            if let note = r.closingNote { wrapped(note) }
        } else if r.kind != .needsWork {
            line("")
            if suggestions.isEmpty {
                line("Could help: nobody yet", .label)
                line(r.tags.isEmpty ? "Topic tags find people by skill and Share pitch." : "No skills or pitches match the topic.", .dim)
            } else {
                line("Could help (skills or Share pitch match)", .label)
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
        line("\(m.role.rawValue) \(dot) \(m.involvement.rawValue) \(dot) \(m.city)", .dim)
        line(DisplayWidth.fit("Skills", 10) + (m.skills.isEmpty ? "-" : m.skills.joined(separator: ", ")))
        line("")
        line("Share", .label)
        if m.pitch.isEmpty { line("Nothing said yet. e adds a pitch.", .dim) }
        for l in AppModel.wrap(m.pitch, width: width) { line(l) }
        let involved = (openInvolving[m.id] ?? []).map { requests[$0] }
        if !involved.isEmpty {
            line("")
            line("Help", .label)
            for r in involved.prefix(6) {
                line(r.from == m.id ? "asks \(r.id): \(r.text)" : "offers on \(r.id) (\(name(r.from))): \(r.text)",
                     r.kind == .needsWork && r.from == m.id ? .needsWork : .normal)
            }
        }
        return lines
    }

    /// "today", "yesterday", "5 days ago".
    static func ago(_ days: Int) -> String { days <= 0 ? "today" : days == 1 ? "yesterday" : "\(days) days ago" }
}
