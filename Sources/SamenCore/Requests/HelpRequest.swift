/// A member asking the network for something: advice ("Unit-2 Help"), or
/// work, because freelancers rarely say out loud that it is going badly and
/// the network can only pass work on when they do.
public struct HelpRequest: Hashable, Sendable, JSONRecord {
    public var id: Int
    public var from: String
    public var kind: RequestKind
    public var tags: [String]
    public var text: String
    /// For "needs work": the hours a week the member would like to fill.
    public var hoursPerWeek: Hours?
    public var deadline: Day?
    public var status: RequestStatus
    public var offers: [Offer]
    /// The member whose offer was accepted.
    public var accepted: String?
    public var closingNote: String?
    public var created: Timestamp
    public var closed: Timestamp?

    public init(id: Int, from: String, kind: RequestKind, tags: [String] = [], text: String, hoursPerWeek: Hours? = nil,
                deadline: Day? = nil, status: RequestStatus = .open, offers: [Offer] = [], accepted: String? = nil,
                closingNote: String? = nil, created: Timestamp, closed: Timestamp? = nil) {
        self.id = id; self.from = from; self.kind = kind; self.tags = tags; self.text = text
        self.hoursPerWeek = hoursPerWeek; self.deadline = deadline; self.status = status; self.offers = offers
        self.accepted = accepted; self.closingNote = closingNote; self.created = created; self.closed = closed
    }

    public var isOpen: Bool { status.isOpen }

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let id: JSONKey = "id"
        static let from: JSONKey = "from"
        static let kind: JSONKey = "kind"
        static let tags: JSONKey = "tags"
        static let text: JSONKey = "text"
        static let hoursPerWeek: JSONKey = "hoursPerWeek"
        static let deadline: JSONKey = "deadline"
        static let status: JSONKey = "status"
        static let offers: JSONKey = "offers"
        static let accepted: JSONKey = "accepted"
        static let closingNote: JSONKey = "closingNote"
        static let created: JSONKey = "created"
        static let closed: JSONKey = "closed"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "request"
        var id: Int64?, from: String?, kind: RequestKind?, tags: [String] = [], text: String?, hours: Hours?, deadline: Day?
        var status: RequestStatus?, offers: [Offer] = [], accepted: String?, closingNote: String?, created: Timestamp?, closed: Timestamp?
        try s.object(what) { key, s in
            switch key {
            case Field.id: id = try s.int()
            case Field.from: from = try s.string()
            case Field.kind: kind = try s.enumValue()
            case Field.tags: tags = try s.stringArray()
            case Field.text: text = try s.string()
            case Field.hoursPerWeek: hours = try s.optionalHours()
            case Field.deadline: deadline = try s.optionalDay()
            case Field.status: status = try s.enumValue()
            case Field.offers: offers = try s.records()
            case Field.accepted: accepted = try s.optionalString()
            case Field.closingNote: closingNote = try s.optionalString()
            case Field.created: created = try s.timestamp()
            case Field.closed: closed = try s.optionalTimestamp()
            default: throw s.unknown(key, in: what)
            }
        }
        self.init(id: Int(try required(id, "id", what)), from: try required(from, "from", what), kind: try required(kind, "kind", what),
                  tags: tags, text: try required(text, "text", what), hoursPerWeek: hours, deadline: deadline,
                  status: try required(status, "status", what), offers: offers, accepted: accepted, closingNote: closingNote,
                  created: try required(created, "created", what), closed: closed)
        if let p = rangeProblem { throw JSONFieldError(JSONFieldWords.record(what, p)) }
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", id); b.set("from", from); b.set("kind", kind); b.set("tags", tags); b.set("text", text)
        b.set("hoursPerWeek", hoursPerWeek); b.set("deadline", deadline); b.set("status", status)
        b.setRecords("offers", offers); b.set("accepted", accepted); b.set("closingNote", closingNote)
        b.set("created", created); b.set("closed", closed)
        return b.value
    }
}

public enum RequestKind: String, JSONEnum {
    case advice
    case needsWork = "needs-work"
    case other
}

public enum RequestStatus: String, JSONEnum {
    case open, matched, closed, withdrawn

    /// Still looking for help or being helped: not closed or withdrawn.
    public var isOpen: Bool { self == .open || self == .matched }
}

public struct Offer: Hashable, Sendable, JSONRecord {
    public var member: String
    public var note: String
    public var at: Timestamp

    public init(member: String, note: String, at: Timestamp) { self.member = member; self.note = note; self.at = at }

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let member: JSONKey = "member"
        static let note: JSONKey = "note"
        static let at: JSONKey = "at"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "offer"
        var member: String?, note = "", at: Timestamp?
        try s.object(what) { key, s in
            switch key {
            case Field.member: member = try s.string()
            case Field.note: note = try s.optionalString() ?? ""
            case Field.at: at = try s.timestamp()
            default: throw s.unknown(key, in: what)
            }
        }
        self.init(member: try required(member, "member", what), note: note, at: try required(at, "at", what))
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("member", member); if !note.isEmpty { b.set("note", note) }; b.set("at", at)
        return b.value
    }
}
