import SamenCore

/// Help of `samen ledger` and `samen finance`.
enum MoneyHelpWords: Phrase {
    case ledgerAbstract, ledgerDiscussion
    case listAbstract, listDiscussion, listYearHelp, listKindHelp, listMemberHelp
    case addAbstract, addDiscussion, addKindHelp, amountHelp, dateHelp, addMemberHelp, addProjectHelp, addCategoryHelp, addPayeeHelp, noteHelp, addPlannedHelp
    case correctAbstract, correctDiscussion, correctIdHelp, correctReasonHelp, correctDateHelp
    case shareAbstract, shareDiscussion, shareIdHelp, shareEquallyHelp, shareMembersHelp, shareWeightsHelp, shareByDesksHelp, shareNoteHelp
    case closeYearAbstract, closeYearDiscussion, closeYearYearHelp
    case payoutAbstract, payoutDiscussion, payoutMemberHelp, payoutAmountHelp
    case financeAbstract, financeDiscussion
    case reportAbstract, reportDiscussion, yearHelp
    case statementAbstract, statementDiscussion, statementMemberHelp
    case ratesAbstract, ratesDiscussion, ratesOnHelp
    case rateAbstract, rateSetAbstract, rateSetDiscussion, rateSeniorityHelp, rateBandHelp, rateHourlyHelp, fromHelp
    case contributionAbstract, contributionSetAbstract, contributionSetDiscussion, contributionRoleHelp, contributionPercentHelp
    case exportAbstract, exportOutputHelp
    case hledgerAbstract, hledgerDiscussion, hledgerYearHelp
    case csvAbstract, csvDiscussion, csvTableHelp, csvYearHelp

