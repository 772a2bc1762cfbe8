/// Who may ask for help in whose name, and who may book money.
///
/// Only the member can say they need work or want advice (the seeds: people
/// must say so themselves), or a partner or coordinator for them. Money rights
/// are in `MoneyRights`.
extension NetworkState {
    func refusalToAsk(_ r: HelpRequest, _ a: Acting) -> Refusal? {
        guard let asker = members[id: r.from], !mayActFor(a, r.from) else { return nil }
        return Refusal("only \(asker.name) or \(network.coordinatorWords) can ask in \(asker.name)'s name; \(actingPhrase(a))", field: .member)
    }

    func refusalToBook(_ e: LedgerEntry, _ a: Acting) -> Refusal? {
        switch e.kind {
        case .correction, .contribution, .distribution: return nil   // refused by the change itself, whoever asks
        case .charge: return refusalUnlessBookkeeper(a, to: "charge a member a share of a cost")?.about(.kind)
        case .revenue, .payment:
            guard let id = e.member, let m = members[id: id] else { return nil }
            return refusalUnlessSelfOrBookkeeper(a, for: id, to: "add \(m.name)'s \(e.kind.rawValue)")?.about(.member)
        case .cost: return refusalUnlessBookkeeper(a, to: "add a cost")?.about(.kind)
        case .payout: return refusalUnlessBookkeeper(a, to: "pay a partner out")?.about(.kind)
        default: return refusalUnlessBookkeeper(a, to: "add other income")?.about(.kind)
        }
    }
}
