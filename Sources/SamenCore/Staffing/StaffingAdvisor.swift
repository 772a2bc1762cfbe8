/// "Who should take this assignment, and why?"
///
/// Hard filters first, in this order, the first one failed being the reason
/// given: left the network (or leaves before the project ends), applicant,
/// already on the project, declined the client, lacks a required skill (the
/// lead may mark skills optional), away or without network hours for the whole
/// period, farther than the project's maximum travel (as the crow flies).
///
/// Everyone left gets a score from 0 to 100: each part is a value from 0 to 1
/// times its weight from `network.json`, over the sum of the weights.
/// - skills: skills the member has of all the project lists (optional included);
/// - spare: share of the project's hours the member's spare hours could carry
///   alone, week by week (the estimate spread evenly over its working days);
/// - travel: 25 / (25 + km), so next door is 1, 25 km is 0.5; an unknown place
///   scores 0 and says so;
/// - solidarity: an open "needs work" signal is 1; otherwise low network
///   utilisation in the last four weeks raises a member, up to 0.5 when idle;
/// - rotation: weeks since the last network assignment ended, full at 26
///   weeks or when there never was one, 0 while on one;
/// - seniority: 1 when seniority matches the project's size band (junior-small,
///   medior-medium, senior-large), 0.5 one step off, 0 two steps off.
///
/// Build it once per loaded state: it indexes allocations, "needs work"
/// signals and past assignments by member, so a suggestion over 10,000
/// members visits each member once.
public struct StaffingAdvisor: Sendable {
    /// Recent utilisation below this raises a member on solidarity.
    public static let lowUtilisation = 0.5
    /// Weeks without an assignment that earn full marks on rotation.
    public static let rotationFullWeeks = 26
    /// Kilometres at which the travel part is one half.
    public static let travelHalfKm = 25.0

    let state: NetworkState
    public let capacity: CapacityIndex
    let needsWork: [String: HelpRequest]
    /// The last day of each member's latest network assignment (allocation or lead).
    let lastAssignment: [String: Day]
    let places: DutchPlaces

    public init(_ state: NetworkState, capacity: CapacityIndex? = nil, places: DutchPlaces = .shared) {
        self.state = state
        self.capacity = capacity ?? CapacityIndex(state)
        self.needsWork = state.needsWork
        self.places = places
        var last: [String: Day] = [:]
        func note(_ member: String, _ day: Day) { if last[member].map({ $0 < day }) ?? true { last[member] = day } }
        for p in state.projects {
            // Work that happened: won projects, and cancelled ones up to the day they stopped.
            var end = p.period.end
            switch p.status {
            case .active, .done: break
            case .cancelled:
                guard let stop = p.log.last(where: { $0.to == .cancelled })?.at.day, p.lead != nil else { continue }
                end = min(end, stop)
            default: continue
            }
            if let lead = p.lead { note(lead, end) }
            for a in p.allocations where a.range.start <= end { note(a.member, min(a.range.end, end)) }
        }
        lastAssignment = last
    }

    /// Suggestions for `project`, best first, cut to `limit` if given.
    ///
    /// When nobody has every required skill and the project asks for more
    /// than one, it is work for a team (Unit-2's congress media team): the
    /// report then also ranks, skill by skill, who could take that part, with
    /// the project's hours split evenly over its required skills. Only skills
    /// nobody inside can take send the user outside the network.
    public func suggest(for project: Project, today: Day, limit: Int? = nil) -> StaffingReport {
        let required = project.requiredSkills
        let whole = rank(project, today: today, share: 1)
        var perSkill: [SkillSuggestions] = []
        if whole.scored.isEmpty && required.count > 1 {
            for skill in required {
                var part = project
                part.optionalSkills = project.skills.filter { $0.caseInsensitiveCompare(skill) != .orderedSame }
                let r = rank(part, today: today, share: 1 / Double(required.count))
                perSkill.append(SkillSuggestions(skill: skill, suggestions: Self.cut(r.scored, limit), candidateCount: r.scored.count,
                                                 neededPerWeek: r.neededPerWeek))
            }
        }
        let uncovered: [String]
        if !whole.scored.isEmpty {
            uncovered = []
        } else if perSkill.isEmpty {
            uncovered = required
        } else {
            uncovered = perSkill.filter { $0.candidateCount == 0 }.map(\.skill)
        }
        let nobody = whole.scored.isEmpty && (perSkill.isEmpty || !uncovered.isEmpty)
        return StaffingReport(project: project, suggestions: Self.cut(whole.scored, limit), candidateCount: whole.scored.count,
                              excluded: whole.excluded, perSkill: perSkill, uncoveredSkills: uncovered,
                              outside: nobody ? outside(for: project, skills: uncovered.isEmpty ? project.skills : uncovered, today: today) : [],
                              skillsNobodyHas: skillsNobodyHas(required.map { $0.lowercased() }, today: today),
                              neededPerWeek: whole.neededPerWeek, sizeBand: state.network.sizeBand(forHours: project.estimatedHours),
                              weights: state.network.matchingWeights)
    }

