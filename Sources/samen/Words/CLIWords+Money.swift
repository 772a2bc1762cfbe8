import SamenCore

/// The money commands' words: `samen finance report` and `statement`,
/// `finance rates`, `ledger list`, `member key list`. The hledger journal
/// and CSV exports are for accountants and spreadsheets and stay English.
enum MoneyWords: Phrase {
    case closedState, openState
    case whereFrom, whereWent, amountHeading, revenueThroughNetwork, contributionsFrom(Role), contributions, otherIncome, income, costs
    case result(String), aLoss, shortfall(String), noLossChargedInFull, noLossIncomeCovers, resultAfterCharges(String)
    case plannedLine(income: String, costs: String, charges: String, payments: String)
    case paidOut(year: Int, paid: String, owed: String)
    case noPartners, distributedTo, wouldGoTo, share, member, role, revenue, rate, contribution, month, incomeHeading, costsHeading
    case costsAndWhoCarries, chargedOn, carriedByNetwork, paidByMembers(Int), paidAhead, stillOpen
    case owedOnFirstJanuary, plusContributions, atRates(String), plusCharges, minusPayments, minusShare, plusPaidOut
    case networkOwesYou, balanceDue, shareOfResult, projected, planned
    case monthName(Int)
    case rateCardTitle(String), seniority, size, hourly, from, noRates, contributionsTitle, percent, noContributions
    case projectSize(medium: Int, large: Int)
    case keyLine(fingerprint: String, comment: String, since: String, revoked: String?), keysCount(name: String, inUse: Int, revoked: Int)

