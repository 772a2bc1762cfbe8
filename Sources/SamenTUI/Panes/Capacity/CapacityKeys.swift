import SamenCore

extension AppModel {
    /// Opens the heat map over the member directory. With no arguments it
    /// asks what the directory shows (its filter, from this week, 12 weeks);
    /// "who could do this?" from a project passes the project's skills and
    /// weeks instead.
    mutating func openCapacity(skills: [String] = [], from: ISOWeek? = nil, weeks: Int = CapacityView.defaultWeeks,
                               minFree: Hours? = nil, filter: String? = nil) {
        let thisWeek = ISOWeek(containing: today)
        let start = max(thisWeek, from ?? thisWeek)
        var view = CapacityView(from: start, weeks: min(weeks, CapacityLayout.maxWeeks(width: width)), skills: skills,
                                minFree: minFree, filter: filter ?? members.filter)
        view.selectedID = members.selectedID
        view.rebuild(state: state, capacity: capacity, today: today, searchText: members.facts.map(\.searchText), nameRank: members.nameRank)
        view.keepSelectionVisible(listHeight: capacityListHeight)
        capacityView = view
        if weeks > view.weeks { message = StatusLine(text: "showing \(view.weeks) weeks: as many as fit this screen", kind: .info) }
    }

    var capacityListHeight: Int { CapacityLayout(width: width, height: height, weeks: capacityView?.weeks ?? 1).listHeight }

    /// Changes the open map (and the model: a message, a form), then keeps
    /// its selection in view. A key that closes the map does not use this.
    mutating func withMap(_ body: (inout CapacityView, inout AppModel) -> Void) -> [Effect] {
        guard var view = capacityView else { return [] }
        body(&view, &self)
        view.keepSelectionVisible(listHeight: CapacityLayout(width: width, height: height, weeks: view.weeks).listHeight)
        capacityView = view
        return []
    }

    /// Moves the window to start at `first` (never before this week, at most `maxWeeksAhead` on).
    mutating func moveCapacityWindow(by step: Int) {
        let thisWeek = ISOWeek(containing: today)
        _ = withMap { view, m in
            if step < 0, view.first <= thisWeek {
                m.message = StatusLine(text: "the map starts at this week (\(thisWeek.iso)): past weeks are not planned here", kind: .info)
            } else if step > 0, thisWeek.weeks(until: view.first) >= CapacityView.maxWeeksAhead {
                m.message = StatusLine(text: "the map goes at most \(CapacityView.maxWeeksAhead) weeks ahead", kind: .info)
            } else {
                view.first = step == 0 ? thisWeek : view.first.advanced(by: step)
                view.windowChanged(capacity: m.capacity)
            }
        }
    }

    /// Back to the member directory, on the member last selected on the map,
    /// or to the pane that opened the map.
    mutating func closeCapacity(selecting id: String?) {
        let back = capacityView?.returnTo
        capacityView = nil
        if let back { switchPane(to: back); return }
        if let id { members.select(id: id, listHeight: membersListHeight) }
    }

    /// The form's answer becomes the map's question.
    mutating func applyCapacityQuestion(_ form: FormState) -> FormState? {
        guard var view = capacityView else { return nil }
        let fit = CapacityLayout.maxWeeks(width: width)
        switch CapacityQueryForm.answer(form, today: today, maxWeeks: fit, knownSkills: view.knownSkills) {
        case let .failure(problem):
            var form = form
            form.showError(problem.message, field: problem.field)
            return form
        case let .success(a):
            view.minFree = a.minFree
            view.weeks = a.weeks
            view.first = a.first
            view.skills = a.skills
            view.windowChanged(capacity: capacity)
            view.keepSelectionVisible(listHeight: CapacityLayout(width: width, height: height, weeks: view.weeks).listHeight)
            capacityView = view
            message = StatusLine(text: "\(view.rows.count) of \(view.total) members: \(capacityQuestion(view)), \(a.weeks) week\(a.weeks == 1 ? "" : "s") from \(a.first.iso)", kind: .info)
            return nil
        }
    }

    /// A narrower screen fits fewer weeks: the window shrinks to what fits
    /// (and says so in the week header), the selection stays in view.
    mutating func capacityResized() {
        guard var view = capacityView else { return }
        let fit = CapacityLayout.maxWeeks(width: width)
        if view.weeks > fit {
            view.weeks = fit
            view.windowChanged(capacity: capacity)
        }
        view.keepSelectionVisible(listHeight: CapacityLayout(width: width, height: height, weeks: view.weeks).listHeight)
        capacityView = view
    }

    /// A click selects a member's row; the wheel scrolls.
    mutating func capacityMouse(_ m: MouseEvent) {
        guard var view = capacityView, !view.showingMember else { return }
        let layout = CapacityLayout(width: width, height: height, weeks: view.weeks)
        view.listMouse(m, firstRowY: layout.firstRowY, listHeight: layout.listHeight)
        capacityView = view
    }
}
