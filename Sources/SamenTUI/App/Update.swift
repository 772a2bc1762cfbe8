import SamenCore

/// Everything that changes the dashboard, as a value (bubbletea's Msg):
/// what the terminal sends, and what the runner learns on its way (a save's
/// result, another process's change, a new day). All of it goes through the
/// one `update`.
public enum Message {
    case input(InputEvent)
    /// The result of a change the runner saved, or the store refused; `newState`
    /// is the data as it is now (after a refusal too: another process may have saved).
    case saved(Result<ChangeOutcome, Error>, origin: ChangeOrigin, newState: NetworkState?)
    /// Another process changed the data; `summary` says who and what.
    case reloaded(NetworkState, summary: String)
    /// The day the clock says it is (the dashboard may stay open past midnight).
    case today(Day)
    /// Something went wrong outside a change (a reload, a history line not written).
    case problem(String)
    /// Background work done (`Effect.background`).
    case background(BackgroundResult)
}

extension AppModel {
    /// Turns one message into a new model and the effects to run.
    public mutating func update(_ message: Message) -> [Effect] {
        switch message {
        case let .input(event): return update(event)
        case let .background(result): received(result)
        case let .saved(result, origin, newState): saved(result, origin: origin, newState: newState)
        case let .reloaded(newState, summary): showReloaded(newState, summary: summary)
        case let .today(day):
            if day != today {
                today = day
                replaceData(state)
            }
        case let .problem(text): self.message = StatusLine(text: text, kind: .error)
        }
        return wantedWork()
    }

    /// Thin wrappers for the runner, the tests and the fuzzer: each is a message through `update`.
    public mutating func applied(_ result: Result<ChangeOutcome, Error>, origin: ChangeOrigin, newState: NetworkState?) {
        _ = update(.saved(result, origin: origin, newState: newState))
    }
    public mutating func reloaded(_ newState: NetworkState, summary: String) { _ = update(.reloaded(newState, summary: summary)) }
    public mutating func setToday(_ day: Day) { _ = update(.today(day)) }

    /// Turns one event from the terminal into a new model and the effects to
    /// run, the background work the panes now want among them.
    public mutating func update(_ event: InputEvent) -> [Effect] {
        let effects = handle(event)
        return effects + wantedWork()
    }

    private mutating func handle(_ event: InputEvent) -> [Effect] {
        switch event {
        case let .resize(w, h):
            width = w; height = h
            members.keepSelectionVisible(listHeight: membersListHeight)
            if capacityView != nil { capacityView!.resized(to: screen, capacity: capacity) }
            help.keepSelectionVisible(listHeight: helpListHeight)
            projects.resized(to: screen, context)
            finances.keepSelectionVisible(listHeight: financesListHeight)
            return []
        case .hangup:
            quitting = true
            return [.quit]
        case let .paste(text):
            return paste(text)
        case let .mouse(m):
            return mouse(m)
        case let .key(.alt(c)) where !editingText:
            // Alt-B and Alt-F move by words in a form's field or a filter. Anywhere
            // else it is Esc and then a key, typed faster than the terminal could
            // tell apart (or sent together by tmux): handled as those two.
            return handle(.key(.escape)) + handle(.key(.char(c)))
        case let .key(key):
            // Any key clears the last message, as in lazygit: it was read.
            if overlay == nil { message = nil }
            if isTooSmall {
                if key == .char("q") || key == .ctrl("c") { quitting = true; return [.quit] }
                return []
            }
            if key == .ctrl("l") { return [.redraw] }
            if let overlay { return updateOverlay(overlay, key) }
            let keymap = paneKeymap
            // A filter being typed takes every key, q and the digits too.
            var io = paneIO
            if let typing = keymap.fallback {
                typing(&self, &io, key)
                return perform(io)
            }
            if let shell = shellKey(key) { return shell }
            guard let action = keymap.action(for: key) else { return [] }
            action(&self, &io, key)
            return perform(io)
        }
    }

    /// A paste is text for what is being typed in: the form's field, or the
    /// filter. Anywhere else it is said and dropped, so pasted words never
    /// run a pane's keys (a `q` in them would quit, an `x` mark someone as left).
    mutating func paste(_ text: String) -> [Effect] {
        guard !isTooSmall else { return [] }
        if case var .form(form) = overlay {
            form.paste(text)
            form.notice = formNotice(form)
            overlay = .form(form)
            return []
        }
        guard overlay == nil, editingText else {
            message = StatusLine(text: AppWords.pastedNowhere.text, kind: .info)
            return []
        }
        // A filter is one short line: typed in as keys, so it filters as typing does.
        var effects: [Effect] = []
        for c in PastedText.oneLine(text).trimmingSpacesTUI().prefix(200) { effects += handle(.key(.char(c))) }
        return effects
    }

