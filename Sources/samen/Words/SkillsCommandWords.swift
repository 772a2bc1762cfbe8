import SamenCore

/// Help and output of `samen skills`.
enum SkillsCommandWords: Phrase {
    case abstract, discussion, weeksHelp
    case skill, holders, who, spare, projects, requests, flags
    case flag(SkillsMap.Flag)
    case noSkills
    /// "19 skills, held by 39 members inside: ..."
    case summary(skills: Int, inside: Int, onlyOne: Int, crowded: Int, crowdedFrom: Int, nobodyInside: Int, span: String, since: String)

    var en: String {
        switch self {
        case .abstract: "Every skill in the network: who has it, their spare hours, and the projects that needed it."
        case .discussion: """
            The shape of the network: for every skill of the members inside
            (partners, associates and members who have not left; not applicants
            or externals), and every skill projects of the last 12 months or help
            requests asked, who holds it at what seniority, their spare hours in
            the coming weeks (as `samen capacity` counts them), and how many
            projects and help requests needed it. Flags:
              one holder      only one member has it: a risk when they are away
              crowded         \(SkillsMap.crowdedHolders) or more members have it: they may end up competing
              nobody inside   asked, and nobody inside has it: look outside

            Skills are compared without regard to case, as staffing does.

            Examples:
              samen skills                       spare hours over the next 4 weeks
              samen skills --weeks 12
              samen skills --json | jq '.skills[] | select(.flags | index("only-one")) | .name'
            """
        case .weeksHelp: "Spare hours over this many weeks from this week (1-52)."
        case .skill: "SKILL"
        case .holders: "HOLDERS"
        case .who: "WHO (SENIORITY, SPARE H)"
        case .spare: "SPARE H"
        case .projects: "PROJECTS"
        case .requests: "REQUESTS"
        case .flags: "FLAG"
        case let .flag(f):
            switch f {
            case .onlyOne: "one holder"
            case .crowded: "crowded"
            case .nobodyInside: "nobody inside"
            }
        case .noSkills: "No skills yet: no member inside has one, and no project or help request asked one."
        case let .summary(skills, inside, onlyOne, crowded, crowdedFrom, nobodyInside, span, since):
            plural(skills, "1 skill", "# skills") + " among " + plural(inside, "1 member", "# members") + " inside: "
                + plural(onlyOne, "1 held by one member", "# held by one member") + ", "
                + "\(crowded) by \(crowdedFrom) or more, "
                + plural(nobodyInside, "1 asked that nobody inside has", "# asked that nobody inside has")
                + ". Spare hours \(span); needs since \(since)."
        }
    }

    var nl: String {
        switch self {
        case .abstract: "Elke vaardigheid in het netwerk: wie hem heeft, hun vrije uren, en de projecten die erom vroegen."
        case .discussion: """
            De vorm van het netwerk: voor elke vaardigheid van de leden binnen
            (partners, associés en leden die niet vertrokken zijn; geen aspiranten
            of externen), en elke vaardigheid waar projecten van de afgelopen 12
            maanden of hulpvragen om vroegen: wie hem heeft en hoe senior, hun
            vrije uren in de komende weken (zoals `samen capacity` ze telt), en
            hoeveel projecten en hulpvragen erom vroegen. Markeringen:
              één persoon      maar één lid heeft hem: een risico als die weg is
              veel leden       \(SkillsMap.crowdedHolders) of meer leden hebben hem: ze kunnen elkaar beconcurreren
              niemand binnen   gevraagd, en niemand binnen heeft hem: kijk buiten

            Hoofdletters tellen niet mee, net als bij bemensen.

            Voorbeelden:
              samen skills                       vrije uren in de komende 4 weken
              samen skills --weeks 12
              samen skills --json | jq '.skills[] | select(.flags | index("only-one")) | .name'
            """
        case .weeksHelp: "Vrije uren over zoveel weken vanaf deze week (1-52)."
        case .skill: "VAARDIGHEID"
        case .holders: "LEDEN"
        case .who: "WIE (SENIORITEIT, VRIJE U)"
        case .spare: "VRIJE U"
        case .projects: "PROJECTEN"
        case .requests: "HULPVRAGEN"
        case .flags: "LET OP"
        case let .flag(f):
            switch f {
            case .onlyOne: "één persoon"
            case .crowded: "veel leden"
            case .nobodyInside: "niemand binnen"
            }
        case .noSkills: "Nog geen vaardigheden: geen lid binnen heeft er een, en geen project of hulpvraag vroeg erom."
        case let .summary(skills, inside, onlyOne, crowded, crowdedFrom, nobodyInside, span, since):
            plural(skills, "1 vaardigheid", "# vaardigheden") + " bij " + plural(inside, "1 lid", "# leden") + " binnen: "
                + "\(onlyOne) bij één persoon, \(crowded) bij \(crowdedFrom) of meer, "
                + "\(nobodyInside) gevraagd die niemand binnen heeft"
                + ". Vrije uren \(span); vragen sinds \(since)."
        }
    }
}
