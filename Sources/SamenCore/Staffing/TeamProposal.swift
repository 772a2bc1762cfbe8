/// A proposed team for work nobody can do alone: Unit-2's congress media
/// team needs journalism, photography, film and editing, more hours in three
/// days than anyone has free.
///
/// Each required skill needs an even share of the project's hours. Hours are
/// handed out in steps (`JobDays`: half an hour a day on a job shorter than
/// two weeks, half an hour a week otherwise), and nobody is given more steps
/// than their free time on the job's days allows, so nobody proposed is
/// overbooked. The team is chosen in two passes:
/// 1. greedy set cover with hours: each round takes the candidate who would
///    cover the most still-open hours, weighted by their score
///    (covered × (1 + score/100)), until every skill is covered or nobody
///    adds anything;
/// 2. local swaps: a member whose hours the others can carry is dropped, and
///    a member is swapped for a candidate when that covers more, or the same
///    with fewer people, or the same with a higher total score.
/// Ties go to the higher score, then the name, then the id: the same team
/// every time. Who takes which hours is a maximum flow over the team in its
/// order, so the first members carry most.
public struct TeamProposal: Sendable {
    /// A member's hours on one skill.
    public struct Piece: Sendable, Equatable {
        public var memberID: String
        public var name: String
        public var hours: Double
    }

    /// One required skill: what it needs, who takes it, what is left open.
    public struct SkillCover: Sendable {
        public var skill: String
        /// The skill's share of the project's hours.
        public var need: Double
        public var pieces: [Piece]
        public var covered: Double { pieces.reduce(0) { $0 + $1.hours } }
        /// Hours no member inside can take (0 when covered).
        public var uncovered: Double { max(0, need - covered) }
    }

    /// Someone on the proposed team, with the hours proposed for them.
    public struct Member: Sendable {
        /// The same explained parts as any suggestion, against their own hours.
        public var suggestion: Suggestion
        /// Hours over the whole job, and the allocation that books them.
        public var hours: Double
        public var hoursPerWeek: Hours
        /// Free hours on the job's days before this job.
        public var free: Double
        /// Hours by skill, in the project's order of skills.
        public var skills: [(skill: String, hours: Double)]
        /// More proposed than free on those days (never, as proposed; kept
        /// so every screen asks the same question the same way).
        public var isOverbooked: Bool { hours > free + 0.05 }
        public var hoursPerDay: Double { hoursPerWeek.value / 5 }
    }

    public var projectID: Int
    public var period: DateRange
    public var job: JobDays
    public var skills: [SkillCover]
    public var members: [Member]
    /// Members the lead took out of the proposal, by id, with their names.
    public var swappedOut: [(id: String, name: String)]
    /// Outside contacts for the skills not fully covered.
    public var outside: [OutsideContact]

    public var coversEverything: Bool { skills.allSatisfy { $0.uncovered < 0.05 } }
    public var uncoveredSkills: [SkillCover] { skills.filter { $0.uncovered >= 0.05 } }

    /// The allocations that staff the team tentatively, over the whole period.
    public var allocations: [Allocation] {
        members.map { Allocation(member: $0.suggestion.member.id, hoursPerWeek: $0.hoursPerWeek, range: period) }
    }

    /// Staffing the whole team as one change: every allocation or none.
    public var change: Change { .steps(allocations.map { .allocate(project: projectID, $0) }) }

    /// Asking the whole team whether they want to join, each for the hours
    /// proposed for them, as one change: every question or none. Where the
    /// network asks before it staffs (ST-groep passes work on only to whoever
    /// wants it), this is what a lead does with a proposed team. Members who
    /// already have an open question on `project` are left out, as asked
    /// once is enough; nil when that is everyone.
    public func askChange(_ project: Project, note: String = "") -> Change? {
        let ask = toAsk(project).ask
        guard !ask.isEmpty else { return nil }
        return .steps(ask.map { .askToJoin(project: projectID, members: [$0.suggestion.member.id], hoursPerWeek: $0.hoursPerWeek, note: note) })
    }

    /// The members asking the team would ask, and those left out because
    /// they already have an open question on `project`, each in team order.
    public func toAsk(_ project: Project) -> (ask: [Member], alreadyAsked: [Member]) {
        var ask: [Member] = [], already: [Member] = []
        for m in members {
            if project.ask(to: m.suggestion.member.id)?.isOpen ?? false { already.append(m) } else { ask.append(m) }
        }
        return (ask, already)
    }
}

