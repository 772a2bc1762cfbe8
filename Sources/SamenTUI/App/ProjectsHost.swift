import SamenCore

/// The shell's side of the Projects pane: it routes the pane's keys and
/// forms to it, lends it the directory for a member's detail, opens the
/// heat map on a project's question, and follows a saved project to its
/// new stage. Everything else is the pane's (Panes/Projects).
extension AppModel {
    var projectsListHeight: Int { ProjectsPane.listHeight(screen) }

    func suggestionsListHeight(_ view: SuggestionsView) -> Int { view.listHeight(screen, context) }

    /// The pane's keys (or those of "who could do this?"), acting on the pane in place.
    var projectsKeymap: Keymap<AppModel> {
        keys(of: \.projects, projects.keymap(context: context))
    }

    mutating func refreshProjectsIfStale() {
        _ = act(on: \.projects) { pane, io in pane.refreshIfStale(&io) }
    }

    /// A project form sent: the pane refuses it beside a field, asks, or saves.
    mutating func submitProjectForm(_ form: FormState) -> [Effect] {
        act(on: \.projects) { pane, io in pane.submit(form, &io) }
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
        guard capacityView != nil else { return }
        capacityView!.returnTo = .projects
        if let id = view.selectedMemberID {
            capacityView!.selectedID = id
            capacityView!.applyFilterAndSort()
            capacityView!.keepSelectionVisible(listHeight: capacityListHeight)
        }
        if ahead.isEmpty, message == nil {
            message = StatusLine(text: ProjectsWords.weeksPast(p.id).text, kind: .info)
        }
    }

    /// A saved project change: the pane follows the project to its new
    /// stage, so the new line of its decision log is on screen.
    mutating func projectsApplied(_ outcome: ChangeOutcome) {
        switch outcome.applied {
        case .addProject, .editProject, .setLead, .moveProject, .hireExternal, .steps:
            guard let id = outcome.projects.first, pane == .projects else { return }
            refreshProjectsIfStale()
            if projects.filterInput.isShown, state.project(id) != nil {
                // A filter that hides the project would hide what just happened.
                projects.filter = ""
                projects.filtering = false
                projects.filterChanged()
            }
            projects.select(id: id, listHeight: projectsListHeight)
        default: return
        }
    }
}
