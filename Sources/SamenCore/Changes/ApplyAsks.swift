/// Asking members whether they want to join a project, and their answers.
///
/// Each validates everything before it changes anything; the yes, which also
/// staffs, works on a copy that is kept only when the allocation is.
extension NetworkState {
    mutating func askToJoin(_ id: Int, _ names: [String], _ hours: Hours, _ note: String, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var p = try openProject(id)
        var asked: [String] = []
        for raw in names {
            let n = raw.trimmingSpaces()
            if !n.isEmpty, !asked.contains(n) { asked.append(n) }
        }
        guard !asked.isEmpty else { throw DomainError(JoinRefusal.nobodyToAsk, field: .member) }
        try Rules.hoursPerWeek(hours)
        guard hours > 0 else { throw DomainError(JoinRefusal.askHoursAboveZero, field: .hours) }
        var people: [String] = []
        for id in asked {
            // Someone who left or is still an applicant takes on no work, so is not asked either.
            let m = try workingMember(id, on: ctx.today)
            if m.role == .external { throw DomainError(JoinRefusal.externalAsked(m.name), field: .member) }
            if p.allocations.contains(where: { $0.member == id }) { throw DomainError(JoinRefusal.alreadyOnTeam(m.name, project: p.id), field: .member) }
            if let open = p.ask(to: id), open.isOpen {
                throw DomainError(JoinRefusal.alreadyAsked(m.name, project: p.id, on: open.at.day), field: .member)
            }
            people.append(m.name)
        }
        let text = note.trimmingSpaces()
        for id in asked { p.asks.append(JoinAsk(member: id, hoursPerWeek: hours, note: text, by: ctx.actor, at: ctx.now)) }
        p.log.append(Decision(at: ctx.now, by: ctx.actor, from: p.status, to: p.status,
                              note: "asked \(people.joined(separator: ", ")) to join, \(hours) h/wk"))
        projects.upsert(p)
        var out = ChangeOutcome(applied: .askToJoin(project: id, members: asked, hoursPerWeek: hours, note: text),
                                said: .askedToJoin(names: people, project: id, hours: hours))
        out.projects = [id]
        return out
    }

    mutating func answerAsk(_ id: Int, _ member: String, _ reply: JoinReply, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var p = try openProject(id)
        let m = try existingMember(member)
        guard let k = p.asks.lastIndex(where: { $0.member == member }) else {
            throw DomainError(JoinRefusal.notAsked(m.name, project: id), field: .member)
        }
        if let earlier = p.asks[k].answer { throw DomainError(JoinRefusal.alreadyAnswered(m.name, project: id, yes: earlier.isYes)) }
        switch reply {
        case let .yes(hours):
            try Rules.hoursPerWeek(hours)
            guard hours > 0 else { throw DomainError(JoinRefusal.yesHoursAboveZero, field: .hours) }
            let need = p.neededPerWeek
            guard hours <= need else {
                throw DomainError(JoinRefusal.moreThanNeeded(hours, need: need, project: id, estimate: p.estimatedHours), field: .hours)
            }
            // The allocation is the one staffing makes; on a copy, so a
            // refused allocation (leaving before it ends) leaves no answer behind.
            var copy = self
            p.asks[k].answer = .yes(hoursPerWeek: hours, at: ctx.now)
            p.log.append(Decision(at: ctx.now, by: ctx.actor, from: p.status, to: p.status, note: "\(m.name) said yes, \(hours) h/wk"))
            copy.projects.upsert(p)
            let from = max(p.period.start, min(ctx.today, p.period.end))
            let range = DateRange(from, p.period.end) ?? p.period
            _ = try copy.allocate(id, Allocation(member: member, hoursPerWeek: hours, range: range), ctx)
            self = copy
            var out = ChangeOutcome(applied: .answerAsk(project: id, member: member, reply: reply), said: .saidYes(name: m.name, project: id, hours: hours))
            out.projects = [id]
            return out
        case let .no(reason, note):
            let text = note.trimmingSpaces()
            p.asks[k].answer = .no(reason: reason, note: text, at: ctx.now)
            let why = reason.map { JoinWords.reason($0).en } ?? ""
            p.log.append(Decision(at: ctx.now, by: ctx.actor, from: p.status, to: p.status,
                                  note: "\(m.name) said no" + (why.isEmpty ? "" : ": \(why)")))
            var out = ChangeOutcome(applied: .answerAsk(project: id, member: member, reply: .no(reason: reason, note: text)),
                                    said: .saidNo(name: m.name, project: id, reason: reason))
            // "Not this client" is remembered where the staffing filter looks, for every project of this client.
            if reason == .notThisClient, !m.declinedClients.contains(where: { $0.caseInsensitiveCompare(p.client) == .orderedSame }) {
                var changed = m
                changed.declinedClients.append(p.client)
                if let problem = changed.rangeProblem { throw DomainError(problem) }
                members.upsert(changed)
                out.members = [member]
            }
            projects.upsert(p)
            out.projects = [id]
            return out
        }
    }
}

extension JoinAnswer {
    var isYes: Bool { if case .yes = self { return true } else { return false } }
}

extension JoinReply {
    /// The answer's fields in a history line: `answer`, then `hoursPerWeek` or `reason` and `note`.
    func write(into b: inout JSONObjectBuilder) {
        switch self {
        case let .yes(hours): b.set("answer", "yes"); b.set("hoursPerWeek", hours)
        case let .no(reason, note):
            b.set("answer", "no"); b.set("reason", reason)
            if !note.isEmpty { b.set("note", note) }
        }
    }

    init(_ f: ChangeFields) throws {
        let kind: JoinAnswerKind = try f.required("answer") { try $0.enumValue() }
        switch kind {
        case .yes: self = .yes(hoursPerWeek: try f.required("hoursPerWeek") { try $0.hours() })
        case .no: self = .no(reason: try f.optional("reason") { try $0.enumValue() }, note: try f.optional("note") { try $0.string() } ?? "")
        }
    }
}
