import SamenCore

/// Help of `samen project`.
enum ProjectHelpWords: Phrase {
    case projectAbstract
    case listAbstract, listDiscussion, listStatusHelp
    case showAbstract, showDiscussion, projectIdHelp
    case addAbstract, addDiscussion, titleHelp, clientHelp, skillsHelp, optionalSkillsHelp, hoursHelp, startHelp, weeksHelp, cityHelp
    case sourceHelp, budgetHelp, maxTravelHelp, descriptionHelp
    case editAbstract, editDiscussion, editSkillsHelp, noBudgetHelp, noMaxTravelHelp
    case cancelAbstract, cancelDiscussion, cancelReasonHelp
    case suggestAbstract, suggestDiscussion, suggestLimitHelp
    case optionalAbstract, optionalDiscussion, optionalSkillsArgumentHelp, optionalNoneHelp
    case triageAbstract, triageDiscussion, triageAcceptHelp, triageLeadHelp, triageDeclineHelp, noteHelp
    case staffAbstract, staffDiscussion, staffMemberHelp, staffHoursHelp, staffFromHelp, staffWeeksHelp, staffAllowOverbookingHelp, staffRemoveHelp
    case wonAbstract, wonDiscussion, lostAbstract, lostDiscussion, finishAbstract, finishDiscussion

