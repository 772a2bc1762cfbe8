import SamenCore

extension AppModel {
    var projectsListHeight: Int { ProjectsLayout(width: width, height: height).listHeight }

    mutating func switchStage(to stage: ProjectStage) {
        projects.stage = stage
        projects.detailOnly = false
        projects.keepSelectionVisible(listHeight: projectsListHeight)
    }

    /// The advisor for this version of the data: indexing allocations,
    /// signals and past work costs more than a suggestion, so it is built
    /// once, on the first question after a change, and kept.
    mutating func staffingAdvisor() -> StaffingAdvisor {
        if let advisor = projects.advisor { return advisor }
        let advisor = StaffingAdvisor(state, capacity: capacity)
        projects.advisor = advisor
        return advisor
    }

    /// "Who could do this?" for the selected project (`t`).
    mutating func openSuggestions() {
        guard let p = projects.selectedProject else {
            message = StatusLine(text: "no project selected", kind: .info)
            return
        }
        guard !p.status.isClosed else {
            // The same rule, in the same words, as `samen project suggest`.
            message = StatusLine(text: "project \(p.id) is \(p.status.rawValue); suggestions are for open projects (incoming, proposal, active)", kind: .error)
            return
        }
        var view = SuggestionsView(report: staffingAdvisor().suggest(for: p, today: today, limit: SuggestionsView.limit))
        markStaffing(&view)
        measureWhy(&view)
        view.keepSelectionVisible(listHeight: suggestionsListHeight(view))
        projects.suggestions = view
    }

    /// New data or a new day, once the pane is shown: the indexes are
    /// rebuilt, selections stay on their projects, and open suggestions are asked again.
    mutating func refreshProjectsIfStale() {
        guard projects.stale else { return }
        projects.stale = false
        projects.rebuild(state: state)
        projects.keepSelectionVisible(listHeight: projectsListHeight)
        guard var view = projects.suggestions else { return }
        if let p = state.project(view.projectID), !p.status.isClosed {
            view.replace(staffingAdvisor().suggest(for: p, today: today, limit: SuggestionsView.limit))
            markStaffing(&view)
            measureWhy(&view)
            view.keepSelectionVisible(listHeight: suggestionsListHeight(view))
            projects.suggestions = view
        } else {
            projects.suggestions = nil
            let now = state.project(view.projectID).map { "is \($0.status.rawValue) now" } ?? "is gone"
            message = StatusLine(text: "project \(view.projectID) \(now): suggestions closed", kind: .info)
        }
    }

    mutating func projectsResized() {
        projects.keepSelectionVisible(listHeight: projectsListHeight)
        if var view = projects.suggestions {
            measureWhy(&view)
            view.keepSelectionVisible(listHeight: suggestionsListHeight(view))
            projects.suggestions = view
        }
    }

    /// A click on a stage switches to it, on a row selects it; the wheel scrolls.
    mutating func projectsMouse(_ m: MouseEvent) -> [Effect] {
        if projects.suggestions != nil {
            suggestionsMouse(m)
            return []
        }
        let layout = ProjectsLayout(width: width, height: height)
        if m.kind == .click, m.y == layout.barY,
           let hit = projects.stagePositions(width: width).first(where: { m.x >= $0.x && m.x < $0.x + DisplayWidth.of($0.label) }) {
            switchStage(to: hit.stage)
            return []
        }
        projects.listMouse(m, firstRowY: layout.firstRowY, listHeight: layout.listHeight,
                           inList: !projects.detailOnly && m.x < layout.listWidth)
        return []
    }
}