    var en: String {
        switch self {
        case .closedState: " · closed: the result has been distributed"
        case .openState: " · open: the distribution below is projected"
        case .whereFrom: "WHERE THE MONEY CAME FROM"
        case .whereWent: "WHERE IT WENT"
        case .amountHeading: "AMOUNT"
        case .revenueThroughNetwork: "Revenue earned through the network"
        case let .contributionsFrom(role): "  contributions from \(role.rawValue)s"
        case .contributions: "Contributions"
        case .otherIncome: "Other income"
        case .income: "Income"
        case .costs: "Costs"
        case let .result(m): "Result (income - costs): \(m)"
        case .aLoss: "  a loss, shared among the partners like a profit"
        case let .shortfall(m): "  a shortfall: \(m) of the costs is neither charged on nor covered by income"
        case .noLossChargedInFull: "  no loss: the costs are charged on to members in full"
        case .noLossIncomeCovers: "  no loss: income covers the costs not charged on"
        case let .resultAfterCharges(m): "Result after charges (income + charges - costs): \(m)"
        case let .plannedLine(income, costs, charges, payments):
            "Booked ahead as planned, not yet come: income \(income) · costs \(costs) · charges \(charges) · payments \(payments) (counted above)"
        case let .paidOut(year, paid, owed): "Paid out to partners in \(year): \(paid); still owed to partners at year end: \(owed)"
        case .noPartners: "No partners share in the result (partnerShares in network.json)."
        case .distributedTo: "DISTRIBUTED TO"
        case .wouldGoTo: "WOULD GO TO"
        case .share: "SHARE"
        case .member: "MEMBER"
        case .role: "ROLE"
        case .revenue: "REVENUE"
        case .rate: "RATE"
        case .contribution: "CONTRIBUTION"
        case .month: "MONTH"
        case .incomeHeading: "INCOME"
        case .costsHeading: "COSTS"
        case .costsAndWhoCarries: "COSTS AND WHO CARRIES THEM"
        case .chargedOn: "Charged on to members"
        case .carriedByNetwork: "Carried by the network (not charged on)"
        case let .paidByMembers(year): "Paid by members in \(year)"
        case .paidAhead: "Paid ahead by members at year end"
        case .stillOpen: "Still open: members owe at year end"
        case .owedOnFirstJanuary: "Owed on 1 January"
        case .plusContributions: "+ contributions"
        case let .atRates(rates): " at \(rates)"
        case .plusCharges: "+ charges for shared costs"
        case .minusPayments: "- payments"
        case .minusShare: "- share of a closed year's result, owed to you"
        case .plusPaidOut: "+ paid out to you"
        case .networkOwesYou: "The network owes you at year end"
        case .balanceDue: "Balance due at year end"
        case .shareOfResult: "Share of the year's result"
        case .projected: " (projected)"
        case .planned: " (planned)"
        case let .monthName(m): ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][max(0, min(11, m - 1))]
        case let .rateCardTitle(day): "Rate card: hourly rates by seniority and project size (* in force on \(day))"
        case .seniority: "SENIORITY"
        case .size: "SIZE"
        case .hourly: "HOURLY"
        case .from: "FROM"
        case .noRates: "  (no rates yet: samen finance rate set)"
        case .contributionsTitle: "Contributions: a percentage of revenue earned through the network, by role"
        case .percent: "PERCENT"
        case .noContributions: "  (no contributions: samen finance contribution set)"
        case let .projectSize(medium, large): "Project size: small below \(medium) h, medium below \(large) h, large from \(large) h"
        case let .keyLine(fingerprint, comment, since, revoked): "\(fingerprint)\(comment), since \(since)" + (revoked.map { ", revoked \($0)" } ?? "")
        case let .keysCount(name, inUse, revoked): "\(name): \(inUse) key(s) in use, \(revoked) revoked"
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
        case .closedState: " · afgesloten: het resultaat is verdeeld"
        case .openState: " · open: de verdeling hieronder is een prognose"
        case .whereFrom: "WAAR HET GELD VANDAAN KWAM"
        case .whereWent: "WAAR HET HEEN GING"
        case .amountHeading: "BEDRAG"
        case .revenueThroughNetwork: "Omzet via het netwerk"
        case let .contributionsFrom(role):
            switch role {
            case .partner: "  afdrachten van partners"
            case .associate: "  afdrachten van associés"
            case .member: "  afdrachten van leden"
            case .applicant: "  afdrachten van aspiranten"
            case .external: "  afdrachten van externen"
            }
        case .contributions: "Afdrachten"
        case .otherIncome: "Andere inkomsten"
        case .income: "Inkomsten"
        case .costs: "Kosten"
        case let .result(m): "Resultaat (inkomsten - kosten): \(m)"
        case .aLoss: "  een verlies, over de partners verdeeld net als winst"
        case let .shortfall(m): "  een tekort: \(m) van de kosten is niet doorbelast en niet gedekt door inkomsten"
        case .noLossChargedInFull: "  geen verlies: de kosten zijn helemaal doorbelast aan leden"
        case .noLossIncomeCovers: "  geen verlies: de inkomsten dekken de kosten die niet doorbelast zijn"
        case let .resultAfterCharges(m): "Resultaat na doorbelasting (inkomsten + doorbelastingen - kosten): \(m)"
        case let .plannedLine(income, costs, charges, payments):
            "Vooruit geboekt, nog niet zover: inkomsten \(income) · kosten \(costs) · doorbelastingen \(charges) · betalingen \(payments) (hierboven meegeteld)"
        case let .paidOut(year, paid, owed): "Uitbetaald aan partners in \(year): \(paid); aan het eind van het jaar nog schuldig aan partners: \(owed)"
        case .noPartners: "Geen partners delen in het resultaat (partnerShares in network.json)."
        case .distributedTo: "VERDEELD OVER"
        case .wouldGoTo: "ZOU GAAN NAAR"
        case .share: "DEEL"
        case .member: "LID"
        case .role: "ROL"
        case .revenue: "OMZET"
        case .rate: "TARIEF"
        case .contribution: "AFDRACHT"
        case .month: "MAAND"
        case .incomeHeading: "INKOMSTEN"
        case .costsHeading: "KOSTEN"
        case .costsAndWhoCarries: "KOSTEN EN WIE ZE DRAAGT"
        case .chargedOn: "Doorbelast aan leden"
        case .carriedByNetwork: "Gedragen door het netwerk (niet doorbelast)"
        case let .paidByMembers(year): "Betaald door leden in \(year)"
        case .paidAhead: "Vooruitbetaald door leden aan het eind van het jaar"
        case .stillOpen: "Nog open: leden schuldig aan het eind van het jaar"
        case .owedOnFirstJanuary: "Schuldig op 1 januari"
        case .plusContributions: "+ afdrachten"
        case let .atRates(rates): " tegen \(rates)"
        case .plusCharges: "+ doorbelasting gedeelde kosten"
        case .minusPayments: "- betalingen"
        case .minusShare: "- deel van het resultaat van een afgesloten jaar, aan jou schuldig"
        case .plusPaidOut: "+ aan jou uitbetaald"
        case .networkOwesYou: "Het netwerk is je aan het eind van het jaar schuldig"
        case .balanceDue: "Saldo te betalen aan het eind van het jaar"
        case .shareOfResult: "Deel van het resultaat van het jaar"
        case .projected: " (prognose)"
        case .planned: " (gepland)"
        case let .monthName(m): ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][max(0, min(11, m - 1))]
        case let .rateCardTitle(day): "Tarieven: uurtarief per senioriteit en projectgrootte (* geldt op \(day))"
        case .seniority: "SENIORITEIT"
        case .size: "GROOTTE"
        case .hourly: "PER UUR"
        case .from: "VANAF"
        case .noRates: "  (nog geen tarieven: samen finance rate set)"
        case .contributionsTitle: "Afdrachten: een percentage van de omzet via het netwerk, per rol"
        case .percent: "PERCENTAGE"
        case .noContributions: "  (geen afdrachten: samen finance contribution set)"
        case let .projectSize(medium, large): "Projectgrootte: klein onder \(medium) u, middelgroot onder \(large) u, groot vanaf \(large) u"
        case let .keyLine(fingerprint, comment, since, revoked): "\(fingerprint)\(comment), sinds \(since)" + (revoked.map { ", ingetrokken \($0)" } ?? "")
        case let .keysCount(name, inUse, revoked): "\(name): \(plural(inUse, "# sleutel", "# sleutels")) in gebruik, \(revoked) ingetrokken"
        }
    }
}
