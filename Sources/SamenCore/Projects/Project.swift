/// An assignment: from the moment it comes in, through the decision to take
/// it, to the team that does it.
public struct Project: Hashable, Sendable, JSONRecord {
    public var id: Int
    public var title: String
    public var client: String
    /// The member who brought the work in; nil when it came to the collective.
    public var source: String?
    public var description: String
    /// Every skill the work calls for; those in `optionalSkills` are nice to have.
    public var skills: [String]
    /// Skills of `skills` the lead marked optional: staffing counts them in
    /// "skills covered" but does not leave out someone who lacks them.
    public var optionalSkills: [String]
    public var city: String
    public var estimatedHours: Hours
    public var period: DateRange
    public var budget: Money?
    /// Farthest a member should travel for it, if the client or lead says so.
    public var maxTravelKm: Int?
    public var status: ProjectStatus
    /// The main contractor (hoofdaannemer) who organises the work.
    public var lead: String?
    public var allocations: [Allocation]
    public var externalHires: [ExternalHire]
    public var declineReason: DeclineReason?
    /// When the group accepted it; the rate card in force that day prices it.
    public var accepted: Day?
    public var received: Timestamp
    /// Who moved it where, when and why; appended, never rewritten.
    public var log: [Decision]
    /// Questions to members whether they want to join, with their answers (`JoinAsk`).
    public var asks: [JoinAsk] = []

    public init(id: Int, title: String, client: String, source: String? = nil, description: String = "",
                skills: [String] = [], optionalSkills: [String] = [], city: String, estimatedHours: Hours, period: DateRange, budget: Money? = nil,
                maxTravelKm: Int? = nil, status: ProjectStatus = .incoming, lead: String? = nil,
                allocations: [Allocation] = [], externalHires: [ExternalHire] = [], declineReason: DeclineReason? = nil,
                accepted: Day? = nil, received: Timestamp, log: [Decision] = [], asks: [JoinAsk] = []) {
        self.id = id; self.title = title; self.client = client; self.source = source; self.description = description
        self.skills = skills; self.optionalSkills = optionalSkills; self.city = city; self.estimatedHours = estimatedHours; self.period = period
        self.budget = budget; self.maxTravelKm = maxTravelKm; self.status = status; self.lead = lead
        self.allocations = allocations; self.externalHires = externalHires; self.declineReason = declineReason
        self.accepted = accepted; self.received = received; self.log = log; self.asks = asks
    }

    public var weeks: Int { (period.dayCount + 6) / 7 }

