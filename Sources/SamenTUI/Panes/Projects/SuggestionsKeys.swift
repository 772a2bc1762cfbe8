import SamenCore

extension AppModel {
    /// Keys while "who could do this?" is open: moving, opening a member,
    /// and staffing (Space, see StaffingKeys).
    mutating func suggestionsKey(_ key: Key) -> [Effect] {
        guard var view = projects.suggestions else { return [] }
        let h = suggestionsListHeight(view)
        if view.showingMember {
            switch key {
            case .escape, .enter: view.showingMember = false
            case .up, .down, .char("k"), .char("j"): view.apply(ListMotion(key: key, page: 1)!, listHeight: h)
            case .char("c"): projects.suggestions = view; openCapacityForSuggestions(); return []
            default: break
            }
            projects.suggestions = view
            return []
        }
        if let motion = ListMotion(key: key, page: h - 1) {
            view.apply(motion, listHeight: h)
            projects.suggestions = view
            return []
        }
        switch key {
        case .enter:
            if view.selectedMemberID != nil { view.showingMember = true }
            else { message = StatusLine(text: "nobody to open here: nobody inside qualifies and no outside contact is on file", kind: .info) }
        case .char("c"):
            projects.suggestions = view
            openCapacityForSuggestions()
            return []
        case .char(" "):
            projects.suggestions = view
            return toggleStaffing(view)
        case .char("e"):
            projects.suggestions = view
            return editStaffing(view)
        case .char("o"):
            projects.suggestions = view
            guard let p = state.project(view.projectID) else { return [] }
            overlay = .form(ProjectForms.hire(p))
            return []
        case .escape:
            projects.suggestions = nil
            projects.keepSelectionVisible(listHeight: projectsListHeight)
            return []
        default: break
        }
        projects.suggestions = view
        return []
    }

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
