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
        var lines = [StaffingWords.project(p.id, title: p.title, client: p.client, p.status).text]
        var when = StaffingWords.period(city: p.city, p.period.start, p.period.end, weeks: p.weeks).text
        let days = p.period.workingDays(in: p.period)
        // A congress of three days needs its hours in those days; "183 h/wk" would read as nonsense.
        let rate: StaffingWords = days < 5 ? .overWorkingDays(days) : .aboutPerWeek(HoursText.of(r.neededPerWeek))
        when += StaffingWords.sizeLine(p.estimatedHours, rate: rate, r.sizeBand).text
        if let km = p.maxTravelKm { when += StaffingWords.atMostKm(km).text }
        lines.append(when)
        lines.append(skills(p))
        return lines
    }

    /// `needs infographics, illustration; optional: editing`
    public static func skills(_ p: Project) -> String {
        let required = p.requiredSkills
        var text = required.isEmpty ? StaffingWords.noRequiredSkills.text : StaffingWords.needs(required).text
        if !p.optionalSkills.isEmpty { text += StaffingWords.optional(p.optionalSkills).text }
        return text
    }

    /// Said before the skill-by-skill lists of a team job.
    public static func teamIntro(_ r: StaffingReport) -> String {
        StaffingWords.nobodyHasSkills(r.project.requiredSkills.count).text
    }

    /// `video (about 10 h/wk of the work)`, or that nobody inside can take
    /// it; a job shorter than two weeks per day over its working days, as
    /// its team is said: `journalism (3 days · about 9.2 h/day of the work)`
    /// (an allocation books a fifth of its hours a week on each working day).
    public static func skillHeading(_ part: SkillSuggestions, of project: Project? = nil) -> String {
        if part.suggestions.isEmpty { return StaffingWords.nobodyInsideForPart(part.skill).text }
        if let project {
            let days = JobDays(project.period)
            if days.short {
                return StaffingWords.skillAboutPerDay(part.skill, days: days.workingDays, perDay: HoursText.of(part.neededPerWeek / 5)).text
            }
        }
        return StaffingWords.skillAbout(part.skill, hours: HoursText.of(part.neededPerWeek)).text
    }

    /// Nobody inside fits: say so, say what is missing, and who outside has
    /// it, one contact a line (see `contactLine`). `howToAddOne`, if given,
    /// ends the line that says there is nobody on file: each UI knows its own way.
    public static func outside(_ r: StaffingReport, howToAddOne: String? = nil) -> [String] {
        var lines: [String] = []
        if r.needsATeam {
            lines.append(StaffingWords.nobodyInsideCanTake(r.uncoveredSkills).text)
        } else {
            lines.append(StaffingWords.nobodyInsideQualifies.text)
        }
        if !r.skillsNobodyHas.isEmpty {
            lines.append(StaffingWords.noMemberHasAtAll(r.skillsNobodyHas).text)
        }
        if r.outside.isEmpty {
            lines.append(StaffingWords.noContactsOnFile.text + (howToAddOne.map { " " + $0 } ?? ""))
            return lines
        }
        lines.append(StaffingWords.outsideWithSomeSkills.text)
        for o in r.outside { lines.append("  " + contactLine(o)) }
        return lines
    }

    /// `Iris Drie (iris-3d, external) · 3d-animation · Delft · iris@example.org`
    public static func contactLine(_ o: OutsideContact) -> String {
        switch o {
        case let .contact(m, skills):
            let reach = [m.email, m.phone].compactMap { $0 }.joined(separator: ", ")
            return StaffingWords.contact(name: m.name, id: m.id, skills: skills, city: m.city, reach: reach).text
        case let .pastHire(h, p, shared):
            return StaffingWords.pastHire(name: h.name, project: p.id, title: p.title, skills: shared, reason: h.reason).text
        }
    }

    /// `5 of 5 who qualify shown; left out: 34 lack a required skill`
    public static func summary(_ r: StaffingReport) -> String {
        let shown = r.suggestions.count
        var s: String
        if r.needsATeam {
            s = StaffingWords.nobodyHasEverySkill(perSkill: r.perSkill.map { "\($0.skill) \($0.candidateCount)" }).text
        } else {
            s = (r.nobodyInsideQualifies ? StaffingWords.noMemberQualifies : .shownOf(shown, qualify: r.candidateCount)).text
        }
        if let left = leftOut(r) { s += "; " + left }
        return s
    }

    /// `left out: 34 lack a required skill, 2 away the whole period`; nil when nobody was.
    public static func leftOut(_ r: StaffingReport) -> String? {
        let counts = r.exclusionCounts
        guard !counts.isEmpty else { return nil }
        return StaffingWords.leftOut(counts.map { StaffingWords.excluded($0.count, code: $0.code).text }).text
    }

    /// An exclusion code (`ExclusionReason.code`) as words after a number.
    public static func phrase(_ code: String) -> String {
        Language.current == .nl ? StaffingWords.exclusionNL(code) : StaffingWords.exclusionEN(code)
    }
}
