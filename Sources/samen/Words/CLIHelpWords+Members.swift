import SamenCore

/// Help of `samen member` and `samen member key`.
enum MemberHelpWords: Phrase {
    case memberAbstract
    case listAbstract, listDiscussion, listSkillHelp, listRoleHelp, listAllHelp
    case showAbstract, showDiscussion, memberIdHelp
    case nameHelp, roleHelp, skillsHelp, seniorityHelp, cityHelp, hoursHelp, emailHelp, phoneHelp, loginHelp, pitchHelp, involvementHelp, desksHelp
    case addAbstract, addDiscussion, addIdHelp, addJoinedHelp
    case editAbstract, editDiscussion, editHoursFromHelp
    case leftAbstract, leftDiscussion, leftOnHelp
    case timeOffAbstract, timeOffDiscussion, timeOffFromHelp, timeOffToHelp, timeOffNoteHelp, timeOffRemoveHelp
    case declineAbstract, declineDiscussion, declineClientsHelp, declineRemoveHelp, declineNoneHelp
    case keyAbstract, keyDiscussion
    case keyListAbstract, keyListDiscussion
    case keyAddAbstract, keyAddDiscussion, keyAddFileHelp
    case keyReplaceAbstract, keyReplaceDiscussion, keyReplaceOldHelp, keyReplaceFileHelp
    case keyRevokeAbstract, keyRevokeDiscussion, keyRevokeFingerprintHelp

