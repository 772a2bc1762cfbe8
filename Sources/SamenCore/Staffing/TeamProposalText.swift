/// A proposed team in words, kept beside it so `samen project suggest` and
/// the dashboard say the same team with the same numbers; each UI only lays
/// the lines out.
public enum TeamProposalText {
    /// `Proposed team: 5 members cover every skill`
    public static func heading(_ t: TeamProposal) -> String {
        TeamWords.heading(members: t.members.count, coversEverything: t.coversEverything).text
    }

    /// One line a skill: `journalism 27.5 h (3 days · 9.2 h/day): Eva Prins 15 h + Eric Went 13.5 h`.
    public static func skillLine(_ c: TeamProposal.SkillCover, _ t: TeamProposal) -> String {
        let need = HoursText.of(c.need)
        let what = t.job.short
            ? TeamWords.skillShort(c.skill, hours: need, days: t.job.workingDays, perDay: HoursText.of(c.need / Double(t.job.workingDays)))
            : .skillLong(c.skill, hours: need, perWeek: HoursText.of(c.need / Double(t.job.workingDays) * 5))
        let short = shortNames(t)
        let who = c.pieces.isEmpty ? TeamWords.nobodyInside.text
            : c.pieces.map { TeamWords.piece(name: short[$0.memberID] ?? $0.name, hours: HoursText.of($0.hours)).text }.joined(separator: " + ")
        return what.text + ": " + who
    }

    /// First names on the skill lines, as people speak of a team ("Eva 16 h
    /// + Eric 11.5 h"), unless two on the team share one: then full names.
    static func shortNames(_ t: TeamProposal) -> [String: String] {
        var firsts: [String: Int] = [:]
        let first = t.members.map { ($0.suggestion.member.id, $0.suggestion.member.name.split(separator: " ").first.map(String.init) ?? $0.suggestion.member.name) }
        for (_, f) in first { firsts[f, default: 0] += 1 }
        var out: [String: String] = [:]
        for (id, f) in first where firsts[f] == 1 { out[id] = f }
        return out
    }

    /// Every skill's line, each followed by what it leaves uncovered, if anything.
    public static func skillLines(_ t: TeamProposal) -> [(text: String, uncovered: Bool)] {
        var out: [(String, Bool)] = []
        for c in t.skills {
            out.append((skillLine(c, t), false))
            if c.uncovered >= 0.05 { out.append(("  " + uncovered(c), true)) }
        }
        return out
    }

    /// `photography: 8 h of 27.5 h uncovered`
    public static func uncovered(_ c: TeamProposal.SkillCover) -> String {
        TeamWords.uncovered(c.skill, missing: HoursText.of(c.uncovered), of: HoursText.of(c.need)).text
    }

    /// What is proposed for one member: `5 h/day · 15 h`, then their skills
    /// when they take more than one: `journalism 9 h + editing 6 h`.
    public static func proposed(_ m: TeamProposal.Member, _ t: TeamProposal) -> String {
        let total = HoursText.of(m.hours)
        var text = (t.job.short ? TeamWords.perDay(HoursText.of(m.hoursPerDay), total: total)
                               : .perWeek(HoursText.of(m.hoursPerWeek.value), total: total)).text
        text += " " + m.skills.map { m.skills.count == 1 ? $0.skill : TeamWords.skillHours($0.skill, hours: HoursText.of($0.hours)).text }
            .joined(separator: " + ")
        return text
    }

    /// `24 h free on those days`, or that they would be overbooked.
    public static func freeTime(_ m: TeamProposal.Member) -> String {
        m.isOverbooked ? TeamWords.overbooked(proposed: HoursText.of(m.hours), free: HoursText.of(m.free)).text
            : TeamWords.freeOnThoseDays(HoursText.of(m.free)).text
    }

    /// Outside contacts for the uncovered skills (see `StaffingReportText.contactLine`).
    public static func outside(_ t: TeamProposal) -> [String] {
        let open = t.uncoveredSkills.map(\.skill)
        guard !open.isEmpty else { return [] }
        var lines = [TeamWords.outsideFor(open).text]
        if t.outside.isEmpty { lines.append("  " + TeamWords.noOutsideOnFile.text) }
        for o in t.outside { lines.append("  " + StaffingReportText.contactLine(o)) }
        return lines
    }
}

/// The team in `samen project suggest --json`: English keys, hours as numbers.
extension TeamProposal {
    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("days", job.workingDays)
        b.set("short", job.short)
        b.set("coversEverything", coversEverything)
        b.set("skills", .array(skills.map { c in
            var o = JSONObjectBuilder()
            o.set("skill", c.skill); o.set("hours", JSONNumber.hours(c.need))
            if job.short { o.set("hoursPerDay", JSONNumber.hours(c.need / Double(job.workingDays))) }
            o.set("covered", JSONNumber.hours(c.covered)); o.set("uncovered", JSONNumber.hours(c.uncovered))
            o.set("members", .array(c.pieces.map { p in
                var m = JSONObjectBuilder()
                m.set("member", p.memberID); m.set("name", p.name); m.set("hours", JSONNumber.hours(p.hours))
                return m.value
            }))
            o.set("line", TeamProposalText.skillLine(c, self))
            return o.value
        }))
        b.set("members", .array(members.enumerated().map { k, m in
            var o = JSONObjectBuilder()
            let s = m.suggestion
            o.set("rank", k + 1); o.set("member", s.member.id); o.set("name", s.member.name); o.set("city", s.member.city)
            o.set("score", JSONNumber.tenths(s.score)); o.set("line", s.line)
            o.set("parts", .array(s.parts.map(\.json)))
            o.set("hours", JSONNumber.hours(m.hours)); o.set("hoursPerWeek", m.hoursPerWeek)
            if job.short { o.set("hoursPerDay", JSONNumber.hours(m.hoursPerDay)) }
            o.set("freeOnThoseDays", JSONNumber.hours(m.free)); o.set("overbooked", m.isOverbooked)
            o.set("skills", .array(m.skills.map { s in
                var x = JSONObjectBuilder()
                x.set("skill", s.skill); x.set("hours", JSONNumber.hours(s.hours))
                return x.value
            }))
            return o.value
        }))
        b.set("swappedOut", swappedOut.map(\.id))
        b.set("outside", .array(outside.map(\.json)))
        return b.value
    }
}
