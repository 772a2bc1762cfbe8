import SamenCore

/// What the Projects pane does in answer to keys, the mouse, a resize and
/// new data, on the pane itself; what it needs of the shell it asks
/// through `PaneIO`.
extension ProjectsPane {
    /// The rows that fit the pane's area.
    static func listHeight(_ area: Rect) -> Int { ProjectsLayout(width: area.width, height: area.height).listHeight }

    mutating func switchStage(to stage: ProjectStage, area: Rect) {
        self.stage = stage
        detailOnly = false
        keepSelectionVisible(listHeight: Self.listHeight(area))
    }

    /// The advisor for this version of the data: indexing allocations,
    /// signals and past work costs more than a suggestion, so it is built
    /// once, on the first question after a change, and kept.
    mutating func staffingAdvisor(_ ctx: PaneContext) -> StaffingAdvisor {
        if let advisor { return advisor }
        let made = StaffingAdvisor(ctx.state, capacity: ctx.capacity)
        advisor = made
        return made
    }

    /// "Who could do this?" for the selected project (`t`).
    mutating func openSuggestions(_ io: inout PaneIO) {
        guard let p = selectedProject else { return io.say(ProjectsWords.noProjectSelected.text) }
        guard !p.status.isClosed else {
            // The same rule, in the same words, as `samen project suggest`.
            return io.say(ProjectsWords.suggestionsOnlyOpen(id: p.id, status: ProjectsWords.status(p.status).text).text, .error)
        }
        var view = SuggestionsView(report: staffingAdvisor(io.context).suggest(for: p, today: io.context.today, limit: SuggestionsView.limit))
        view.markStaffing(io.context)
        view.measureWhy(io.area, io.context)
        view.keepSelectionVisible(listHeight: view.listHeight(io.area, io.context))
        suggestions = view
    }

    /// New data or a new day, once the pane is shown: the indexes are
    /// rebuilt, selections stay on their projects, and open suggestions are asked again.
    mutating func refreshIfStale(_ io: inout PaneIO) {
        guard stale else { return }
        let state = io.context.state
        stale = false
        rebuild(state: state)
        keepSelectionVisible(listHeight: Self.listHeight(io.area))
        guard var view = suggestions else { return }
        if let p = state.project(view.projectID), !p.status.isClosed {
            view.replace(staffingAdvisor(io.context).suggest(for: p, today: io.context.today, limit: SuggestionsView.limit, without: view.swappedOut))
            view.markStaffing(io.context)
            view.measureWhy(io.area, io.context)
            view.keepSelectionVisible(listHeight: view.listHeight(io.area, io.context))
            suggestions = view
        } else {
            suggestions = nil
            io.say(ProjectsWords.suggestionsClosed(id: view.projectID, status: state.project(view.projectID).map { ProjectsWords.status($0.status).text }).text)
        }
    }

    mutating func resized(to area: Rect, _ ctx: PaneContext) {
        keepSelectionVisible(listHeight: Self.listHeight(area))
        if suggestions != nil {
            suggestions!.measureWhy(area, ctx)
            suggestions!.keepSelectionVisible(listHeight: suggestions!.listHeight(area, ctx))
        }
    }

    /// A click on a stage switches to it, on a row selects it; the wheel scrolls.
    mutating func mouse(_ m: MouseEvent, area: Rect, _ ctx: PaneContext) {
        if suggestions != nil { return suggestions!.mouse(m, area: area, ctx) }
        if askedOfMe != nil { return }
        let layout = ProjectsLayout(width: area.width, height: area.height)
        if m.kind == .click, m.y == layout.barY,
           let hit = stagePositions(width: area.width).first(where: { m.x >= $0.x && m.x < $0.x + DisplayWidth.of($0.label) }) {
            return switchStage(to: hit.stage, area: area)
        }
        listMouse(m, firstRowY: layout.firstRowY, listHeight: layout.listHeight, inList: !detailOnly && m.x < layout.listWidth)
    }
}
