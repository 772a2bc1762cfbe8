/// Who may ask members to join a project, and who may answer.
///
/// Asking is part of staffing: whoever may staff the project (its lead,
/// those who triage, partners and coordinators) may ask. The answer is the
/// asked member's own, or of someone who may act for them (a partner or
/// coordinator who took the answer on the phone). The asked member has the
/// right to answer, not to staff: the yes puts them on the team because the
/// answer's own apply does it.
extension NetworkState {
    func refusalToAskToJoin(_ id: Int, _ a: Acting) -> Refusal? {
        guard let p = projects[id: id] else { return nil }
        return refusalUnlessLead(p, .askToJoin(id), a)
    }

    func refusalToAnswerAsk(_ member: String, _ project: Int, _ a: Acting) -> Refusal? {
        guard let m = members[id: member], !mayActFor(a, member) else { return nil }
        return Refusal(.onlyMay(.or(.name(m.name), network.coordinatorWords), .answerAskedOf(m.name, project: project), acting: actingRolePhrase(a)),
                       field: .member)
    }
}
