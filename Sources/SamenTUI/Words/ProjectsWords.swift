import SamenCore

/// The Projects pane's words: the pipeline's stages, the list, a project's
/// detail, the keys, what the pane says, and the triage forms and questions.
/// ("Who could do this?" and staffing are in `StaffingWords`.)
enum ProjectsWords: Phrase {
    // The pipeline and the list
    case stage(ProjectStage), stageShort(ProjectStage)
    case status(ProjectStatus)
    case declineReason(DeclineReason)
    case sizeBand(SizeBand)
    case sort(ProjectSort, open: Bool)
    case column(ProjectColumns.Kind)
    case ageDays(Int), ageWeeks(Int), ageMonths(Int), ageYears(Int)
    case periodDays(Day, Int), periodWeeks(Day, Int)
    case collective
    case noProjects(stage: String), noMatch(stage: String, filter: String)
    case stageHint
    case filterHintLong, filterHint
    case row(Int), projectCount(Int), matchCount(Int, of: Int), sortShown(String)

    // A project's detail
    case today, yesterday, daysAgo(Int)
    case statusLine(status: String, id: Int, received: Day, ago: String, dot: String)
    case declinedBecause(String)
    case client, source, period, hours, budget, city, lead, skills
    case broughtInBy(String), cameToTheCollective
    case periodText(from: Day, to: Day, days: Int, weeks: Int, short: Bool)
    case overWorkingDays(Int), aboutPerWeek(String)
    case hoursText(Hours, rate: String, band: String, dot: String)
    case atMostKm(Int, dot: String)
    case teamNobody, whoCouldDoThisKey, team, teamTentative
    case memberHours(Hours), memberRange(from: Day, to: Day)
    case outsideHire(name: String, hours: Hours?, reason: String)
    case description, decisions, new
    case decisionTime(Day, String)
    case earlier(Int, id: Int)

    // Keys
    case move, project, movePage, firstOrLast, stageKey, stageHelp, open, openHelp, back
    case accept, decline, leadKey, staff, hireOutside, won, lost, finish, edit, cancel
    case newKey, newHelp, filterKey, filterHelp, sortKey, sortHelp
    case mouse, mouseHelp, keys, allKeys, quit, panes
    case helpAccept, helpDecline, helpLead, helpStaff, helpHire, helpWon, helpLost, helpFinish, helpEdit, helpCancel

    // What the pane says
    case sortedBy(String)
    case noProjectSelected
    case suggestionsOnlyOpen(id: Int, status: String)
    case suggestionsClosed(id: Int, status: String?)
    case notAllowed(String), nothingToDo
    case weeksPast(Int)

    // Questions before a change
    case confirmAccept(id: Int, title: String, lead: String?)
    case confirmWon(id: Int, title: String), confirmLost(id: Int, title: String), confirmFinish(id: Int, title: String)
    case confirmDecline(id: Int, title: String, reason: String)
    case confirmCancel(id: Int, title: String, reason: String)
    case confirmHire(name: String, id: Int, title: String)

    // Forms
    case acceptTitle(Int), leadTitle(Int), leadHint
    case declineTitle(Int), chooseReason, reason, note, noteHint
    case hireTitle(Int), name, nameHint, hireReasonHint, hoursPerWeek, hoursOnThisProject, hoursHowMany, optional, skillsLabel
    case newTitle, title, sourceHint, skillsHint, hoursHint, start, dateHint, weeks, budgetHint
    case editTitle(Int, String), budgetEditHint, maxTravel, maxTravelHint
    case cancelTitle(Int, String), cancelReasonHint
    case chooseALead, whatHoursAWeek, whatEstimated, estimatedHowMany, whatStart, whatWeeks, weeksHowMany
    case endsTooLate(weeks: Int, from: Day, problem: String)
    case whatBudget, whatMaxTravel, nothingChanged, unknownForm(String)

