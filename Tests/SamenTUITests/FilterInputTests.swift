import Testing
@testable import SamenCore
@testable import SamenTUI

/// The `/` filter every list uses: a text field with a cursor, whose every
/// edit filters again, and the same keys to leave it in every pane.
@Suite("Filter input")
struct FilterInputTests {
    @Test func editsFilterAgainAndCursorMovesDoNot() {
        var f = FilterInput()
        f.start()
        #expect(f.key(.char("a")) == .changed)
        #expect(f.key(.left) == .unchanged)
        #expect(f.key(.home) == .unchanged)
        #expect(f.key(.char("b")) == .changed)
        #expect(f.text == "ba", "typed where the cursor is")
        #expect(f.key(.function(5)) == .unchanged)
    }

    @Test func leavingKeepsOrClears() {
        var f = FilterInput("leiden")
        f.start()
        #expect(f.key(.enter) == .kept && f.text == "leiden" && !f.typing)
        f.start()
        #expect(f.key(.down) == .leave(.down) && f.text == "leiden" && !f.typing, "↓ goes back to the list and moves in it")
        f.start()
        #expect(f.key(.escape) == .changed && f.text.isEmpty && !f.typing)
        f.start()
        #expect(f.key(.escape) == .kept, "Esc on an empty filter changes nothing")
    }

    @Test func comingBackToAFilterNarrowsIt() {
        var f = FilterInput("illus")
        f.start()
        _ = f.key(.char("t"))
        #expect(f.text == "illust")
    }

    @Test func readlineKeysWorkInAFilter() {
        var f = FilterInput()
        f.start()
        for c in "leiden design" { _ = f.key(.char(c)) }
        #expect(f.key(.ctrl("w")) == .changed && f.text == "leiden ")
        _ = f.key(.ctrl("u"))
        #expect(f.text.isEmpty)
    }

    /// Every pane's filter is the same field: Home and a correction at the
    /// start work in the directory, the heat map, projects, help and the ledger.
    @Test func theCursorMovesInEveryPanesFilter() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        let fix = Keys.type("lustration") + Keys.press(.home) + Keys.type("il") + Keys.press(.end)
        model.send(Keys.press(.char("/")) + fix)
        #expect(model.members.filter == "illustration")
        #expect(model.render().text.contains("Filter: illustration▏"))
        model.send(Keys.press(.enter, .char("c"), .char("/")) + Keys.press(.ctrl("u")) + fix)
        #expect(model.capacityView?.filter == "illustration")
        model.send(Keys.press(.enter, .escape, .char("2"), .char("/")) + fix)
        #expect(model.projects.filter == "illustration")
        model.send(Keys.press(.enter, .char("3"), .char("/")) + fix)
        #expect(model.help.filter == "illustration")
        model.send(Keys.press(.enter, .char("4"), .char("/")) + Keys.type("rent") + Keys.press(.alt("b")) + Keys.type("building "))
        #expect(model.finances.filter == "building rent", "Alt-B is a word back while typing, not Esc and b")
        #expect(model.finances.filtering)
    }

    @Test func theCursorInsideTheTextIsShown() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        model.send(Keys.press(.char("/")) + Keys.type("leiden") + Keys.press(.left, .left))
        let screen = model.render()
        #expect(screen.text.contains("Filter: leiden "), "no bar inside the word")
        // "Filter: " from column 1, so "leiden" from 9: the cursor stands on its second "e".
        #expect(screen[13, 1].text == "e" && screen[13, 1].role == .tabActive, "the character under the cursor is highlighted")
        #expect(screen[12, 1].role == .inputActive)
    }
}
