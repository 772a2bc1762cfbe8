/// Changing what an assignment is (its title, client, size, period...) and
/// calling it off: both written in the decision log, so the log tells the
/// story of the work as well as of the pipeline.
extension NetworkState {
    mutating func editProject(_ e: ProjectEdit, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var p = try openProject(e.project)
        guard !e.isEmpty else { throw DomainError(ProjectRefusal.nothingToChange(e.project)) }
        if e.budget != nil, e.clearBudget { throw DomainError(ProjectRefusal.budgetBoth, field: .budget) }
        if e.maxTravelKm != nil, e.clearMaxTravel { throw DomainError(ProjectRefusal.travelBoth, field: .travel) }
        let before = p
        if let v = e.title { p.title = try Rules.nonEmpty(v, .projectTitle, field: .title) }
        if let v = e.client { p.client = try Rules.nonEmpty(v, .projectClient, field: .client) }
        if let v = e.description { p.description = v.trimmingSpaces() }
        if let v = e.skills {
            p.skills = try Rules.tags(v, .requiredSkills, field: .skills)
            // Skills taken off the list are no longer optional either.
            p.optionalSkills = p.optionalSkills.filter { o in p.skills.contains { $0.caseInsensitiveCompare(o) == .orderedSame } }
        }
        if let v = e.city { p.city = try Rules.nonEmpty(v, .projectCity, field: .city) }
        if let v = e.estimatedHours {
            guard Limits.estimatedHours.contains(v) else {
                throw DomainError(ProjectRefusal.estimatedHoursBetween(Limits.estimatedHours.lowerBound, Limits.estimatedHours.upperBound, got: v), field: .hours)
            }
            p.estimatedHours = v
        }
        if e.start != nil || e.weeks != nil {
            let weeks = e.weeks ?? p.weeks
            guard Limits.weeks.contains(weeks) else { throw DomainError(ProjectRefusal.runsWeeks(got: weeks), field: .weeks) }
            p.period = DateRange(start: e.start ?? p.period.start, weeks: weeks)
            // The team was staffed for the old period; moving it silently would
            // book people in weeks nobody asked them about.
            if let outside = p.allocations.first(where: { !p.period.contains($0.range) }) {
                let name = member(outside.member)?.name ?? outside.member
                throw DomainError(ProjectRefusal.teamOutsidePeriod(name, outside.range, period: p.period), field: .weeks)
            }
        }
        if let v = e.budget {
            guard v.cents >= 0 else { throw DomainError(ProjectRefusal.negativeBudget(v.format(.nl)), field: .budget) }
            p.budget = v
        }
        if e.clearBudget { p.budget = nil }
        if let v = e.maxTravelKm {
            guard v >= 0 else { throw DomainError(ProjectRefusal.negativeTravel(v), field: .travel) }
            p.maxTravelKm = v
        }
        if e.clearMaxTravel { p.maxTravelKm = nil }
        let changed = differences(from: before, to: p)
        guard !changed.isEmpty else { throw DomainError(ProjectRefusal.sameDetails(e.project)) }
        let text = changed.joined(separator: "; ")
        p.log.append(Decision(at: ctx.now, by: ctx.actor, from: p.status, to: p.status, note: "edited: " + text))
        projects.upsert(p)
        var out = ChangeOutcome(applied: .editProject(e), said: .projectEdited(id: p.id, changes: text))
        out.projects = [p.id]
        return out
    }

    /// What an edit changed, as the decision log says it: "hours 40 -> 60".
    private func differences(from a: Project, to b: Project) -> [String] {
        let style = network.moneyStyle
        var out: [String] = []
        func note(_ what: String, _ x: String, _ y: String) { if x != y { out.append("\(what) \(x) -> \(y)") } }
        note("title", "'\(a.title)'", "'\(b.title)'")
        note("client", "'\(a.client)'", "'\(b.client)'")
        if a.description != b.description { out.append("description changed") }
        note("skills", a.skills.joined(separator: ", "), b.skills.joined(separator: ", "))
        note("optional skills", a.optionalSkills.joined(separator: ", "), b.optionalSkills.joined(separator: ", "))
        note("hours", a.estimatedHours.description, b.estimatedHours.description)
        note("start", a.period.start.iso, b.period.start.iso)
        note("weeks", String(a.weeks), String(b.weeks))
        note("city", a.city, b.city)
        note("budget", a.budget?.format(style) ?? "none", b.budget?.format(style) ?? "none")
        note("maximum travel", a.maxTravelKm.map { "\($0) km" } ?? "none", b.maxTravelKm.map { "\($0) km" } ?? "none")
        return out
    }
}
