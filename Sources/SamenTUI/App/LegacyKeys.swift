/// Keys written the old way, acting on the whole model and returning
/// effects, for the panes not yet made components (see docs/DESIGN-widgets.md).
/// Each is wrapped into the one generic `KeyBinding` shape; this file goes
/// when the last pane acts on itself through `PaneIO`.
extension KeyBinding where Target == AppModel {
    init(_ keys: [Key], line: (rank: Int, key: String, what: String)? = nil, help: (key: String, what: String)? = nil,
         action: @escaping (inout AppModel, Key) -> [Effect]) {
        self.init(keys, line: line, help: help) { m, io, k in io.run(action(&m, k)) }
    }

    static func list(line: (rank: Int, key: String, what: String)? = nil, help: (key: String, what: String)? = nil,
                     _ move: @escaping (inout AppModel, Key) -> Void) -> KeyBinding {
        list(line: line, help: help) { m, _, k in move(&m, k) }
    }
}

extension Keymap where Target == AppModel {
    static func filter(typing what: String = "filter", _ action: @escaping (inout AppModel, Key) -> [Effect]) -> Keymap {
        filter(typing: what) { m, io, k in io.run(action(&m, k)) }
    }
}
