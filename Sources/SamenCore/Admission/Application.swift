/// An applicant's application (issue 16): who introduced them, when they
/// applied, what members noted against the network's criteria, the views
/// members gave, and the decisions taken. Kept on the applicant's member
/// record, and never removed: a "not now" stays on file with its reason,
/// and the history logs every step.
public struct Application: Hashable, Sendable, JSONRecord {
    /// The member who introduced them (their id); nil when they came on their own.
    public var introducedBy: String?
    public var appliedOn: Day
    public var notes: [CriterionNote]
    /// One view per member: a second view from the same member replaces the first.
    public var views: [ApplicantView]
    /// Oldest first; the last one is in force.
    public var decisions: [AdmissionDecision]

    public init(introducedBy: String? = nil, appliedOn: Day, notes: [CriterionNote] = [], views: [ApplicantView] = [],
                decisions: [AdmissionDecision] = []) {
        self.introducedBy = introducedBy; self.appliedOn = appliedOn; self.notes = notes; self.views = views; self.decisions = decisions
    }

    /// The decision in force, if any.
    public var decision: AdmissionDecision? { decisions.last }
    /// Whether the network admitted them.
    public var isAdmitted: Bool { decision?.outcome == .admit }
    /// Still waiting for a decision, or said "not now" (which may be reconsidered).
    public var isOpen: Bool { decision == nil }

    public func count(_ stance: ApplicantView.Stance) -> Int { views.reduce(0) { $0 + ($1.stance == stance ? 1 : 0) } }
    public func notes(on criterion: String) -> [CriterionNote] { notes.filter { $0.criterion == criterion } }

    private enum Field {
        static let introducedBy: JSONKey = "introducedBy"
        static let appliedOn: JSONKey = "appliedOn"
        static let notes: JSONKey = "notes"
        static let views: JSONKey = "views"
        static let decisions: JSONKey = "decisions"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "application"
        var introducedBy: String?, appliedOn: Day?, notes: [CriterionNote] = [], views: [ApplicantView] = [], decisions: [AdmissionDecision] = []
        try s.object(what) { key, s in
            switch key {
            case Field.introducedBy: introducedBy = try s.optionalString()
            case Field.appliedOn: appliedOn = try s.day()
            case Field.notes: notes = try s.records()
            case Field.views: views = try s.records()
            case Field.decisions: decisions = try s.records()
            default: throw s.unknown(key, in: what)
            }
        }
        self.init(introducedBy: introducedBy, appliedOn: try required(appliedOn, "appliedOn", what), notes: notes, views: views, decisions: decisions)
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("introducedBy", introducedBy); b.set("appliedOn", appliedOn)
        b.setRecords("notes", notes); b.setRecords("views", views); b.setRecords("decisions", decisions)
        return b.value
    }
}

/// What a member noted about the applicant against one of the network's
/// criteria ("own clients: three housing corporations"). Never amounts:
/// Samen asks whether someone stands on their own feet, not what they earn.
public struct CriterionNote: Hashable, Sendable, JSONRecord {
    public var criterion: String
    public var by: String
    public var note: String
    public var on: Day

    public init(criterion: String, by: String, note: String, on: Day) {
        self.criterion = criterion; self.by = by; self.note = note; self.on = on
    }

    private enum Field {
        static let criterion: JSONKey = "criterion"
        static let by: JSONKey = "by"
        static let note: JSONKey = "note"
        static let on: JSONKey = "on"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "criterion note"
        var criterion: String?, by: String?, note: String?, on: Day?
        try s.object(what) { key, s in
            switch key {
            case Field.criterion: criterion = try s.string()
            case Field.by: by = try s.string()
            case Field.note: note = try s.string()
            case Field.on: on = try s.day()
            default: throw s.unknown(key, in: what)
            }
        }
        self.init(criterion: try required(criterion, "criterion", what), by: try required(by, "by", what),
                  note: try required(note, "note", what), on: try required(on, "on", what))
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("criterion", criterion); b.set("by", by); b.set("note", note); b.set("on", on)
        return b.value
    }
}

