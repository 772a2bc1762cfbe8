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
        case let .owesNothing(name): "het netwerk is \(name) niets schuldig: er wacht geen aandeel in het resultaat van een afgesloten jaar"
        case let .payoutTooBig(name, owed, payout): "het netwerk is \(name) \(owed) schuldig aan aandelen in het resultaat; een uitbetaling van \(payout) is meer dan dat"
        case let .needsMember(kind): "een \(RightsRefusal.kindWord(kind)) heeft het lid nodig bij wie ze hoort"
        case let .leftBeforeRevenue(id, left, date): "lid '\(id)' was al vertrokken op \(left.spoken), voor deze omzet (\(date.spoken))"
        case let .joinedAfterRevenue(id, joined, date): "lid '\(id)' werd lid op \(joined.spoken), na deze omzet (\(date.spoken))"
        case let .costNeedsCategory(all): "kosten hebben een soort nodig: \(all.joined(separator: ", "))"
        case let .noCostCategory(c, all): "kostensoort '\(c)' bestaat niet; de soorten zijn: \(all.joined(separator: ", "))"
        case let .noCategory(c, all): "soort '\(c)' bestaat niet; de soorten zijn: \(all.joined(separator: ", "))"
        case let .noEntry(id): "boeking \(id) bestaat niet"
        case let .yearClosedForEntry(year, date): "het jaar \(year) is afgesloten; een boeking op \(date.spoken) zou het resultaat veranderen"
        case let .correctionOfCorrection(id): "boeking \(id) is zelf een correctie; corrigeer de oorspronkelijke boeking"
        case let .correctedAlready(id): "boeking \(id) is al gecorrigeerd"
        case let .correctionBeforeOriginal(date, original): "een correctie kan niet eerder (\(date.spoken)) zijn dan de boeking die ze corrigeert (\(original.spoken))"
        case let .correctionAhead(date, today): "een correctie op \(date.spoken) ligt na vandaag (\(today.spoken)); alleen een geplande boeking corrigeer je vooruit"
        case let .yearClosedForCorrection(year): "het jaar \(year) is afgesloten; zet de correctie in een open jaar"
        case let .aheadNotPlanned(date, today): "een boeking op \(date.spoken) ligt na vandaag (\(today.spoken)); markeer hem als gepland om vooruit te boeken"
        case let .plannedInPast(date): "alleen een boeking na vandaag kan gepland zijn; een op \(date.spoken) is al gebeurd"
        case let .yearCannotClose(year): "\(year) is geen jaar dat Samen kan afsluiten"
        case let .yearNotOver(year, from): "\(year) is nog niet voorbij; afsluiten kan vanaf \(from.spoken)"
        case let .yearClosedAlready(year): "\(year) is al afgesloten; heropenen kan alleen met een correctie van de winstuitkering"
        case .noPartnerShares: "geen partners delen in het resultaat; zet eerst partnerShares in network.json"
        case let .noBooksFor(year): "over \(year) houdt Samen geen boeken bij"
        case let .notACost(id, kind): "boeking \(id) is een \(RightsRefusal.kindWord(kind)), geen kosten; alleen kosten kun je delen"
        case let .costCorrected(id): "kosten \(id) zijn gecorrigeerd; er is niets meer te delen"
        case let .costSharedAlready(id, charges): "kosten \(id) zijn al gedeeld (doorberekeningen \(charges.map(String.init).joined(separator: ", "))); corrigeer die om opnieuw te delen"
        case let .nameSharers(id): "noem de leden die kosten \(id) delen"
        case let .memberTwice(id): "lid '\(id)' staat er twee keer in"
        case let .leftBeforeCost(id, left, date): "lid '\(id)' was al vertrokken op \(left.spoken), voor deze kosten (\(date.spoken))"
        case let .joinedAfterCost(id, joined, date): "lid '\(id)' werd lid op \(joined.spoken), na deze kosten (\(date.spoken))"
        case let .weightAboveZero(id, got): "lid '\(id)' heeft een gewicht boven nul nodig, niet \(got)"
        case let .yearClosedForCharges(year, date): "het jaar \(year) is afgesloten; doorberekeningen op \(date.spoken) zouden de boeken veranderen"
        case let .rateNotPositive(amount): "een uurtarief moet meer dan nul zijn, niet \(amount)"
        case let .rateAlready(seniority, band, amount, from): "het tarief voor een \(seniority.rawValue) op een \(LedgerRefusal.band(band)) project is al \(amount) op \(from.spoken)"
        case let .contributionBetween(got): "een afdrachtpercentage moet tussen 0 en 100 liggen, niet \(got)"
        case let .noContributionFor(role): "een \(RightsRefusal.roleName(role).nl) verdient niets via het netwerk en draagt dus niets af; de rollen die dat wel doen: partner, associé, lid"
        case let .contributionAlready(role, percent, from): "de afdracht van een \(RightsRefusal.roleName(role).nl) is al \(percent) op \(from.spoken)"
        case let .yearClosedForRateChange(year, contribution, from):
            "het jaar \(year) is afgesloten; \(contribution ? "een afdrachtwijziging" : "een tariefwijziging") op \(from.spoken) zou erin terugwerken"
        case let .rateChangeTooEarly(contribution, openFrom, from):
            "\(contribution ? "een afdrachtwijziging" : "een tariefwijziging") kan ingaan vanaf \(openFrom.spoken) (het begin van dit jaar), niet \(from.spoken)"
        case .noRateCard: "het netwerk heeft nog geen tarieven (samen finance rate set)"
        case let .nobodyToPrice(id): "project \(id) heeft nog geen hoofdaannemer of team, dus geen tarief om het mee te prijzen"
        case let .memberOnProjectMissing(member, id): "lid '\(member)' op project \(id) bestaat niet"
        case let .noRateFor(seniority, band, day): "er is geen tarief voor een \(seniority.rawValue) op een \(LedgerRefusal.band(band)) project op \(day.spoken)"
        case let .noDirectory(path, directory): "kan \(path) niet schrijven: map \(directory) bestaat niet"
        case let .isDirectory(path): "kan \(path) niet schrijven: het is een map"
        case let .cannotWrite(path, why): "kan \(path) niet schrijven: \(why)"
        case let .correctsMissing(id, target): "boeking \(id) corrigeert boeking \(target), die niet bestaat"
        case let .correctsCorrection(id, original): "boeking \(id) corrigeert boeking \(original), zelf een correctie"
        case let .entryWithoutMember(id, kind): "boeking \(id) (\(RightsRefusal.kindWord(kind))) heeft geen lid"
        case let .correctsACorrection(id): "boeking \(id) corrigeert een correctie"
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
