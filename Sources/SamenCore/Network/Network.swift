/// The network's settings: who it is, and the rules its money and matching follow.
/// Lives in `network.json`, the one file people are expected to edit by hand.
public struct Network: Hashable, Sendable, JSONRecord {
    /// The file format this Samen writes. A directory written by a newer Samen
    /// is refused rather than half-understood and overwritten. Version 2 keeps
    /// the projects in `projects/`, 5,000 ids per file (`ProjectShards`);
    /// version 1 directories are read as they are and moved on their first
    /// project save.
    public static let currentFormatVersion = 2

    public var formatVersion: Int
    public var name: String
    public var place: String
    public var currency: String
    public var moneyStyle: MoneyStyle
    public var contributionRates: [ContributionRate]
    public var rateCard: [RateCardEntry]
    /// Estimated hours from which a project counts as medium and large.
    public var mediumProjectHours: Int
    public var largeProjectHours: Int
    public var costCategories: [String]
    /// Partners' weights in the year-end result (ST-groep: equal thirds).
    public var partnerShares: [PartnerShare]
    /// Roles that may change money rules besides partners.
    public var coordinatorRoles: [Role]
    /// Members (by id) who keep the books besides partners and coordinators,
    /// whatever their role: at Unit-2, Eric, the main tenant who pays the
    /// landlord, in a collective where nobody else acts for others.
    public var bookkeepers: [String]
    /// Hours a new member is contracted for when none are given.
    public var defaultHoursPerWeek: Int
    public var matchingWeights: MatchingWeights
    /// Mode of files Samen creates, as octal text ("0660" or "0600").
    public var fileMode: String
    /// How many project shards `projects/` must hold (`000001-005000.jsonl`
    /// up to this many): a shard deleted by hand is then an error naming
    /// it, never an empty range whose ids are handed out again. Nil in a
    /// directory written before it was kept (see `ProjectShards.recorded`).
    public var projectShards: Int?
    /// Unix logins that may change anything and act for anyone, members or not:
    /// whoever set the directory up, so a new network can get its first members.
    public var administrators: [String]
    /// Who accepts and declines incoming assignments (`Rights`).
    public var triage: TriageRule
    /// A demo copy where anyone may act as anyone; written only by `samen demo`.
    public var sandbox: Bool
    /// Whether staffing asks members first (ST-groep: "whether the freelancer
    /// wants to take it"): the dashboard's suggestions then offer asking as
    /// the first step. Staffing directly stays possible either way.
    public var asksFirst = false
    /// What the network weighs before admitting someone (issue 16); Unit-2's three when the file does not say.
    public var admissionCriteria: [AdmissionCriterion] = AdmissionCriterion.unit2
    /// The network's own instruments and products, with who built them (`Product`).
    public var products: [Product] = []

    public init(name: String, place: String, currency: String = "EUR", moneyStyle: MoneyStyle = .nl,
                contributionRates: [ContributionRate] = [], rateCard: [RateCardEntry] = [],
                mediumProjectHours: Int = 80, largeProjectHours: Int = 400, costCategories: [String] = [],
                partnerShares: [PartnerShare] = [], coordinatorRoles: [Role] = [], bookkeepers: [String] = [], defaultHoursPerWeek: Int = 16,
                matchingWeights: MatchingWeights = .init(), fileMode: String = "0660",
                administrators: [String] = [], triage: TriageRule = .default, sandbox: Bool = false) {
        self.formatVersion = Network.currentFormatVersion
        self.name = name; self.place = place; self.currency = currency; self.moneyStyle = moneyStyle
        self.contributionRates = contributionRates; self.rateCard = rateCard
        self.mediumProjectHours = mediumProjectHours; self.largeProjectHours = largeProjectHours
        self.costCategories = costCategories; self.partnerShares = partnerShares
        self.coordinatorRoles = coordinatorRoles; self.bookkeepers = bookkeepers; self.defaultHoursPerWeek = defaultHoursPerWeek
        self.matchingWeights = matchingWeights; self.fileMode = fileMode
        self.administrators = administrators; self.triage = triage; self.sandbox = sandbox
    }

    /// The file mode as a number, 0o660 when the setting is unreadable.
    public var fileModeBits: UInt16 {
        guard let v = UInt16(fileMode, radix: 8), v & ~0o777 == 0 else { return 0o660 }
        // Finances are never world-readable, whatever the setting says.
        return v & 0o770
    }

