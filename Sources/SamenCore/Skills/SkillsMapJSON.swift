/// `samen skills --json`: stable English keys, one object per skill, so
/// `jq '.skills[] | select(.flags | index("only-one")) | .name'` lists the
/// skills one person holds. Hours to a tenth; flags as `SkillsMap.Flag`'s raw values.
extension SkillsMap {
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("today", today)
        b.set("from", first.iso)
        b.set("weeks", weeks)
        b.set("needsSince", since)
        b.set("membersInside", inside)
        b.set("crowdedFrom", Self.crowdedHolders)
        var counts = JSONObjectBuilder()
        for f in Flag.allCases { counts.set(f.rawValue, count(f)) }
        b.set("flagged", counts.value)
        b.set("skills", .array(skills.map(\.json)))
        return b.value
    }
}

extension SkillsMap.Skill {
    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("name", name)
        b.set("flags", flags.map(\.rawValue))
        b.set("spare", JSONNumber.hours(spare))
        b.set("holders", .array(holders.map { h in
            var o = JSONObjectBuilder()
            o.set("id", h.id); o.set("name", h.name); o.set("seniority", h.seniority); o.set("spare", JSONNumber.hours(h.spare))
            return o.value
        }))
        b.set("projects", .array(projects.map { p in
            var o = JSONObjectBuilder()
            o.set("id", p.id); o.set("title", p.title); o.set("status", p.status); o.set("start", p.start)
            return o.value
        }))
        b.set("helpRequests", .array(requests.map { .int(Int64($0)) }))
        return b.value
    }
}
