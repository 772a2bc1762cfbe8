/// Who may add and change members, and the network's settings.
///
/// Roles and logins carry rights, so nobody raises their own: a role that
/// acts for the network is given only by one who holds such a role, a login
/// is the member's own (or a partner's to fix), and who administers the
/// network is for its administrators alone.
extension NetworkState {
    func refusalToAdd(_ m: Member, _ a: Acting) -> Refusal? {
        let what: RightsRefusal = m.name.isEmpty ? .addAMember : .addAs(m.name, m.role)
        if network.isCoordinator(m.role), a.member.map({ network.isCoordinator($0.role) }) != true {
            return Refusal(.onlyMay(partnerOrCoordinatorWords, what, acting: actingRolePhrase(a)))
        }
        // New members pay contributions and rent, so those who keep the books admit them.
        return refusalUnlessBookkeeper(a, to: what)
    }

    func refusalToEdit(_ e: MemberEdit, _ a: Acting) -> Refusal? {
        guard let m = members[id: e.id] else { return nil }
        if let role = e.role, role != m.role {
            let what = RightsRefusal.changeRole(m.name, from: m.role, to: role)
            if let r = refusalUnlessBookkeeper(a, to: what) { return r.about(.role) }
            if let me = a.member {
                if me.id == m.id, rank(role) > rank(m.role) {
                    return Refusal(.raiseOwnRole(acting: actingRolePhrase(a), act: what), field: .role)
                }
                if rank(role) > rank(me.role) {
                    return Refusal(.onlyMay(partnerOrCoordinatorWords, what, acting: actingRolePhrase(a)), field: .role)
                }
            }
        }
        if let login = e.login, login != (m.login ?? "") {
            // A login is who someone is on the server: theirs, or a partner's to set right.
            let me = a.member
            if me?.id != m.id && me?.role != .partner {
                return Refusal(.changeLogin(m.name, acting: actingRolePhrase(a)), field: .login)
            }
        }
        var rest = e
        rest.role = nil; rest.login = nil
        if rest.hoursPerWeek != nil, let r = refusalUnlessForThem(m.id, a, to: { .changeHours($0) }) { return r.about(.hours) }
        rest.hoursPerWeek = nil; rest.hoursFrom = nil
        if !rest.isEmpty, let r = refusalUnlessForThem(m.id, a, to: { .changeDetails($0) }) { return r }
        return nil
    }

    /// "a partner or a coordinator" / "a partner or an associate": those who act for the network.
    var partnerOrCoordinatorWords: RightsRefusal {
        var n = network
        n.bookkeepers = []
        return n.bookkeeperWords(members)
    }

    func refusalToSet(_ n: Network, _ a: Acting) -> Refusal? {
        let old = network
        if n.administrators != old.administrators {
            return Refusal(.changeAdministrators(acting: actingRolePhrase(a)))
        }
        // Products have rules of their own (`ProductRights`): who registers
        // one, who may say who built it. A settings change carries the whole
        // network, so it could otherwise rewrite them past those rules.
        if n.products != old.products {
            return Refusal(.productsByOwnChanges(acting: actingRolePhrase(a)))
        }
        if n.coordinatorRoles != old.coordinatorRoles || n.triage != old.triage,
           a.member.map({ network.isCoordinator($0.role) }) != true {
            return Refusal(.onlyMay(network.coordinatorWords, .changeWhoCoordinates, acting: actingRolePhrase(a)))
        }
        if n.touchesMoneyRules(comparedTo: old) {
            return refusalUnlessBookkeeper(a, to: .changeMoneyRules)
        }
        return refusalUnlessBookkeeper(a, to: .changeSettings)
    }
}
