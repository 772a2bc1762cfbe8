import SamenCore

/// The proposed team in "who could do this?": its keys, what they say, and
/// the one question before the whole team is staffed. (The team's own lines
/// are `TeamProposalText`'s, the same as the command line's.)
enum TeamViewWords: Phrase {
    case staffTeamKey, staffTeamHelp, swapOutKey, swapOutHelp, bringBackHelp
    case confirm(project: Int, title: String, members: [String], tentative: Bool)
    case askTeamKey, askTeamHelp
    case confirmAsk(project: Int, title: String, members: [String], alreadyAsked: [String])
    case everyoneAsked
    case nothingProposed, swapOutWhich, nobodySwappedOut
    case swappedOut(String), broughtBack
    case bringBackHint

    var en: String {
        switch self {
        case .staffTeamKey: "staff team"
        case .staffTeamHelp: "staff the whole proposed team at its hours, after one question (tentative until the project is won)"
        case .swapOutKey: "swap out"
        case .swapOutHelp: "take the selected member out of the proposed team; the hours are shared out again"
        case .bringBackHelp: "bring back everyone swapped out of the proposed team"
        case let .confirm(id, title, members, tentative):
            "Staff the proposed team on project \(id) (\(title))\(tentative ? ", tentative until won" : "")? \(members.joined(separator: ", "))"
        case .askTeamKey: "ask team"
        case .askTeamHelp: "ask everyone on the proposed team whether they want to join, each for the hours proposed, after one question; who already has an open question is not asked again"
        case let .confirmAsk(id, title, members, already):
            "Ask the proposed team on project \(id) (\(title)) whether they want to join? \(members.joined(separator: ", "))"
                + (already.isEmpty ? "" : ". Already asked: \(already.joined(separator: ", "))")
        case .everyoneAsked: "Everyone on the proposed team has been asked already; their answers show beside their names."
        case .nothingProposed: "No team is proposed for this project."
        case .swapOutWhich: "Select a member of the proposed team to swap out."
        case .nobodySwappedOut: "Nobody is swapped out."
        case let .swappedOut(name): "\(name) swapped out: the hours are shared out again (u brings them back)."
        case .broughtBack: "Everyone swapped out is back in the running."
        case .bringBackHint: "u brings them back"
        }
    }

    var nl: String {
        switch self {
        case .staffTeamKey: "team inzetten"
        case .staffTeamHelp: "zet het hele voorgestelde team in op zijn uren, na één vraag (voorlopig tot het project binnen is)"
        case .swapOutKey: "wissel uit"
        case .swapOutHelp: "haal het gekozen lid uit het voorgestelde team; de uren worden opnieuw verdeeld"
        case .bringBackHelp: "haal iedereen die eruit gewisseld is terug in het voorstel"
        case let .confirm(id, title, members, tentative):
            "Het voorgestelde team op project \(id) (\(title)) zetten\(tentative ? ", voorlopig tot het binnen is" : "")? \(members.joined(separator: ", "))"
        case .askTeamKey: "team vragen"
        case .askTeamHelp: "vraag iedereen in het voorgestelde team of ze mee willen doen, elk voor de voorgestelde uren, na één vraag; wie al een open vraag heeft, wordt niet opnieuw gevraagd"
        case let .confirmAsk(id, title, members, already):
            "Het voorgestelde team op project \(id) (\(title)) vragen of ze mee willen doen? \(members.joined(separator: ", "))"
                + (already.isEmpty ? "" : ". Al gevraagd: \(already.joined(separator: ", "))")
        case .everyoneAsked: "Iedereen in het voorgestelde team is al gevraagd; hun antwoord staat bij hun naam."
        case .nothingProposed: "Voor dit project is geen team voorgesteld."
        case .swapOutWhich: "Kies een lid van het voorgestelde team om uit te wisselen."
        case .nobodySwappedOut: "Er is niemand uitgewisseld."
        case let .swappedOut(name): "\(name) eruit gewisseld: de uren zijn opnieuw verdeeld (u haalt terug)."
        case .broughtBack: "Iedereen die eruit gewisseld was, doet weer mee."
        case .bringBackHint: "u haalt terug"
        }
    }
}
