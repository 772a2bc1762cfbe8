import SamenCore

/// Column headings of the command line's tables. `--json` and CSV keep their
/// own English field names; these are only for a person reading a table.
enum Heading: Phrase {
    case id, name, role, city, hoursPerWeek, needs, skills, status, title, client, lead, hours, start, weeks
    case from, kind, age, offers, topic, text, date, amount, member, project, category, note, score, why, total

    var en: String {
        switch self {
        case .id: "ID"
        case .name: "NAME"
        case .role: "ROLE"
        case .city: "CITY"
        case .hoursPerWeek: "H/WK"
        case .needs: "NEEDS"
        case .skills: "SKILLS"
        case .status: "STATUS"
        case .title: "TITLE"
        case .client: "CLIENT"
        case .lead: "LEAD"
        case .hours: "HOURS"
        case .start: "START"
        case .weeks: "WEEKS"
        case .from: "FROM"
        case .kind: "KIND"
        case .age: "AGE"
        case .offers: "OFFERS"
        case .topic: "TOPIC"
        case .text: "TEXT"
        case .date: "DATE"
        case .amount: "AMOUNT"
        case .member: "MEMBER"
        case .project: "PROJECT"
        case .category: "CATEGORY"
        case .note: "NOTE"
        case .score: "SCORE"
        case .why: "WHY"
        case .total: "TOTAL"
        }
    }

    var nl: String {
        Self.dutch(self)
    }

    /// The Dutch, outside `var nl` so that DutchScreensTests does not take
    /// its words for Dutch: it quotes commands, option names and examples
    /// as typed (`--members`, `samen finance rate set`), which on a
    /// dashboard screen would be English left untranslated.
    private static func dutch(_ phrase: Self) -> String {
        switch phrase {
        case .id: "ID"
        case .name: "NAAM"
        case .role: "ROL"
        case .city: "PLAATS"
        case .hoursPerWeek: "U/WK"
        case .needs: "ZOEKT"
        case .skills: "VAARDIGHEDEN"
        case .status: "STATUS"
        case .title: "TITEL"
        case .client: "KLANT"
        case .lead: "HOOFDAANNEMER"
        case .hours: "UREN"
        case .start: "START"
        case .weeks: "WEKEN"
        case .from: "VAN"
        case .kind: "SOORT"
        case .age: "DAGEN"
        case .offers: "AANBOD"
        case .topic: "ONDERWERP"
        case .text: "TEKST"
        case .date: "DATUM"
        case .amount: "BEDRAG"
        case .member: "LID"
        case .project: "PROJECT"
        case .category: "KOSTENSOORT"
        case .note: "NOTITIE"
        case .score: "SCORE"
        case .why: "WAAROM"
        case .total: "TOTAAL"
        }
    }
}

/// The values of the data's enums as a person reads them in a table or a
/// line: the data files and `--json` keep the English names, which are
/// also what options such as `--status` take.
enum ValueWords: Phrase {
    case role(Role), status(ProjectStatus), requestKind(RequestKind), requestStatus(RequestStatus)
    case ledgerKind(LedgerKind), seniority(Seniority), involvement(Involvement), band(SizeBand)

    var en: String {
        switch self {
        case let .role(v): v.rawValue
        case let .status(v): v.rawValue
        case let .requestKind(v): v.rawValue
        case let .requestStatus(v): v.rawValue
        case let .ledgerKind(v): v.rawValue
        case let .seniority(v): v.rawValue
        case let .involvement(v): v.rawValue
        case let .band(v): v.rawValue
        }
    }

    var nl: String {
        Self.dutch(self)
    }

    /// The Dutch, outside `var nl` so that DutchScreensTests does not take
    /// its words for Dutch: it quotes commands, option names and examples
    /// as typed (`--members`, `samen finance rate set`), which on a
    /// dashboard screen would be English left untranslated.
    private static func dutch(_ phrase: Self) -> String {
        switch phrase {
        case let .role(v): v.dutch
        case let .status(v): v.dutch
        case let .requestKind(v): v.dutch
        case let .requestStatus(v): v.dutch
        case let .ledgerKind(v): v.dutch
        case let .seniority(v): v.rawValue
        case let .involvement(v): v.dutch
        case let .band(v):
            switch v {
            case .small: "klein"
            case .medium: "middelgroot"
            case .large: "groot"
            }
        }
    }
}

