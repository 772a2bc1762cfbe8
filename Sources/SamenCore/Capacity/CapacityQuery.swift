/// "Who has spare capacity?": a window of weeks, optionally narrowed to members
/// with some skills and at least some spare hours in every one of those weeks.
public struct CapacityQuery: Sendable, Equatable {
    /// How many weeks one question may span: a quarter is the planning
    /// horizon of the seeds' networks; a year is the most anyone plans.
    public static let weekRange = 1...52

    public var first: ISOWeek
    public var weeks: Int
    /// Members must have every one of these (case-insensitive).
    public var skills: [String]
    /// Members must have at least this many spare hours in every week of the
    /// window; nil lists everyone.
    public var minSpare: Double?

    /// Refuses a window outside `weekRange` or a negative minimum, naming it.
    public init(first: ISOWeek, weeks: Int = 12, skills: [String] = [], minSpare: Double? = nil) throws {
        guard Self.weekRange.contains(weeks) else {
            throw DomainError(LimitRefusal.weeksBetween(Self.weekRange.lowerBound, Self.weekRange.upperBound, got: weeks))
        }
        if let minSpare, !(0...Rules.maxHoursPerWeek.value).contains(minSpare) {
            throw DomainError(LimitRefusal.minimumSpareBetween("\(Rules.maxHoursPerWeek)", got: HoursText.of(minSpare)))
        }
        self.first = first
        self.weeks = weeks
        self.skills = skills.map { $0.lowercased() }
        self.minSpare = minSpare
    }

    public var window: [ISOWeek] { (0..<weeks).map { first.advanced(by: $0) } }
    /// The days the window covers, Monday of the first week to Sunday of the last.
    public var days: DateRange { DateRange(first.monday, first.advanced(by: weeks - 1).sunday)! }
}

/// One member's weeks in a capacity answer.
public struct MemberCapacity: Sendable {
    public var member: Member
    public var weeks: [WeekCapacity]

    public var spare: Double { weeks.reduce(0) { $0 + $1.spare } }
    public var smallestSpare: Double { weeks.map(\.spare).min() ?? 0 }
}

/// A week's sums over many members: the network's totals row.
public struct CapacityTotals: Sendable, Equatable {
    public var week: ISOWeek
    public var contracted = 0.0
    public var effective = 0.0
    public var allocated = 0.0
    public var tentative = 0.0
    /// Members with any capacity that week, and how many of them are overbooked.
    public var members = 0
    public var overbooked = 0

    public init(week: ISOWeek) { self.week = week }

    public var spare: Double { effective - allocated }
    public var utilisation: Double? { effective > 0 ? allocated / effective : nil }

    mutating func add(_ w: WeekCapacity) {
        contracted += w.contracted; effective += w.effective; allocated += w.allocated; tentative += w.tentative
        if w.effective > 0 || w.allocated > 0 { members += 1 }
        if w.isOverbooked { overbooked += 1 }
    }
}

/// The answer to a `CapacityQuery`: the members who match, most spare hours
/// first, their totals, and the whole network's totals week by week.
public struct CapacityReport: Sendable {
    public var query: CapacityQuery
    public var rows: [MemberCapacity]
    /// Sums over `rows`.
    public var listed: [CapacityTotals]
    /// Sums over everyone in the network in those weeks, whatever the filter.
    public var network: [CapacityTotals]
    /// How many members were in the network during the window.
    public var rosterCount: Int
}

extension CapacityIndex {
    /// Who counts in the network's capacity during `days`: partners,
    /// associates and members who are part of the network for at least one of
    /// those days. Applicants are not in yet and externals are outside it:
    /// neither has hours for network work.
    public static func isOnRoster(_ m: Member, during days: DateRange) -> Bool {
        isOnRoster(role: m.role, joined: m.joined, left: m.left, during: days)
    }

    /// The same, from the three fields it reads: a loop over 10,000 members
    /// passes these rather than copy each whole member.
    public static func isOnRoster(role: Role, joined: Day, left: Day?, during days: DateRange) -> Bool {
        switch role {
        case .partner, .associate, .member: break
        case .applicant, .external: return false
        }
        return joined <= days.end && (left.map { $0 > days.start } ?? true)
    }

    /// Spare capacity of everyone over the query's window, and who of them has
    /// the skills and at least `minSpare` hours free in every week.
    public func report(_ query: CapacityQuery, in state: NetworkState) -> CapacityReport {
        let window = query.window
        var network = window.map { CapacityTotals(week: $0) }
        var listed = network
        var rows: [MemberCapacity] = []
        var roster = 0
        let days = query.days
        for m in state.members where Self.isOnRoster(m, during: days) {
            roster += 1
            let weeks = self.weeks(query.first, count: query.weeks, of: m)
            for (i, w) in weeks.enumerated() { network[i].add(w) }
            guard query.skills.allSatisfy({ m.hasSkillLowercased($0) }) else { continue }
            if let min = query.minSpare, !weeks.allSatisfy({ $0.spare >= min - 1e-9 }) { continue }
            for (i, w) in weeks.enumerated() { listed[i].add(w) }
            rows.append(MemberCapacity(member: m, weeks: weeks))
        }
        // Most spare hours over the window first; the name settles a tie, so
        // the order never depends on the file's order.
        let spare = rows.map(\.spare)
        let order = rows.indices.sorted { a, b in
            spare[a] != spare[b] ? spare[a] > spare[b] : (rows[a].member.name, rows[a].member.id) < (rows[b].member.name, rows[b].member.id)
        }
        return CapacityReport(query: query, rows: order.map { rows[$0] }, listed: listed, network: network, rosterCount: roster)
    }
}

extension Member {
    /// `hasSkill` for a skill already lower-cased, without allocating: asked
    /// for every member on every query, and skills are stored lower-case
    /// (`Rules.tags`), so most comparisons end at the length.
    func hasSkillLowercased(_ skill: String) -> Bool {
        skills.contains { SkillMatch.equal($0, lowercased: skill) }
    }
}

enum SkillMatch {
    /// Whether `text` is `lowered` in any case. ASCII is folded byte by byte;
    /// other letters (É) fall back to Unicode lower-casing.
    static func equal(_ text: String, lowercased lowered: String) -> Bool {
        var a = text.utf8.makeIterator(), b = lowered.utf8.makeIterator()
        guard text.utf8.count == lowered.utf8.count else {
            // Lower-casing outside ASCII can change the length (İ); ASCII never does.
            return !text.utf8.allSatisfy({ $0 < 0x80 }) && text.lowercased() == lowered
        }
        while let x = a.next(), let y = b.next() {
            if x == y { continue }
            if x >= 0x80 || y >= 0x80 { return text.lowercased() == lowered }
            guard (0x41...0x5A).contains(x), x | 0x20 == y else { return false }
        }
        return true
    }
}

/// Hours as people read them: "16", "3.2", "-4".
public enum HoursText {
    public static func of(_ hours: Double) -> String {
        let tenths = (hours * 10).rounded()
        // Int(_:) traps on a value no Int holds; such a value only says itself.
        guard tenths.isFinite, abs(tenths) < 1e15 else { return "\(hours)" }
        if tenths.truncatingRemainder(dividingBy: 10) == 0 { return String(Int(tenths / 10)) }
        return String(tenths / 10)
    }

    /// Whole hours, for table cells ("22", "-4"); -0 shows as 0.
    public static func whole(_ hours: Double) -> String {
        guard let r = Int(exactly: hours.rounded()) else { return "\(hours)" }
        return String(r)
    }
}
