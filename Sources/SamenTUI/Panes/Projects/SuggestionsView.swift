import SamenCore

/// "Who could do this?" for one project: the staffing report laid out as
/// lines, best first, with the same ranking, scores and reason lines as
/// `samen project suggest` (both come from `StaffingAdvisor` and
/// `StaffingReportText`). Space puts the selected member on the team (or
/// takes them off); the team and who would be overbooked are marked.
struct SuggestionsView {
    /// One line of the list.
    enum Line {
        case blank
        /// A team job's skill, or "nobody inside qualifies" (a warning).
        case heading(String, warning: Bool)
        case note(String)
        /// A ranked member; `skill` is the team part it belongs to, if any.
        case suggestion(rank: Int, Suggestion, skill: String?)
        case outside(OutsideContact)
        /// Someone on the team already (the advisor leaves them out of its
        /// ranking): listed first, so Space can take them off again.
        case teamMember(Allocation)
        /// A member of the proposed team, with the hours proposed for them.
        case proposed(rank: Int, TeamProposal.Member)
    }

    /// How many suggestions (per skill for a team job) get their reasons in
    /// words; the report counts everyone who qualifies.
    static let limit = 50

    let projectID: Int
    private(set) var report: StaffingReport
    private(set) var lines: [Line] = []
    /// Lines that name someone who can be opened, in order: what ↑↓ move over.
    private(set) var selectable: [Int] = []
    /// Index into `selectable`.
    var selection = 0
    /// The first line shown.
    var scroll = 0
    /// Enter: the selected member's detail takes the view.
    var showingMember = false
    /// Rows the "why" box needs (the most any line's "why" takes) at
    /// `whyWidth` columns: measured when the report or the width changes,
    /// not on every frame.
    private(set) var whyRows = 0
    private(set) var whyWidth = -1
    /// Who is on the project's team now, with hours a week.
    var team: [String: Hours] = [:]
    /// Weeks each suggested member (not yet on the team) would be overbooked
    /// at the hours Space offers them (`defaultHours`): seen before choosing.
    var overbooked: [String: [OverbookedWeek]] = [:]
    /// Members the lead swapped out of the proposed team (`x`): asked again without them.
    var swappedOut: Set<String> = []

    mutating func measured(whyRows rows: Int, width: Int) {
        whyRows = rows
        whyWidth = width
    }

    init(report: StaffingReport) {
        projectID = report.project.id
        self.report = report
        layOut()
    }

    /// New data: the same project asked again; the selection stays on the same member.
    mutating func replace(_ report: StaffingReport) {
        let was = selectedMemberID
        self.report = report
        layOut()
        whyWidth = -1
        if let was, let at = selectable.firstIndex(where: { memberID(ofLine: $0) == was }) { selection = at }
        selection = min(selection, max(0, selectable.count - 1))
        if selectable.isEmpty { showingMember = false }
    }

    private mutating func layOut() {
        var out: [Line] = []
        let r = report
        if !r.project.allocations.isEmpty {
            out.append(.heading((r.project.status == .active ? StaffingWords.onTheTeamHeading : .onTheTeamTentativeHeading).text, warning: false))
            for a in r.project.allocations { out.append(.teamMember(a)) }
            out.append(.blank)
        }
        if let team = r.team { out += teamLines(team, alternatives: r.needsATeam || !r.suggestions.isEmpty) }
        if r.needsATeam {
            out.append(.note(StaffingReportText.teamIntro(r)))
            for part in r.perSkill {
                out.append(.blank)
                out.append(.heading(StaffingReportText.skillHeading(part, of: r.project), warning: part.suggestions.isEmpty))
                for (k, s) in part.suggestions.enumerated() { out.append(.suggestion(rank: k + 1, s, skill: part.skill)) }
            }
        } else {
            for (k, s) in r.suggestions.enumerated() { out.append(.suggestion(rank: k + 1, s, skill: nil)) }
        }
        if r.nobodyInsideQualifies {
            if !out.isEmpty { out.append(.blank) }
            // The report's words end with one line per contact; those become
            // lines of their own, so a contact on file can be opened.
            let words = StaffingReportText.outside(r).dropLast(r.outside.count)
            for (k, w) in words.enumerated() { out.append(k == 0 ? .heading(w, warning: true) : .note(w)) }
            for o in r.outside { out.append(.outside(o)) }
            if r.outside.isEmpty { out.append(.note(StaffingWords.addOutsideContact.text)) }
        }
        out += saidNoLines()
        lines = out
        selectable = out.indices.filter { memberID(ofLine: $0) != nil }
    }

