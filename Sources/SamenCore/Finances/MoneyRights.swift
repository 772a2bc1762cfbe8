/// Who may change the network's money, and who may only look.
///
/// Trust at ST-groep rests on transparent books, so every member may view
/// them; but the rules that decide what members pay (rates, contribution
/// percentages, partner shares), the network's own costs and income, and the
/// year's close are the partners' business, or that of a role the network
/// marks as coordinator (`coordinatorRoles`), or of a member it names as a
/// bookkeeper (`bookkeepers`: Unit-2's main tenant books the rent in a
/// collective without partners). What a member earns or pays is theirs to
/// record; the people who keep the books may record it for anyone.
extension Network {
    /// Whether `member` keeps the books: a partner, a coordinator role, or a named bookkeeper.
    public func keepsTheBooks(_ member: Member) -> Bool {
        isCoordinator(member.role) || bookkeepers.contains(member.id)
    }

    /// "a partner or a coordinator" / "a partner, an associate or Eric Went (eric)", for messages;
    /// `first` names someone else who may (the member whose entry it is).
    func bookkeeperWords(_ members: SortedTable<String, Member>, besides first: String? = nil) -> RightsRefusal {
        var words: [RightsRefusal] = first.map { [.name($0)] } ?? []
        words.append(.aRole(.partner))
        let roles = coordinatorRoles.filter { $0 != .partner }
        if roles.isEmpty { words.append(.aCoordinator) }
        words += roles.map { .aRole($0) }
        words += bookkeepers.map { id in .name(members[id: id].map { "\($0.name) (\(id))" } ?? id) }
        return .either(words)
    }
}

extension NetworkState {
    /// Nil when the acting person keeps the books; otherwise a refusal that
    /// says who may `act` ("add a cost") and who the acting person is.
    func refusalUnlessBookkeeper(_ a: Acting, to act: RightsRefusal) -> Refusal? {
        if a.isAdministrator { return nil }
        if let me = a.member, network.keepsTheBooks(me) { return nil }
        return Refusal(.onlyMay(network.bookkeeperWords(members), act, acting: actingRolePhrase(a)))
    }

    /// A member's own entry (their revenue, their payment): they may record it
    /// themselves; those who keep the books may record it for anyone.
    func refusalUnlessSelfOrBookkeeper(_ a: Acting, for memberID: String, to act: RightsRefusal) -> Refusal? {
        if a.isAdministrator { return nil }
        if let me = a.member, me.id == memberID || network.keepsTheBooks(me) { return nil }
        let name = members[id: memberID]?.name ?? memberID
        return Refusal(.onlyMay(network.bookkeeperWords(members, besides: name), act, acting: actingRolePhrase(a)))
    }

    /// Whether the person of `identity` may see and change everything about money:
    /// the dashboard asks before it offers the forms only they may fill in.
    public func keepsTheBooks(_ identity: ChangeContext.Identity) -> Bool {
        guard let a = try? acting(ChangeContext(identity: identity)) else { return false }
        return refusalUnlessBookkeeper(a, to: .changeSettings) == nil
    }
}

extension Network {
    /// Whether `self` differs from `old` in what decides members' money or who decides it.
    func touchesMoneyRules(comparedTo old: Network) -> Bool {
        contributionRates != old.contributionRates || rateCard != old.rateCard || partnerShares != old.partnerShares
            || costCategories != old.costCategories || coordinatorRoles != old.coordinatorRoles || bookkeepers != old.bookkeepers
            || mediumProjectHours != old.mediumProjectHours || largeProjectHours != old.largeProjectHours
    }
}
