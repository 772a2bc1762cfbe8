/// The network's settings: who it is, and the rules its money and matching follow.
/// Lives in `network.json`, the one file people are expected to edit by hand.
public struct Network: Hashable, Sendable, JSONRecord {
    /// The file format this Samen writes. A directory written by a newer Samen
    /// is refused rather than half-understood and overwritten.
    public static let currentFormatVersion = 1

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
    /// Hours a new member is contracted for when none are given.
    public var defaultHoursPerWeek: Int
    public var matchingWeights: MatchingWeights
    /// Mode of files Samen creates, as octal text ("0660" or "0600").
    public var fileMode: String

    public init(name: String, place: String, currency: String = "EUR", moneyStyle: MoneyStyle = .nl,
                contributionRates: [ContributionRate] = [], rateCard: [RateCardEntry] = [],
                mediumProjectHours: Int = 80, largeProjectHours: Int = 400, costCategories: [String] = [],
                partnerShares: [PartnerShare] = [], coordinatorRoles: [Role] = [], defaultHoursPerWeek: Int = 16,
                matchingWeights: MatchingWeights = .init(), fileMode: String = "0660") {
        self.formatVersion = Network.currentFormatVersion
        self.name = name; self.place = place; self.currency = currency; self.moneyStyle = moneyStyle
        self.contributionRates = contributionRates; self.rateCard = rateCard
        self.mediumProjectHours = mediumProjectHours; self.largeProjectHours = largeProjectHours
        self.costCategories = costCategories; self.partnerShares = partnerShares
        self.coordinatorRoles = coordinatorRoles; self.defaultHoursPerWeek = defaultHoursPerWeek
        self.matchingWeights = matchingWeights; self.fileMode = fileMode
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

    public func sizeBand(forHours hours: Int) -> SizeBand {
        hours >= largeProjectHours ? .large : hours >= mediumProjectHours ? .medium : .small
    }

    /// The hourly rate for a seniority and project size in force on `day`.
    public func hourlyRate(_ seniority: Seniority, _ band: SizeBand, on day: Day) -> Money? {
        var best: RateCardEntry?
        for e in rateCard where e.seniority == seniority && e.sizeBand == band && e.from <= day {
            if best == nil || best!.from <= e.from { best = e }
        }
        return best?.hourly
    }

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "network")
        formatVersion = try r.smallInt("formatVersion")
        guard formatVersion <= Network.currentFormatVersion, formatVersion >= 1 else {
            throw JSONFieldError("format version \(formatVersion) is not one this Samen knows (it reads up to \(Network.currentFormatVersion)); use a newer Samen")
        }
        name = try r.string("name")
        place = try r.string("place")
        currency = try r.string("currency")
        guard currency == "EUR" else { throw JSONFieldError("currency '\(currency)' is not supported; Samen keeps its books in EUR") }
        moneyStyle = try r.optionalEnum("moneyStyle") ?? .nl
        contributionRates = try r.objects("contributionRates", ContributionRate.init(json:))
        rateCard = try r.objects("rateCard", RateCardEntry.init(json:))
        mediumProjectHours = try r.optionalSmallInt("mediumProjectHours") ?? 80
        largeProjectHours = try r.optionalSmallInt("largeProjectHours") ?? 400
        costCategories = try r.stringArray("costCategories")
        partnerShares = try r.objects("partnerShares", PartnerShare.init(json:))
        coordinatorRoles = try r.stringArray("coordinatorRoles").map { try Role.parse($0, field: "coordinatorRoles") }
        defaultHoursPerWeek = try r.optionalSmallInt("defaultHoursPerWeek") ?? 16
        matchingWeights = try r.optionalValue("matchingWeights").map(MatchingWeights.init(json:)) ?? .init()
        fileMode = try r.optionalString("fileMode") ?? "0660"
        guard let bits = UInt16(fileMode, radix: 8), bits & ~0o777 == 0 else {
            throw JSONFieldError("network field 'fileMode' must be octal like \"0660\", got '\(fileMode)'")
        }
        try r.finish()
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
        b.set("defaultHoursPerWeek", defaultHoursPerWeek)
        b.set("matchingWeights", matchingWeights.json)
        b.set("fileMode", fileMode)
        return b.value
    }
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

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "contribution rate")
        role = try r.enumValue("role")
        basisPoints = try r.int("basisPoints")
        guard (0...10_000).contains(basisPoints) else {
            throw JSONFieldError("contribution rate must be between 0 and 10000 basis points (0-100 %), got \(basisPoints)")
        }
        from = try r.day("from")
        try r.finish()
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

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "rate card entry")
        seniority = try r.enumValue("seniority")
        sizeBand = try r.enumValue("sizeBand")
        hourly = try r.money("hourlyCents")
        guard hourly.cents > 0 else { throw JSONFieldError("an hourly rate must be more than zero") }
        from = try r.day("from")
        try r.finish()
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

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "partner share")
        member = try r.string("member")
        weight = try r.int("weight")
        guard weight > 0 else { throw JSONFieldError("a partner's share weight must be more than zero, got \(weight)") }
        try r.finish()
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
public struct MatchingWeights: Hashable, Sendable {
    public var skills = 30, spare = 25, travel = 15, solidarity = 15, rotation = 10, seniority = 5

    public init() {}

    static let keys = ["skills", "spare", "travel", "solidarity", "rotation", "seniority"]

    public init(json: JSONValue) throws {
        var r = try JSONObjectReader(json, what: "matchingWeights")
        var values: [Int] = []
        let defaults = MatchingWeights()
        for (key, def) in zip(Self.keys, defaults.all) {
            let v = try r.optionalSmallInt(key) ?? def
            guard (0...100).contains(v) else { throw JSONFieldError("matching weight '\(key)' must be between 0 and 100, got \(v)") }
            values.append(v)
        }
        try r.finish()
        (skills, spare, travel, solidarity, rotation, seniority) = (values[0], values[1], values[2], values[3], values[4], values[5])
    }

    var all: [Int] { [skills, spare, travel, solidarity, rotation, seniority] }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        for (k, v) in zip(Self.keys, all) { b.set(k, v) }
        return b.value
    }
}