    /// The skills someone must have to be suggested: all but the optional ones.
    public var requiredSkills: [String] {
        skills.filter { s in !optionalSkills.contains { $0.caseInsensitiveCompare(s) == .orderedSame } }
    }

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let id: JSONKey = "id"
        static let title: JSONKey = "title"
        static let client: JSONKey = "client"
        static let source: JSONKey = "source"
        static let description: JSONKey = "description"
        static let skills: JSONKey = "skills"
        static let optionalSkills: JSONKey = "optionalSkills"
        static let city: JSONKey = "city"
        static let estimatedHours: JSONKey = "estimatedHours"
        static let start: JSONKey = "start"
        static let end: JSONKey = "end"
        static let budget: JSONKey = "budget"
        static let maxTravelKm: JSONKey = "maxTravelKm"
        static let status: JSONKey = "status"
        static let lead: JSONKey = "lead"
        static let allocations: JSONKey = "allocations"
        static let externalHires: JSONKey = "externalHires"
        static let declineReason: JSONKey = "declineReason"
        static let accepted: JSONKey = "accepted"
        static let received: JSONKey = "received"
        static let log: JSONKey = "log"
        static let asks: JSONKey = "asks"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "project"
        var id: Int64?, title: String?, client: String?, source: String?, description = "", skills: [String] = []
        var optionalSkills: [String] = []
        var city: String?, hours: Hours?, start: Day?, end: Day?, budget: Money?, maxTravel: Int?, status: ProjectStatus?
        var lead: String?, allocations: [Allocation] = [], hires: [ExternalHire] = [], reason: DeclineReason?
        var accepted: Day?, received: Timestamp?, log: [Decision] = []
        var asks: [JoinAsk] = []
        try s.object(what) { key, s in
            switch key {
            case Field.id: id = try s.int()
            case Field.title: title = try s.string()
            case Field.client: client = try s.string()
            case Field.source: source = try s.optionalString()
            case Field.description: description = try s.optionalString() ?? ""
            case Field.skills: skills = try s.stringArray()
            case Field.optionalSkills: optionalSkills = try s.stringArray()
            case Field.city: city = try s.string()
            case Field.estimatedHours: hours = try s.hours()
            case Field.start: start = try s.day()
            case Field.end: end = try s.day()
            case Field.budget: budget = try s.optionalMoney()
            case Field.maxTravelKm: maxTravel = try s.optionalSmallInt()
            case Field.status: status = try s.enumValue()
            case Field.lead: lead = try s.optionalString()
            case Field.allocations: allocations = try s.records()
            case Field.externalHires: hires = try s.records()
            case Field.declineReason: reason = try s.optionalEnum()
            case Field.accepted: accepted = try s.optionalDay()
            case Field.received: received = try s.timestamp()
            case Field.log: log = try s.records()
            case Field.asks: asks = try s.records()
            default: throw s.unknown(key, in: what)
            }
        }
        let first = try required(start, "start", what), last = try required(end, "end", what)
        guard let period = DateRange(first, last) else { throw JSONFieldError(RecordRule.endsBeforeStart("project", end: "\(last)", start: "\(first)")) }
        self.init(id: Int(try required(id, "id", what)), title: try required(title, "title", what), client: try required(client, "client", what),
                  source: source, description: description, skills: skills, optionalSkills: optionalSkills, city: try required(city, "city", what),
                  estimatedHours: try required(hours, "estimatedHours", what), period: period, budget: budget, maxTravelKm: maxTravel,
                  status: try required(status, "status", what), lead: lead, allocations: allocations, externalHires: hires,
                  declineReason: reason, accepted: accepted, received: try required(received, "received", what), log: log, asks: asks)
        if let p = rangeProblem { throw JSONFieldError(JSONFieldWords.record(what, p)) }
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", id); b.set("title", title); b.set("client", client); b.set("source", source)
        if !description.isEmpty { b.set("description", description) }
        b.set("skills", skills); b.setNonEmpty("optionalSkills", optionalSkills); b.set("city", city); b.set("estimatedHours", estimatedHours)
        b.set("start", period.start); b.set("end", period.end)
        b.set("budget", budget); b.set("maxTravelKm", maxTravelKm)
        b.set("status", status); b.set("lead", lead)
        b.setRecords("allocations", allocations); b.setRecords("externalHires", externalHires)
        b.set("declineReason", declineReason); b.set("accepted", accepted)
        b.set("received", received); b.setRecords("log", log)
        b.setRecords("asks", asks)
        return b.value
    }
}

/// The pipeline: incoming -> proposal -> active -> done, or off to declined,
/// lost or cancelled.
public enum ProjectStatus: String, JSONEnum {
    /// Arrived, not yet triaged.
    case incoming
    /// The group wants it and has a lead; an offer is out to the client.
    case proposal
    /// Won: the team's hours count as allocated.
    case active
    case done
    /// The group said no (with a reason).
    case declined
    /// The client said no.
    case lost
    case cancelled

    /// The moves a person may make from here.
    public var next: [ProjectStatus] {
        switch self {
        case .incoming: return [.proposal, .declined, .cancelled]
        case .proposal: return [.active, .lost, .declined, .cancelled]
        case .active: return [.done, .cancelled]
        case .done, .declined, .lost, .cancelled: return []
        }
    }

    public var isClosed: Bool { next.isEmpty }
}

/// Why the group said no. The seeds name the first two: not every assignment
/// fits the vision or can succeed; revenue may not be the main reason to accept.
public enum DeclineReason: String, JSONEnum {
    case vision = "does-not-fit"
    case unlikelyToSucceed = "unlikely-to-succeed"
    case noCapacity = "no-capacity"
    case clientTerms = "client-terms"
    case other