    /// The contribution rate (basis points) for `role` on `day`, or 0.
    public func contributionRate(for role: Role, on day: Day) -> Int64 {
        var best: ContributionRate?
        for r in contributionRates where r.role == role && r.from <= day {
            if best == nil || best!.from <= r.from { best = r }
        }
        return best?.basisPoints ?? 0
    }

    public func sizeBand(forHours hours: Hours) -> SizeBand {
        hours >= Hours(largeProjectHours) ? .large : hours >= Hours(mediumProjectHours) ? .medium : .small
    }

    /// The hourly rate for a seniority and project size in force on `day`.
    public func hourlyRate(_ seniority: Seniority, _ band: SizeBand, on day: Day) -> Money? {
        var best: RateCardEntry?
        for e in rateCard where e.seniority == seniority && e.sizeBand == band && e.from <= day {
            if best == nil || best!.from <= e.from { best = e }
        }
        return best?.hourly
    }

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let formatVersion: JSONKey = "formatVersion"
        static let name: JSONKey = "name"
        static let place: JSONKey = "place"
        static let currency: JSONKey = "currency"
        static let moneyStyle: JSONKey = "moneyStyle"
        static let contributionRates: JSONKey = "contributionRates"
        static let rateCard: JSONKey = "rateCard"
        static let mediumProjectHours: JSONKey = "mediumProjectHours"
        static let largeProjectHours: JSONKey = "largeProjectHours"
        static let costCategories: JSONKey = "costCategories"
        static let partnerShares: JSONKey = "partnerShares"
        static let coordinatorRoles: JSONKey = "coordinatorRoles"
        static let bookkeepers: JSONKey = "bookkeepers"
        static let defaultHoursPerWeek: JSONKey = "defaultHoursPerWeek"
        static let matchingWeights: JSONKey = "matchingWeights"
        static let fileMode: JSONKey = "fileMode"
        static let projectShards: JSONKey = "projectShards"
        static let administrators: JSONKey = "administrators"
        static let triage: JSONKey = "triage"
        static let sandbox: JSONKey = "sandbox"
        static let asksFirst: JSONKey = "asksFirst"
        static let admissionCriteria: JSONKey = "admissionCriteria"
        static let products: JSONKey = "products"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "network"
        var n = Network(name: "", place: "")
        var version: Int?, name: String?, place: String?, currency: String?
        try s.object(what) { key, s in
            switch key {
            case Field.formatVersion: version = try s.smallInt()
            case Field.name: name = try s.string()
            case Field.place: place = try s.string()
            case Field.currency: currency = try s.string()
            case Field.moneyStyle: n.moneyStyle = try s.optionalEnum() ?? .nl
            case Field.contributionRates: n.contributionRates = try s.records()
            case Field.rateCard: n.rateCard = try s.records()
            case Field.mediumProjectHours: n.mediumProjectHours = try s.optionalSmallInt() ?? 80
            case Field.largeProjectHours: n.largeProjectHours = try s.optionalSmallInt() ?? 400
            case Field.costCategories: n.costCategories = try s.stringArray()
            case Field.partnerShares: n.partnerShares = try s.records()
            case Field.coordinatorRoles:
                n.coordinatorRoles = []
                try s.array { s in n.coordinatorRoles.append(try s.enumValue()) }
            case Field.bookkeepers: n.bookkeepers = try s.stringArray()
            case Field.defaultHoursPerWeek: n.defaultHoursPerWeek = try s.optionalSmallInt() ?? 16
            case Field.matchingWeights: n.matchingWeights = try s.record()
            case Field.fileMode: n.fileMode = try s.optionalString() ?? "0660"
            case Field.projectShards:
                n.projectShards = try s.optionalSmallInt()
                if let k = n.projectShards, !(0...1_000_000).contains(k) { throw JSONFieldError(JSONFieldWords.field("network", key: "projectShards", RecordRule.between(low: 0, high: 1_000_000, got: "\(k)"))) }
            case Field.administrators: n.administrators = try s.stringArray()
            case Field.triage: n.triage = try s.optionalEnum() ?? .default
            case Field.sandbox:
                guard case let .bool(b) = try s.value() else { throw JSONFieldError(JSONFieldWords.field("network", key: "sandbox", RecordRule.trueOrFalse)) }
                n.sandbox = b
            case Field.asksFirst:
                guard case let .bool(b) = try s.value() else { throw JSONFieldError(JSONFieldWords.field("network", key: "asksFirst", RecordRule.trueOrFalse)) }
                n.asksFirst = b
            case Field.admissionCriteria: n.admissionCriteria = try s.records()
            case Field.products: n.products = try s.records()
            default: throw s.unknown(key, in: what)
            }
        }
        let v = try required(version, "formatVersion", what)
        guard v <= Network.currentFormatVersion, v >= 1 else {
            throw JSONFieldError(RecordRule.formatVersion(Int(v), reads: Int(Network.currentFormatVersion)))
        }
        n.formatVersion = v
        n.name = try required(name, "name", what)
        n.place = try required(place, "place", what)
        n.currency = try required(currency, "currency", what)
        guard n.currency == "EUR" else { throw JSONFieldError(RecordRule.currency(n.currency)) }
        guard let bits = UInt16(n.fileMode, radix: 8), bits & ~0o777 == 0 else {
            throw JSONFieldError(JSONFieldWords.field("network", key: "fileMode", RecordRule.octalMode(got: n.fileMode)))
        }
        self = n
        if let p = rangeProblem { throw JSONFieldError(JSONFieldWords.record(what, p)) }
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("formatVersion", formatVersion); b.set("name", name); b.set("place", place)
        b.set("currency", currency); b.set("moneyStyle", moneyStyle)
        b.set("contributionRates", .array(contributionRates.map(\.json)))
        b.set("rateCard", .array(rateCard.map(\.json)))
        b.set("mediumProjectHours", mediumProjectHours); b.set("largeProjectHours", largeProjectHours)
        b.set("costCategories", costCategories)
        b.set("partnerShares", .array(partnerShares.map(\.json)))
        b.set("coordinatorRoles", coordinatorRoles.map(\.rawValue))
        // Written only when set, so the files of networks without one stay as they were.
        if !bookkeepers.isEmpty { b.set("bookkeepers", bookkeepers) }
        b.set("defaultHoursPerWeek", defaultHoursPerWeek)
        b.set("matchingWeights", matchingWeights.json)
        b.set("fileMode", fileMode)
        if let projectShards { b.set("projectShards", projectShards) }
        b.setNonEmpty("administrators", administrators)
        b.set("triage", triage)
        if sandbox { b.set("sandbox", true) }
        if asksFirst { b.set("asksFirst", true) }
        b.setRecords("admissionCriteria", admissionCriteria)
        // Written only when there are any, so other networks' files stay as they were.
        if !products.isEmpty { b.set("products", .array(products.map(\.json))) }
        return b.value
    }
}

