/// Why an entry in the ledger (grootboek), a correction, a shared cost, a
/// rate change, the close of a year or an export is refused. Amounts come
/// formatted as the network writes money.
public enum LedgerRefusal: Phrase, Equatable {
    case correctionByCorrecting, contributionWithRevenue, distributionsAtClose
    case payoutNeedsPartner
    case owesNothing(String)
    case payoutTooBig(String, owed: String, payout: String)
    case needsMember(LedgerKind)
    case leftBeforeRevenue(String, left: Day, date: Day)
    case joinedAfterRevenue(String, joined: Day, date: Day)
    case costNeedsCategory([String])
    case noCostCategory(String, [String])
    case noCategory(String, [String])
    case noEntry(Int)
    case yearClosedForEntry(Int, Day)
    case correctionOfCorrection(Int)
    case correctedAlready(Int)
    case correctionBeforeOriginal(Day, original: Day)
    case correctionAhead(Day, today: Day)
    case yearClosedForCorrection(Int)
    case aheadNotPlanned(Day, today: Day)
    case plannedInPast(Day)
    // Closing a year and a member's statement.
    case yearCannotClose(Int)
    case yearNotOver(Int, from: Day)
    case yearClosedAlready(Int)
    case noPartnerShares
    case noBooksFor(Int)
    // Shared costs.
    case notACost(Int, LedgerKind)
    case costCorrected(Int)
    case costSharedAlready(Int, charges: [Int])
    case nameSharers(Int)
    case memberTwice(String)
    case leftBeforeCost(String, left: Day, date: Day)
    case joinedAfterCost(String, joined: Day, date: Day)
    case weightAboveZero(String, got: Int64)
    case yearClosedForCharges(Int, Day)
    // Rates and contributions.
    case rateNotPositive(String)
    case rateAlready(Seniority, SizeBand, String, on: Day)
    case contributionBetween(String)
    case noContributionFor(Role)
    case contributionAlready(Role, String, on: Day)
    case yearClosedForRateChange(Int, contribution: Bool, Day)
    case rateChangeTooEarly(contribution: Bool, from: Day, not: Day)
    // Pricing a project.
    case noRateCard
    case nobodyToPrice(Int)
    case memberOnProjectMissing(String, Int)
    case noRateFor(Seniority, SizeBand, Day)
    // Exports.
    case noDirectory(String, String)
    case isDirectory(String)
    case cannotWrite(String, String)
    case correctsMissing(Int, String)
    case correctsCorrection(Int, Int)
    case entryWithoutMember(Int, LedgerKind)
    case correctsACorrection(Int)

