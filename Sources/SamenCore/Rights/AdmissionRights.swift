/// Who may take an application through (issue 16).
///
/// Any member in the network may enter an applicant they met, and give a
/// view or a note in their own name (a partner or coordinator may record
/// one given on the phone, as with offers of help). The decision is for
/// those who admit members today (`refusalToAdd`): those who keep the books,
/// who charge the newcomer's rent and contribution. In Unit-2 that is Eric,
/// the main tenant, who decides after the views as its coordinator; in
/// ST-groep the partners. Nobody admits someone to a role with more rights
/// than their own, the guard `refusalToEdit` puts on changing a role.
extension NetworkState {
    func refusalForAdmission(_ change: Change, _ a: Acting) -> Refusal? {
        switch change {
        case let .addApplicant(m):
            if let me = a.member, takesOnWork(me) { return nil }
            let name = m.name.isEmpty ? "someone" : m.name
            return Refusal(.onlyMay(.aMemberWhoTakesOnWork, .admission(.enterApplicant(name)), acting: actingRolePhrase(a)))
        case let .viewApplicant(applicant, v): return refusalToSpeakFor(v.by, on: applicant, a)
        case let .noteCriterion(applicant, n): return refusalToSpeakFor(n.by, on: applicant, a)
        case let .admitApplicant(id, role, _):
            guard let m = members[id: id] else { return nil }
            let what = RightsRefusal.admission(.admit(m.name, role))
            if let r = refusalUnlessBookkeeper(a, to: what) { return r }
            if let me = a.member, rank(role) > rank(me.role) {
                return Refusal(.onlyMay(partnerOrCoordinatorWords, what, acting: actingRolePhrase(a)), field: .role)
            }
            return nil
        case let .declineApplicant(id, _):
            guard let m = members[id: id] else { return nil }
            return refusalUnlessBookkeeper(a, to: .admission(.decline(m.name)))
        default:
            return nil
        }
    }

    /// A view or note is given in a member's own name, or recorded for them by a partner or coordinator.
    private func refusalToSpeakFor(_ by: String, on applicant: String, _ a: Acting) -> Refusal? {
        guard let speaker = members[id: by] else { return nil }
        if mayActFor(a, by) { return nil }
        let applicantName = members[id: applicant]?.name ?? applicant
        return Refusal(.onlyMay(.or(.name(speaker.name), network.coordinatorWords),
                                .admission(.giveViewFor(speaker.name, applicant: applicantName)), acting: actingRolePhrase(a)))
    }
}