    static func cut(_ s: [Suggestion], _ limit: Int?) -> [Suggestion] { limit.map { Array(s.prefix(max(0, $0))) } ?? s }

    /// Everyone through the hard filters, then scored and sorted; `share` is
    /// the part of the project's hours the suggested person would carry.
    private func rank(_ project: Project, today: Day, share: Double) -> (scored: [Suggestion], excluded: [Exclusion], neededPerWeek: Double) {
        let weights = state.network.matchingWeights
        let band = state.network.sizeBand(forHours: project.estimatedHours)
        let required = project.requiredSkills.map { $0.lowercased() }
        let listed = project.skills.map { $0.lowercased() }
        let onProject = Set(project.allocations.map(\.member))
        let period = project.period
        let weeks = period.weeks
        let daysPerWeek = weeks.map { period.workingDays(in: $0) }
        let workingDays = max(1, daysPerWeek.reduce(0, +))
        let need = Double(project.estimatedHours) * share
        let needPerDay = need / Double(workingDays)
        let recentFirst = ISOWeek(containing: today).advanced(by: -3)
        var travelByCity: [String: Travel] = [:]

        var scored: [(Suggestion, Double)] = []
        var excluded: [Exclusion] = []
        for m in state.members {
            switch m.role {
            case .external: continue
            case .applicant: excluded.append(Exclusion(member: m, reason: .applicant)); continue
            default: break
            }
            if let left = m.left, left <= period.end {
                excluded.append(Exclusion(member: m, reason: .left(on: left))); continue
            }
            if onProject.contains(m.id) { excluded.append(Exclusion(member: m, reason: .alreadyOnProject)); continue }
            if let c = m.declinedClients.first(where: { $0.caseInsensitiveCompare(project.client) == .orderedSame }) {
                excluded.append(Exclusion(member: m, reason: .declinedClient(c))); continue
            }
            let missing = required.filter { !m.hasSkillLowercased($0) }
            if !missing.isEmpty { excluded.append(Exclusion(member: m, reason: .missingSkills(missing))); continue }

            // Capacity over exactly the project's days, week by week.
            var contracted = 0.0, effective = 0.0, covered = 0.0, free = 0.0
            for (i, w) in weeks.enumerated() where daysPerWeek[i] > 0 {
                let c = capacity.part(of: w, within: period, of: m)
                contracted += c.contracted; effective += c.effective
                let room = max(0, c.spare)
                free += room
                covered += min(room, needPerDay * Double(daysPerWeek[i]))
            }
            if effective <= 0 {
                excluded.append(Exclusion(member: m, reason: contracted > 0 ? .awayWholePeriod : .noHours)); continue
            }

            let travel: Travel
            if let t = travelByCity[m.city] { travel = t } else {
                travel = Travel.between(m.city, project.city, places: places)
                travelByCity[m.city] = travel
            }
            if case let .known(t) = travel, let max = project.maxTravelKm, t.kilometres > Double(max) {
                excluded.append(Exclusion(member: m, reason: .tooFar(kilometres: t.wholeKilometres, max: max))); continue
            }

            var parts: [ScorePart] = []
            parts.reserveCapacity(6)
            let has = listed.filter { m.hasSkillLowercased($0) }.count
            let missingOptional = project.optionalSkills.filter { !m.hasSkillLowercased($0.lowercased()) }
            parts.append(ScorePart(kind: .skills, value: listed.isEmpty ? 1 : Double(has) / Double(listed.count), weight: weights.skills,
                                   reason: .skills(covered: has, of: listed.count, missingOptional: missingOptional)))
            let fullWeeks = Double(workingDays) / 5
            parts.append(ScorePart(kind: .spare, value: min(1, covered / need), weight: weights.spare,
                                   reason: .spare(hoursPerWeek: free / fullWeeks, neededPerWeek: need / fullWeeks)))
            switch travel {
            case let .known(t):
                parts.append(ScorePart(kind: .travel, value: Self.travelHalfKm / (Self.travelHalfKm + t.kilometres),
                                       weight: weights.travel, reason: .travel(t)))
            case let .unknown(place):
                parts.append(ScorePart(kind: .travel, value: 0, weight: weights.travel, reason: .travelUnknown(place: place)))
            }
            parts.append(solidarity(m, from: recentFirst, weight: weights.solidarity))
            parts.append(rotation(m, today: today, weight: weights.rotation))
            let gap = abs(Self.rank(m.seniority) - Self.rank(band))
            parts.append(ScorePart(kind: .seniority, value: 1 - Double(gap) / 2, weight: weights.seniority,
                                   reason: .seniority(m.seniority, project: band)))

            let total = weights.all.reduce(0, +)
            let score = total == 0 ? 0 : parts.reduce(0) { $0 + $1.value * Double($1.weight) } / Double(total) * 100
            scored.append((Suggestion(member: m, score: score, parts: parts), score))
        }

        // Best first; equal scores (to a thousandth of a point) by name, then id,
        // so the order never depends on the file's order.
        scored.sort { a, b in
            let x = (a.1 * 1000).rounded(), y = (b.1 * 1000).rounded()
            if x != y { return x > y }
            return (a.0.member.name, a.0.member.id) < (b.0.member.name, b.0.member.id)
        }
        return (scored.map(\.0), excluded, need / (Double(workingDays) / 5))
    }