    public var en: String {
        switch self {
        case .correctionByCorrecting: "a correction is made by correcting an entry, not by adding one"
        case .contributionWithRevenue: "a contribution is added with its revenue, at the rate in force; add the revenue"
        case .distributionsAtClose: "distributions are written when a year is closed"
        case .payoutNeedsPartner: "a payout needs the partner it is paid to"
        case let .owesNothing(name): "the network owes \(name) nothing: no share of a closed year's result is waiting to be paid out"
        case let .payoutTooBig(name, owed, payout): "the network owes \(name) \(owed) of their shares of results; a payout of \(payout) is more than that"
        case let .needsMember(kind): "a \(kind.rawValue) needs the member it belongs to"
        case let .leftBeforeRevenue(id, left, date): "member '\(id)' had left on \(left), before this revenue (\(date))"
        case let .joinedAfterRevenue(id, joined, date): "member '\(id)' joined on \(joined), after this revenue (\(date))"
        case let .costNeedsCategory(all): "a cost needs a category: \(all.joined(separator: ", "))"
        case let .noCostCategory(c, all): "cost category '\(c)' does not exist; the categories are: \(all.joined(separator: ", "))"
        case let .noCategory(c, all): "category '\(c)' does not exist; the categories are: \(all.joined(separator: ", "))"
        case let .noEntry(id): "ledger entry \(id) does not exist"
        case let .yearClosedForEntry(year, date): "the year \(year) is closed; an entry dated \(date) would change its result"
        case let .correctionOfCorrection(id): "entry \(id) is itself a correction; correct the original entry instead"
        case let .correctedAlready(id): "ledger entry \(id) has already been corrected"
        case let .correctionBeforeOriginal(date, original): "a correction cannot be dated (\(date)) before the entry it corrects (\(original))"
        case let .correctionAhead(date, today): "a correction dated \(date) is after today (\(today)); only a planned entry is corrected ahead"
        case let .yearClosedForCorrection(year): "the year \(year) is closed; date the correction in an open year"
        case let .aheadNotPlanned(date, today): "an entry dated \(date) is after today (\(today)); mark it as planned to book it ahead"
        case let .plannedInPast(date): "only an entry dated after today can be planned; one dated \(date) has happened"
        case let .yearCannotClose(year): "\(year) is not a year Samen can close"
        case let .yearNotOver(year, from): "\(year) is not over yet; it can be closed from \(from) on"
        case let .yearClosedAlready(year): "\(year) is already closed; reopening it needs a correction of its distribution"
        case .noPartnerShares: "no partners share in the result; set partnerShares in network.json first"
        case let .noBooksFor(year): "\(year) is not a year Samen keeps books for"
        case let .notACost(id, kind): "ledger entry \(id) is a \(kind.rawValue), not a cost; only a cost can be shared"
        case let .costCorrected(id): "cost \(id) has been corrected; there is nothing left to share"
        case let .costSharedAlready(id, charges): "cost \(id) is already shared (charges \(charges.map(String.init).joined(separator: ", "))); correct those charges to share it again"
        case let .nameSharers(id): "name the members who share cost \(id)"
        case let .memberTwice(id): "member '\(id)' is named twice"
        case let .leftBeforeCost(id, left, date): "member '\(id)' had left on \(left), before this cost (\(date))"
        case let .joinedAfterCost(id, joined, date): "member '\(id)' joined on \(joined), after this cost (\(date))"
        case let .weightAboveZero(id, got): "member '\(id)' needs a weight above zero, got \(got)"
        case let .yearClosedForCharges(year, date): "the year \(year) is closed; charges dated \(date) would change its books"
        case let .rateNotPositive(amount): "an hourly rate must be more than zero, got \(amount)"
        case let .rateAlready(seniority, band, amount, from): "the rate for a \(seniority.rawValue) on a \(band.rawValue) project is already \(amount) on \(from)"
        case let .contributionBetween(got): "a contribution percentage must be between 0 and 100, got \(got)"
        case let .noContributionFor(role): "\(role.rawValue)s earn nothing through the network, so they pay no contribution; the roles that do: partner, associate, member"
        case let .contributionAlready(role, percent, from): "the contribution of \(role.rawValue)s is already \(percent) on \(from)"
        case let .yearClosedForRateChange(year, contribution, from):
            "the year \(year) is closed; \(contribution ? "a contribution change" : "a rate change") dated \(from) would reach into it"
        case let .rateChangeTooEarly(contribution, openFrom, from):
            "\(contribution ? "a contribution change" : "a rate change") may be dated from \(openFrom) on (the start of the current year), not \(from)"
        case .noRateCard: "the network has no rate card yet (samen finance rate set)"
        case let .nobodyToPrice(id): "project \(id) has no lead or team yet, so there is no rate to price it at"
        case let .memberOnProjectMissing(member, id): "member '\(member)' on project \(id) does not exist"
        case let .noRateFor(seniority, band, day): "the rate card has no rate for a \(seniority.rawValue) on a \(band.rawValue) project on \(day)"
        case let .noDirectory(path, directory): "cannot write \(path): there is no directory \(directory)"
        case let .isDirectory(path): "cannot write \(path): it is a directory"
        case let .cannotWrite(path, why): "cannot write \(path): \(why)"
        case let .correctsMissing(id, target): "ledger entry \(id) corrects entry \(target), which does not exist"
        case let .correctsCorrection(id, original): "ledger entry \(id) corrects entry \(original), itself a correction"
        case let .entryWithoutMember(id, kind): "ledger entry \(id) (\(kind.rawValue)) has no member"
        case let .correctsACorrection(id): "ledger entry \(id) corrects a correction"
        }
    }

