import SamenCore

extension MembersPane {
    /// A member: profile, Share pitch, contact, skills, work, capacity for
    /// the next eight weeks, and their help requests. The heat map and "who
    /// could do this?" show the same.
    func renderDetail(_ m: Member, facts: MemberFacts, into canvas: inout Canvas, area: Rect, context c: PaneContext) {
        let (x, y, width, height) = (area.x, area.y, area.width, area.height)
        let (state, today, unicode, dot) = (c.state, c.today, c.unicode, c.dot)
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
        // Time off now or to come, and the clients they will not work for:
        // both change what staffing suggests for them.
        for (i, t) in m.timeOff.filter({ $0.range.end >= today }).sorted(by: { $0.range.start < $1.range.start }).enumerated() {
            field(i == 0 ? "Time off" : "", MemberAvailabilityForms.label(t))
        }
        if !m.declinedClients.isEmpty { field("Declines", m.declinedClients.joined(separator: ", ")) }
        // Whose changes are signed, and with which key: the start of its fingerprint, as `ssh-add -l` shows it.
        let keys = m.activeKeys
        if !keys.isEmpty {
            field(keys.count == 1 ? "Key" : "Keys", keys.map { String($0.fingerprint.prefix(19)) + (unicode ? "…" : "...") }.joined(separator: ", "))
        }
        if !m.pitch.isEmpty {
            line("")
            line("Share", .label)
            for l in AppModel.wrap(m.pitch, width: width) { line(l) }
        }

        // Work: what they lead or are on, open projects first.
        let work = (workOf[m.id] ?? []).map { state.projects[$0] }
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
        for w in c.capacity.weeks(first, count: 8, of: m) {
            let label = "W\(w.week.week < 10 ? "0" : "")\(w.week.week)"
            let bar = AppModel.capacityBar(w, width: barWidth, unicode: unicode)
            let free = AppModel.hours(w.spare, mark: true)
            let tentative = w.tentative > 0 ? " (\(AppModel.hours(w.tentative)))" : ""
            let role: StyleRole = w.isOverbooked ? .overbooked : (w.spare < 0.5 ? .full : .free)
            lines.append(("\(label) \(bar) \(free)/\(AppModel.hours(w.effective))\(tentative)", role))
        }

        // Help: what they asked, what they offered.
        let open = (helpOf[m.id] ?? []).map { state.requests[$0] }
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
}