/// A member's view on an application: for, against, or a question, with a note.
public struct ApplicantView: Hashable, Sendable, JSONRecord {
    public enum Stance: String, JSONEnum {
        case `for`, against, question
    }

    public var by: String
    public var stance: Stance
    public var note: String
    public var on: Day

    public init(by: String, stance: Stance, note: String = "", on: Day) {
        self.by = by; self.stance = stance; self.note = note; self.on = on
    }

    private enum Field {
        static let by: JSONKey = "by"
        static let stance: JSONKey = "stance"
        static let note: JSONKey = "note"
        static let on: JSONKey = "on"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "view"
        var by: String?, stance: Stance?, note = "", on: Day?
        try s.object(what) { key, s in
            switch key {
            case Field.by: by = try s.string()
            case Field.stance: stance = try s.enumValue()
            case Field.note: note = try s.optionalString() ?? ""
            case Field.on: on = try s.day()
            default: throw s.unknown(key, in: what)
            }
        }
        self.init(by: try required(by, "by", what), stance: try required(stance, "stance", what), note: note, on: try required(on, "on", what))
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("by", by); b.set("stance", stance)
        if !note.isEmpty { b.set("note", note) }
        b.set("on", on)
        return b.value
    }
}

/// The network's decision: admit, with a role and a start date, or not now, with a reason.
public struct AdmissionDecision: Hashable, Sendable, JSONRecord {
    public enum Outcome: String, JSONEnum {
        case admit
        case notNow = "not-now"
    }

    public var outcome: Outcome
    /// For `admit`: the role they get and the day they start.
    public var role: Role?
    public var from: Day?
    /// For `notNow`: why, shown to the members and the applicant.
    public var reason: String
    public var by: String
    public var on: Day

    public init(outcome: Outcome, role: Role? = nil, from: Day? = nil, reason: String = "", by: String, on: Day) {
        self.outcome = outcome; self.role = role; self.from = from; self.reason = reason; self.by = by; self.on = on
    }

    private enum Field {
        static let outcome: JSONKey = "outcome"
        static let role: JSONKey = "role"
        static let from: JSONKey = "from"
        static let reason: JSONKey = "reason"
        static let by: JSONKey = "by"
        static let on: JSONKey = "on"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "decision"
        var outcome: Outcome?, role: Role?, from: Day?, reason = "", by: String?, on: Day?
        try s.object(what) { key, s in
            switch key {
            case Field.outcome: outcome = try s.enumValue()
            case Field.role: role = try s.optionalEnum()
            case Field.from: from = try s.optionalDay()
            case Field.reason: reason = try s.optionalString() ?? ""
            case Field.by: by = try s.string()
            case Field.on: on = try s.day()
            default: throw s.unknown(key, in: what)
            }
        }
        self.init(outcome: try required(outcome, "outcome", what), role: role, from: from, reason: reason,
                  by: try required(by, "by", what), on: try required(on, "on", what))
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("outcome", outcome); b.set("role", role); b.set("from", from)
        if !reason.isEmpty { b.set("reason", reason) }
        b.set("by", by); b.set("on", on)
        return b.value
    }
}

extension Application: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.text(introducedBy, "introducedBy"); c.day(appliedOn, "appliedOn")
        let most = Limits.Text.listItems
        if notes.count > most { return .items("notes", notes.count, most: most) }
        if views.count > most { return .items("views", views.count, most: most) }
        if decisions.count > most { return .items("decisions", decisions.count, most: most) }
        for n in notes { c.text(n.criterion, "criterion"); c.text(n.by, "by"); c.text(n.note, "note", max: Limits.Text.note); c.day(n.on, "on") }
        for v in views { c.text(v.by, "by"); c.text(v.note, "note", max: Limits.Text.note); c.day(v.on, "on") }
        for d in decisions { c.day(d.from, "from"); c.text(d.reason, "reason", max: Limits.Text.note); c.text(d.by, "by"); c.day(d.on, "on") }
        return c.problem
    }
}
