/// Someone in the network, or someone the network works with.
public struct Member: Hashable, Sendable, JSONRecord {
    /// A short, stable handle people type: `lotte`, `eric-went`.
    public var id: String
    public var name: String
    public var role: Role
    public var skills: [String]
    public var seniority: Seniority
    public var city: String
    public var email: String?
    public var phone: String?
    /// Unix user name, so `$USER` on the shared server identifies the acting person.
    public var login: String?
    /// "Unit-2 Share": what this member says they are good at.
    public var pitch: String
    public var involvement: Involvement
    /// Contracted hours per week for network work, each with the day it took
    /// effect, oldest first, so capacity in past weeks stays right.
    public var hours: [ContractedHours]
    public var timeOff: [TimeOff]
    /// Desks rented in the shared space, for charging rent by desk (Unit-2).
    public var desks: Int
    /// Clients this member will not work for; staffing leaves them out.
    public var declinedClients: [String]
    public var joined: Day
    public var left: Day?

    public init(id: String, name: String, role: Role, skills: [String] = [], seniority: Seniority = .medior,
                city: String, email: String? = nil, phone: String? = nil, login: String? = nil, pitch: String = "",
                involvement: Involvement = .weekly, hours: [ContractedHours] = [], timeOff: [TimeOff] = [],
                desks: Int = 0, declinedClients: [String] = [], joined: Day, left: Day? = nil) {
        self.id = id; self.name = name; self.role = role; self.skills = skills; self.seniority = seniority
        self.city = city; self.email = email; self.phone = phone; self.login = login; self.pitch = pitch
        self.involvement = involvement; self.hours = hours; self.timeOff = timeOff; self.desks = desks
        self.declinedClients = declinedClients; self.joined = joined; self.left = left
    }

    /// Whether the member is still part of the network on `day`.
    public func isActive(on day: Day) -> Bool { joined <= day && (left.map { day < $0 } ?? true) }

    /// Contracted hours per week in force on `day` (0 before the first entry).
    public func contractedHours(on day: Day) -> Int {
        var current = 0
        for h in hours where h.from <= day { current = h.hoursPerWeek }
        return current
    }

    public func hasSkill(_ skill: String) -> Bool {
        skills.contains { $0.caseInsensitiveCompare(skill) == .orderedSame }
    }

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "member")
        id = try r.string("id")
        name = try r.string("name")
        role = try r.enumValue("role")
        skills = try r.stringArray("skills")
        seniority = try r.enumValue("seniority")
        city = try r.string("city")
        email = try r.optionalString("email")
        phone = try r.optionalString("phone")
        login = try r.optionalString("login")
        pitch = try r.optionalString("pitch") ?? ""
        involvement = try r.enumValue("involvement")
        hours = try r.objects("hours", ContractedHours.init(json:))
        timeOff = try r.objects("timeOff", TimeOff.init(json:))
        desks = try r.optionalSmallInt("desks") ?? 0
        declinedClients = try r.stringArray("declinedClients")
        joined = try r.day("joined")
        left = try r.optionalDay("left")
        try r.finish()
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", id); b.set("name", name); b.set("role", role)
        b.set("skills", skills); b.set("seniority", seniority); b.set("city", city)
        b.set("email", email); b.set("phone", phone); b.set("login", login)
        if !pitch.isEmpty { b.set("pitch", pitch) }
        b.set("involvement", involvement)
        b.setRecords("hours", hours); b.setRecords("timeOff", timeOff)
        if desks != 0 { b.set("desks", desks) }
        b.setNonEmpty("declinedClients", declinedClients)
        b.set("joined", joined); b.set("left", left)
        return b.value
    }
}

public enum Role: String, JSONEnum, Comparable {
    /// Shares in the result of the operating company (ST-groep).
    case partner
    /// A freelancer bound to the network who pays a contribution (ST-groep).
    case associate
    /// A member of a collective (Unit-2).
    case member
    /// Someone who asked to join and is not in yet.
    case applicant
    /// Someone outside the network who can be hired when nobody inside fits.
    case external

    public static func < (a: Role, b: Role) -> Bool { a.order < b.order }
    var order: Int { Self.allCases.firstIndex(of: self)! }
}

public enum Seniority: String, JSONEnum, Comparable {
    case junior, medior, senior
    public static func < (a: Seniority, b: Seniority) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How much a member takes part: some are in the space daily, some rarely
/// and bring big outside networks; both are welcome (Unit-2).
public enum Involvement: String, JSONEnum {
    case daily, weekly, monthly, rarely
}

public struct ContractedHours: Hashable, Sendable, JSONRecord {
    public var hoursPerWeek: Int
    public var from: Day

    public init(hoursPerWeek: Int, from: Day) { self.hoursPerWeek = hoursPerWeek; self.from = from }

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "contracted hours")
        hoursPerWeek = try r.smallInt("hoursPerWeek")
        from = try r.day("from")
        try r.finish()
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("from", from); b.set("hoursPerWeek", hoursPerWeek)
        return b.value
    }
}

public struct TimeOff: Hashable, Sendable, JSONRecord {
    public var range: DateRange
    public var note: String

    public init(range: DateRange, note: String = "") { self.range = range; self.note = note }

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "time off")
        let from = try r.day("from"), to = try r.day("to")
        guard let range = DateRange(from, to) else { throw JSONFieldError("time off ends (\(to)) before it starts (\(from))") }
        self.range = range
        note = try r.optionalString("note") ?? ""
        try r.finish()
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("from", range.start); b.set("to", range.end)
        if !note.isEmpty { b.set("note", note) }
        return b.value
    }
}
