import SamenCore

extension AppModel {
    /// The selected member: profile, Share pitch, contact, skills, work,
    /// capacity for the next eight weeks, and their help requests.
    func renderMemberDetail(_ m: Member, facts: MemberFacts, into canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int) {
        guard width > 10, height > 2 else { return }
        var lines: [(String, StyleRole)] = []
        func line(_ text: String, _ role: StyleRole = .normal) { lines.append((text, role)) }
        func field(_ label: String, _ value: String) { line(DisplayWidth.fit(label, 10) + value) }

        line(m.name, .title)
        let status = facts.left ? "left \(m.left!)" : "\(m.role.rawValue) \(dot) \(m.seniority.rawValue) \(dot) \(m.involvement.rawValue)"
        line(status, .dim)
        if let nw = facts.needsWorkHours {
            line("\(unicode ? "✱" : "*") needs work: would like \(nw) more hours a week", .needsWork)
        }
        field("City", m.city)
        field("Skills", m.skills.isEmpty ? "-" : m.skills.joined(separator: ", "))
        let contact = [m.email, m.phone, m.login.map { "login \($0)" }].compactMap { $0 }
        if !contact.isEmpty { field("Contact", contact.joined(separator: " \(dot) ")) }
        let hoursNow = m.contractedHours(on: today)
        let history = m.hours.count > 1 ? " (since \(m.hours.last(where: { $0.from <= today })?.from.iso ?? "-"))" : ""
        field("Hours", "\(hoursNow) h/week for network work\(history)")
        if let future = m.hours.first(where: { $0.from > today }) { field("", "\(future.hoursPerWeek) h/week from \(future.from)") }
        field("Joined", m.joined.iso + (m.desks > 0 ? " \(dot) \(m.desks) desk\(m.desks == 1 ? "" : "s")" : ""))
        if !m.pitch.isEmpty {
            line("")
            line("Share", .label)
            for l in Self.wrap(m.pitch, width: width) { line(l) }
        }

        // Work: what they lead or are on, open projects first.
        let work = (members.workOf[m.id] ?? []).map { state.projects[$0] }
        if !work.isEmpty {
            line("")
            line("Work", .label)
            for p in work.prefix(6) {
                let a = p.allocations.first { $0.member == m.id }
                let hours = a.map { "\($0.hoursPerWeek) h/wk" } ?? "lead"
                let tentative = p.status == .active ? "" : " (\(p.status.rawValue))"
                line("\(p.id) \(p.title) \(dot) \(hours)\(tentative)", p.status == .active ? .normal : .tentative)
            }
        }

        // Capacity: a bar per week; free, full and overbooked also by symbol.
        line("")
        line("Next 8 weeks   free of contracted (tentative)", .label)
        let first = ISOWeek(containing: today)
        let barWidth = max(4, min(20, width - 26))
        for w in capacity.weeks(first, count: 8, of: m) {
            let label = "W\(w.week.week < 10 ? "0" : "")\(w.week.week)"
            let bar = Self.capacityBar(w, width: barWidth, unicode: unicode)
            let free = Self.hours(w.spare, mark: true)
            let tentative = w.tentative > 0 ? " (\(Self.hours(w.tentative)))" : ""
            let role: StyleRole = w.isOverbooked ? .overbooked : (w.spare < 0.5 ? .full : .free)
            lines.append(("\(label) \(bar) \(free)/\(Self.hours(w.effective))\(tentative)", role))
        }

        // Help: what they asked, what they offered.
        let open = (members.helpOf[m.id] ?? []).map { state.requests[$0] }
        let asked = open.filter { $0.from == m.id }
        let offered = open.filter { r in r.offers.contains { $0.member == m.id } }
        if !asked.isEmpty || !offered.isEmpty {
            line("")
            line("Help", .label)
            for r in asked.prefix(3) {
                let what = r.kind == .needsWork ? "needs work" : r.status.rawValue
                line("asks \(r.id) (\(what), \(r.offers.count) offer\(r.offers.count == 1 ? "" : "s")): \(r.text)",
                     r.kind == .needsWork ? .needsWork : .normal)
            }
            for r in offered.prefix(3) { line("offers on \(r.id) (\(state.member(r.from)?.name ?? r.from)): \(r.text)", .dim) }
        }

        for (i, (text, role)) in lines.prefix(height).enumerated() {
            canvas.put(DisplayWidth.fit(text, width, pad: false, ellipsis: unicode ? "…" : "~"), x: x, y: y + i, role: role)
        }
        if lines.count > height { canvas.put(unicode ? "…" : "~", x: x + width - 1, y: y + height - 1, role: .dim) }
    }

    /// `████▒▒░░░` : allocated, tentative, free; `!` marks overbooking.
    static func capacityBar(_ w: WeekCapacity, width: Int, unicode: Bool) -> String {
        guard w.effective > 0 else { return String(repeating: unicode ? "·" : ".", count: width) }
        let scale = Double(width) / w.effective
        let used = min(width, Int((w.allocated * scale).rounded()))
        let tentative = min(width - used, Int((w.tentative * scale).rounded()))
        let free = width - used - tentative
        let (full, tent, empty) = unicode ? ("█", "▒", "░") : ("#", "+", ".")
        var bar = String(repeating: full, count: used) + String(repeating: tent, count: tentative) + String(repeating: empty, count: free)
        if w.isOverbooked { bar = String(bar.dropLast()) + "!" }
        return bar
    }

    /// Words onto lines of at most `width` columns. The line's width is
    /// kept as it grows rather than measured again for every word: a reason
    /// line is measured once, not twenty times.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = "", used = 0
        for word in text.split(separator: " ") {
            let w = DisplayWidth.of(String(word))
            if !current.isEmpty && used + 1 + w > width {
                lines.append(current); current = ""; used = 0
            }
            if !current.isEmpty { current += " "; used += 1 }
            current += word; used += w
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
