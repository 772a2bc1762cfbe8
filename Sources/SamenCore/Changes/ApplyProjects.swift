extension NetworkState {
    mutating func addProject(_ proposed: Project, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var p = proposed
        p.title = try Rules.nonEmpty(p.title, "a project's title", field: .title)
        p.client = try Rules.nonEmpty(p.client, "a project's client", field: .client)
        p.city = try Rules.nonEmpty(p.city, "a project's city", field: .city)
        p.skills = try Rules.tags(p.skills, "required skills", field: .skills)
        p.optionalSkills = try Rules.tags(p.optionalSkills, "optional skills", field: .skills)
        try Rules.optionalSkills(p.optionalSkills, of: p.skills)
        if let s = p.source { _ = try existingMember(s) }
        guard Limits.estimatedHours.contains(p.estimatedHours) else {
            throw DomainError("estimated hours must be between \(Limits.estimatedHours.lowerBound) and \(Limits.estimatedHours.upperBound), got \(p.estimatedHours)", field: .hours)
        }
        guard p.period.dayCount <= 520 * 7 else { throw DomainError("a project may run at most 520 weeks", field: .weeks) }
        if let b = p.budget, b.cents < 0 { throw DomainError("a budget cannot be negative, got \(b.format(.nl))", field: .budget) }
        if let km = p.maxTravelKm, km < 0 { throw DomainError("maximum travel cannot be negative, got \(km) km", field: .travel) }
        p.id = (projects.lastID ?? 0) + 1
        p.status = .incoming
        p.lead = nil; p.allocations = []; p.externalHires = []; p.declineReason = nil; p.accepted = nil
        p.received = ctx.now
        p.log = [Decision(at: ctx.now, by: ctx.actor, from: nil, to: .incoming, note: p.source.map { "brought in by \($0)" } ?? "came to the collective")]
        projects.append(sortedAfterLast: p)
        var out = ChangeOutcome(applied: .addProject(p), said: .newAssignment(id: p.id, title: p.title, client: p.client))
        out.projects = [p.id]
        return out
    }

    func openProject(_ id: Int) throws -> Project {
        let p = try existingProject(id)
        guard !p.status.isClosed else { throw DomainError("project \(id) is \(p.status.rawValue); a closed project cannot be changed") }
        return p
    }

    mutating func setLead(_ id: Int, _ member: String, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var p = try openProject(id)
        let m = try workingMember(member, on: ctx.today)
        guard m.role != .external else { throw DomainError("\(m.name) is an external contact; the lead (main contractor) must be a member", field: .lead) }
        let previous = p.lead
        p.lead = member
        p.log.append(Decision(at: ctx.now, by: ctx.actor, from: p.status, to: p.status,
                              note: previous.map { "lead changed from \($0) to \(member)" } ?? "lead: \(member)"))
        projects.upsert(p)
        var out = ChangeOutcome(applied: .setLead(project: id, member: member), said: .leads(name: m.name, project: id, title: p.title))
        out.projects = [id]
        return out
    }

    mutating func moveProject(_ id: Int, _ to: ProjectStatus, _ reason: DeclineReason?, _ note: String, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var p = try existingProject(id)
        let from = p.status
        guard from != to else { throw DomainError("project \(id) is already \(to.rawValue)") }
        guard from.next.contains(to) else {
            if from.isClosed { throw DomainError("project \(id) is \(from.rawValue); a closed project cannot move to \(to.rawValue)") }
            throw DomainError("project \(id) cannot go from \(from.rawValue) to \(to.rawValue); from \(from.rawValue) it can go to \(from.next.map(\.rawValue).joined(separator: ", "))")
        }
        switch to {
        case .proposal:
            guard p.lead != nil else { throw DomainError("project \(id) needs a lead (main contractor) before it becomes a proposal", field: .lead) }
            p.accepted = ctx.today
        case .declined:
            guard let reason else { throw DomainError("declining project \(id) needs a reason: \(DeclineReason.allowedValues)", field: .reason) }
            if reason == .other, note.trimmingSpaces().isEmpty { throw DomainError("declining for 'other' needs a note saying why", field: .note) }
            p.declineReason = reason
        case .active:
            guard p.lead != nil else { throw DomainError("project \(id) needs a lead before it can start", field: .lead) }
        case .cancelled:
            // Calling off work others counted on is told to them in the log, with why.
            if note.trimmingSpaces().isEmpty { throw DomainError("cancelling project \(id) needs a reason saying why", field: .reason) }
        default: break
        }
        if to != .declined, reason != nil { throw DomainError("a reason only goes with declining a project", field: .reason) }
        var text = note.trimmingSpaces()
        if let reason { text = text.isEmpty ? reason.label : "\(reason.label): \(text)" }
        p.status = to
        p.log.append(Decision(at: ctx.now, by: ctx.actor, from: from, to: to, note: text))
        projects.upsert(p)
        var out = ChangeOutcome(applied: .moveProject(project: id, to: to, reason: reason, note: note),
                                said: .moved(project: id, from: from, to: to, title: p.title))
        out.projects = [id]
        return out
    }

    mutating func allocate(_ id: Int, _ a: Allocation, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var p = try openProject(id)
        let m = try workingMember(a.member, on: max(ctx.today, a.range.start))
        if m.role == .external { throw DomainError("\(m.name) is an external contact; hire them with hire-external instead", field: .member) }
        try Rules.hoursPerWeek(a.hoursPerWeek)
        guard a.hoursPerWeek > 0 else { throw DomainError("an allocation needs at least half an hour per week; remove it instead", field: .hours) }
        guard p.period.contains(a.range) else {
            throw DomainError("allocation \(a.range) falls outside project \(id)'s period \(p.period)")
        }
        if let left = m.left, a.range.end >= left {
            throw DomainError("member '\(m.id)' leaves on \(left), before the allocation ends (\(a.range.end))", field: .member)
        }
        let previous = p.allocations.first { $0.member == a.member }
        p.allocations.removeAll { $0.member == a.member }
        p.allocations.append(a)
        p.allocations.sort { $0.member < $1.member }
        // The decision log says who put whom on the team, as it does for every other step.
        let what = previous.map { "\(m.name) from \($0.hoursPerWeek) to \(a.hoursPerWeek) h/wk" } ?? "\(m.name) on the team, \(a.hoursPerWeek) h/wk"
        p.log.append(Decision(at: ctx.now, by: ctx.actor, from: p.status, to: p.status, note: "\(what), \(a.range)"))
        projects.upsert(p)
        var out = ChangeOutcome(applied: .allocate(project: id, a),
                                said: .onProject(name: m.name, project: id, hours: a.hoursPerWeek, range: a.range))
        out.projects = [id]
        return out
    }

    mutating func removeAllocation(_ id: Int, _ member: String, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var p = try openProject(id)
        guard p.allocations.contains(where: { $0.member == member }) else {
            throw DomainError("member '\(member)' is not on project \(id)", field: .member)
        }
        p.allocations.removeAll { $0.member == member }
        let name = self.member(member)?.name ?? member
        p.log.append(Decision(at: ctx.now, by: ctx.actor, from: p.status, to: p.status, note: "\(name) off the team"))
        projects.upsert(p)
        var out = ChangeOutcome(applied: .removeAllocation(project: id, member: member), said: .takenOff(member: member, project: id))
        out.projects = [id]
        return out
    }

    mutating func hireExternal(_ id: Int, _ h: ExternalHire, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var p = try openProject(id)
        var hire = h
        hire.name = try Rules.nonEmpty(h.name, "the external's name", field: .name)
        hire.reason = try Rules.nonEmpty(h.reason, "the reason for hiring outside", field: .reason)
        if let hours = hire.hoursPerWeek { try Rules.hoursPerWeek(hours) }
        p.externalHires.append(hire)
        p.log.append(Decision(at: ctx.now, by: ctx.actor, from: p.status, to: p.status, note: "hired \(hire.name) from outside: \(hire.reason)"))
        projects.upsert(p)
        var out = ChangeOutcome(applied: .hireExternal(project: id, hire), said: .hired(name: hire.name, project: id))
        out.projects = [id]
        return out
    }

    mutating func markSkillsOptional(_ id: Int, _ skills: [String], _ ctx: ChangeContext) throws -> ChangeOutcome {
        var p = try openProject(id)
        let optional = try Rules.tags(skills, "optional skills", field: .skills)
        try Rules.optionalSkills(optional, of: p.skills)
        guard optional != p.optionalSkills else {
            throw DomainError(optional.isEmpty ? "project \(id) has no optional skills already" : "project \(id) already has exactly these optional skills", field: .skills)
        }
        p.optionalSkills = optional
        let text = optional.isEmpty ? "every skill required again" : "optional skills: " + optional.joined(separator: ", ")
        p.log.append(Decision(at: ctx.now, by: ctx.actor, from: p.status, to: p.status, note: text))
        projects.upsert(p)
        var out = ChangeOutcome(applied: .markSkillsOptional(project: id, skills: optional), said: .optionalSkills(project: id, skills: optional))
        out.projects = [id]
        return out
    }
}