    var en: String {
        switch self {
        case .ledgerAbstract: "The network's books: list, add and correct entries."
        case .ledgerDiscussion: "Entries are never edited or deleted; a mistake is undone with `samen ledger correct`."
        case .listAbstract: "List ledger entries."
        case .listDiscussion: """
            Examples:
              samen ledger list --year 2026 --kind cost
              samen ledger list --member katleen --json
            """
        case .listYearHelp: "Only this calendar year."
        case .listKindHelp: "Only this kind: \(LedgerKind.allowedValues)."
        case .listMemberHelp: "Only entries of this member."
        case .addAbstract: "Add a revenue, income, cost, charge, payment or payout."
        case .addDiscussion: """
            A revenue brings its contribution to the network with it, at the rate
            in force for the member's role on that date. Amounts may be written
            1234.56 or 1.234,56. An entry dated after today is refused unless
            --planned says it is booked ahead on purpose (next month's rent); it
            counts in its year like any entry, and reports show it as planned.

            Who may add what: a member adds their own revenue and payments;
            partners, roles in network.json's coordinatorRoles and the members
            it names as bookkeepers add them for anyone, and they alone add
            costs, other income and charges.

            Examples:
              samen ledger add --kind revenue --member katleen --project 12 \\
                    --amount 4.250,00 --date 2026-11-20
              samen ledger add --kind cost --category accountant \\
                    --payee "Kantoor Jansen" --amount 1815
              samen ledger add --kind charge --member lotte --amount 310 \\
                    --date 2027-01-01 --planned --note "rent January"
            """
        case .addKindHelp: "Kind: revenue, income, cost, charge, payment or payout."
        case .amountHelp: "The amount in euros."
        case .dateHelp: "The date (default today)."
        case .addMemberHelp: "The member it belongs to."
        case .addProjectHelp: "The project it belongs to."
        case .addCategoryHelp: "The cost category."
        case .addPayeeHelp: "Who was paid."
        case .noteHelp: "A note."
        case .addPlannedHelp: "Booked ahead: the date is after today on purpose."
        case .correctAbstract: "Reverse an entry with a correction (a revenue's contribution is reversed too)."
        case .correctDiscussion: """
            A member may correct their own revenue and payments; everything else
            (costs, income, charges, a year's distribution) is corrected by those
            who keep the books. Correcting every distribution of a year reopens it.

            The correction is dated on the entry it corrects, so it comes out of the
            year it went into. --date dates it otherwise; a date in another year
            moves the money to that year, and Samen says so.

            Examples:
              samen ledger correct 311 --reason "booked twice"
              samen ledger correct 311 --reason "paid in January" --date 2027-01-10
            """
        case .correctIdHelp: "The id of the entry to reverse."
        case .correctReasonHelp: "Why it is corrected."
        case .correctDateHelp: "Date of the correction (default: the date of the entry it corrects)."
        case .shareAbstract: "Charge a cost on to the members who share it (partners and coordinators)."
        case .shareDiscussion: """
            Writes one charge per member, related to the cost and in its category,
            split by the largest remainder so the charges add up to the cost to the
            cent. A cost is shared once; correct its charges to share it again.

            Examples:
              samen ledger share-cost 311 --equally --members eric,lotte,daan
              samen ledger share-cost 311 --weights eric=2,lotte=1
              samen ledger share-cost 311 --by-desks          # everyone with a desk that day
            """
        case .shareIdHelp: "The id of the cost entry."
        case .shareEquallyHelp: "Everyone named pays the same."
        case .shareMembersHelp: "The members who share it, comma separated (with --equally or --by-desks)."
        case .shareWeightsHelp: "Members and their weights, e.g. eric=2,lotte=1."
        case .shareByDesksHelp: "By the desks each member uses on the cost's date."
        case .shareNoteHelp: "Start of each charge's note (default: the category and date)."
        case .closeYearAbstract: "Distribute a finished year's result among the partners, once (partners and coordinators)."
        case .closeYearDiscussion: """
            A loss is shared the same way. To reopen a year, correct its
            distribution entries (samen ledger correct ID --reason ...); it can
            then take entries and be closed again.

            Example:
              samen ledger close-year 2025
            """
        case .closeYearYearHelp: "The year to close."
        case .payoutAbstract: "Record that the network paid a partner out of their share of a closed year's result."
        case .payoutDiscussion: """
            Closing a year writes each partner's share as owed to them; a payout
            settles it, so their statement's balance comes to zero. Without
            --amount the whole of what the network owes them is paid. Those who
            keep the books record payouts.

            Examples:
              samen ledger payout pierre
              samen ledger payout pierre --amount 2.500,00 --note "first half"
            """
        case .payoutMemberHelp: "The partner's member id."
        case .payoutAmountHelp: "The amount in euros (default: everything owed to them)."
        case .financeAbstract: "Where the network's money came from and went, who receives or owes what, and the rates."
        case .financeDiscussion: """
            The same numbers as the dashboard's Finances pane (4). Entries are added and
            corrected with `samen ledger`. Every member may look; only partners, roles in
            network.json's coordinatorRoles and the members it names as bookkeepers may
            change the rate card and contribution percentages. `samen finance export`
            hands the books to the accountant as an hledger journal or CSV.

            Examples:
              samen finance report --year 2025
              samen finance rates
              samen finance rate set --seniority medior --band small --hourly 102,00 --from 2027-01-01
              samen finance contribution set --role associate --percent 12,5 --from 2027-01-01
              samen finance export hledger --year 2025 -o books-2025.journal
            """
        case .reportAbstract: "A year's contributions, other income, costs, result and its distribution among the partners."
        case .reportDiscussion: """
            A year that is not closed shows the distribution the result would get if
            it were closed now ("projected"). Money in --json is in cents.

            Examples:
              samen finance report --year 2025
              samen finance report --json | jq '.distribution[] | {name, amount}'
            """
        case .yearHelp: "The calendar year (default: this year)."
        case .statementAbstract: "One member's year: revenue through the network, contributions and their rate, charges, payments, balance due."
        case .statementDiscussion: """
            The balance due carries over from earlier years: what was owed on 1 January,
            plus contributions and charges, minus payments. A negative balance is a credit.

            Examples:
              samen finance statement katleen --year 2025
              samen finance statement pierre --json
            """
        case .statementMemberHelp: "The member's id."
        case .ratesAbstract: "Show the rate card and the contribution percentages, with their history."
        case .ratesDiscussion: """
            `*` marks what is in force today (or on --on).

            Examples:
              samen finance rates
              samen finance rates --json | jq '.rateCard[] | select(.inForce)'
            """
        case .ratesOnHelp: "Show what is in force on this day (default today)."
        case .rateAbstract: "Change the rate card."
        case .rateSetAbstract: "Set an hourly rate for a seniority and project size from a day on (partners and coordinators)."
        case .rateSetDiscussion: """
            The old rate stays on the card: projects accepted before --from keep it.

            Example:
              samen finance rate set --seniority medior --band small --hourly 102,00 --from 2027-01-01
            """
        case .rateSeniorityHelp: "Seniority: \(Seniority.allowedValues)."
        case .rateBandHelp: "Project size band: \(SizeBand.allowedValues)."
        case .rateHourlyHelp: "The hourly rate in euros, e.g. 95,00 or 95.00."
        case .fromHelp: "The day it takes effect (default today)."
        case .contributionAbstract: "Change the contribution percentages."
        case .contributionSetAbstract: "Set the percentage of revenue a role pays from a day on (partners and coordinators)."
        case .contributionSetDiscussion: """
            Revenue booked from --from on brings its contribution at the new
            percentage; contributions already booked keep the rate stored on them.

            Example:
              samen finance contribution set --role associate --percent 12,5 --from 2027-01-01
            """
        case .contributionRoleHelp: "The role: partner, associate or member."
        case .contributionPercentHelp: "The percentage, 0 to 100, e.g. 12,5 or 12.5."
        case .exportAbstract: "Export the books for the accountant: an hledger journal or CSV tables."
        case .exportOutputHelp: "Write to FILE instead of stdout (replaced whole, never half-written)."
        case .hledgerAbstract: "The books as an hledger journal that `hledger check -s` accepts."
        case .hledgerDiscussion: """
            Every account and the € commodity are declared (Dutch decimal marks:
            € 1.234,56); each ledger entry is one transaction, its code the entry's
            id, tagged kind:, member:, project: and category:. At each month end a
            balance assertion on the bank, every member's receivable and every
            partner's account that moved lets hledger check its balances against
            Samen's. With --year the journal opens with the balances carried from
            earlier years. The chart of accounts is in the README ("For the
            accountant").

            Examples:
              samen finance export hledger --year 2025 -o st-groep-2025.journal
              hledger -f st-groep-2025.journal check -s
              hledger -f st-groep-2025.journal is
              hledger -f st-groep-2025.journal bal tag:member=guido
            """
        case .hledgerYearHelp: "Only this calendar year, opening with the balances carried from earlier years."
        case .csvAbstract: "A table as CSV for a spreadsheet: ledger, statements or costs."
        case .csvDiscussion: """
            RFC 4180 CSV with a header row. Amounts are plain decimals with a point
            and no thousands separator (1234.56, -12.50), which spreadsheets read as
            numbers; rates are percentages (15.00). Text from the data that starts
            with =, +, - or @ gets a leading ' so a spreadsheet never runs it as a
            formula.

              ledger       one row per ledger entry (counts_as: the kind a
                           correction counts as)
              statements   one row per member statement for the year (default
                           this year)
              costs        one row per cost, and per correction of a cost

            Examples:
              samen finance export csv ledger --year 2025 -o ledger-2025.csv
              samen finance export csv statements --year 2025
              samen finance export csv costs --year 2025
            """
        case .csvTableHelp: "The table: \(CSVExport.Table.allCases.map(\.rawValue).joined(separator: ", "))."
        case .csvYearHelp: "Only this calendar year (statements: the year of the statements, default this year)."
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
        case .ledgerAbstract: "Het grootboek van het netwerk: boekingen tonen, toevoegen en corrigeren."
        case .ledgerDiscussion: "Boekingen worden nooit gewijzigd of gewist; een vergissing maak je ongedaan met `samen ledger correct`."
        case .listAbstract: "Toon boekingen."
        case .listDiscussion: """
            Voorbeelden:
              samen ledger list --year 2026 --kind cost
              samen ledger list --member katleen --json
            """
        case .listYearHelp: "Alleen dit kalenderjaar."
        case .listKindHelp: "Alleen deze soort: \(LedgerKind.allowedValues)."
        case .listMemberHelp: "Alleen boekingen van dit lid."
        case .addAbstract: "Boek omzet, inkomsten, kosten, een doorbelasting, betaling of uitkering."
        case .addDiscussion: """
            Een omzet brengt zijn afdracht aan het netwerk mee, tegen het tarief dat
            op die datum geldt voor de rol van het lid. Bedragen mogen als 1234.56
            of 1.234,56. Een boeking na vandaag wordt geweigerd, tenzij --planned
            zegt dat hij bewust vooruit geboekt is (de huur van volgende maand); hij
            telt in zijn jaar als elke boeking, en overzichten tonen hem als gepland.

            Wie mag wat boeken: een lid boekt de eigen omzet en betalingen;
            partners, rollen in coordinatorRoles van network.json en de leden die
            het als boekhouder noemt boeken ze voor iedereen, en alleen zij boeken
            kosten, andere inkomsten en doorbelastingen.

            Voorbeelden:
              samen ledger add --kind revenue --member katleen --project 12 \\
                    --amount 4.250,00 --date 2026-11-20
              samen ledger add --kind cost --category accountant \\
                    --payee "Kantoor Jansen" --amount 1815
              samen ledger add --kind charge --member lotte --amount 310 \\
                    --date 2027-01-01 --planned --note "rent January"
            """
        case .addKindHelp: "Soort: revenue, income, cost, charge, payment of payout."
        case .amountHelp: "Het bedrag in euro."
        case .dateHelp: "De datum (standaard vandaag)."
        case .addMemberHelp: "Het lid waar het bij hoort."
        case .addProjectHelp: "Het project waar het bij hoort."
        case .addCategoryHelp: "De kostensoort."
        case .addPayeeHelp: "Wie betaald werd."
        case .noteHelp: "Een notitie."
        case .addPlannedHelp: "Vooruit geboekt: de datum ligt bewust na vandaag."
        case .correctAbstract: "Draai een boeking terug met een correctie (de afdracht van een omzet ook)."
        case .correctDiscussion: """
            Een lid mag de eigen omzet en betalingen corrigeren; al het andere
            (kosten, inkomsten, doorbelastingen, de verdeling van een jaar) corrigeert
            wie de boeken bijhoudt. Elke verdeling van een jaar corrigeren heropent het.

            De correctie krijgt de datum van de boeking die ze corrigeert, dus ze gaat
            eraf in het jaar waar die in viel. --date geeft een andere datum; een datum
            in een ander jaar verschuift het geld naar dat jaar, en Samen zegt dat.

            Voorbeelden:
              samen ledger correct 311 --reason "booked twice"
              samen ledger correct 311 --reason "paid in January" --date 2027-01-10
            """
        case .correctIdHelp: "Het id van de boeking die terug moet."
        case .correctReasonHelp: "Waarom ze gecorrigeerd wordt."
        case .correctDateHelp: "Datum van de correctie (standaard: de datum van de boeking die ze corrigeert)."
        case .shareAbstract: "Belast kosten door aan de leden die ze delen (partners en coördinatoren)."
        case .shareDiscussion: """
            Schrijft één doorbelasting per lid, bij de kosten en in hun kostensoort,
            verdeeld met de grootste rest, zodat de doorbelastingen op de cent
            optellen tot de kosten. Kosten worden één keer gedeeld; corrigeer de
            doorbelastingen om ze opnieuw te delen.

            Voorbeelden:
              samen ledger share-cost 311 --equally --members eric,lotte,daan
              samen ledger share-cost 311 --weights eric=2,lotte=1
              samen ledger share-cost 311 --by-desks          # iedereen met een werkplek die dag
            """
        case .shareIdHelp: "Het id van de kostenboeking."
        case .shareEquallyHelp: "Iedereen die genoemd is betaalt hetzelfde."
        case .shareMembersHelp: "De leden die ze delen, met komma's (bij --equally of --by-desks)."
        case .shareWeightsHelp: "Leden en hun gewicht, bijv. eric=2,lotte=1."
        case .shareByDesksHelp: "Naar de werkplekken die elk lid op de datum van de kosten gebruikt."
        case .shareNoteHelp: "Begin van de notitie bij elke doorbelasting (standaard: de kostensoort en datum)."
        case .closeYearAbstract: "Verdeel het resultaat van een afgelopen jaar over de partners, één keer (partners en coördinatoren)."
        case .closeYearDiscussion: """
            Een verlies wordt net zo verdeeld. Om een jaar te heropenen corrigeer je
            de verdeling (samen ledger correct ID --reason ...); dan kan het weer
            boekingen krijgen en opnieuw worden afgesloten.

            Voorbeeld:
              samen ledger close-year 2025
            """
        case .closeYearYearHelp: "Het jaar dat je afsluit."
        case .payoutAbstract: "Leg vast dat het netwerk een partner het deel uitbetaalde van het resultaat van een afgesloten jaar."
        case .payoutDiscussion: """
            De jaarafsluiting schrijft het deel van elke partner als schuld aan hen;
            een uitkering lost die af, zodat het saldo op hun overzicht op nul komt.
            Zonder --amount wordt alles betaald wat het netwerk hen schuldig is. Wie
            de boeken bijhoudt, legt uitkeringen vast.

            Voorbeelden:
              samen ledger payout pierre
              samen ledger payout pierre --amount 2.500,00 --note "first half"
            """
        case .payoutMemberHelp: "Het lid-id van de partner."
        case .payoutAmountHelp: "Het bedrag in euro (standaard: alles wat hen schuldig is)."
        case .financeAbstract: "Waar het geld van het netwerk vandaan kwam en heen ging, wie wat krijgt of schuldig is, en de tarieven."
        case .financeDiscussion: """
            Dezelfde getallen als het paneel Geld van het dashboard (4). Boekingen voeg
            je toe en corrigeer je met `samen ledger`. Elk lid mag kijken; alleen
            partners, rollen in coordinatorRoles van network.json en de leden die het
            als boekhouder noemt mogen de tarieven en afdrachtpercentages wijzigen.
            `samen finance export` geeft de boeken aan de boekhouder als
            hledger-journaal of CSV.

            Voorbeelden:
              samen finance report --year 2025
              samen finance rates
              samen finance rate set --seniority medior --band small --hourly 102,00 --from 2027-01-01
              samen finance contribution set --role associate --percent 12,5 --from 2027-01-01
              samen finance export hledger --year 2025 -o books-2025.journal
            """
        case .reportAbstract: "De afdrachten, andere inkomsten, kosten en het resultaat van een jaar, en de verdeling over de partners."
        case .reportDiscussion: """
            Een jaar dat niet is afgesloten toont de verdeling die het resultaat zou
            krijgen als het nu werd afgesloten ("projected"). Geld in --json is in centen.

            Voorbeelden:
              samen finance report --year 2025
              samen finance report --json | jq '.distribution[] | {name, amount}'
            """
        case .yearHelp: "Het kalenderjaar (standaard: dit jaar)."
        case .statementAbstract: "Het jaar van één lid: omzet via het netwerk, afdrachten en hun tarief, doorbelastingen, betalingen, saldo."
        case .statementDiscussion: """
            Het saldo loopt door uit eerdere jaren: wat op 1 januari open stond, plus
            afdrachten en doorbelastingen, min betalingen. Een negatief saldo is een tegoed.

            Voorbeelden:
              samen finance statement katleen --year 2025
              samen finance statement pierre --json
            """
        case .statementMemberHelp: "Het id van het lid."
        case .ratesAbstract: "Toon de tarieven en afdrachtpercentages, met hun geschiedenis."
        case .ratesDiscussion: """
            `*` markeert wat vandaag geldt (of op --on).

            Voorbeelden:
              samen finance rates
              samen finance rates --json | jq '.rateCard[] | select(.inForce)'
            """
        case .ratesOnHelp: "Toon wat op deze dag geldt (standaard vandaag)."
        case .rateAbstract: "Wijzig de tarieven."
        case .rateSetAbstract: "Zet een uurtarief voor een senioriteit en projectgrootte vanaf een dag (partners en coördinatoren)."
        case .rateSetDiscussion: """
            Het oude tarief blijft staan: projecten die voor --from zijn aangenomen houden het.

            Voorbeeld:
              samen finance rate set --seniority medior --band small --hourly 102,00 --from 2027-01-01
            """
        case .rateSeniorityHelp: "Senioriteit: \(Seniority.allowedValues)."
        case .rateBandHelp: "Projectgrootte: \(SizeBand.allowedValues)."
        case .rateHourlyHelp: "Het uurtarief in euro, bijv. 95,00 of 95.00."
        case .fromHelp: "De dag dat het ingaat (standaard vandaag)."
        case .contributionAbstract: "Wijzig de afdrachtpercentages."
        case .contributionSetAbstract: "Zet het percentage van de omzet dat een rol afdraagt, vanaf een dag (partners en coördinatoren)."
        case .contributionSetDiscussion: """
            Omzet die vanaf --from geboekt wordt brengt zijn afdracht mee tegen het
            nieuwe percentage; afdrachten die al geboekt zijn houden hun eigen tarief.

            Voorbeeld:
              samen finance contribution set --role associate --percent 12,5 --from 2027-01-01
            """
        case .contributionRoleHelp: "De rol: partner, associate of member."
        case .contributionPercentHelp: "Het percentage, 0 tot 100, bijv. 12,5 of 12.5."
        case .exportAbstract: "Exporteer de boeken voor de boekhouder: een hledger-journaal of CSV-tabellen."
        case .exportOutputHelp: "Schrijf naar FILE in plaats van stdout (helemaal vervangen, nooit half geschreven)."
        case .hledgerAbstract: "De boeken als hledger-journaal dat `hledger check -s` accepteert."
        case .hledgerDiscussion: """
            Elke rekening en de €-valuta worden gedeclareerd (Nederlandse
            decimaaltekens: € 1.234,56); elke boeking is één transactie, met het id
            als code, en de tags kind:, member:, project: en category:. Aan het eind
            van elke maand laat een saldocontrole op de bank, de vordering op elk lid
            en de rekening van elke partner die bewoog hledger zijn saldi naast die
            van Samen leggen. Met --year opent het journaal met de saldi uit eerdere
            jaren. Het rekeningschema staat in de README ("For the accountant").

            Voorbeelden:
              samen finance export hledger --year 2025 -o st-groep-2025.journal
              hledger -f st-groep-2025.journal check -s
              hledger -f st-groep-2025.journal is
              hledger -f st-groep-2025.journal bal tag:member=guido
            """
        case .hledgerYearHelp: "Alleen dit kalenderjaar, beginnend met de saldi uit eerdere jaren."
        case .csvAbstract: "Een tabel als CSV voor een spreadsheet: ledger, statements of costs."
        case .csvDiscussion: """
            RFC 4180-CSV met een kopregel. Bedragen zijn gewone decimalen met een
            punt en zonder duizendtallen (1234.56, -12.50), die spreadsheets als
            getallen lezen; tarieven zijn percentages (15.00). Tekst uit de data die
            begint met =, +, - of @ krijgt een ' ervoor, zodat een spreadsheet hem
            nooit als formule uitvoert.

              ledger       één regel per boeking (counts_as: de soort waar een
                           correctie als telt)
              statements   één regel per overzicht van een lid voor het jaar
                           (standaard dit jaar)
              costs        één regel per kostenpost, en per correctie daarvan

            Voorbeelden:
              samen finance export csv ledger --year 2025 -o ledger-2025.csv
              samen finance export csv statements --year 2025
              samen finance export csv costs --year 2025
            """
        case .csvTableHelp: "De tabel: \(CSVExport.Table.allCases.map(\.rawValue).joined(separator: ", "))."
        case .csvYearHelp: "Alleen dit kalenderjaar (statements: het jaar van de overzichten, standaard dit jaar)."
        }
    }
}