    private func solidarity(_ m: Member, from first: ISOWeek, weight: Int) -> ScorePart {
        if let r = needsWork[m.id] {
            return ScorePart(kind: .solidarity, value: 1, weight: weight, reason: .needsWork(hoursPerWeek: r.hoursPerWeek))
        }
        var allocated = 0.0, effective = 0.0
        for w in capacity.weeks(first, count: 4, of: m) { allocated += w.allocated; effective += w.effective }
        let u: Double? = effective > 0 ? allocated / effective : nil
        let value = u.map { max(0, 1 - $0) * 0.5 } ?? 0
        return ScorePart(kind: .solidarity, value: value, weight: weight, reason: .recentUtilisation(u))
    }

    private func rotation(_ m: Member, today: Day, weight: Int) -> ScorePart {
        guard let end = lastAssignment[m.id] else {
            return ScorePart(kind: .rotation, value: 1, weight: weight, reason: .lastAssignment(weeksAgo: nil))
        }
        let weeks = end >= today ? 0 : end.distance(to: today) / 7
        return ScorePart(kind: .rotation, value: min(1, Double(weeks) / Double(Self.rotationFullWeeks)), weight: weight,
                         reason: .lastAssignment(weeksAgo: weeks))
    }

    static func rank(_ s: Seniority) -> Int { s == .junior ? 0 : s == .medior ? 1 : 2 }
    static func rank(_ b: SizeBand) -> Int { b == .small ? 0 : b == .medium ? 1 : 2 }

    /// External contacts with any of `skills` (most skills first), then people
    /// hired from outside before on work that needed some of them.
    func outside(for project: Project, skills wanted: [String], today: Day) -> [OutsideContact] {
        let skills = wanted.map { $0.lowercased() }
        var contacts: [(Member, [String])] = []
        for m in state.members where m.role == .external && (m.left.map { $0 > today } ?? true) {
            let has = skills.filter { m.hasSkillLowercased($0) }
            if !has.isEmpty { contacts.append((m, has)) }
        }
        contacts.sort { $0.1.count != $1.1.count ? $0.1.count > $1.1.count : $0.0.name < $1.0.name }
        var hires: [OutsideContact] = []
        var seen = Set(contacts.map { $0.0.name.lowercased() })
        // Newest project first, one line per person.
        for p in state.projects.reversed() where p.id != project.id && !p.externalHires.isEmpty {
            let shared = p.skills.filter { s in skills.contains(s.lowercased()) }
            guard !shared.isEmpty else { continue }
            for h in p.externalHires where seen.insert(h.name.lowercased()).inserted {
                hires.append(.pastHire(h, project: p, sharedSkills: shared))
            }
        }
        return contacts.map { .contact($0.0, skills: $0.1) } + hires
    }

    /// Required skills no current member has, so "nobody fits" can say what is missing.
    func skillsNobodyHas(_ required: [String], today: Day) -> [String] {
        var missing = required
        for m in state.members where !missing.isEmpty && m.role != .external && m.role != .applicant && (m.left.map { $0 > today } ?? true) {
            missing.removeAll { m.hasSkillLowercased($0) }
        }
        return missing
    }
}
