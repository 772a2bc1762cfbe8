import SamenCore

private typealias S = StaffingWords
private typealias W = TeamViewWords

/// The proposed team in "who could do this?": one block above the
/// skill-by-skill lists, in the same words and numbers as
/// `samen project suggest` (`TeamProposalText`). `A` asks the whole team
/// whether they want to join and `T` staffs it, each after one question, as
/// one change; `x` swaps the selected member out and
/// the hours are shared out again; `u` brings them back.
extension SuggestionsView {
    /// The block: heading, one line a skill (and what it leaves uncovered),
    /// who is swapped out, the members, and outside contacts for what is open.
    func teamLines(_ t: TeamProposal, alternatives: Bool) -> [Line] {
        var out: [Line] = [.heading(TeamProposalText.heading(t), warning: !t.coversEverything)]
        for l in TeamProposalText.skillLines(t) {
            out.append(l.uncovered ? .heading("  " + l.text, warning: true) : .note("  " + l.text))
        }
        if !t.swappedOut.isEmpty {
            out.append(.note("  " + TeamWords.swappedOut(t.swappedOut.map(\.name)).text + " (" + W.bringBackHint.text + ")"))
        }
        for (k, m) in t.members.enumerated() { out.append(.proposed(rank: k + 1, m)) }
        if !t.uncoveredSkills.isEmpty {
            out.append(.heading(TeamWords.outsideFor(t.uncoveredSkills.map(\.skill)).text, warning: true))
            if t.outside.isEmpty { out.append(.note("  " + TeamWords.noOutsideOnFile.text)) }
            for o in t.outside { out.append(.outside(o)) }
        }
        out.append(.blank)
        if alternatives && !report.needsATeam { out.append(.heading(TeamWords.alternativesHeading.text, warning: false)) }
        return out
    }

    /// Hours a week Space offers on a team job: the proposed hours for a
    /// member of the proposal; for someone in a skill's list, that skill's
    /// share but no more than they have free on the job's days, so nobody is
    /// marked overbooked only because one skill's share exceeds one person.
    func teamHours(line: Int?) -> Hours? {
        guard let i = line else { return nil }
        if case let .proposed(_, m) = lines[i] { return m.hoursPerWeek }
        guard case let .suggestion(_, s, skill?) = lines[i], let part = report.perSkill.first(where: { $0.skill == skill }) else { return nil }
        guard let free = part.canTake[s.member.id] else { return nil }
        let hours = min(part.neededPerWeek, free.value, Limits.hoursPerWeek.upperBound.value)
        return Hours(halfHours: max(1, Int((hours * 2 + 1e-9).rounded(.down))))
    }

    /// "Why" for a member of the proposal: who, what is proposed and their
    /// free time, the reason line, and the points each part earned.
    func proposedWhy(_ m: TeamProposal.Member, line i: Int, width: Int, _ ctx: PaneContext) -> [(String, StyleRole)] {
        let s = m.suggestion, dot = ctx.dot, who = s.member
        var out: [(String, StyleRole)] = [(TerminalText.sanitise("\(who.name) (\(who.id)) \(dot) \(S.role(who.role).text) \(dot) \(S.seniority(who.seniority).text) \(dot) \(who.city)"), .title)]
        if let t = report.team {
            let text = TeamWords.proposedHeading.text + ": " + TeamProposalText.proposed(m, t) + SuggestionText.separator + TeamProposalText.freeTime(m)
            for l in AppModel.wrap(TerminalText.sanitise(text), width: width) { out.append((l, m.isOverbooked ? .warning : .accent)) }
        }
        if let mark = staffingMark(member: who.id, ctx), mark.role != .success {
            for l in AppModel.wrap(mark.text, width: width) { out.append((l, mark.role)) }
        }
        for l in AppModel.wrap(TerminalText.sanitise(s.line), width: width) { out.append((l, .normal)) }
        let total = s.parts.reduce(0) { $0 + $1.weight }
        let points = s.parts.map { part -> String in
            let got = total > 0 ? part.value * Double(part.weight) / Double(total) * 100 : 0
            let most = total > 0 ? Double(part.weight) / Double(total) * 100 : 0
            let of = most == most.rounded() ? String(Int(most)) : StaffingReportText.score(most)
            return S.points(part: S.part(part.kind).text, got: StaffingReportText.score(got), of: of).text
        }
        for l in AppModel.wrap(S.scoreLine(StaffingReportText.score(s.score), parts: points).text, width: width) { out.append((l, .dim)) }
        return out
    }

