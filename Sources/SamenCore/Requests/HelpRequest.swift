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
    public var hoursPerWeek: Int?
    public var deadline: Day?
    public var status: RequestStatus
    public var offers: [Offer]
    /// The member whose offer was accepted.
    public var accepted: String?
    public var closingNote: String?
    public var created: Timestamp
    public var closed: Timestamp?

    public init(id: Int, from: String, kind: RequestKind, tags: [String] = [], text: String, hoursPerWeek: Int? = nil,
                deadline: Day? = nil, status: RequestStatus = .open, offers: [Offer] = [], accepted: String? = nil,
                closingNote: String? = nil, created: Timestamp, closed: Timestamp? = nil) {
        self.id = id; self.from = from; self.kind = kind; self.tags = tags; self.text = text
        self.hoursPerWeek = hoursPerWeek; self.deadline = deadline; self.status = status; self.offers = offers
        self.accepted = accepted; self.closingNote = closingNote; self.created = created; self.closed = closed
    }

    public var isOpen: Bool { status == .open || status == .matched }

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "request")
        id = Int(try r.int("id"))
        from = try r.string("from")
        kind = try r.enumValue("kind")
        tags = try r.stringArray("tags")
        text = try r.string("text")
        hoursPerWeek = try r.optionalSmallInt("hoursPerWeek")
        deadline = try r.optionalDay("deadline")
        status = try r.enumValue("status")
        offers = try r.objects("offers", Offer.init(json:))
        accepted = try r.optionalString("accepted")
        closingNote = try r.optionalString("closingNote")
        created = try r.timestamp("created")
        closed = try r.optionalTimestamp("closed")
        try r.finish()
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
}

public struct Offer: Hashable, Sendable, JSONRecord {
    public var member: String
    public var note: String
    public var at: Timestamp

    public init(member: String, note: String, at: Timestamp) { self.member = member; self.note = note; self.at = at }

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "offer")
        member = try r.string("member")
        note = try r.optionalString("note") ?? ""
        at = try r.timestamp("at")
        try r.finish()
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("member", member); if !note.isEmpty { b.set("note", note) }; b.set("at", at)
        return b.value
    }
}
