/// What staffing says about a project and the members it suggests, the same
/// words in `samen project suggest` and the dashboard's "who could do this?":
/// the reasons on a suggestion's line, the project's heading, the team and
/// outside fallbacks, and the summary. Hours come formatted with a point
/// (`16.5`); Dutch writes them with a comma.
public enum StaffingWords: Phrase, Equatable {
    // A suggestion's line.
    case noSkillsAsked
    case skills(Int, of: Int)
    case hoursFree(String)
    case hoursFreePerDay(String)
    case kilometres(Int, minutes: Int)
    case travelUnknown(String)
    case needsWork
    case wantsMore([String])
    case littleWorkLately(percent: Int)
    case noAssignmentYet
    case onAssignmentNow
    case lastAssignment(weeksAgo: Int)
    case assignmentAhead
    case seniorityFor(Seniority, SizeBand)
    // The heading.
    case project(Int, title: String, client: String, ProjectStatus)
    case period(city: String, Day, Day, weeks: Int)
    case overWorkingDays(Int)
    case aboutPerWeek(String)
    indirect case sizeLine(Hours, rate: StaffingWords, SizeBand)
    case atMostKm(Int)
    case noRequiredSkills
    case needs([String])
    case optional([String])
    // Team and outside.
    case nobodyHasSkills(Int)
    case nobodyInsideForPart(String)
    case skillAbout(String, hours: String)
    /// A job shorter than two weeks, said per day as its team is (issue 17).
    case skillAboutPerDay(String, days: Int, perDay: String)
    case nobodyInsideCanTake([String])
    case nobodyInsideQualifies
    case noMemberHasAtAll([String])
    case noContactsOnFile
    case outsideWithSomeSkills
    case contact(name: String, id: String, skills: [String], city: String, reach: String)
    case pastHire(name: String, project: Int, title: String, skills: [String], reason: String)
    // The summary.
    case nobodyHasEverySkill(perSkill: [String])
    case noMemberQualifies
    case shownOf(Int, qualify: Int)
    case leftOut([String])
    case excluded(Int, code: String)
    /// A week a member would be overbooked, with the hours below zero (`-4`).
    case overbookedWeek(ISOWeek, hours: String)
    /// `samen project staff` without `--allow-overbooking`; the weeks as `OverbookedWeek` says them.
    case wouldBeOverbooked(String, weeks: [String])