    var en: String {
        switch self {
        case .memberAbstract: "List, show, add and edit members."
        case .listAbstract: "List the members (those who left only with --all)."
        case .listDiscussion: """
            Examples:
              samen member list --skill illustration
              samen member list --role associate --json | jq '.[].name'
            """
        case .listSkillHelp: "Only members with this skill (repeat for several; all must match)."
        case .listRoleHelp: "Only members with this role: \(Role.allowedValues)."
        case .listAllHelp: "Include members who left."
        case .showAbstract: "Show one member."
        case .showDiscussion: "Example:\n  samen member show eric"
        case .memberIdHelp: "The member's id."
        case .nameHelp: "Full name."
        case .roleHelp: "Role: \(Role.allowedValues)."
        case .skillsHelp: "Skills, comma separated: design,illustration."
        case .seniorityHelp: "Seniority: \(Seniority.allowedValues)."
        case .cityHelp: "Home city (for travel)."
        case .hoursHelp: "Contracted hours per week for network work (0-80, in half hours: 16, 2.5 or 2,5)."
        case .emailHelp: "Email address."
        case .phoneHelp: "Phone number."
        case .loginHelp: "Unix user name on the shared server."
        case .pitchHelp: "The Share pitch: what this member is good at."
        case .involvementHelp: "How often they take part: \(Involvement.allowedValues)."
        case .desksHelp: "Desks rented in the shared space."
        case .addAbstract: "Add a member."
        case .addDiscussion: """
            The id is derived from the name unless --id is given.

            Example:
              samen member add --name "Lotte de Vries" --role member \\
                    --skills illustration,design --seniority medior \\
                    --city Leiden --hours 16
            """
        case .addIdHelp: "A short id to use instead of one derived from the name."
        case .addJoinedHelp: "Joining date (default today)."
        case .editAbstract: "Change a member's details."
        case .editDiscussion: """
            Only the options given change. New contracted hours take effect today
            unless --hours-from says otherwise; earlier weeks keep the old hours.

            Example:
              samen member edit lotte --hours 24 --hours-from 2027-01-04 \\
                    --skills illustration,design,animation
            """
        case .editHoursFromHelp: "The day new --hours take effect (default today)."
        case .leftAbstract: "Record that a member left the network (their history stays)."
        case .leftDiscussion: "Example:\n  samen member left bram --on 2026-12-31"
        case .leftOnHelp: "The day they left (default today)."
        case .timeOffAbstract: "Record time off, or take it back; it lowers the member's capacity in those weeks."
        case .timeOffDiscussion: """
            Examples:
              samen member time-off lotte --from 2026-12-21 --to 2027-01-03 --note holiday
              samen member time-off lotte --remove --from 2026-12-21
            """
        case .timeOffFromHelp: "First day off."
        case .timeOffToHelp: "Last day off."
        case .timeOffNoteHelp: "A note, e.g. holiday."
        case .timeOffRemoveHelp: "Take back the time off that starts on --from."
        case .declineAbstract: "Say which clients a member will not work for; staffing then leaves them out for those clients."
        case .declineDiscussion: """
            Clients are added to the member's list (compared without case), or taken
            off with --remove; --none empties the list.

            Examples:
              samen member decline-client lotte "Shell" "Tabaksfabriek Noord"
              samen member decline-client lotte --remove Shell
              samen member decline-client lotte --none
            """
        case .declineClientsHelp: "Client names as the projects write them."
        case .declineRemoveHelp: "Take these clients off the list."
        case .declineNoneHelp: "Will work for any client: empty the list."
        case .keyAbstract: "Register, replace, revoke and list the ssh keys a member signs their changes with."
        case .keyDiscussion: """
            Once a member has a key registered, every change they make is signed
            with it (ssh-keygen -Y sign, namespace "samen"): from the key file
            $SAMEN_SIGNING_KEY names, else ~/.ssh/id_ed25519, or through ssh-agent
            when the key has a passphrase. `samen verify` then checks that each
            change is signed by a key its author had registered at the time.

            A member registers their own key; a partner or bookkeeper may do it
            for them (a new laptop, a lost one). Only ssh-ed25519 keys are taken.
            A revoked key's earlier signatures stay valid; nothing it signs after
            counts.

            Examples:
              samen member key add lotte                      # ~/.ssh/id_ed25519.pub
              samen member key add lotte ~/.ssh/laptop.pub
              ssh-add -L | head -1 | samen member key add lotte -
              samen member key replace lotte SHA256:abc… ~/.ssh/new.pub
              samen member key revoke lotte SHA256:abc…
              samen member key list lotte
            """
        case .keyListAbstract: "List a member's keys, revoked ones too."
        case .keyListDiscussion: "Example:\n  samen member key list lotte"
        case .keyAddAbstract: "Register a key; the member's changes are signed with it from then on."
        case .keyAddDiscussion: "Examples:\n  samen member key add lotte\n  samen member key add lotte ~/.ssh/laptop.pub"
        case .keyAddFileHelp: "The public key file (default ~/.ssh/id_ed25519.pub; - reads one line from stdin)."
        case .keyReplaceAbstract: "Revoke a key and register its successor, as one change."
        case .keyReplaceDiscussion: "Example:\n  samen member key replace lotte SHA256:abc… ~/.ssh/new.pub"
        case .keyReplaceOldHelp: "The fingerprint of the key to revoke (samen member key list)."
        case .keyReplaceFileHelp: "The new public key file (default ~/.ssh/id_ed25519.pub; - for stdin)."
        case .keyRevokeAbstract: "Revoke a key: what it signed stays valid, nothing after."
        case .keyRevokeDiscussion: "Example:\n  samen member key revoke lotte SHA256:abc…"
        case .keyRevokeFingerprintHelp: "The key's fingerprint (samen member key list)."
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
        case .memberAbstract: "Leden tonen, toevoegen en wijzigen."
        case .listAbstract: "Toon de leden (wie vertrokken is alleen met --all)."
        case .listDiscussion: """
            Voorbeelden:
              samen member list --skill illustration
              samen member list --role associate --json | jq '.[].name'
            """
        case .listSkillHelp: "Alleen leden met deze vaardigheid (herhaal voor meer; ze moeten allemaal kloppen)."
        case .listRoleHelp: "Alleen leden met deze rol: \(Role.allowedValues)."
        case .listAllHelp: "Ook leden die vertrokken zijn."
        case .showAbstract: "Toon één lid."
        case .showDiscussion: "Voorbeeld:\n  samen member show eric"
        case .memberIdHelp: "Het id van het lid."
        case .nameHelp: "Volledige naam."
        case .roleHelp: "Rol: \(Role.allowedValues)."
        case .skillsHelp: "Vaardigheden, met komma's: design,illustration."
        case .seniorityHelp: "Senioriteit: \(Seniority.allowedValues)."
        case .cityHelp: "Woonplaats (voor reisafstand)."
        case .hoursHelp: "Afgesproken uren per week voor netwerkwerk (0-80, in halve uren: 16, 2.5 of 2,5)."
        case .emailHelp: "E-mailadres."
        case .phoneHelp: "Telefoonnummer."
        case .loginHelp: "Unix-gebruikersnaam op de gedeelde server."
        case .pitchHelp: "De Share-pitch: waar dit lid goed in is."
        case .involvementHelp: "Hoe vaak ze meedoen: \(Involvement.allowedValues)."
        case .desksHelp: "Gehuurde werkplekken in de gedeelde ruimte."
        case .addAbstract: "Voeg een lid toe."
        case .addDiscussion: """
            Het id komt uit de naam, tenzij je --id geeft.

            Voorbeeld:
              samen member add --name "Lotte de Vries" --role member \\
                    --skills illustration,design --seniority medior \\
                    --city Leiden --hours 16
            """
        case .addIdHelp: "Een kort id, in plaats van een uit de naam."
        case .addJoinedHelp: "Datum van aanmelden (standaard vandaag)."
        case .editAbstract: "Wijzig de gegevens van een lid."
        case .editDiscussion: """
            Alleen de opties die je geeft veranderen. Nieuwe afgesproken uren gelden
            vanaf vandaag, tenzij --hours-from iets anders zegt; eerdere weken houden
            de oude uren.

            Voorbeeld:
              samen member edit lotte --hours 24 --hours-from 2027-01-04 \\
                    --skills illustration,design,animation
            """
        case .editHoursFromHelp: "De dag dat de nieuwe --hours ingaan (standaard vandaag)."
        case .leftAbstract: "Leg vast dat een lid het netwerk verliet (de geschiedenis blijft)."
        case .leftDiscussion: "Voorbeeld:\n  samen member left bram --on 2026-12-31"
        case .leftOnHelp: "De dag van vertrek (standaard vandaag)."
        case .timeOffAbstract: "Leg verlof vast, of neem het terug; het verlaagt de capaciteit van het lid in die weken."
        case .timeOffDiscussion: """
            Voorbeelden:
              samen member time-off lotte --from 2026-12-21 --to 2027-01-03 --note holiday
              samen member time-off lotte --remove --from 2026-12-21
            """
        case .timeOffFromHelp: "Eerste vrije dag."
        case .timeOffToHelp: "Laatste vrije dag."
        case .timeOffNoteHelp: "Een notitie, bijv. vakantie."
        case .timeOffRemoveHelp: "Neem het verlof terug dat op --from begint."
        case .declineAbstract: "Zeg voor welke klanten een lid niet werkt; bij bemensen vallen ze dan af voor die klanten."
        case .declineDiscussion: """
            Klanten komen op de lijst van het lid (hoofdletters tellen niet), of gaan
            eraf met --remove; --none maakt de lijst leeg.

            Voorbeelden:
              samen member decline-client lotte "Shell" "Tabaksfabriek Noord"
              samen member decline-client lotte --remove Shell
              samen member decline-client lotte --none
            """
        case .declineClientsHelp: "Namen van klanten zoals de projecten ze schrijven."
        case .declineRemoveHelp: "Haal deze klanten van de lijst."
        case .declineNoneHelp: "Werkt voor elke klant: maak de lijst leeg."
        case .keyAbstract: "De ssh-sleutels waarmee een lid wijzigingen ondertekent: aanmelden, vervangen, intrekken en tonen."
        case .keyDiscussion: """
            Zodra een lid een sleutel heeft aangemeld, wordt elke wijziging van dat
            lid ermee ondertekend (ssh-keygen -Y sign, namespace "samen"): met het
            sleutelbestand dat $SAMEN_SIGNING_KEY noemt, anders ~/.ssh/id_ed25519,
            of via ssh-agent als de sleutel een wachtwoord heeft. `samen verify`
            controleert dan dat elke wijziging ondertekend is met een sleutel die de
            auteur toen had aangemeld.

            Een lid meldt de eigen sleutel aan; een partner of boekhouder mag dat
            voor hen doen (een nieuwe laptop, een verloren). Alleen ssh-ed25519-
            sleutels. Wat een ingetrokken sleutel eerder ondertekende blijft geldig;
            wat hij daarna ondertekent telt niet.

            Voorbeelden:
              samen member key add lotte                      # ~/.ssh/id_ed25519.pub
              samen member key add lotte ~/.ssh/laptop.pub
              ssh-add -L | head -1 | samen member key add lotte -
              samen member key replace lotte SHA256:abc… ~/.ssh/new.pub
              samen member key revoke lotte SHA256:abc…
              samen member key list lotte
            """
        case .keyListAbstract: "Toon de sleutels van een lid, ook ingetrokken."
        case .keyListDiscussion: "Voorbeeld:\n  samen member key list lotte"
        case .keyAddAbstract: "Meld een sleutel aan; de wijzigingen van het lid worden er voortaan mee ondertekend."
        case .keyAddDiscussion: "Voorbeelden:\n  samen member key add lotte\n  samen member key add lotte ~/.ssh/laptop.pub"
        case .keyAddFileHelp: "Het bestand met de publieke sleutel (standaard ~/.ssh/id_ed25519.pub; - leest één regel van stdin)."
        case .keyReplaceAbstract: "Trek een sleutel in en meld zijn opvolger aan, als één wijziging."
        case .keyReplaceDiscussion: "Voorbeeld:\n  samen member key replace lotte SHA256:abc… ~/.ssh/new.pub"
        case .keyReplaceOldHelp: "De vingerafdruk van de sleutel die eruit gaat (samen member key list)."
        case .keyReplaceFileHelp: "Het nieuwe bestand met de publieke sleutel (standaard ~/.ssh/id_ed25519.pub; - voor stdin)."
        case .keyRevokeAbstract: "Trek een sleutel in: wat hij ondertekende blijft geldig, daarna niets meer."
        case .keyRevokeDiscussion: "Voorbeeld:\n  samen member key revoke lotte SHA256:abc…"
        case .keyRevokeFingerprintHelp: "De vingerafdruk van de sleutel (samen member key list)."
        }
    }
}