    public var label: String {
        switch self {
        case .vision: return "does not fit our vision or expertise"
        case .unlikelyToSucceed: return "not likely to succeed"
        case .noCapacity: return "no capacity"
        case .clientTerms: return "client or terms"
        case .other: return "other"
        }
    }
}

/// A member's hours on a project for part or all of its period.
public struct Allocation: Hashable, Sendable, JSONRecord {
    public var member: String
    public var hoursPerWeek: Hours
    public var range: DateRange

    public init(member: String, hoursPerWeek: Hours, range: DateRange) {
        self.member = member; self.hoursPerWeek = hoursPerWeek; self.range = range
    }

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let member: JSONKey = "member"
        static let hoursPerWeek: JSONKey = "hoursPerWeek"
        static let from: JSONKey = "from"
        static let to: JSONKey = "to"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "allocation"
        var member: String?, hours: Hours?, from: Day?, to: Day?
        try s.object(what) { key, s in
            switch key {
            case Field.member: member = try s.string()
            case Field.hoursPerWeek: hours = try s.hours()
            case Field.from: from = try s.day()
            case Field.to: to = try s.day()
            default: throw s.unknown(key, in: what)
            }
        }
        let start = try required(from, "from", what), end = try required(to, "to", what)
        guard let range = DateRange(start, end) else { throw JSONFieldError(RecordRule.endsBeforeStart("allocation", end: "\(end)", start: "\(start)")) }
        self.init(member: try required(member, "member", what), hoursPerWeek: try required(hours, "hoursPerWeek", what), range: range)
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("member", member); b.set("hoursPerWeek", hoursPerWeek)
        b.set("from", range.start); b.set("to", range.end)
        return b.value
    }
}

/// Someone from outside hired because nobody inside fits: quality comes first.
public struct ExternalHire: Hashable, Sendable, JSONRecord {
    public var name: String
    public var reason: String
    public var hoursPerWeek: Hours?

    public init(name: String, reason: String, hoursPerWeek: Hours? = nil) {
        self.name = name; self.reason = reason; self.hoursPerWeek = hoursPerWeek
    }

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let name: JSONKey = "name"
        static let reason: JSONKey = "reason"
        static let hoursPerWeek: JSONKey = "hoursPerWeek"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "external hire"
        var name: String?, reason: String?, hours: Hours?
        try s.object(what) { key, s in
            switch key {
            case Field.name: name = try s.string()
            case Field.reason: reason = try s.string()
            case Field.hoursPerWeek: hours = try s.optionalHours()
            default: throw s.unknown(key, in: what)
            }
        }
        self.init(name: try required(name, "name", what), reason: try required(reason, "reason", what), hoursPerWeek: hours)
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("name", name); b.set("reason", reason); b.set("hoursPerWeek", hoursPerWeek)
        return b.value
    }
}

/// One step in a project's decision log.
public struct Decision: Hashable, Sendable, JSONRecord {
    public var at: Timestamp
    public var by: String
    public var from: ProjectStatus?
    public var to: ProjectStatus
    public var note: String

    public init(at: Timestamp, by: String, from: ProjectStatus?, to: ProjectStatus, note: String = "") {
        self.at = at; self.by = by; self.from = from; self.to = to; self.note = note
    }

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let at: JSONKey = "at"
        static let by: JSONKey = "by"
        static let from: JSONKey = "from"
        static let to: JSONKey = "to"
        static let note: JSONKey = "note"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "decision"
        var at: Timestamp?, by: String?, from: ProjectStatus?, to: ProjectStatus?, note = ""
        try s.object(what) { key, s in
            switch key {
            case Field.at: at = try s.timestamp()
            case Field.by: by = try s.string()
            case Field.from: from = try s.optionalEnum()
            case Field.to: to = try s.enumValue()
            case Field.note: note = try s.optionalString() ?? ""
            default: throw s.unknown(key, in: what)
            }
        }
        self.init(at: try required(at, "at", what), by: try required(by, "by", what), from: from, to: try required(to, "to", what), note: note)
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("at", at); b.set("by", by); b.set("from", from); b.set("to", to)
        if !note.isEmpty { b.set("note", note) }
        return b.value
    }
}
