import SamenCore

extension AppModel {
    /// The bottom line in the help pane: the keys that apply now, most used first
    /// (on a narrow screen the last ones fall off; `?` lists them all).
    var helpKeys: [(String, String)] {
        let move = glyph("↑↓", "Up/Dn"), lists = glyph("←→", "<- ->")
        if help.filtering { return [("type", "filter"), ("Enter", "keep"), ("Esc", "clear")] }
        if help.list == .share {
            if help.detailOnly { return [("Esc", "back"), (move, "member"), ("e", "edit pitch"), ("?", "keys"), ("q", "quit")] }
            return [(move, "move"), (lists, "lists"), ("/", "who knows"), ("e", "edit pitch"), ("Enter", "open"), ("?", "all keys"), ("q", "quit")]
        }
        if help.detailOnly {
            return [("Esc", "back"), (move, "request"), ("o", "offer"), ("m", "accept"), ("c", "close"), ("?", "keys"), ("q", "quit")]
        }
        return [(move, "move"), (lists, "lists"), ("/", "filter"), ("n", "ask"), ("o", "offer"), ("m", "accept"), ("c", "close"),
                ("?", "all keys"), ("w", "withdraw"), ("q", "quit"), ("Enter", "open")]
    }

    /// Every key of the help pane, for `?`.
    var helpKeyHelp: [(String, String)] {
        [(glyph("← →  h l", "Left Right  h l"), "lists: Open, Mine, Closed, Share"),
         ("Enter", "open the request full size; again or Esc to go back"),
         ("/", "filter by topic, text or name (Share: pitch, skill); Esc clears"),
         ("n", "ask the network: advice, needs work or other"),
         ("o", "offer help on the selected request"),
         ("m", "accept an offer (the asker, or a partner or coordinator)"),
         ("c", "close the request with a note on what came of it"),
         ("w", "withdraw your own request"),
         ("e", "on the Share list: edit the member's Share pitch"),
         ("mouse", "click selects a row, a list or a tab; the wheel scrolls")]
    }
}
