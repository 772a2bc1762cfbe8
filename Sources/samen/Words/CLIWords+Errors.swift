import SamenCore

/// What the command line says when it is used wrongly or refuses: the
/// checks of its own options. The rules' refusals come from SamenCore, and
/// so do the words both say (a member or project that does not exist, an
/// overbooked member, a payout nobody is owed): `ChangeRefusal`,
/// `LedgerRefusal` and `StaffingWords` say those once, for both.
enum ErrorWords: Phrase {
    case between(option: String, low: Int, high: Int, got: Int), mustNotBeEmpty(String)
    case notATable(table: String, choices: String), notAPercentage(option: String, text: String)
    case noHomeForKey, cannotRead(String), makeAKey, holdsNoKey(String)
    case projectDoesNotExistSeeList(Int)
    case howToSplit, equallyNeedsMembers, weightsNameMembers, notACost(Int), noDesk(member: String, day: String), weightsForm(String)
    case required(String), cityRequired, sayWhatToChangeMember, sayWhatToChangeProject
    case removeTakesOnlyFrom, toIsNeeded, toBeforeFrom(to: String, from: String)
    case noneTakesNoClients, nameAClient, doesNotDecline(name: String, client: String), declinesNone, declines(String)
    case weekForm(option: String, forms: String, got: String), notOneOf(option: String, text: String, allowed: String)
    case notBoth(String, String), suggestionsForOpen(id: Int, status: String), optionalOrNone
    case exactlyAcceptOrDecline, leadGoesWithAccept, removeTakesNoHours, hoursNeeded, hoursMoreThanZero
    case fromAfterEnd(from: String, end: String)
    case actingNotAMember(option: String, actor: String), mineNotAMember(String)
    case noOffersYet(Int), sayWhoseOffer(String)
    case newSkillOnPurpose(option: String, miss: String, typed: String), newPlaceOnPurpose(String)
    case notACommand(word: String, command: String, near: String)
    case cannotMakeTemporary(String), atLeastThreeMembers(Int), notNegative(option: String, got: Int)

