import SamenCore

/// The finances pane as it is drawn: the pane, what it reads of the shell
/// (`PaneContext`) and its area. The overview, ledger, statements and rate
/// card are written against this, so they read `state`, `width` or
/// `glyph` as before without reaching into the shell's model. It only
/// reads: holding the pane copies no ledger (its arrays are shared, copy on write).
struct FinancesScreen {
    let finances: FinancesPane
    let context: PaneContext
    let area: Rect

    var state: NetworkState { context.state }
    var today: Day { context.today }
    var unicode: Bool { context.unicode }
    var width: Int { area.width }
    var height: Int { area.height }
    func glyph(_ fancy: String, _ plain: String) -> String { context.glyph(fancy, plain) }
    var dot: String { context.dot }
}