    public var en: String {
        switch self {
        case .noSkillsAsked: "no skills asked"
        case let .skills(covered, total): "skills \(covered)/\(total)"
        case let .hoursFree(h): "\(h) h/wk free"
        case let .hoursFreePerDay(h): "\(h) h/day free"
        case let .kilometres(km, minutes): minutes == 0 ? "0 km" : "\(km) km ~\(minutes) min"
        case let .travelUnknown(place): "travel unknown: place '\(place)' not in the table"
        case .needsWork: "needs work ↑"
        case let .wantsMore(w): "wants more \(w.joined(separator: ", ")) ↑"
        case let .littleWorkLately(percent): "little work lately (\(percent) %) ↑"
        case .noAssignmentYet: "no network assignment yet"
        case .onAssignmentNow: "on an assignment now"
        case let .lastAssignment(weeks): "last assignment \(weeks) wk ago"
        case .assignmentAhead: "booked on an assignment that starts later"
        case let .seniorityFor(s, band): "\(s.rawValue) for a \(band.rawValue) job"
        case let .project(id, title, client, status): "Project \(id): \(title) for \(client) (\(status.rawValue))"
        case let .period(city, start, end, weeks): "\(city) · \(start.iso) to \(end.iso) (\(weeks) \(weeks == 1 ? "week" : "weeks"))"
        case let .overWorkingDays(days): "over \(days) working \(days == 1 ? "day" : "days")"
        case let .aboutPerWeek(h): "about \(h) h/wk"
        case let .sizeLine(hours, rate, band): " · \(hours) h, \(rate.en) · \(band.rawValue) job"
        case let .atMostKm(km): " · at most \(km) km away"
        case .noRequiredSkills: "no required skills"
        case let .needs(skills): "needs " + skills.joined(separator: ", ")
        case let .optional(skills): "; optional: " + skills.joined(separator: ", ")
        case let .nobodyHasSkills(n): "Nobody has \(n == 2 ? "both" : "all \(n)") skills: this is work for a team. Skill by skill:"
        case let .nobodyInsideForPart(skill): "\(skill): nobody inside can take this part"
        case let .skillAbout(skill, h): "\(skill) (about \(h) h/wk of the work)"
        case let .skillAboutPerDay(skill, days, perDay): "\(skill) (\(plural(days, "# day", "# days")) · about \(perDay) h/day of the work)"
        case let .nobodyInsideCanTake(skills): "Nobody inside can take: \(skills.joined(separator: ", "))."
        case .nobodyInsideQualifies: "Nobody inside the network qualifies."
        case let .noMemberHasAtAll(skills): "No member has \(skills.joined(separator: ", ")) at all."
        case .noContactsOnFile: "No external contacts with these skills on file."
        case .outsideWithSomeSkills: "Outside the network, with some of these skills:"
        case let .contact(name, id, skills, city, reach):
            "\(name) (\(id), external) · \(skills.joined(separator: ", ")) · \(city)\(reach.isEmpty ? "" : " · " + reach)"
        case let .pastHire(name, project, title, skills, reason):
            "\(name) · hired for project \(project) (\(title); \(skills.joined(separator: ", "))): \(reason)"
        case let .nobodyHasEverySkill(perSkill): "nobody has every skill; per skill: " + perSkill.joined(separator: ", ")
        case .noMemberQualifies: "no member qualifies"
        case let .shownOf(shown, qualify): "\(shown) of \(qualify) who qualify shown"
        case let .leftOut(parts): "left out: " + parts.joined(separator: ", ")
        case let .excluded(n, code): "\(n) \(StaffingWords.exclusionEN(code, count: n))"
        case let .overbookedWeek(week, hours): "\(week) (\(hours) h)"
        case let .wouldBeOverbooked(name, weeks):
            "\(name) would be overbooked in \(weeks.joined(separator: ", ")); pass --allow-overbooking to staff them anyway"
        }
    }

