import SamenCore

/// Asking members whether they want a project, in the dashboard: the key and
/// form in "who could do this?", and the "Asked of me" list where they answer.
enum AskWords: Phrase {
    // In "who could do this?"
    case askKey, askHelp, askTitle(name: String, id: Int), askHoursHint, noteHint, nobodyToAsk
    case saidNoHeading
    case saidNoLine(name: String, why: String, note: String)
    // "Asked of me"
    case askedOfMe, askedOfMeKey, askedOfMeHelp, allOpenQuestions
    case headerProject, headerAskedBy, headerMember, headerHours, headerState
    case nothingAskedOfYou, noOpenQuestions, notAMember
    case yesKey, noKey, allKey, yesHelp, noHelp, allHelp, back, keys, quit, move
    case answerYesTitle(id: Int, title: String), answerNoTitle(id: Int, title: String)
    case hoursYouCanGive, hoursYouCanGiveHint(asked: Hours, need: Hours)
    case reason, noReasonGiven, whyNotHint
    case askedBy(String, on: Day, hours: Hours)
    case notYours(String)
    case alreadyAnswered

    var en: String {
        switch self {
        case .askKey: "ask"
        case .askHelp: "Ask the selected member whether they want to join (hours a week, a note)"
        case let .askTitle(name, id): "Ask \(name) to join project \(id)"
        case .askHoursHint: "hours a week you ask for"
        case .noteHint: "optional"
        case .nobodyToAsk: "Select a suggested member to ask"
        case .saidNoHeading: "Asked, said no"
        case let .saidNoLine(name, why, note): "  \(name): \(why)" + (note.isEmpty ? "" : " (\(note))")
        case .askedOfMe: "Asked of me"
        case .askedOfMeKey: "asked of me"
        case .askedOfMeHelp: "Asked of me: projects you are asked to join, and your answers"
        case .allOpenQuestions: "Every open question"
        case .headerProject: "PROJECT"
        case .headerAskedBy: "ASKED BY"
        case .headerMember: "ASKED"
        case .headerHours: "H/WK"
        case .headerState: "STATE"
        case .nothingAskedOfYou: "Nobody has asked you to join a project."
        case .noOpenQuestions: "No open questions."
        case .notAMember: "You are not a member of this network, so nothing is asked of you; a shows every open question."
        case .yesKey: "yes"
        case .noKey: "no"
        case .allKey: "all"
        case .yesHelp: "Yes: join, with the hours a week you can give"
        case .noHelp: "No: not this one, with a reason if you like"
        case .allHelp: "Every open question in the network, or only yours"
        case .back: "back"
        case .keys: "keys"
        case .quit: "quit"
        case .move: "move"
        case let .answerYesTitle(id, title): "Yes to project \(id): \(title)"
        case let .answerNoTitle(id, title): "No to project \(id): \(title)"
        case .hoursYouCanGive: "Hours a week"
        case let .hoursYouCanGiveHint(asked, need): "asked \(asked), the project needs about \(need)"
        case .reason: "Reason"
        case .noReasonGiven: "(no reason)"
        case .whyNotHint: "optional"
        case let .askedBy(name, day, hours): "Asked by \(name) on \(day.shown), \(hours) h/wk"
        case let .notYours(name): "This question is to \(name); only they, or a partner for them, answer it"
        case .alreadyAnswered: "Already answered"
        }
    }

    var nl: String {
        switch self {
        case .askKey: "vragen"
        case .askHelp: "Vraag het gekozen lid of het mee wil doen (uren per week, een notitie)"
        case let .askTitle(name, id): "\(name) vragen voor project \(id)"
        case .askHoursHint: "uren per week waar je om vraagt"
        case .noteHint: "optioneel"
        case .nobodyToAsk: "Kies een voorgesteld lid om te vragen"
        case .saidNoHeading: "Gevraagd, zei nee"
        case let .saidNoLine(name, why, note): "  \(name): \(why)" + (note.isEmpty ? "" : " (\(note))")
        case .askedOfMe: "Aan mij gevraagd"
        case .askedOfMeKey: "aan mij gevraagd"
        case .askedOfMeHelp: "Aan mij gevraagd: projecten waarvoor je gevraagd bent, en je antwoorden"
        case .allOpenQuestions: "Alle open vragen"
        case .headerProject: "PROJECT"
        case .headerAskedBy: "GEVRAAGD DOOR"
        case .headerMember: "GEVRAAGD"
        case .headerHours: "U/WK"
        case .headerState: "STAND"
        case .nothingAskedOfYou: "Niemand heeft je gevraagd voor een project."
        case .noOpenQuestions: "Geen open vragen."
        case .notAMember: "Je bent geen lid van dit netwerk, dus er is jou niets gevraagd; a toont alle open vragen."
        case .yesKey: "ja"
        case .noKey: "nee"
        case .allKey: "alle"
        case .yesHelp: "Ja: meedoen, met de uren per week die je kunt geven"
        case .noHelp: "Nee: deze niet, met een reden als je wilt"
        case .allHelp: "Alle open vragen in het netwerk, of alleen die aan jou"
        case .back: "terug"
        case .keys: "toetsen"
        case .quit: "stoppen"
        case .move: "bewegen"
        case let .answerYesTitle(id, title): "Ja tegen project \(id): \(title)"
        case let .answerNoTitle(id, title): "Nee tegen project \(id): \(title)"
        case .hoursYouCanGive: "Uren per week"
        case let .hoursYouCanGiveHint(asked, need): "gevraagd \(asked.shown), het project vraagt zo'n \(need.shown)"
        case .reason: "Reden"
        case .noReasonGiven: "(geen reden)"
        case .whyNotHint: "optioneel"
        case let .askedBy(name, day, hours): "Gevraagd door \(name) op \(day.shown), \(hours.shown) u/wk"
        case let .notYours(name): "Deze vraag is aan \(name); alleen die, of een partner namens hen, beantwoordt hem"
        case .alreadyAnswered: "Al beantwoord"
        }
    }
}
