/// Who is acting, and for whom.
///
/// On a shared server the system has already authenticated the Unix user, so
/// that login is the person. `--as` and `$SAMEN_USER` only say for whom they
/// act, which the rules allow a partner or coordinator (recording an offer
/// made on the phone), an administrator, and anyone in a demo sandbox. The
/// rights that then apply are those of the member acted for: acting for
/// someone never lends them more than they have.
public struct Acting: Sendable {
    /// The login at the keyboard (or the name a trusted caller gave).
    public let person: String
    /// The member whose rights apply: the person's own, or the one acted for.
    public let member: Member?
    /// An administrator acting as themselves, who may change anything.
    public let isAdministrator: Bool
    /// The member acted for, when it is not the person themselves.
    public let actsFor: Member?
    /// How refusals name the acting person: the member's login or id as given.
    public let name: String
}

extension Network {
    /// Partners, and members of the roles `coordinatorRoles` names.
    public func isCoordinator(_ role: Role) -> Bool { role == .partner || coordinatorRoles.contains(role) }

    /// "a partner" / "a partner or an associate", for messages.
    var coordinatorWords: RightsRefusal {
        let roles = [Role.partner] + coordinatorRoles.filter { $0 != .partner }
        return .either(roles.map { .aRole($0) })
    }
}

extension NetworkState {
    /// Works out who acts and for whom, or refuses an impersonation with the
    /// reason. A name that is no member is ignored by an administrator (who
    /// acts as themselves) and refused for a member, so a stale `$SAMEN_USER`
    /// is noticed rather than silently dropped.
    public func acting(_ ctx: ChangeContext) throws -> Acting {
        switch ctx.identity {
        case let .member(name):
            return Acting(person: name, member: member(actingAs: name), isAdministrator: false, actsFor: nil, name: name)
        case let .administrator(name):
            return Acting(person: name, member: member(actingAs: name), isAdministrator: true, actsFor: nil, name: name)
        case let .login(person, actingFor):
            // Someone who has left keeps their login on the server but no say in the network.
            let own = members.firstRecord { $0.login == person && ($0.left.map { ctx.today < $0 } ?? true) }
            let admin = network.administrators.contains(person)
            let yourself = Acting(person: person, member: own, isAdministrator: admin, actsFor: nil, name: person)
            guard let wanted = actingFor, !wanted.isEmpty, wanted != person else { return yourself }
            guard let target = member(actingAs: wanted) else {
                if admin || own == nil { return yourself }
                throw DomainError(RightsRefusal.notAMemberToActFor(wanted, youAre(person, own)))
            }
            if target.id == own?.id { return yourself }
            if network.sandbox || admin || own.map({ network.isCoordinator($0.role) }) == true {
                return Acting(person: person, member: target, isAdministrator: false, actsFor: target, name: wanted)
            }
            throw DomainError(RightsRefusal.mayNotActFor(youAre(person, own), coordinators: network.coordinatorWords, target: target.name))
        }
    }

    /// "you are samen-alice (Alice, an associate)" / "you are root, who is not a member of this network".
    func youAre(_ person: String, _ own: Member?) -> RightsRefusal {
        guard let own else { return .youAreOutsider(person) }
        return .youAre(person: person, name: own.name, role: own.role)
    }

    /// "you act as Katleen Verbeek (katleen)" / "you act as 'tester', who is not a member of this network".
    func actingPhrase(_ a: Acting) -> RightsRefusal {
        if let me = a.member { return .youActAs(name: me.name, login: a.name) }
        return .youActAsOutsider(a.name)
    }

    /// "you act as Katleen Verbeek (katleen), an associate".
    func actingRolePhrase(_ a: Acting) -> RightsRefusal {
        guard let me = a.member else { return actingPhrase(a) }
        return .withRole(actingPhrase(a), me.role)
    }
}
