import SamenCore

/// A part of the screen a pane draws in.
struct Rect: Equatable {
    var x: Int, y: Int, width: Int, height: Int
}

/// What a pane may read of the shell while it draws or acts: the data and
/// what is derived from it once for every pane, the day, who acts, and
/// whether the terminal shows Unicode. Panes get this, not the whole model.
/// `NetworkState` and `CapacityIndex` are copy-on-write: handing them over
/// per key press copies no member or ledger entry.
struct PaneContext {
    let state: NetworkState
    let capacity: CapacityIndex
    let today: Day
    let unicode: Bool
    /// Who acts (their login, or the member acted for), for what a pane says about "you".
    let actor: String
    /// Who acts, as the system says: what every "may I?" asks the policy about.
    let identity: ChangeContext.Identity

    /// A context for a change made now, or tried on a copy to ask whether it may be.
    var changeContext: ChangeContext { ChangeContext(identity: identity, today: today) }

    /// A Unicode decoration, or its ASCII stand-in when the locale is not UTF-8.
    func glyph(_ fancy: String, _ plain: String) -> String { unicode ? fancy : plain }
    var dot: String { glyph("·", "-") }
    /// The domain's "·" and "…" as "-" and "..." where only ASCII can be shown.
    func plain(_ text: String) -> String {
        unicode ? text : String(text.flatMap { $0 == "…" ? Array("...") : $0 == "·" ? ["-"] : [$0] })
    }
}

extension AppModel {
    var context: PaneContext {
        PaneContext(state: state, capacity: capacity, today: today, unicode: unicode, actor: actor, identity: identity)
    }
    /// The screen between the header and the bottom line's owner, in screen coordinates.
    var screen: Rect { Rect(x: 0, y: 0, width: width, height: height) }
    /// What a pane's action is handed: the context, its area, and room for its requests.
    var paneIO: PaneIO { PaneIO(context: context, area: screen) }
}
