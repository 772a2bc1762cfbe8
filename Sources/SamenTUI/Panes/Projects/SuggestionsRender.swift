import SamenCore

private typealias S = StaffingWords

/// Where "who could do this?" puts its parts: the project's heading, the
/// ranked list, and under it "why" for the selected member.
struct SuggestionsLayout {
    let width: Int, height: Int
    /// Rows the "why" box wants (separator included); 0 when nothing is selectable.
    let whyRows: Int

    // Row 0 (tabs) and the last (keys) belong to the shell.
    var barY: Int { 1 }
    var headingY: Int { 2 }
    var summaryY: Int { 4 }
    var headerY: Int { 5 }
    var firstRowY: Int { 6 }
    var bottom: Int { height - 1 }
    /// The list keeps at least three rows; "why" gives way on a short screen.
    var whyHeight: Int { min(whyRows, max(0, bottom - firstRowY - 3)) }
    var whyY: Int { bottom - whyHeight }
    var listHeight: Int { max(1, whyY - firstRowY) }
}

/// "Who could do this?" drawn into its area, with what the data says
/// (names, the team) read from the context; the directory lends its detail.
extension SuggestionsView {
    func layout(_ area: Rect, _ ctx: PaneContext) -> SuggestionsLayout {
        SuggestionsLayout(width: area.width, height: area.height, whyRows: whyWidth == area.width ? whyRows : rowsForWhy(area.width, ctx))
    }

    /// Measures "why" for this width once, so moving and drawing need not.
    mutating func measureWhy(_ area: Rect, _ ctx: PaneContext) {
        measured(whyRows: rowsForWhy(area.width, ctx), width: area.width)
    }

    func listHeight(_ area: Rect, _ ctx: PaneContext) -> Int { layout(area, ctx).listHeight }

    /// As many rows as the longest "why" needs at this width, so the list
    /// does not jump as the selection moves.
    func rowsForWhy(_ width: Int, _ ctx: PaneContext) -> Int {
        guard !selectable.isEmpty else { return 0 }
        var most = 0
        for i in selectable {
            most = max(most, whyLines(line: i, width: width - 2, ctx).count)
        }
        return most + 1
    }

    /// "Why" for one line of the list: who, the reason line exactly as the
    /// command line prints it, and the points each part of the score earned.
    func whyLines(line i: Int, width: Int, _ ctx: PaneContext) -> [(String, StyleRole)] {
        let dot = ctx.dot, state = ctx.state
        switch lines[i] {
        case let .suggestion(_, s, _):
            let m = s.member
            var out: [(String, StyleRole)] = [(TerminalText.sanitise("\(m.name) (\(m.id)) \(dot) \(S.role(m.role).text) \(dot) \(S.seniority(m.seniority).text) \(dot) \(m.city)"), .title)]
            if let mark = staffingMark(member: m.id, ctx) {
                let text = mark.role == .accent ? mark.text : (team[m.id] != nil ? S.takesThemOff(mark: mark.text) : .atHours(mark: mark.text, defaultHours(line: i))).text
                for l in AppModel.wrap(text, width: width) { out.append((l, mark.role)) }
            }
            for l in AppModel.wrap(TerminalText.sanitise(s.line), width: width) { out.append((l, .normal)) }
            let total = s.parts.reduce(0) { $0 + $1.weight }
            let points = s.parts.map { part -> String in
                let got = total > 0 ? part.value * Double(part.weight) / Double(total) * 100 : 0
                let most = total > 0 ? Double(part.weight) / Double(total) * 100 : 0
                let of = most == most.rounded() ? String(Int(most)) : StaffingReportText.score(most)
                return S.points(part: S.part(part.kind).text, got: StaffingReportText.score(got), of: of).text
            }
            let scoreLine = S.scoreLine(StaffingReportText.score(s.score), parts: points).text
            for l in AppModel.wrap(scoreLine, width: width) { out.append((l, .dim)) }
            return out
        case let .teamMember(a):
            let who = state.member(a.member).map { "\($0.name) (\($0.id)) \(dot) \(S.role($0.role).text) \(dot) \($0.city)" } ?? a.member
            return [(TerminalText.sanitise(who), .title),
                    (S.onTheTeamWhy(a.hoursPerWeek, from: a.range.start, to: a.range.end, dot: dot).text, .success)]
        case let .proposed(_, m):
            return proposedWhy(m, line: i, width: width, ctx)
        case let .outside(o):
            var out: [(String, StyleRole)] = []
            if case let .contact(m, _) = o { out.append((TerminalText.sanitise("\(m.name) (\(m.id)) \(dot) \(S.externalContact.text) \(dot) \(m.city)"), .title)) }
            for l in AppModel.wrap(TerminalText.sanitise(StaffingReportText.contactLine(o)), width: width) { out.append((l, .normal)) }
            return out
        default:
            return []
        }
    }

