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
            return Refusal("only members who take on work may register an assignment; \(actingRolePhrase(a))")
        }
        if let source = p.source, let m = members[id: source], !mayActFor(a, source) {
            return Refusal("only \(m.name) or \(network.coordinatorWords) may register an assignment as brought in by \(m.name); \(actingRolePhrase(a))", field: .source)
        }
        return nil
    }

    /// "a partner" / "a partner or an associate" / "a member who takes on work".
    var triageWords: String {
        switch network.triage {
        case .partners: return "a partner"
        case .coordinators: return network.coordinatorWords
        case .members: return "a member who takes on work"
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

    func refusalToTriage(_ id: Int, _ act: String, _ a: Acting) -> Refusal? {
        mayTriage(a) ? nil : Refusal("only \(triageWords) may \(act) in \(network.name) (triage: \(network.triage.rawValue)); \(actingRolePhrase(a))")
    }

    func refusalToLead(_ id: Int, _ a: Acting) -> Refusal? {
        guard let p = projects[id: id] else { return nil }
        if let lead = p.lead, a.member?.id == lead { return nil }
        return refusalToTriage(id, "choose who leads project \(id)", a)
    }

    func refusalToMove(_ id: Int, _ to: ProjectStatus, _ a: Acting) -> Refusal? {
        guard let p = projects[id: id] else { return nil }
        if p.status == .incoming || to == .declined {
            let act = to == .proposal ? "accept project \(id)" : to == .declined ? "decline project \(id)" : "cancel project \(id)"
            return refusalToTriage(id, act, a)
        }
        let act = to == .active ? "mark project \(id) as won" : to == .lost ? "mark project \(id) as lost"
                : to == .done ? "mark project \(id) as finished" : "cancel project \(id)"
        return refusalUnlessLead(p, act, a)
    }

    /// What the work is belongs with who runs it; before anyone leads it,
    /// with those who triage (and the lead too, once there is one).
    func refusalToEditProject(_ id: Int, _ a: Acting) -> Refusal? {
        guard let p = projects[id: id] else { return nil }
        return refusalUnlessLead(p, "edit project \(id)", a)
    }

    func refusalToStaff(_ id: Int, _ a: Acting) -> Refusal? {
        guard let p = projects[id: id] else { return nil }
        return refusalUnlessLead(p, "staff project \(id)", a)
    }

    func refusalUnlessLead(_ p: Project, _ act: String, _ a: Acting) -> Refusal? {
        if let me = a.member, me.id == p.lead || network.isCoordinator(me.role) || mayTriage(a) { return nil }
        let lead = p.lead.map { "its lead (\(members[id: $0]?.name ?? $0))" } ?? "its lead"
        let others = network.triage == .members ? triageWords : network.coordinatorWords
        return Refusal("only \(lead) or \(others) may \(act); \(actingRolePhrase(a))")
    }
}
