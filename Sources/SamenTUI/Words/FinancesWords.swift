import SamenCore

/// The Finances pane's words ("Geld"): its views, the overview, the
/// ledger, statements and rate card, its forms, questions and messages.
/// Entry kinds, roles and sizes are named here as shown; the data, CSV and
/// hledger keep their English names.
enum FinancesWords: Phrase {
    // Views and the year
    case overview, ledger, statements, rates
    case yearClosed(String), yearClosedUndated, yearFuture, yearOpen
    case more(arrow: String)

    // What is named as shown
    case kind(LedgerKind)
    case role(Role), roles(Role)
    case seniority(Seniority), size(SizeBand)

    // Overview
    case workingOut(year: Int)
    case whereFrom, contributions, atRates(String), otherIncome, costs, result
    case contributionsShare(revenue: String)
    case chargedAndPaid(charged: String, paid: String, dot: String)
    case paidOutAndOwed(paid: String, owed: String, dot: String)
    case distribution, noPartners
    case distributedOn(String), projected(year: Int), lossShared
    case byWeightResult, byWeightLoss
    case chargedOn, resultAfterCharges
    case shortfall(String), noLossChargedInFull, noLossIncomeCovers
    case costsAndWhoCarries, carriedByNetwork, paidByMembersIn(year: Int), paidAhead, stillOpen
    case bookedAhead(costs: String, charges: String, payments: String, dot: String)
    case contributionsByMember
    case colName, colRate, colRevenue, colContrib
    case nobodyEarned(year: Int)
    case whereItWent, costsByCategory, noCostsIn(year: Int)
    case monthByMonth, income, costsLower
    case month(Int)

    // Rate card
    case hourlyRates, inForceOn(String), sizeByHours(medium: Int, large: Int, atMost: String)
    case colSeniority, colSize, colSince, colOtherRates, colRole
    case noRateCard, rateFrom(String, String), planned, later
    case contributionsByRole, noContributionRates
    case partnersShares, ofTheResult

    // Statements
    case statementsLine(year: Int, euro: String)
    case colPaid, colDue, colShare
    case nobodyHasMoney(year: Int)
    case statementOf(role: String, year: Int, dot: String)
    case revenueThroughNetwork, owedAtStart(year: Int), ofRevenue(String)
    case plusContributions, plusShares, minusPayments, minusShareOwed, plusPaidOut
    case creditAtEnd(year: Int), dueAtEnd(year: Int)
    case shareOfResult(year: Int), distributed, projectedShort
    case ofAResult(String)
    case entriesIn(year: Int, count: Int)
    case colDate, colKind, colAmount(euro: String), colNote

    // Ledger
    case colWho, colBalance(euro: String)
    case row(Int, dot: String)
    case searchingCount(count: Int, year: Int), entriesCount(position: String, shown: Int, total: Int, year: Int)
    case filterHintWide, filterHintNarrow, filterLabel
    case searchingEntries(year: Int), nothingMatches(year: Int, filter: String), noEntriesIn(year: Int)
    case notAField(key: String, fields: String)
    case ofEntry(Int)
    case correctionOf(String)
    case entryTitle(id: Int, kind: String, day: String, dot: String)
    case amount, member, project, category, payee, rate, year, note, booked, balance
    case bookedBy(String, String)
    case unchangedMembersMoney
    case correctedBy(mark: String, entry: Int, day: String)
    case reversesEntry(mark: String, entry: Int)
    case original(kind: String, amount: String, day: String, note: String)
    case contribution
    case contributionOfRevenue(entry: Int, amount: String, rate: String, of: String), roleRateOn(role: String, day: String), reversedWithIt
    case noContribution, onRevenue
    case onRevenueLine(entry: Int, amount: String, day: String)

    // Keys
    case keyYear, keyYearHelp, keyViews, keyViewsHelp, keyPrevNextView
    case keyEntry, keyMove, keyMember, keyScroll, keyMoveHelp
    case keyOpen, keyStatement, keyEnterHelp, keyBack, keyEscHelp
    case keyFilter, keyFilterHelp, keyFilterTyping
    case keyNew, keyNewEntry, keyNewHelp, keyCorrect, keyCorrectHelp, keyShare, keyShareHelp
    case keyMouse, keyMouseHelp, keyKeys, keyAllKeys, keyPanes

    // Messages and questions
    case noEntriesBefore(year: Int), lastYearWithEntries(year: Int)
    case noEntrySelected, notAllowed(String)
    case needsReason(entry: Int)
    case entry(Int), describe(entry: Int, kind: String, amount: String, day: String, parts: String)
    case correctQuestionDated(what: String, day: String, reason: String), correctQuestion(what: String, reason: String)
    case correctOtherDay(what: String, day: String)
    case movesYear(amount: String, from: Int, to: Int), countsFrom(String, instead: String)
    case reversesNothingDeleted(reason: String)
    case contributionReversed(String)

