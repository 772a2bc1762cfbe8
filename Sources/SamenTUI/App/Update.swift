import SamenCore

extension AppModel {
    /// Turns one event into a new model and the effects to run.
    public mutating func update(_ event: InputEvent) -> [Effect] {
        switch event {
        case let .resize(w, h):
            width = w; height = h
            members.keepSelectionVisible(listHeight: membersListHeight)
            capacityResized()
            help.keepSelectionVisible(listHeight: helpListHeight)
            projectsResized()
            finances.keepSelectionVisible(listHeight: financesListHeight)
            return []
        case .hangup:
            quitting = true
            return [.quit]
        case .dataChanged:
            return []
        case let .mouse(m):
            return mouse(m)
        case let .key(.alt(c)):
            // Alt-B and Alt-F move by words in a form's field. Anywhere else
            // it is Esc and then a key, typed faster than the terminal could
            // tell apart (or sent together by tmux): handled as those two.
            if let overlay, case .form = overlay { return updateOverlay(overlay, .alt(c)) }
            return update(.key(.escape)) + update(.key(.char(c)))
        case let .key(key):
            // Any key clears the last message, as in lazygit: it was read.
            if overlay == nil { message = nil }
            if isTooSmall {
                if key == .char("q") || key == .ctrl("c") { quitting = true; return [.quit] }
                return []
            }
            if key == .ctrl("l") { return [.redraw] }
            if let overlay { return updateOverlay(overlay, key) }
            if pane == .members, let view = capacityView, view.filtering { return capacityKey(key) }
            if members.filtering && pane == .members && capacityView == nil { return withMembers { $0.filterKey(key, model: &$1) } }
            if help.filtering && pane == .help { return helpFilterKey(key) }
            if pane == .projects && projectsCaptureKeys { return projectsKey(key) }
            if pane == .finances && financesCaptureKeys { return financesKey(key) }
            return globalKey(key)
        }
    }

    mutating func globalKey(_ key: Key) -> [Effect] {
        switch key {
        case .char("q"), .ctrl("c"):
            quitting = true
            return [.quit]
        case .char("?"):
            overlay = .keys
            return []
        case .tab:
            switchPane(to: Pane(rawValue: pane.rawValue % Pane.allCases.count + 1)!)
            return []
        case .backTab:
            switchPane(to: Pane(rawValue: (pane.rawValue + Pane.allCases.count - 2) % Pane.allCases.count + 1)!)
            return []
        case let .char(c) where ("1"..."4").contains(c):
            switchPane(to: Pane(rawValue: Int(String(c))!)!)
            return []
        default:
            switch pane {
            case .members: return capacityView != nil ? capacityKey(key) : withMembers { $0.key(key, model: &$1) }
            case .projects: return projectsKey(key)
            case .help: return helpKey(key)
            case .finances: return financesKey(key)
            }
        }
    }

    mutating func updateOverlay(_ current: Overlay, _ key: Key) -> [Effect] {
        switch current {
        case .keys:
            if [.escape, .char("?"), .char("q"), .enter].contains(key) { overlay = nil }
            return []
        case let .confirm(c):
            switch key {
            case .char("y"), .char("Y"), .enter:
                overlay = nil
                return [.apply(c.change, c.origin)]
            case .char("n"), .char("N"), .escape, .char("q"):
                overlay = nil
                message = StatusLine(text: "nothing changed", kind: .info)
                return []
            default:
                return []  // other keys leave the question open
            }
        case var .form(form):
            if HelpForms.owns(form) { return updateHelpForm(form, key) }
            if ProjectForms.owns(form) { return updateProjectForm(form, key) }
            if FinanceForms.owns(form) { return updateFinanceForm(form, key) }
            switch form.key(key) {
            case .editing:
                overlay = .form(form)
                return []
            case .cancelled:
                overlay = nil
                message = StatusLine(text: form.purpose == CapacityQueryForm.purpose ? "cancelled; the map asks what it asked before" : "cancelled; nothing saved", kind: .info)
                return []
            case .submitted:
                if form.purpose == CapacityQueryForm.purpose {
                    overlay = applyCapacityQuestion(form).map { .form($0) }
                    return []
                }
                switch MemberForm.change(from: form, state: state, today: today) {
                case let .success(change) where !form.confirmed && SpellingQuestion.ask(about: change, in: state) != nil:
                    let q = SpellingQuestion.ask(about: change, in: state)!
                    form.ask(q.text, field: q.field)
                    overlay = .form(form)
                    return []
                case let .success(change):
                    form.submitting = true
                    overlay = .form(form)
                    return [.apply(change, .memberForm)]
                case let .failure(problem):
                    form.showError(problem.message, field: problem.field)
                    overlay = .form(form)
                    return []
                }
            }
        }
    }