    /// One member of the proposal in the list: rank, score, name, what is
    /// proposed (in colour), then the reason line.
    func drawProposed(_ rank: Int, _ m: TeamProposal.Member, into canvas: inout Canvas, y: Int, width: Int, nameWidth: Int,
                      whyX: Int, selected: Bool, _ ctx: PaneContext) {
        let glyph = ctx.glyph, s = m.suggestion
        let base: StyleRole = selected ? .selection : .normal
        let rankText = String(rank), score = Decimal1.localised(StaffingReportText.score(s.score))
        canvas.put(rankText, x: 1 + 3 - rankText.count, y: y, role: base)
        canvas.put(score, x: 1 + 3 + 2 + 5 - score.count, y: y, role: base)
        canvas.put(DisplayWidth.fit(TerminalText.sanitise(s.member.name), nameWidth, pad: false, ellipsis: glyph("…", "~")), x: 1 + 3 + 2 + 5 + 2, y: y, role: base)
        let warn = m.isOverbooked || overbooked[s.member.id] != nil
        canvas.put(warn ? "!" : "+", x: 0, y: y, role: selected ? .selection : (warn ? .warning : .accent))
        var at = whyX
        if let t = report.team {
            let text = TerminalText.sanitise(TeamProposalText.proposed(m, t))
            at += canvas.put(DisplayWidth.fit(text, max(1, width - at - 1), pad: false, ellipsis: glyph("…", "~")) + "  ",
                             x: at, y: y, role: selected ? .selection : (warn ? .warning : .accent))
        }
        if at < width - 2 {
            canvas.put(DisplayWidth.fit(TerminalText.sanitise(s.line), max(1, width - at - 1), pad: false, ellipsis: glyph("…", "~")),
                       x: at, y: y, role: selected ? .selection : .dim)
        }
    }

    /// The selected line's member of the proposal, if it is one.
    var selectedProposed: TeamProposal.Member? {
        guard let i = selectedLine, case let .proposed(_, m) = lines[i] else { return nil }
        return m
    }
}

extension ProjectsPane {
    /// `T`: the whole proposed team on the project at its hours, after one
    /// question; one change, so every allocation is saved or none.
    func staffTeam(_ view: SuggestionsView, _ io: inout PaneIO) {
        guard let t = view.report.team, !t.members.isEmpty, let p = io.context.state.project(view.projectID) else {
            return io.say(W.nothingProposed.text)
        }
        let change = t.change
        if let refusal = io.dryRun([change]) { return io.say(ProjectsWords.notAllowed(refusal).text, .error) }
        let who = t.members.map { TerminalText.sanitise($0.suggestion.member.name) + " " + TeamProposalText.proposed($0, t) }
        let question = W.confirm(project: p.id, title: TerminalText.sanitise(p.title), members: who, tentative: p.status != .active).text
        io.confirm(Confirmation(question: question, change: change, origin: .confirmation))
    }

    /// `A`: asks everyone on the proposed team whether they want to join,
    /// each for the hours proposed for them, after one question, as one
    /// change. Who already has an open question is named, not asked again.
    func askTeam(_ view: SuggestionsView, _ io: inout PaneIO) {
        guard let t = view.report.team, !t.members.isEmpty, let p = io.context.state.project(view.projectID) else {
            return io.say(W.nothingProposed.text)
        }
        guard let change = t.askChange(p) else { return io.say(W.everyoneAsked.text) }
        guard io.mayOpen(change) else { return }
        if let refusal = io.dryRun([change]) { return io.say(ProjectsWords.notAllowed(refusal).text, .error) }
        let who = t.toAsk(p)
        let asked = who.ask.map { TerminalText.sanitise($0.suggestion.member.name) + " " + TeamProposalText.proposed($0, t) }
        let already = who.alreadyAsked.map { TerminalText.sanitise($0.suggestion.member.name) }
        let question = W.confirmAsk(project: p.id, title: TerminalText.sanitise(p.title), members: asked, alreadyAsked: already).text
        io.confirm(Confirmation(question: question, change: change, origin: .confirmation))
    }

    /// `x`: the selected member out of the proposal; asked again without them.
    mutating func swapOut(_ io: inout PaneIO) {
        guard let view = suggestions, let m = view.selectedProposed else { return io.say(W.swapOutWhich.text) }
        var out = view.swappedOut
        out.insert(m.suggestion.member.id)
        askAgain(without: out, &io)
        io.say(W.swappedOut(TerminalText.sanitise(m.suggestion.member.name)).text)
    }

    /// `u`: everyone swapped out back in the running.
    mutating func bringBack(_ io: inout PaneIO) {
        guard let view = suggestions, !view.swappedOut.isEmpty else { return io.say(W.nobodySwappedOut.text) }
        askAgain(without: [], &io)
        io.say(W.broughtBack.text)
    }

    mutating func askAgain(without: Set<String>, _ io: inout PaneIO) {
        guard var view = suggestions, let p = io.context.state.project(view.projectID) else { return }
        view.swappedOut = without
        view.replace(staffingAdvisor(io.context).suggest(for: p, today: io.context.today, limit: SuggestionsView.limit, without: without))
        view.markStaffing(io.context)
        view.measureWhy(io.area, io.context)
        view.keepSelectionVisible(listHeight: view.listHeight(io.area, io.context))
        suggestions = view
    }
}
