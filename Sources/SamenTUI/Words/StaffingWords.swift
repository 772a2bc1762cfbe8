import SamenCore

/// "Who could do this?" and staffing from it: the view's own headings and
/// lines, its keys, what Space and `e` say, and the hours form's notice.
/// (The report's explanations are `StaffingReportText`'s.)
enum StaffingWords: Phrase {
    case whoCouldDoThis, backToSuggestions, staffReadOnly, staffTentativeReadOnly
    case headerRankScoreName, headerWhy
    case onTheTeamHeading, onTheTeamTentativeHeading, addOutsideContact
    case onTheTeam(Hours, dot: String)
    case onTheTeamRow(Hours, dot: String)
    case onTheTeamWhy(Hours, from: Day, to: Day, dot: String)
    case overbooked([OverbookedWeek], dot: String)
    case overbookedWeeks([OverbookedWeek])
    case takesThemOff(mark: String), atHours(mark: String, Hours)
    case role(Role), seniority(Seniority), part(ScorePart.Kind)
    case points(part: String, got: String, of: String)
    case scoreLine(String, parts: [String])
    case scoreOf100(String)
    case externalContact

    // Keys
    case nextOrPreviousMember, moveWithPages, openMemberHelp, capacityHelp, backToProjects, otherPanes, mouseHelp
    case spaceHelp, hoursHelp, hireHelp
    case backToTheSuggestions, member, capacity, keys, quit, move
    case takeOffTheTeam, putOnTheTeam, hoursKey, openMember, hireOutside, back
    case space, mouse, tentativeUntilWon

    // What it says
    case nobodyToOpen, nobodyToStaff, outsideIsHired
    case overbookedQuestion(who: String, weeks: [OverbookedWeek], hours: Hours)
    case enterAsksFirst([OverbookedWeek])
    case staffTitle(name: String, id: Int)

    var en: String {
        switch self {
        case .whoCouldDoThis: "Who could do this?"
        case .backToSuggestions: "Esc back to the suggestions"
        case .staffReadOnly: "Space: staff"
        case .staffTentativeReadOnly: "Space: staff, tentative"
        case .headerRankScoreName: "  #  SCORE  NAME"
        case .headerWhy: "WHY"
        case .onTheTeamHeading: "On the team"
        case .onTheTeamTentativeHeading: "On the team (tentative until won)"
        case .addOutsideContact: "Add one in Members: n, with role external."
        case let .onTheTeam(h, dot): "on the team, \(h) h/wk \(dot)"
        case let .onTheTeamRow(h, dot): "on the team, \(h) h/wk \(dot) Space takes them off"
        case let .onTheTeamWhy(h, from, to, dot): "on the team, \(h) h/wk, \(from.iso) to \(to.iso) \(dot) Space takes them off"
        case let .overbooked(weeks, dot): "overbooked \(weeks.map(\.description).joined(separator: ", ")) \(dot)"
        case let .overbookedWeeks(weeks): weeks.map(\.description).joined(separator: ", ")
        case let .takesThemOff(mark): "\(mark) Space takes them off"
        case let .atHours(mark, h): "\(mark) at \(h) h/wk"
        case let .role(r): r.rawValue
        case let .seniority(s): s.rawValue
        case let .part(k): k == .wantsMore ? "wants more" : k.rawValue
        case let .points(part, got, of): "\(part) \(got) of \(of)"
        case let .scoreLine(score, parts): "score \(score) = " + parts.joined(separator: " + ")
        case let .scoreOf100(score): "score \(score) of 100"
        case .externalContact: "external contact"

        case .nextOrPreviousMember: "the next or previous member"
        case .moveWithPages: "move (PgUp PgDn a page, g G first or last)"
        case .openMemberHelp: "open the member full size; Esc or Enter goes back"
        case .capacityHelp: "capacity heat map: the project's skills over its weeks"
        case .backToProjects: "back to the projects"
        case .otherPanes: "other panes; 2 comes back here"
        case .mouseHelp: "click selects a member; the wheel scrolls"
        case .spaceHelp: "put the member on the team (hours a week asked; overbooking asked first), or take them off"
        case .hoursHelp: "change a team member's hours a week"
        case .hireHelp: "hire from outside, with the reason"
        case .backToTheSuggestions: "back to the suggestions"
        case .member: "member"
        case .capacity: "capacity"
        case .keys: "keys"
        case .quit: "quit"
        case .move: "move"
        case .takeOffTheTeam: "take off the team"
        case .putOnTheTeam: "put on the team"
        case .hoursKey: "hours"
        case .openMember: "open member"
        case .hireOutside: "hire outside"
        case .back: "back"
        case .space: "Space"
        case .mouse: "mouse"
        case .tentativeUntilWon: " (tentative until won)"

        case .nobodyToOpen: "nobody to open here: nobody inside qualifies and no outside contact is on file"
        case .nobodyToStaff: "nobody to staff here"
        case .outsideIsHired: "an outside contact is hired with o, not put on the team"
        case let .overbookedQuestion(who, weeks, hours):
            "\(who) would be overbooked in \(weeks.count) \(weeks.count == 1 ? "week" : "weeks"): \(weeks.map(\.description).joined(separator: ", ")). Staff them for \(hours) h/wk anyway?"
        case let .enterAsksFirst(weeks): "Enter asks first: overbooked in \(weeks.map(\.description).joined(separator: ", "))"
        case let .staffTitle(name, id): "\(name) on project \(id)"
        }
    }