    /// "Who could do this?": heading and summary in the report's own words,
    /// the ranked list (visible lines only), and "why" for the selection.
    func render(into canvas: inout Canvas, area: Rect, context ctx: PaneContext, directory: MembersPane) {
        let glyph = ctx.glyph, dot = ctx.dot, state = ctx.state, width = area.width
        let layout = self.layout(area, ctx)
        let r = report
        let heading = StaffingReportText.heading(r)
        var x = 1
        if showingMember, let id = selectedMemberID, let i = Self.memberPosition(id, in: state) {
            let m = state.members.records[i]
            x += canvas.put("\(S.whoCouldDoThis.text) \(glyph("›", ">")) ", x: x, y: layout.barY, role: .label)
            x += canvas.put(m.name, x: x, y: layout.barY, role: .title, maxWidth: width / 2)
            canvas.put("   " + S.backToSuggestions.text, x: x, y: layout.barY, role: .dim, maxWidth: width - x - 1)
            directory.renderDetail(m, facts: directory.facts[i], into: &canvas, area: Rect(x: 1, y: layout.headingY, width: width - 2, height: layout.bottom - layout.headingY), context: ctx)
            return
        }
        // Said on screen, not only in the key line: what Space does, and that
        // a team on an open proposal is tentative until it is won.
        let readOnly = (r.project.status == .active ? S.staffReadOnly : .staffTentativeReadOnly).text
        x += canvas.put(S.whoCouldDoThis.text + " ", x: x, y: layout.barY, role: .title)
        canvas.put(DisplayWidth.fit(TerminalText.sanitise(heading[0]), max(1, width - x - readOnly.count - 3), pad: false, ellipsis: glyph("…", "~")),
                   x: x, y: layout.barY, role: .normal)
        canvas.put(readOnly, x: width - readOnly.count - 1, y: layout.barY, role: .dim)
        for (k, l) in heading.dropFirst().enumerated() {
            canvas.put(DisplayWidth.fit(TerminalText.sanitise(l), width - 2, pad: false, ellipsis: glyph("…", "~")), x: 1, y: layout.headingY + k, role: .dim)
        }
        let summary = TerminalText.sanitise(StaffingReportText.summary(r))
        canvas.put(DisplayWidth.fit(summary, width - 2, pad: false, ellipsis: glyph("…", "~")), x: 1, y: layout.summaryY, role: .label)

        let nameWidth = max(4, min(24, lines.reduce(0) { w, line in
            if case let .suggestion(_, s, _) = line { return max(w, DisplayWidth.of(TerminalText.sanitise(s.member.name))) }
            if case let .proposed(_, m) = line { return max(w, DisplayWidth.of(TerminalText.sanitise(m.suggestion.member.name))) }
            return w
        }))
        let whyX = 1 + 3 + 2 + 5 + 2 + nameWidth + 2
        canvas.fill(x: 0, y: layout.headerY, width: width, height: 1, role: .header)
        canvas.put(S.headerRankScoreName.text, x: 1, y: layout.headerY, role: .header)
        canvas.put(S.headerWhy.text, x: whyX, y: layout.headerY, role: .header)

        let end = min(lines.count, scroll + layout.listHeight)
        for i in scroll..<max(scroll, end) {
            let y = layout.firstRowY + i - scroll
            let selected = i == selectedLine
            if selected { canvas.fill(x: 0, y: y, width: width, height: 1, role: .selection) }
            switch lines[i] {
            case .blank: break
            case let .heading(text, warning):
                canvas.put(text, x: 1, y: y, role: warning ? .warning : .label, maxWidth: width - 2)
            case let .note(text):
                canvas.put(text, x: 1, y: y, role: .dim, maxWidth: width - 2)
            case let .suggestion(rank, s, _):
                let base: StyleRole = selected ? .selection : .normal
                let rankText = String(rank), score = Decimal1.localised(StaffingReportText.score(s.score))
                canvas.put(rankText, x: 1 + 3 - rankText.count, y: y, role: base)
                canvas.put(score, x: 1 + 3 + 2 + 5 - score.count, y: y, role: base)
                let name = DisplayWidth.fit(TerminalText.sanitise(s.member.name), nameWidth, pad: false, ellipsis: glyph("…", "~"))
                canvas.put(name, x: 1 + 3 + 2 + 5 + 2, y: y, role: base)
                // On the team, or overbooked at the offered hours: said first, in colour.
                var at = whyX
                if let mark = staffingMark(member: s.member.id, ctx) {
                    at += canvas.put(DisplayWidth.fit(mark.text, max(1, width - at - 1), pad: false, ellipsis: glyph("…", "~")) + " ",
                                     x: at, y: y, role: selected ? .selection : mark.role)
                    canvas.put(mark.role == .success ? glyph("✓", "*") : mark.role == .accent ? "?" : "!", x: 0, y: y, role: mark.role)
                }
                if at < width - 2 {
                    canvas.put(DisplayWidth.fit(TerminalText.sanitise(s.line), max(1, width - at - 1), pad: false, ellipsis: glyph("…", "~")),
                               x: at, y: y, role: selected ? .selection : .dim)
                }
            case let .teamMember(a):
                let base: StyleRole = selected ? .selection : .normal
                canvas.put(glyph("✓", "*"), x: 0, y: y, role: selected ? .selection : .success)
                let name = state.member(a.member).map { TerminalText.sanitise($0.name) } ?? a.member
                canvas.put(DisplayWidth.fit(name, nameWidth, pad: false, ellipsis: glyph("…", "~")), x: 1 + 3 + 2 + 5 + 2, y: y, role: base)
                canvas.put(S.onTheTeamRow(a.hoursPerWeek, dot: dot).text, x: whyX, y: y, role: selected ? .selection : .success, maxWidth: max(1, width - whyX - 1))
            case let .proposed(rank, m):
                drawProposed(rank, m, into: &canvas, y: y, width: width, nameWidth: nameWidth, whyX: whyX, selected: selected, ctx)
            case let .outside(o):
                canvas.put("  " + StaffingReportText.contactLine(o), x: 1, y: y, role: selected ? .selection : .normal, maxWidth: width - 2)
            }
        }
        if let i = selectedLine, layout.whyHeight > 1 {
            canvas.horizontalLine(x: 0, y: layout.whyY, width: width)
            // The score at the right of the name line, the name cut short for it if need be.
            let score = selectedSuggestion.map { S.scoreOf100(StaffingReportText.score($0.score)).text }
            let scoreWidth = score.map { DisplayWidth.of($0) + 2 } ?? 0
            for (k, (text, role)) in whyLines(line: i, width: width - 2, ctx).prefix(layout.whyHeight - 1).enumerated() {
                let room = width - 2 - (k == 0 ? scoreWidth : 0)
                canvas.put(DisplayWidth.fit(text, room, pad: false, ellipsis: glyph("…", "~")), x: 1, y: layout.whyY + 1 + k, role: role)
            }
            if let score { canvas.put(score, x: width - DisplayWidth.of(score) - 1, y: layout.whyY + 1, role: .accent) }
        }
    }

    /// "on the team, 16 h/wk" or "overbooked W49 (-4 h), W50 (-2 h)" for a suggested member.
    func staffingMark(member id: String, _ ctx: PaneContext) -> (text: String, role: StyleRole)? {
        let dot = ctx.dot
        if let hours = team[id] { return (S.onTheTeam(hours, dot: dot).text, .success) }
        // An open question comes before overbooking: the member is asked, not staffed, yet.
        if let asked = askMark(member: id, ctx) { return asked }
        if let over = overbooked[id] { return (S.overbooked(over, dot: dot).text, .warning) }
        return nil
    }

    /// A member's position in `state.members` (ids are sorted), for their directory facts.
    static func memberPosition(_ id: String, in state: NetworkState) -> Int? {
        let ids = state.members.ids
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ids[mid] == id { return mid }
            if ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }
}
