/// Who the acting person is, and whom they may act for.
///
/// Samen has no passwords: the acting person is a Unix login or `--as`, and
/// everything is recorded in the history. These rules are about sense, not
/// security: a member speaks for themselves, and partners and coordinators
/// (ST-groep's partners pass work on; `coordinatorRoles` in network.json)
/// may also act for others, say to record an offer made on the phone.
extension Network {
    /// Partners, and members of the roles `coordinatorRoles` names.
    public func isCoordinator(_ role: Role) -> Bool { role == .partner || coordinatorRoles.contains(role) }

    /// "a partner" / "a partner or an associate", for messages.
    var coordinatorWords: String {
        let roles = [Role.partner] + coordinatorRoles.filter { $0 != .partner }
        let words = roles.map { ($0 == .associate || $0 == .applicant || $0 == .external ? "an " : "a ") + $0.rawValue }
        return words.count == 1 ? words[0] : words.dropLast().joined(separator: ", ") + " or " + words.last!
    }
}

extension NetworkState {
    /// Whether the acting person is `member`, or a partner or coordinator who may act for them.
    func actor(_ ctx: ChangeContext, mayActFor member: String) -> Bool {
        guard let me = self.member(actingAs: ctx.actor) else { return false }
        return me.id == member || network.isCoordinator(me.role)
    }

    /// "you act as 'zoe'" / "you act as 'tester', who is not a member here".
    func actingPhrase(_ ctx: ChangeContext) -> String {
        if let me = member(actingAs: ctx.actor) { return "you act as \(me.name) (\(ctx.actor))" }
        return "you act as '\(ctx.actor)', who is not a member of this network"
    }
}