    var nl: String {
        switch self {
        case .whoCouldDoThis: "Wie kan dit doen?"
        case .backToSuggestions: "Esc terug naar de voorstellen"
        case .staffReadOnly: "Spatie: bemensen"
        case .staffTentativeReadOnly: "Spatie: bemensen, voorlopig"
        case .headerRankScoreName: "  #  SCORE  NAAM"
        case .headerWhy: "WAAROM"
        case .onTheTeamHeading: "In het team"
        case .onTheTeamTentativeHeading: "In het team (voorlopig tot gewonnen)"
        case .addOutsideContact: "Voeg er een toe bij Leden: n, met rol extern."
        case let .onTheTeam(h, dt): "in het team, " + h.shown + " u/wk \(dt)"
        case let .onTheTeamRow(h, dt): "in het team, " + h.shown + " u/wk \(dt) Spatie haalt eraf"
        case let .onTheTeamWhy(h, fr, to, dt): "in het team, " + h.shown + " u/wk, " + fr.shown + " t/m " + to.shown + " \(dt) Spatie haalt eraf"
        case let .overbooked(wk, dt): "overboekt " + StaffingWords.dutch(wk) + " \(dt)"
        case let .overbookedWeeks(wk): StaffingWords.dutch(wk)
        case let .takesThemOff(mk): "\(mk) Spatie haalt eraf"
        case let .atHours(mk, h): "\(mk) bij " + h.shown + " u/wk"
        case let .role(r): r.dutch
        case let .seniority(s): s.dutch
        case let .part(k):
            switch k {
            case .skills: "vaardigheden"
            case .spare: "vrij"
            case .travel: "reizen"
            case .solidarity: "solidariteit"
            case .rotation: "rotatie"
            case .seniority: "senioriteit"
            case .wantsMore: "wil meer"
            }
        case let .points(pt, gt, va): "\(pt) " + Decimal1.localised(gt) + " van " + Decimal1.localised(va)
        case let .scoreLine(sc, parts): "score " + Decimal1.localised(sc) + " = " + parts.joined(separator: " + ")
        case let .scoreOf100(sc): "score " + Decimal1.localised(sc) + " van 100"
        case .externalContact: "extern contact"

        case .nextOrPreviousMember: "het volgende of vorige lid"
        case .moveWithPages: "kiezen (PgUp PgDn pagina, g G eerste/laatste)"
        case .openMemberHelp: "het lid schermvullend openen; Esc of Enter gaat terug"
        case .capacityHelp: "capaciteitskaart: vaardigheden en weken van het project"
        case .backToProjects: "terug naar de projecten"
        case .otherPanes: "andere tabbladen; 2 komt hier terug"
        case .mouseHelp: "klik kiest een lid; het wieltje scrolt"
        case .spaceHelp: "in of uit het team (vraagt uren/week; overboeken eerst)"
        case .hoursHelp: "de uren per week van een teamlid wijzigen"
        case .hireHelp: "extern inhuren, met de reden"
        case .backToTheSuggestions: "terug naar de voorstellen"
        case .member: "lid"
        case .capacity: "capaciteit"
        case .keys: "toetsen"
        case .quit: "stoppen"
        case .move: "kies"
        case .takeOffTheTeam: "uit team"
        case .putOnTheTeam: "in team"
        case .hoursKey: "uren"
        case .openMember: "lid openen"
        case .hireOutside: "extern inhuren"
        case .back: "terug"
        case .space: "Spatie"
        case .mouse: "muis"
        case .tentativeUntilWon: " (voorlopig tot gewonnen)"

        case .nobodyToOpen: "hier valt niemand te openen: niemand van binnen komt in aanmerking en er is geen extern contact bekend"
        case .nobodyToStaff: "hier valt niemand in te zetten"
        case .outsideIsHired: "een extern contact huur je in met o, het gaat niet in het team"
        case let .overbookedQuestion(wi, wk, hs):
            "\(wi) zou overboekt zijn in " + plural(wk.count, "1 week", "# weken") + ": " + StaffingWords.dutch(wk) + ". Toch inzetten voor " + hs.shown + " u/wk?"
        case let .enterAsksFirst(wk): "Enter vraagt eerst: overboekt in " + StaffingWords.dutch(wk)
        case let .staffTitle(nm, id): "\(nm) op project \(id)"
        }
    }

    /// Overbooked weeks as Dutch writes them: `wk 49 2026 (-4 u)`, `(-2,5 u)`.
    static func dutch(_ weeks: [OverbookedWeek]) -> String {
        weeks.map { o in
            let hours = (o.spareAfter * 10).rounded() / 10
            let n = hours == hours.rounded() ? String(Int(hours)) : Decimal1.localised(String(hours))
            return "wk \(o.week.week) \(o.week.year) (\(n) u)"
        }.joined(separator: ", ")
    }
}
