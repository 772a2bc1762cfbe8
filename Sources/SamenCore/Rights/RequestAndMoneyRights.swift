/// Who may ask for help in whose name, and who may book money.
///
/// Only the member can say they need work or want advice (the seeds: people
/// must say so themselves), or a partner or coordinator for them. Money rights
/// are in `MoneyRights`.
extension NetworkState {
    func refusalToAsk(_ r: HelpRequest, _ a: Acting) -> Refusal? {
        guard let asker = members[id: r.from], !mayActFor(a, r.from) else { return nil }
        return Refusal(.askInName(asker.name, coordinators: network.coordinatorWords, acting: actingPhrase(a)), field: .member)
    }

    func refusalToBook(_ e: LedgerEntry, _ a: Acting) -> Refusal? {
        switch e.kind {
        case .correction, .contribution, .distribution: return nil   // refused by the change itself, whoever asks
        case .charge: return refusalUnlessBookkeeper(a, to: .chargeShare)?.about(.kind)
        case .revenue, .payment:
            guard let id = e.member, let m = members[id: id] else { return nil }
            return refusalUnlessSelfOrBookkeeper(a, for: id, to: .addOwnEntry(m.name, e.kind))?.about(.member)
        case .cost: return refusalUnlessBookkeeper(a, to: .addCost)?.about(.kind)
        case .payout: return refusalUnlessBookkeeper(a, to: .payPartnerOut)?.about(.kind)
        default: return refusalUnlessBookkeeper(a, to: .addOtherIncome)?.about(.kind)
        }
    }
}
