extension NetworkState {
    mutating func addProject(_ proposed: Project, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var p = proposed
        p.title = try Rules.nonEmpty(p.title, .projectTitle, field: .title)
        p.client = try Rules.nonEmpty(p.client, .projectClient, field: .client)
        p.city = try Rules.nonEmpty(p.city, .projectCity, field: .city)
        p.skills = try Rules.tags(p.skills, .requiredSkills, field: .skills)
        p.optionalSkills = try Rules.tags(p.optionalSkills, .optionalSkills, field: .skills)
        try Rules.optionalSkills(p.optionalSkills, of: p.skills)
        if let s = p.source { _ = try existingMember(s) }
        guard Limits.estimatedHours.contains(p.estimatedHours) else {
            throw DomainError(ProjectRefusal.estimatedHoursBetween(Limits.estimatedHours.lowerBound, Limits.estimatedHours.upperBound, got: p.estimatedHours), field: .hours)
        }
        guard p.period.dayCount <= 520 * 7 else { throw DomainError(ProjectRefusal.runsAtMost520Weeks, field: .weeks) }
        if let b = p.budget, b.cents < 0 { throw DomainError(ProjectRefusal.negativeBudget(b.format(.nl)), field: .budget) }
        if let km = p.maxTravelKm, km < 0 { throw DomainError(ProjectRefusal.negativeTravel(km), field: .travel) }
        p.id = (projects.lastID ?? 0) + 1
        p.status = .incoming
        p.lead = nil; p.allocations = []; p.externalHires = []; p.declineReason = nil; p.accepted = nil
        p.asks = []
        p.received = ctx.now
        p.log = [Decision(at: ctx.now, by: ctx.actor, from: nil, to: .incoming, note: p.source.map { "brought in by \($0)" } ?? "came to the collective")]
        projects.append(sortedAfterLast: p)
        var out = ChangeOutcome(applied: .addProject(p), said: .newAssignment(id: p.id, title: p.title, client: p.client))
        out.projects = [p.id]
        return out
    }

    func openProject(_ id: Int) throws -> Project {
        let p = try existingProject(id)
        guard !p.status.isClosed else { throw DomainError(ProjectRefusal.closed(id, p.status)) }
        return p
    }

    mutating func setLead(_ id: Int, _ member: String, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var p = try openProject(id)
        let m = try workingMember(member, on: ctx.today)
        guard m.role != .external else { throw DomainError(ProjectRefusal.externalAsLead(m.name), field: .lead) }
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
        guard from != to else { throw DomainError(ProjectRefusal.already(id, to)) }
        guard from.next.contains(to) else {
            if from.isClosed { throw DomainError(ProjectRefusal.closedCannotMove(id, from: from, to: to)) }
            throw DomainError(ProjectRefusal.cannotGo(id, from: from, to: to, next: Array(from.next)))
        }
        switch to {
        case .proposal:
            guard p.lead != nil else { throw DomainError(ProjectRefusal.proposalNeedsLead(id), field: .lead) }
            p.accepted = ctx.today
        case .declined:
            guard let reason else { throw DomainError(ProjectRefusal.declineNeedsReason(id, allowed: DeclineReason.allowedValues), field: .reason) }
            if reason == .other, note.trimmingSpaces().isEmpty { throw DomainError(ProjectRefusal.otherNeedsNote, field: .note) }
            p.declineReason = reason
        case .active:
            guard p.lead != nil else { throw DomainError(ProjectRefusal.startNeedsLead(id), field: .lead) }
        case .cancelled:
            // Calling off work others counted on is told to them in the log, with why.
            if note.trimmingSpaces().isEmpty { throw DomainError(ProjectRefusal.cancelNeedsReason(id), field: .reason) }
        default: break
        }
        if to != .declined, reason != nil { throw DomainError(ProjectRefusal.reasonOnlyWhenDeclining, field: .reason) }
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
        if m.role == .external { throw DomainError(ProjectRefusal.externalAllocated(m.name), field: .member) }
        try Rules.hoursPerWeek(a.hoursPerWeek)
        guard a.hoursPerWeek > 0 else { throw DomainError(ProjectRefusal.allocationTooSmall, field: .hours) }
        guard p.period.contains(a.range) else {
            throw DomainError(ProjectRefusal.allocationOutside(id, a.range, period: p.period))
        }
        if let left = m.left, a.range.end >= left {
            throw DomainError(ProjectRefusal.leavesBeforeAllocationEnds(m.id, leaves: left, ends: a.range.end), field: .member)
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
            throw DomainError(ProjectRefusal.notOnProject(member, id), field: .member)
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
        hire.name = try Rules.nonEmpty(h.name, .externalName, field: .name)
        hire.reason = try Rules.nonEmpty(h.reason, .reasonForHiring, field: .reason)
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
        let optional = try Rules.tags(skills, .optionalSkills, field: .skills)
        try Rules.optionalSkills(optional, of: p.skills)
        guard optional != p.optionalSkills else {
            throw DomainError(optional.isEmpty ? ProjectRefusal.noOptionalSkillsAlready(id) : .sameOptionalSkills(id), field: .skills)
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
