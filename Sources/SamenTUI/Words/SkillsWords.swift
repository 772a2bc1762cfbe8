import SamenCore

/// The skills map's words (issue 16), a view of the Members pane: its table,
/// the detail of a skill, its keys and the key that opens it.
enum SkillsWords: Phrase {
    // The line above the table.
    case title
    case summary(skills: Int, onlyOne: Int, crowded: Int, nobodyInside: Int)
    /// The counts alone, for a narrow screen.
    case flagCounts(onlyOne: Int, crowded: Int, nobodyInside: Int)
    case spareOver(String)
    case row(Int)
    // The table's columns.
    case columnSkill, columnHolders, columnSpare, columnAsked, columnFlag, columnWho
    case flag(SkillsMap.Flag)
    case noSkills
    // The detail of a skill.
    case why(SkillsMap.Flag, name: String, crowdedFrom: Int)
    case heldBy(Int, spare: String, span: String)
    case nobodyHasIt
    case askedBy(projects: Int, requests: Int, since: String)
    case notAsked(since: String)
    case helpRequests(String)
    case hours(String)
    case andMore(Int)
    // The keys.
    case keyOpen, keyOpenHelp, keyMove, keyMoveHelp, keyPage, keyFirstLast, keyBack, keyBackHelp, keyMouseHelp

    var en: String {
        switch self {
        case .title: "Skills map"
        case let .summary(skills, onlyOne, crowded, nobodyInside):
            plural(skills, "1 skill", "# skills") + ": \(onlyOne) one holder, \(crowded) crowded, \(nobodyInside) nobody inside"
        case let .flagCounts(onlyOne, crowded, nobodyInside): "\(onlyOne) one holder, \(crowded) crowded, \(nobodyInside) nobody inside"
        case let .spareOver(span): "spare h \(span)"
        case let .row(n): "row \(n)"
        case .columnSkill: "SKILL"
        case .columnHolders: "HAVE"
        case .columnSpare: "FREE"
        case .columnAsked: "ASKED"
        case .columnFlag: "FLAG"
        case .columnWho: "WHO"
        case let .flag(f):
            switch f {
            case .onlyOne: "one holder"
            case .crowded: "crowded"
            case .nobodyInside: "nobody inside"
            }
        case .noSkills: "No skills yet: no member has one, and nothing asked for one."
        case let .why(f, name, crowdedFrom):
            switch f {
            case .onlyOne: "Only \(name) has this: a risk when they are away."
            case .crowded: "\(crowdedFrom) or more members have this: they may end up competing for the same work."
            case .nobodyInside: "Asked, and nobody inside has it: look outside."
            }
        case let .heldBy(n, spare, span): plural(n, "1 member", "# members") + ", \(spare) h free \(span)"
        case .nobodyHasIt: "No member inside has it."
        case let .askedBy(projects, requests, since):
            "Asked since \(since) by " + plural(projects, "1 project", "# projects") + " and " + plural(requests, "1 help request", "# help requests")
        case let .notAsked(since): "Not asked by any project or help request since \(since)."
        case let .helpRequests(ids): "Help requests \(ids)"
        case let .hours(h): "\(h) h"
        case let .andMore(n): "and \(n) more"
        case .keyOpen: "skills"
        case .keyOpenHelp: "the skills map: who has what, free hours, what asked for it"
        case .keyMove: "move"
        case .keyMoveHelp: "move through the skills"
        case .keyPage: "a page up or down"
        case .keyFirstLast: "first or last skill"
        case .keyBack: "back"
        case .keyBackHelp: "back to the members"
        case .keyMouseHelp: "a click selects a skill, the wheel scrolls"
        }
    }

    var nl: String {
        switch self {
        case .title: "Vaardigheden"
        case let .summary(skills, onlyOne, crowded, nobodyInside):
            plural(skills, "1 vaardigheid", "# vaardigheden") + ": \(onlyOne) bij één persoon, \(crowded) bij veel leden, \(nobodyInside) niemand binnen"
        case let .flagCounts(onlyOne, crowded, nobodyInside): "\(onlyOne) één persoon, \(crowded) veel leden, \(nobodyInside) niemand binnen"
        case let .spareOver(span): "vrije uren \(span)"
        case let .row(n): "rij \(n)"
        case .columnSkill: "VAARDIGHEID"
        case .columnHolders: "LEDEN"
        case .columnSpare: "VRIJ"
        case .columnAsked: "GEVRAAGD"
        case .columnFlag: "LET OP"
        case .columnWho: "WIE"
        case let .flag(f):
            switch f {
            case .onlyOne: "één persoon"
            case .crowded: "veel leden"
            case .nobodyInside: "niemand binnen"
            }
        case .noSkills: "Nog geen vaardigheden: geen lid heeft er een, en niets vroeg erom."
        case let .why(f, name, crowdedFrom):
            switch f {
            case .onlyOne: "Alleen \(name) heeft dit: een risico als die weg is."
            case .crowded: "\(crowdedFrom) of meer leden hebben dit: ze kunnen elkaar het werk gaan afsnoepen."
            case .nobodyInside: "Gevraagd, en niemand binnen heeft het: kijk buiten."
            }
        case let .heldBy(n, spare, span): plural(n, "1 lid", "# leden") + ", \(spare) uur vrij \(span)"
        case .nobodyHasIt: "Geen lid binnen heeft het."
        case let .askedBy(projects, requests, since):
            "Sinds \(since) gevraagd door " + plural(projects, "1 project", "# projecten") + " en " + plural(requests, "1 hulpvraag", "# hulpvragen")
        case let .notAsked(since): "Sinds \(since) door geen project of hulpvraag gevraagd."
        case let .helpRequests(ids): "Hulpvragen \(ids)"
        case let .hours(h): "\(h) uur"
        case let .andMore(n): "en nog \(n)"
        case .keyOpen: "vaardigheden"
        case .keyOpenHelp: "de vaardigheden: wie wat kan, hun vrije uren, wie erom vroeg"
        case .keyMove: "kies"
        case .keyMoveHelp: "door de vaardigheden gaan"
        case .keyPage: "een pagina omhoog of omlaag"
        case .keyFirstLast: "eerste of laatste vaardigheid"
        case .keyBack: "terug"
        case .keyBackHelp: "terug naar de leden"
        case .keyMouseHelp: "klik kiest een vaardigheid, het wieltje scrolt"
        }
    }
}
