/// Who may register the network's own products and name who built them.
///
/// A product is the network's, so those who decide which work the network
/// takes (the `triage` setting: partners at ST-groep, every member at
/// Unit-2) register it. Saying you helped build one is
/// your own to say, as offering help is; a partner or coordinator may say it
/// for someone (the one who built it is on holiday, say).
extension NetworkState {
    func refusalToRegisterProduct(_ a: Acting) -> Refusal? {
        mayTriage(a) ? nil : Refusal(.onlyMay(triageWords, .registerProduct, acting: actingRolePhrase(a)))
    }

    func refusalToAddContributor(_ product: String, _ member: String, _ a: Acting) -> Refusal? {
        guard let m = members[id: member], !mayActFor(a, member) else { return nil }
        let productName = network.product(product)?.name ?? product
        var who: [RightsRefusal] = [.name(m.name), .aRole(.partner)]
        who += network.coordinatorRoles.filter { $0 != .partner }.map { .aRole($0) }
        return Refusal(.onlyMay(.either(who), .addContributor(m.name, product: productName), acting: actingRolePhrase(a)), field: .member)
    }
}