/// What the command line says around its tables and records: counts,
/// labels of `show`, lines after a command, warnings.
enum CLIWords: Phrase {
    /// The width of the labels of a `show` command: the longest Dutch label
    /// ("hoofdaannemer", "vaardigheden") needs more than the English.
    static var labelWidth: Int { Language.current == .nl ? 15 : 12 }

    // Counts on stderr after a list.
    case membersCount(Int, of: Int), projectsCount(Int, of: Int), requestsCount(Int, of: Int), entriesCount(Int, of: Int)
    // A period and a stretch of days.
    case range(DateRange), weeksCount(Int), hoursPerWeek(String), daysAge(Int), hours(String)
    // member list and show.
    case left
    case labelID, labelName, labelRole, labelSeniority, labelCity, labelSkills, labelInvolvement, labelHoursPerWeek, labelJoined
    case labelLeft, labelEmail, labelPhone, labelLogin, labelDesks, labelShare, labelDeclines, labelWantsMore, labelKey, labelTimeOff
    case labelNeedsWork, labelHelp, labelProject, labelLeads
    case hoursFrom(hours: String, day: String)
    case needsWorkMet(hours: String, request: Int), needsWorkUnmet(unmet: String, wanted: String, request: Int)
    case asks, offersOn, helpLine(what: String, id: Int, kind: String, offers: Int, text: String)
    case projectLine(id: Int, title: String, status: String, hours: String, range: String), leadsLine(id: Int, title: String, status: String)
    // project show.
    case labelTitle, labelClient, labelStatus, labelSource, labelHours, labelPeriod, labelBudget, labelValue, labelMaxTravel
    case labelLead, labelDeclined, labelTeam, labelExternal, labelDescription, labelLog
    case broughtInBy(String), cameToTheCollective, optionalSkills(String), period(start: String, end: String, weeks: Int)
    case tentative, newProject
    case ratesOf(String), todaysRates, valuePart(member: String, seniority: String, hours: String, hourly: String)
    case estimated(total: String, hours: String, band: String, when: String), notEstimated(String)
    // request show.
    case labelFrom, labelKind, labelTopic, labelDeadline, labelText, labelOffer, labelOffers, labelClosing, labelWithdrawn, labelClosed, labelCouldHelp
    case askedOn(status: String, day: String, ago: String), today, yesterday, daysAgo(Int), hoursWanted(String), accepted, noneYet
    case onProject(String), requestNeedsWorkMet(hours: String, on: String), requestNeedsWorkUnmet(unmet: String, wanted: String, staffed: String, on: String)
    case addTopicTags, nobodyMatches
    // capacity.
    case spareOfThese(Int), networkCapacity, networkAllocated, networkTentative, networkSpare, networkUtilisation
    case and, withSkills(String), withAtLeast(String), span(from: String, to: String)
    case capacitySummary(shown: Int, of: Int, who: String, span: String)
    // setup, check, verify, history.
    case created(name: String, directory: String, members: Int, projects: Int, requests: Int, entries: Int)
    case generated(members: Int, projects: Int, requests: Int, entries: Int, directory: String)
    case generating(Int), writing
    case demoWritten(demo: String, directory: String, whyNot: String), demoIn(demo: String, directory: String)
    case checkOK(members: Int, projects: Int, requests: Int, entries: Int, changes: Int), checkProblems(Int, directory: String)
    case baselineMade(line: Int), verified(changes: Int, since: String, line: Int), doesNotVerify
    case signatures(signed: Int, total: Int), unsignedLines(count: Int, lines: String), andMore(Int)
    case unsigned, signed(String), badSignature
    case warning(String), addOneWith

