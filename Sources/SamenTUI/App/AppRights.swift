import SamenCore

/// "May I?" before a form, for the shell and the panes not yet components:
/// the one policy is asked through `PaneIO` (see PaneIO.swift), so nobody
/// fills in a form only to be refused.
extension AppModel {
    /// The policy's refusal of `change` for the acting person, or nil.
    func notAllowed(_ change: Change) -> String? { paneIO.notAllowed(change) }

    /// Says why a form will not open; true when it may.
    mutating func mayOpen(_ change: Change) -> Bool {
        var io = paneIO
        let may = io.mayOpen(change)
        _ = perform(io)
        return may
    }

    /// Tries `changes` one after another on a copy of the data: the domain's
    /// refusal of the first that fails, or nil when all would be saved.
    func dryRun(_ changes: [Change]) -> String? { paneIO.dryRun(changes) }

    /// A probe for "may I edit this member's details?".
    static func detailsEdit(of id: String) -> Change {
        var e = MemberEdit(id: id)
        e.pitch = ""
        return .editMember(e)
    }

    static func newMember(today: Day) -> Change {
        .addMember(Member(id: "", name: "", role: .member, city: "", joined: today))
    }
}
