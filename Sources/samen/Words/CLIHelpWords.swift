import SamenCore

/// The command line's help: the root, the commands that set a directory up
/// or look at it as a whole (open, demo, init, generate, check, verify,
/// history), and the options every command takes. Examples keep their
/// commands as typed; only what they say around them is translated.
enum CLIHelpWords: Phrase {
    case rootAbstract, rootDiscussion
    case openAbstract, openDiscussion, themeHelp
    case demoAbstract, demoDiscussion, demoNameHelp, demoAsHelp, demoNoOpenHelp
    case initAbstract, initDiscussion, initDemoHelp, initNameHelp, initPlaceHelp, initGroupHelp
    case generateAbstract, generateDiscussion, generateMembersHelp, generateProjectsHelp, generateRequestsHelp, generateEntriesHelp, generateSeedHelp
    case checkAbstract, checkDiscussion
    case verifyAbstract, verifyDiscussion, verifyMakeBaselineHelp, verifyRequireSignaturesHelp
    case historyAbstract, historyDiscussion, historyLimitHelp
    case dataHelp, asHelp, jsonHelp, newSkillHelp, newPlaceHelp
    case devAbstract, churnCountHelp, churnLabelHelp, churnStepsHelp

    var en: String {
        switch self {
        case .rootAbstract: "A terminal dashboard for a network of freelancers who work apart together."
        case .rootDiscussion: """
            Samen keeps a network's members, assignments, help requests and shared
            money in a data directory of plain JSON files that several people can
            use at once. Without a subcommand it opens the dashboard.

            The data directory is --data DIR, else $SAMEN_DATA, else
            $XDG_DATA_HOME/samen (~/.local/share/samen). You act as your Unix
            user; --as MEMBER (or $SAMEN_USER) says for whom, where the rules
            let you act for them (a partner for an associate, say).

            Samen speaks English and Dutch: --lang en or --lang nl, else
            language = "nl" in ~/.config/samen/config.toml, else the locale
            (LANG=nl_NL.UTF-8 is Dutch).

            Examples:
              samen demo                          try it on the Unit-2 demo network
              samen init --demo st-groep --data ~/st
              samen member list --skill illustration --data ~/st
              samen project add --title "Congress report" --client Naturalis \\
                    --skills journalism,film --hours 60 --start 2026-12-07 \\
                    --weeks 1 --city Leiden
              samen capacity --skill illustration --min-spare 16 --weeks 3
              samen project suggest 19            who should take it, and why
              samen check --data ~/st
            """
        case .openAbstract: "Open the dashboard on the data directory (the default)."
        case .openDiscussion: "Example:\n  samen --data ~/unit-2"
        case .themeHelp: "Colour theme: default, light, high-contrast, mono, colour-blind, or a .toml file."
        case .demoAbstract: "Open a fresh copy of a demo network in a temporary directory."
        case .demoDiscussion: """
            Nothing of yours is touched: each run writes a new copy, dated around today.

            Examples:
              samen demo              the Unit-2 collective in Leiden (39 members)
              samen demo st-groep     the ST-groep network (3 partners, 7 associates)
            """
        case .demoNameHelp: "Which demo: unit-2 or st-groep."
        case .demoAsHelp: "Act as this person (a login or member id)."
        case .demoNoOpenHelp: "Only write the copy and print its directory; do not open the dashboard."
        case .initAbstract: "Create a data directory: empty, or filled with a demo network."
        case .initDiscussion: """
            Refuses to write into a directory that already holds a network.
            The directory is made for the whole group, whatever the umask: setgid,
            mode 2770, files 0660 (the group reads and writes, nobody else lists it).

            Examples:
              samen init --name "Unit-2" --place Leiden --data ~/unit-2
              samen init --group unit2 --name "Unit-2" --data /srv/samen/unit-2
              samen init --demo st-groep --data /srv/samen/st-groep
            """
        case .initDemoHelp: "Fill it with a demo network: unit-2 or st-groep."
        case .initNameHelp: "The network's name (for an empty network)."
        case .initPlaceHelp: "Where the network is based (for an empty network)."
        case .initGroupHelp: "The Unix group that shares the directory (you must be in it); else your own group, or the parent's if it is setgid."
        case .generateAbstract: "Write a valid synthetic network of any size, for benchmarks and tests."
        case .generateDiscussion: """
            The same seed always gives the same network (dated around today).

            Examples:
              samen generate --data /tmp/s1          (S1: a real network's size)
              samen generate --members 10000 --projects 50000 \\
                    --requests 20000 --entries 500000 --data /tmp/s100
            """
        case .generateMembersHelp: "Number of members."
        case .generateProjectsHelp: "Number of projects."
        case .generateRequestsHelp: "Number of help requests."
        case .generateEntriesHelp: "Number of ledger entries."
        case .generateSeedHelp: "Seed for the random choices."
        case .checkAbstract: "Validate every file of the data directory; exit non-zero on a problem."
        case .checkDiscussion: """
            Reads everything without waiting on a writer, and writes nothing but
            for finishing a save that a killed writer left committed. Each problem
            is reported as FILE:LINE: reason.

            Example:
              samen check --data ~/unit-2 && git -C ~/unit-2 commit -am "weekly snapshot"
            """
        case .verifyAbstract: "Prove the data files are what the history's changes make of the baseline."
        case .verifyDiscussion: """
            Replays every change in history.jsonl since the directory was made,
            through the same rules, as the same person on the same day, and
            compares the result with every record of every data file. Names the
            first place where that fails: a record edited outside Samen, or a
            history line the rules refuse. Reads the files themselves, never the
            cache, and changes nothing. Exits 3 when the files do not verify.

            Every signed line must be signed, over its own bytes, by a key its
            author had registered and not revoked at that point (samen member key);
            unsigned lines are counted and named. --require-signatures makes an
            unsigned line a failure, for a network whose members all have keys.

            A directory made before Samen kept a baseline cannot be replayed:
            --make-baseline (a partner or an administrator) takes its files as
            they are now as true, by a history line in their name, and
            verification starts from there. Everything before it is then taken
            on their word.

            Examples:
              samen verify --data ~/st
              samen verify --make-baseline --data ~/st
            """
        case .verifyMakeBaselineHelp: """
            Take the files as they are now as true, and verify from here on: for a \
            directory made before Samen kept a baseline (a partner or an administrator).
            """
        case .verifyRequireSignaturesHelp: "Fail on the first change since the baseline that is not signed."
        case .historyAbstract: "Show who changed what, newest last, and which changes are signed."
        case .historyDiscussion: """
            The second column: "signed" with the key's fingerprint when the line
            carries a signature over its own bytes, "BAD SIGNATURE" when it carries
            one that does not hold, "unsigned" when it carries none. Whether the
            key was its author's to sign with is for `samen verify` to prove.

            Example:
              samen history --limit 20
            """
        case .historyLimitHelp: "Show only the last N changes."
        case .dataHelp: "The data directory."
        case .asHelp: "Act for this member (a login or member id), where the rules let you; both of you are recorded in the history."
        case .jsonHelp: "Print one JSON document on stdout (stable field names, money in cents)."
        case .newSkillHelp: "A skill that is new on purpose, though it looks like one in use (repeat, or comma separated)."
        case .newPlaceHelp: "Keep --city as typed, though it looks like a place in the table."
        case .devAbstract: "Tools for testing Samen itself."
        case .churnCountHelp: "How many changes to apply."
        case .churnLabelHelp: "A label to tell writers apart."
        case .churnStepsHelp: "Make each change two steps in one: a member and a project, in two files."
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
        case .rootAbstract: "Een dashboard in de terminal voor een netwerk van zzp'ers die apart samenwerken."
        case .rootDiscussion: """
            Samen bewaart de leden, opdrachten, hulpvragen en het gedeelde geld van
            een netwerk in een datamap met gewone JSON-bestanden, die meerdere
            mensen tegelijk kunnen gebruiken. Zonder subcommando opent het het
            dashboard.

            De datamap is --data DIR, anders $SAMEN_DATA, anders
            $XDG_DATA_HOME/samen (~/.local/share/samen). Je werkt als je eigen
            Unix-gebruiker; --as LID (of $SAMEN_USER) zegt voor wie, waar de regels
            dat toestaan (een partner voor een associé, bijvoorbeeld).

            Samen spreekt Nederlands en Engels: --lang nl of --lang en, anders
            language = "nl" in ~/.config/samen/config.toml, anders de locale
            (LANG=nl_NL.UTF-8 is Nederlands).

            Voorbeelden:
              samen demo                          probeer het op het demonetwerk Unit-2
              samen init --demo st-groep --data ~/st
              samen member list --skill illustration --data ~/st
              samen project add --title "Congress report" --client Naturalis \\
                    --skills journalism,film --hours 60 --start 2026-12-07 \\
                    --weeks 1 --city Leiden
              samen capacity --skill illustration --min-spare 16 --weeks 3
              samen project suggest 19            wie moet het doen, en waarom
              samen check --data ~/st
            """
        case .openAbstract: "Open het dashboard op de datamap (standaard)."
        case .openDiscussion: "Voorbeeld:\n  samen --data ~/unit-2"
        case .themeHelp: "Kleurenthema: default, light, high-contrast, mono, colour-blind, of een .toml-bestand."
        case .demoAbstract: "Open een verse kopie van een demonetwerk in een tijdelijke map."
        case .demoDiscussion: """
            Niets van jou wordt aangeraakt: elke keer komt er een nieuwe kopie, rond vandaag gedateerd.

            Voorbeelden:
              samen demo              het collectief Unit-2 in Leiden (39 leden)
              samen demo st-groep     het netwerk ST-groep (3 partners, 7 associés)
            """
        case .demoNameHelp: "Welke demo: unit-2 of st-groep."
        case .demoAsHelp: "Werk als deze persoon (een login of lid-id)."
        case .demoNoOpenHelp: "Schrijf alleen de kopie en toon de map; open het dashboard niet."
        case .initAbstract: "Maak een datamap: leeg, of gevuld met een demonetwerk."
        case .initDiscussion: """
            Schrijft niet in een map waar al een netwerk in staat.
            De map is voor de hele groep, wat de umask ook is: setgid,
            modus 2770, bestanden 0660 (de groep leest en schrijft, verder niemand).

            Voorbeelden:
              samen init --name "Unit-2" --place Leiden --data ~/unit-2
              samen init --group unit2 --name "Unit-2" --data /srv/samen/unit-2
              samen init --demo st-groep --data /srv/samen/st-groep
            """
        case .initDemoHelp: "Vul hem met een demonetwerk: unit-2 of st-groep."
        case .initNameHelp: "De naam van het netwerk (voor een leeg netwerk)."
        case .initPlaceHelp: "Waar het netwerk zit (voor een leeg netwerk)."
        case .initGroupHelp: "De Unix-groep die de map deelt (jij moet erin zitten); anders je eigen groep, of die van de bovenliggende map als die setgid is."
        case .generateAbstract: "Schrijf een geldig nepnetwerk van elke grootte, voor metingen en tests."
        case .generateDiscussion: """
            Dezelfde seed geeft altijd hetzelfde netwerk (rond vandaag gedateerd).

            Voorbeelden:
              samen generate --data /tmp/s1          (S1: zo groot als een echt netwerk)
              samen generate --members 10000 --projects 50000 \\
                    --requests 20000 --entries 500000 --data /tmp/s100
            """
        case .generateMembersHelp: "Aantal leden."
        case .generateProjectsHelp: "Aantal projecten."
        case .generateRequestsHelp: "Aantal hulpvragen."
        case .generateEntriesHelp: "Aantal boekingen."
        case .generateSeedHelp: "Seed voor de willekeurige keuzes."
        case .checkAbstract: "Controleer elk bestand van de datamap; stopt met een foutcode bij een probleem."
        case .checkDiscussion: """
            Leest alles zonder op een schrijver te wachten, en schrijft niets,
            behalve om een opslag af te maken die een afgebroken schrijver al had
            vastgelegd. Elk probleem staat er als BESTAND:REGEL: reden.

            Voorbeeld:
              samen check --data ~/unit-2 && git -C ~/unit-2 commit -am "weekly snapshot"
            """
        case .verifyAbstract: "Bewijs dat de databestanden zijn wat de wijzigingen in de geschiedenis van de basislijn maken."
        case .verifyDiscussion: """
            Speelt elke wijziging in history.jsonl opnieuw af sinds de map gemaakt
            is, met dezelfde regels, als dezelfde persoon op dezelfde dag, en
            vergelijkt de uitkomst met elk record van elk databestand. Noemt de
            eerste plek waar dat misgaat: een record dat buiten Samen is bewerkt,
            of een regel in de geschiedenis die de regels weigeren. Leest de
            bestanden zelf, nooit de cache, en verandert niets. Stopt met code 3
            als de bestanden niet kloppen.

            Elke ondertekende regel moet ondertekend zijn, over zijn eigen bytes,
            met een sleutel die de auteur toen had aangemeld en niet ingetrokken
            (samen member key); niet-ondertekende regels worden geteld en genoemd.
            --require-signatures maakt van een niet-ondertekende regel een fout,
            voor een netwerk waarvan alle leden een sleutel hebben.

            Een map van voor Samen een basislijn bijhield, kan niet opnieuw worden
            afgespeeld: --make-baseline (een partner of beheerder) neemt de
            bestanden zoals ze nu zijn als waar, met een regel in de geschiedenis
            op hun naam, en de controle begint vanaf daar. Alles daarvoor geldt
            dan op hun woord.

            Voorbeelden:
              samen verify --data ~/st
              samen verify --make-baseline --data ~/st
            """
        case .verifyMakeBaselineHelp: """
            Neem de bestanden zoals ze nu zijn als waar, en controleer vanaf hier: voor \
            een map van voor Samen een basislijn bijhield (een partner of beheerder).
            """
        case .verifyRequireSignaturesHelp: "Faal op de eerste wijziging sinds de basislijn die niet ondertekend is."
        case .historyAbstract: "Toon wie wat veranderde, nieuwste onderaan, en welke wijzigingen ondertekend zijn."
        case .historyDiscussion: """
            De tweede kolom: "ondertekend" met de vingerafdruk van de sleutel als de
            regel een handtekening over zijn eigen bytes draagt, "FOUTE HANDTEKENING"
            als die niet klopt, "niet ondertekend" als er geen is. Of de sleutel van
            de auteur was, bewijst `samen verify`.

            Voorbeeld:
              samen history --limit 20
            """
        case .historyLimitHelp: "Toon alleen de laatste N wijzigingen."
        case .dataHelp: "De datamap."
        case .asHelp: "Werk voor dit lid (een login of lid-id), waar de regels dat toestaan; jullie staan allebei in de geschiedenis."
        case .jsonHelp: "Schrijf één JSON-document naar stdout (vaste veldnamen, geld in centen)."
        case .newSkillHelp: "Een vaardigheid die bewust nieuw is, al lijkt ze op een bestaande (herhaal, of met komma's)."
        case .newPlaceHelp: "Houd --city zoals getypt, al lijkt het op een plaats in de tabel."
        case .devAbstract: "Gereedschap om Samen zelf te testen."
        case .churnCountHelp: "Hoeveel wijzigingen toe te passen."
        case .churnLabelHelp: "Een label om schrijvers uit elkaar te houden."
        case .churnStepsHelp: "Maak van elke wijziging twee stappen in één: een lid en een project, in twee bestanden."
        }
    }
}
