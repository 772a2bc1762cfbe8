/// What a proposed team says, the same in `samen project suggest` and the
/// dashboard's "who could do this?". Hours come formatted with a point
/// (`27.5`); Dutch writes them with a comma. Skill names are the network's
/// own tags and stay as they are.
public enum TeamWords: Phrase, Equatable {
    case heading(members: Int, coversEverything: Bool)
    /// `journalism 27.5 h (3 days · 9.2 h/day)`
    case skillShort(String, hours: String, days: Int, perDay: String)
    /// `journalism 120 h (about 10 h/wk)`
    case skillLong(String, hours: String, perWeek: String)
    case piece(name: String, hours: String)
    case nobodyInside
    /// `photography: 8 h of 27.5 h uncovered`
    case uncovered(String, missing: String, of: String)
    case outsideFor([String])
    case noOutsideOnFile
    /// `5 h/day · 15 h` or `10 h/wk · 60 h`
    case perDay(String, total: String)
    case perWeek(String, total: String)
    case skillHours(String, hours: String)
    case freeOnThoseDays(String)
    case overbooked(proposed: String, free: String)
    case swappedOut([String])
    case proposedHeading
    case alternativesHeading

    public var en: String {
        switch self {
        case let .heading(n, all):
            all ? "Proposed team: \(plural(n, "# member covers", "# members cover")) every skill"
                : "Proposed team: \(plural(n, "# member", "# members")), not every skill covered"
        case let .skillShort(s, h, days, perDay): "\(s) \(h) h (\(plural(days, "# day", "# days")) · \(perDay) h/day)"
        case let .skillLong(s, h, perWeek): "\(s) \(h) h (about \(perWeek) h/wk)"
        case let .piece(name, h): "\(name) \(h) h"
        case .nobodyInside: "nobody inside"
        case let .uncovered(s, missing, of): "\(s): \(missing) h of \(of) h uncovered"
        case let .outsideFor(skills): "Outside contacts for \(skills.joined(separator: ", ")):"
        case .noOutsideOnFile: "No outside contacts on file for it."
        case let .perDay(h, total): "\(h) h/day · \(total) h"
        case let .perWeek(h, total): "\(h) h/wk · \(total) h"
        case let .skillHours(s, h): "\(s) \(h) h"
        case let .freeOnThoseDays(h): "\(h) h free on those days"
        case let .overbooked(p, free): "overbooked: \(p) h proposed, \(free) h free on those days"
        case let .swappedOut(names): "swapped out: \(names.joined(separator: ", "))"
        case .proposedHeading: "proposed"
        case .alternativesHeading: "With every skill, but too few hours to do it alone:"
        }
    }

    public var nl: String {
        switch self {
        case let .heading(n, all):
            all ? "Voorgesteld team: \(plural(n, "# lid dekt", "# leden dekken")) elke vaardigheid"
                : "Voorgesteld team: \(plural(n, "# lid", "# leden")), niet elke vaardigheid gedekt"
        case let .skillShort(s, h, days, perDay): "\(s) \(NL.dc(h)) u (\(plural(days, "# dag", "# dagen")) · \(NL.dc(perDay)) u/dag)"
        case let .skillLong(s, h, perWeek): "\(s) \(NL.dc(h)) u (ca. \(NL.dc(perWeek)) u/wk)"
        case let .piece(name, h): "\(name) \(NL.dc(h)) u"
        case .nobodyInside: "niemand uit het netwerk"
        case let .uncovered(s, missing, of): "\(s): \(NL.dc(missing)) u van \(NL.dc(of)) u niet gedekt"
        case let .outsideFor(skills): "Contacten buiten het netwerk voor \(NL.ls(skills)):"
        case .noOutsideOnFile: "Geen contacten buiten het netwerk bekend."
        case let .perDay(h, total): "\(NL.dc(h)) u/dag · \(NL.dc(total)) u"
        case let .perWeek(h, total): "\(NL.dc(h)) u/wk · \(NL.dc(total)) u"
        case let .skillHours(s, h): "\(s) \(NL.dc(h)) u"
        case let .freeOnThoseDays(h): "\(NL.dc(h)) u vrij op die dagen"
        case let .overbooked(p, free): "overboekt: \(NL.dc(p)) u voorgesteld, \(NL.dc(free)) u vrij op die dagen"
        case let .swappedOut(names): "eruit gewisseld: \(NL.ls(names))"
        case .proposedHeading: "voorstel"
        case .alternativesHeading: "Met alle vaardigheden, maar te weinig uren om het alleen te doen:"
        }
    }
}