    /// The member a line names, if it can be opened (an outside contact on
    /// file can; someone hired once, with no record, cannot).
    func memberID(ofLine i: Int) -> String? {
        switch lines[i] {
        case let .suggestion(_, s, _): return s.member.id
        case let .outside(.contact(m, _)): return m.id
        case let .teamMember(a): return a.member
        case let .proposed(_, m): return m.suggestion.member.id
        default: return nil
        }
    }

    var selectedLine: Int? { selectable.isEmpty ? nil : selectable[selection] }
    var selectedMemberID: String? { selectedLine.flatMap { memberID(ofLine: $0) } }

    var selectedSuggestion: Suggestion? {
        guard let i = selectedLine else { return nil }
        if case let .proposed(_, m) = lines[i] { return m.suggestion }
        guard case let .suggestion(_, s, _) = lines[i] else { return nil }
        return s
    }

    /// What Space offers the selected member: the project's need a week
    /// (their skill's share in a team job), in whole hours.
    var defaultHours: Hours { defaultHours(line: selectedLine) }

    func defaultHours(line: Int?) -> Hours {
        if let hours = teamHours(line: line) { return hours }
        var need = report.neededPerWeek
        if let i = line, case let .suggestion(_, _, skill?) = lines[i], let part = report.perSkill.first(where: { $0.skill == skill }) {
            need = part.neededPerWeek
        }
        return Hours(max(1, min(80, Int(need.rounded(.up)))))
    }

    /// Members named by suggestion lines, once each, with the line that names them first.
    var suggestedMembers: [(id: String, line: Int)] {
        var seen = Set<String>(), out: [(String, Int)] = []
        for (i, line) in lines.enumerated() {
            if case let .suggestion(_, s, _) = line, seen.insert(s.member.id).inserted { out.append((s.member.id, i)) }
            if case let .proposed(_, m) = line, seen.insert(m.suggestion.member.id).inserted { out.append((m.suggestion.member.id, i)) }
        }
        return out
    }

    /// The skills the heat map should ask for: the selected part's skill in
    /// a team job (nobody has them all), else every required skill.
    var capacitySkills: [String] {
        if let i = selectedLine, case let .suggestion(_, _, skill?) = lines[i] { return [skill] }
        return report.project.requiredSkills
    }

    /// Moves over the members that can be selected; when there are none
    /// (nobody qualifies) the lines scroll instead.
    mutating func apply(_ motion: ListMotion, listHeight: Int) {
        if selectable.isEmpty {
            scroll = motion.target(from: scroll, count: max(0, lines.count - listHeight) + 1)
            return
        }
        selection = motion.target(from: selection, count: selectable.count)
        keepSelectionVisible(listHeight: listHeight)
    }

    mutating func move(by delta: Int, listHeight: Int) { apply(.by(delta), listHeight: listHeight) }

    /// The selected line on screen; at the first, the lines above it too
    /// (a team job's headings), and at the last, whatever follows (outside).
    mutating func keepSelectionVisible(listHeight: Int) {
        let h = max(1, listHeight)
        guard let line = selectedLine else {
            scroll = max(0, min(scroll, max(0, lines.count - h)))
            return
        }
        if selection == 0 { scroll = 0 }
        if selection == selectable.count - 1 { scroll = max(scroll, lines.count - h) }
        if line < scroll { scroll = line }
        if line >= scroll + h { scroll = line - h + 1 }
        scroll = max(0, min(scroll, max(0, lines.count - h)))
    }
}
