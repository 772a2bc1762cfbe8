import SamenCore

/// The words of the widgets every pane shares: forms (what a field takes,
/// the question before discarding, saving), the `/` filter, and the keys
/// most panes list alike.
enum FormWords: Phrase {
    case aNumber, anAmountOfMoney
    case takes(label: String, what: String)
    case takesNothingPasted(label: String, what: String)
    case choiceNothingPasted(String)
    case save, apply, saving
    case discard(dot: String)
    case dayLike(what: String, got: String)
    case dayForms(what: String, got: String)
    case weekLike(what: String, got: String)
    case filterLabel
    case typeKey, typingFilter, keep, clear
    case mouse
    case nextOrPreviousPane
    case panesInOrder

    var en: String {
        switch self {
        case .aNumber: "a number"
        case .anAmountOfMoney: "an amount of money"
        case let .takes(label, what): "\(label) takes \(what)"
        case let .takesNothingPasted(label, what): "\(label) takes \(what); nothing was pasted"
        case let .choiceNothingPasted(label): "\(label) is a choice, chosen with the arrow keys; nothing was pasted"
        case .save: "save"
        case .apply: "apply"
        case .saving: "saving..."
        case let .discard(dot): "Discard your changes? Esc discards \(dot) any other key keeps editing"
        case let .dayLike(what, got): "\(what) must look like 2026-12-31, got '\(got)'"
        case let .dayForms(what, got): "\(what) must be \(DayInput.forms); got '\(got)'"
        case let .weekLike(what, got): "\(what) must be a week like 2027-W02 or a date in it, got '\(got)'"
        case .filterLabel: "Filter: "
        case .typeKey: "type"
        case .typingFilter: "filter"
        case .keep: "keep"
        case .clear: "clear"
        case .mouse: "mouse"
        case .nextOrPreviousPane: "next or previous pane"
        case .panesInOrder: "Members, Projects, Help, Finances"
        }
    }

    var nl: String {
        switch self {
        case .aNumber: "een getal"
        case .anAmountOfMoney: "een bedrag"
        case let .takes(a, b): "\(a) neemt alleen \(b)"
        case let .takesNothingPasted(a, b): "\(a) neemt alleen \(b); er is niets geplakt"
        case let .choiceNothingPasted(a): "\(a) is een keuze, met de pijltjes; er is niets geplakt"
        case .save: "opslaan"
        case .apply: "toepassen"
        case .saving: "opslaan..."
        case let .discard(a): "Je wijzigingen weggooien? Esc gooit weg \(a) een andere toets gaat verder"
        case let .dayLike(a, b): "\(a) moet een datum zijn als 31-12-2026, niet '\(b)'"
        case let .dayForms(a, b): "\(a) moet een datum zijn als 31-12-2026, 2026-12-31, vandaag, morgen of ma; niet '\(b)'"
        case let .weekLike(a, b): "\(a) moet een week zijn, zoals wk 48, 48 of wk 48 2026, of een datum erin; niet '\(b)'"
        case .filterLabel: "Zoeken: "
        case .typeKey: "typ"
        case .typingFilter: "zoekterm"
        case .keep: "houden"
        case .clear: "wissen"
        case .mouse: "muis"
        case .nextOrPreviousPane: "volgend of vorig tabblad"
        case .panesInOrder: "Leden, Projecten, Hulp, Geld"
        }
    }
}
