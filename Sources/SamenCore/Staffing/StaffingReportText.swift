import Foundation

/// A staffing report in words: the project's heading, the team fallback's
/// headings, who is outside, and the one-line summary. Kept beside the
/// report so `samen project suggest` and the dashboard's "who could do
/// this?" say exactly the same things; each UI only lays them out.
public enum StaffingReportText {
    /// A score as both UIs print it: one decimal (`78.3`).
    public static func score(_ score: Double) -> String { String(format: "%.1f", score) }

    /// What the project is and asks, in three lines:
    /// `Project 21: Illustrations for a patient leaflet for LUMC (incoming)`,
    /// `Leiden · 2026-11-23 to 2026-12-13 (3 weeks) · 48 h, about 16 h/wk · small job`,
    /// `needs illustration`.
    public static func heading(_ r: StaffingReport) -> [String] {
        let p = r.project
        var lines = ["Project \(p.id): \(p.title) for \(p.client) (\(p.status.rawValue))"]
        var when = "\(p.city) · \(p.period.start.iso) to \(p.period.end.iso) (\(p.weeks) \(p.weeks == 1 ? "week" : "weeks"))"
        let days = p.period.workingDays(in: p.period)
        // A congress of three days needs its hours in those days; "183 h/wk" would read as nonsense.
        let rate = days < 5 ? "over \(days) working \(days == 1 ? "day" : "days")" : "about \(HoursText.of(r.neededPerWeek)) h/wk"
        when += " · \(p.estimatedHours) h, \(rate) · \(r.sizeBand.rawValue) job"
        if let km = p.maxTravelKm { when += " · at most \(km) km away" }
        lines.append(when)
        lines.append(skills(p))
        return lines
    }

    /// `needs infographics, illustration; optional: editing`
    public static func skills(_ p: Project) -> String {
        let required = p.requiredSkills
        var text = required.isEmpty ? "no required skills" : "needs " + required.joined(separator: ", ")
        if !p.optionalSkills.isEmpty { text += "; optional: " + p.optionalSkills.joined(separator: ", ") }
        return text
    }

    /// Said before the skill-by-skill lists of a team job.
    public static func teamIntro(_ r: StaffingReport) -> String {
        let n = r.project.requiredSkills.count
        return "Nobody has \(n == 2 ? "both" : "all \(n)") skills: this is work for a team. Skill by skill:"
    }

    /// `video (about 10 h/wk of the work)`, or that nobody inside can take it.
    public static func skillHeading(_ part: SkillSuggestions) -> String {
        part.suggestions.isEmpty ? "\(part.skill): nobody inside can take this part"
            : "\(part.skill) (about \(HoursText.of(part.neededPerWeek)) h/wk of the work)"
    }

    /// Nobody inside fits: say so, say what is missing, and who outside has
    /// it, one contact a line (see `contactLine`). `howToAddOne`, if given,
    /// ends the line that says there is nobody on file: each UI knows its own way.
    public static func outside(_ r: StaffingReport, howToAddOne: String? = nil) -> [String] {
        var lines: [String] = []
        if r.needsATeam {
            lines.append("Nobody inside can take: \(r.uncoveredSkills.joined(separator: ", ")).")
        } else {
            lines.append("Nobody inside the network qualifies.")
        }
        if !r.skillsNobodyHas.isEmpty {
            lines.append("No member has \(r.skillsNobodyHas.joined(separator: ", ")) at all.")
        }
        if r.outside.isEmpty {
            lines.append("No external contacts with these skills on file." + (howToAddOne.map { " " + $0 } ?? ""))
            return lines
        }
        lines.append("Outside the network, with some of these skills:")
        for o in r.outside { lines.append("  " + contactLine(o)) }
        return lines
    }

    /// `Iris Drie (iris-3d, external) · 3d-animation · Delft · iris@example.org`
    public static func contactLine(_ o: OutsideContact) -> String {
        switch o {
        case let .contact(m, skills):
            let reach = [m.email, m.phone].compactMap { $0 }.joined(separator: ", ")
            return "\(m.name) (\(m.id), external) · \(skills.joined(separator: ", ")) · \(m.city)\(reach.isEmpty ? "" : " · " + reach)"
        case let .pastHire(h, p, shared):
            return "\(h.name) · hired for project \(p.id) (\(p.title); \(shared.joined(separator: ", "))): \(h.reason)"
        }
    }

    /// `5 of 5 who qualify shown; left out: 34 lack a required skill`
    public static func summary(_ r: StaffingReport) -> String {
        let shown = r.suggestions.count
        var s: String
        if r.needsATeam {
            s = "nobody has every skill; per skill: " + r.perSkill.map { "\($0.skill) \($0.candidateCount)" }.joined(separator: ", ")
        } else {
            s = r.nobodyInsideQualifies ? "no member qualifies" : "\(shown) of \(r.candidateCount) who qualify shown"
        }
        if let left = leftOut(r) { s += "; " + left }
        return s
    }

    /// `left out: 34 lack a required skill, 2 away the whole period`; nil when nobody was.
    public static func leftOut(_ r: StaffingReport) -> String? {
        let counts = r.exclusionCounts
        guard !counts.isEmpty else { return nil }
        return "left out: " + counts.map { "\($0.count) \(phrase($0.code))" }.joined(separator: ", ")
    }

    /// An exclusion code (`ExclusionReason.code`) as words after a number.
    public static func phrase(_ code: String) -> String {
        switch code {
        case "missing-skills": return "lack a required skill"
        case "away": return "away the whole period"
        case "no-hours": return "without network hours then"
        case "too-far": return "too far"
        case "declined-client": return "declined this client"
        case "left": return "left"
        case "applicant": return "applicant"
        case "already-on-project": return "already on it"
        default: return code
        }
    }
}
