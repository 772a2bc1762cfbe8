/// One line of the network's books. Entries are appended and never edited or
/// deleted: a mistake is undone by a correction that reverses it, so the
/// history an accountant or a partner reads is the history that happened.
public struct LedgerEntry: Hashable, Sendable, JSONRecord {
    public var id: Int
    public var kind: LedgerKind
    public var date: Day
    /// Positive for every kind but a correction (the reverse of what it
    /// corrects) and a distribution (negative when a loss is shared).
    public var amount: Money
    public var member: String?
    public var project: Int?
    public var category: String?
    public var payee: String?
    public var note: String
    /// A contribution's rate in basis points (1000 = 10 %), stored on the
    /// entry so a later rate change never rewrites the past.
    public var rate: Int64?
    /// The entry this one follows from: a contribution's revenue, a
    /// correction's corrected entry, a charge's shared cost.
    public var relatesTo: Int?
    /// The financial year a distribution closes.
    public var year: Int?
    public var at: Timestamp
    public var by: String

    public init(id: Int, kind: LedgerKind, date: Day, amount: Money, member: String? = nil, project: Int? = nil,
                category: String? = nil, payee: String? = nil, note: String = "", rate: Int64? = nil,
                relatesTo: Int? = nil, year: Int? = nil, at: Timestamp, by: String) {
        self.id = id; self.kind = kind; self.date = date; self.amount = amount; self.member = member
        self.project = project; self.category = category; self.payee = payee; self.note = note; self.rate = rate
        self.relatesTo = relatesTo; self.year = year; self.at = at; self.by = by
    }

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "ledger entry")
        id = Int(try r.int("id"))
        kind = try r.enumValue("kind")
        date = try r.day("date")
        amount = try r.money("amount")
        member = try r.optionalString("member")
        project = try r.optionalInt("project").map { Int($0) }
        category = try r.optionalString("category")
        payee = try r.optionalString("payee")
        note = try r.optionalString("note") ?? ""
        rate = try r.optionalInt("rate")
        relatesTo = try r.optionalInt("relatesTo").map { Int($0) }
        year = try r.optionalSmallInt("year")
        at = try r.timestamp("at")
        by = try r.string("by")
        try r.finish()
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", id); b.set("kind", kind); b.set("date", date); b.set("amount", amount)
        b.set("member", member); b.set("project", project); b.set("category", category); b.set("payee", payee)
        if !note.isEmpty { b.set("note", note) }
        b.set("rate", rate); b.set("relatesTo", relatesTo); b.set("year", year)
        b.set("at", at); b.set("by", by)
        return b.value
    }
}

public enum LedgerKind: String, JSONEnum {
    /// Earned by a member through the network.
    case revenue
    /// What a member pays the network on a revenue (ST-groep's percentage).
    case contribution
    /// Income of the network other than contributions.
    case income
    /// Spent by the network: rent, secretary, website, accountant, outings...
    case cost
    /// A member's share of a shared cost (rent by desks, or equally).
    case charge
    /// Money a member paid to the network against what they owe.
    case payment
    /// A partner's share of the year's result.
    case distribution
    /// Reverses one entry, with a reason.
    case correction
}
