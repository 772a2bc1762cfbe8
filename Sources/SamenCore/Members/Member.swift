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
    /// The public keys their changes are signed with (`MemberKey`), revoked ones kept.
    public var keys: [MemberKey]
    /// An applicant's application and its decision (issue 16); kept after admission or a "not now".
    public var application: Application?
    /// Kinds of work (skills or topics) the member would like more of;
    /// staffing weighs it as one explained part ("wants more facilitation ↑").
    public var wantsMore: [String] = []

    public init(id: String, name: String, role: Role, skills: [String] = [], seniority: Seniority = .medior,
                city: String, email: String? = nil, phone: String? = nil, login: String? = nil, pitch: String = "",
                involvement: Involvement = .weekly, hours: [ContractedHours] = [], timeOff: [TimeOff] = [],
                desks: Int = 0, declinedClients: [String] = [], joined: Day, left: Day? = nil, keys: [MemberKey] = [],
                application: Application? = nil, wantsMore: [String] = []) {
        self.id = id; self.name = name; self.role = role; self.skills = skills; self.seniority = seniority
        self.city = city; self.email = email; self.phone = phone; self.login = login; self.pitch = pitch
        self.involvement = involvement; self.hours = hours; self.timeOff = timeOff; self.desks = desks
        self.declinedClients = declinedClients; self.joined = joined; self.left = left; self.keys = keys
        self.application = application; self.wantsMore = wantsMore
    }

    /// Whether the member is still part of the network on `day`.
    public func isActive(on day: Day) -> Bool { joined <= day && (left.map { day < $0 } ?? true) }

    /// Contracted hours per week in force on `day` (0 before the first entry).
    public func contractedHours(on day: Day) -> Hours {
        var current = Hours.zero
        for h in hours where h.from <= day { current = h.hoursPerWeek }
        return current
    }

    public func hasSkill(_ skill: String) -> Bool {
        skills.contains { $0.caseInsensitiveCompare(skill) == .orderedSame }
    }

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let id: JSONKey = "id"
        static let name: JSONKey = "name"
        static let role: JSONKey = "role"
        static let skills: JSONKey = "skills"
        static let seniority: JSONKey = "seniority"
        static let city: JSONKey = "city"
        static let email: JSONKey = "email"
        static let phone: JSONKey = "phone"
        static let login: JSONKey = "login"
        static let pitch: JSONKey = "pitch"
        static let involvement: JSONKey = "involvement"
        static let hours: JSONKey = "hours"
        static let timeOff: JSONKey = "timeOff"
        static let desks: JSONKey = "desks"
        static let declinedClients: JSONKey = "declinedClients"
        static let joined: JSONKey = "joined"
        static let left: JSONKey = "left"
        static let keys: JSONKey = "keys"
        static let wantsMore: JSONKey = "wantsMore"
        static let application: JSONKey = "application"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "member"
        var id: String?, name: String?, role: Role?, skills: [String] = [], seniority: Seniority?, city: String?
        var email: String?, phone: String?, login: String?, pitch = "", involvement: Involvement?
        var hours: [ContractedHours] = [], timeOff: [TimeOff] = [], desks = 0, declined: [String] = []
        var joined: Day?, left: Day?, keys: [MemberKey] = [], application: Application?
        var wantsMore: [String] = []
        try s.object(what) { key, s in
            switch key {
            case Field.id: id = try s.string()
            case Field.name: name = try s.string()
            case Field.role: role = try s.enumValue()
            case Field.skills: skills = try s.stringArray()
            case Field.seniority: seniority = try s.enumValue()
            case Field.city: city = try s.string()
            case Field.email: email = try s.optionalString()
            case Field.phone: phone = try s.optionalString()
            case Field.login: login = try s.optionalString()
            case Field.pitch: pitch = try s.optionalString() ?? ""
            case Field.involvement: involvement = try s.enumValue()
            case Field.hours: hours = try s.records()
            case Field.timeOff: timeOff = try s.records()
            case Field.desks: desks = try s.optionalSmallInt() ?? 0
            case Field.declinedClients: declined = try s.stringArray()
            case Field.joined: joined = try s.day()
            case Field.left: left = try s.optionalDay()
            case Field.keys: keys = try s.records()
            case Field.wantsMore: wantsMore = try s.stringArray()
            case Field.application: application = try s.null() ? nil : try s.record()
            default: throw s.unknown(key, in: what)
            }
        }
        self.init(id: try required(id, "id", what), name: try required(name, "name", what), role: try required(role, "role", what),
                  skills: skills, seniority: try required(seniority, "seniority", what), city: try required(city, "city", what),
                  email: email, phone: phone, login: login, pitch: pitch, involvement: try required(involvement, "involvement", what),
                  hours: hours, timeOff: timeOff, desks: desks, declinedClients: declined, joined: try required(joined, "joined", what),
                  left: left, keys: keys, application: application, wantsMore: wantsMore)
        if let p = rangeProblem { throw JSONFieldError(JSONFieldWords.record(what, p)) }
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
        b.setRecords("keys", keys)
        b.set("application", application?.json)
        b.setNonEmpty("wantsMore", wantsMore)
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
    public var hoursPerWeek: Hours
    public var from: Day

    public init(hoursPerWeek: Hours, from: Day) { self.hoursPerWeek = hoursPerWeek; self.from = from }

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let hoursPerWeek: JSONKey = "hoursPerWeek"
        static let from: JSONKey = "from"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "contracted hours"
        var hours: Hours?, from: Day?
        try s.object(what) { key, s in
            switch key {
            case Field.hoursPerWeek: hours = try s.hours()
            case Field.from: from = try s.day()
            default: throw s.unknown(key, in: what)
            }
        }
        self.init(hoursPerWeek: try required(hours, "hoursPerWeek", what), from: try required(from, "from", what))
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

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let from: JSONKey = "from"
        static let to: JSONKey = "to"
        static let note: JSONKey = "note"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "time off"
        var from: Day?, to: Day?, note = ""
        try s.object(what) { key, s in
            switch key {
            case Field.from: from = try s.day()
            case Field.to: to = try s.day()
            case Field.note: note = try s.optionalString() ?? ""
            default: throw s.unknown(key, in: what)
            }
        }
        let start = try required(from, "from", what), end = try required(to, "to", what)
        guard let range = DateRange(start, end) else { throw JSONFieldError(RecordRule.endsBeforeStart("time off", end: "\(end)", start: "\(start)")) }
        self.init(range: range, note: note)
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("from", range.start); b.set("to", range.end)
        if !note.isEmpty { b.set("note", note) }
        return b.value
    }
}
