import SamenCore

/// A part of the screen a pane draws in.
struct Rect: Equatable {
    var x: Int, y: Int, width: Int, height: Int
}

/// What a pane may read of the shell while it draws: the data and what is
/// derived from it once for every pane, the day, and whether the terminal
/// shows Unicode. Panes get this, not the whole model.
struct PaneContext {
    let state: NetworkState
    let capacity: CapacityIndex
    let today: Day
    let unicode: Bool
    /// Who acts (their login, or the member acted for), for what a pane says about "you".
    let actor: String

    /// A Unicode decoration, or its ASCII stand-in when the locale is not UTF-8.
    func glyph(_ fancy: String, _ plain: String) -> String { unicode ? fancy : plain }
    var dot: String { glyph("·", "-") }
    /// The domain's "·" and "…" as "-" and "..." where only ASCII can be shown.
    func plain(_ text: String) -> String {
        unicode ? text : String(text.flatMap { $0 == "…" ? Array("...") : $0 == "·" ? ["-"] : [$0] })
    }
}

extension AppModel {
    var context: PaneContext { PaneContext(state: state, capacity: capacity, today: today, unicode: unicode, actor: actor) }
    /// The screen between the header and the bottom line's owner, in screen coordinates.
    var screen: Rect { Rect(x: 0, y: 0, width: width, height: height) }
}
