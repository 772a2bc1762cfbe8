import SamenCore

/// "May I?" before a form, asked of the domain's one policy with the person
/// the dashboard runs as, so nobody fills in a form only to be refused.
extension AppModel {
    /// The policy's refusal of `change` for the acting person, or nil.
    func notAllowed(_ change: Change) -> String? {
        do {
            let who = try state.acting(changeContext)
            return state.refusal(of: change, by: who)?.message
        } catch {
            return "\(error)"
        }
    }

    /// Says why a form will not open; true when it may.
    mutating func mayOpen(_ change: Change) -> Bool {
        guard let no = notAllowed(change) else { return true }
        message = StatusLine(text: "not allowed: \(no)", kind: .error)
        return false
    }

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
