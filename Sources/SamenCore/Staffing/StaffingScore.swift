/// The score of one candidate: six parts from 0 to 1, weighted by
/// `network.json`'s `matchingWeights`, and the reasons behind them.
extension StaffingAdvisor {
    /// The six part values (skills, spare, travel, solidarity, rotation,
    /// seniority) of member `i` carrying `need` hours, and the spare hours a
    /// week behind the second: what both the ranking and the reasons use.
    func values(_ i: Int, _ f: Facts, _ ask: Ask, need: Double) -> (parts: [Double], free: Double, has: Int) {
        let skills = loweredSkills[i]
        let needPerDay = need / Double(ask.workingDays)
        var covered = 0.0, free = 0.0
        for (k, r) in f.room.enumerated() {
            free += r
            covered += min(r, needPerDay * Double(ask.daysPerWeek[k]))
        }
        var has = 0
        for s in ask.listed where skills.contains(s) { has += 1 }
        let travel: Double
        if case let .known(t) = f.travel { travel = Self.travelHalfKm / (Self.travelHalfKm + t.kilometres) } else { travel = 0 }
        let gap = abs(Self.rank(state.members.records[i].seniority) - Self.rank(ask.band))
        return ([ask.listed.isEmpty ? 1 : Double(has) / Double(ask.listed.count),
                 need > 0 ? min(1, covered / need) : 1,
                 travel, f.solidarity.value, f.rotation.value, 1 - Double(gap) / 2], free, has)
    }

    func score(_ i: Int, _ f: Facts, _ ask: Ask, need: Double) -> Double {
        let w = state.network.matchingWeights.all
        let total = w.reduce(0, +)
        guard total > 0 else { return 0 }
        let v = values(i, f, ask, need: need).parts
        var sum = 0.0
        for k in 0..<6 { sum += v[k] * Double(w[k]) }
        let wants = state.network.matchingWeights.wantsMore
        guard wants > 0 else { return sum / Double(total) * 100 }
        sum += (wantedWork(i, ask).isEmpty ? 0 : 1) * Double(wants)
        return sum / Double(total + wants) * 100
    }

    /// The suggestion with its reasons, for member `i` carrying `need` hours.
    func suggestion(_ i: Int, _ f: Facts, _ ask: Ask, need: Double) -> Suggestion {
        let m = state.members.records[i]
        let weights = state.network.matchingWeights
        let (v, free, has) = values(i, f, ask, need: need)
        let skills = loweredSkills[i]
        let missingOptional = zip(ask.optional, ask.project.optionalSkills).filter { !skills.contains($0.0) }.map(\.1)
        var parts: [ScorePart] = []
        parts.reserveCapacity(6)
        parts.append(ScorePart(kind: .skills, value: v[0], weight: weights.skills,
                               reason: .skills(covered: has, of: ask.listed.count, missingOptional: missingOptional)))
        // A short job says its free time per day, as its need is said.
        let spare: SuggestionReason = JobDays(ask.project.period).short
            ? .freePerDay(hoursPerDay: free / Double(ask.workingDays), neededPerDay: need / Double(ask.workingDays))
            : .spare(hoursPerWeek: free / ask.fullWeeks, neededPerWeek: need / ask.fullWeeks)
        parts.append(ScorePart(kind: .spare, value: v[1], weight: weights.spare, reason: spare))
        switch f.travel {
        case let .known(t): parts.append(ScorePart(kind: .travel, value: v[2], weight: weights.travel, reason: .travel(t)))
        case let .unknown(place): parts.append(ScorePart(kind: .travel, value: v[2], weight: weights.travel, reason: .travelUnknown(place: place)))
        }
        parts.append(f.solidarity)
        parts.append(f.rotation)
        parts.append(ScorePart(kind: .seniority, value: v[5], weight: weights.seniority, reason: .seniority(m.seniority, project: ask.band)))
        if weights.wantsMore > 0 {
            let wanted = wantedWork(i, ask)
            parts.append(ScorePart(kind: .wantsMore, value: wanted.isEmpty ? 0 : 1, weight: weights.wantsMore, reason: .wantsMore(wanted)))
        }
        return Suggestion(member: m, score: score(i, f, ask, need: need), parts: parts)
    }

    /// Best first; equal scores (to a thousandth of a point) by name, then id,
    /// so the order never depends on the file's order.
    func sort(_ list: inout [Ranked]) {
        let records = state.members.records
        list.sort { a, b in
            let x = (a.score * 1000).rounded(), y = (b.score * 1000).rounded()
            if x != y { return x > y }
            return (records[a.index].name, records[a.index].id) < (records[b.index].name, records[b.index].id)
        }
    }

    /// `recent`: the member's capacity over the last four weeks, this one included.
    func solidarity(_ m: Member, recent: WeekCapacity, weight: Int) -> ScorePart {
        if let r = needsWork[m.id] {
            return ScorePart(kind: .solidarity, value: 1, weight: weight, reason: .needsWork(hoursPerWeek: r.unmetHoursPerWeek))
        }
        let u = recent.utilisation
        let value = u.map { max(0, 1 - $0) * 0.5 } ?? 0
        return ScorePart(kind: .solidarity, value: value, weight: weight, reason: .recentUtilisation(u))
    }

    func rotation(_ m: Member, today: Day, weight: Int) -> ScorePart {
        guard let latest = lastAssignment[m.id] else {
            return ScorePart(kind: .rotation, value: 1, weight: weight, reason: .lastAssignment(weeksAgo: nil))
        }
        let end = latest.end
        let weeks = end >= today ? 0 : end.distance(to: today) / 7
        // Booked ahead counts like busy now for rotation, but is not said to be "now".
        let ahead = weeks == 0 && !latest.underWayToday
        return ScorePart(kind: .rotation, value: min(1, Double(weeks) / Double(Self.rotationFullWeeks)), weight: weight,
                         reason: ahead ? .assignmentAhead : .lastAssignment(weeksAgo: weeks))
    }

    static func rank(_ s: Seniority) -> Int { s == .junior ? 0 : s == .medior ? 1 : 2 }
    static func rank(_ b: SizeBand) -> Int { b == .small ? 0 : b == .medium ? 1 : 2 }
}