    var en: String {
        switch self {
        case let .between(option, low, high, got): "\(option) must be between \(low) and \(high), got \(got)"
        case let .mustNotBeEmpty(option): "\(option) must not be empty"
        case let .notATable(table, choices): "'\(table)' is not a table; choose one of: \(choices)"
        case let .notAPercentage(option, text): "\(option) '\(text)' is not a percentage; write it like 12,5 or 12.5"
        case .noHomeForKey: "name the .pub file of the key: there is no home directory to look in"
        case let .cannotRead(file): "cannot read '\(file)'"
        case .makeAKey: "; make a key with: ssh-keygen -t ed25519, or name its .pub file"
        case let .holdsNoKey(file): "'\(file)' holds no key"
        case let .projectDoesNotExistSeeList(id): "project \(id) does not exist (see samen project list)"
        case .howToSplit: "say how to split: one of --equally, --weights or --by-desks"
        case .equallyNeedsMembers: "--equally needs --members a,b,c"
        case .weightsNameMembers: "--weights names the members already; leave out --members"
        case let .notACost(id): "ledger entry \(id) is not a cost"
        case let .noDesk(member, day): "member '\(member)' has no desk on \(day), or is not a member then"
        case let .weightsForm(item): "--weights: '\(item)' must be member=weight, like eric=2"
        case let .required(option): "\(option) is required"
        case .cityRequired: "--city is required (it is used for travel distances)"
        case .sayWhatToChangeMember: "say what to change, e.g. --hours 24 or --city Haarlem (see samen member edit --help)"
        case .sayWhatToChangeProject: "say what to change, e.g. --hours 80 or --title \"...\" (see samen project edit --help)"
        case .removeTakesOnlyFrom: "--remove takes only --from, the first day of the time off to take back"
        case .toIsNeeded: "--to is needed: the last day off (or --remove to take time off back)"
        case let .toBeforeFrom(to, from): "--to (\(to)) is before --from (\(from))"
        case .noneTakesNoClients: "--none takes no clients and no --remove"
        case .nameAClient: "name at least one client (or --none to empty the list)"
        case let .doesNotDecline(name, client): "\(name) does not decline '\(client)'"
        case .declinesNone: "; they decline no clients"
        case let .declines(list): "; they decline: " + list
        case let .weekForm(option, forms, got): "\(option) must be a week like 2027-W02 or \(forms); got '\(got)'"
        case let .notOneOf(option, text, allowed): "\(option) '\(text)' is not one of: \(allowed)"
        case let .notBoth(a, b): "give \(a) or \(b), not both"
        case let .suggestionsForOpen(id, status): "project \(id) is \(status); suggestions are for open projects (incoming, proposal, active)"
        case .optionalOrNone: "give the optional skills (e.g. editing,design) or --none, not both"
        case .exactlyAcceptOrDecline: "give exactly one of --accept or --decline REASON"
        case .leadGoesWithAccept: "--lead goes with --accept, not with --decline"
        case .removeTakesNoHours: "--remove takes no --hours, --from or --weeks"
        case .hoursNeeded: "--hours is needed (or --remove)"
        case .hoursMoreThanZero: "--hours must be more than 0 (--remove takes a member off)"
        case let .fromAfterEnd(from, end): "--from \(from) is after the project's end (\(end))"
        case let .actingNotAMember(option, actor): "\(option) is needed: you act as '\(actor)', who is not a member here (or use --as LOGIN)"
        case let .mineNotAMember(actor): "--mine: you act as '\(actor)', who is not a member here; add --as LOGIN"
        case let .noOffersYet(id): "request \(id) has no offers yet"
        case let .sayWhoseOffer(members): "say whose offer with --member: \(members)"
        case let .newSkillOnPurpose(option, miss, typed): "\(option) \(miss) (a new skill on purpose: --new-skill \(typed))"
        case let .newPlaceOnPurpose(miss): "--city \(miss) (a place outside the table on purpose: --new-place)"
        case let .notACommand(word, command, near): "'\(word)' is not a \(command) command; did you mean '\(near)'? (\(command) --help lists them)"
        case let .cannotMakeTemporary(why): "cannot create a temporary directory: \(why)"
        case let .atLeastThreeMembers(got): "--members must be at least 3 (the partners), got \(got)"
        case let .notNegative(option, got): "\(option) must not be negative, got \(got)"
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
        case let .between(option, low, high, got): "\(option) moet tussen \(low) en \(high) liggen, je gaf \(got)"
        case let .mustNotBeEmpty(option): "\(option) mag niet leeg zijn"
        case let .notATable(table, choices): "'\(table)' is geen tabel; kies uit: \(choices)"
        case let .notAPercentage(option, text): "\(option) '\(text)' is geen percentage; schrijf het als 12,5 of 12.5"
        case .noHomeForKey: "noem het .pub-bestand van de sleutel: er is geen thuismap om in te kijken"
        case let .cannotRead(file): "kan '\(file)' niet lezen"
        case .makeAKey: "; maak een sleutel met: ssh-keygen -t ed25519, of noem het .pub-bestand"
        case let .holdsNoKey(file): "in '\(file)' staat geen sleutel"
        case let .projectDoesNotExistSeeList(id): "project \(id) bestaat niet (zie samen project list)"
        case .howToSplit: "zeg hoe je verdeelt: --equally, --weights of --by-desks"
        case .equallyNeedsMembers: "--equally heeft --members a,b,c nodig"
        case .weightsNameMembers: "--weights noemt de leden al; laat --members weg"
        case let .notACost(id): "boeking \(id) is geen kosten"
        case let .noDesk(member, day): "lid '\(member)' heeft geen werkplek op \(day), of is dan geen lid"
        case let .weightsForm(item): "--weights: '\(item)' moet lid=gewicht zijn, zoals eric=2"
        case let .required(option): "\(option) is verplicht"
        case .cityRequired: "--city is verplicht (voor de reisafstand)"
        case .sayWhatToChangeMember: "zeg wat er verandert, bijv. --hours 24 of --city Haarlem (zie samen member edit --help)"
        case .sayWhatToChangeProject: "zeg wat er verandert, bijv. --hours 80 of --title \"...\" (zie samen project edit --help)"
        case .removeTakesOnlyFrom: "--remove neemt alleen --from, de eerste dag van het verlof dat je terugneemt"
        case .toIsNeeded: "--to is nodig: de laatste vrije dag (of --remove om verlof terug te nemen)"
        case let .toBeforeFrom(to, from): "--to (\(to)) ligt voor --from (\(from))"
        case .noneTakesNoClients: "--none neemt geen klanten en geen --remove"
        case .nameAClient: "noem minstens één klant (of --none om de lijst leeg te maken)"
        case let .doesNotDecline(name, client): "\(name) weigert '\(client)' niet"
        case .declinesNone: "; er staan geen klanten op de lijst"
        case let .declines(list): "; op de lijst staan: " + list
        case let .weekForm(option, forms, got): "\(option) moet een week zijn zoals 2027-W02 of \(forms); je gaf '\(got)'"
        case let .notOneOf(option, text, allowed): "\(option) '\(text)' is niet een van: \(allowed)"
        case let .notBoth(a, b): "geef \(a) of \(b), niet allebei"
        case let .suggestionsForOpen(id, status): "project \(id) is \(status); voorstellen zijn voor open projecten (incoming, proposal, active)"
        case .optionalOrNone: "geef de optionele vaardigheden (bijv. editing,design) of --none, niet allebei"
        case .exactlyAcceptOrDecline: "geef precies één van --accept of --decline REDEN"
        case .leadGoesWithAccept: "--lead hoort bij --accept, niet bij --decline"
        case .removeTakesNoHours: "--remove neemt geen --hours, --from of --weeks"
        case .hoursNeeded: "--hours is nodig (of --remove)"
        case .hoursMoreThanZero: "--hours moet meer dan 0 zijn (--remove haalt een lid eraf)"
        case let .fromAfterEnd(from, end): "--from \(from) ligt na het eind van het project (\(end))"
        case let .actingNotAMember(option, actor): "\(option) is nodig: je werkt als '\(actor)', en dat is hier geen lid (of gebruik --as LOGIN)"
        case let .mineNotAMember(actor): "--mine: je werkt als '\(actor)', en dat is hier geen lid; geef --as LOGIN"
        case let .noOffersYet(id): "hulpvraag \(id) heeft nog geen aanbod"
        case let .sayWhoseOffer(members): "zeg wiens aanbod met --member: \(members)"
        case let .newSkillOnPurpose(option, miss, typed): "\(option) \(miss) (bewust een nieuwe vaardigheid: --new-skill \(typed))"
        case let .newPlaceOnPurpose(miss): "--city \(miss) (bewust een plaats buiten de tabel: --new-place)"
        case let .notACommand(word, command, near): "'\(word)' is geen commando van \(command); bedoel je '\(near)'? (\(command) --help noemt ze)"
        case let .cannotMakeTemporary(why): "kan geen tijdelijke map maken: \(why)"
        case let .atLeastThreeMembers(got): "--members moet minstens 3 zijn (de partners), je gaf \(got)"
        case let .notNegative(option, got): "\(option) mag niet negatief zijn, je gaf \(got)"
        }
    }
}
