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
    case productsByOwnChanges(acting: RightsRefusal)
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
    case askToJoin(Int), answerAskedOf(String, project: Int)
    /// An application's step (issue 16), in its own catalogue.
    case admission(AdmissionRightsWords)
    case registerProduct, addContributor(String, product: String)

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
        case let .productsByOwnChanges(acting): "the network's products and who built them change only through samen product (registering one, or naming who helped build it), not with the network's settings; \(acting.en)"
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
        case let .askToJoin(id): "ask members to join project \(id)"
        case let .answerAskedOf(name, id): "answer the question to \(name) about project \(id)"
        case let .admission(words): words.en
        case .registerProduct: "register a product of the network"
        case let .addContributor(name, product): "add \(name) as a contributor to \(product)"
        }
    }

    public var nl: String {
        switch self {
        case let .aRole(v1): "een " + RightsRefusal.roleName(v1).nl
        case let .roleName(v1):
            switch v1 {
            case .partner: "partner"
            case .associate: "associé"
            case .member: "lid"
            case .applicant: "aspirant-lid"
            case .external: "externe"
            }
        case .aCoordinator: "een coördinator"
        case .aMemberWhoTakesOnWork: "een lid dat opdrachten aanneemt"
        case let .name(v1): v1
        case let .either(v1):
            v1.isEmpty ? "niemand" : v1.count == 1 ? v1[0].nl : v1.dropLast().map(\.nl).joined(separator: ", ") + " of " + v1.last!.nl
        case let .or(v1, v2): "\(v1.nl) of \(v2.nl)"
        case let .itsLead(v1): v1.map { "de hoofdaannemer (\($0))" } ?? "de hoofdaannemer"
        case let .youActAs(v1, v2): "je handelt als \(v1) (\(v2))"
        case let .youActAsOutsider(v1): "je handelt als '\(v1)', geen lid van dit netwerk"
        case let .withRole(v1, v2): "\(v1.nl), \(NL.ar(v2))"
        case let .youAre(v1, v2, v3): "je bent \(v1) (\(v2), \(NL.ar(v3)))"
        case let .youAreOutsider(v1): "je bent \(v1), geen lid van dit netwerk"
        case let .onlyMay(v1, v2, v3): "alleen \(v1.nl) mag \(v2.nl); \(v3.nl)"
        case let .baseline(v1): "alleen een partner of een beheerder mag de bestanden zoals ze nu zijn vastleggen als basis waar de controle van uitgaat; \(v1.nl)"
        case let .sandbox(v1): "een netwerk wordt alleen een zandbak als kopie gemaakt met samen demo; \(v1.nl)"
        case let .offerHelpInName(v1, v2, v3): "alleen \(v1) of \(v2.nl) kan namens \(v1) hulp aanbieden; \(v3.nl)"
        case let .acceptOfferOn(v1, v2, v3, v4): "hulpvraag \(v1) is van \(v2); alleen die of \(v3.nl) kan er een aanbod op aannemen; \(v4.nl)"
        case let .closeRequest(v1, v2, v3, v4): "hulpvraag \(v1) is van \(v2); alleen die of \(v3.nl) kan hem sluiten; \(v4.nl)"
        case let .withdrawRequest(v1, v2, v3): "alleen \(v2), die de vraag stelde, kan hulpvraag \(v1) intrekken; \(v3.nl)"
        case let .askInName(v1, v2, v3): "alleen \(v1) of \(v2.nl) kan namens \(v1) iets vragen; \(v3.nl)"
        case let .raiseOwnRole(v1, v2): "niemand mag zichzelf een rol met meer rechten geven; \(v1.nl) en mag niet \(v2.nl)"
        case let .changeLogin(v1, v2): "alleen \(v1) of een partner mag de login van \(v1) veranderen; \(v2.nl)"
        case let .changeAdministrators(v1): "alleen een beheerder mag veranderen wie het netwerk beheert; \(v1.nl)"
        case let .productsByOwnChanges(v1): "de producten van het netwerk en wie eraan bouwden veranderen alleen via samen product (er een registreren, of zeggen wie meebouwde), niet met de instellingen van het netwerk; \(v1.nl)"
        case let .registerAssignment(v1): "alleen leden die opdrachten aannemen mogen een opdracht aanmelden; \(v1.nl)"
        case let .triage(v1, v2, v3, v4, v5): "alleen \(v1.nl) mag in \(v3) \(v2.nl) (beoordelen: \(v4)); \(v5.nl)"
        case let .notAMemberToActFor(v1, v2): "'\(v1)' is geen lid van dit netwerk, dus niemand kan namens die handelen; \(v2.nl)"
        case let .mayNotActFor(v1, v2, v3): "\(v1.nl); alleen \(v2.nl) of een beheerder mag namens \(v3) handelen"
        case let .recordLeaving(v1): "vastleggen dat \(v1) vertrekt"
        case let .addTimeOff(v1): "verlof voor \(v1) toevoegen"
        case let .removeTimeOff(v1): "verlof van \(v1) weghalen"
        case let .sayDeclinedClients(v1): "zeggen voor welke klanten \(v1) niet werkt"
        case let .registerKey(v1): "een ondertekensleutel voor \(v1) registreren"
        case let .revokeKey(v1): "de ondertekensleutel van \(v1) intrekken"
        case let .correctOwnEntry(v1, v2, v3): "boeking \(v1) corrigeren, de \(NL.k(v3)) van \(v2)"
        case let .correctEntry(v1, v2): "boeking \(v1) corrigeren (een \(NL.k(v2)))"
        case .closeAYear: "een jaar afsluiten"
        case .changeRateCard: "de tarieven veranderen"
        case .changeContributionPercentages: "afdrachtpercentages veranderen"
        case .chargeSharedCost: "gedeelde kosten aan leden doorrekenen"
        case .addAMember: "een lid toevoegen"
        case let .addAs(v1, v2): "\(v1) toevoegen als \(NL.ar(v2))"
        case let .changeRole(v1, v2, v3): "de rol van \(v1) van \(NL.ro(v2)) in \(NL.ro(v3)) veranderen"
        case let .changeHours(v1): "de contracturen van \(v1) veranderen"
        case let .changeDetails(v1): "de gegevens van \(v1) veranderen"
        case .changeWhoCoordinates: "veranderen wie coördineert of wie beoordeelt"
        case .changeMoneyRules: "tarieven, afdrachtpercentages, partneraandelen, kostensoorten of wie de boeken bijhoudt veranderen"
        case .changeSettings: "de instellingen van het netwerk veranderen"
        case let .registerBroughtInBy(v1): "een opdracht aanmelden als binnengebracht door \(v1)"
        case let .chooseLead(v1): "kiezen wie hoofdaannemer is van project \(v1)"
        case let .acceptProject(v1): "project \(v1) aannemen"
        case let .declineProject(v1): "project \(v1) afwijzen"
        case let .cancelProject(v1): "project \(v1) annuleren"
        case let .markWon(v1): "project \(v1) als gewonnen markeren"
        case let .markLost(v1): "project \(v1) als verloren markeren"
        case let .markFinished(v1): "project \(v1) als afgerond markeren"
        case let .editProject(v1): "project \(v1) bewerken"
        case let .staffProject(v1): "project \(v1) bemensen"
        case .chargeShare: "een lid een deel van een kostenpost doorrekenen"
        case let .addOwnEntry(v1, v2): "de \(NL.k(v2)) van \(v1) toevoegen"
        case .addCost: "een kostenpost toevoegen"
        case .payPartnerOut: "een partner uitbetalen"
        case .addOtherIncome: "overige inkomsten toevoegen"
        case let .askToJoin(v1): "leden vragen voor project \(v1)"
        case let .answerAskedOf(v1, v2): "de vraag aan \(v1) over project \(v2) beantwoorden"
        case let .admission(words): words.nl
        case .registerProduct: "een product van het netwerk registreren"
        case let .addContributor(v1, v2): "\(v1) als bijdrager aan \(v2) toevoegen"
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
