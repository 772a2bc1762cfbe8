/// One key of a pane, declared once: the keys that do it, what it does, and
/// how it is named on the bottom line and in the `?` list. The dispatch,
/// the bottom line and `?` are all made from these, so a key cannot work
/// without being listed, or be listed where it does nothing.
///
/// Generic over what the key acts on (ratatui's and bubbletea's components):
/// a pane's keys act on the pane itself and ask the shell for anything else
/// (a message, a form, a save) through the `PaneIO` they are handed, so a
/// pane never reaches into the whole model. The shell lifts a pane's keymap
/// onto itself with `lifted(_:)` to dispatch it.
struct KeyBinding<Target> {
    typealias Action = (inout Target, inout PaneIO, Key) -> Void

    /// The keys that run `action`. Empty for a line that only explains
    /// (the mouse, a legend) or a key the shell handles (`q`, `?`, `1-4`).
    var keys: [Key]
    /// On the bottom line: its place (lower first: on a narrow screen the
    /// last ones give way), the key as written there, a word or two. Nil: not shown there.
    var line: (rank: Int, key: String, what: String)?
    /// In the `?` list, in declaration order: the key as written there, what it does. Nil: not listed.
    var help: (key: String, what: String)?
    var action: Action?

    init(_ keys: [Key], line: (rank: Int, key: String, what: String)? = nil, help: (key: String, what: String)? = nil,
         action: Action? = nil) {
        self.keys = keys
        self.line = line
        self.help = help
        self.action = action
    }

    /// A key the shell handles (quit, this list, panes), named where the pane wants it.
    static func named(line: (rank: Int, key: String, what: String)? = nil, help: (key: String, what: String)? = nil) -> KeyBinding {
        KeyBinding([], line: line, help: help)
    }

    /// The same key acting on something that holds the target (the shell
    /// holding a pane): `route` finds the target and runs the action on it.
    func lifted<Outer>(_ route: @escaping (inout Outer, inout PaneIO, Key, Action) -> Void) -> KeyBinding<Outer> {
        KeyBinding<Outer>(keys, line: line, help: help, action: action.map { act in { outer, io, key in route(&outer, &io, key, act) } })
    }
}

/// The keys that work now in the pane in front (bubbletea's key.Map with
/// its help): what a key does, the bottom line, and the `?` list.
struct Keymap<Target> {
    var bindings: [KeyBinding<Target>]
    /// Every other key, while a text is typed (a filter takes every character).
    var fallback: KeyBinding<Target>.Action?

    init(_ bindings: [KeyBinding<Target>], fallback: KeyBinding<Target>.Action? = nil) {
        self.bindings = bindings
        self.fallback = fallback
    }

    /// What `key` does here, if anything.
    func action(for key: Key) -> KeyBinding<Target>.Action? {
        bindings.first { $0.action != nil && $0.keys.contains(key) }?.action ?? fallback
    }

    /// The bottom line's keys, most used first.
    var keyLine: [(String, String)] {
        bindings.enumerated().compactMap { i, b in b.line.map { (rank: $0.rank, i: i, key: $0.key, what: $0.what) } }
            .sorted { ($0.rank, $0.i) < ($1.rank, $1.i) }
            .map { ($0.key, $0.what) }
    }

    /// Every key, for `?`.
    var helpList: [(String, String)] { bindings.compactMap { $0.help.map { ($0.key, $0.what) } } }

    static func + (a: Keymap, b: [KeyBinding<Target>]) -> Keymap { Keymap(a.bindings + b, fallback: a.fallback) }

    /// The whole keymap acting on what holds its target (see `KeyBinding.lifted`).
    func lifted<Outer>(_ route: @escaping (inout Outer, inout PaneIO, Key, KeyBinding<Target>.Action) -> Void) -> Keymap<Outer> {
        Keymap<Outer>(bindings.map { $0.lifted(route) },
                      fallback: fallback.map { act in { outer, io, key in route(&outer, &io, key, act) } })
    }

    /// The keys while a filter is typed: every key edits it, except what leaves it.
    static func filter(typing what: String? = nil, _ action: @escaping KeyBinding<Target>.Action) -> Keymap {
        Keymap([KeyBinding([], line: (0, FormWords.typeKey.text, what ?? FormWords.typingFilter.text)),
                KeyBinding([], line: (1, "Enter", FormWords.keep.text)),
                KeyBinding([], line: (2, "Esc", FormWords.clear.text))],
               fallback: action)
    }
}

extension KeyBinding {
    /// ↑ ↓ j k, PgUp PgDn, g G Home End on a pane's list, as one binding;
    /// `move` runs the motion on the list in front.
    static func list(line: (rank: Int, key: String, what: String)? = nil, help: (key: String, what: String)? = nil,
                     _ move: @escaping Action) -> KeyBinding {
        KeyBinding([.up, .down, .char("k"), .char("j"), .pageUp, .pageDown, .home, .end, .char("g"), .char("G")],
                   line: line, help: help, action: move)
    }

    /// Tab and 1-4, as the `?` list of most panes names them.
    static var paneSwitchHelp: [KeyBinding] { [
        .named(help: ("Tab Shift-Tab", FormWords.nextOrPreviousPane.text)),
        .named(help: ("1 2 3 4", FormWords.panesInOrder.text)),
    ] }
}
