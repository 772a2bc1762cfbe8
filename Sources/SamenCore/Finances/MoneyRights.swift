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
    func bookkeeperWords(_ members: SortedTable<String, Member>, besides first: String? = nil) -> String {
        var words = first.map { [$0] } ?? []
        words.append("a partner")
        let roles = coordinatorRoles.filter { $0 != .partner }
        if roles.isEmpty { words.append("a coordinator") }
        words += roles.map { ($0 == .associate || $0 == .applicant || $0 == .external ? "an " : "a ") + $0.rawValue }
        words += bookkeepers.map { id in members[id: id].map { "\($0.name) (\(id))" } ?? id }
        return words.count == 1 ? words[0] : words.dropLast().joined(separator: ", ") + " or " + words.last!
    }
}

extension NetworkState {
    /// The acting member, if they keep the books; otherwise a refusal that says
    /// who may `act` ("add a cost") and who the acting person is.
    @discardableResult
    func requireBookkeeper(_ ctx: ChangeContext, to act: String) throws -> Member {
        if let me = member(actingAs: ctx.actor), network.keepsTheBooks(me) { return me }
        throw DomainError("only \(network.bookkeeperWords(members)) may \(act); \(actingRolePhrase(ctx))")
    }

    /// A member's own entry (their revenue, their payment): they may record it
    /// themselves; those who keep the books may record it for anyone.
    func requireSelfOrBookkeeper(_ ctx: ChangeContext, for memberID: String, to act: String) throws {
        if let me = member(actingAs: ctx.actor), me.id == memberID || network.keepsTheBooks(me) { return }
        let name = members[id: memberID]?.name ?? memberID
        throw DomainError("only \(network.bookkeeperWords(members, besides: name)) may \(act); \(actingRolePhrase(ctx))")
    }

    /// "you act as Katleen Verbeek (katleen), an associate".
    func actingRolePhrase(_ ctx: ChangeContext) -> String {
        guard let me = member(actingAs: ctx.actor) else { return actingPhrase(ctx) }
        return "\(actingPhrase(ctx)), \(Self.article(me.role)) \(me.role.rawValue)"
    }

    /// Whether the acting person may see and change everything about money.
    public func actorKeepsTheBooks(_ actor: String) -> Bool {
        member(actingAs: actor).map(network.keepsTheBooks) ?? false
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

extension NetworkState {
    /// A role that keeps the books is given or taken only by those who keep
    /// them, or else anyone could make themselves a partner and change the
    /// rates. The first such member of a new network is the exception: someone
    /// has to be first.
    func requireMayChangeBookkeeping(from old: Role?, to new: Role, of name: String, _ ctx: ChangeContext) throws {
        guard old != new, network.isCoordinator(new) || old.map(network.isCoordinator) == true else { return }
        guard members.contains(where: network.keepsTheBooks) else { return }
        let act = old == nil ? "add \(name) as \(Self.article(new)) \(new.rawValue)"
                             : "change \(name)'s role from \(old!.rawValue) to \(new.rawValue)"
        try requireBookkeeper(ctx, to: act)
    }

    static func article(_ role: Role) -> String {
        role == .associate || role == .applicant || role == .external ? "an" : "a"
    }
}
