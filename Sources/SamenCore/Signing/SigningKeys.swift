extension NetworkState {
    /// Who signs a change made with `ctx`, and with which keys.
    ///
    /// The author is the person at the keyboard, never the member they act
    /// for: a partner recording an associate's offer signs it themselves.
    /// Their keys are those registered and not revoked before the change,
    /// and a key the change itself registers for them (signing the line that
    /// registers it proves they hold it). The store signs with this and
    /// `samen verify` checks with it, each on the state before the change.
    public func signingKeys(_ ctx: ChangeContext, for change: Change) -> (author: Member?, keys: [SSHPublicKey]) {
        let author: Member?
        switch ctx.identity {
        case let .login(person, _): author = members.firstRecord { $0.login == person && ($0.left.map { ctx.today < $0 } ?? true) }
        case let .member(name), let .administrator(name): author = member(actingAs: name)
        }
        guard let author else { return (nil, []) }
        var keys = author.activeKeys
        func registered(_ c: Change) {
            switch c {
            case let .addKey(id, key) where id == author.id: keys.append(key)
            case let .steps(steps): steps.forEach(registered)
            default: break
            }
        }
        registered(change)
        return (author, keys)
    }
}
