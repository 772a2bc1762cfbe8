/// The network's register of its own products (`Product`), kept in
/// `network.json`: registering one, and naming who co-developed it.
extension NetworkState {
    mutating func addProduct(_ p: Product, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var p = p
        p.name = try Rules.nonEmpty(p.name, .productName, field: .name)
        p.id = p.id.isEmpty ? Rules.slug(p.name) : p.id
        guard !p.id.isEmpty, p.id.count <= 40, p.id.first != "-",
              p.id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw DomainError(ProductRefusal.badID(p.id), field: .name)
        }
        guard network.product(p.id) == nil else { throw DomainError(ProductRefusal.exists(p.id), field: .name) }
        guard p.started <= ctx.today else { throw DomainError(ProductRefusal.startsAfterToday(p.started)) }
        var seen: [String] = []
        for id in p.contributors where !seen.contains(id) {
            try contributor(id, on: ctx.today)
            seen.append(id)
        }
        p.contributors = seen
        var n = network
        n.products.append(p)
        network = n
        var out = ChangeOutcome(applied: .addProduct(p), said: .addedProduct(name: p.name, id: p.id))
        out.networkChanged = true
        return out
    }

    mutating func addProductContributor(_ product: String, _ member: String, _ ctx: ChangeContext) throws -> ChangeOutcome {
        guard let i = network.products.firstIndex(where: { $0.id == product }) else {
            throw DomainError(ProductRefusal.noProduct(product, known: network.products.map(\.id)))
        }
        let m = try contributor(member, on: ctx.today)
        let p = network.products[i]
        guard !p.contributors.contains(member) else {
            throw DomainError(ProductRefusal.contributesAlready(m.name, product: p.name), field: .member)
        }
        var n = network
        n.products[i].contributors.append(member)
        network = n
        var out = ChangeOutcome(applied: .addProductContributor(product: product, member: member),
                                said: .addedContributor(name: m.name, product: p.name))
        out.networkChanged = true
        return out
    }

    /// Someone who can have built it with the others: a member today who
    /// takes on work. An applicant is not in yet, an external is outside.
    @discardableResult
    private func contributor(_ id: String, on day: Day) throws -> Member {
        let m = try existingMember(id)
        if let left = m.left, left <= day { throw DomainError(ProductRefusal.notAWorkingMember(id), field: .member) }
        guard takesOnWork(m) else { throw DomainError(ProductRefusal.notAWorkingMember(id), field: .member) }
        return m
    }
}
