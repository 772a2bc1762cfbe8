import SamenCore

/// What a pane's key, mouse or form action is handed besides the pane
/// itself (bubbletea's Cmd, ratatui's app events): the context to read, the
/// pane's area, and the requests it makes of the shell. The pane never
/// touches the shell's model; the shell carries the requests out, in the
/// order they were made, after the action returns (`AppModel.perform`).
struct PaneIO {
    let context: PaneContext
    /// The pane's part of the screen; its layouts are worked out from this.
    let area: Rect
    private(set) var requests: [ShellRequest] = []

    init(context: PaneContext, area: Rect) {
        self.context = context
        self.area = area
    }

    /// What a pane may ask of the shell.
    enum ShellRequest {
        /// A line on the bottom line until the next key.
        case message(StatusLine)
        /// A form or a question over the pane (nil: close what is open).
        case overlay(Overlay?)
        /// Something for the runner: a change to save, above all.
        case effect(Effect)
        case switchPane(Pane)
        /// Close the heat map, back to where it was opened from, on this member.
        case closeCapacity(selecting: String?)
        /// Open the heat map over the directory, on what the directory shows.
        case openCapacity
        /// Open the heat map on the question of "who could do this?" in Projects.
        case openCapacityForSuggestions
    }

    mutating func say(_ text: String, _ kind: StatusLine.Kind = .info) { requests.append(.message(StatusLine(text: text, kind: kind))) }
    /// Opens a form over the pane; its keys then go to the form.
    mutating func open(_ form: FormState) { requests.append(.overlay(.form(form))) }
    /// Asks yes or no before a change that cannot be undone.
    mutating func confirm(_ question: Confirmation) { requests.append(.overlay(.confirm(question))) }
    /// Closes the form or question over the pane (a form whose answer was taken).
    mutating func closeOverlay() { requests.append(.overlay(nil)) }
    mutating func run(_ effects: [Effect]) { requests += effects.map { .effect($0) } }
    mutating func switchPane(to pane: Pane) { requests.append(.switchPane(pane)) }
    mutating func closeCapacity(selecting id: String?) { requests.append(.closeCapacity(selecting: id)) }
    mutating func openCapacity() { requests.append(.openCapacity) }
    mutating func openCapacityForSuggestions() { requests.append(.openCapacityForSuggestions) }

    // MARK: "May I?", asked of the one policy.

    /// The policy's refusal of `change` for the acting person, or nil.
    func notAllowed(_ change: Change) -> String? {
        do {
            let who = try context.state.acting(context.changeContext)
            return context.state.refusal(of: change, by: who)?.message
        } catch {
            return "\(error)"
        }
    }

    /// Says why a form will not open; true when it may.
    mutating func mayOpen(_ change: Change) -> Bool {
        guard let no = notAllowed(change) else { return true }
        say(AppWords.notAllowed(no).text, .error)
        return false
    }

    /// Whether the rules would refuse `changes` now, tried in turn on a copy
    /// of the data: a refusal ("request 3 is closed") comes before any
    /// typing, in the rule's own words, and the panes repeat no rule.
    func dryRun(_ changes: [Change]) -> String? { refusing(changes).map { "\($0)" } }

    /// The refusal itself, with the part of the change it is about, for a
    /// form to show beside that field (`FormState.showRefusal`).
    func refusing(_ changes: [Change]) -> Error? {
        var copy = context.state
        let changeContext = context.changeContext
        for change in changes {
            do { _ = try copy.apply(change, context: changeContext) } catch { return error }
        }
        return nil
    }

    func refusal(of change: Change) -> String? { dryRun([change]) }

    /// Saves a form's change (the form waits, showing "saving..."), or
    /// shows what is wrong with what was typed beside its field.
    mutating func save(_ result: Result<Change, MemberForm.Problem>, from current: FormState) {
        var form = current
        switch result {
        case let .success(change):
            form.submitting = true
            open(form)
            run([.apply(change, ChangeOrigin(form.purpose.owner))])
        case let .failure(problem):
            form.showError(problem.message, field: problem.field)
            open(form)
        }
    }
}

extension AppModel {
    /// Runs a pane's action on the pane in place (never a copy of its
    /// indexes) with a fresh `PaneIO`, then carries out what it asked for.
    mutating func act<P>(on pane: WritableKeyPath<AppModel, P>, _ action: (inout P, inout PaneIO) -> Void) -> [Effect] {
        var io = paneIO
        action(&self[keyPath: pane], &io)
        return perform(io)
    }

    /// A pane's keymap as the shell dispatches it: each key runs on the pane in place.
    func keys<P>(of pane: WritableKeyPath<AppModel, P>, _ keymap: Keymap<P>) -> Keymap<AppModel> {
        keymap.lifted { m, io, key, action in action(&m[keyPath: pane], &io, key) }
    }

    /// Carries out what a pane asked for, in order; returns the effects for the runner.
    mutating func perform(_ io: PaneIO) -> [Effect] {
        var effects: [Effect] = []
        for request in io.requests {
            switch request {
            case let .message(line): message = line
            case let .overlay(o):
                // A form's date fields read "morgen" and "ma" from the model's day, never the clock.
                if case var .form(f) = o { f.today = today; overlay = .form(f) } else { overlay = o }
            case let .effect(e): effects.append(e)
            case let .switchPane(p): switchPane(to: p)
            case let .closeCapacity(id): closeCapacity(selecting: id)
            case .openCapacity: openCapacity()
            case .openCapacityForSuggestions: openCapacityForSuggestions()
            }
        }
        return effects
    }
}
