/// ST-groep's assignments. Partners acquire the work and, as they usually do,
/// each runs a project with one associate chosen for the competencies it needs.
/// Every partner keeps two lines of work going; each line is a run of projects
/// ending in the one active today, so the demo has three years of history
/// whatever day it is built on.
enum STGroepProjects {
    struct Row {
        var title: String
        var client: String
        var city: String
        var skills: [String]
        var associate: String
        var weeks: Int
        var leadHours: Int = 14
        var associateHours: Int
    }

    struct Line {
        var lead: String
        /// Days from today on which the last (active) project started.
        var activeStart: Int
        var rows: [Row]
    }

    static let lines: [Line] = [
        Line(lead: "pierre", activeStart: -70, rows: [
            Row(title: "Care pathways for older patients", client: "Ziekenhuis Eemland", city: "Amersfoort",
                skills: ["sociotechnics", "healthcare"], associate: "miriam", weeks: 30, associateHours: 10),
            Row(title: "Redesign of the outpatient clinic", client: "Ziekenhuis Eemland", city: "Amersfoort",
                skills: ["sociotechnics", "process-redesign", "healthcare"], associate: "katleen", weeks: 34, associateHours: 12),
            Row(title: "From departments to patient-flow teams", client: "Revalidatiecentrum Het Roer", city: "Utrecht",
                skills: ["sociotechnics", "healthcare", "team-coaching"], associate: "katleen", weeks: 28, associateHours: 10),
            Row(title: "Sociotechnical scan of the emergency department", client: "Ziekenhuis Eemland", city: "Amersfoort",
                skills: ["sociotechnics", "healthcare"], associate: "miriam", weeks: 20, leadHours: 10, associateHours: 8),
            Row(title: "Whole-task teams in home care", client: "Thuiszorg Lek en IJssel", city: "Nieuwegein",
                skills: ["sociotechnics", "healthcare", "change-management"], associate: "miriam", weeks: 32, associateHours: 12),
            Row(title: "Rebuilding the planning office", client: "Ziekenhuis Gelderse Poort", city: "Arnhem",
                skills: ["process-redesign", "healthcare"], associate: "sophie", weeks: 30, associateHours: 12),
        ]),
        Line(lead: "pierre", activeStart: -40, rows: [
            Row(title: "Redesign of the warehouse", client: "Logistiek Centrum Nieuwegein", city: "Nieuwegein",
                skills: ["process-redesign", "lean"], associate: "hans", weeks: 26, associateHours: 12),
            Row(title: "Production cells instead of a line", client: "Metaalbewerking Van Dijk BV", city: "Veenendaal",
                skills: ["sociotechnics", "process-redesign", "lean"], associate: "hans", weeks: 30, associateHours: 12),
            Row(title: "Order-to-delivery redesign", client: "Drukkerij Ten Brink", city: "Zeist",
                skills: ["process-redesign"], associate: "jasper", weeks: 20, leadHours: 10, associateHours: 8),
            Row(title: "Teams at the distribution centre", client: "Logistiek Centrum Nieuwegein", city: "Nieuwegein",
                skills: ["sociotechnics", "team-coaching"], associate: "hans", weeks: 32, associateHours: 12),
            Row(title: "Quality circles that last", client: "Bakkerij Oudshoorn BV", city: "Woerden",
                skills: ["lean", "process-redesign"], associate: "jasper", weeks: 18, leadHours: 10, associateHours: 8),
            Row(title: "Organisational scan after the merger", client: "Installatiebedrijf Gebr. Hol", city: "Utrecht",
                skills: ["organisational-advice", "sociotechnics"], associate: "hans", weeks: 26, associateHours: 10),
            Row(title: "Redesign of the assembly department", client: "Fietsfabriek Utrecht", city: "Utrecht",
                skills: ["sociotechnics", "process-redesign"], associate: "hans", weeks: 34, associateHours: 12),
        ]),
        Line(lead: "guido", activeStart: -100, rows: [
            Row(title: "One front office for social services", client: "Gemeente Lekstad", city: "Nieuwegein",
                skills: ["government", "process-redesign"], associate: "bart", weeks: 30, associateHours: 12),
            Row(title: "Permit process from 26 to 8 weeks", client: "Omgevingsdienst Midden", city: "Utrecht",
                skills: ["government", "process-redesign"], associate: "bart", weeks: 24, associateHours: 12),
            Row(title: "Change programme for the tax department", client: "Gemeente Eemstad", city: "Amersfoort",
                skills: ["change-management", "government"], associate: "sophie", weeks: 32, associateHours: 10),
            Row(title: "Working in area teams", client: "Provincie Midden-Nederland", city: "Utrecht",
                skills: ["government", "sociotechnics"], associate: "bart", weeks: 28, associateHours: 10),
            Row(title: "Youth care: from referral to team", client: "Jeugdzorg Regio Eem", city: "Amersfoort",
                skills: ["government", "change-management"], associate: "sophie", weeks: 26, associateHours: 8),
            Row(title: "Redesign of the client contact centre", client: "Waterschap Kromme Rijn", city: "Houten",
                skills: ["government", "process-redesign"], associate: "bart", weeks: 30, associateHours: 12),
        ]),
        Line(lead: "guido", activeStart: -30, rows: [
            Row(title: "Leadership when the budget shrinks", client: "Veiligheidsregio Midden", city: "Utrecht",
                skills: ["change-management", "training"], associate: "sophie", weeks: 30, associateHours: 10),
            Row(title: "Leadership programme: sociotechnical thinking", client: "Woningcorporatie Domstad", city: "Utrecht",
                skills: ["training", "sociotechnics"], associate: "ellen", weeks: 20, leadHours: 10, associateHours: 12),
            Row(title: "Managing change on the shop floor", client: "Veiligheidsregio Midden", city: "Utrecht",
                skills: ["change-management", "training"], associate: "sophie", weeks: 26, associateHours: 10),
            Row(title: "Train the trainers: self-managing teams", client: "Woningcorporatie Domstad", city: "Utrecht",
                skills: ["training", "team-coaching"], associate: "ellen", weeks: 24, leadHours: 10, associateHours: 14),
            Row(title: "Reorganisation without a blueprint", client: "Stichting Welzijn Zeist", city: "Zeist",
                skills: ["change-management", "organisational-advice"], associate: "sophie", weeks: 30, associateHours: 12),
            Row(title: "Masterclasses for middle managers", client: "Gemeente Lekstad", city: "Nieuwegein",
                skills: ["training"], associate: "ellen", weeks: 18, leadHours: 8, associateHours: 10),
            Row(title: "Change programme for the maintenance division", client: "Woningcorporatie Domstad", city: "Utrecht",
                skills: ["change-management", "sociotechnics"], associate: "miriam", weeks: 28, associateHours: 12),
        ]),
        Line(lead: "annemiek", activeStart: -120, rows: [
            Row(title: "Curriculum teams for the new programme", client: "Hogeschool Domstad", city: "Utrecht",
                skills: ["education", "team-coaching"], associate: "ellen", weeks: 30, associateHours: 12),
            Row(title: "Teacher teams in upper secondary", client: "Scholengroep Vechtstreek", city: "Maarssen",
                skills: ["education", "team-coaching"], associate: "ellen", weeks: 32, associateHours: 12),
            Row(title: "Intervision for school leaders", client: "Stichting Primair Onderwijs Eem", city: "Amersfoort",
                skills: ["intervision", "education"], associate: "miriam", weeks: 20, leadHours: 10, associateHours: 8),
            Row(title: "From sections to learning teams", client: "ROC Midden", city: "Utrecht",
                skills: ["education", "sociotechnics"], associate: "ellen", weeks: 34, associateHours: 14),
            Row(title: "Team coaching for student services", client: "Hogeschool Domstad", city: "Utrecht",
                skills: ["team-coaching", "education"], associate: "katleen", weeks: 24, associateHours: 10),
            Row(title: "Sociotechnical redesign of the vocational school", client: "ROC Midden", city: "Utrecht",
                skills: ["education", "sociotechnics"], associate: "ellen", weeks: 36, associateHours: 12),
        ]),
        Line(lead: "annemiek", activeStart: -50, rows: [
            Row(title: "Coaching the district teams", client: "Stichting Welzijn Zeist", city: "Zeist",
                skills: ["team-coaching"], associate: "katleen", weeks: 20, associateHours: 10),
            Row(title: "Self-managing teams in disability care", client: "Zorggroep De Linde", city: "Zeist",
                skills: ["team-coaching", "healthcare"], associate: "katleen", weeks: 30, associateHours: 8),
            Row(title: "Intervision programme for team coaches", client: "Zorggroep De Linde", city: "Zeist",
                skills: ["intervision", "team-coaching"], associate: "miriam", weeks: 16, leadHours: 10, associateHours: 8),
            Row(title: "Coaching the management team", client: "GGZ Midden", city: "Utrecht",
                skills: ["team-coaching"], associate: "katleen", weeks: 26, associateHours: 10),
            Row(title: "Rebuilding trust after a reorganisation", client: "Stichting Welzijn Zeist", city: "Zeist",
                skills: ["team-coaching", "change-management"], associate: "miriam", weeks: 28, associateHours: 10),
            Row(title: "Teams around the client in youth care", client: "Jeugdzorg Regio Eem", city: "Amersfoort",
                skills: ["team-coaching", "healthcare"], associate: "katleen", weeks: 30, associateHours: 12),
            Row(title: "Team coaching on the wards", client: "GGZ Midden", city: "Utrecht",
                skills: ["team-coaching", "healthcare"], associate: "katleen", weeks: 24, associateHours: 10),
        ]),
    ]

