/// An assignment: from the moment it comes in, through the decision to take
/// it, to the team that does it.
public struct Project: Hashable, Sendable, JSONRecord {
    public var id: Int
    public var title: String
    public var client: String
    /// The member who brought the work in; nil when it came to the collective.
    public var source: String?
    public var description: String
    public var skills: [String]
    public var city: String
    public var estimatedHours: Int
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

    public init(id: Int, title: String, client: String, source: String? = nil, description: String = "",
                skills: [String] = [], city: String, estimatedHours: Int, period: DateRange, budget: Money? = nil,
                maxTravelKm: Int? = nil, status: ProjectStatus = .incoming, lead: String? = nil,
                allocations: [Allocation] = [], externalHires: [ExternalHire] = [], declineReason: DeclineReason? = nil,
                accepted: Day? = nil, received: Timestamp, log: [Decision] = []) {
        self.id = id; self.title = title; self.client = client; self.source = source; self.description = description
        self.skills = skills; self.city = city; self.estimatedHours = estimatedHours; self.period = period
        self.budget = budget; self.maxTravelKm = maxTravelKm; self.status = status; self.lead = lead
        self.allocations = allocations; self.externalHires = externalHires; self.declineReason = declineReason
        self.accepted = accepted; self.received = received; self.log = log
    }

    public var weeks: Int { (period.dayCount + 6) / 7 }

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "project")
        id = Int(try r.int("id"))
        title = try r.string("title")
        client = try r.string("client")
        source = try r.optionalString("source")
        description = try r.optionalString("description") ?? ""
        skills = try r.stringArray("skills")
        city = try r.string("city")
        estimatedHours = try r.smallInt("estimatedHours")
        let start = try r.day("start"), end = try r.day("end")
        guard let period = DateRange(start, end) else { throw JSONFieldError("project ends (\(end)) before it starts (\(start))") }
        self.period = period
        budget = try r.optionalMoney("budget")
        maxTravelKm = try r.optionalSmallInt("maxTravelKm")
        status = try r.enumValue("status")
        lead = try r.optionalString("lead")
        allocations = try r.objects("allocations", Allocation.init(json:))
        externalHires = try r.objects("externalHires", ExternalHire.init(json:))
        declineReason = try r.optionalEnum("declineReason")
        accepted = try r.optionalDay("accepted")
        received = try r.timestamp("received")
        log = try r.objects("log", Decision.init(json:))
        try r.finish()
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", id); b.set("title", title); b.set("client", client); b.set("source", source)
        if !description.isEmpty { b.set("description", description) }
        b.set("skills", skills); b.set("city", city); b.set("estimatedHours", estimatedHours)
        b.set("start", period.start); b.set("end", period.end)
        b.set("budget", budget); b.set("maxTravelKm", maxTravelKm)
        b.set("status", status); b.set("lead", lead)
        b.setRecords("allocations", allocations); b.setRecords("externalHires", externalHires)
        b.set("declineReason", declineReason); b.set("accepted", accepted)
        b.set("received", received); b.setRecords("log", log)
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
    public var hoursPerWeek: Int
    public var range: DateRange

    public init(member: String, hoursPerWeek: Int, range: DateRange) {
        self.member = member; self.hoursPerWeek = hoursPerWeek; self.range = range
    }

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "allocation")
        member = try r.string("member")
        hoursPerWeek = try r.smallInt("hoursPerWeek")
        let from = try r.day("from"), to = try r.day("to")
        guard let range = DateRange(from, to) else { throw JSONFieldError("allocation ends (\(to)) before it starts (\(from))") }
        self.range = range
        try r.finish()
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
    public var hoursPerWeek: Int?

    public init(name: String, reason: String, hoursPerWeek: Int? = nil) {
        self.name = name; self.reason = reason; self.hoursPerWeek = hoursPerWeek
    }

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "external hire")
        name = try r.string("name")
        reason = try r.string("reason")
        hoursPerWeek = try r.optionalSmallInt("hoursPerWeek")
        try r.finish()
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

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "decision")
        at = try r.timestamp("at")
        by = try r.string("by")
        from = try r.optionalEnum("from")
        to = try r.enumValue("to")
        note = try r.optionalString("note") ?? ""
        try r.finish()
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("at", at); b.set("by", by); b.set("from", from); b.set("to", to)
        if !note.isEmpty { b.set("note", note) }
        return b.value
    }
}
