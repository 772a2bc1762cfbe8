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
        // Stored skills are lower case already, so the stored spelling is
        // looked up as it is; only a miss pays for making the key.
        func slot(_ raw: String) -> Int? {
            if let i = index[raw] { return i }
            let name = Self.key(raw)
            guard !name.isEmpty else { return nil }
            if let i = index[name] { return i }
            index[name] = built.count
            built.append(Skill(name: name, holders: [], projects: [], requests: []))
            return built.count - 1
        }

        // Records are read field by field through their buffers: passing a
        // whole member, project or request to a function copies it, one
        // retain per string and array it holds (at S100 a third of the map).
        let todayOnly = DateRange(today, today)!
        let members = state.members.records
        let (inside, onRoster) = members.withUnsafeBufferPointer { m in
            var inside: [Int] = [], onRoster = 0
            for i in m.indices where CapacityIndex.isOnRoster(role: m[i].role, joined: m[i].joined, left: m[i].left, during: todayOnly) {
                onRoster += 1
                if !m[i].skills.isEmpty { inside.append(i) }
            }
            return (inside, onRoster)
        }
        self.inside = onRoster
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
        var seen: [Int] = []
        members.withUnsafeBufferPointer { m in
            for k in Self.holderOrder(inside, in: m) {
                let i = inside[k]
                let id = m[i].id, name = m[i].name, seniority = m[i].seniority
                let holder = Holder(id: id, name: name, seniority: seniority, spare: k < spare.count ? spare[k] : 0)
                Self.eachDistinct(m[i].skills, skipping: [], seen: &seen, slot) { built[$0].holders.append(holder) }
            }
        }
        // Projects in the order they lie in memory (following them in any
        // other order waits on memory for each one's skills: at S100 that
        // was a third of the map), each skill's needs sorted afterwards.
        state.projects.records.withUnsafeBufferPointer { projects in
            for p in projects.indices where projects[p].period.end >= since {
                let need = Need(id: projects[p].id, title: projects[p].title, status: projects[p].status, start: projects[p].period.start)
                // Required skills only: an optional one sends nobody outside, as in staffing.
                Self.eachDistinct(projects[p].skills, skipping: projects[p].optionalSkills, seen: &seen, slot) { built[$0].projects.append(need) }
            }
        }
        for i in built.indices where built[i].projects.count > 1 {
            built[i].projects.sort { a, b in a.start != b.start ? a.start > b.start : a.id < b.id }
        }
        // Requests are in id order, so each skill's ids come out ascending.
        state.requests.records.withUnsafeBufferPointer { requests in
            // The status, not `isOpen`: a computed property of the request copies it whole.
            for r in requests.indices where requests[r].status.isOpen || requests[r].created.day >= since {
                let id = requests[r].id
                Self.eachDistinct(requests[r].tags, skipping: [], seen: &seen, slot) { built[$0].requests.append(id) }
            }
        }
        // By the bytes of the name: the same order on every machine and in every language.
        skills = built.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// Calls `body` once for each slot of `skills`, a skill named twice
    /// counted once, leaving out those in `skipping` (compared as
    /// `Project.requiredSkills` compares them, ignoring case). `seen` is the
    /// caller's scratch, reused so no record costs an allocation.
    private static func eachDistinct(_ skills: [String], skipping: [String], seen: inout [Int],
                                     _ slot: (String) -> Int?, _ body: (Int) -> Void) {
        seen.removeAll(keepingCapacity: true)
        for s in skills {
            if !skipping.isEmpty && skipping.contains(where: { $0.caseInsensitiveCompare(s) == .orderedSame }) { continue }
            guard let i = slot(s), !seen.contains(i) else { continue }
            seen.append(i)
            body(i)
        }
    }

    /// Positions in `inside` in the order holders are listed: most senior
    /// first, then by the bytes of the name, then of the id. Sorted once,
    /// so every skill's holders come out in order. The first sixteen bytes
    /// of each name are compared as two integers; only names that share
    /// them are compared in full (at S100 this sort was a sixth of the map).
    private static func holderOrder(_ inside: [Int], in m: UnsafeBufferPointer<Member>) -> [Int] {
        let rank = inside.map { Seniority.allCases.firstIndex(of: m[$0].seniority) ?? 0 }
        let prefix = inside.map { i -> (UInt64, UInt64) in
            var a: UInt64 = 0, b: UInt64 = 0, n = 0
            for byte in m[i].name.utf8.prefix(16) {
                if n < 8 { a |= UInt64(byte) << (56 - 8 * n) } else { b |= UInt64(byte) << (56 - 8 * (n - 8)) }
                n += 1
            }
            return (a, b)
        }
        return inside.indices.sorted { x, y in
            if rank[x] != rank[y] { return rank[x] > rank[y] }
            if prefix[x] != prefix[y] { return prefix[x] < prefix[y] }
            let nx = m[inside[x]].name, ny = m[inside[y]].name
            if nx != ny { return nx.utf8.lexicographicallyPrecedes(ny.utf8) }
            return m[inside[x]].id.utf8.lexicographicallyPrecedes(m[inside[y]].id.utf8)
        }
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