extension StaffingAdvisor {
    /// One candidate for the team: a position in `state.members`, the
    /// required skills they have (by position in `Ask.required`), the steps
    /// they can take on and their free hours on the job's days.
    struct TeamCandidate {
        var index: Int
        var skills: [Int]
        var steps: Int
        var free: Double
        var score: Double
    }

    /// Whether a team is worth proposing: nobody with every skill can carry
    /// all the hours in their free time on the job's days.
    func needsTeam(_ ask: Ask, complete: [Ranked], facts: (Int) -> Facts) -> Bool {
        guard !ask.required.isEmpty, ask.project.allocations.isEmpty, ask.project.estimatedHours.value > 0 else { return false }
        let job = JobDays(ask.project.period)
        let all = job.steps(covering: ask.project.estimatedHours.value)
        return !complete.contains { FreeTime(room: facts($0.index).room, days: ask.daysPerWeek, job: job).steps >= all }
    }

    /// The team for `ask` from `eligible` (members with any required skill,
    /// past the filters that need no capacity), leaving out `without`.
    func proposeTeam(_ ask: Ask, eligible: [Int], facts: (Int) -> Facts, without: Set<String>, today: Day) -> TeamProposal {
        let records = state.members.records
        let job = JobDays(ask.project.period)
        let share = ask.project.estimatedHours.value / Double(ask.required.count)
        let need = ask.required.map { _ in job.steps(covering: share) }
        var pool: [TeamCandidate] = []
        var swapped: [(String, String)] = []
        for i in eligible {
            if !without.isEmpty, without.contains(records[i].id) { swapped.append((records[i].id, records[i].name)); continue }
            let f = facts(i)
            // The hard filters: away, too far, no hours (left, applicant and
            // declined clients never reach `eligible`).
            guard f.exclusion == nil else { continue }
            let free = FreeTime(room: f.room, days: ask.daysPerWeek, job: job)
            guard free.steps > 0 else { continue }
            let skills = ask.required.indices.filter { loweredSkills[i].contains(ask.required[$0]) }
            pool.append(TeamCandidate(index: i, skills: skills, steps: free.steps, free: free.total, score: score(i, f, ask, need: share)))
        }
        // Best first: the score to a thousandth, worked out once rather than in every comparison.
        let keys = pool.map { ($0.score * 1000).rounded() }
        pool = pool.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] > keys[b] }
            let x = records[pool[a].index], y = records[pool[b].index]
            return (x.name, x.id) < (y.name, y.id)
        }.map { pool[$0] }
        var team = greedyTeam(pool, need: need)
        improve(&team, pool, need: need)
        // The best-scored carry most: the flow fills members in this order.
        team.sort()
        let flow = Self.assign(team.map { pool[$0] }, need: need)

        var members: [(order: Int, m: TeamProposal.Member)] = []
        for (k, c) in team.enumerated() {
            let steps = flow[k].reduce(0, +)
            guard steps > 0 else { continue }
            let hours = job.hours(steps: steps)
            let f = facts(pool[c].index)
            let bySkill = ask.required.indices.filter { flow[k][$0] > 0 }.map { (ask.project.requiredSkills[$0], job.hours(steps: flow[k][$0])) }
            let first = ask.required.indices.first { flow[k][$0] > 0 } ?? 0
            members.append((first, TeamProposal.Member(suggestion: suggestion(pool[c].index, f, ask, need: hours), hours: hours,
                                                       hoursPerWeek: job.hoursPerWeek(steps: steps), free: pool[c].free, skills: bySkill)))
        }
        // Shown skill by skill, most hours first within a skill; the name settles a tie.
        members.sort { a, b in
            if a.order != b.order { return a.order < b.order }
            if abs(a.m.hours - b.m.hours) > 1e-9 { return a.m.hours > b.m.hours }
            return (a.m.suggestion.member.name, a.m.suggestion.member.id) < (b.m.suggestion.member.name, b.m.suggestion.member.id)
        }
        let covers: [TeamProposal.SkillCover] = ask.required.indices.map { s in
            var pieces: [TeamProposal.Piece] = []
            for (k, c) in team.enumerated() where flow[k][s] > 0 {
                let m = records[pool[c].index]
                pieces.append(TeamProposal.Piece(memberID: m.id, name: m.name, hours: job.hours(steps: flow[k][s])))
            }
            pieces.sort { abs($0.hours - $1.hours) > 1e-9 ? $0.hours > $1.hours : ($0.name, $0.memberID) < ($1.name, $1.memberID) }
            return TeamProposal.SkillCover(skill: ask.project.requiredSkills[s], need: share, pieces: pieces)
        }
        var proposal = TeamProposal(projectID: ask.project.id, period: ask.project.period, job: job, skills: covers,
                                    members: members.map(\.m), swappedOut: swapped.sorted { $0.1 < $1.1 }.map { (id: $0.0, name: $0.1) }, outside: [])
        let open = proposal.uncoveredSkills.map(\.skill)
        if !open.isEmpty { proposal.outside = outside(for: ask.project, skills: open, today: today) }
        return proposal
    }

    /// What each member shown in a skill's list can take on a week at most.
    func fillCanTake(_ parts: inout [SkillSuggestions], _ ask: Ask, facts: (Int) -> Facts) {
        let job = JobDays(ask.project.period), ids = state.members.ids
        for k in parts.indices {
            for s in parts[k].suggestions {
                var lo = 0, hi = ids.count
                while lo < hi { let mid = (lo + hi) / 2; if ids[mid] < s.member.id { lo = mid + 1 } else { hi = mid } }
                guard lo < ids.count, ids[lo] == s.member.id else { continue }
                let free = FreeTime(room: facts(lo).room, days: ask.daysPerWeek, job: job)
                parts[k].canTake[s.member.id] = job.hoursPerWeek(steps: free.steps)
            }
        }
    }

    /// Greedy set cover with hours: positions in `pool`, in the order taken.
    func greedyTeam(_ pool: [TeamCandidate], need: [Int]) -> [Int] {
        var team: [Int] = []
        var onTeam = [Bool](repeating: false, count: pool.count)
        var open = need
        var flow: [[Int]] = []
        while open.contains(where: { $0 > 0 }) {
            // Hours still open that a newcomer with skill s could free up: the
            // skill's own, and those of skills its current holders could move to.
            let reach = Self.reachableOpen(flow, team.map { pool[$0] }, open: open)
            var best: Int?, bestValue = 0.0
            // One scratch set for the round, cleared where it was set: a new
            // array per candidate was most of a round over thousands of them.
            var seen = [Bool](repeating: false, count: need.count)
            var marked: [Int] = []
            for k in pool.indices where !onTeam[k] {
                marked.removeAll(keepingCapacity: true)
                for s in pool[k].skills { for t in reach[s] where !seen[t] { seen[t] = true; marked.append(t) } }
                var wanted = 0
                for t in marked { wanted += open[t]; seen[t] = false }
                let gain = min(pool[k].steps, wanted)
                guard gain > 0 else { continue }
                let value = Double(gain) * (1 + pool[k].score / 100)
                // The pool is best first, so a tie stays with the better-ranked.
                if value > bestValue + 1e-9 { best = k; bestValue = value }
            }
            guard let b = best else { break }
            team.append(b)
            onTeam[b] = true
            flow = Self.assign(team.map { pool[$0] }, need: need)
            open = need.indices.map { s in need[s] - flow.reduce(0) { $0 + $1[s] } }
        }
        return team
    }

    /// For each skill, the skills with open hours reachable from it: itself
    /// if open, and through any team member who holds hours on it and has a
    /// skill from which more can be reached (they would move over).
    static func reachableOpen(_ flow: [[Int]], _ team: [TeamCandidate], open: [Int]) -> [[Int]] {
        (0..<open.count).map { start in
            var seen = [Bool](repeating: false, count: open.count)
            var stack = [start]
            seen[start] = true
            while let s = stack.popLast() {
                for (k, c) in team.enumerated() where k < flow.count && flow[k][s] > 0 {
                    for t in c.skills where !seen[t] { seen[t] = true; stack.append(t) }
                }
            }
            return open.indices.filter { seen[$0] && open[$0] > 0 }
        }
    }

    /// Local swaps over the best few candidates of each skill: drop who is
    /// not needed, swap in who covers more or scores higher.
    func improve(_ team: inout [Int], _ pool: [TeamCandidate], need: [Int]) {
        guard !team.isEmpty else { return }
        let perSkill = 6
        var bench: [Int] = []
        var seen = Set<Int>()
        for s in need.indices {
            var n = 0
            for k in pool.indices where n < perSkill && pool[k].skills.contains(s) {
                n += 1
                if seen.insert(k).inserted { bench.append(k) }
            }
        }
        func worth(_ t: [Int]) -> (open: Int, size: Int, score: Double) {
            let flow = Self.assign(t.map { pool[$0] }, need: need)
            var open = 0
            for s in need.indices { open += need[s] - flow.reduce(0) { $0 + $1[s] } }
            let used = t.indices.filter { flow[$0].reduce(0, +) > 0 }
            return (open, used.count, used.reduce(0) { $0 + pool[t[$1]].score })
        }
        func better(_ a: (open: Int, size: Int, score: Double), _ b: (open: Int, size: Int, score: Double)) -> Bool {
            if a.open != b.open { return a.open < b.open }
            if a.size != b.size { return a.size < b.size }
            return a.score > b.score + 1e-6
        }
        var current = worth(team)
        for _ in 0..<4 {
            var changed = false
            for k in team.indices.reversed() where team.count > 1 {
                var t = team
                t.remove(at: k)
                let w = worth(t)
                if w.open <= current.open { team = t; current = w; changed = true }
            }
            for k in team.indices {
                // Only someone who shares a skill with the member they would replace.
                for c in bench where !team.contains(c) && pool[c].skills.contains(where: pool[team[k]].skills.contains) {
                    var t = team
                    t[k] = c
                    let w = worth(t)
                    if better(w, current) { team = t; current = w; changed = true }
                }
            }
            if !changed { break }
        }
    }

    /// Steps each member takes on each skill: a maximum flow from the
    /// members (up to their steps) to the skills (up to their need), found
    /// by shortest augmenting paths tried in the team's order, so it is the
    /// same every time and the first members carry most.
    static func assign(_ team: [TeamCandidate], need: [Int]) -> [[Int]] {
        let n = team.count, skills = need.count
        var x = [[Int]](repeating: [Int](repeating: 0, count: skills), count: n)
        var used = [Int](repeating: 0, count: n), covered = [Int](repeating: 0, count: skills)
        var has = [[Bool]](repeating: [Bool](repeating: false, count: skills), count: n)
        for (k, c) in team.enumerated() { for s in c.skills { has[k][s] = true } }
        while true {
            // Nodes: members 0..<n, skills n..<n+skills. -1: a start (a member with steps left).
            var prev = [Int](repeating: -2, count: n + skills)
            var queue: [Int] = []
            for k in 0..<n where used[k] < team[k].steps { prev[k] = -1; queue.append(k) }
            var end: Int?
            var head = 0
            search: while head < queue.count {
                let v = queue[head]; head += 1
                if v < n {
                    for s in 0..<skills where has[v][s] && prev[n + s] == -2 {
                        prev[n + s] = v
                        if covered[s] < need[s] { end = s; break search }
                        queue.append(n + s)
                    }
                } else {
                    let s = v - n
                    for k in 0..<n where x[k][s] > 0 && prev[k] == -2 {
                        prev[k] = v
                        queue.append(k)
                    }
                }
            }
            guard let s = end else { break }
            // Walk back: skill ← member ← skill ← ... ← a member with steps left.
            var path: [(member: Int, skill: Int)] = []
            var node = n + s
            while node >= n {
                let m = prev[node]
                path.append((m, node - n))
                let back = prev[m]
                if back == -1 { break }
                node = back
            }
            guard let start = path.last else { break }
            var amount = min(need[s] - covered[s], team[start.member].steps - used[start.member])
            // Members in the middle hand over steps from the skill they had.
            for j in 0..<(path.count - 1) {
                amount = min(amount, x[path[j].member][path[j + 1].skill])
            }
            guard amount > 0 else { break }
            for j in path.indices {
                x[path[j].member][path[j].skill] += amount
                if j + 1 < path.count { x[path[j].member][path[j + 1].skill] -= amount }
            }
            used[start.member] += amount
            covered[s] += amount
        }
        return x
    }
}
