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

    /// A Unicode decoration, or its ASCII stand-in when the locale is not UTF-8.
    func glyph(_ fancy: String, _ plain: String) -> String { unicode ? fancy : plain }
    var dot: String { glyph("·", "-") }
}

extension AppModel {
    var context: PaneContext { PaneContext(state: state, capacity: capacity, today: today, unicode: unicode) }
    /// The screen between the header and the bottom line's owner, in screen coordinates.
    var screen: Rect { Rect(x: 0, y: 0, width: width, height: height) }
}