/// Who may accept or decline an incoming assignment. ST-groep's partners
/// acquire work and pass it on; Unit-2's members decide together.
public enum TriageRule: String, JSONEnum {
    case partners
    /// Partners and the roles `coordinatorRoles` names.
    case coordinators
    /// Every member who can take on work (not applicants or externals).
    case members

    /// For a network whose file does not say: a declined assignment cannot be
    /// taken back, so by default it is decided by those who already act for
    /// the network (partners and coordinators), not by whoever sees it first.
    public static let `default` = TriageRule.coordinators
}

public enum SizeBand: String, JSONEnum {
    case small, medium, large
}

/// A percentage of revenue members of a role pay to the network, from a day on.
public struct ContributionRate: Hashable, Sendable, JSONRecord {
    public var role: Role
    /// Hundredths of a percent: 1000 = 10 %.
    public var basisPoints: Int64
    public var from: Day

    public init(role: Role, basisPoints: Int64, from: Day) { self.role = role; self.basisPoints = basisPoints; self.from = from }

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let role: JSONKey = "role"
        static let basisPoints: JSONKey = "basisPoints"
        static let from: JSONKey = "from"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "contribution rate"
        var role: Role?, bp: Int64?, from: Day?
        try s.object(what) { key, s in
            switch key {
            case Field.role: role = try s.enumValue()
            case Field.basisPoints: bp = try s.int()
            case Field.from: from = try s.day()
            default: throw s.unknown(key, in: what)
            }
        }
        let basisPoints = try required(bp, "basisPoints", what)
        guard (0...10_000).contains(basisPoints) else {
            throw JSONFieldError(RecordRule.contributionRate(got: Int(basisPoints)))
        }
        self.init(role: try required(role, "role", what), basisPoints: basisPoints, from: try required(from, "from", what))
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("role", role); b.set("basisPoints", basisPoints); b.set("from", from)
        return b.value
    }
}

/// A fixed hourly rate by seniority and project size, from a day on.
public struct RateCardEntry: Hashable, Sendable, JSONRecord {
    public var seniority: Seniority
    public var sizeBand: SizeBand
    public var hourly: Money
    public var from: Day

