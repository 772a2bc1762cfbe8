/// Registering and revoking the keys members sign their changes with.
extension NetworkState {
    mutating func addKey(_ id: String, _ key: SSHPublicKey, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var m = try existingMember(id)
        // One key, one person: a key registered to two members would let one sign as the other.
        if let owner = members.first(where: { $0.key(key.fingerprint) != nil }) {
            let said: MemberRefusal = owner.id == m.id
                ? (owner.key(key.fingerprint)?.isActive == true ? .keyRegistered(key.fingerprint, to: m.name) : .keyRevokedBefore(key.fingerprint, of: m.name))
                : .keyOfOther(key.fingerprint, owner: owner.name)
            throw DomainError(said, field: .member)
        }
        guard m.keys.count < Limits.keysPerMember else {
            throw DomainError(MemberRefusal.tooManyKeys(m.name, m.keys.count), field: .member)
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
            throw DomainError(MemberRefusal.noKey(m.name, fingerprint, theirs: have), field: .member)
        }
        guard m.keys[i].isActive else { throw DomainError(MemberRefusal.keyRevokedAlready(m.name, fingerprint), field: .member) }
        m.keys[i].revoked = ctx.now
        members.upsert(m)
        var out = ChangeOutcome(applied: .revokeKey(member: id, fingerprint: fingerprint),
                                said: .keyRevoked(name: m.name, fingerprint: fingerprint))
        out.members = [id]
        return out
    }
}