    /// The result of a change the runner saved (or refused).
    public mutating func applied(_ result: Result<ChangeOutcome, Error>, origin: ChangeOrigin, newState: NetworkState?) {
        switch result {
        case let .success(outcome):
            if let newState { replaceData(newState) }
            if case let .addMember(m) = outcome.applied { members.select(id: m.id, listHeight: membersListHeight) }
            helpApplied(outcome)
            projectsApplied(outcome)
            financesApplied(outcome)
            if case .form = overlay, origin == .memberForm || origin == .helpForm || origin == .projectForm || origin == .financeForm { overlay = nil }
            message = StatusLine(text: "saved: \(outcome.summary)", kind: .success)
            // Saved, but worth knowing (a topic like one in use): said, never blocking.
            if let w = outcome.warnings.first { message = StatusLine(text: "saved, note: \(w)", kind: .warning) }
        case let .failure(error):
            if let newState { replaceData(newState) }
            let text = "\(error)"
            if origin == .memberForm, case var .form(form) = overlay {
                // The rule's own words, next to the field they are about.
                form.submitting = false
                form.showError(text, field: MemberForm.field(namedIn: text))
                overlay = .form(form)
            } else if origin == .helpForm, case var .form(form) = overlay {
                form.submitting = false
                form.showError(text, field: HelpForms.field(namedIn: text))
                overlay = .form(form)
            } else if origin == .projectForm, case var .form(form) = overlay {
                form.submitting = false
                form.showError(text, field: ProjectForms.field(namedIn: text, form: form))
                overlay = .form(form)
            } else if origin == .financeForm, case var .form(form) = overlay {
                form.submitting = false
                form.showError(text, field: FinanceForms.field(namedIn: text, form: form))
                overlay = .form(form)
            } else {
                message = StatusLine(text: "not saved: \(text)", kind: .error)
            }
        }
    }

    /// Another process changed the data: show it, keep the selection.
    public mutating func reloaded(_ newState: NetworkState, summary: String) {
        replaceData(newState)
        members.keepSelectionVisible(listHeight: membersListHeight)
        if overlay == nil || message == nil { message = StatusLine(text: summary, kind: .info) }
    }

    mutating func mouse(_ m: MouseEvent) -> [Effect] {
        guard overlay == nil, !isTooSmall else { return [] }
        if m.kind == .click, m.y == 0, let tab = tabAt(column: m.x) {
            switchPane(to: tab)
            return []
        }
        if pane == .help {
            helpMouse(m)
            return []
        }
        if pane == .projects { return projectsMouse(m) }
        if pane == .finances { return financesMouse(m) }
        guard pane == .members else { return [] }
        if capacityView != nil {
            capacityMouse(m)
            return []
        }
        switch m.kind {
        case .wheelUp: members.move(by: -3, listHeight: membersListHeight)
        case .wheelDown: members.move(by: 3, listHeight: membersListHeight)
        case .click:
            let layout = MembersLayout(width: width, height: height)
            let row = m.y - layout.firstRowY
            if row >= 0, row < layout.listHeight, m.x < layout.listWidth {
                members.selectRow(members.scroll + row, listHeight: membersListHeight)
            }
        }
        return []
    }

    var membersListHeight: Int { MembersLayout(width: width, height: height).listHeight }

    /// Lets the members pane change itself and the model (a message, an
    /// overlay) without two overlapping accesses to `self`.
    mutating func withMembers(_ body: (inout MembersPane, inout AppModel) -> [Effect]) -> [Effect] {
        var pane = members
        let effects = body(&pane, &self)
        members = pane
        return effects
    }
}
