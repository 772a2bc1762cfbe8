import SamenCore

/// Help and output of `samen project ask`, `asks` and `answer`.
enum AskCommandWords: Phrase {
    case askAbstract, askDiscussion, membersHelp, askHoursHelp
    case asksAbstract, asksDiscussion, allHelp
    case answerAbstract, answerDiscussion, yesHelp, noHelp, answerHoursHelp, reasonHelp, memberHelp
    case askedBy, state
    case nothingAsked, noOpenQuestions
    case whoAreYou(String)
    case yesOrNo, reasonGoesWithNo, hoursGoWithYes
    case wantsMoreHelp
    case teamHelp, teamAlone, membersOrTeam, hoursNeeded
    case noTeamProposed(Int), everyoneAsked(Int)

    var en: String {
        switch self {
        case .askAbstract: "Ask members whether they want to join a project."
        case .askDiscussion: """
            Puts a question to each member named: do you want to join this
            project, for about these hours a week? They see it in
            `samen project asks` and the dashboard's "Asked of me", and answer
            with `samen project answer`. A yes puts them on the team as
            staffing does: tentatively while the project is not yet won, and
            from today if it has started; a no leaves them out of this
            project's suggestions.
            Whoever may staff the project may ask. Asking is not required:
            `samen project staff` still staffs directly.

            --team asks the team `samen project suggest` proposes for work
            nobody can do alone, each member for the hours proposed for them,
            as one change; who already has an open question is not asked again.

            Examples:
              samen project ask 12 katleen miriam --hours 8 --note "Kick-off in Utrecht"
              samen project ask 19 --team
            """
        case .membersHelp: "The members to ask (ids)."
        case .askHoursHelp: "Hours a week you ask for."
        case .asksAbstract: "The questions asked of you: projects you are asked to join."
        case .asksDiscussion: """
            Lists the questions asked of you on open projects, newest first:
            open ones with their age, answered ones with your answer. With
            --all, every open question in the network, oldest first.

            Examples:
              samen project asks
              samen project asks --all --json
            """
        case .allHelp: "Every open question in the network, not only yours."
        case .answerAbstract: "Answer a question to join a project: yes with your hours, or no."
        case .answerDiscussion: """
            --yes takes the hours asked unless --hours says otherwise (at most
            what the project needs a week); it puts you on the team as staffing
            does: tentatively while the project is not yet won, and from today if
            it has started.
            --no may say why: no-time, not-my-kind, not-this-client or other.
            "not-this-client" also records the client as one you do not work for.

            Examples:
              samen project answer 12 --yes --hours 6
              samen project answer 12 --no --reason not-this-client
            """
        case .yesHelp: "Yes, I want to join."
        case .noHelp: "No, not this one."
        case .answerHoursHelp: "Hours a week you can give (default: what was asked)."
        case .reasonHelp: "Why not: \(JoinDeclineReason.allowedValues)."
        case .memberHelp: "Answer for this member (a partner or coordinator recording an answer)."
        case .askedBy: "ASKED BY"
        case .state: "STATE"
        case .nothingAsked: "Nobody has asked you to join a project."
        case .noOpenQuestions: "No open questions."
        case let .whoAreYou(name): "'\(name)' is not a member of this network, so nothing is asked of you; use --all, or --as a member"
        case .yesOrNo: "say --yes or --no"
        case .reasonGoesWithNo: "--reason goes with --no"
        case .hoursGoWithYes: "--hours goes with --yes"
        case .teamHelp: "Ask the proposed team (as `samen project suggest` shows it), each member for the hours proposed for them."
        case .teamAlone: "--team asks each member of the proposed team for the hours proposed for them: name no members and no --hours"
        case .membersOrTeam: "name the members to ask (ids), or --team for the proposed team"
        case .hoursNeeded: "--hours is needed: the hours a week you ask for"
        case let .noTeamProposed(id): "project \(id) has no proposed team: it is closed, someone can do it alone, or nobody inside has the skills (see samen project suggest \(id)); name the members to ask"
        case let .everyoneAsked(id): "everyone on project \(id)'s proposed team has been asked already (see samen project asks --all)"
        case .wantsMoreHelp: "Kinds of work (skills or topics) this member wants more of, comma-separated; staffing weighs it when network.json's matchingWeights sets wantsMore. An empty value clears it."
        }
    }

