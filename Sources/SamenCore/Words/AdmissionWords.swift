/// Why a step of an application is refused by the rules (issue 16): the
/// applicant, the criterion, the decision. Rights (who may) are in
/// `AdmissionRightsWords`.
public enum AdmissionRefusal: Phrase, Equatable {
    case notAnApplicant(String)
    case noApplication(String, name: String)
    case ownApplication(String)
    case viewerTakesNoPart(String, Role)
    case viewerLeft(String)
    case unknownCriterion(String, known: [String])
    case alreadyAdmitted(String, on: Day, role: Role)
    case alreadyNotNow(String, on: Day)
    case decidedAlready(String, on: Day)
    case admitAs(Role)
    case startsBeforeApplying(from: Day, applied: Day)
    case noViewsYet(String)
    case emptyCriterionNote(String)
    case emptyReason

    public var en: String {
        switch self {
        case let .notAnApplicant(role): "an application is for an applicant; this one would be added as \(RightsRefusal.aRole(Role(rawValue: role) ?? .member).en)"
        case let .noApplication(id, name): "\(name) (\(id)) has no application to decide on"
        case let .ownApplication(name): "nobody gives a view on or notes about their own application; \(name) is the applicant"
        case let .viewerTakesNoPart(name, role): "only members who are in the network give views and notes; \(name) is \(RightsRefusal.aRole(role).en)"
        case let .viewerLeft(name): "only members who are in the network give views and notes; \(name) has left"
        case let .unknownCriterion(id, known): "'\(id)' is not one of the network's criteria (admissionCriteria in network.json): " + known.joined(separator: ", ")
        case let .alreadyAdmitted(name, on, role): "\(name) was already admitted as \(RightsRefusal.aRole(role).en) on \(on); a member is admitted once"
        case let .alreadyNotNow(name, on): "the network already said not now to \(name) on \(on)"
        case let .decidedAlready(name, on): "the network admitted \(name) on \(on); views and notes on the application are closed"
        case let .admitAs(role): "an applicant is admitted as a partner, an associate or a member, not as \(RightsRefusal.aRole(role).en)"
        case let .startsBeforeApplying(from, applied): "the start date (\(from)) is before they applied (\(applied))"
        case let .noViewsYet(name): "the network decides after members have given their views; nobody has given a view on \(name) yet"
        case let .emptyCriterionNote(id): "a note on '\(id)' must say something"
        case .emptyReason: "not now needs a reason: the applicant and the members read it"
        }
    }

    public var nl: String {
        switch self {
        case let .notAnApplicant(role): "een aanmelding is voor een aspirant-lid; deze zou worden toegevoegd als \(NL.ar(Role(rawValue: role) ?? .member))"
        case let .noApplication(id, name): "\(name) (\(id)) heeft geen aanmelding om over te beslissen"
        case let .ownApplication(name): "niemand geeft een mening of notitie over de eigen aanmelding; \(name) is het aspirant-lid"
        case let .viewerTakesNoPart(name, role): "alleen leden van het netwerk geven een mening of notitie; \(name) is \(NL.ar(role))"
        case let .viewerLeft(name): "alleen leden van het netwerk geven een mening of notitie; \(name) is vertrokken"
        case let .unknownCriterion(id, known): "'\(id)' is geen criterium van het netwerk (admissionCriteria in network.json): " + known.joined(separator: ", ")
        case let .alreadyAdmitted(name, on, role): "\(name) is al toegelaten als \(NL.ar(role)) op \(on.spoken); iemand wordt één keer toegelaten"
        case let .alreadyNotNow(name, on): "het netwerk zei al 'nu niet' tegen \(name) op \(on.spoken)"
        case let .decidedAlready(name, on): "het netwerk heeft \(name) toegelaten op \(on.spoken); meningen en notities over de aanmelding zijn gesloten"
        case let .admitAs(role): "een aspirant-lid wordt toegelaten als partner, associé of lid, niet als \(NL.ar(role))"
        case let .startsBeforeApplying(from, applied): "de startdatum (\(from.shown)) ligt voor de aanmelding (\(applied.shown))"
        case let .noViewsYet(name): "het netwerk beslist nadat leden hun mening gaven; nog niemand gaf een mening over \(name)"
        case let .emptyCriterionNote(id): "een notitie bij '\(id)' moet iets zeggen"
        case .emptyReason: "'nu niet' heeft een reden nodig: het aspirant-lid en de leden lezen die"
        }
    }
}

/// What a step of an application would do, for rights refusals ("only a
/// partner ... may admit Lies as a member").
public enum AdmissionRightsWords: Phrase, Equatable {
    case enterApplicant(String)
    case giveViewFor(String, applicant: String)
    case admit(String, Role)
    case decline(String)

    public var en: String {
        switch self {
        case let .enterApplicant(name): "enter \(name) as an applicant"
        case let .giveViewFor(name, applicant): "give a view or note on \(applicant) in \(name)'s name"
        case let .admit(name, role): "admit \(name) as \(RightsRefusal.aRole(role).en)"
        case let .decline(name): "say not now to \(name)"
        }
    }

    public var nl: String {
        switch self {
        case let .enterApplicant(name): "\(name) als aspirant-lid invoeren"
        case let .giveViewFor(name, applicant): "namens \(name) een mening of notitie over \(applicant) geven"
        case let .admit(name, role): "\(name) toelaten als \(NL.ar(role))"
        case let .decline(name): "'nu niet' zeggen tegen \(name)"
        }
    }
}

/// What an application step did, in one line (`ChangeSummary.admission`).
public enum AdmissionSaid: Phrase, Equatable, Sendable {
    case applied(name: String, id: String, introducedBy: String?)
    case viewed(by: String, applicant: String, stance: ApplicantView.Stance)
    case noted(by: String, applicant: String, criterion: String)
    case admitted(name: String, role: Role, from: Day)
    case notNow(name: String, reason: String)

    public var en: String {
        switch self {
        case let .applied(name, id, by): "\(name) (\(id)) applied" + (by.map { ", introduced by \($0)" } ?? "")
        case let .viewed(by, applicant, stance): "\(by) is \(stance == .question ? "asking a question about" : stance.rawValue) \(applicant)"
        case let .noted(by, applicant, criterion): "\(by) noted '\(criterion)' for \(applicant)"
        case let .admitted(name, role, from): "admitted \(name) as \(RightsRefusal.aRole(role).en) from \(from)"
        case let .notNow(name, reason): "not now for \(name): \(reason.prefix(60))"
        }
    }

    public var nl: String {
        switch self {
        case let .applied(name, id, by): "\(name) (\(id)) heeft zich aangemeld" + (by.map { ", voorgesteld door \($0)" } ?? "")
        case let .viewed(by, applicant, stance):
            switch stance {
            case .for: "\(by) is voor \(applicant)"
            case .against: "\(by) is tegen \(applicant)"
            case .question: "\(by) heeft een vraag over \(applicant)"
            }
        case let .noted(by, applicant, criterion): "\(by) noteerde '\(criterion)' bij \(applicant)"
        case let .admitted(name, role, from): "\(name) toegelaten als \(NL.ar(role)) vanaf \(from.spoken)"
        case let .notNow(name, reason): "nu niet voor \(name): \(reason.prefix(60))"
        }
    }
}
