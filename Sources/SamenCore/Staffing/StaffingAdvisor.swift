import Foundation

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
    /// Open "needs work" signals not yet answered by new work (see `NeedsWorkSignal`):
    /// a member staffed for the hours they asked loses the boost by itself.
    let needsWork: [String: NeedsWorkSignal]
    /// Each member's latest network assignment (allocation or lead): its
    /// last day, and whether one of them is under way today.
    let lastAssignment: [String: LatestAssignment]

    struct LatestAssignment { var end: Day; var underWayToday: Bool }
    /// Each member's skills lower-cased, by position in `state.members`, so
    /// a screening pass compares strings and copies no member.
    let loweredSkills: [[String]]
    let places: DutchPlaces

    /// `today` decides which "needs work" signals are still unmet.
    public init(_ state: NetworkState, today: Day = .today(), capacity: CapacityIndex? = nil, places: DutchPlaces = .shared) {
        self.state = state
        self.capacity = capacity ?? CapacityIndex(state)
        self.places = places
        // The two walks over every project are independent: one core each.
        let signals = Box<[String: NeedsWorkSignal]>(), latest = Box<[String: LatestAssignment]>()
        DispatchQueue.concurrentPerform(iterations: 2) { job in
            if job == 0 { signals.value = state.unmetNeedsWork(on: today); return }
            latest.value = Self.lastAssignments(state.projects.records, today: today)
        }
        self.needsWork = signals.value ?? [:]
        lastAssignment = latest.value ?? [:]
        // Through a buffer, field by field: a closure over each member copied
        // the whole record (every string and array it holds retained).
        loweredSkills = state.members.records.withUnsafeBufferPointer { all in
            all.indices.map { i in
                all[i].skills.map { s in s.utf8.contains { (0x41...0x5A).contains($0) || $0 >= 0x80 } ? s.lowercased() : s }
            }
        }
    }

    /// The last day of each member's latest network assignment, and who is
    /// on one `today` (started, not ended): won projects, and cancelled ones
    /// up to the day they stopped. By index, so no project is copied.
    static func lastAssignments(_ projects: [Project], today: Day) -> [String: LatestAssignment] {
        var last: [String: LatestAssignment] = [:]
        // One lookup a note: the index is kept and the entry changed in place.
        func note(_ member: String, _ start: Day, _ day: Day) {
            let underWay = start <= today && today <= day
            if let i = last.index(forKey: member) {
                if last.values[i].end < day { last.values[i].end = day }
                if underWay { last.values[i].underWayToday = true }
            } else {
                last[member] = LatestAssignment(end: day, underWayToday: underWay)
            }
        }
        for i in projects.indices {
            var end = projects[i].period.end
            switch projects[i].status {
            case .active, .done: break
            case .cancelled:
                guard let stop = projects[i].log.last(where: { $0.to == .cancelled })?.at.day, projects[i].lead != nil else { continue }
                end = min(end, stop)
            default: continue
            }
            if let lead = projects[i].lead { note(lead, projects[i].period.start, end) }
            for a in projects[i].allocations where a.range.start <= end { note(a.member, a.range.start, min(a.range.end, end)) }
        }
        return last
    }

    static func cutRanked(_ s: [Ranked], _ limit: Int?) -> ArraySlice<Ranked> { limit.map { s.prefix(max(0, $0)) } ?? s[...] }

    /// A candidate's position in `state.members` and score, for sorting
    /// before any reason is put into words.
    struct Ranked { var index: Int; var score: Double }

    /// What one project asks, worked out once per question.
    struct Ask {
        var project: Project
        var required: [String]
        var listed: [String]
        var optional: [String]
        var weeks: [ISOWeek]
        var daysPerWeek: [Int]
        var workingDays: Int
        var band: SizeBand
        var fullWeeks: Double { Double(workingDays) / 5 }

        init(_ p: Project, band: SizeBand) {
            project = p
            required = p.requiredSkills.map { $0.lowercased() }
            listed = p.skills.map { $0.lowercased() }
            optional = p.optionalSkills.map { $0.lowercased() }
            weeks = p.period.weeks
            daysPerWeek = weeks.map { p.period.workingDays(in: $0) }
            workingDays = max(1, daysPerWeek.reduce(0, +))
            self.band = band
        }
    }

    /// A member's side of the score, the same whatever share of the work
    /// they would carry: worked out at most once per member and question.
    struct Facts {
        /// Spare hours (0 when none) in each of the project's weeks, over its days only.
        var room: [Double]
        /// Why the member cannot take it at all, if so (away, too far).
        var exclusion: ExclusionReason?
        var travel: Travel
        var solidarity: ScorePart
        var rotation: ScorePart
    }

    /// The whole-project pass, and, when nobody has every skill, the team.
    struct Screen {
        var exclusions: [Exclusion] = []
        /// Members past the filters that do not depend on skills, with at least one required skill.
        var eligible: [Int] = []
        /// Of those, the ones with every required skill.
        var complete: [Int] = []
    }

    /// Suggestions for `project`, best first, cut to `limit` if given.
    ///
    /// When nobody has every required skill and the project asks for more
    /// than one, it is work for a team (Unit-2's congress media team): the
    /// report then also ranks, skill by skill, who could take that part, with
    /// the project's hours split evenly over its required skills. Only skills
    /// nobody inside can take send the user outside the network.
    ///
    /// When nobody with every skill can carry all the hours on the job's
    /// days, the report also proposes a team (`TeamProposal`), leaving out
    /// the members in `without` (the lead swapped them out).
    public func suggest(for project: Project, today: Day, limit: Int? = nil, without: Set<String> = []) -> StaffingReport {
        let ask = Ask(project, band: state.network.sizeBand(forHours: project.estimatedHours))
        var screen = self.screen(ask)
        // Facts by member position, each worked out once even when a member
        // is in several of a team's skill lists.
        var memo = [Facts?](repeating: nil, count: state.members.count)
        var travelByCity: [String: Travel] = [:]
        let recent = DateRange(start: ISOWeek(containing: today).advanced(by: -3).monday, weeks: 4)
        func facts(_ i: Int) -> Facts {
            if let f = memo[i] { return f }
            let f = self.facts(of: i, for: ask, today: today, recent: recent, travel: &travelByCity)
            memo[i] = f
            return f
        }
        let need = project.estimatedHours.value
        var whole: [Ranked] = []
        for i in screen.complete {
            let f = facts(i)
            if let why = f.exclusion { screen.exclusions.append(Exclusion(memberID: state.members.records[i].id, reason: why)); continue }
            whole.append(Ranked(index: i, score: score(i, f, ask, need: need)))
        }
        sort(&whole)
        // Reasons are built for the ones shown only: at 10,000 members most
        // candidates are ranked and never displayed.
        func shown(_ list: [Ranked], need: Double) -> [Suggestion] {
            Self.cutRanked(list, limit).map { suggestion($0.index, facts($0.index), ask, need: need) }
        }

        var perSkill: [SkillSuggestions] = []
        if whole.isEmpty && ask.required.count > 1 {
            // A team job weighs everyone with any of its skills: thousands at
            // S100, so their facts are worked out on every core first.
            for (i, f) in factsInParallel(screen.eligible.filter { memo[$0] == nil }, ask, today: today, recent: recent) { memo[i] = f }
            let share = need / Double(ask.required.count)
            for (k, skill) in ask.required.enumerated() {
                var list: [Ranked] = []
                for i in screen.eligible where loweredSkills[i].contains(skill) {
                    let f = facts(i)
                    if f.exclusion == nil { list.append(Ranked(index: i, score: score(i, f, ask, need: share))) }
                }
                sort(&list)
                perSkill.append(SkillSuggestions(skill: project.requiredSkills[k], suggestions: shown(list, need: share),
                                                 candidateCount: list.count, neededPerWeek: share / ask.fullWeeks))
            }
        }
        let uncovered: [String]
        if !whole.isEmpty {
            uncovered = []
        } else if perSkill.isEmpty {
            uncovered = project.requiredSkills
        } else {
            uncovered = perSkill.filter { $0.candidateCount == 0 }.map(\.skill)
        }
        let nobody = whole.isEmpty && (perSkill.isEmpty || !uncovered.isEmpty)
        fillCanTake(&perSkill, ask, facts: facts)
        var team: TeamProposal?
        if needsTeam(ask, complete: whole, facts: facts) {
            for (i, f) in factsInParallel(screen.eligible.filter { memo[$0] == nil }, ask, today: today, recent: recent) { memo[i] = f }
            team = proposeTeam(ask, eligible: screen.eligible, facts: facts, without: without, today: today)
        }
        var report = StaffingReport(project: project, suggestions: shown(whole, need: need), candidateCount: whole.count,
                              excluded: screen.exclusions, perSkill: perSkill, uncoveredSkills: uncovered,
                              outside: nobody ? outside(for: project, skills: uncovered.isEmpty ? project.skills : uncovered, today: today) : [],
                              skillsNobodyHas: skillsNobodyHas(ask.required, today: today),
                              neededPerWeek: need / ask.fullWeeks, sizeBand: ask.band, weights: state.network.matchingWeights)
        report.team = team
        return report
    }

    /// `facts(of:)` for many members, split over the cores (each part with
    /// its own travel cache). The same facts as one by one, in any order.
    func factsInParallel(_ members: [Int], _ ask: Ask, today: Day, recent: DateRange) -> [(Int, Facts)] {
        let parts = members.count >= 1_000 ? max(1, min(8, ProcessInfo.processInfo.activeProcessorCount)) : 1
        let results = (0..<parts).map { _ in Box<[(Int, Facts)]>() }
        DispatchQueue.concurrentPerform(iterations: parts) { k in
            var cache: [String: Travel] = [:]
            var out: [(Int, Facts)] = []
            let range = (members.count * k / parts)..<(members.count * (k + 1) / parts)
            out.reserveCapacity(range.count)
            for j in range { out.append((members[j], facts(of: members[j], for: ask, today: today, recent: recent, travel: &cache))) }
            results[k].value = out
        }
        return results.flatMap { $0.value ?? [] }
    }

    /// The filters that need no capacity: one pass over every member.
    func screen(_ ask: Ask) -> Screen {
        var out = Screen()
        let records = state.members.records
        let onProject = Set(ask.project.allocations.map(\.member))
        let end = ask.project.period.end
        let saidNo = ask.project.saidNo
        for i in records.indices {
            switch records[i].role {
            case .external: continue
            case .applicant: out.exclusions.append(Exclusion(memberID: records[i].id, reason: .applicant)); continue
            default: break
            }
            if let left = records[i].left, left <= end {
                out.exclusions.append(Exclusion(memberID: records[i].id, reason: .left(on: left))); continue
            }
            if !onProject.isEmpty, onProject.contains(records[i].id) {
                out.exclusions.append(Exclusion(memberID: records[i].id, reason: .alreadyOnProject)); continue
            }
            if !saidNo.isEmpty, let why = saidNo[records[i].id] {
                out.exclusions.append(Exclusion(memberID: records[i].id, reason: .saidNo(why), name: records[i].name)); continue
            }
            if !records[i].declinedClients.isEmpty,
               let c = records[i].declinedClients.first(where: { $0.caseInsensitiveCompare(ask.project.client) == .orderedSame }) {
                out.exclusions.append(Exclusion(memberID: records[i].id, reason: .declinedClient(c))); continue
            }
            let skills = loweredSkills[i]
            var has = 0
            for s in ask.required where skills.contains(s) { has += 1 }
            if has == ask.required.count {
                out.complete.append(i)
                out.eligible.append(i)
                continue
            }
            if has > 0 { out.eligible.append(i) }
            out.exclusions.append(Exclusion(memberID: records[i].id, reason: .missingSkills(ask.required.filter { !skills.contains($0) })))
        }
        return out
    }

    /// Capacity over exactly the project's days week by week, travel,
    /// solidarity and rotation of member `i`.
    func facts(of i: Int, for ask: Ask, today: Day, recent: DateRange, travel cache: inout [String: Travel]) -> Facts {
        let m = state.members.records[i]
        let booked = capacity.bookings(of: m)
        let period = ask.project.period
        var contracted = 0.0, effective = 0.0
        var room: [Double] = []
        room.reserveCapacity(ask.weeks.count)
        for (k, w) in ask.weeks.enumerated() {
            guard ask.daysPerWeek[k] > 0 else { room.append(0); continue }
            let c = capacity.part(of: w, within: period, of: m, booked)
            contracted += c.contracted; effective += c.effective
            room.append(max(0, c.spare))
        }
        let travel: Travel
        if let t = cache[m.city] { travel = t } else {
            travel = Travel.between(m.city, ask.project.city, places: places)
            cache[m.city] = travel
        }
        var exclusion: ExclusionReason?
        if effective <= 0 {
            exclusion = contracted > 0 ? .awayWholePeriod : .noHours
        } else if case let .known(t) = travel, let max = ask.project.maxTravelKm, t.kilometres > Double(max) {
            exclusion = .tooFar(kilometres: t.wholeKilometres, max: max)
        }
        let weights = state.network.matchingWeights
        return Facts(room: room, exclusion: exclusion, travel: travel,
                     solidarity: solidarity(m, recent: capacity.span(recent, of: m, booked), weight: weights.solidarity),
                     rotation: rotation(m, today: today, weight: weights.rotation))
    }
}
