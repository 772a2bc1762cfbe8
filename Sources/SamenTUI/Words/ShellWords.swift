import SamenCore

/// The dashboard's own words around the panes: tabs, the header, the bottom
/// line, the key list, the question before a change, a screen too small.
enum ShellWords: Phrase {
    case members, projects, help, finances, capacity
    case actingAs(String)
    case keysTitle(String)
    case close, nextField, lines, choose, cancel, yes, no
    /// On the key list's frame when rows lie below it: "↓ more".
    case more, scroll
    case redraw, thisList, quit
    case nothingChanged
    case areYouSure, yesNoHint(dot: String)
    case tooSmallLong(need: String, have: String), tooSmallShort(need: String, have: String), tooSmallShortest(need: String, have: String)

    var en: String {
        switch self {
        case .members: "Members"
        case .projects: "Projects"
        case .help: "Help"
        case .finances: "Finances"
        case .capacity: "Capacity"
        case let .actingAs(who): "as \(who)"
        case let .keysTitle(pane): "Keys: \(pane)"
        case .close: "close"
        case .more: "more"
        case .scroll: "scroll"
        case .nextField: "next field"
        case .lines: "lines"
        case .choose: "choose"
        case .cancel: "cancel"
        case .yes: "yes"
        case .no: "no"
        case .redraw: "redraw the screen"
        case .thisList: "this list"
        case .quit: "quit"
        case .nothingChanged: "nothing changed"
        case .areYouSure: "Are you sure?"
        case let .yesNoHint(dot): "y yes \(dot) n no"
        case let .tooSmallLong(need, have): "Samen needs at least \(need);|this terminal is \(have).|Make the window bigger, or press q to quit."
        case let .tooSmallShort(need, have): "Too small: \(have), need \(need).|Resize, or q to quit."
        case let .tooSmallShortest(need, have): "\(have), need \(need); q quits"
        }
    }

    var nl: String {
        switch self {
        case .members: "Leden"
        case .projects: "Projecten"
        case .help: "Hulp"
        case .finances: "Geld"
        case .capacity: "Capaciteit"
        case let .actingAs(who): "als \(who)"
        case let .keysTitle(pane): "Toetsen: \(pane)"
        case .close: "sluiten"
        case .more: "meer"
        case .scroll: "scrollen"
        case .nextField: "volgend veld"
        case .lines: "regels"
        case .choose: "kiezen"
        case .cancel: "annuleren"
        case .yes: "ja"
        case .no: "nee"
        case .redraw: "scherm opnieuw tekenen"
        case .thisList: "deze lijst"
        case .quit: "stoppen"
        case .nothingChanged: "niets veranderd"
        case .areYouSure: "Weet je het zeker?"
        case let .yesNoHint(dot): "j ja \(dot) n nee"
        case let .tooSmallLong(need, have): "Samen heeft minstens \(need) nodig;|deze terminal is \(have).|Maak het venster groter, of druk q om te stoppen."
        case let .tooSmallShort(need, have): "Te klein: \(have), nodig \(need).|Vergroot, of q om te stoppen."
        case let .tooSmallShortest(need, have): "\(have), nodig \(need); q stopt"
        }
    }
}