    /// Weeks between one project's end and the next one's start in a line.
    static let gapDays = 14

    /// Every project billed through the network, with the lines laid out back from today.
    static func billable() -> [DemoProject] {
        var out: [DemoProject] = []
        for (l, line) in lines.enumerated() {
            var start = line.activeStart
            var projects: [DemoProject] = []
            for (i, row) in line.rows.enumerated().reversed() {
                if i < line.rows.count - 1 { start -= row.weeks * 7 + gapDays }
                projects.append(DemoProject(
                    key: "line\(l)-\(i)", title: row.title, client: row.client, source: line.lead, skills: row.skills,
                    city: row.city, start: start, weeks: row.weeks, received: start - 35 - (i % 3) * 7, lead: line.lead,
                    team: [.init(member: line.lead, perWeek: row.leadHours), .init(member: row.associate, perWeek: row.associateHours)],
                    fate: .won))
            }
            out += projects.reversed()
        }
        return out
    }

    /// Work the group did not (or not yet) take on, and the work it does for itself.
    static let others: [DemoProject] = [
        DemoProject(key: "callcenter", title: "Cost-cutting reorganisation", client: "Callcenter Direct BV", source: "pierre",
                    skills: ["organisational-advice"], city: "Utrecht", start: -120, weeks: 12, received: -150,
                    estimatedHours: 300, fate: .declined(.vision, "they want headcount cuts, not a sociotechnical redesign")),
        DemoProject(key: "insurer", title: "Culture change programme", client: "Zorgverzekeraar Midden", source: "guido",
                    skills: ["change-management", "team-coaching"], city: "Utrecht", start: 14, weeks: 26, received: -40,
                    estimatedHours: 620, fate: .declined(.unlikelyToSucceed, "no intrinsic motivation at the client")),
        // Bringing and taking: Katleen co-develops the instrument with Pierre; it stays the network's property.
        DemoProject(key: "team-scan", title: "Team scan instrument, version 2", client: "ST-groep", source: "pierre",
                    description: "Co-developed by Katleen and Pierre; the instrument stays the network's property. Not billed.",
                    skills: ["sociotechnics", "healthcare"], city: "Utrecht", start: -60, weeks: 16, received: -75, lead: "pierre",
                    team: [.init(member: "pierre", perWeek: 3), .init(member: "katleen", perWeek: 4)], fate: .won),
        DemoProject(key: "district-teams", title: "Sociotechnical redesign of the district teams", client: "Gemeente Eemstad",
                    source: "guido", skills: ["sociotechnics", "government", "process-redesign"], city: "Amersfoort",
                    start: 28, weeks: 24, received: -21, lead: "guido",
                    team: [.init(member: "guido", perWeek: 4), .init(member: "jasper", perWeek: 8)],
                    budget: Money(euros: 29_500), fate: .proposal),
        DemoProject(key: "icu", title: "Team development for the new intensive care unit", client: "Ziekenhuis Eemland",
                    source: "pierre", skills: ["team-coaching", "healthcare"], city: "Amersfoort", start: 35, weeks: 20,
                    received: -9, estimatedHours: 240, fate: .incoming),
        DemoProject(key: "coach-training", title: "Intervision training for municipal coaches", client: "Gemeente Lekstad",
                    source: "annemiek", skills: ["intervision", "training", "government"], city: "Nieuwegein", start: 21,
                    weeks: 8, received: -4, estimatedHours: 80, fate: .incoming),
    ]

    static func schedule(_ h: inout DemoHistory) {
        let billed = billable()
        for p in billed + others { p.schedule(in: &h, decider: p.source ?? "pierre") }
        for p in billed { STGroepLedger.invoices(for: p, in: &h) }
    }
}