    public var nl: String {
        switch self {
        case .noSkillsAsked: "geen vaardigheden gevraagd"
        case let .skills(v1, v2): "vaardigh. \(v1)/\(v2)"
        case let .hoursFree(v1): "\(NL.dc(v1)) u/wk vrij"
        case let .hoursFreePerDay(v1): "\(NL.dc(v1)) u/dag vrij"
        case let .kilometres(v1, v2): v2 == 0 ? "0 km" : "\(v1) km ~\(v2) min"
        case let .travelUnknown(v1): "reistijd onbekend: plaats '\(v1)' niet in de tabel"
        case .needsWork: "zoekt werk ↑"
        case let .wantsMore(w): "wil meer \(w.joined(separator: ", ")) ↑"
        case let .littleWorkLately(v1): "weinig werk recent (\(v1) %) ↑"
        case .noAssignmentYet: "nog geen opdracht via het netwerk"
        case .onAssignmentNow: "nu op een opdracht"
        case let .lastAssignment(v1): "laatste opdracht \(v1) wk geleden"
        case .assignmentAhead: "geboekt op een opdracht die later begint"
        case let .seniorityFor(v1, v2): "\(NL.sn(v1)) voor een \(NL.bk(v2)) klus"
        case let .project(v1, v2, v3, v4): "Project \(v1): \(v2) voor \(v3) (\(NL.ps(v4)))"
        case let .period(v1, v2, v3, v4): "\(v1) · \(NL.s(v2)) t/m \(NL.s(v3)) (\(v4) \(v4 == 1 ? "week" : "weken"))"
        case let .overWorkingDays(v1): "in \(v1) \(v1 == 1 ? "werkdag" : "werkdagen")"
        case let .aboutPerWeek(v1): "ca. \(NL.dc(v1)) u/wk"
        case let .sizeLine(v1, v2, v3): " · \(NL.s(v1)) u, \(v2.nl) · \(NL.bk(v3)) klus"
        case let .atMostKm(v1): " · hoogstens \(v1) km weg"
        case .noRequiredSkills: "geen vereiste vaardigheden"
        case let .needs(v1): "nodig: " + NL.ls(v1)
        case let .optional(v1): "; optioneel: " + NL.ls(v1)
        case let .nobodyHasSkills(v1): "Niemand heeft \(v1 == 2 ? "beide" : "alle \(v1)") vaardigheden: dit is werk voor een team. Per vaardigheid:"
        case let .nobodyInsideForPart(v1): "\(v1): niemand binnen kan dit deel doen"
        case let .skillAbout(v1, v2): "\(v1) (ca. \(NL.dc(v2)) u/wk van het werk)"
        case let .skillAboutPerDay(v1, v2, v3): "\(v1) (\(plural(v2, "# dag", "# dagen")) · ca. \(NL.dc(v3)) u/dag van het werk)"
        case let .nobodyInsideCanTake(v1): "Niemand binnen kan dit doen: \(NL.ls(v1))."
        case .nobodyInsideQualifies: "Niemand binnen het netwerk komt in aanmerking."
        case let .noMemberHasAtAll(v1): "Geen enkel lid heeft \(NL.ls(v1))."
        case .noContactsOnFile: "Geen externe contacten met deze vaardigheden bekend."
        case .outsideWithSomeSkills: "Buiten het netwerk, met een deel van deze vaardigheden:"
        case let .contact(v1, v2, v3, v4, v5):
            "\(v1) (\(v2), extern) · \(NL.ls(v3)) · \(v4)\(v5.isEmpty ? "" : " · " + v5)"
        case let .pastHire(v1, v2, v3, v4, v5):
            "\(v1) · ingehuurd voor project \(v2) (\(v3); \(NL.ls(v4))): \(v5)"
        case let .nobodyHasEverySkill(v1): "niemand heeft alle vaardigheden; per vaardigheid: " + NL.ls(v1)
        case .noMemberQualifies: "geen lid komt in aanmerking"
        case let .shownOf(v1, v2): "\(v1) van \(v2) geschikten getoond"
        case let .leftOut(v1): "weggelaten: " + NL.ls(v1)
        case let .excluded(v1, v2): "\(v1) \(StaffingWords.exclusionNL(v2, count: v1))"
        case let .overbookedWeek(v1, v2): "\(NL.w(v1)) (\(NL.dc(v2)) u)"
        case let .wouldBeOverbooked(v1, v2):
            "\(v1) zou overboekt zijn in \(NL.ls(v2)); geef \(NL.ao) mee om toch te bemensen"
        }
    }

    /// An exclusion code (`ExclusionReason.code`) as words after a number:
    /// `count` chooses the verb's or noun's number ("1 lacks", "2 lack").
    static func exclusionEN(_ code: String, count: Int = 2) -> String {
        switch code {
        case "missing-skills": count == 1 ? "lacks a required skill" : "lack a required skill"
        case "away": "away the whole period"
        case "no-hours": "without network hours then"
        case "too-far": "too far"
        case "declined-client": "declined this client"
        case "left": "left"
        case "applicant": count == 1 ? "applicant" : "applicants"
        case "already-on-project": "already on it"
        case "said-no": "said no"
        default: code
        }
    }

    static func exclusionNL(_ code: String, count: Int = 2) -> String {
        switch code {
        case "missing-skills": count == 1 ? "mist een vereiste vaardigheid" : "missen een vereiste vaardigheid"
        case "away": "de hele periode weg"
        case "no-hours": "dan zonder netwerkuren"
        case "too-far": "te ver"
        case "declined-client": count == 1 ? "weigert deze klant" : "weigeren deze klant"
        case "left": "vertrokken"
        case "applicant": count == 1 ? "aspirant-lid" : "aspirant-leden"
        case "already-on-project": count == 1 ? "zit er al op" : "zitten er al op"
        case "said-no": count == 1 ? "zei nee" : "zeiden nee"
        default: code
        }
    }
}