    var en: String {
        switch self {
        case let .stage(s):
            switch s {
            case .incoming: "Incoming"
            case .proposal: "Proposal"
            case .active: "Active"
            case .done: "Done"
            case .closed: "Declined/lost/cancelled"
            }
        case let .stageShort(s): s == .closed ? "Closed" : ProjectsWords.stage(s).en
        case let .status(s): s.rawValue
        case let .declineReason(r): r.label
        case let .sizeBand(b): b.rawValue
        case let .sort(s, open):
            switch s {
            case .age: open ? "age, oldest first" : "age, newest first"
            case .start: open ? "start, soonest first" : "start, latest first"
            case .size: "size, largest first"
            }
        case let .column(k):
            switch k {
            case .id: "ID"
            case .age: "AGE"
            case .status: "STATUS"
            case .title: "TITLE"
            case .client: "CLIENT"
            case .source: "SOURCE"
            case .skills: "SKILLS"
            case .city: "CITY"
            case .hours: "HOURS"
            case .period: "PERIOD"
            case .lead: "LEAD"
            }
        case let .ageDays(n): "\(n)d"
        case let .ageWeeks(n): "\(n)w"
        case let .ageMonths(n): "\(n)mo"
        case let .ageYears(n): "\(n)y"
        case let .periodDays(d, n): "\(d.iso) \(n)d"
        case let .periodWeeks(d, n): "\(d.iso) \(n)w"
        case .collective: "collective"
        case let .noProjects(stage): "No \(stage.lowercased()) projects."
        case let .noMatch(stage, filter): "No \(stage.lowercased()) project matches '\(filter)'. Esc clears the filter; [ ] other stages."
        case .stageHint: "[ ] stage"
        case .filterHintLong: "/ to filter by title, client, skill, city or person"
        case .filterHint: "/ to filter"
        case let .row(n): "row \(n)"
        case let .projectCount(n): "\(n) projects"
        case let .matchCount(n, total): "\(n)/\(total) projects"
        case let .sortShown(s): "sort: \(s)"

        case .today: "today"
        case .yesterday: "yesterday"
        case let .daysAgo(n): "\(n) days ago"
        case let .statusLine(status, id, received, ago, dot): "\(status) \(dot) project \(id) \(dot) came in \(received.iso) (\(ago))"
        case let .declinedBecause(r): "declined: \(r)"
        case .client: "Client"
        case .source: "Source"
        case .period: "Period"
        case .hours: "Hours"
        case .budget: "Budget"
        case .city: "City"
        case .lead: "Lead"
        case .skills: "Skills"
        case let .broughtInBy(who): "brought in by \(who)"
        case .cameToTheCollective: "came to the collective"
        case let .periodText(from, to, days, weeks, short):
            "\(from.iso) to \(to.iso) (\(short ? "\(days) days" : "\(weeks) \(weeks == 1 ? "week" : "weeks")"))"
        case let .overWorkingDays(n): "over \(n) working \(n == 1 ? "day" : "days")"
        case let .aboutPerWeek(h): "about \(h) h/wk"
        case let .hoursText(h, rate, band, dot): "\(h) h, \(rate) \(dot) \(band) job"
        case let .atMostKm(km, dot): " \(dot) at most \(km) km away"
        case .teamNobody: "Team: nobody yet"
        case .whoCouldDoThisKey: "t: who could do this?"
        case .team: "Team"
        case .teamTentative: "Team (tentative until won)"
        case let .memberHours(h): " \(h) h/wk"
        case let .memberRange(from, to): "  \(from.iso) to \(to.iso)"
        case let .outsideHire(name, hours, reason): "  \(name) (outside)\(hours.map { " \($0) h/wk" } ?? ""): \(reason)"
        case .description: "Description"
        case .decisions: "Decisions (UTC)"
        case .new: "new"
        case let .decisionTime(d, time): "\(d.iso) \(time)"
        case let .earlier(n, id): "\(n) earlier (samen project show \(id))"

        case .move: "move"
        case .project: "project"
        case .movePage: "a page up or down"
        case .firstOrLast: "first or last"
        case .stageKey: "stage"
        case .stageHelp: "previous or next stage of the pipeline"
        case .open: "open"
        case .openHelp: "open the project full size; again or Esc to go back"
        case .back: "back"
        case .accept: "accept"
        case .decline: "decline"
        case .leadKey: "lead"
        case .staff: "staff"
        case .hireOutside: "hire outside"
        case .won: "won"
        case .lost: "lost"
        case .finish: "finish"
        case .edit: "edit"
        case .cancel: "cancel"
        case .newKey: "new"
        case .newHelp: "register a new incoming assignment"
        case .filterKey: "filter"
        case .filterHelp: "filter all stages: title, client, skill, city, person"
        case .sortKey: "sort"
        case .sortHelp: "sort by age, start or size (open work: oldest first)"
        case .mouse: "mouse"
        case .mouseHelp: "click selects a row or a stage; the wheel scrolls"
        case .keys: "keys"
        case .allKeys: "all keys"
        case .quit: "quit"
        case .panes: "panes"
        case .helpAccept: "accept into proposal (asks for a lead if there is none)"
        case .helpDecline: "decline, with a reason and a note; closed for good"
        case .helpLead: "set the lead (main contractor)"
        case .helpStaff: "staff: who could do this? Space puts someone on the team"
        case .helpHire: "hire from outside, with the reason"
        case .helpWon: "won: active, the team's tentative hours become allocated"
        case .helpLost: "lost: closed for good"
        case .helpFinish: "finished: moves to Done"
        case .helpEdit: "edit the details: title, skills, hours, period, budget, travel"
        case .helpCancel: "cancel: call it off, with the reason; closed for good"

        case let .sortedBy(s): "sorted by \(s)"
        case .noProjectSelected: "no project selected"
        case let .suggestionsOnlyOpen(id, status): "project \(id) is \(status); suggestions are for open projects (incoming, proposal, active)"
        case let .suggestionsClosed(id, status): "project \(id) \(status.map { "is \($0) now" } ?? "is gone"): suggestions closed"
        case let .notAllowed(why): "not allowed: \(why)"
        case .nothingToDo: "nothing to do"
        case let .weeksPast(id): "project \(id)'s weeks are past; the map shows this week"

        case let .confirmAccept(id, title, lead): "Accept project \(id) (\(title)) into proposal, led by \(lead ?? "nobody")?"
        case let .confirmWon(id, title): "Mark project \(id) (\(title)) as won? It becomes active and its tentative hours count as allocated."
        case let .confirmLost(id, title): "Mark project \(id) (\(title)) as lost? A lost project is closed for good."
        case let .confirmFinish(id, title): "Mark project \(id) (\(title)) as finished? It moves to Done."
        case let .confirmDecline(id, title, reason): "Decline project \(id) (\(title)) because: \(reason)? A declined project is closed for good."
        case let .confirmCancel(id, title, reason): "Cancel project \(id) (\(title)) because: \(reason)? A cancelled project is closed for good."
        case let .confirmHire(name, id, title): "Hire \(name) from outside for project \(id) (\(title))? The hire stays in the project's record."

        case let .acceptTitle(id): "Accept project \(id) into proposal: choose a lead"
        case let .leadTitle(id): "Lead (main contractor) of project \(id)"
        case .leadHint: "←→ or a letter; best suggestions first"
        case let .declineTitle(id): "Decline project \(id)"
        case .chooseReason: "(choose a reason)"
        case .reason: "Reason"
        case .note: "Note"
        case .noteHint: "why, in a sentence; needed for 'other'"
        case let .hireTitle(id): "Hire from outside for project \(id)"
        case .name: "Name"
        case .nameHint: "the external contact"
        case .hireReasonHint: "why nobody inside: e.g. no 3d-animation"
        case .hoursPerWeek: "Hours/week"
        case .hoursOnThisProject: "hours a week on this project"
        case .hoursHowMany: "hours a week: type how many (Space in the list takes someone off)"
        case .skillsLabel: "Skills"
        case .optional: "optional"
        case .newTitle: "New incoming assignment"
        case .title: "Title"
        case .sourceHint: "member id who brought it; empty: the collective"
        case .skillsHint: "required, comma separated"
        case .hoursHint: "estimated hours in all"
        case .start: "Start"
        case .dateHint: "31-12-2026, tomorrow, mon"
        case .weeks: "Weeks"
        case .budgetHint: "optional, e.g. 4800 or 4.800,00"
        case let .editTitle(id, title): "Edit project \(id): \(title)"
        case .budgetEditHint: "empty: no budget; e.g. 4800 or 4.800,00"
        case .maxTravel: "Maximum travel"
        case .maxTravelHint: "km; empty: no maximum"
        case let .cancelTitle(id, title): "Cancel project \(id): \(title)"
        case .cancelReasonHint: "why it is called off, for the log"
        case .chooseALead: "choose a lead: nobody can lead this project"
        case .whatHoursAWeek: "hours a week"
        case .whatEstimated: "estimated hours"
        case .estimatedHowMany: "estimated hours: how many hours in all?"
        case .whatStart: "the start"
        case .whatWeeks: "weeks"
        case .weeksHowMany: "weeks: how many weeks does it run?"
        case let .endsTooLate(weeks, from, problem): "\(weeks) weeks from \(from.iso) would end after the last day: the end \(problem)"
        case .whatBudget: "budget"
        case .whatMaxTravel: "maximum travel"
        case .nothingChanged: "nothing changed; edit a field or press Esc"
        case let .unknownForm(purpose): "internal: unknown form \(purpose)"
        }
    }

