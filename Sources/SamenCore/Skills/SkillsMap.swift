import Dispatch

/// The shape of the network, skill by skill (issue 16): who inside has each
/// skill and at what seniority, how many hours they have spare in the coming
/// weeks, and which projects of the last year needed it. Three things are
/// flagged, each from the seeds:
/// - a skill one person holds (a risk when they are away);
/// - a skill many hold (`crowdedHolders`): where members might end up
///   competing, which ST-groep warns against;
/// - a skill that projects or help requests ask and nobody inside has:
///   where Unit-2 "looks outside".
///
/// Who counts as holding a skill: partners, associates and members who are
/// part of the network today, the same roster `samen capacity` and the heat
/// map count (`CapacityIndex.isOnRoster`). A member who left took the skill
/// with them; an applicant is not in yet; an external is outside by
/// definition: none of them can be staffed from inside, so none of them
/// makes a skill less of a risk.
///
/// Which needs count: the required skills of projects that ran, run or are
/// to run within the last `lookBackMonths` months (any status: a project
/// declined for want of a skill asked it all the same; optional skills do
/// not send anyone outside, as in staffing), and the topics of help requests
/// asked in that time or still open. An older need no longer says anything
/// about the network's shape and adds no skill.
///
/// Skills are compared as staffing and `samen capacity --skill` compare
/// them: case-insensitively, spelled exactly (Samen has no synonyms; a near
/// spelling is warned about when it is typed, `TagVocabulary`). Stored skills
/// are lower case already (`Rules.tags`), so the name shown is the stored one.
public struct SkillsMap: Sendable {
    /// The coming weeks the spare hours are summed over, when not asked:
    /// the four weeks the member directory shows as "next 4".
    public static let defaultWeeks = 4
    /// How many weeks may be asked: the same window as `samen capacity`.
    public static let weekRange = CapacityQuery.weekRange
    /// From how many holders a skill is flagged as crowded. Six is a sixth
    /// of a network of a few dozen like Unit-2, and more than half of a
    /// small one like ST-groep: enough people that the same client can be
    /// offered the same thing twice.
    public static let crowdedHolders = 6
    /// How far back the needs of projects and help requests are counted.
    public static let lookBackMonths = 12

    /// One member who has the skill.
    public struct Holder: Sendable, Equatable {
        public var id: String
        public var name: String
        public var seniority: Seniority
        /// Spare hours summed over the map's weeks (negative when overbooked).
        public var spare: Double
    }

    /// One project that needed the skill.
    public struct Need: Sendable, Equatable {
        public var id: Int
        public var title: String
        public var status: ProjectStatus
        public var start: Day
    }

    public enum Flag: String, Sendable, CaseIterable {
        case onlyOne = "only-one"
        case crowded
        case nobodyInside = "nobody-inside"
    }

    public struct Skill: Sendable, Equatable {
        public var name: String
        /// Most senior first, then by name.
        public var holders: [Holder]
        /// Latest start first, then by id.
        public var projects: [Need]
        /// Ids of help requests whose topics include the skill, ascending.
        public var requests: [Int]

        public var isAsked: Bool { !projects.isEmpty || !requests.isEmpty }
        public var spare: Double { holders.reduce(0) { $0 + $1.spare } }

        public var flags: [Flag] {
            if holders.isEmpty { return isAsked ? [.nobodyInside] : [] }
            if holders.count == 1 { return [.onlyOne] }
            return holders.count >= SkillsMap.crowdedHolders ? [.crowded] : []
        }
        public func has(_ flag: Flag) -> Bool { flags.contains(flag) }
    }

    public let today: Day
    public let first: ISOWeek
    public let weeks: Int
    /// The first day whose needs count.
    public let since: Day
    /// Every skill, alphabetically.
    public let skills: [Skill]
    /// How many members are inside today (the roster the holders come from).
    public let inside: Int

