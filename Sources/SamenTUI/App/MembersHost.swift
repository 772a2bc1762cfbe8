import SamenCore

/// The shell's side of the member directory: it routes the directory's
/// keys and forms to it (the heat map's member edit form too). Everything
/// else is the directory's (Panes/Members).
extension AppModel {
    var membersListHeight: Int { MembersPane.listHeight(screen) }

    /// The directory's keys, acting on the directory in place.
    var membersKeymap: Keymap<AppModel> {
        keys(of: \.members, members.keymap(context: context, area: screen))
    }

    /// A member form sent: the directory turns it into a change, a question or an error.
    mutating func submitMemberForm(_ form: FormState) -> [Effect] {
        act(on: \.members) { pane, io in pane.submit(form, &io) }
    }
}
