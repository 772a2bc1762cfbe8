/// Why a person may not make a change, or act for someone: who may, what
/// the change would do, and who the person is. Said in parts (who may, the
/// act, the person), each a case here, so both languages build the sentence
/// in their own order.
public indirect enum RightsRefusal: Phrase, Equatable {
    // Who: a role with its article, names, lists.
    case aRole(Role)
    case roleName(Role)
    case aCoordinator
    case aMemberWhoTakesOnWork
    case name(String)
    /// "a", "a or b", "a, b or c"; "nobody" for none.
    case either([RightsRefusal])
    /// "X or Y", each already a whole.
    case or(RightsRefusal, RightsRefusal)
    case itsLead(String?)

    // The person acting.
    case youActAs(name: String, login: String)
    case youActAsOutsider(String)
    case withRole(RightsRefusal, Role)
    case youAre(person: String, name: String, role: Role)
    case youAreOutsider(String)

    // Whole refusals.
    case onlyMay(RightsRefusal, RightsRefusal, acting: RightsRefusal)
    case baseline(acting: RightsRefusal)
    case sandbox(acting: RightsRefusal)
    case offerHelpInName(String, coordinators: RightsRefusal, acting: RightsRefusal)
    case acceptOfferOn(Int, asker: String, coordinators: RightsRefusal, acting: RightsRefusal)
    case closeRequest(Int, asker: String, coordinators: RightsRefusal, acting: RightsRefusal)
    case withdrawRequest(Int, asker: String, acting: RightsRefusal)
    case askInName(String, coordinators: RightsRefusal, acting: RightsRefusal)
    case raiseOwnRole(acting: RightsRefusal, act: RightsRefusal)
    case changeLogin(String, acting: RightsRefusal)
    case changeAdministrators(acting: RightsRefusal)
    case registerAssignment(acting: RightsRefusal)
    case triage(RightsRefusal, act: RightsRefusal, network: String, setting: String, acting: RightsRefusal)
    case notAMemberToActFor(String, RightsRefusal)
    case mayNotActFor(RightsRefusal, coordinators: RightsRefusal, target: String)

    // Acts: what the change would do.
    case recordLeaving(String)
    case addTimeOff(String), removeTimeOff(String)
    case sayDeclinedClients(String)
    case registerKey(String), revokeKey(String)
    case correctOwnEntry(Int, name: String, LedgerKind)
    case correctEntry(Int, LedgerKind)
    case closeAYear, changeRateCard, changeContributionPercentages, chargeSharedCost
    case addAMember
    case addAs(String, Role)
    case changeRole(String, from: Role, to: Role)
    case changeHours(String), changeDetails(String)
    case changeWhoCoordinates, changeMoneyRules, changeSettings
    case registerBroughtInBy(String)
    case chooseLead(Int), acceptProject(Int), declineProject(Int), cancelProject(Int)
    case markWon(Int), markLost(Int), markFinished(Int), editProject(Int), staffProject(Int)
    case chargeShare, addOwnEntry(String, LedgerKind), addCost, payPartnerOut, addOtherIncome

    public var en: String {
        switch self {
        case let .aRole(role): (role == .associate || role == .applicant || role == .external ? "an " : "a ") + role.rawValue
        case let .roleName(role): role.rawValue
        case .aCoordinator: "a coordinator"
        case .aMemberWhoTakesOnWork: "a member who takes on work"
        case let .name(n): n
        case let .either(words):
            words.isEmpty ? "nobody" : words.count == 1 ? words[0].en : words.dropLast().map(\.en).joined(separator: ", ") + " or " + words.last!.en
        case let .or(a, b): "\(a.en) or \(b.en)"
        case let .itsLead(name): name.map { "its lead (\($0))" } ?? "its lead"
        case let .youActAs(name, login): "you act as \(name) (\(login))"
        case let .youActAsOutsider(login): "you act as '\(login)', who is not a member of this network"
        case let .withRole(acting, role): "\(acting.en), \(RightsRefusal.aRole(role).en)"
        case let .youAre(person, name, role): "you are \(person) (\(name), \(RightsRefusal.aRole(role).en))"
        case let .youAreOutsider(person): "you are \(person), who is not a member of this network"
        case let .onlyMay(who, act, acting): "only \(who.en) may \(act.en); \(acting.en)"
        case let .baseline(acting): "only a partner or an administrator may make the files as they are the baseline that verification starts from; \(acting.en)"
        case let .sandbox(acting): "a network becomes a sandbox only as a copy made by samen demo; \(acting.en)"
        case let .offerHelpInName(name, c, acting): "only \(name) or \(c.en) can offer help in \(name)'s name; \(acting.en)"
        case let .acceptOfferOn(id, asker, c, acting): "request \(id) is \(asker)'s; only they or \(c.en) can accept an offer on it; \(acting.en)"
        case let .closeRequest(id, asker, c, acting): "request \(id) is \(asker)'s; only they or \(c.en) can close it; \(acting.en)"
        case let .withdrawRequest(id, asker, acting): "only \(asker), who asked, can withdraw request \(id); \(acting.en)"
        case let .askInName(name, c, acting): "only \(name) or \(c.en) can ask in \(name)'s name; \(acting.en)"
        case let .raiseOwnRole(acting, act): "nobody may give themselves a role with more rights; \(acting.en) and may not \(act.en)"
        case let .changeLogin(name, acting): "only \(name) or a partner may change \(name)'s login; \(acting.en)"
        case let .changeAdministrators(acting): "only an administrator may change who administers the network; \(acting.en)"
        case let .registerAssignment(acting): "only members who take on work may register an assignment; \(acting.en)"
        case let .triage(who, act, network, setting, acting): "only \(who.en) may \(act.en) in \(network) (triage: \(setting)); \(acting.en)"
        case let .notAMemberToActFor(wanted, youAre): "'\(wanted)' is not a member of this network, so nobody can act for them; \(youAre.en)"
        case let .mayNotActFor(youAre, c, target): "\(youAre.en); only \(c.en) or an administrator may act for \(target)"
        case let .recordLeaving(n): "record that \(n) leaves"
        case let .addTimeOff(n): "add time off for \(n)"
        case let .removeTimeOff(n): "remove time off for \(n)"
        case let .sayDeclinedClients(n): "say which clients \(n) will not work for"
        case let .registerKey(n): "register a signing key for \(n)"
        case let .revokeKey(n): "revoke \(n)'s signing key"
        case let .correctOwnEntry(id, name, kind): "correct entry \(id), \(name)'s \(kind.rawValue)"
        case let .correctEntry(id, kind): "correct entry \(id) (a \(kind.rawValue))"
        case .closeAYear: "close a year"
        case .changeRateCard: "change the rate card"
        case .changeContributionPercentages: "change contribution percentages"
        case .chargeSharedCost: "charge a shared cost to members"
        case .addAMember: "add a member"
        case let .addAs(name, role): "add \(name) as \(RightsRefusal.aRole(role).en)"
        case let .changeRole(name, from, to): "change \(name)'s role from \(from.rawValue) to \(to.rawValue)"
        case let .changeHours(n): "change \(n)'s contracted hours"
        case let .changeDetails(n): "change \(n)'s details"
        case .changeWhoCoordinates: "change who coordinates or who triages"
        case .changeMoneyRules: "change rates, contribution percentages, partner shares, cost categories or who keeps the books"
        case .changeSettings: "change the network's settings"
        case let .registerBroughtInBy(n): "register an assignment as brought in by \(n)"
        case let .chooseLead(id): "choose who leads project \(id)"
        case let .acceptProject(id): "accept project \(id)"
        case let .declineProject(id): "decline project \(id)"
        case let .cancelProject(id): "cancel project \(id)"
        case let .markWon(id): "mark project \(id) as won"
        case let .markLost(id): "mark project \(id) as lost"
        case let .markFinished(id): "mark project \(id) as finished"
        case let .editProject(id): "edit project \(id)"
        case let .staffProject(id): "staff project \(id)"
        case .chargeShare: "charge a member a share of a cost"
        case let .addOwnEntry(name, kind): "add \(name)'s \(kind.rawValue)"
        case .addCost: "add a cost"
        case .payPartnerOut: "pay a partner out"
        case .addOtherIncome: "add other income"
        }
    }

    public var nl: String {
        switch self {
        case let .aRole(role): "een " + RightsRefusal.roleName(role).nl
        case let .roleName(role):
            switch role {
            case .partner: "partner"
            case .associate: "associé"
            case .member: "lid"
            case .applicant: "aspirant-lid"
            case .external: "externe"
            }
        case .aCoordinator: "een coördinator"
        case .aMemberWhoTakesOnWork: "een lid dat opdrachten aanneemt"
        case let .name(n): n
        case let .either(words):
            words.isEmpty ? "niemand" : words.count == 1 ? words[0].nl : words.dropLast().map(\.nl).joined(separator: ", ") + " of " + words.last!.nl
        case let .or(a, b): "\(a.nl) of \(b.nl)"
        case let .itsLead(name): name.map { "de hoofdaannemer (\($0))" } ?? "de hoofdaannemer"
        case let .youActAs(name, login): "je handelt als \(name) (\(login))"
        case let .youActAsOutsider(login): "je handelt als '\(login)', geen lid van dit netwerk"
        case let .withRole(acting, role): "\(acting.nl), \(RightsRefusal.aRole(role).nl)"
        case let .youAre(person, name, role): "je bent \(person) (\(name), \(RightsRefusal.aRole(role).nl))"
        case let .youAreOutsider(person): "je bent \(person), geen lid van dit netwerk"
        case let .onlyMay(who, act, acting): "alleen \(who.nl) mag \(act.nl); \(acting.nl)"
        case let .baseline(acting): "alleen een partner of een beheerder mag de bestanden zoals ze nu zijn vastleggen als basis waar de controle van uitgaat; \(acting.nl)"
        case let .sandbox(acting): "een netwerk wordt alleen een zandbak als kopie gemaakt met samen demo; \(acting.nl)"
        case let .offerHelpInName(name, c, acting): "alleen \(name) of \(c.nl) kan namens \(name) hulp aanbieden; \(acting.nl)"
        case let .acceptOfferOn(id, asker, c, acting): "hulpvraag \(id) is van \(asker); alleen die of \(c.nl) kan er een aanbod op aannemen; \(acting.nl)"
        case let .closeRequest(id, asker, c, acting): "hulpvraag \(id) is van \(asker); alleen die of \(c.nl) kan hem sluiten; \(acting.nl)"
        case let .withdrawRequest(id, asker, acting): "alleen \(asker), die de vraag stelde, kan hulpvraag \(id) intrekken; \(acting.nl)"
        case let .askInName(name, c, acting): "alleen \(name) of \(c.nl) kan namens \(name) iets vragen; \(acting.nl)"
        case let .raiseOwnRole(acting, act): "niemand mag zichzelf een rol met meer rechten geven; \(acting.nl) en mag niet \(act.nl)"
        case let .changeLogin(name, acting): "alleen \(name) of een partner mag de login van \(name) veranderen; \(acting.nl)"
        case let .changeAdministrators(acting): "alleen een beheerder mag veranderen wie het netwerk beheert; \(acting.nl)"
        case let .registerAssignment(acting): "alleen leden die opdrachten aannemen mogen een opdracht aanmelden; \(acting.nl)"
        case let .triage(who, act, network, setting, acting): "alleen \(who.nl) mag in \(network) \(act.nl) (beoordelen: \(setting)); \(acting.nl)"
        case let .notAMemberToActFor(wanted, youAre): "'\(wanted)' is geen lid van dit netwerk, dus niemand kan namens die handelen; \(youAre.nl)"
        case let .mayNotActFor(youAre, c, target): "\(youAre.nl); alleen \(c.nl) of een beheerder mag namens \(target) handelen"
        case let .recordLeaving(n): "vastleggen dat \(n) vertrekt"
        case let .addTimeOff(n): "vrij voor \(n) toevoegen"
        case let .removeTimeOff(n): "vrij van \(n) weghalen"
        case let .sayDeclinedClients(n): "zeggen voor welke klanten \(n) niet werkt"
        case let .registerKey(n): "een ondertekensleutel voor \(n) registreren"
        case let .revokeKey(n): "de ondertekensleutel van \(n) intrekken"
        case let .correctOwnEntry(id, name, kind): "boeking \(id) corrigeren, de \(RightsRefusal.kindWord(kind)) van \(name)"
        case let .correctEntry(id, kind): "boeking \(id) corrigeren (een \(RightsRefusal.kindWord(kind)))"
        case .closeAYear: "een jaar afsluiten"
        case .changeRateCard: "de tarieven veranderen"
        case .changeContributionPercentages: "afdrachtpercentages veranderen"
        case .chargeSharedCost: "gedeelde kosten aan leden doorrekenen"
        case .addAMember: "een lid toevoegen"
        case let .addAs(name, role): "\(name) toevoegen als \(RightsRefusal.aRole(role).nl)"
        case let .changeRole(name, from, to): "de rol van \(name) van \(RightsRefusal.roleName(from).nl) in \(RightsRefusal.roleName(to).nl) veranderen"
        case let .changeHours(n): "de contracturen van \(n) veranderen"
        case let .changeDetails(n): "de gegevens van \(n) veranderen"
        case .changeWhoCoordinates: "veranderen wie coördineert of wie beoordeelt"
        case .changeMoneyRules: "tarieven, afdrachtpercentages, partneraandelen, kostensoorten of wie de boeken bijhoudt veranderen"
        case .changeSettings: "de instellingen van het netwerk veranderen"
        case let .registerBroughtInBy(n): "een opdracht aanmelden als binnengebracht door \(n)"
        case let .chooseLead(id): "kiezen wie hoofdaannemer is van project \(id)"
        case let .acceptProject(id): "project \(id) aannemen"
        case let .declineProject(id): "project \(id) afwijzen"
        case let .cancelProject(id): "project \(id) annuleren"
        case let .markWon(id): "project \(id) als gewonnen markeren"
        case let .markLost(id): "project \(id) als verloren markeren"
        case let .markFinished(id): "project \(id) als afgerond markeren"
        case let .editProject(id): "project \(id) bewerken"
        case let .staffProject(id): "project \(id) bemensen"
        case .chargeShare: "een lid een deel van een kostenpost doorrekenen"
        case let .addOwnEntry(name, kind): "de \(RightsRefusal.kindWord(kind)) van \(name) toevoegen"
        case .addCost: "een kostenpost toevoegen"
        case .payPartnerOut: "een partner uitbetalen"
        case .addOtherIncome: "overige inkomsten toevoegen"
        }
    }

    /// A ledger entry's kind, as a Dutch bookkeeper says it.
    static func kindWord(_ kind: LedgerKind) -> String {
        switch kind {
        case .revenue: "omzet"
        case .contribution: "afdracht"
        case .income: "inkomsten"
        case .cost: "kosten"
        case .charge: "doorberekening"
        case .payment: "betaling"
        case .distribution: "winstuitkering"
        case .payout: "uitbetaling"
        case .correction: "correctie"
        }
    }
}
