import SamenCore

/// Staffing from "who could do this?": Space puts the selected member on
/// the team with hours a week (a small form; the project's need a week by
/// default) or takes them off. Hours on a proposal stay tentative until it
/// is won. Who would be overbooked is marked in the list before choosing,
/// and saving an overbooking asks first.
extension AppModel {
    /// The team and the overbooking marks, for the view's project as the data is now.
    func markStaffing(_ view: inout SuggestionsView) {
        guard let p = state.project(view.projectID) else { return }
        view.team = Dictionary(p.allocations.map { ($0.member, $0.hoursPerWeek) }, uniquingKeysWith: { a, _ in a })
        var marks: [String: [OverbookedWeek]] = [:]
        for (id, line) in view.suggestedMembers where view.team[id] == nil {
            let a = Allocation(member: id, hoursPerWeek: view.defaultHours(line: line), range: p.period)
            let over = state.overbookedWeeks(adding: a, to: p.id, capacity: capacity)
            if !over.isEmpty { marks[id] = over }
        }
        view.overbooked = marks
    }

    /// `e`: a team member's hours a week, changed (the domain replaces their allocation).
    mutating func editStaffing(_ view: SuggestionsView) -> [Effect] {
        guard let p = state.project(view.projectID) else { return [] }
        guard let i = view.selectedLine, case let .teamMember(a) = view.lines[i] else { return toggleStaffing(view) }
        let name = state.member(a.member).map { TerminalText.sanitise($0.name) } ?? a.member
        var form = ProjectForms.staff(p, member: a.member, name: name, hours: a.hoursPerWeek)
        if p.status != .active { form.title += " (tentative until won)" }
        form.notice = staffNotice(form)
        overlay = .form(form)
        return []
    }

    /// Space: on the team or off it.
    mutating func toggleStaffing(_ view: SuggestionsView) -> [Effect] {
        guard let p = state.project(view.projectID) else { return [] }
        if let i = view.selectedLine, case let .teamMember(a) = view.lines[i] {
            // Taking someone off can be undone with Space again: no question.
            let change = Change.removeAllocation(project: p.id, member: a.member)
            if let refusal = dryRun([change]) { message = StatusLine(text: "not allowed: \(refusal)", kind: .error); return [] }
            return [.apply(change, .confirmation)]
        }
        guard let s = view.selectedSuggestion else {
            message = StatusLine(text: view.selectedMemberID == nil ? "nobody to staff here" : "an outside contact is hired with o, not put on the team", kind: .info)
            return []
        }
        var form = ProjectForms.staff(p, member: s.member.id, name: TerminalText.sanitise(s.member.name), hours: view.defaultHours)
        if p.status != .active { form.title += " (tentative until won)" }
        form.notice = staffNotice(form)
        overlay = .form(form)
        return []
    }
}