    var nl: String {
        switch self {
        case .askAbstract: "Vraag leden of ze mee willen doen aan een project."
        case .askDiscussion: """
            Legt elk genoemd lid de vraag voor: wil je meedoen aan dit project,
            voor ongeveer zoveel uur per week? Ze zien de vraag in
            `samen project asks` en in "Aan mij gevraagd" op het dashboard, en
            antwoorden met `samen project answer`. Een ja zet ze in het team zoals
            bemensen dat doet: voorlopig zolang het project nog niet gewonnen is,
            en vanaf vandaag als het al begonnen is; een nee haalt ze uit de
            suggesties voor dit project.
            Wie het project mag bemensen, mag vragen. Vragen hoeft niet:
            `samen project staff` bemenst nog steeds direct.

            --team vraagt het team dat `samen project suggest` voorstelt voor werk
            dat niemand alleen kan doen, elk lid voor de voorgestelde uren, als
            één wijziging; wie al een open vraag heeft, wordt niet opnieuw gevraagd.

            Voorbeelden:
              samen project ask 12 katleen miriam --hours 8 --note "Aftrap in Utrecht"
              samen project ask 19 --team
            """
        case .membersHelp: "De leden die je vraagt (id's)."
        case .askHoursHelp: "Uren per week waar je om vraagt."
        case .asksAbstract: "De vragen aan jou: projecten waarvoor je gevraagd bent."
        case .asksDiscussion: """
            Toont de vragen aan jou bij open projecten, nieuwste eerst: open
            vragen met hun leeftijd, beantwoorde met je antwoord. Met --all elke
            open vraag in het netwerk, oudste eerst.

            Voorbeelden:
              samen project asks
              samen project asks --all --json
            """
        case .allHelp: "Elke open vraag in het netwerk, niet alleen die aan jou."
        case .answerAbstract: "Beantwoord een vraag om mee te doen: ja met je uren, of nee."
        case .answerDiscussion: """
            --yes neemt de gevraagde uren, tenzij --hours iets anders zegt
            (hoogstens wat het project per week nodig heeft); het zet je in het
            team zoals bemensen dat doet: voorlopig zolang het project nog niet
            gewonnen is, en vanaf vandaag als het al begonnen is. --no mag zeggen
            waarom: no-time (geen tijd), not-my-kind
            (niet mijn soort werk), not-this-client (niet deze klant) of other.
            "not-this-client" legt de klant ook vast als klant waarvoor je niet werkt.

            Voorbeelden:
              samen project answer 12 --yes --hours 6
              samen project answer 12 --no --reason not-this-client
            """
        case .yesHelp: "Ja, ik doe mee."
        case .noHelp: "Nee, deze niet."
        case .answerHoursHelp: "Uren per week die je kunt geven (standaard: wat gevraagd is)."
        case .reasonHelp: "Waarom niet: \(JoinDeclineReason.allowedValues)."
        case .memberHelp: "Antwoord namens dit lid (een partner of coördinator die een antwoord vastlegt)."
        case .askedBy: "GEVRAAGD DOOR"
        case .state: "STAND"
        case .nothingAsked: "Niemand heeft je gevraagd voor een project."
        case .noOpenQuestions: "Geen open vragen."
        case let .whoAreYou(name): "'\(name)' is geen lid van dit netwerk, dus er is jou niets gevraagd; gebruik --all, of --as een lid"
        case .yesOrNo: "zeg --yes of --no"
        case .reasonGoesWithNo: "--reason hoort bij --no"
        case .hoursGoWithYes: "--hours hoort bij --yes"
        case .teamHelp: "Vraag het voorgestelde team (zoals `samen project suggest` het toont), elk lid voor de voorgestelde uren."
        case .teamAlone: "--team vraagt elk lid van het voorgestelde team voor de voorgestelde uren: noem geen leden en geen --hours"
        case .membersOrTeam: "noem de leden die je vraagt (id's), of --team voor het voorgestelde team"
        case .hoursNeeded: "--hours is nodig: de uren per week waar je om vraagt"
        case let .noTeamProposed(id): "project \(id) heeft geen voorgesteld team: het is gesloten, iemand kan het alleen, of niemand binnen heeft de vaardigheden (zie samen project suggest \(id)); noem de leden die je vraagt"
        case let .everyoneAsked(id): "iedereen in het voorgestelde team van project \(id) is al gevraagd (zie samen project asks --all)"
        case .wantsMoreHelp: "Soorten werk (vaardigheden of onderwerpen) waar dit lid meer van wil, met komma's; de bemensing weegt het mee als matchingWeights in network.json wantsMore zet. Een lege waarde wist het."
        }
    }
}