    var en: String {
        switch self {
        case let .membersCount(n, total): "\(n) of \(total) members"
        case let .projectsCount(n, total): "\(n) of \(total) projects"
        case let .requestsCount(n, total): "\(n) of \(total) requests"
        case let .entriesCount(n, total): "\(n) of \(total) entries"
        case let .range(r): "\(r)"
        case let .weeksCount(n): "\(n) weeks"
        case let .hoursPerWeek(h): "\(h) h/wk"
        case let .daysAge(n): "\(n) d"
        case let .hours(h): "\(h) h"
        case .left: "left"
        case .labelID: "id"
        case .labelName: "name"
        case .labelRole: "role"
        case .labelSeniority: "seniority"
        case .labelCity: "city"
        case .labelSkills: "skills"
        case .labelInvolvement: "involvement"
        case .labelHoursPerWeek: "hours/week"
        case .labelJoined: "joined"
        case .labelLeft: "left"
        case .labelEmail: "email"
        case .labelPhone: "phone"
        case .labelLogin: "login"
        case .labelDesks: "desks"
        case .labelShare: "share"
        case .labelDeclines: "declines"
        case .labelWantsMore: "wants more"
        case .labelKey: "key"
        case .labelTimeOff: "time off"
        case .labelNeedsWork: "needs work"
        case .labelHelp: "help"
        case .labelProject: "project"
        case .labelLeads: "leads"
        case let .hoursFrom(hours, day): "\(hours) from \(day)"
        case let .needsWorkMet(hours, request): "met: staffed for \(hours) h/week (request \(request) still open)"
        case let .needsWorkUnmet(unmet, wanted, request): "\(unmet) of \(wanted) h/week still to find (request \(request))"
        case .asks: "asks"
        case .offersOn: "offers on"
        case let .helpLine(what, id, kind, offers, text): "\(what) \(id) (\(kind), \(offers) offer\(offers == 1 ? "" : "s")): \(text)"
        case let .projectLine(id, title, status, hours, range): "\(id) \(title) (\(status)): \(hours) h/wk \(range)"
        case let .leadsLine(id, title, status): "\(id) \(title) (\(status))"
        case .labelTitle: "title"
        case .labelClient: "client"
        case .labelStatus: "status"
        case .labelSource: "source"
        case .labelHours: "hours"
        case .labelPeriod: "period"
        case .labelBudget: "budget"
        case .labelValue: "value"
        case .labelMaxTravel: "max travel"
        case .labelLead: "lead"
        case .labelDeclined: "declined"
        case .labelTeam: "team"
        case .labelExternal: "external"
        case .labelDescription: "description"
        case .labelLog: "log"
        case let .broughtInBy(who): "brought in by \(who)"
        case .cameToTheCollective: "came to the collective"
        case let .optionalSkills(s): " (optional: \(s))"
        case let .period(start, end, weeks): "\(start) to \(end) (\(weeks) weeks)"
        case .tentative: " (tentative)"
        case .newProject: "new"
        case let .ratesOf(day): "the rates of \(day), when it was accepted"
        case .todaysRates: "today's rates (not accepted yet)"
        case let .valuePart(member, seniority, hours, hourly): "\(member) (\(seniority)) \(hours) h × \(hourly)"
        case let .estimated(total, hours, band, when): "\(total) estimated: \(hours) h, a \(band) project, at \(when); "
        case let .notEstimated(error): "not estimated: \(error)"
        case .labelFrom: "from"
        case .labelKind: "kind"
        case .labelTopic: "topic"
        case .labelDeadline: "deadline"
        case .labelText: "text"
        case .labelOffer: "offer"
        case .labelOffers: "offers"
        case .labelClosing: "closing"
        case .labelWithdrawn: "withdrawn"
        case .labelClosed: "closed"
        case .labelCouldHelp: "could help"
        case let .askedOn(status, day, ago): "\(status), asked \(day) (\(ago))"
        case .today: "today"
        case .yesterday: "yesterday"
        case let .daysAgo(n): "\(n) days ago"
        case let .hoursWanted(h): "\(h) a week wanted"
        case .accepted: " (accepted)"
        case .noneYet: "none yet"
        case let .onProject(ids): " on project \(ids)"
        case let .requestNeedsWorkMet(hours, on): "met: staffed for \(hours) h/week\(on); close it when you agree"
        case let .requestNeedsWorkUnmet(unmet, wanted, staffed, on): "\(unmet) of \(wanted) h/week still to find (staffed \(staffed)\(on))"
        case .addTopicTags: "add topic tags to get suggestions"
        case .nobodyMatches: "nobody's skills or Share pitch match the topic"
        case let .spareOfThese(n): "spare of these \(n)"
        case .networkCapacity: "network capacity"
        case .networkAllocated: "network allocated"
        case .networkTentative: "network tentative"
        case .networkSpare: "network spare"
        case .networkUtilisation: "network utilisation %"
        case .and: " and "
        case let .withSkills(s): "with \(s)"
        case let .withAtLeast(h): "with at least \(h) h free every week"
        case let .span(from, to): "\(from) to \(to)"
        case let .capacitySummary(shown, total, who, span): "\(shown) of \(total) members\(who), \(span); ! overbooked, ~ tentative hours on proposals"
        case let .created(name, directory, members, projects, requests, entries):
            "created \(name) in \(directory): \(members) members, \(projects) projects, \(requests) requests, \(entries) ledger entries"
        case let .generated(members, projects, requests, entries, directory):
            "generated \(members) members, \(projects) projects, \(requests) requests, \(entries) ledger entries in \(directory)"
        case let .generating(percent): "generating… \(percent) %"
        case .writing: "writing…"
        case let .demoWritten(demo, directory, whyNot): "samen: demo network \(demo) written to \(directory), but \(whyNot)"
        case let .demoIn(demo, directory): "demo network \(demo) in \(directory)"
        case let .checkOK(members, projects, requests, entries, changes):
            "ok: \(members) members, \(projects) projects, \(requests) requests, \(entries) ledger entries, \(changes) changes in history"
        case let .checkProblems(n, directory): "\(n) problem(s) in \(directory); nothing was changed"
        case let .baselineMade(line): "baseline made: the files as they are now, named on history line \(line); verification starts from here"
        case let .verified(changes, since, line): "verified: the \(changes) change(s) since the baseline of \(since) (history line \(line)) make exactly the data files"
        case .doesNotVerify: "does not verify: nothing was changed"
        case let .signatures(signed, total): "signed: \(signed) of \(total) line(s) from the baseline on, each by a key its author had registered"
        case let .unsignedLines(count, lines): "; unsigned: line\(count == 1 ? "" : "s") " + lines
        case let .andMore(n): " and \(n) more"
        case .unsigned: "unsigned"
        case let .signed(key): "signed " + key
        case .badSignature: "BAD SIGNATURE"
        case let .warning(text): "samen: warning: \(text)"
        case .addOneWith: "Add one with:"
        }
    }

