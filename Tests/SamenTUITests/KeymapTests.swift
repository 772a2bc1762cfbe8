import Testing
@testable import SamenCore
@testable import SamenTUI

/// Each pane declares its keys once; the dispatch, the bottom line and `?`
/// come from that one list. These check the lists themselves in every
/// state a pane has: no key bound twice, none hidden behind the shell's.
@Suite("Keymaps")
struct KeymapTests {
    /// The pane in front in many states: each list, detail, filter and view.
    private func states() throws -> [(String, AppModel)] {
        var out: [(String, AppModel)] = []
        var m = try TUIFixture.model(width: 120, height: 40)
        func keep(_ name: String, _ keys: [InputEvent]) {
            m.send(keys)
            out.append((name, m))
        }
        keep("members", [])
        keep("member open", Keys.press(.enter))
        keep("members filter", Keys.press(.escape, .char("/")))
        keep("capacity", Keys.press(.enter, .char("c")))
        keep("capacity member", Keys.press(.enter))
        keep("capacity filter", Keys.press(.escape, .char("/")))
        keep("projects", Keys.press(.enter, .escape, .escape, .char("2")))
        for stage in ["proposal", "active", "done", "closed"] { keep("projects \(stage)", Keys.press(.char("]"))) }
        keep("projects incoming", Keys.press(.char("]")))
        keep("suggestions", Keys.press(.char("t")))
        keep("suggested member", Keys.press(.enter))
        keep("help", Keys.press(.escape, .escape, .char("3")))
        keep("request open", Keys.press(.enter))
        keep("share", Keys.press(.escape, .left))
        keep("finances overview", Keys.press(.char("4")))
        keep("ledger", Keys.press(.char("l")))
        keep("entry open", Keys.press(.enter))
        keep("statements", Keys.press(.escape, .char("s")))
        keep("statement open", Keys.press(.enter))
        keep("rates", Keys.press(.escape, .char("R")))
        return out
    }

    @Test func noKeyIsBoundTwiceNorHiddenByTheShell() throws {
        let shell: Set<Key> = [.char("q"), .ctrl("c"), .char("?"), .tab, .backTab, .char("1"), .char("2"), .char("3"), .char("4")]
        for (name, model) in try states() {
            let keymap = model.paneKeymap
            var seen = Set<Key>()
            for b in keymap.bindings where b.action != nil {
                for k in b.keys {
                    #expect(seen.insert(k).inserted, "\(name): \(k) bound twice")
                    #expect(!shell.contains(k), "\(name): \(k) is the shell's key")
                }
            }
        }
    }

    @Test func everyBottomLineNamesHelpAndQuitAndEveryListedKeyWorks() throws {
        for (name, model) in try states() {
            let keymap = model.paneKeymap
            let line = keymap.keyLine.map(\.0)
            if keymap.fallback != nil {
                #expect(line == ["type", "Enter", "Esc"], "\(name): a filter says how to leave it")
                continue
            }
            #expect(line.contains("?") && line.contains("q"), "\(name): \(line)")
            // A binding named on the line or in `?` with keys of its own does something.
            for b in keymap.bindings where !b.keys.isEmpty && (b.line != nil || b.help != nil) {
                #expect(b.action != nil, "\(name): \(b.keys) is listed but does nothing")
            }
        }
    }

    @Test func theLineAndTheListFollowTheState() throws {
        var m = try TUIFixture.model(width: 120, height: 40)
        m.send(Keys.press(.char("2")))
        #expect(m.currentKeys.map(\.0).contains("a"), "incoming: accept is named")
        m.send(Keys.press(.char("]")))
        #expect(!m.currentKeys.map(\.0).contains("a") && m.currentKeys.map(\.0).contains("w"), "proposal: won, not accept")
        m.send(Keys.press(.char("?")))
        #expect(m.render().text.contains("won: active"))
        #expect(!m.render().text.contains("accept into proposal"))
    }
}
