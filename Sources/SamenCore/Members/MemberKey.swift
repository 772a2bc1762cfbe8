/// A public key a member signs their changes with (issue 14).
///
/// Keys are data like everything else: registering and revoking one are
/// changes, signed and checked by the same rules, so `samen verify` knows at
/// every history line which keys were a member's. A revoked key stays on
/// the member: the changes signed with it before it was revoked stay valid,
/// and a change signed with it after is refused.
public struct MemberKey: Hashable, Sendable, JSONRecord {
    public var key: SSHPublicKey
    /// When it was registered (the registering change's instant).
    public var added: Timestamp
    /// When it was revoked; nil while it is in use.
    public var revoked: Timestamp?

    public init(key: SSHPublicKey, added: Timestamp, revoked: Timestamp? = nil) {
        self.key = key; self.added = added; self.revoked = revoked
    }

    public var isActive: Bool { revoked == nil }

    private enum Field {
        static let key: JSONKey = "key"
        static let comment: JSONKey = "comment"
        static let added: JSONKey = "added"
        static let revoked: JSONKey = "revoked"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "key"
        var line: String?, comment = "", added: Timestamp?, revoked: Timestamp?
        try s.object(what) { key, s in
            switch key {
            case Field.key: line = try s.string()
            case Field.comment: comment = try s.optionalString() ?? ""
            case Field.added: added = try s.timestamp()
            case Field.revoked: revoked = try s.optionalTimestamp()
            default: throw s.unknown(key, in: what)
            }
        }
        let parsed: SSHPublicKey
        do { parsed = try SSHPublicKey(line: try required(line, "key", what)) } catch let e as DomainError { throw JSONFieldError(RecordRule.key(e.phrase)) }
        guard comment.utf8.count <= Limits.Text.name else { throw JSONFieldError(RecordRule.keyComment(max: Int(Limits.Text.name))) }
        self.init(key: SSHPublicKey(raw: parsed.raw, comment: comment), added: try required(added, "added", what), revoked: revoked)
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("key", key.line)
        if !key.comment.isEmpty { b.set("comment", key.comment) }
        b.set("added", added); b.set("revoked", revoked)
        return b.value
    }
}

extension Member {
    /// The keys this member signs with now.
    public var activeKeys: [SSHPublicKey] { keys.filter(\.isActive).map(\.key) }

    /// The registered key with this fingerprint, active or not.
    public func key(_ fingerprint: String) -> MemberKey? { keys.first { $0.key.fingerprint == fingerprint } }
}