    public init(seniority: Seniority, sizeBand: SizeBand, hourly: Money, from: Day) {
        self.seniority = seniority; self.sizeBand = sizeBand; self.hourly = hourly; self.from = from
    }

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let seniority: JSONKey = "seniority"
        static let sizeBand: JSONKey = "sizeBand"
        static let hourlyCents: JSONKey = "hourlyCents"
        static let from: JSONKey = "from"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "rate card entry"
        var seniority: Seniority?, band: SizeBand?, hourly: Money?, from: Day?
        try s.object(what) { key, s in
            switch key {
            case Field.seniority: seniority = try s.enumValue()
            case Field.sizeBand: band = try s.enumValue()
            case Field.hourlyCents: hourly = try s.money()
            case Field.from: from = try s.day()
            default: throw s.unknown(key, in: what)
            }
        }
        let rate = try required(hourly, "hourlyCents", what)
        guard rate.cents > 0 else { throw JSONFieldError(RecordRule.hourlyRateZero) }
        self.init(seniority: try required(seniority, "seniority", what), sizeBand: try required(band, "sizeBand", what),
                  hourly: rate, from: try required(from, "from", what))
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("seniority", seniority); b.set("sizeBand", sizeBand); b.set("hourlyCents", hourly); b.set("from", from)
        return b.value
    }
}

public struct PartnerShare: Hashable, Sendable, JSONRecord {
    public var member: String
    public var weight: Int64

    public init(member: String, weight: Int64) { self.member = member; self.weight = weight }

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let member: JSONKey = "member"
        static let weight: JSONKey = "weight"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "partner share"
        var member: String?, weight: Int64?
        try s.object(what) { key, s in
            switch key {
            case Field.member: member = try s.string()
            case Field.weight: weight = try s.int()
            default: throw s.unknown(key, in: what)
            }
        }
        let w = try required(weight, "weight", what)
        guard w > 0 else { throw JSONFieldError(RecordRule.partnerWeight(got: Int(w))) }
        self.init(member: try required(member, "member", what), weight: w)
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("member", member); b.set("weight", weight)
        return b.value
    }
}

/// Relative weights of the parts of a staffing suggestion's score.
/// None of the commercial planners weigh travel, solidarity or rotation; the
/// seeds' networks do.
public struct MatchingWeights: Hashable, Sendable, JSONRecord {
    public var skills = 30, spare = 25, travel = 15, solidarity = 15, rotation = 10, seniority = 5
    /// The work a member says they want more of (`Member.wantsMore`). 0 unless
    /// `network.json` sets it, so a network's scores stay as they were until it does.
    public var wantsMore = 0

    public init() {}

    static let keys = ["skills", "spare", "travel", "solidarity", "rotation", "seniority"]

    /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
    private enum Field {
        static let skills: JSONKey = "skills"
        static let spare: JSONKey = "spare"
        static let travel: JSONKey = "travel"
        static let solidarity: JSONKey = "solidarity"
        static let rotation: JSONKey = "rotation"
        static let seniority: JSONKey = "seniority"
        static let wantsMore: JSONKey = "wantsMore"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "matchingWeights"
        var w = MatchingWeights()
        try s.object(what) { key, s in
            let v = try s.smallInt()
            guard (0...100).contains(v) else { throw JSONFieldError(RecordRule.matchingWeight(key.description, got: Int(v))) }
            switch key {
            case Field.skills: w.skills = v
            case Field.spare: w.spare = v
            case Field.travel: w.travel = v
            case Field.solidarity: w.solidarity = v
            case Field.rotation: w.rotation = v
            case Field.seniority: w.seniority = v
            case Field.wantsMore: w.wantsMore = v
            default: throw s.unknown(key, in: what)
            }
        }
        self = w
    }

    var all: [Int] { [skills, spare, travel, solidarity, rotation, seniority] }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        for (k, v) in zip(Self.keys, all) { b.set(k, v) }
        if wantsMore != 0 { b.set("wantsMore", wantsMore) }
        return b.value
    }
}

extension Network {
    /// The cost categories `samen init` starts a network with, in the
    /// language it runs in ("huur", "secretariaat" in Dutch). Categories are
    /// data: what is written stays, whatever language reads it later, and
    /// the hledger journal's expenses accounts take them as stored.
    public static var startingCostCategories: [String] {
        ["rent", "secretary", "website", "accountant", "outings"].map(DemoDutch.category)
    }
}
