import SamenCore

/// The shell's side of the member directory: it routes the directory's
/// keys and forms to it (the heat map's member edit form too). Everything
/// else is the directory's (Panes/Members).
extension AppModel {
    var membersListHeight: Int { MembersPane.listHeight(screen) }

    /// The directory's keys, acting on the directory in place.
    var membersKeymap: Keymap<AppModel> {
        members.keymap(context: context).lifted { m, io, key, act in act(&m.members, &io, key) }
    }

    /// A member form sent: the directory turns it into a change, a question or an error.
    mutating func submitMemberForm(_ form: FormState) -> [Effect] {
        var io = paneIO
        members.submit(form, &io)
        return perform(io)
    }
}
