/// The fact behind one part of a suggestion's score, kept as a value so every
/// screen and script shows the same reason and can say it its own way.
public enum SuggestionReason: Sendable, Equatable {
    /// Skills of the project the member has, of all it lists (optional ones included).
    case skills(covered: Int, of: Int, missingOptional: [String])
    /// Spare hours a week over the project's weeks (full-week equivalents,
    /// weeks with no room count as 0), against what the project needs a week.
    case spare(hoursPerWeek: Double, neededPerWeek: Double)
    case travel(TravelEstimate)
    /// The member's or the project's place is not in the table.
    case travelUnknown(place: String)
    /// An open "needs work" signal, with the hours a week asked for.
    case needsWork(hoursPerWeek: Hours?)
    /// Share of effective hours on network work in the last four weeks; nil
    /// when the member had no hours then.
    case recentUtilisation(Double?)
    /// Weeks since the member's last network assignment ended: 0 while on one,
    /// nil when they never had one.
    case lastAssignment(weeksAgo: Int?)
    /// Booked on an assignment that has not started yet (and on none today).
    case assignmentAhead
    case seniority(Seniority, project: SizeBand)
    /// On a job shorter than two weeks: free hours a day over its days,
    /// against what the member would carry a day.
    case freePerDay(hoursPerDay: Double, neededPerDay: Double)
    /// Of the work the member wants more of, what this project is (none: empty).
    case wantsMore([String])
}

/// One weighted part of a score.
public struct ScorePart: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case skills, spare, travel, solidarity, rotation, seniority
        case wantsMore
    }

    public var kind: Kind
    /// How well the member does on this part, from 0 to 1.
    public var value: Double
    /// The part's weight from `network.json`'s `matchingWeights`.
    public var weight: Int
    public var reason: SuggestionReason
}

/// A member who passed the hard filters, with a score from 0 to 100 and why.
public struct Suggestion: Sendable {
    public var member: Member
    public var score: Double
    public var parts: [ScorePart]

    public var reasons: [SuggestionReason] { parts.map(\.reason) }
    /// `skills 3/3 · 22 h/wk free · 14 km ~28 min · needs work ↑ · last assignment 9 wk ago`
    public var line: String { SuggestionText.line(parts) }
}

/// Why a member is not suggested at all (the first hard filter they fail).
public enum ExclusionReason: Phrase, Sendable, Equatable {
    case left(on: Day)
    /// Applicants are not in the network yet.
    case applicant
    case alreadyOnProject
    case declinedClient(String)
    case missingSkills([String])
    /// Time off covers every working day of the project.
    case awayWholePeriod
    /// No contracted hours for network work on any day of the project.
    case noHours
    case tooFar(kilometres: Int, max: Int)
    /// Asked to join this project, they said no (with their reason, if they gave one).
    case saidNo(JoinDeclineReason?)

    /// A short, stable name for scripts and summaries.
    public var code: String {
        switch self {
        case .left: return "left"
        case .applicant: return "applicant"
        case .alreadyOnProject: return "already-on-project"
        case .declinedClient: return "declined-client"
        case .missingSkills: return "missing-skills"
        case .awayWholePeriod: return "away"
        case .noHours: return "no-hours"
        case .tooFar: return "too-far"
        case .saidNo: return "said-no"
        }
    }

    public var en: String {
        switch self {
        case let .left(day): return "left the network on \(day.iso)"
        case .applicant: return "an applicant, not in the network yet"
        case .alreadyOnProject: return "already on this project"
        case let .declinedClient(c): return "does not work for \(c)"
        case let .missingSkills(s): return "lacks " + s.joined(separator: ", ")
        case .awayWholePeriod: return "away for the whole period"
        case .noHours: return "no hours for network work in the period"
        case let .tooFar(km, max): return "\(km) km away, more than the project's \(max) km"
        case let .saidNo(r): return "said no to this project" + (r.map { ": " + JoinWords.reason($0).en } ?? "")
        }
    }

    public var nl: String {
        switch self {
        case let .left(v1): return "heeft het netwerk verlaten op \(NL.d(v1))"
        case .applicant: return "aspirant-lid, nog niet in het netwerk"
        case .alreadyOnProject: return "zit al op dit project"
        case let .declinedClient(v1): return "werkt niet voor \(v1)"
        case let .missingSkills(v1): return "mist " + NL.ls(v1)
        case .awayWholePeriod: return "de hele periode weg"
        case .noHours: return "geen uren voor netwerkwerk in de periode"
        case let .tooFar(v1, v2): return "\(v1) km weg, meer dan de \(v2) km van het project"
        case let .saidNo(v1): return "zei nee tegen dit project" + (v1.map { ": " + JoinWords.reason($0).nl } ?? "")
        }
    }
}

/// A member left out, by id: at 10,000 members most are, and a copy of each
/// record would cost more than the whole ranking.
public struct Exclusion: Sendable, Equatable {
    public var memberID: String
    public var reason: ExclusionReason
    /// The member's name where a screen lists them one by one (those who said no); else empty.
    public var name: String = ""
}

/// Someone outside the network worth asking when nobody inside fits.
public enum OutsideContact: Sendable {
    /// A member record with role `external`, with the project's skills they have.
    case contact(Member, skills: [String])
    /// Someone hired from outside before, on a project that needed some of the same skills.
    case pastHire(ExternalHire, project: Project, sharedSkills: [String])

    public var name: String {
        switch self {
        case let .contact(m, _): return m.name
        case let .pastHire(h, _, _): return h.name
        }
    }
}

/// Everything staffing has to say about one project.
public struct StaffingReport: Sendable {
    public var project: Project
    /// Best first.
    public var suggestions: [Suggestion]
    /// How many members passed the hard filters (`suggestions` may be cut to a limit).
    public var candidateCount: Int
    public var excluded: [Exclusion]
    /// When nobody has every required skill: who could take each one, as a team.
    public var perSkill: [SkillSuggestions]
    /// Required skills nobody inside can take on (lacking, away, too far...).
    public var uncoveredSkills: [String]
    /// Filled only when nobody inside qualifies: contacts for the uncovered skills.
    public var outside: [OutsideContact]
    /// Required skills that no current member of the network has at all.
    public var skillsNobodyHas: [String]
    /// What the project needs a week: its estimated hours spread over its working days.
    public var neededPerWeek: Double
    public var sizeBand: SizeBand
    public var weights: MatchingWeights
    /// A proposed team, when nobody with every skill can carry all the hours.
    public var team: TeamProposal? = nil

    /// Nobody has every skill, and not even a team from inside covers them all.
    public var nobodyInsideQualifies: Bool { candidateCount == 0 && (perSkill.isEmpty || !uncoveredSkills.isEmpty) }
    /// Nobody has every skill, but members can share the work skill by skill.
    public var needsATeam: Bool { candidateCount == 0 && !perSkill.isEmpty }

    /// How many were left out for each reason, most common first.
    public var exclusionCounts: [(code: String, count: Int)] {
        var counts: [String: Int] = [:]
        for e in excluded { counts[e.reason.code, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

/// Who could take one skill's part of a project that needs a team.
public struct SkillSuggestions: Sendable {
    public var skill: String
    public var suggestions: [Suggestion]
    public var candidateCount: Int
    /// The project's hours a week, split evenly over its required skills.
    public var neededPerWeek: Double
    /// Hours a week each shown member can take on every week of the job
    /// without being overbooked (see `FreeTime`), by member id.
    public var canTake: [String: Hours] = [:]
}
