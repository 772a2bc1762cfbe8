/// What a value of a change is, as a refusal names it ("a member's name
/// must not be empty").
public enum ChangeThing: Phrase, Equatable {
    case hoursPerWeek, contractedHoursPerWeek
    case requiredSkills, optionalSkills, skills, topicTags
    case memberName, memberCity, projectTitle, projectClient, projectCity
    case externalName, reasonForHiring, reasonForCorrection, noteOfCharge
    case requestText, offerNote, closingNote, networkName
    case productName
    case amountOf(LedgerKind)

    public var en: String {
        switch self {
        case .hoursPerWeek: "hours per week"
        case .contractedHoursPerWeek: "contracted hours per week"
        case .requiredSkills: "required skills"
        case .optionalSkills: "optional skills"
        case .skills: "skills"
        case .topicTags: "topic tags"
        case .memberName: "a member's name"
        case .memberCity: "a member's city"
        case .projectTitle: "a project's title"
        case .projectClient: "a project's client"
        case .projectCity: "a project's city"
        case .externalName: "the external's name"
        case .reasonForHiring: "the reason for hiring outside"
        case .reasonForCorrection: "the reason for a correction"
        case .noteOfCharge: "the note of a charge"
        case .requestText: "the request's text"
        case .offerNote: "the offer's note"
        case .closingNote: "the closing note"
        case .networkName: "the network's name"
        case .productName: "the product's name"
        case let .amountOf(kind): "the amount of a \(kind.rawValue)"
        }
    }

    public var nl: String {
        switch self {
        case .hoursPerWeek: "het aantal uren per week"
        case .contractedHoursPerWeek: "het aantal contracturen per week"
        case .requiredSkills: "de vereiste vaardigheden"
        case .optionalSkills: "de optionele vaardigheden"
        case .skills: "de vaardigheden"
        case .topicTags: "de onderwerpen"
        case .memberName: "de naam van een lid"
        case .memberCity: "de woonplaats van een lid"
        case .projectTitle: "de titel van een project"
        case .projectClient: "de klant van een project"
        case .projectCity: "de plaats van een project"
        case .externalName: "de naam van de externe"
        case .reasonForHiring: "de reden om iemand van buiten in te huren"
        case .reasonForCorrection: "de reden voor een correctie"
        case .noteOfCharge: "de notitie bij een doorberekening"
        case .requestText: "de tekst van de hulpvraag"
        case .offerNote: "de notitie bij het aanbod"
        case .closingNote: "de notitie bij het sluiten"
        case .networkName: "de naam van het netwerk"
        case .productName: "de naam van het product"
        case let .amountOf(v1): "het bedrag van een \(NL.k(v1))"
        }
    }

    /// Whether Dutch takes a plural verb after it ("de vaardigheden mogen").
    var pl: Bool {
        switch self {
        case .requiredSkills, .optionalSkills, .skills, .topicTags: true
        default: false
        }
    }
}

/// The refusals every kind of change shares: a record that does not exist,
/// an empty or too long text, hours out of range.
public enum ChangeRefusal: Phrase, Equatable {
    case noSteps
    case noMember(String)
    case memberLeftNetwork(String, on: Day)
    case applicantTakesNoWork(String)
    case noProject(Int)
    case noRequest(Int)
    case hoursBetween(ChangeThing, Hours, got: Hours)
    case empty(ChangeThing)
    case tooLong(ChangeThing, Int)
    case emptyName(ChangeThing)
    case comma(ChangeThing, String)
    case optionalNotRequired(String, skills: [String])
    case badMemberID(String)
    case notPositive(ChangeThing, String)

    public var en: String {
        switch self {
        case .noSteps: "a change of several steps needs at least one step"
        case let .noMember(id): "member '\(id)' does not exist"
        case let .memberLeftNetwork(id, day): "member '\(id)' left the network on \(day)"
        case let .applicantTakesNoWork(id): "member '\(id)' is an applicant and cannot take on work yet"
        case let .noProject(id): "project \(id) does not exist"
        case let .noRequest(id): "request \(id) does not exist"
        case let .hoursBetween(what, most, got): "\(what.en) must be between 0 and \(most), got \(got)"
        case let .empty(what): "\(what.en) must not be empty"
        case let .tooLong(what, n): "\(what.en) is too long (\(n) characters, at most 10000)"
        case let .emptyName(what): "\(what.en) must not contain an empty name"
        case let .comma(what, t): "\(what.en) '\(t)' must not contain a comma"
        case let .optionalNotRequired(o, skills): "optional skill '\(o)' is not one of the project's skills (\(skills.isEmpty ? "none" : skills.joined(separator: ", ")))"
        case let .badMemberID(id): "member id '\(id)' must be 1 to 40 lower-case letters, digits or dashes, starting with a letter or digit"
        case let .notPositive(what, amount): "\(what.en) must be more than zero, got \(amount)"
        }
    }

    public var nl: String {
        switch self {
        case .noSteps: "een wijziging in stappen heeft minstens één stap nodig"
        case let .noMember(v1): "lid '\(v1)' bestaat niet"
        case let .memberLeftNetwork(v1, v2): "lid '\(v1)' heeft het netwerk verlaten op \(NL.d(v2))"
        case let .applicantTakesNoWork(v1): "lid '\(v1)' is aspirant-lid en kan nog geen werk aannemen"
        case let .noProject(v1): "project \(v1) bestaat niet"
        case let .noRequest(v1): "hulpvraag \(v1) bestaat niet"
        case let .hoursBetween(v1, v2, v3): "\(v1.nl) moet tussen 0 en \(NL.s(v2)) liggen, niet \(NL.s(v3))"
        case let .empty(v1): "\(v1.nl) \(v1.pl ? "mogen" : "mag") niet leeg zijn"
        case let .tooLong(v1, v2): "\(v1.nl) \(v1.pl ? "zijn" : "is") te lang (\(v2) tekens, hoogstens 10000)"
        case let .emptyName(v1): "\(v1.nl) \(v1.pl ? "mogen" : "mag") geen lege naam bevatten"
        case let .comma(v1, v2): "\(v1.nl): '\(v2)' mag geen komma bevatten"
        case let .optionalNotRequired(v1, v2): "optionele vaardigheid '\(v1)' is geen vaardigheid van het project (\(NL.lg(v2)))"
        case let .badMemberID(v1): "lid-id '\(v1)' moet 1 tot 40 kleine letters, cijfers of streepjes zijn, beginnend met een letter of cijfer"
        case let .notPositive(v1, v2): "\(v1.nl) moet meer dan nul zijn, niet \(v2)"
        }
    }
}

/// Days and periods in a Dutch sentence.
enum Spoken {
    /// `3 dec 2026 t/m 9 jan 2027`.
    static func nl(_ range: DateRange) -> String { "\(range.start.spoken) t/m \(range.end.spoken)" }
}
