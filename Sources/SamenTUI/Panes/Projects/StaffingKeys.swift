import SamenCore

/// Staffing from "who could do this?": Space puts the selected member on
/// the team with hours a week (a small form; the project's need a week by
/// default) or takes them off. Hours on a proposal stay tentative until it
/// is won. Who would be overbooked is marked in the list before choosing,
/// and saving an overbooking asks first.
extension SuggestionsView {
    /// The team and the overbooking marks, for the view's project as the data is now.
    mutating func markStaffing(_ ctx: PaneContext) {
        let state = ctx.state
        guard let p = state.project(projectID) else { return }
        team = Dictionary(p.allocations.map { ($0.member, $0.hoursPerWeek) }, uniquingKeysWith: { a, _ in a })
        var marks: [String: [OverbookedWeek]] = [:]
        for (id, line) in suggestedMembers where team[id] == nil {
            let a = Allocation(member: id, hoursPerWeek: defaultHours(line: line), range: p.period)
            let over = state.overbookedWeeks(adding: a, to: p.id, capacity: ctx.capacity)
            if !over.isEmpty { marks[id] = over }
        }
        overbooked = marks
    }

    /// `e`: a team member's hours a week, changed (the domain replaces their allocation).
    func editStaffing(_ io: inout PaneIO) {
        let state = io.context.state
        guard let p = state.project(projectID) else { return }
        guard let i = selectedLine, case let .teamMember(a) = lines[i] else { return toggleStaffing(&io) }
        let name = state.member(a.member).map { TerminalText.sanitise($0.name) } ?? a.member
        var form = ProjectForms.staff(p, member: a.member, name: name, hours: a.hoursPerWeek)
        if p.status != .active { form.title += StaffingWords.tentativeUntilWon.text }
        form.notice = ProjectsPane.staffNotice(form, io.context)
        io.open(form)
    }

    /// Space: on the team or off it.
    func toggleStaffing(_ io: inout PaneIO) {
        guard let p = io.context.state.project(projectID) else { return }
        if let i = selectedLine, case let .teamMember(a) = lines[i] {
            // Taking someone off can be undone with Space again: no question.
            let change = Change.removeAllocation(project: p.id, member: a.member)
            if let refusal = io.dryRun([change]) { return io.say(ProjectsWords.notAllowed(refusal).text, .error) }
            return io.run([.apply(change, .confirmation)])
        }
        guard let s = selectedSuggestion else {
            return io.say((selectedMemberID == nil ? StaffingWords.nobodyToStaff : .outsideIsHired).text)
        }
        var form = ProjectForms.staff(p, member: s.member.id, name: TerminalText.sanitise(s.member.name), hours: defaultHours)
        if p.status != .active { form.title += StaffingWords.tentativeUntilWon.text }
        form.notice = ProjectsPane.staffNotice(form, io.context)
        io.open(form)
    }
}