    /// Refuses a number of weeks outside `weekRange`, with the range.
    /// `weeklySpare`, when given, is each member's free hours week by week
    /// from the week of `today` (in the order of `state.members.records`),
    /// as the member directory already worked them out from the same
    /// capacity index: the map sums its weeks from them instead of asking
    /// the index again (at S100 that was half the map's time). Ignored
    /// unless it has a row for every member, each at least `weeks` long.
    public init(_ state: NetworkState, capacity: CapacityIndex, today: Day, weeks: Int = defaultWeeks,
                weeklySpare: [[Double]]? = nil) throws {
        guard Self.weekRange.contains(weeks) else {
            throw DomainError(LimitRefusal.weeksBetween(Self.weekRange.lowerBound, Self.weekRange.upperBound, got: weeks))
        }
        let first = ISOWeek(containing: today), since = today.addingMonths(-Self.lookBackMonths)
        self.today = today
        self.weeks = weeks
        self.first = first
        self.since = since

        var index: [String: Int] = [:]
        var built: [Skill] = []
        func slot(_ raw: String) -> Int? {
            let name = Self.key(raw)
            guard !name.isEmpty else { return nil }
            if let i = index[name] { return i }
            index[name] = built.count
            built.append(Skill(name: name, holders: [], projects: [], requests: []))
            return built.count - 1
        }

        let todayOnly = DateRange(today, today)!
        let members = state.members.records
        let inside = members.indices.filter { CapacityIndex.isOnRoster(members[$0], during: todayOnly) && !members[$0].skills.isEmpty }
        // The heat map's own numbers, asked once per member whatever their
        // number of skills, on both cores (at S100 this is most of the map).
        let spare: [Double]
        if let known = weeklySpare, known.count == members.count, inside.allSatisfy({ known[$0].count >= weeks }) {
            // Summed in the same order as `CapacityIndex.spare`, so the same number to the bit.
            spare = inside.map { known[$0].prefix(weeks).reduce(0) { $0 + $1 } }
        } else {
            let halves = [Box<[Double]>(), Box<[Double]>()]
            let half = (inside.count + 1) / 2
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                halves[part].value = (part == 0 ? 0..<half : half..<inside.count).map { k in
                    capacity.spare(from: first, weeks: weeks, of: members[inside[k]])
                }
            }
            spare = (halves[0].value ?? []) + (halves[1].value ?? [])
        }
        // Members in the order holders are listed (most senior first, then by
        // name), sorted once, so every skill's holders come out in order.
        let keys = inside.map { (members[$0].seniority, members[$0].name, members[$0].id) }
        let order = keys.indices.sorted { a, b in
            let x = keys[a], y = keys[b]
            if x.0 != y.0 { return x.0 > y.0 }
            if x.1 != y.1 { return x.1.utf8.lexicographicallyPrecedes(y.1.utf8) }
            return x.2.utf8.lexicographicallyPrecedes(y.2.utf8)
        }
        var seen: [Int] = []
        for k in order {
            let m = members[inside[k]]
            seen.removeAll(keepingCapacity: true)
            for s in m.skills {
                guard let i = slot(s), !seen.contains(i) else { continue }
                seen.append(i)
                built[i].holders.append(Holder(id: m.id, name: m.name, seniority: m.seniority, spare: k < spare.count ? spare[k] : 0))
            }
        }
        self.inside = state.members.records.reduce(0) { $0 + (CapacityIndex.isOnRoster($1, during: todayOnly) ? 1 : 0) }
        state.projects.records.withUnsafeBufferPointer { projects in
            for p in projects.indices where projects[p].period.end >= since {
                seen.removeAll(keepingCapacity: true)
                for s in projects[p].requiredSkills {
                    guard let i = slot(s), !seen.contains(i) else { continue }
                    seen.append(i)
                    built[i].projects.append(Need(id: projects[p].id, title: projects[p].title, status: projects[p].status,
                                                  start: projects[p].period.start))
                }
            }
        }
        state.requests.records.withUnsafeBufferPointer { requests in
            for r in requests.indices where requests[r].isOpen || requests[r].created.day >= since {
                seen.removeAll(keepingCapacity: true)
                for t in requests[r].tags {
                    guard let i = slot(t), !seen.contains(i) else { continue }
                    seen.append(i)
                    built[i].requests.append(requests[r].id)
                }
            }
        }
        for i in built.indices {
            built[i].projects.sort { a, b in a.start != b.start ? a.start > b.start : a.id < b.id }
            built[i].requests.sort()
        }
        // By the bytes of the name: the same order on every machine and in every language.
        skills = built.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// How a skill is compared: in lower case, as staffing's `loweredSkills`.
    /// Skills are stored lower-case, so most need no new string.
    static func key(_ raw: String) -> String {
        raw.utf8.contains { (0x41...0x5A).contains($0) || $0 >= 0x80 } ? raw.lowercased() : raw
    }

    /// The skill of that name, compared as skills are.
    public func skill(_ name: String) -> Skill? {
        let k = Self.key(name)
        return skills.first { $0.name == k }
    }

    /// How many skills carry `flag`.
    public func count(_ flag: Flag) -> Int { skills.reduce(0) { $0 + ($1.has(flag) ? 1 : 0) } }
}