    /// Whether keys go to a text being typed (a form's field, a filter),
    /// where Alt-B and Alt-F are words, not Esc and a letter.
    var editingText: Bool {
        if case .form = overlay { return true }
        return overlay == nil && paneKeymap.fallback != nil
    }

    /// The keys of the pane in front, as they are now (a filter typed, a detail open...).
    var paneKeymap: Keymap<AppModel> {
        switch pane {
        case .members: return capacityView.map { capacityKeymap($0) } ?? membersKeymap
        case .projects: return projectsKeymap
        case .help: return helpKeymap
        case .finances: return financesKeymap
        }
    }

    /// The shell's own keys, the same in every pane: quit, the key list, panes.
    mutating func shellKey(_ key: Key) -> [Effect]? {
        switch key {
        case .char("q"), .ctrl("c"):
            quitting = true
            return [.quit]
        case .char("?"):
            overlay = .keys(top: 0)
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
            return nil
        }
    }

    mutating func updateOverlay(_ current: Overlay, _ key: Key) -> [Effect] {
        switch current {
        case let .keys(top):
            if [.escape, .char("?"), .char("q"), .enter].contains(key) { overlay = nil; return [] }
            // A list longer than the screen (every key of a pane at 80x24) scrolls, as lists do.
            let page = max(1, keyListLines)
            let last = max(0, keyListRows.count - page)
            let top = min(top, last)  // the terminal may have grown since
            switch key {
            case .down, .char("j"): overlay = .keys(top: min(last, top + 1))
            case .up, .char("k"): overlay = .keys(top: max(0, top - 1))
            case .pageDown, .char(" "): overlay = .keys(top: min(last, top + page))
            case .pageUp: overlay = .keys(top: max(0, top - page))
            case .end, .char("G"): overlay = .keys(top: last)
            case .home, .char("g"): overlay = .keys(top: 0)
            default: break
            }
            return []
        case let .confirm(c):
            switch key {
            // "j" (ja) only in Dutch: in English it is vim's "down", and a
            // change must never be made by a key meant to move.
            case .char("y"), .char("Y"), .enter:
                overlay = nil
                return [.apply(c.change, c.origin)]
            case .char("j"), .char("J") where Language.current == .nl:
                overlay = nil
                return [.apply(c.change, c.origin)]
            case .char("n"), .char("N"), .escape, .char("q"):
                overlay = nil
                message = StatusLine(text: ShellWords.nothingChanged.text, kind: .info)
                return []
            default:
                return []  // other keys leave the question open
            }
        case let .form(form):
            return formKey(form, key)
        }
    }

    /// The result of a change the runner saved (or refused).
    private mutating func saved(_ result: Result<ChangeOutcome, Error>, origin: ChangeOrigin, newState: NetworkState?) {
        switch result {
        case let .success(outcome):
            if let newState { replaceData(newState) }
            if case let .addMember(m) = outcome.applied { members.select(id: m.id, listHeight: membersListHeight) }
            helpApplied(outcome)
            projectsApplied(outcome)
            financesApplied(outcome)
            if case .form = overlay, origin.isForm { overlay = nil }
            message = StatusLine(text: AppWords.saved(outcome.said.text).text, kind: .success)
            // Saved, but worth knowing (a topic like one in use): said, never blocking.
            if let w = outcome.warnings.first { message = StatusLine(text: AppWords.savedNote("\(w)").text, kind: .warning) }
        case let .failure(error):
            if let newState { replaceData(newState) }
            if origin.isForm, case var .form(form) = overlay {
                // The rule's own words, next to the field they are about.
                form.submitting = false
                form.showRefusal(error)
                overlay = .form(form)
            } else {
                message = StatusLine(text: AppWords.notSaved("\(error)").text, kind: .error)
            }
        }
    }

    /// Another process changed the data: show it, keep the selection.
    private mutating func showReloaded(_ newState: NetworkState, summary: String) {
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
            help.mouse(m, area: screen)
            return []
        }
        if pane == .projects {
            projects.mouse(m, area: screen, context)
            return []
        }
        if pane == .finances {
            finances.mouse(m, paneIO)
            return []
        }
        guard pane == .members else { return [] }
        if capacityView != nil {
            capacityView!.mouse(m, area: screen)
            return []
        }
        members.mouse(m, area: screen, context)
        return []
    }
}