    var nl: String {
        switch self {
        case let .stage(s):
            switch s {
            case .incoming: "Binnengekomen"
            case .proposal: "Offerte"
            case .active: "Lopend"
            case .done: "Afgerond"
            case .closed: "Afgewezen/verloren/geannuleerd"
            }
        case let .stageShort(s): s == .closed ? "Gesloten" : ProjectsWords.stage(s).nl
        case let .status(s): s.dutch
        case let .declineReason(r):
            switch r {
            case .vision: "past niet bij onze visie of kennis"
            case .unlikelyToSucceed: "kans van slagen te klein"
            case .noCapacity: "geen capaciteit"
            case .clientTerms: "klant of voorwaarden"
            case .other: "anders"
            }
        case let .sizeBand(b):
            switch b {
            case .small: "kleine"
            case .medium: "middelgrote"
            case .large: "grote"
            }
        case let .sort(s, op):
            switch s {
            case .age: op ? "leeftijd, oudste eerst" : "leeftijd, nieuwste eerst"
            case .start: op ? "begin, vroegste eerst" : "begin, laatste eerst"
            case .size: "omvang, grootste eerst"
            }
        case let .column(k):
            switch k {
            case .id: "ID"
            case .age: "OUD"
            case .status: "STATUS"
            case .title: "TITEL"
            case .client: "KLANT"
            case .source: "BRON"
            case .skills: "VAARDIGHEDEN"
            case .city: "PLAATS"
            case .hours: "UREN"
            case .period: "PERIODE"
            case .lead: "TREKKER"
            }
        case let .ageDays(n): "\(n)d"
        case let .ageWeeks(n): "\(n)w"
        case let .ageMonths(n): "\(n)m"
        case let .ageYears(n): "\(n)j"
        case let .periodDays(d, n): d.shown + " \(n)d"
        case let .periodWeeks(d, n): d.shown + " \(n)w"
        case .collective: "collectief"
        case let .noProjects(fa): "Geen projecten in \(fa)."
        case let .noMatch(fa, zk): "Niets in \(fa) past bij '\(zk)'. Esc wist; [ ] andere fasen."
        case .stageHint: "[ ] fase"
        case .filterHintLong: "/ zoeken op titel, klant, vaardigheid, plaats of persoon"
        case .filterHint: "/ zoeken"
        case let .row(n): "rij \(n)"
        case let .projectCount(n): plural(n, "1 project", "# projecten")
        case let .matchCount(n, tt): "\(n)/\(tt) projecten"
        case let .sortShown(s): "volgorde: \(s)"

        case .today: "vandaag"
        case .yesterday: "gisteren"
        case let .daysAgo(n): "\(n) dagen geleden"
        case let .statusLine(st, id, ry, ag, dt): "\(st) \(dt) project \(id) \(dt) ontvangen " + ry.spoken + " (\(ag))"
        case let .declinedBecause(r): "afgewezen: \(r)"
        case .client: "Klant"
        case .source: "Bron"
        case .period: "Periode"
        case .hours: "Uren"
        case .budget: "Budget"
        case .city: "Plaats"
        case .lead: "Trekker"
        case .skills: "Kunde"
        case let .broughtInBy(wi): "aangebracht door \(wi)"
        case .cameToTheCollective: "kwam binnen bij het collectief"
        case let .periodText(fr, to, dg, wk, kt):
            fr.shown + " t/m " + to.shown + " (" + (kt ? plural(dg, "1 dag", "# dagen") : plural(wk, "1 week", "# weken")) + ")"
        case let .overWorkingDays(n): "in " + plural(n, "1 werkdag", "# werkdagen")
        case let .aboutPerWeek(h): "ongeveer \(h) u/wk"
        case let .hoursText(h, rt, bd, dt): h.shown + " u, \(rt) \(dt) \(bd) klus"
        case let .atMostKm(km, dt): " \(dt) hoogstens \(km) km reizen"
        case .teamNobody: "Team: nog niemand"
        case .whoCouldDoThisKey: "t: wie kan dit doen?"
        case .team: "Team"
        case .teamTentative: "Team (voorlopig tot gewonnen)"
        case let .memberHours(h): " " + h.shown + " u/wk"
        case let .memberRange(fr, to): "  " + fr.shown + " t/m " + to.shown
        case let .outsideHire(nm, hs, re): "  \(nm) (extern)" + (hs.map { " " + $0.shown + " u/wk" } ?? "") + ": \(re)"
        case .description: "Omschrijving"
        case .decisions: "Besluiten (UTC)"
        case .new: "nieuw"
        case let .decisionTime(d, tm): d.shown + " \(tm)"
        case let .earlier(n, id): "\(n) eerder (samen project show \(id))"

        case .move: "kies"
        case .project: "project"
        case .movePage: "een pagina omhoog of omlaag"
        case .firstOrLast: "eerste of laatste"
        case .stageKey: "fase"
        case .stageHelp: "vorige of volgende fase van de pijplijn"
        case .open: "open"
        case .openHelp: "het project groot openen; nog eens of Esc: terug"
        case .back: "terug"
        case .accept: "aannemen"
        case .decline: "afwijzen"
        case .leadKey: "trekker"
        case .staff: "bemensen"
        case .hireOutside: "extern inhuren"
        case .won: "gewonnen"
        case .lost: "verloren"
        case .finish: "afronden"
        case .edit: "wijzigen"
        case .cancel: "annuleren"
        case .newKey: "nieuw"
        case .newHelp: "een nieuwe binnengekomen opdracht aanmelden"
        case .filterKey: "zoek"
        case .filterHelp: "zoeken in alle fasen: titel, klant, kunde, plaats, wie"
        case .sortKey: "sorteren"
        case .sortHelp: "sorteren: leeftijd, begin, omvang (open: oudste eerst)"
        case .mouse: "muis"
        case .mouseHelp: "klik kiest een rij of een fase; het wieltje scrolt"
        case .keys: "toetsen"
        case .allKeys: "toetsen"
        case .quit: "stoppen"
        case .panes: "tabbladen"
        case .helpAccept: "aannemen als offerte (vraagt zo nodig een trekker)"
        case .helpDecline: "afwijzen, met reden en toelichting; voorgoed gesloten"
        case .helpLead: "de trekker kiezen (hoofdaannemer)"
        case .helpStaff: "bemensen: wie kan dit doen? Spatie zet iemand erbij"
        case .helpHire: "extern inhuren, met de reden"
        case .helpWon: "gewonnen: lopend; de voorlopige uren worden ingepland"
        case .helpLost: "verloren: voorgoed gesloten"
        case .helpFinish: "afgerond: gaat naar Afgerond"
        case .helpEdit: "wijzigen: titel, kunde, uren, periode, budget, reizen"
        case .helpCancel: "annuleren, met de reden; voorgoed gesloten"

        case let .sortedBy(s): "gesorteerd op \(s)"
        case .noProjectSelected: "geen project gekozen"
        case let .suggestionsOnlyOpen(id, st): "project \(id) is \(st); voorstellen zijn voor binnengekomen, offerte, lopend"
        case let .suggestionsClosed(id, st): "project \(id) " + (st.map { "is nu " + $0 } ?? "is weg") + ": voorstellen gesloten"
        case let .notAllowed(wa): "niet toegestaan: \(wa)"
        case .nothingToDo: "niets te doen"
        case let .weeksPast(id): "de weken van project \(id) zijn voorbij; de kaart toont deze week"

        case let .confirmAccept(id, ti, ld): "Project \(id) (\(ti)) aannemen als offerte, met " + (ld ?? "niemand") + " als trekker?"
        case let .confirmWon(id, ti): "Project \(id) (\(ti)) gewonnen? Het wordt lopend en de voorlopige uren tellen als ingepland."
        case let .confirmLost(id, ti): "Project \(id) (\(ti)) verloren? Een verloren project is voorgoed gesloten."
        case let .confirmFinish(id, ti): "Project \(id) (\(ti)) afgerond? Het gaat naar Afgerond."
        case let .confirmDecline(id, ti, re): "Project \(id) (\(ti)) afwijzen om: \(re)? Een afgewezen project is voorgoed gesloten."
        case let .confirmCancel(id, ti, re): "Project \(id) (\(ti)) annuleren om: \(re)? Een geannuleerd project is voorgoed gesloten."
        case let .confirmHire(nm, id, ti): "\(nm) extern inhuren voor project \(id) (\(ti))? De inhuur blijft in het dossier van het project."

        case let .acceptTitle(id): "Project \(id) aannemen als offerte: kies een trekker"
        case let .leadTitle(id): "Trekker (hoofdaannemer) van project \(id)"
        case .leadHint: "←→ of een letter; beste voorstellen eerst"
        case let .declineTitle(id): "Project \(id) afwijzen"
        case .chooseReason: "(kies een reden)"
        case .reason: "Reden"
        case .note: "Toelichting"
        case .noteHint: "waarom, in een zin; nodig bij 'anders'"
        case let .hireTitle(id): "Extern inhuren voor project \(id)"
        case .name: "Naam"
        case .nameHint: "het externe contact"
        case .hireReasonHint: "waarom niemand van binnen: bijv. geen 3d-animation"
        case .hoursPerWeek: "Uren/week"
        case .hoursOnThisProject: "uren per week op dit project"
        case .hoursHowMany: "uren per week: typ hoeveel (Spatie in de lijst haalt iemand eraf)"
        case .skillsLabel: "Vaardigheden"
        case .optional: "optioneel"
        case .newTitle: "Nieuwe binnengekomen opdracht"
        case .title: "Titel"
        case .sourceHint: "id van het lid dat hem aanbracht; leeg: het collectief"
        case .skillsHint: "verplicht, met komma's ertussen"
        case .hoursHint: "geschatte uren in totaal"
        case .start: "Begin"
        case .dateHint: "31-12-2026, morgen, ma"
        case .weeks: "Weken"
        case .budgetHint: "optioneel, bijv. 4800 of 4.800,00"
        case let .editTitle(id, ti): "Project \(id) wijzigen: \(ti)"
        case .budgetEditHint: "leeg: geen budget; bijv. 4800 of 4.800,00"
        case .maxTravel: "Max. reisafstand"
        case .maxTravelHint: "km; leeg: geen maximum"
        case let .cancelTitle(id, ti): "Project \(id) annuleren: \(ti)"
        case .cancelReasonHint: "waarom het niet doorgaat, voor het logboek"
        case .chooseALead: "kies een trekker: niemand kan dit project trekken"
        case .whatHoursAWeek: "uren per week"
        case .whatEstimated: "geschatte uren"
        case .estimatedHowMany: "geschatte uren: hoeveel uur in totaal?"
        case .whatStart: "het begin"
        case .whatWeeks: "weken"
        case .weeksHowMany: "weken: hoeveel weken loopt het?"
        case let .endsTooLate(wk, fr, pr): "\(wk) weken vanaf " + fr.spoken + " zou na de laatste dag eindigen: het einde \(pr)"
        case .whatBudget: "budget"
        case .whatMaxTravel: "maximale reisafstand"
        case .nothingChanged: "niets veranderd; wijzig een veld of druk Esc"
        case let .unknownForm(pp): "intern: onbekend formulier \(pp)"
        }
    }
}