    public var nl: String {
        switch self {
        case .correctionByCorrecting: "een correctie maak je door een boeking te corrigeren, niet door er een toe te voegen"
        case .contributionWithRevenue: "een afdracht komt mee met de omzet, tegen het geldende percentage; voeg de omzet toe"
        case .distributionsAtClose: "winstuitkeringen worden geboekt bij de jaarafsluiting"
        case .payoutNeedsPartner: "een uitbetaling heeft de partner nodig aan wie ze wordt betaald"
        case let .owesNothing(v1): "het netwerk is \(v1) niets schuldig: er wacht geen aandeel in het resultaat van een afgesloten jaar"
        case let .payoutTooBig(v1, v2, v3): "het netwerk is \(v1) \(v2) schuldig aan aandelen in het resultaat; een uitbetaling van \(v3) is meer dan dat"
        case let .needsMember(v1): "een \(NL.k(v1)) heeft het lid nodig bij wie ze hoort"
        case let .leftBeforeRevenue(v1, v2, v3): "lid '\(v1)' was al vertrokken op \(NL.d(v2)), voor deze omzet (\(NL.d(v3)))"
        case let .joinedAfterRevenue(v1, v2, v3): "lid '\(v1)' werd lid op \(NL.d(v2)), na deze omzet (\(NL.d(v3)))"
        case let .costNeedsCategory(v1): "kosten hebben een soort nodig: \(NL.ls(v1))"
        case let .noCostCategory(v1, v2): "kostensoort '\(v1)' bestaat niet; de soorten zijn: \(NL.ls(v2))"
        case let .noCategory(v1, v2): "soort '\(v1)' bestaat niet; de soorten zijn: \(NL.ls(v2))"
        case let .noEntry(v1): "boeking \(v1) bestaat niet"
        case let .yearClosedForEntry(v1, v2): "het jaar \(v1) is afgesloten; een boeking op \(NL.d(v2)) zou het resultaat veranderen"
        case let .correctionOfCorrection(v1): "boeking \(v1) is zelf een correctie; corrigeer de oorspronkelijke boeking"
        case let .correctedAlready(v1): "boeking \(v1) is al gecorrigeerd"
        case let .correctionBeforeOriginal(v1, v2): "een correctie kan niet eerder (\(NL.d(v1))) zijn dan de boeking die ze corrigeert (\(NL.d(v2)))"
        case let .correctionAhead(v1, v2): "een correctie op \(NL.d(v1)) ligt na vandaag (\(NL.d(v2))); alleen een geplande boeking corrigeer je vooruit"
        case let .yearClosedForCorrection(v1): "het jaar \(v1) is afgesloten; zet de correctie in een open jaar"
        case let .aheadNotPlanned(v1, v2): "een boeking op \(NL.d(v1)) ligt na vandaag (\(NL.d(v2))); markeer hem als gepland om vooruit te boeken"
        case let .plannedInPast(v1): "alleen een boeking na vandaag kan gepland zijn; een op \(NL.d(v1)) is al gebeurd"
        case let .yearCannotClose(v1): "\(v1) is geen jaar dat Samen kan afsluiten"
        case let .yearNotOver(v1, v2): "\(v1) is nog niet voorbij; afsluiten kan vanaf \(NL.d(v2))"
        case let .yearClosedAlready(v1): "\(v1) is al afgesloten; heropenen kan alleen met een correctie van de winstuitkering"
        case .noPartnerShares: "geen partners delen in het resultaat; zet eerst partnerShares in \(NL.networkJSON)"
        case let .noBooksFor(v1): "over \(v1) houdt Samen geen boeken bij"
        case let .notACost(v1, v2): "boeking \(v1) is een \(NL.k(v2)), geen kosten; alleen kosten kun je delen"
        case let .costCorrected(v1): "kosten \(v1) zijn gecorrigeerd; er is niets meer te delen"
        case let .costSharedAlready(v1, v2): "kosten \(v1) zijn al gedeeld (doorberekeningen \(NL.ns(v2))); corrigeer die om opnieuw te delen"
        case let .nameSharers(v1): "noem de leden die kosten \(v1) delen"
        case let .memberTwice(v1): "lid '\(v1)' staat er twee keer in"
        case let .leftBeforeCost(v1, v2, v3): "lid '\(v1)' was al vertrokken op \(NL.d(v2)), voor deze kosten (\(NL.d(v3)))"
        case let .joinedAfterCost(v1, v2, v3): "lid '\(v1)' werd lid op \(NL.d(v2)), na deze kosten (\(NL.d(v3)))"
        case let .weightAboveZero(v1, v2): "lid '\(v1)' heeft een gewicht boven nul nodig, niet \(v2)"
        case let .yearClosedForCharges(v1, v2): "het jaar \(v1) is afgesloten; doorberekeningen op \(NL.d(v2)) zouden de boeken veranderen"
        case let .rateNotPositive(v1): "een uurtarief moet meer dan nul zijn, niet \(v1)"
        case let .rateAlready(v1, v2, v3, v4): "het tarief voor een \(NL.sn(v1)) op een \(NL.bd(v2)) project is al \(v3) op \(NL.d(v4))"
        case let .contributionBetween(v1): "een afdrachtpercentage moet tussen 0 en 100 liggen, niet \(v1)"
        case let .noContributionFor(v1): "een \(NL.ro(v1)) verdient niets via het netwerk en draagt dus niets af; de rollen die dat wel doen: partner, associé, lid"
        case let .contributionAlready(v1, v2, v3): "de afdracht van een \(NL.ro(v1)) is al \(v2) op \(NL.d(v3))"
        case let .yearClosedForRateChange(v1, v2, v3):
            "het jaar \(v1) is afgesloten; \(v2 ? "een afdrachtwijziging" : "een tariefwijziging") op \(NL.d(v3)) zou erin terugwerken"
        case let .rateChangeTooEarly(v1, v2, v3):
            "\(v1 ? "een afdrachtwijziging" : "een tariefwijziging") kan ingaan vanaf \(NL.d(v2)) (het begin van dit jaar), niet \(NL.d(v3))"
        case .noRateCard: "het netwerk heeft nog geen tarieven (\(NL.rateSet))"
        case let .nobodyToPrice(v1): "project \(v1) heeft nog geen hoofdaannemer of team, dus geen tarief om het mee te prijzen"
        case let .memberOnProjectMissing(v1, v2): "lid '\(v1)' op project \(v2) bestaat niet"
        case let .noRateFor(v1, v2, v3): "er is geen tarief voor een \(NL.sn(v1)) op een \(NL.bd(v2)) project op \(NL.d(v3))"
        case let .noDirectory(v1, v2): "kan \(v1) niet schrijven: map \(v2) bestaat niet"
        case let .isDirectory(v1): "kan \(v1) niet schrijven: het is een map"
        case let .cannotWrite(v1, v2): "kan \(v1) niet schrijven: \(v2)"
        case let .correctsMissing(v1, v2): "boeking \(v1) corrigeert boeking \(v2), die niet bestaat"
        case let .correctsCorrection(v1, v2): "boeking \(v1) corrigeert boeking \(v2), zelf een correctie"
        case let .entryWithoutMember(v1, v2): "boeking \(v1) (\(NL.k(v2))) heeft geen lid"
        case let .correctsACorrection(v1): "boeking \(v1) corrigeert een correctie"
        }
    }

    /// A project's size band as Dutch says it before a noun.
    static func band(_ b: SizeBand) -> String {
        switch b {
        case .small: "klein"
        case .medium: "middelgroot"
        case .large: "groot"
        }
    }
}