    // Forms
    case newEntryTitle, kindLabel, dateLabel, plannedLabel
    case ownRevenueOrPayment, amountHint, dateHint, memberHint, projectHint, payeeHint, noteHint, plannedHint
    case yes, no
    case correctTitle(entry: Int), reasonLabel, reasonHint, correctDateHint
    case theDate, amountWhat, projectWhat
    case chooseKind(String), howMuch
    case revenueNeedsMember, noMemberContribution(String), contributionAtRoleRate(String)
    case contributionOfAmount(percent: String, role: String, day: String)
    case noContributionZero(role: String, day: String)
    case contributionPreview(amount: String, percent: String, of: String, role: String)
    case payoutTypePartner, noMember(String), owesNothing(String), owedTo(name: String, amount: String)

    // Sharing a cost
    case byDesks, equally
    case shareTitle(entry: Int, amount: String, category: String, day: String)
    case splitLabel, splitHint, membersLabel, membersHint, shareNoteHint
    case notACostToShare, nameMembers(entry: Int)
    case noDesk(name: String, day: String)
    case charges(String), chargesEach(count: Int, amount: String), chargesRange(count: Int, low: String, high: String)
    case notACost(entry: Int, kind: String)

    var en: String {
        switch self {
        case .overview: "Overview"
        case .ledger: "Ledger"
        case .statements: "Statements"
        case .rates: "Rates"
        case let .yearClosed(day): "closed \(day)"
        case .yearClosedUndated: "closed"
        case .yearFuture: "future"
        case .yearOpen: "open"
        case let .more(arrow): "\(arrow) more"

        case let .kind(k): k.rawValue
        case let .role(r): r.rawValue
        case let .roles(r): "\(r.rawValue)s"
        case let .seniority(s): s.rawValue
        case let .size(s): s.rawValue

        case let .workingOut(year): "Working out \(year)…"
        case .whereFrom: "Where the money came from"
        case .contributions: "Contributions"
        case let .atRates(rates): " at \(rates)"
        case .otherIncome: "Other income"
        case .costs: "Costs"
        case .result: "Result"
        case let .contributionsShare(revenue): "contributions are a share of the \(revenue) members earned through the network"
        case let .chargedAndPaid(charged, paid, dot): "charged to members \(charged) \(dot) paid by members \(paid)"
        case let .paidOutAndOwed(paid, owed, dot): "paid out to partners \(paid) \(dot) still owed to partners at year end \(owed)"
        case .distribution: "Distribution"
        case .noPartners: "No partners share in the result (partnerShares in network.json)."
        case let .distributedOn(day): "distributed on \(day)"
        case let .projected(year): "projected: \(year) is not closed"
        case .lossShared: "The loss, shared"
        case .byWeightResult: "by each partner's weight over all weights; the shares add up to the result to the cent"
        case .byWeightLoss: "by each partner's weight over all weights; the shares add up to the loss to the cent"
        case .chargedOn: "Charged on to members"
        case .resultAfterCharges: "Result after charges"
        case let .shortfall(amount): "a shortfall: \(amount) of the costs is neither charged on nor covered by income"
        case .noLossChargedInFull: "no loss: the costs are charged on to members in full"
        case .noLossIncomeCovers: "no loss: income covers the costs not charged on"
        case .costsAndWhoCarries: "Costs and who carries them"
        case .carriedByNetwork: "Carried by the network (not charged on)"
        case let .paidByMembersIn(year): "Paid by members in \(year)"
        case .paidAhead: "Paid ahead by members at year end"
        case .stillOpen: "Still open: members owe at year end"
        case let .bookedAhead(costs, charges, payments, dot):
            "booked ahead as planned, not yet come: costs \(costs) \(dot) charges \(charges) \(dot) payments \(payments) (counted above)"
        case .contributionsByMember: "Contributions by member"
        case .colName: "NAME"
        case .colRate: "RATE"
        case .colRevenue: "REVENUE"
        case .colContrib: "CONTRIB."
        case let .nobodyEarned(year): "Nobody earned through the network in \(year)."
        case .whereItWent: "Where it went"
        case .costsByCategory: "costs by category"
        case let .noCostsIn(year): "No costs in \(year)."
        case .monthByMonth: "Month by month"
        case .income: "income"
        case .costsLower: "costs"
        case let .month(m): ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][max(0, min(11, m - 1))]

        case .hourlyRates: "Hourly rates"
        case let .inForceOn(day): " by seniority and project size, in force on \(day)"
        case let .sizeByHours(medium, large, atMost): "size by estimated hours: small < \(medium) \(atMost) medium < \(large) \(atMost) large"
        case .colSeniority: "SENIORITY"
        case .colSize: "SIZE"
        case .colSince: "SINCE"
        case .colOtherRates: "OTHER RATES"
        case .colRole: "ROLE"
        case .noRateCard: "  No rate card yet (network.json, rateCard)."
        case let .rateFrom(rate, day): "\(rate) from \(day)"
        case .planned: "planned"
        case .later: "later"
        case .contributionsByRole: " a percentage of the revenue earned through the network, by role"
        case .noContributionRates: "  No contribution percentages yet."
        case .partnersShares: "Partners' shares"
        case .ofTheResult: " of the year's result (a loss is shared the same way)"

        case let .statementsLine(year, euro): "\(year): earned through the network, contributed, paid, owed and received (\(euro))"
        case .colPaid: "PAID"
        case .colDue: "DUE"
        case .colShare: "SHARE"
        case let .nobodyHasMoney(year): "Nobody has money in the books for \(year)."
        case let .statementOf(role, year, dot): " \(dot) \(role) \(dot) statement \(year)"
        case .revenueThroughNetwork: "Revenue through the network"
        case let .owedAtStart(year): "Owed at the start of \(year)"
        case let .ofRevenue(rates): " (\(rates) of revenue)"
        case .plusContributions: "+ contributions"
        case .plusShares: "+ shares of shared costs"
        case .minusPayments: "- payments"
        case .minusShareOwed: "- share of a result, owed to them"
        case .plusPaidOut: "+ paid out to them"
        case let .creditAtEnd(year): "= credit at the end of \(year)"
        case let .dueAtEnd(year): "= balance due at the end of \(year)"
        case let .shareOfResult(year): "Share of the \(year) result"
        case .distributed: "  distributed"
        case .projectedShort: "  projected"
        case let .ofAResult(amount): "of a result of \(amount)"
        case let .entriesIn(year, count): "Entries in \(year) (\(count))"
        case .colDate: "DATE"
        case .colKind: "KIND"
        case let .colAmount(euro): "AMOUNT \(euro)"
        case .colNote: "NOTE"

        case .colWho: "WHO / WHAT"
        case let .colBalance(euro): "BALANCE \(euro)"
        case let .row(n, dot): "row \(n) \(dot) "
        case let .searchingCount(count, year): "searching \(count) entries in \(year)"
        case let .entriesCount(position, shown, total, year): "\(position)\(shown)/\(total) entries in \(year)"
        case .filterHintWide: "/ filter: words, or kind:cost member:katleen project:12 category:building"
        case .filterHintNarrow: "/ filter: text, kind:cost, member:…"
        case .filterLabel: "Filter: "
        case let .searchingEntries(year): "Searching the \(year) entries..."
        case let .nothingMatches(year, filter): "Nothing in \(year) matches '\(filter)'. Esc clears the filter."
        case let .noEntriesIn(year): "No entries in \(year). n adds one; [ ] change the year."
        case let .notAField(key, fields): "'\(key):' is not a field (\(fields)), so it was searched as text."
        case let .ofEntry(id): "of \(id)"
        case let .correctionOf(kind): "correction of a \(kind)"
        case let .entryTitle(id, kind, day, dot): "Entry \(id) \(dot) \(kind) \(dot) \(day)"
        case .amount: "Amount"
        case .member: "Member"
        case .project: "Project"
        case .category: "Category"
        case .payee: "Payee"
        case .rate: "Rate"
        case .year: "Year"
        case .note: "Note"
        case .booked: "Booked"
        case .balance: "Balance"
        case let .bookedBy(day, by): "\(day) by \(by)"
        case .unchangedMembersMoney: " (unchanged: members' money)"
        case let .correctedBy(mark, entry, day): "\(mark) Corrected by entry \(entry) on \(day)"
        case let .reversesEntry(mark, entry): "\(mark) Reverses entry \(entry)"
        case let .original(kind, amount, day, note): "\(kind) \(amount) of \(day)\(note)"
        case .contribution: "Contribution"
        case let .contributionOfRevenue(entry, amount, rate, of): "entry \(entry): \(amount), \(rate) of \(of)"
        case let .roleRateOn(role, day): " (\(role) rate on \(day))"
        case .reversedWithIt: ", reversed with it"
        case .noContribution: "No contribution: the rate was 0 % for this role then"
        case .onRevenue: "On revenue"
        case let .onRevenueLine(entry, amount, day): "entry \(entry): \(amount) of \(day)"

        case .keyYear: "year"
        case .keyYearHelp: "previous or next year (every view follows)"
        case .keyViews: "views"
        case .keyViewsHelp: "overview, ledger, statements, rate card"
        case .keyPrevNextView: "previous or next view"
        case .keyEntry: "entry"
        case .keyMove: "move"
        case .keyMember: "member"
        case .keyScroll: "scroll"
        case .keyMoveHelp: "move, or scroll a page (PgUp PgDn, g G first or last)"
        case .keyOpen: "open"
        case .keyStatement: "statement"
        case .keyEnterHelp: "open the entry, or a member's statement; again to go back"
        case .keyBack: "back"
        case .keyEscHelp: "back; in the ledger it clears the filter"
        case .keyFilter: "filter"
        case .keyFilterHelp: "filter the ledger: words, kind:cost member:katleen project:12"
        case .keyFilterTyping: "filter, kind:cost member:…"
        case .keyNew: "new"
        case .keyNewEntry: "new entry"
        case .keyNewHelp: "new entry; a revenue shows its contribution before saving"
        case .keyCorrect: "correct"
        case .keyCorrectHelp: "correct the selected entry: a reason, then yes or no"
        case .keyShare: "share"
        case .keyShareHelp: "share the selected cost among members: by desks or equally"
        case .keyMouse: "mouse"
        case .keyMouseHelp: "click selects a row or a view; the wheel scrolls"
        case .keyKeys: "keys"
        case .keyAllKeys: "all keys"
        case .keyPanes: "panes"

        case let .noEntriesBefore(year): "no entries before \(year)"
        case let .lastYearWithEntries(year): "\(year) is the last year with entries"
        case .noEntrySelected: "no entry selected"
        case let .notAllowed(why): "not allowed: \(why)"
        case let .needsReason(entry): "a correction needs a reason: why is entry \(entry) reversed?"
        case let .entry(id): "entry \(id)"
        case let .describe(entry, kind, amount, day, parts): "entry \(entry), \(kind) \(amount) of \(day)\(parts)"
        case let .correctQuestionDated(what, day, reason): "Correct \(what)? A correction dated \(day) reverses it (\"\(reason)\"); nothing is deleted."
        case let .correctQuestion(what, reason): "Correct \(what)? A correction dated on the entry's date reverses it (\"\(reason)\"); nothing is deleted."
        case let .correctOtherDay(what, day): "Correct \(what) with a correction dated \(day), not on the entry's date? "
        case let .movesYear(amount, from, to): "It moves \(amount) from \(from)'s figures into \(to)'s. "
        case let .countsFrom(day, instead): "It counts from \(day) instead of \(instead). "
        case let .reversesNothingDeleted(reason): "It reverses the entry (\"\(reason)\"); nothing is deleted."
        case let .contributionReversed(amount): " Its contribution (\(amount)) is reversed with it."

        case .newEntryTitle: "New ledger entry"
        case .kindLabel: "Kind"
        case .dateLabel: "Date"
        case .plannedLabel: "Planned"
        case .ownRevenueOrPayment: "your own revenue or payment"
        case .amountHint: "e.g. 1.234,56 or 1234.56"
        case .dateHint: "31-12-2026, today, fri"
        case .memberHint: "member id; revenue, charge, payment, payout"
        case .projectHint: "project id, optional"
        case .payeeHint: "who is paid, for a cost"
        case .noteHint: "what it is for"
        case .plannedHint: "yes: booked ahead, dated after today"
        case .yes: "yes"
        case .no: "no"
        case let .correctTitle(entry): "Correct entry \(entry)"
        case .reasonLabel: "Reason"
        case .reasonHint: "why it is reversed: e.g. booked twice"
        case .correctDateHint: "the entry's date; another moves the money to it"
        case .theDate: "the date"
        case .amountWhat: "amount"
        case .projectWhat: "project"
        case let .chooseKind(kinds): "choose a kind: \(kinds)"
        case .howMuch: "amount: how much? e.g. 1.234,56"
        case .revenueNeedsMember: "a revenue brings its contribution: type whose revenue it is"
        case let .noMemberContribution(id): "no member '\(id)': the contribution follows their role's rate"
        case let .contributionAtRoleRate(role): "contribution: at \(role) rate on the entry's date (type the date)"
        case let .contributionOfAmount(percent, role, day): "contribution: \(percent) of the amount (\(role) rate on \(day))"
        case let .noContributionZero(role, day): "no contribution: the \(role) rate is 0 % on \(day)"
        case let .contributionPreview(amount, percent, of, role): "contribution \(amount): \(percent) of \(of) (\(role) rate)"
        case .payoutTypePartner: "a payout: type the partner it is paid to"
        case let .noMember(id): "no member '\(id)'"
        case let .owesNothing(name): "the network owes \(name) nothing to pay out"
        case let .owedTo(name, amount): "owed to \(name): \(amount); no amount pays it all"

        case .byDesks: "by desks"
        case .equally: "equally"
        case let .shareTitle(entry, amount, category, day): "Share cost \(entry) (\(amount), \(category) \(day))"
        case .splitLabel: "Split"
        case .splitHint: "by the desks each uses that day, or the same for all"
        case .membersLabel: "Members"
        case .membersHint: "member ids, comma separated"
        case .shareNoteHint: "optional; default: the category and date"
        case .notACostToShare: "internal: not a cost to share"
        case let .nameMembers(entry): "name the members who share cost \(entry)"
        case let .noDesk(name, day): "\(name) has no desk on \(day), or is not a member then: split equally, or leave them out"
        case let .charges(each): "charges: \(each)"
        case let .chargesEach(count, amount): "charges to \(count) members: \(amount) each"
        case let .chargesRange(count, low, high): "charges to \(count) members: \(low) to \(high) each"
        case let .notACost(entry, kind): "entry \(entry) is a \(kind), not a cost; select a cost to share it"
        }
    }

    var nl: String {
        switch self {
        case .overview: "Overzicht"
        case .ledger: "Grootboek"
        case .statements: "Afrekeningen"
        case .rates: "Tarieven"
        case let .yearClosed(dag): "afgesloten \(dag)"
        case .yearClosedUndated: "afgesloten"
        case .yearFuture: "toekomst"
        case .yearOpen: "open"
        case let .more(pijl): "\(pijl) meer"

        case let .kind(k): k.dutch
        case let .role(r): r.dutch
        case let .roles(r):
            switch r {
            case .partner: "partners"
            case .associate: "associés"
            case .member: "leden"
            case .applicant: "aspiranten"
            case .external: "externen"
            }
        case let .seniority(s): s.dutch
        case let .size(s):
            switch s {
            case .small: "klein"
            case .medium: "middel"
            case .large: "groot"
            }

        case let .workingOut(jaar): "\(jaar) wordt uitgerekend…"
        case .whereFrom: "Waar het geld vandaan kwam"
        case .contributions: "Afdrachten"
        case let .atRates(tarieven): " à \(tarieven)"
        case .otherIncome: "Overige inkomsten"
        case .costs: "Kosten"
        case .result: "Resultaat"
        case let .contributionsShare(omzet): "afdrachten zijn een deel van de \(omzet) die leden via het netwerk verdienden"
        case let .chargedAndPaid(doorbelast, betaald, punt): "leden: doorbelast \(doorbelast) \(punt) betaald \(betaald)"
        case let .paidOutAndOwed(betaald, schuld, punt): "partners: uitbetaald \(betaald) \(punt) op jaareinde nog te betalen \(schuld)"
        case .distribution: "Verdeling"
        case .noPartners: "Geen partners delen in het resultaat (partnerShares in network.json)."
        case let .distributedOn(dag): "verdeeld op \(dag)"
        case let .projected(jaar): "verwacht: \(jaar) is niet afgesloten"
        case .lossShared: "Het verlies, verdeeld"
        case .byWeightResult: "naar het gewicht van elke partner op het totaal; de delen tellen tot op de cent op tot het resultaat"
        case .byWeightLoss: "naar het gewicht van elke partner op het totaal; de delen tellen tot op de cent op tot het verlies"
        case .chargedOn: "Doorbelast aan leden"
        case .resultAfterCharges: "Resultaat na doorbelasting"
        case let .shortfall(bedrag): "een tekort: \(bedrag) van de kosten is niet doorbelast en niet door inkomsten gedekt"
        case .noLossChargedInFull: "geen verlies: de kosten zijn volledig doorbelast aan leden"
        case .noLossIncomeCovers: "geen verlies: de inkomsten dekken de niet doorbelaste kosten"
        case .costsAndWhoCarries: "Kosten en wie ze draagt"
        case .carriedByNetwork: "Gedragen door het netwerk (niet doorbelast)"
        case let .paidByMembersIn(jaar): "Betaald door leden in \(jaar)"
        case .paidAhead: "Vooruitbetaald door leden aan het jaareinde"
        case .stillOpen: "Nog open: leden schuldig aan het jaareinde"
        case let .bookedAhead(kosten, doorb, betalingen, punt):
            "vooruit geboekt als gepland, nog niet zover: kosten \(kosten) \(punt) doorbelast \(doorb) \(punt) betalingen \(betalingen) (hierboven meegeteld)"
        case .contributionsByMember: "Afdrachten per lid"
        case .colName: "NAAM"
        case .colRate: "TARIEF"
        case .colRevenue: "OMZET"
        case .colContrib: "AFDRACHT"
        case let .nobodyEarned(jaar): "Niemand verdiende in \(jaar) via het netwerk."
        case .whereItWent: "Waar het heen ging"
        case .costsByCategory: "kosten per categorie"
        case let .noCostsIn(jaar): "Geen kosten in \(jaar)."
        case .monthByMonth: "Per maand"
        case .income: "inkomsten"
        case .costsLower: "kosten"
        case let .month(m): ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][max(0, min(11, m - 1))]

        case .hourlyRates: "Uurtarieven"
        case let .inForceOn(dag): " naar ervaring en projectgrootte, geldig op \(dag)"
        case let .sizeByHours(middel, groot, hoogstens): "grootte naar geschatte uren: klein < \(middel) \(hoogstens) middel < \(groot) \(hoogstens) groot"
        case .colSeniority: "ERVARING"
        case .colSize: "GROOTTE"
        case .colSince: "SINDS"
        case .colOtherRates: "ANDERE TARIEVEN"
        case .colRole: "ROL"
        case .noRateCard: "  Nog geen tariefkaart (network.json, rateCard)."
        case let .rateFrom(tarief, dag): "\(tarief) vanaf \(dag)"
        case .planned: "gepland"
        case .later: "later"
        case .contributionsByRole: " (een percentage van de omzet via het netwerk, per rol)"
        case .noContributionRates: "  Nog geen afdrachtpercentages."
        case .partnersShares: "Delen van de partners"
        case .ofTheResult: " in het jaarresultaat (een verlies net zo)"

        case let .statementsLine(jaar, munt): "\(jaar): verdiend via het netwerk, afgedragen, betaald, schuldig en ontvangen (\(munt))"
        case .colPaid: "BETAALD"
        case .colDue: "SCHULDIG"
        case .colShare: "DEEL"
        case let .nobodyHasMoney(jaar): "Niemand heeft geld in de boeken voor \(jaar)."
        case let .statementOf(rol, jaar, punt): " \(punt) \(rol) \(punt) afrekening \(jaar)"
        case .revenueThroughNetwork: "Omzet via het netwerk"
        case let .owedAtStart(jaar): "Schuldig aan het begin van \(jaar)"
        case let .ofRevenue(tarieven): " (\(tarieven) van de omzet)"
        case .plusContributions: "+ afdrachten"
        case .plusShares: "+ delen in gedeelde kosten"
        case .minusPayments: "- betalingen"
        case .minusShareOwed: "- deel in een resultaat, aan hen verschuldigd"
        case .plusPaidOut: "+ aan hen uitbetaald"
        case let .creditAtEnd(jaar): "= tegoed aan het eind van \(jaar)"
        case let .dueAtEnd(jaar): "= schuldig aan het eind van \(jaar)"
        case let .shareOfResult(jaar): "Deel in het resultaat van \(jaar)"
        case .distributed: "  verdeeld"
        case .projectedShort: "  verwacht"
        case let .ofAResult(bedrag): "van een resultaat van \(bedrag)"
        case let .entriesIn(jaar, aantal): "Boekingen in \(jaar) (\(aantal))"
        case .colDate: "DATUM"
        case .colKind: "SOORT"
        case let .colAmount(munt): "BEDRAG \(munt)"
        case .colNote: "NOTITIE"

        case .colWho: "WIE / WAT"
        case let .colBalance(munt): "SALDO \(munt)"
        case let .row(n, punt): "rij \(n) \(punt) "
        case let .searchingCount(aantal, jaar): "zoekt in \(aantal) boekingen van \(jaar)"
        case let .entriesCount(plek, getoond, totaal, jaar): "\(plek)\(getoond)/\(totaal) boekingen in \(jaar)"
        case .filterHintWide: "/ zoeken: woorden, of soort:kosten lid:katleen project:12 categorie:huur"
        case .filterHintNarrow: "/ zoeken: tekst, soort:kosten, lid:…"
        case .filterLabel: "Zoeken: "
        case let .searchingEntries(jaar): "Zoeken in de boekingen van \(jaar)..."
        case let .nothingMatches(jaar, zoekterm): "Niets in \(jaar) past bij '\(zoekterm)'. Esc wist de zoekopdracht."
        case let .noEntriesIn(jaar): "Geen boekingen in \(jaar). n voegt er een toe; [ ] wisselt van jaar."
        case let .notAField(toets, velden): "'\(toets):' is geen veld (\(velden)), dus er is als tekst op gezocht."
        case let .ofEntry(id): "op \(id)"
        case let .correctionOf(soort): "correctie op \(soort)"
        case let .entryTitle(id, soort, dag, punt): "Boeking \(id) \(punt) \(soort) \(punt) \(dag)"
        case .amount: "Bedrag"
        case .member: "Lid"
        case .project: "Project"
        case .category: "Categorie"
        case .payee: "Ontvanger"
        case .rate: "Tarief"
        case .year: "Jaar"
        case .note: "Notitie"
        case .booked: "Geboekt"
        case .balance: "Saldo"
        case let .bookedBy(dag, by): "\(dag) door \(by)"
        case .unchangedMembersMoney: " (onveranderd: geld van leden)"
        case let .correctedBy(teken, boeking, dag): "\(teken) Gecorrigeerd door boeking \(boeking) op \(dag)"
        case let .reversesEntry(teken, boeking): "\(teken) Draait boeking \(boeking) terug"
        case let .original(soort, bedrag, dag, notitie): "\(soort) \(bedrag) van \(dag)\(notitie)"
        case .contribution: "Afdracht"
        case let .contributionOfRevenue(boeking, bedrag, tarief, van): "boeking \(boeking): \(bedrag), \(tarief) van \(van)"
        case let .roleRateOn(rol, dag): " (tarief \(rol) op \(dag))"
        case .reversedWithIt: ", mee teruggedraaid"
        case .noContribution: "Geen afdracht: het tarief voor deze rol was toen 0 %"
        case .onRevenue: "Bij omzet"
        case let .onRevenueLine(boeking, bedrag, dag): "boeking \(boeking): \(bedrag) van \(dag)"

        case .keyYear: "jaar"
        case .keyYearHelp: "vorig of volgend jaar (elke weergave volgt)"
        case .keyViews: "weergaven"
        case .keyViewsHelp: "overzicht, grootboek, afrekeningen, tarieven"
        case .keyPrevNextView: "vorige of volgende weergave"
        case .keyEntry: "boeking"
        case .keyMove: "kies"
        case .keyMember: "lid"
        case .keyScroll: "scrollen"
        case .keyMoveHelp: "kiezen; PgUp PgDn een pagina, g G eerste of laatste"
        case .keyOpen: "open"
        case .keyStatement: "afrekening"
        case .keyEnterHelp: "de boeking of de afrekening van een lid openen; nog eens: terug"
        case .keyBack: "terug"
        case .keyEscHelp: "terug; in het grootboek wist het de zoekopdracht"
        case .keyFilter: "zoek"
        case .keyFilterHelp: "zoeken: woorden, soort:kosten lid:katleen project:12"
        case .keyFilterTyping: "zoeken, soort:kosten lid:…"
        case .keyNew: "nieuw"
        case .keyNewEntry: "nieuwe boeking"
        case .keyNewHelp: "nieuwe boeking; bij omzet zie je de afdracht voor je bewaart"
        case .keyCorrect: "herstel"
        case .keyCorrectHelp: "de gekozen boeking corrigeren: een reden, dan ja of nee"
        case .keyShare: "deel"
        case .keyShareHelp: "de gekozen kosten verdelen: naar werkplekken of gelijk"
        case .keyMouse: "muis"
        case .keyMouseHelp: "klik kiest een rij of een weergave; het wieltje scrolt"
        case .keyKeys: "toetsen"
        case .keyAllKeys: "toetsen"
        case .keyPanes: "tabbladen"

        case let .noEntriesBefore(jaar): "geen boekingen voor \(jaar)"
        case let .lastYearWithEntries(jaar): "\(jaar) is het laatste jaar met boekingen"
        case .noEntrySelected: "geen boeking gekozen"
        case let .notAllowed(waarom): "niet toegestaan: \(waarom)"
        case let .needsReason(boeking): "een correctie heeft een reden nodig: waarom wordt boeking \(boeking) teruggedraaid?"
        case let .entry(id): "boeking \(id)"
        case let .describe(boeking, soort, bedrag, dag, delen): "boeking \(boeking), \(soort) \(bedrag) van \(dag)\(delen)"
        case let .correctQuestionDated(wat, dag, reden): "\(Self.hoofdletter(wat)) corrigeren? Een correctie gedateerd \(dag) draait haar terug (\"\(reden)\"); er wordt niets gewist."
        case let .correctQuestion(wat, reden): "\(Self.hoofdletter(wat)) corrigeren? Een correctie op de datum van de boeking draait haar terug (\"\(reden)\"); er wordt niets gewist."
        case let .correctOtherDay(wat, dag): "\(Self.hoofdletter(wat)) corrigeren met een correctie gedateerd \(dag), niet op de datum van de boeking? "
        case let .movesYear(bedrag, vanaf, naar): "Dat verplaatst \(bedrag) van de cijfers van \(vanaf) naar die van \(naar). "
        case let .countsFrom(dag, anders): "Ze telt vanaf \(dag) in plaats van \(anders). "
        case let .reversesNothingDeleted(reden): "Ze draait de boeking terug (\"\(reden)\"); er wordt niets gewist."
        case let .contributionReversed(bedrag): " De afdracht (\(bedrag)) wordt mee teruggedraaid."

        case .newEntryTitle: "Nieuwe boeking"
        case .kindLabel: "Soort"
        case .dateLabel: "Datum"
        case .plannedLabel: "Gepland"
        case .ownRevenueOrPayment: "je eigen omzet of betaling"
        case .amountHint: "bijv. 1.234,56 of 1234.56"
        case .dateHint: "31-12-2026, vandaag, vr"
        case .memberHint: "lid-id; omzet, doorbelast, betaling, uitbetaling"
        case .projectHint: "project-id, optioneel"
        case .payeeHint: "wie betaald wordt, bij kosten"
        case .noteHint: "waar het voor is"
        case .plannedHint: "ja: vooruit geboekt, gedateerd na vandaag"
        case .yes: "ja"
        case .no: "nee"
        case let .correctTitle(boeking): "Boeking \(boeking) corrigeren"
        case .reasonLabel: "Reden"
        case .reasonHint: "waarom ze teruggedraaid wordt: bijv. dubbel geboekt"
        case .correctDateHint: "de datum van de boeking; een andere verplaatst het geld daarheen"
        case .theDate: "de datum"
        case .amountWhat: "bedrag"
        case .projectWhat: "project"
        case let .chooseKind(kinds): "kies een soort: \(kinds)"
        case .howMuch: "bedrag: hoeveel? bijv. 1.234,56"
        case .revenueNeedsMember: "omzet brengt een afdracht mee: typ wiens omzet het is"
        case let .noMemberContribution(id): "geen lid '\(id)': de afdracht volgt het tarief van de rol"
        case let .contributionAtRoleRate(rol): "afdracht: tarief \(rol) op de datum van de boeking (typ de datum)"
        case let .contributionOfAmount(percent, rol, dag): "afdracht: \(percent) van het bedrag (tarief \(rol) op \(dag))"
        case let .noContributionZero(rol, dag): "geen afdracht: het tarief \(rol) is 0 % op \(dag)"
        case let .contributionPreview(bedrag, percent, van, rol): "afdracht \(bedrag): \(percent) van \(van) (tarief \(rol))"
        case .payoutTypePartner: "uitbetaling: typ aan welke partner"
        case let .noMember(id): "geen lid '\(id)'"
        case let .owesNothing(naam): "het netwerk hoeft \(naam) niets uit te betalen"
        case let .owedTo(naam, bedrag): "te betalen aan \(naam): \(bedrag); zonder bedrag gaat alles"

        case .byDesks: "naar werkplekken"
        case .equally: "gelijk"
        case let .shareTitle(boeking, bedrag, categorie, dag): "Kosten \(boeking) delen (\(bedrag), \(categorie) \(dag))"
        case .splitLabel: "Verdeling"
        case .splitHint: "naar de werkplekken die ieder die dag gebruikt, of gelijk voor allen"
        case .membersLabel: "Leden"
        case .membersHint: "lid-id's, met komma's ertussen"
        case .shareNoteHint: "optioneel; anders: de categorie en datum"
        case .notACostToShare: "intern: geen kosten om te delen"
        case let .nameMembers(boeking): "noem de leden die kosten \(boeking) delen"
        case let .noDesk(naam, dag): "\(naam) heeft op \(dag) geen werkplek, of is dan geen lid: verdeel gelijk, of laat hen weg"
        case let .charges(ieder): "doorbelast: \(ieder)"
        case let .chargesEach(aantal, bedrag): "doorbelast aan \(aantal) leden: \(bedrag) per lid"
        case let .chargesRange(aantal, laag, hoog): "doorbelast aan \(aantal) leden: \(laag) tot \(hoog) per lid"
        case let .notACost(boeking, soort): "boeking \(boeking) is \(soort), geen kosten; kies kosten om ze te delen"
        }
    }
}

extension FinancesWords {
    /// The kind a form's choice names, in either language.
    static func ledgerKind(_ shown: String) -> LedgerKind? {
        LedgerKind(rawValue: shown) ?? LedgerKind.allCases.first { FinancesWords.kind($0).nl == shown }
    }

    /// A sentence that starts with `text` starts with a capital.
    static func hoofdletter(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// `yes` or `ja` in a choice.
    static func isYes(_ shown: String) -> Bool { shown == FinancesWords.yes.en || shown == FinancesWords.yes.nl }
}