    var nl: String {
        Self.dutch(self)
    }

    /// The Dutch, outside `var nl` so that DutchScreensTests does not take
    /// its words for Dutch: it quotes commands, option names and examples
    /// as typed (`--members`, `samen finance rate set`), which on a
    /// dashboard screen would be English left untranslated.
    private static func dutch(_ phrase: Self) -> String {
        switch phrase {
        case let .membersCount(n, total): "\(n) van \(plural(total, "# lid", "# leden"))"
        case let .projectsCount(n, total): "\(n) van \(plural(total, "# project", "# projecten"))"
        case let .requestsCount(n, total): "\(n) van \(plural(total, "# hulpvraag", "# hulpvragen"))"
        case let .entriesCount(n, total): "\(n) van \(plural(total, "# boeking", "# boekingen"))"
        case let .range(r): "\(r.start.shown) t/m \(r.end.shown)"
        case let .weeksCount(n): plural(n, "# week", "# weken")
        case let .hoursPerWeek(h): "\(h) u/wk"
        case let .daysAge(n): "\(n) d"
        case let .hours(h): "\(h) u"
        case .left: "vertrokken"
        case .labelID: "id"
        case .labelName: "naam"
        case .labelRole: "rol"
        case .labelSeniority: "senioriteit"
        case .labelCity: "plaats"
        case .labelSkills: "vaardigheden"
        case .labelInvolvement: "aanwezig"
        case .labelHoursPerWeek: "uren/week"
        case .labelJoined: "lid sinds"
        case .labelLeft: "vertrokken"
        case .labelEmail: "e-mail"
        case .labelPhone: "telefoon"
        case .labelLogin: "login"
        case .labelDesks: "werkplekken"
        case .labelShare: "share"
        case .labelDeclines: "weigert"
        case .labelWantsMore: "wil meer"
        case .labelKey: "sleutel"
        case .labelTimeOff: "verlof"
        case .labelNeedsWork: "zoekt werk"
        case .labelHelp: "hulp"
        case .labelProject: "project"
        case .labelLeads: "trekt"
        case let .hoursFrom(hours, day): "\(hours) vanaf \(day)"
        case let .needsWorkMet(hours, request): "gehaald: ingepland voor \(hours) u/wk (hulpvraag \(request) staat nog open)"
        case let .needsWorkUnmet(unmet, wanted, request): "nog \(unmet) van \(wanted) u/wk te vinden (hulpvraag \(request))"
        case .asks: "vraagt"
        case .offersOn: "biedt aan op"
        case let .helpLine(what, id, kind, offers, text): "\(what) \(id) (\(kind), \(plural(offers, "# aanbod", "# aanbiedingen"))): \(text)"
        case let .projectLine(id, title, status, hours, range): "\(id) \(title) (\(status)): \(hours) u/wk \(range)"
        case let .leadsLine(id, title, status): "\(id) \(title) (\(status))"
        case .labelTitle: "titel"
        case .labelClient: "klant"
        case .labelStatus: "status"
        case .labelSource: "bron"
        case .labelHours: "uren"
        case .labelPeriod: "periode"
        case .labelBudget: "budget"
        case .labelValue: "waarde"
        case .labelMaxTravel: "max reizen"
        case .labelLead: "hoofdaannemer"
        case .labelDeclined: "afgewezen"
        case .labelTeam: "team"
        case .labelExternal: "extern"
        case .labelDescription: "omschrijving"
        case .labelLog: "log"
        case let .broughtInBy(who): "binnengebracht door \(who)"
        case .cameToTheCollective: "kwam naar het collectief"
        case let .optionalSkills(s): " (mooi meegenomen: \(s))"
        case let .period(start, end, weeks): "\(start) t/m \(end) (\(plural(weeks, "# week", "# weken")))"
        case .tentative: " (voorlopig)"
        case .newProject: "nieuw"
        case let .ratesOf(day): "de tarieven van \(day), toen hij werd aangenomen"
        case .todaysRates: "de tarieven van vandaag (nog niet aangenomen)"
        case let .valuePart(member, seniority, hours, hourly): "\(member) (\(seniority)) \(hours) u × \(hourly)"
        case let .estimated(total, hours, band, when): "\(total) geschat: \(hours) u, een \(band) project, tegen \(when); "
        case let .notEstimated(error): "niet geschat: \(error)"
        case .labelFrom: "van"
        case .labelKind: "soort"
        case .labelTopic: "onderwerp"
        case .labelDeadline: "uiterlijk"
        case .labelText: "tekst"
        case .labelOffer: "aanbod"
        case .labelOffers: "aanbod"
        case .labelClosing: "afsluiting"
        case .labelWithdrawn: "ingetrokken"
        case .labelClosed: "gesloten"
        case .labelCouldHelp: "kan helpen"
        case let .askedOn(status, day, ago): "\(status), gevraagd op \(day) (\(ago))"
        case .today: "vandaag"
        case .yesterday: "gisteren"
        case let .daysAgo(n): "\(n) dagen geleden"
        case let .hoursWanted(h): "\(h) per week gezocht"
        case .accepted: " (aangenomen)"
        case .noneYet: "nog geen"
        case let .onProject(ids): " op project \(ids)"
        case let .requestNeedsWorkMet(hours, on): "gehaald: ingepland voor \(hours) u/wk\(on); sluit hem als je het eens bent"
        case let .requestNeedsWorkUnmet(unmet, wanted, staffed, on): "nog \(unmet) van \(wanted) u/wk te vinden (ingepland \(staffed)\(on))"
        case .addTopicTags: "geef onderwerptags voor voorstellen"
        case .nobodyMatches: "niemands vaardigheden of Share-pitch passen bij het onderwerp"
        case let .spareOfThese(n): "vrij van deze \(n)"
        case .networkCapacity: "netwerk capaciteit"
        case .networkAllocated: "netwerk ingepland"
        case .networkTentative: "netwerk voorlopig"
        case .networkSpare: "netwerk vrij"
        case .networkUtilisation: "netwerk bezetting %"
        case .and: " en "
        case let .withSkills(s): "met \(s)"
        case let .withAtLeast(h): "met minstens \(h) u vrij elke week"
        case let .span(from, to): "\(from) t/m \(to)"
        case let .capacitySummary(shown, total, who, span):
            "\(shown) van \(plural(total, "# lid", "# leden"))\(who), \(span); ! overboekt, ~ voorlopige uren op voorstellen"
        case let .created(name, directory, members, projects, requests, entries):
            "\(name) gemaakt in \(directory): \(plural(members, "# lid", "# leden")), \(plural(projects, "# project", "# projecten")), \(plural(requests, "# hulpvraag", "# hulpvragen")), \(plural(entries, "# boeking", "# boekingen"))"
        case let .generated(members, projects, requests, entries, directory):
            "\(plural(members, "# lid", "# leden")), \(plural(projects, "# project", "# projecten")), \(plural(requests, "# hulpvraag", "# hulpvragen")), \(plural(entries, "# boeking", "# boekingen")) gemaakt in \(directory)"
        case let .generating(percent): "maken… \(percent) %"
        case .writing: "schrijven…"
        case let .demoWritten(demo, directory, whyNot): "samen: demonetwerk \(demo) geschreven naar \(directory), maar \(whyNot)"
        case let .demoIn(demo, directory): "demonetwerk \(demo) in \(directory)"
        case let .checkOK(members, projects, requests, entries, changes):
            "ok: \(plural(members, "# lid", "# leden")), \(plural(projects, "# project", "# projecten")), \(plural(requests, "# hulpvraag", "# hulpvragen")), \(plural(entries, "# boeking", "# boekingen")), \(plural(changes, "# wijziging", "# wijzigingen")) in de geschiedenis"
        case let .checkProblems(n, directory): "\(plural(n, "# probleem", "# problemen")) in \(directory); er is niets veranderd"
        case let .baselineMade(line): "basislijn gemaakt: de bestanden zoals ze nu zijn, genoemd op regel \(line) van de geschiedenis; de controle begint hier"
        case let .verified(changes, since, line): "klopt: de \(plural(changes, "# wijziging", "# wijzigingen")) sinds de basislijn van \(since) (regel \(line) van de geschiedenis) maken precies de databestanden"
        case .doesNotVerify: "klopt niet: er is niets veranderd"
        case let .signatures(signed, total): "ondertekend: \(signed) van \(plural(total, "# regel", "# regels")) vanaf de basislijn, elk met een sleutel die de auteur had aangemeld"
        case let .unsignedLines(count, lines): "; niet ondertekend: \(count == 1 ? "regel" : "regels") " + lines
        case let .andMore(n): " en nog \(n)"
        case .unsigned: "niet ondertekend"
        case let .signed(key): "ondertekend " + key
        case .badSignature: "FOUTE HANDTEKENING"
        case let .warning(text): "samen: waarschuwing: \(text)"
        case .addOneWith: "Voeg er een toe met:"
        }
    }
}
