/// Who may add and change members, and the network's settings.
///
/// Roles and logins carry rights, so nobody raises their own: a role that
/// acts for the network is given only by one who holds such a role, a login
/// is the member's own (or a partner's to fix), and who administers the
/// network is for its administrators alone.
extension NetworkState {
    func refusalToAdd(_ m: Member, _ a: Acting) -> Refusal? {
        let what = m.name.isEmpty ? "add a member" : "add \(m.name) as \(Self.article(m.role)) \(m.role.rawValue)"
        if network.isCoordinator(m.role), a.member.map({ network.isCoordinator($0.role) }) != true {
            return Refusal("only \(partnerOrCoordinatorWords) may \(what); \(actingRolePhrase(a))")
        }
        // New members pay contributions and rent, so those who keep the books admit them.
        return refusalUnlessBookkeeper(a, to: what)
    }

    func refusalToEdit(_ e: MemberEdit, _ a: Acting) -> Refusal? {
        guard let m = members[id: e.id] else { return nil }
        if let role = e.role, role != m.role {
            let what = "change \(m.name)'s role from \(m.role.rawValue) to \(role.rawValue)"
            if let r = refusalUnlessBookkeeper(a, to: what) { return r.about(.role) }
            if let me = a.member {
                if me.id == m.id, rank(role) > rank(m.role) {
                    return Refusal("nobody may give themselves a role with more rights; \(actingRolePhrase(a)) and may not \(what)", field: .role)
                }
                if rank(role) > rank(me.role) {
                    return Refusal("only \(partnerOrCoordinatorWords) may \(what); \(actingRolePhrase(a))", field: .role)
                }
            }
        }
        if let login = e.login, login != (m.login ?? "") {
            // A login is who someone is on the server: theirs, or a partner's to set right.
            let me = a.member
            if me?.id != m.id && me?.role != .partner {
                return Refusal("only \(m.name) or a partner may change \(m.name)'s login; \(actingRolePhrase(a))", field: .login)
            }
        }
        var rest = e
        rest.role = nil; rest.login = nil
        if rest.hoursPerWeek != nil, let r = refusalUnlessForThem(m.id, a, to: { "change \($0)'s contracted hours" }) { return r.about(.hours) }
        rest.hoursPerWeek = nil; rest.hoursFrom = nil
        if !rest.isEmpty, let r = refusalUnlessForThem(m.id, a, to: { "change \($0)'s details" }) { return r }
        return nil
    }

    /// "a partner or a coordinator" / "a partner or an associate": those who act for the network.
    var partnerOrCoordinatorWords: String {
        var n = network
        n.bookkeepers = []
        return n.bookkeeperWords(members)
    }

    func refusalToSet(_ n: Network, _ a: Acting) -> Refusal? {
        let old = network
        if n.administrators != old.administrators {
            return Refusal("only an administrator may change who administers the network; \(actingRolePhrase(a))")
        }
        if n.coordinatorRoles != old.coordinatorRoles || n.triage != old.triage,
           a.member.map({ network.isCoordinator($0.role) }) != true {
            return Refusal("only \(network.coordinatorWords) may change who coordinates or who triages; \(actingRolePhrase(a))")
        }
        if n.touchesMoneyRules(comparedTo: old) {
            return refusalUnlessBookkeeper(a, to: "change rates, contribution percentages, partner shares, cost categories or who keeps the books")
        }
        return refusalUnlessBookkeeper(a, to: "change the network's settings")
    }
}
