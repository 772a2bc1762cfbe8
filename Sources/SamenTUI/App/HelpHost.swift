import SamenCore

/// The shell's side of the help pane: it shares the directory's name order
/// with it, routes its keys and forms to it, and shows a new request where
/// it landed. Everything else is the pane's (Panes/Help).
extension AppModel {
    var helpListHeight: Int { HelpPane.listHeight(screen) }

    mutating func refreshHelpIfStale() { help.refreshIfStale(context, nameRank: members.nameRank, area: screen) }

    /// The pane's keys, acting on the pane in place.
    var helpKeymap: Keymap<AppModel> {
        keys(of: \.help, help.keymap(context: context))
    }

    /// A help form sent: the pane turns it into a change, a question or an error.
    mutating func submitHelpForm(_ form: FormState) -> [Effect] {
        act(on: \.help) { pane, io in pane.submit(form, &io) }
    }

    /// After a saved change: a new request is shown where it landed, in front.
    mutating func helpApplied(_ outcome: ChangeOutcome) {
        guard let id = HelpPane.newRequest(in: outcome) else { return }
        if pane != .help { switchPane(to: .help) }
        help.select(request: id, listHeight: helpListHeight)
    }
}