    var en: String {
        switch self {
        case .projectAbstract: "List, show, register and staff assignments."
        case .listAbstract: "List projects, incoming first."
        case .listDiscussion: """
            Examples:
              samen project list --status incoming
              samen project list --json | jq '.[] | select(.lead == "eric")'
            """
        case .listStatusHelp: "Only this status (repeat for several): \(ProjectStatus.allowedValues)."
        case .showAbstract: "Show one project with its team and decision log."
        case .showDiscussion: "Example:\n  samen project show 12"
        case .projectIdHelp: "The project's id."
        case .addAbstract: "Register a new incoming assignment."
        case .addDiscussion: """
            It arrives as 'incoming', to be triaged. A script can feed these in (from a
            mailbox, say) while the dashboard is open; it shows them within a second.

            Example:
              samen project add --title "Congress media team" --client "NVVC" \\
                    --skills journalism,photography,film --hours 60 \\
                    --start 2027-02-10 --weeks 1 --city Leiden \\
                    --source eric --budget "6.500,00"
            """
        case .titleHelp: "What the assignment is called."
        case .clientHelp: "Who it is for."
        case .skillsHelp: "Required skills, comma separated."
        case .optionalSkillsHelp: "Skills of --skills that are nice to have, comma separated."
        case .hoursHelp: "Estimated hours in total (in half hours: 60 or 7,5)."
        case .startHelp: "First day (2026-12-07, 7-12-2026, tomorrow, mon)."
        case .weeksHelp: "Length in weeks."
        case .cityHelp: "Where the work is (for travel)."
        case .sourceHelp: "The member who brought it in (default: it came to the collective)."
        case .budgetHelp: "Budget, e.g. 12500 or 12.500,00."
        case .maxTravelHelp: "Farthest a member should travel, in km."
        case .descriptionHelp: "Description."
        case .editAbstract: "Change an open assignment's details; only the options given change."
        case .editDiscussion: """
            The lead, those who triage and partners or coordinators may edit it. A new
            --start keeps the number of weeks unless --weeks is given too; a period
            that would leave a team member's hours outside it is refused (change the
            team first). Each edit is written in the decision log with what changed.

            Examples:
              samen project edit 21 --hours 80 --weeks 3
              samen project edit 21 --title "Congress media team 2027" --budget 7.250,00
              samen project edit 21 --no-max-travel
            """
        case .editSkillsHelp: "Required skills, comma separated (replacing the list)."
        case .noBudgetHelp: "Take the budget off."
        case .noMaxTravelHelp: "Take the maximum travel off."
        case .cancelAbstract: "Call off an open assignment, saying why (written in the decision log)."
        case .cancelDiscussion: """
            An incoming assignment is cancelled by those who triage; one under way by
            its lead, those who triage, or partners and coordinators.

            Example:
              samen project cancel 21 --reason "The client's funding fell through"
            """
        case .cancelReasonHelp: "Why it is called off."
        case .suggestAbstract: "Suggest who should take an assignment, and say why."
        case .suggestDiscussion: """
            Members without a required skill, away the whole period, too far,
            who declined the client or left are left out. The rest are scored
            on skills, spare hours in the project's weeks, travel, solidarity
            (needs work, little work lately), rotation and seniority, weighted
            by matchingWeights in network.json. If nobody inside fits, external
            contacts with the skills are listed.

            Examples:
              samen project suggest 19
              samen project suggest 19 --limit 3 --json | jq '.suggestions[].line'
            """
        case .suggestLimitHelp: "Show the best N (1-1000)."
        case .optionalAbstract: "Mark some of a project's skills as nice to have."
        case .optionalDiscussion: """
            Suggestions then leave nobody out for lacking them, but still count
            them as skills covered. --none makes every skill required again.

            Examples:
              samen project optional-skills 19 editing
              samen project optional-skills 19 --none
            """
        case .optionalSkillsArgumentHelp: "Skills of the project, comma separated."
        case .optionalNoneHelp: "Make every skill required again."
        case .triageAbstract: "Accept an incoming assignment into proposal, or decline it."
        case .triageDiscussion: """
            Accepting needs a lead (main contractor): give --lead unless the project
            has one. Declining needs a reason: \(DeclineReason.allowedValues);
            'other' needs a --note saying why.

            Examples:
              samen project triage 21 --accept --lead thijs
              samen project triage 22 --decline no-capacity --note "Busy until March"
            """
        case .triageAcceptHelp: "Take it on: it becomes a proposal."
        case .triageLeadHelp: "The lead (main contractor), a member id."
        case .triageDeclineHelp: "Decline it, for this reason."
        case .noteHelp: "Why, in a few words (recorded in the decision log)."
        case .staffAbstract: "Put a member on a project's team, change their hours, or take them off."
        case .staffDiscussion: """
            The hours count as tentative while the project is a proposal and as
            allocated once it is won. A member who would be overbooked in some week
            is refused with the weeks, unless --allow-overbooking says it is meant.

            Examples:
              samen project staff 21 --member thijs --hours 16
              samen project staff 21 --member daan --hours 8 --from 2026-12-07 --weeks 2
              samen project staff 21 --member daan --remove
            """
        case .staffMemberHelp: "The member, by id."
        case .staffHoursHelp: "Hours per week (in half hours: 16, 2.5 or 2,5)."
        case .staffFromHelp: "First day on the project (default: the project's start)."
        case .staffWeeksHelp: "Weeks on the project (default: to the project's end)."
        case .staffAllowOverbookingHelp: "Staff them even where that overbooks them."
        case .staffRemoveHelp: "Take the member off the team."
        case .wonAbstract: "The client said yes: a proposal becomes active, its tentative hours allocated."
        case .wonDiscussion: "Example:\n  samen project won 21 --note \"Signed on Friday\""
        case .lostAbstract: "The client said no: a proposal is lost."
        case .lostDiscussion: "Example:\n  samen project lost 21 --note \"Went to a bigger agency\""
        case .finishAbstract: "The work is done: an active project is finished."
        case .finishDiscussion: "Example:\n  samen project finish 12"
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
        case .projectAbstract: "Opdrachten tonen, registreren en bemensen."
        case .listAbstract: "Toon projecten, binnengekomen eerst."
        case .listDiscussion: """
            Voorbeelden:
              samen project list --status incoming
              samen project list --json | jq '.[] | select(.lead == "eric")'
            """
        case .listStatusHelp: "Alleen deze status (herhaal voor meer): \(ProjectStatus.allowedValues)."
        case .showAbstract: "Toon één project met het team en het besluitenlog."
        case .showDiscussion: "Voorbeeld:\n  samen project show 12"
        case .projectIdHelp: "Het id van het project."
        case .addAbstract: "Registreer een nieuwe binnengekomen opdracht."
        case .addDiscussion: """
            Hij komt binnen als 'incoming', om te beoordelen. Een script kan ze
            aanleveren (uit een mailbox, bijvoorbeeld) terwijl het dashboard open is;
            dat toont ze binnen een seconde.

            Voorbeeld:
              samen project add --title "Congress media team" --client "NVVC" \\
                    --skills journalism,photography,film --hours 60 \\
                    --start 2027-02-10 --weeks 1 --city Leiden \\
                    --source eric --budget "6.500,00"
            """
        case .titleHelp: "Hoe de opdracht heet."
        case .clientHelp: "Voor wie hij is (de klant)."
        case .skillsHelp: "Nodige vaardigheden, met komma's."
        case .optionalSkillsHelp: "Vaardigheden uit --skills die mooi meegenomen zijn, met komma's."
        case .hoursHelp: "Geschatte uren in totaal (in halve uren: 60 of 7,5)."
        case .startHelp: "Eerste dag (2026-12-07, 7-12-2026, morgen, ma)."
        case .weeksHelp: "Duur in weken."
        case .cityHelp: "Waar het werk is (voor reisafstand)."
        case .sourceHelp: "Het lid dat hem binnenbracht (standaard: hij kwam naar het collectief)."
        case .budgetHelp: "Budget, bijv. 12500 of 12.500,00."
        case .maxTravelHelp: "Hoe ver een lid hooguit moet reizen, in km."
        case .descriptionHelp: "Omschrijving."
        case .editAbstract: "Wijzig een open opdracht; alleen de opties die je geeft veranderen."
        case .editDiscussion: """
            De hoofdaannemer, wie beoordeelt en partners of coördinatoren mogen hem
            wijzigen. Een nieuwe --start houdt het aantal weken, tenzij je ook --weeks
            geeft; een periode waar de uren van een teamlid buiten vallen wordt
            geweigerd (wijzig eerst het team). Elke wijziging komt in het
            besluitenlog, met wat er veranderde.

            Voorbeelden:
              samen project edit 21 --hours 80 --weeks 3
              samen project edit 21 --title "Congress media team 2027" --budget 7.250,00
              samen project edit 21 --no-max-travel
            """
        case .editSkillsHelp: "Nodige vaardigheden, met komma's (vervangt de lijst)."
        case .noBudgetHelp: "Haal het budget weg."
        case .noMaxTravelHelp: "Haal de maximale reisafstand weg."
        case .cancelAbstract: "Blaas een open opdracht af, met de reden (komt in het besluitenlog)."
        case .cancelDiscussion: """
            Een binnengekomen opdracht wordt afgeblazen door wie beoordeelt; een
            lopende door de hoofdaannemer, wie beoordeelt, of partners en coördinatoren.

            Voorbeeld:
              samen project cancel 21 --reason "The client's funding fell through"
            """
        case .cancelReasonHelp: "Waarom hij wordt afgeblazen."
        case .suggestAbstract: "Stel voor wie een opdracht moet doen, en zeg waarom."
        case .suggestDiscussion: """
            Leden zonder een nodige vaardigheid, de hele periode weg, te ver weg,
            die de klant weigeren of vertrokken zijn vallen af. De rest krijgt
            punten voor vaardigheden, vrije uren in de weken van het project,
            reisafstand, solidariteit (zoekt werk, weinig werk gehad), rotatie en
            senioriteit, gewogen met matchingWeights in network.json. Past er
            niemand van binnen, dan staan externe contacten met de vaardigheden erbij.

            Voorbeelden:
              samen project suggest 19
              samen project suggest 19 --limit 3 --json | jq '.suggestions[].line'
            """
        case .suggestLimitHelp: "Toon de beste N (1-1000)."
        case .optionalAbstract: "Markeer vaardigheden van een project als mooi meegenomen."
        case .optionalDiscussion: """
            Voorstellen laten dan niemand vallen die ze mist, maar tellen ze nog
            wel als gedekte vaardigheden. --none maakt alle vaardigheden weer nodig.

            Voorbeelden:
              samen project optional-skills 19 editing
              samen project optional-skills 19 --none
            """
        case .optionalSkillsArgumentHelp: "Vaardigheden van het project, met komma's."
        case .optionalNoneHelp: "Maak alle vaardigheden weer nodig."
        case .triageAbstract: "Neem een binnengekomen opdracht aan als voorstel, of wijs hem af."
        case .triageDiscussion: """
            Aannemen vraagt een hoofdaannemer: geef --lead, tenzij het project er al
            een heeft. Afwijzen vraagt een reden: \(DeclineReason.allowedValues);
            bij 'other' zegt een --note waarom.

            Voorbeelden:
              samen project triage 21 --accept --lead thijs
              samen project triage 22 --decline no-capacity --note "Busy until March"
            """
        case .triageAcceptHelp: "Neem hem aan: hij wordt een voorstel."
        case .triageLeadHelp: "De hoofdaannemer, een lid-id."
        case .triageDeclineHelp: "Wijs hem af, om deze reden."
        case .noteHelp: "Waarom, in een paar woorden (komt in het besluitenlog)."
        case .staffAbstract: "Zet een lid in het team van een project, wijzig de uren, of haal het eraf."
        case .staffDiscussion: """
            De uren zijn voorlopig zolang het project een voorstel is, en ingepland
            zodra het binnen is. Een lid dat in een week overboekt zou raken wordt
            geweigerd, met de weken erbij, tenzij --allow-overbooking zegt dat het
            zo bedoeld is.

            Voorbeelden:
              samen project staff 21 --member thijs --hours 16
              samen project staff 21 --member daan --hours 8 --from 2026-12-07 --weeks 2
              samen project staff 21 --member daan --remove
            """
        case .staffMemberHelp: "Het lid, met id."
        case .staffHoursHelp: "Uren per week (in halve uren: 16, 2.5 of 2,5)."
        case .staffFromHelp: "Eerste dag op het project (standaard: de start van het project)."
        case .staffWeeksHelp: "Weken op het project (standaard: tot het eind van het project)."
        case .staffAllowOverbookingHelp: "Zet ze erop, ook waar ze dan overboekt zijn."
        case .staffRemoveHelp: "Haal het lid uit het team."
        case .wonAbstract: "De klant zei ja: een voorstel wordt actief, de voorlopige uren ingepland."
        case .wonDiscussion: "Voorbeeld:\n  samen project won 21 --note \"Signed on Friday\""
        case .lostAbstract: "De klant zei nee: een voorstel is verloren."
        case .lostDiscussion: "Voorbeeld:\n  samen project lost 21 --note \"Went to a bigger agency\""
        case .finishAbstract: "Het werk is af: een actief project is klaar."
        case .finishDiscussion: "Voorbeeld:\n  samen project finish 12"
        }
    }
}
