import SamenCore

/// The give-and-take view's own words (`b` in the Members pane); what it
/// says about each member is `GiveAndTakeWords`, shared with the command line.
enum GiveTakeWords: Phrase {
    case keyOpen, keyOpenHelp, keyMove, keyMoveHelp, keyPage, keyFirstLast, keyBack, keyBackHelp, keyMouseHelp
    case columnName, columnBalance
    case members(Int)
    case row(Int)
    case broughtIn, products
    case legendShort

    var en: String {
        switch self {
        case .keyOpen: "give & take"
        case .keyOpenHelp: "what each member brought in and took this year"
        case .keyMove: "move"
        case .keyMoveHelp: "move through the members"
        case .keyPage: "a page up or down"
        case .keyFirstLast: "first or last member"
        case .keyBack: "back"
        case .keyBackHelp: "back to the members"
        case .keyMouseHelp: "a click selects a member, the wheel scrolls"
        case .columnName: "NAME"
        case .columnBalance: "BALANCE"
        case let .members(n): plural(n, "1 member", "# members") + ", by name"
        case let .row(n): "row \(n)"
        case .broughtIn: "Brought in:"
        case .products: "Helps build:"
        case .legendShort: "█ brought  ░ taken, in hours; not a score"
        }
    }

    var nl: String {
        switch self {
        case .keyOpen: "halen & brengen"
        case .keyOpenHelp: "wat elk lid dit jaar binnenbracht en haalde"
        case .keyMove: "kies"
        case .keyMoveHelp: "door de leden bewegen"
        case .keyPage: "een pagina omhoog of omlaag"
        case .keyFirstLast: "eerste of laatste lid"
        case .keyBack: "terug"
        case .keyBackHelp: "terug naar de leden"
        case .keyMouseHelp: "een klik kiest een lid, het wieltje scrolt"
        case .columnName: "NAAM"
        case .columnBalance: "BALANS"
        case let .members(n): plural(n, "1 lid", "# leden") + ", op naam"
        case let .row(n): "rij \(n)"
        case .broughtIn: "Binnengebracht:"
        case .products: "Bouwt mee aan:"
        case .legendShort: "█ gebracht  ░ gehaald, in uren; geen score"
        }
    }
}
