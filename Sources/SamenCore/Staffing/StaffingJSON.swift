/// `samen project suggest --json`: the same suggestions, scores and reasons
/// as the table, as one document with stable field names.
extension StaffingReport {
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        var p = JSONObjectBuilder()
        p.set("id", project.id); p.set("title", project.title); p.set("client", project.client); p.set("city", project.city)
        p.set("skills", project.skills); p.set("optionalSkills", project.optionalSkills)
        p.set("start", project.period.start); p.set("end", project.period.end)
        p.set("estimatedHours", project.estimatedHours); p.set("maxTravelKm", project.maxTravelKm)
        p.set("neededPerWeek", JSONNumber.hours(neededPerWeek)); p.set("sizeBand", sizeBand)
        b.set("project", p.value)
        b.set("weights", weights.json)
        b.set("candidates", candidateCount)
        b.set("suggestions", .array(suggestions.enumerated().map { $0.element.json(rank: $0.offset + 1) }))
        b.set("nobodyInsideQualifies", nobodyInsideQualifies)
        b.set("needsATeam", needsATeam)
        b.set("perSkill", .array(perSkill.map { t in
            var o = JSONObjectBuilder()
            o.set("skill", t.skill); o.set("candidates", t.candidateCount)
            o.set("neededPerWeek", JSONNumber.hours(t.neededPerWeek))
            o.set("suggestions", .array(t.suggestions.enumerated().map { $0.element.json(rank: $0.offset + 1) }))
            return o.value
        }))
        b.set("uncoveredSkills", uncoveredSkills)
        b.set("skillsNobodyHas", skillsNobodyHas)
        b.set("outside", .array(outside.map(\.json)))
        b.set("excluded", .array(excluded.map { e in
            var o = JSONObjectBuilder()
            o.set("member", e.memberID); o.set("reason", e.reason.code); o.set("text", e.reason.en)
            return o.value
        }))
        var counts = JSONObjectBuilder()
        for (code, n) in exclusionCounts { counts.set(code, n) }
        b.set("excludedCounts", counts.value)
        b.set("team", team.map(\.json) ?? .null)
        return b.value
    }
}

extension Suggestion {
    func json(rank: Int) -> JSONValue {
        var b = JSONObjectBuilder()
        b.set("rank", rank); b.set("member", member.id); b.set("name", member.name); b.set("city", member.city)
        b.set("score", JSONNumber.tenths(score))
        b.set("line", line)
        b.set("parts", .array(parts.map(\.json)))
        return b.value
    }
}

extension ScorePart {
    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("part", kind.rawValue)
        b.set("value", JSONNumber.thousandths(value))
        b.set("weight", weight)
        switch reason {
        case let .skills(covered, total, missing):
            b.set("covered", covered); b.set("of", total); b.set("missingOptional", missing)
        case let .spare(perWeek, needed):
            b.set("freePerWeek", JSONNumber.hours(perWeek)); b.set("neededPerWeek", JSONNumber.hours(needed))
        case let .freePerDay(perDay, needed):
            b.set("freePerDay", JSONNumber.hours(perDay)); b.set("neededPerDay", JSONNumber.hours(needed))
        case let .travel(t):
            b.set("from", t.from.name); b.set("to", t.to.name)
            b.set("km", JSONNumber.tenths(t.kilometres)); b.set("minutes", t.minutes)
        case let .travelUnknown(place):
            b.set("unknownPlace", place)
        case let .needsWork(hours):
            b.set("needsWork", true); b.set("hoursPerWeek", hours)
        case let .recentUtilisation(u):
            b.set("needsWork", false); b.set("recentUtilisation", u.map(JSONNumber.thousandths) ?? .null)
        case let .lastAssignment(weeks):
            b.set("weeksSinceLastAssignment", weeks.map { .int(Int64($0)) } ?? .null)
        case .assignmentAhead:
            b.set("weeksSinceLastAssignment", 0); b.set("assignmentAhead", true)
        case let .seniority(s, band):
            b.set("seniority", s); b.set("sizeBand", band)
        case let .wantsMore(wanted):
            b.set("wantsMore", wanted)
        }
        b.set("text", SuggestionText.phrase(self) ?? "")
        return b.value
    }
}

extension OutsideContact {
    var json: JSONValue {
        var b = JSONObjectBuilder()
        switch self {
        case let .contact(m, skills):
            b.set("kind", "contact"); b.set("member", m.id); b.set("name", m.name); b.set("skills", skills)
            b.set("city", m.city); b.set("email", m.email); b.set("phone", m.phone)
        case let .pastHire(h, p, shared):
            b.set("kind", "past-hire"); b.set("name", h.name); b.set("reason", h.reason)
            b.set("project", p.id); b.set("projectTitle", p.title); b.set("skills", shared)
        }
        return b.value
    }
}
