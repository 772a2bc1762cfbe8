/// The first of Unit-2's criteria as facts: for each of an applicant's
/// skills, how many members inside have it and at what seniority. A skill
/// nobody has, or only one member has, is something the applicant would
/// add; it is the skills map's own "only one" risk seen from the other side.
///
/// Who counts as inside is the skills map's roster (`CapacityIndex.isOnRoster`
/// on the day): partners, associates and members in the network that day;
/// skills compare as the skills map compares them (`SkillsMap.key`).
public struct InHouseSkills: Sendable, Equatable {
    public struct Skill: Sendable, Equatable {
        public var name: String
        /// How many inside hold it, by seniority: senior, medior, junior.
        public var seniors: Int, mediors: Int, juniors: Int
        public var holders: Int { seniors + mediors + juniors }
        /// Nobody or only one member inside has it: the applicant would add it.
        public var wouldAdd: Bool { holders <= 1 }
        /// The most senior holder's seniority, nil when nobody has it.
        public var topSeniority: Seniority? { seniors > 0 ? .senior : mediors > 0 ? .medior : juniors > 0 ? .junior : nil }
    }

    /// In the order the applicant gave them.
    public let skills: [Skill]

    public var added: [Skill] { skills.filter(\.wouldAdd) }

    public init(_ applicant: Member, in state: NetworkState, on day: Day) {
        let wanted = applicant.skills.map(SkillsMap.key).filter { !$0.isEmpty }
        var counts: [String: (Int, Int, Int)] = [:]
        for w in wanted { counts[w] = (0, 0, 0) }
        let todayOnly = DateRange(day, day)!
        for m in state.members where m.id != applicant.id && CapacityIndex.isOnRoster(m, during: todayOnly) {
            for raw in m.skills {
                let k = SkillsMap.key(raw)
                guard var c = counts[k] else { continue }
                switch m.seniority {
                case .senior: c.0 += 1
                case .medior: c.1 += 1
                case .junior: c.2 += 1
                }
                counts[k] = c
            }
        }
        var seen = Set<String>()
        skills = wanted.compactMap { w in
            guard seen.insert(w).inserted, let c = counts[w] else { return nil }
            return Skill(name: w, seniors: c.0, mediors: c.1, juniors: c.2)
        }
    }
}
