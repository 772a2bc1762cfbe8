/// Registering and revoking the keys members sign their changes with.
extension NetworkState {
    mutating func addKey(_ id: String, _ key: SSHPublicKey, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var m = try existingMember(id)
        // One key, one person: a key registered to two members would let one sign as the other.
        if let owner = members.first(where: { $0.key(key.fingerprint) != nil }) {
            let said = owner.id == m.id
                ? (owner.key(key.fingerprint)?.isActive == true ? "is already registered to \(m.name)" : "was \(m.name)'s and was revoked; a revoked key is not taken back, make a new one (ssh-keygen -t ed25519)")
                : "is registered to \(owner.name); a key signs for one member only"
            throw DomainError("key \(key.fingerprint) \(said)", field: .member)
        }
        guard m.keys.count < Limits.keysPerMember else {
            throw DomainError("\(m.name) has \(m.keys.count) keys registered, the most there can be", field: .member)
        }
        m.keys.append(MemberKey(key: key, added: ctx.now))
        members.upsert(m)
        var out = ChangeOutcome(applied: .addKey(member: id, key: key), said: .keyAdded(name: m.name, fingerprint: key.fingerprint))
        out.members = [id]
        return out
    }

    mutating func revokeKey(_ id: String, _ fingerprint: String, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var m = try existingMember(id)
        guard let i = m.keys.firstIndex(where: { $0.key.fingerprint == fingerprint }) else {
            let have = m.keys.filter(\.isActive).map(\.key.fingerprint)
            throw DomainError("\(m.name) has no key \(fingerprint)" + (have.isEmpty ? "" : "; theirs: " + have.joined(separator: ", ")), field: .member)
        }
        guard m.keys[i].isActive else { throw DomainError("\(m.name)'s key \(fingerprint) is revoked already", field: .member) }
        m.keys[i].revoked = ctx.now
        members.upsert(m)
        var out = ChangeOutcome(applied: .revokeKey(member: id, fingerprint: fingerprint),
                                said: .keyRevoked(name: m.name, fingerprint: fingerprint))
        out.members = [id]
        return out
    }
}
