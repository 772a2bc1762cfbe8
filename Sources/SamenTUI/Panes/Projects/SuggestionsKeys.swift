import SamenCore

extension AppModel {
    /// The capacity heat map asked the project's question: its skills (the
    /// selected part's skill in a team job) over its weeks from this week
    /// on, on the selected member. Esc there comes back here.
    mutating func openCapacityForSuggestions() {
        guard let view = projects.suggestions else { return }
        let p = view.report.project
        let thisWeek = ISOWeek(containing: today)
        let ahead = p.period.weeks.filter { $0 >= thisWeek }
        pane = .members
        openCapacity(skills: view.capacitySkills, from: ahead.first ?? thisWeek, weeks: max(1, ahead.count), filter: "")
        guard var map = capacityView else { return }
        map.returnTo = .projects
        if let id = view.selectedMemberID {
            map.selectedID = id
            map.applyFilterAndSort()
            map.keepSelectionVisible(listHeight: capacityListHeight)
        }
        capacityView = map
        if ahead.isEmpty, message == nil {
            message = StatusLine(text: "project \(p.id)'s weeks are past; the map shows this week", kind: .info)
        }
    }

    /// A click selects a member's line; the wheel scrolls.
    mutating func suggestionsMouse(_ m: MouseEvent) {
        guard var view = projects.suggestions, !view.showingMember else { return }
        let layout = suggestionsLayout(view)
        if let motion = ListMotion(wheel: m.kind) {
            view.apply(motion, listHeight: layout.listHeight)
        } else if let line = ListState(selection: 0, scroll: view.scroll)
                    .row(atY: m.y, firstRowY: layout.firstRowY, count: view.lines.count, height: layout.listHeight),
                  let k = view.selectable.firstIndex(of: line) {
            // Only a line that names someone can be selected.
            view.apply(.by(k - view.selection), listHeight: layout.listHeight)
        }
        projects.suggestions = view
    }
}
