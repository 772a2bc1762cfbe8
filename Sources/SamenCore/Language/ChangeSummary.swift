/// What a change did, in one line: shown after a save ("saved: …") in the
/// person's language, and written into the history line in English, where
/// it is data (`samen history` shows it as it was written, and the signature
/// covers it).
public indirect enum ChangeSummary: Phrase, Equatable {
    case none
    case addedMember(name: String, id: String)
    case editedMember(name: String, id: String, hours: ContractedHoursChange?)
    case left(name: String, id: String, on: Day)
    case timeOff(name: String, range: DateRange)
    case timeOffTakenBack(name: String, range: DateRange, note: String)
    case declinedClients(name: String, clients: [String])
    case keyAdded(name: String, fingerprint: String)
    case keyRevoked(name: String, fingerprint: String)
    case networkUpdated
    case newAssignment(id: Int, title: String, client: String)
    case projectEdited(id: Int, changes: String)
    case leads(name: String, project: Int, title: String)
    case moved(project: Int, from: ProjectStatus, to: ProjectStatus, title: String)
    case onProject(name: String, project: Int, hours: Hours, range: DateRange)
    case takenOff(member: String, project: Int)
    case hired(name: String, project: Int)
    case optionalSkills(project: Int, skills: [String])
    case asks(name: String, kind: RequestKind, text: String)
    case offers(name: String, request: Int)
    case matched(request: Int, asker: String, helper: String)
    case requestClosed(request: Int, note: String?)
    case withdrawn(request: Int)
    case ledgerEntry(planned: Bool, kind: LedgerKind, amount: String, on: Day, member: String?)
    case corrected(entry: Int, on: Day, why: String)
    case sharedCost(entry: Int, amount: String, members: Int)
    case hourlyRate(seniority: String, band: String, hourly: String, from: Day)
    case contributionRate(role: Role, percent: String, from: Day)
    case closedYear(year: Int, result: String, partners: Int)
    case askedToJoin(names: [String], project: Int, hours: Hours)
    case saidYes(name: String, project: Int, hours: Hours)
    case saidNo(name: String, project: Int, reason: JoinDeclineReason?)
    /// Several steps made as one change: the last is what the person set
    /// out to do (a move), the ones before prepare it (a lead), so it comes first.
    case steps([ChangeSummary])
    /// An application's step (issue 16), in its own catalogue.
    case admission(AdmissionSaid)
    case addedProduct(name: String, id: String)
    case addedContributor(name: String, product: String)

    public struct ContractedHoursChange: Equatable, Sendable {
        public var before: Hours, after: Hours, from: Day
    }

    public var en: String {
        switch self {
        case .none: ""
        case let .addedMember(name, id): "added member \(name) (\(id))"
        case let .editedMember(name, id, hours):
            "edited member \(name) (\(id))" + (hours.map { "; contracted hours \($0.before) -> \($0.after) h/week from \($0.from)" } ?? "")
        case let .left(name, id, day): "\(name) (\(id)) left the network on \(day)"
        case let .timeOff(name, range): "time off for \(name): \(range)"
        case let .timeOffTakenBack(name, range, note): "time off for \(name) taken back: \(range)" + (note.isEmpty ? "" : " (\(note))")
        case let .declinedClients(name, clients):
            clients.isEmpty ? "\(name) will work for any client again" : "\(name) will not work for: " + clients.joined(separator: ", ")
        case let .keyAdded(name, fingerprint): "\(name) signs with key \(fingerprint) from now on"
        case let .keyRevoked(name, fingerprint): "\(name)'s key \(fingerprint) is revoked: what it signed before stays valid, nothing after"
        case .networkUpdated: "updated the network settings"
        case let .newAssignment(id, title, client): "new assignment \(id): \(title) for \(client)"
        case let .projectEdited(id, changes): "project \(id) edited: \(changes)"
        case let .leads(name, project, title): "\(name) leads project \(project): \(title)"
        case let .moved(project, from, to, title): "project \(project) \(from.rawValue) -> \(to.rawValue): \(title)"
        case let .onProject(name, project, hours, range): "\(name) on project \(project) for \(hours) h/wk, \(range)"
        case let .takenOff(member, project): "\(member) taken off project \(project)"
        case let .hired(name, project): "hired \(name) for project \(project)"
        case let .optionalSkills(project, skills):
            "project \(project): " + (skills.isEmpty ? "every skill required again" : "optional skills: " + skills.joined(separator: ", "))
        case let .asks(name, kind, text): "\(name) asks (\(kind.rawValue)): \(text.prefix(60))"
        case let .offers(name, request): "\(name) offers help on request \(request)"
        case let .matched(request, asker, helper): "request \(request) matched: \(asker) accepts \(helper)'s offer"
        case let .requestClosed(request, note): "request \(request) closed" + (note.map { ": \($0.prefix(60))" } ?? "")
        case let .withdrawn(request): "request \(request) withdrawn"
        case let .ledgerEntry(planned, kind, amount, day, member):
            "\(planned ? "planned " : "")\(kind.rawValue) \(amount) on \(day)" + (member.map { " (\($0))" } ?? "")
        case let .corrected(entry, day, why): "corrected ledger entry \(entry) on \(day): \(why)"
        case let .sharedCost(entry, amount, members): "shared cost \(entry) (\(amount)) among \(members) members"
        case let .hourlyRate(seniority, band, hourly, from): "hourly rate for a \(seniority) on a \(band) project: \(hourly) from \(from)"
        case let .contributionRate(role, percent, from): "contribution of \(role.rawValue)s: \(percent) of revenue from \(from)"
        case let .closedYear(year, result, partners): "closed \(year): result \(result) distributed among \(partners) partners"
        case let .askedToJoin(names, project, hours): "asked \(names.joined(separator: ", ")) to join project \(project) for \(hours) h/wk"
        case let .saidYes(name, project, hours): "\(name) said yes to project \(project), \(hours) h/wk"
        case let .saidNo(name, project, reason): "\(name) said no to project \(project)" + (reason.map { ": \(JoinWords.reason($0).en)" } ?? "")
        case let .steps(parts):
            if let (id, asks) = Self.askedTogether(parts) {
                "asked \(asks.count) members to join project \(id): " + asks.map { "\($0.name) \($0.hours) h/wk" }.joined(separator: ", ")
            } else {
                Self.joined(parts.map(\.en))
            }
        case let .admission(said): said.en
        case let .addedProduct(name, id): "registered product \(name) (\(id))"
        case let .addedContributor(name, product): "\(name) contributes to \(product)"
        }
    }

    public var nl: String {
        switch self {
        case .none: ""
        case let .addedMember(name, id): "lid \(name) (\(id)) toegevoegd"
        case let .editedMember(name, id, hours):
            "lid \(name) (\(id)) gewijzigd" + (hours.map { "; contracturen \($0.before.shown) -> \($0.after.shown) u/wk vanaf \($0.from.spoken)" } ?? "")
        case let .left(name, id, day): "\(name) (\(id)) heeft het netwerk verlaten op \(day.spoken)"
        case let .timeOff(name, range): "vrij voor \(name): \(range.shown)"
        case let .timeOffTakenBack(name, range, note): "vrij van \(name) ingetrokken: \(range.shown)" + (note.isEmpty ? "" : " (\(note))")
        case let .declinedClients(name, clients):
            clients.isEmpty ? "\(name) werkt weer voor elke klant" : "\(name) werkt niet voor: " + clients.joined(separator: ", ")
        case let .keyAdded(name, fingerprint): "\(name) ondertekent vanaf nu met sleutel \(fingerprint)"
        case let .keyRevoked(name, fingerprint): "sleutel \(fingerprint) van \(name) is ingetrokken: wat ermee ondertekend is blijft geldig, niets daarna"
        case .networkUpdated: "netwerkinstellingen bijgewerkt"
        case let .newAssignment(id, title, client): "nieuwe opdracht \(id): \(title) voor \(client)"
        case let .projectEdited(id, changes): "project \(id) gewijzigd: \(Self.dutchChanges(changes))"
        case let .leads(name, project, title): "\(name) is hoofdaannemer van project \(project): \(title)"
        case let .moved(project, from, to, title): "project \(project) \(from.shown) -> \(to.shown): \(title)"
        case let .onProject(name, project, hours, range): "\(name) op project \(project) voor \(hours.shown) u/wk, \(range.shown)"
        case let .takenOff(member, project): "\(member) van project \(project) gehaald"
        case let .hired(name, project): "\(name) ingehuurd voor project \(project)"
        case let .optionalSkills(project, skills):
            "project \(project): " + (skills.isEmpty ? "alle vaardigheden weer vereist" : "optionele vaardigheden: " + skills.joined(separator: ", "))
        case let .asks(name, kind, text): "\(name) vraagt (\(kind.shown)): \(text.prefix(60))"
        case let .offers(name, request): "\(name) biedt hulp aan bij hulpvraag \(request)"
        case let .matched(request, asker, helper): "hulpvraag \(request) gekoppeld: \(asker) neemt het aanbod van \(helper) aan"
        case let .requestClosed(request, note): "hulpvraag \(request) gesloten" + (note.map { ": \($0.prefix(60))" } ?? "")
        case let .withdrawn(request): "hulpvraag \(request) ingetrokken"
        case let .ledgerEntry(planned, kind, amount, day, member):
            "\(planned ? "gepland: " : "")\(kind.shown) \(amount) op \(day.spoken)" + (member.map { " (\($0))" } ?? "")
        case let .corrected(entry, day, why): "boeking \(entry) gecorrigeerd op \(day.spoken): \(why)"
        case let .sharedCost(entry, amount, members): "gedeelde kosten \(entry) (\(amount)) verdeeld over \(members) leden"
        case let .hourlyRate(seniority, band, hourly, from): "uurtarief voor een \(seniority) op een \(Self.dutchBand(band)) project: \(hourly) vanaf \(from.spoken)"
        case let .contributionRate(role, percent, from): "afdracht van \(role.shown == "lid" ? "leden" : role.shown + "s"): \(percent) van de omzet vanaf \(from.spoken)"
        case let .closedYear(year, result, partners): "\(year) afgesloten: resultaat \(result) verdeeld over \(partners) partners"
        case let .askedToJoin(names, project, hours): "\(names.joined(separator: ", ")) gevraagd voor project \(project), \(hours.shown) u/wk"
        case let .saidYes(name, project, hours): "\(name) zegt ja tegen project \(project), \(hours.shown) u/wk"
        case let .saidNo(name, project, reason): "\(name) zegt nee tegen project \(project)" + (reason.map { ": \(JoinWords.reason($0).nl)" } ?? "")
        case let .steps(parts):
            if let (id, asks) = Self.askedTogether(parts) {
                "\(asks.count) leden gevraagd voor project \(id): " + asks.map { "\($0.name) \($0.hours.shown) u/wk" }.joined(separator: ", ")
            } else {
                Self.joined(parts.map(\.nl))
            }
        case let .admission(said): said.nl
        case let .addedProduct(v1, v2): "product \(v1) (\(v2)) geregistreerd"
        case let .addedContributor(v1, v2): "\(v1) draagt bij aan \(v2)"
        }
    }

    /// A team asked at once (several questions on one project, as one
    /// change) reads as one sentence in the order asked, not as a list of
    /// sentences with the last first: the project, then who for how long.
    static func askedTogether(_ parts: [ChangeSummary]) -> (project: Int, asks: [(name: String, hours: Hours)])? {
        guard parts.count > 1 else { return nil }
        var project: Int?
        var asks: [(name: String, hours: Hours)] = []
        for part in parts {
            guard case let .askedToJoin(names, id, hours) = part, project == nil || project == id else { return nil }
            project = id
            asks += names.map { ($0, hours) }
        }
        return project.map { ($0, asks) }
    }

    static func joined(_ parts: [String]) -> String {
        guard let last = parts.last else { return "" }
        return ([last] + parts.dropLast()).joined(separator: "; ")
    }

    static func dutchBand(_ band: String) -> String {
        ["small": "klein", "medium": "middelgroot", "large": "groot"][band] ?? band
    }

    /// A project edit's list of changes ("weeks 4 -> 2; city 'Leiden' -> …"),
    /// kept in English in the project's log; its field names in Dutch here.
    static func dutchChanges(_ text: String) -> String {
        let names: [(String, String)] = [
            ("optional skills ", "optionele vaardigheden "), ("maximum travel ", "maximale reisafstand "), ("description changed", "omschrijving gewijzigd"),
            ("title ", "titel "), ("client ", "klant "), ("skills ", "vaardigheden "), ("hours ", "uren "), ("start ", "start "),
            ("weeks ", "weken "), ("city ", "plaats "), ("budget ", "budget "),
        ]
        return text.components(separatedBy: "; ").map { part in
            for (en, nl) in names where part.hasPrefix(en) {
                return (nl + part.dropFirst(en.count)).replacingOccurrences(of: " none", with: " geen")
            }
            return part
        }.joined(separator: "; ")
    }
}
