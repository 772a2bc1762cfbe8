/// The one answer to "may this person make this change now?".
///
/// `NetworkState.apply` asks it before anything else, so the command line,
/// the dashboard (whose pre-checks try the change on a copy) and a replay of
/// the history all get the same decision and the same words. It decides
/// rights only: whether the project exists or the dates fit is the change's
/// own validation, which follows.
public struct Refusal: Error, Equatable, CustomStringConvertible, Sendable {
    /// Why, as words chosen when they are shown.
    public var phrase: RightsRefusal
    /// The part of the change that makes it not this person's to make (whose revenue, which role), if one does.
    public var field: ChangeField?
    public init(_ phrase: RightsRefusal, field: ChangeField? = nil) { self.phrase = phrase; self.field = field }
    /// The words in the language shown now.
    public var message: String { phrase.text }
    public var description: String { phrase.text }

    /// The same refusal, about `field`.
    func about(_ field: ChangeField) -> Refusal { Refusal(phrase, field: field) }
}

extension NetworkState {
    /// Nil when `a` may declare the files as they are now the baseline the
    /// history is verified from (`samen verify --make-baseline`): everything
    /// before it is then taken on their word, so only a partner or an
    /// administrator may.
    public func refusalToMakeBaseline(by a: Acting) -> Refusal? {
        if a.isAdministrator || a.member?.role == .partner { return nil }
        return Refusal(.baseline(acting: actingRolePhrase(a)))
    }

    /// Nil when `a` may make `change`; otherwise why not, in a person's words.
    public func refusal(of change: Change, by a: Acting) -> Refusal? {
        // A sandbox lets anyone be anyone, so no change makes one, not even an administrator's.
        if case let .updateNetwork(n) = change, n.sandbox != network.sandbox {
            return Refusal(.sandbox(acting: actingRolePhrase(a)))
        }
        if a.isAdministrator { return nil }
        switch change {
        case let .addMember(m): return refusalToAdd(m, a)
        case let .editMember(e): return refusalToEdit(e, a)
        case let .memberLeft(id, _): return refusalUnlessForThem(id, a) { .recordLeaving($0) }
        case let .addTimeOff(id, _): return refusalUnlessForThem(id, a) { .addTimeOff($0) }
        case let .removeTimeOff(id, _): return refusalUnlessForThem(id, a) { .removeTimeOff($0) }
        case let .setDeclinedClients(id, _): return refusalUnlessForThem(id, a) { .sayDeclinedClients($0) }
        // A key signs in its member's name: theirs to register, or the bookkeepers' (a new laptop, a lost one).
        case let .addKey(id, _): return refusalUnlessForThem(id, a) { .registerKey($0) }
        case let .revokeKey(id, _): return refusalUnlessForThem(id, a) { .revokeKey($0) }
        case let .addProject(p): return refusalToRegister(p, a)
        case let .editProject(e): return refusalToEditProject(e.project, a)
        case let .setLead(id, _): return refusalToLead(id, a)
        case let .moveProject(id, to, _, _): return refusalToMove(id, to, a)
        case let .allocate(id, _), let .hireExternal(id, _), let .markSkillsOptional(id, _):
            return refusalToStaff(id, a)
        case let .removeAllocation(id, member):
            // Anyone may step off a team themselves.
            if a.member?.id == member { return nil }
            return refusalToStaff(id, a)
        case let .addRequest(r): return refusalToAsk(r, a)
        case let .offerHelp(_, member, _):
            guard let m = members[id: member] else { return nil }
            if mayActFor(a, member) { return nil }
            return Refusal(.offerHelpInName(m.name, coordinators: network.coordinatorWords, acting: actingPhrase(a)))
        case let .acceptOffer(id, _):
            guard let r = requests[id: id], !mayActFor(a, r.from) else { return nil }
            return Refusal(.acceptOfferOn(id, asker: askerName(r), coordinators: network.coordinatorWords, acting: actingPhrase(a)))
        case let .closeRequest(id, _):
            guard let r = requests[id: id], !mayActFor(a, r.from) else { return nil }
            return Refusal(.closeRequest(id, asker: askerName(r), coordinators: network.coordinatorWords, acting: actingPhrase(a)))
        case let .withdrawRequest(id):
            // Withdrawing says "I no longer ask": only the asker can say that.
            guard let r = requests[id: id], a.member?.id != r.from else { return nil }
            return Refusal(.withdrawRequest(id, asker: askerName(r), acting: actingPhrase(a)))
        case let .addLedgerEntry(e): return refusalToBook(e, a)
        case let .correctLedgerEntry(id, _, _):
            guard let original = ledger[id: id] else { return nil }
            // Correcting is as much a right as adding: a member may undo their own
            // revenue or payment; everything else is for those who keep the books.
            if let owner = original.member, original.kind == .revenue || original.kind == .payment {
                return refusalUnlessSelfOrBookkeeper(a, for: owner, to: .correctOwnEntry(id, name: members[id: owner]?.name ?? owner, original.kind))
            }
            return refusalUnlessBookkeeper(a, to: .correctEntry(id, original.kind))
        case .closeYear: return refusalUnlessBookkeeper(a, to: .closeAYear)
        case .setHourlyRate: return refusalUnlessBookkeeper(a, to: .changeRateCard)
        case .setContributionRate: return refusalUnlessBookkeeper(a, to: .changeContributionPercentages)
        case .shareCost: return refusalUnlessBookkeeper(a, to: .chargeSharedCost)
        case let .updateNetwork(n): return refusalToSet(n, a)
        case let .askToJoin(id, _, _, _): return refusalToAskToJoin(id, a)
        case let .answerAsk(id, member, _): return refusalToAnswerAsk(member, id, a)
        case let .steps(steps):
            // Each step is asked again as it is applied, on the state the
            // steps before it made; asked here too, so a pre-check of the whole names the first refusal.
            return steps.lazy.compactMap { refusal(of: $0, by: a) }.first
        case .addApplicant, .viewApplicant, .noteCriterion, .admitApplicant, .declineApplicant:
            return refusalForAdmission(change, a)
        case .addProduct: return refusalToRegisterProduct(a)
        case let .addProductContributor(p, m): return refusalToAddContributor(p, m, a)
        }
    }

    /// The member themselves, or a partner or coordinator, who may act for anyone.
    func mayActFor(_ a: Acting, _ memberID: String) -> Bool {
        if a.isAdministrator { return true }
        guard let me = a.member else { return false }
        return me.id == memberID || network.isCoordinator(me.role)
    }

    /// A member's own record (details, hours, time off, leaving): theirs, or
    /// that of those who keep the books, who admit members and so keep the
    /// register (Unit-2's main tenant as much as ST-groep's partners).
    /// `act` says what, given the member's name.
    func refusalUnlessForThem(_ id: String, _ a: Acting, to act: (String) -> RightsRefusal) -> Refusal? {
        guard let m = members[id: id] else { return nil }
        if let me = a.member, me.id == id || network.keepsTheBooks(me) { return nil }
        return Refusal(.onlyMay(network.bookkeeperWords(members, besides: m.name), act(m.name), acting: actingRolePhrase(a)))
    }

    /// Rights come in two ranks: those who act for the network (partners and
    /// coordinator roles) and the rest. Applicants and externals take on no work.
    func rank(_ role: Role) -> Int {
        network.isCoordinator(role) ? 2 : (role == .applicant || role == .external ? 0 : 1)
    }

    func takesOnWork(_ m: Member) -> Bool { m.role != .applicant && m.role != .external }
}
