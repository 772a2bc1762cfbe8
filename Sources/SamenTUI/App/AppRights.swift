import SamenCore

/// Probes for "may I?" before a form opens: a change of the kind the form
/// would make, asked of the domain's one policy through `PaneIO.mayOpen`
/// (see PaneIO.swift), so nobody fills in a form only to be refused.
extension Change {
    /// "May I edit this member's details?"
    static func detailsEdit(of id: String) -> Change {
        var e = MemberEdit(id: id)
        e.pitch = ""
        return .editMember(e)
    }

    /// "May I add a member?"
    static func newMember(today: Day) -> Change {
        .addMember(Member(id: "", name: "", role: .member, city: "", joined: today))
    }
}
