/// Who may register, triage, lead, staff and close assignments.
///
/// Triage follows the network's `triage` setting. Once a project has a lead
/// (the main contractor), the lead runs it: staffing it and saying it was won,
/// lost, finished or cancelled. Those who triage may too, as the network's
/// decision on what it takes on includes who does it; and partners and
/// coordinators, who may act for anyone.
extension NetworkState {
    func refusalToRegister(_ p: Project, _ a: Acting) -> Refusal? {
        guard let me = a.member, takesOnWork(me) else {
            return Refusal(.registerAssignment(acting: actingRolePhrase(a)))
        }
        if let source = p.source, let m = members[id: source], !mayActFor(a, source) {
            return Refusal(.onlyMay(.or(.name(m.name), network.coordinatorWords), .registerBroughtInBy(m.name), acting: actingRolePhrase(a)), field: .source)
        }
        return nil
    }

    /// "a partner" / "a partner or an associate" / "a member who takes on work".
    var triageWords: RightsRefusal {
        switch network.triage {
        case .partners: return .aRole(.partner)
        case .coordinators: return network.coordinatorWords
        case .members: return .aMemberWhoTakesOnWork
        }
    }

    func mayTriage(_ a: Acting) -> Bool {
        if a.isAdministrator { return true }
        guard let me = a.member else { return false }
        switch network.triage {
        case .partners: return me.role == .partner
        case .coordinators: return network.isCoordinator(me.role)
        case .members: return takesOnWork(me)
        }
    }

    func refusalToTriage(_ id: Int, _ act: RightsRefusal, _ a: Acting) -> Refusal? {
        mayTriage(a) ? nil : Refusal(.triage(triageWords, act: act, network: network.name, setting: network.triage.rawValue, acting: actingRolePhrase(a)))
    }

    func refusalToLead(_ id: Int, _ a: Acting) -> Refusal? {
        guard let p = projects[id: id] else { return nil }
        if let lead = p.lead, a.member?.id == lead { return nil }
        return refusalToTriage(id, .chooseLead(id), a)
    }

    func refusalToMove(_ id: Int, _ to: ProjectStatus, _ a: Acting) -> Refusal? {
        guard let p = projects[id: id] else { return nil }
        if p.status == .incoming || to == .declined {
            let act: RightsRefusal = to == .proposal ? .acceptProject(id) : to == .declined ? .declineProject(id) : .cancelProject(id)
            return refusalToTriage(id, act, a)
        }
        let act: RightsRefusal = to == .active ? .markWon(id) : to == .lost ? .markLost(id)
                : to == .done ? .markFinished(id) : .cancelProject(id)
        return refusalUnlessLead(p, act, a)
    }

    /// What the work is belongs with who runs it; before anyone leads it,
    /// with those who triage (and the lead too, once there is one).
    func refusalToEditProject(_ id: Int, _ a: Acting) -> Refusal? {
        guard let p = projects[id: id] else { return nil }
        return refusalUnlessLead(p, .editProject(id), a)
    }

    func refusalToStaff(_ id: Int, _ a: Acting) -> Refusal? {
        guard let p = projects[id: id] else { return nil }
        return refusalUnlessLead(p, .staffProject(id), a)
    }

    func refusalUnlessLead(_ p: Project, _ act: RightsRefusal, _ a: Acting) -> Refusal? {
        if let me = a.member, me.id == p.lead || network.isCoordinator(me.role) || mayTriage(a) { return nil }
        let lead = RightsRefusal.itsLead(p.lead.map { members[id: $0]?.name ?? $0 })
        let others = network.triage == .members ? triageWords : network.coordinatorWords
        return Refusal(.onlyMay(.or(lead, others), act, acting: actingRolePhrase(a)))
    }
}
