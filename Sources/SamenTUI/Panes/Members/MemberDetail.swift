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
        // Dutch labels are longer ("Vaardigheden"): their column is wider.
        let labelWidth = Language.current == .nl ? 13 : 10
        func field(_ label: String, _ value: String) { line(DisplayWidth.fit(label, labelWidth) + value) }

        line(m.name, .title)
        let status = facts.left ? MembersWords.leftOn(m.left!.shown).text
            : "\(MembersWords.role(m.role).text) \(dot) \(MembersWords.seniority(m.seniority).text) \(dot) \(MembersWords.involvement(m.involvement).text)"
        line(status, .dim)
        if let nw = facts.needsWorkHours {
            line(MembersWords.needsWork(mark: unicode ? "✱" : "*", hours: nw.shown).text, .needsWork)
        }
        field(MembersWords.labelCity.text, m.city)
        field(MembersWords.labelSkills.text, m.skills.isEmpty ? "-" : m.skills.joined(separator: ", "))
        // What staffing may weigh in their favour (`samen member edit --wants-more`).
        if !m.wantsMore.isEmpty { field(MembersWords.labelWantsMore.text, m.wantsMore.joined(separator: ", ")) }
        let contact = [m.email, m.phone, m.login.map { MembersWords.login($0).text }].compactMap { $0 }
        if !contact.isEmpty { field(MembersWords.labelContact.text, contact.joined(separator: " \(dot) ")) }
        let hoursNow = m.contractedHours(on: today)
        let history = m.hours.count > 1 ? MembersWords.since(m.hours.last(where: { $0.from <= today })?.from.shown ?? "-").text : ""
        field(MembersWords.labelHours.text, MembersWords.hoursForNetwork(hours: hoursNow.shown, since: history).text)
        if let future = m.hours.first(where: { $0.from > today }) { field("", MembersWords.hoursFrom(hours: future.hoursPerWeek.shown, day: future.from.shown).text) }
        field(MembersWords.labelJoined.text, m.joined.shown + (m.desks > 0 ? " \(dot) \(MembersWords.desks(m.desks).text)" : ""))
        // Time off now or to come, and the clients they will not work for:
        // both change what staffing suggests for them.
        for (i, t) in m.timeOff.filter({ $0.range.end >= today }).sorted(by: { $0.range.start < $1.range.start }).enumerated() {
            field(i == 0 ? MembersWords.labelTimeOff.text : "", MemberAvailabilityForms.label(t))
        }
        if !m.declinedClients.isEmpty { field(MembersWords.labelDeclines.text, m.declinedClients.joined(separator: ", ")) }
        // Whose changes are signed, and with which key: the start of its fingerprint, as `ssh-add -l` shows it.
        let keys = m.activeKeys
        if !keys.isEmpty {
            field(keys.count == 1 ? MembersWords.labelKey.text : MembersWords.labelKeys.text, keys.map { String($0.fingerprint.prefix(19)) + (unicode ? "…" : "...") }.joined(separator: ", "))
        }
        if !m.pitch.isEmpty {
            line("")
            line(MembersWords.headingShare.text, .label)
            for l in AppModel.wrap(m.pitch, width: width) { line(l) }
        }

        // Work: what they lead or are on, open projects first.
        let work = (workOf[m.id] ?? []).map { state.projects[$0] }
        if !work.isEmpty {
            line("")
            line(MembersWords.headingWork.text, .label)
            for p in work.prefix(6) {
                let a = p.allocations.first { $0.member == m.id }
                let hours = a.map { MembersWords.hoursPerWeekShort($0.hoursPerWeek.shown).text } ?? MembersWords.lead.text
                let tentative = p.status == .active ? "" : " (\(MembersWords.projectStatus(p.status).text))"
                line("\(p.id) \(p.title) \(dot) \(hours)\(tentative)", p.status == .active ? .normal : .tentative)
            }
        }

        // Capacity: a bar per week; free, full and overbooked also by symbol.
        line("")
        line(MembersWords.nextEightWeeks.text, .label)
        let first = ISOWeek(containing: today)
        let barWidth = max(4, min(20, width - 26))
        let weeks = c.capacity.weeks(first, count: 8, of: m)
        // `wk 53`, `wk 1 `: the bars start in one column whatever the week's number.
        let weekLabelWidth = weeks.map { DisplayWidth.of($0.week.shortShown) }.max() ?? 3
        for w in weeks {
            let label = DisplayWidth.fit(w.week.shortShown, weekLabelWidth)
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
            line(MembersWords.headingHelp.text, .label)
            for r in asked.prefix(3) {
                let what = r.kind == .needsWork ? MembersWords.requestNeedsWork.text : MembersWords.requestStatus(r.status).text
                line(MembersWords.asks(id: r.id, what: what, offers: r.offers.count, text: r.text).text,
                     r.kind == .needsWork ? .needsWork : .normal)
            }
            for r in offered.prefix(3) { line(MembersWords.offersOn(id: r.id, who: state.member(r.from)?.name ?? r.from, text: r.text).text, .dim) }
        }

        for (i, (text, role)) in lines.prefix(height).enumerated() {
            canvas.put(DisplayWidth.fit(text, width, pad: false, ellipsis: unicode ? "…" : "~"), x: x, y: y + i, role: role)
        }
        if lines.count > height { canvas.put(unicode ? "…" : "~", x: x + width - 1, y: y + height - 1, role: .dim) }
    }
}
