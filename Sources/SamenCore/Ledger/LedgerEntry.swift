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
    /// Booked ahead of its date on purpose (next month's rent): an entry
    /// dated after the day it is made is refused unless it says so, which
    /// catches a mistyped year. It counts like any other entry of its year;
    /// reports show the part of a year still planned apart.
    public var planned: Bool

    public init(id: Int, kind: LedgerKind, date: Day, amount: Money, member: String? = nil, project: Int? = nil,
                category: String? = nil, payee: String? = nil, note: String = "", rate: Int64? = nil,
                relatesTo: Int? = nil, year: Int? = nil, at: Timestamp, by: String, planned: Bool = false) {
        self.id = id; self.kind = kind; self.date = date; self.amount = amount; self.member = member
        self.project = project; self.category = category; self.payee = payee; self.note = note; self.rate = rate
        self.relatesTo = relatesTo; self.year = year; self.at = at; self.by = by; self.planned = planned
    }

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let id: JSONKey = "id"
        static let kind: JSONKey = "kind"
        static let date: JSONKey = "date"
        static let amount: JSONKey = "amount"
        static let member: JSONKey = "member"
        static let project: JSONKey = "project"
        static let category: JSONKey = "category"
        static let payee: JSONKey = "payee"
        static let note: JSONKey = "note"
        static let rate: JSONKey = "rate"
        static let relatesTo: JSONKey = "relatesTo"
        static let year: JSONKey = "year"
        static let at: JSONKey = "at"
        static let by: JSONKey = "by"
        static let planned: JSONKey = "planned"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "ledger entry"
        var id: Int64?, kind: LedgerKind?, date: Day?, amount: Money?, member: String?, project: Int64?, category: String?
        var payee: String?, note = "", rate: Int64?, relatesTo: Int64?, year: Int?, at: Timestamp?, by: String?, planned = false
        try s.object(what) { key, s in
            switch key {
            case Field.id: id = try s.int()
            case Field.kind: kind = try s.enumValue()
            case Field.date: date = try s.day()
            case Field.amount: amount = try s.money()
            case Field.member: member = try s.optionalString()
            case Field.project: project = try s.optionalInt()
            case Field.category: category = try s.optionalString()
            case Field.payee: payee = try s.optionalString()
            case Field.note: note = try s.optionalString() ?? ""
            case Field.rate: rate = try s.optionalInt()
            case Field.relatesTo: relatesTo = try s.optionalInt()
            case Field.year: year = try s.optionalSmallInt()
            case Field.at: at = try s.timestamp()
            case Field.by: by = try s.string()
            case Field.planned:
                guard case let .bool(b) = try s.value() else { throw JSONFieldError(JSONFieldWords.field("ledger entry", key: "planned", RecordRule.trueOrFalse)) }
                planned = b
            default: throw s.unknown(key, in: what)
            }
        }
        self.init(id: Int(try required(id, "id", what)), kind: try required(kind, "kind", what), date: try required(date, "date", what),
                  amount: try required(amount, "amount", what), member: member, project: project.map { Int($0) }, category: category,
                  payee: payee, note: note, rate: rate, relatesTo: relatesTo.map { Int($0) }, year: year,
                  at: try required(at, "at", what), by: try required(by, "by", what), planned: planned)
        if let p = rangeProblem { throw JSONFieldError(JSONFieldWords.record(what, p)) }
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", id); b.set("kind", kind); b.set("date", date); b.set("amount", amount)
        b.set("member", member); b.set("project", project); b.set("category", category); b.set("payee", payee)
        if !note.isEmpty { b.set("note", note) }
        b.set("rate", rate); b.set("relatesTo", relatesTo); b.set("year", year)
        b.set("at", at); b.set("by", by)
        if planned { b.set("planned", true) }
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
    /// Paid by the network to a partner out of their shares of results: what
    /// settles a distribution, as a payment settles a contribution.
    case payout
    /// Reverses one entry, with a reason.
    case correction
}
