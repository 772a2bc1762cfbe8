import Testing
@testable import SamenCore
@testable import SamenTUI

/// The one list every pane moves through: the same keys and the same mouse
/// do the same thing in the directory, the heat map, the pipeline, help
/// requests and the ledger.
@Suite("List state")
struct ListStateTests {
    /// A list of `count` rows seen `height` at a time, after `keys`.
    private func moved(_ keys: [Key], count: Int = 100, height: Int = 10, from start: ListState = ListState()) -> ListState {
        var list = start
        for k in keys {
            if let m = ListMotion(key: k, page: height - 1) { list.apply(m, count: count, height: height) }
        }
        return list
    }

    @Test func arrowsAndVimKeysMoveOneRow() {
        #expect(moved([.down, .down, .char("j")]).selection == 3)
        #expect(moved([.down, .down, .up, .char("k"), .char("k")]).selection == 0, "never above the first row")
    }

    @Test func pagesMoveAScreenLessOneRowSoTheLastStaysInSight() {
        let list = moved([.pageDown])
        #expect(list.selection == 9 && list.scroll == 0)
        #expect(moved([.pageDown, .pageDown]).scroll == 9, "the second page starts at the previous page's last row")
        #expect(moved([.pageDown, .pageUp]).selection == 0)
    }

    @Test func homeEndAndGGoToTheEnds() {
        for first in [Key.home, .char("g")] { #expect(moved([.end, first]) == ListState(selection: 0, scroll: 0)) }
        for last in [Key.end, .char("G")] { #expect(moved([last]) == ListState(selection: 99, scroll: 90), "the last row shows at the bottom") }
    }

    @Test func otherKeysAreNotMotions() {
        #expect(ListMotion(key: .char("x"), page: 5) == nil)
        #expect(ListMotion(key: .enter, page: 5) == nil)
        #expect(ListMotion(key: .left, page: 5) == nil, "← → are the panes' own (stages, lists, views)")
    }

    @Test func theSelectionStaysInViewAndTheListNeverScrollsPastItsEnd() {
        var list = ListState(selection: 50, scroll: 0)
        list.keepSelectionVisible(count: 100, height: 10)
        #expect(list.scroll == 41, "scrolled just enough: the selection on the last line")
        list = ListState(selection: 5, scroll: 95)
        list.keepSelectionVisible(count: 100, height: 10)
        #expect(list.scroll == 5)
        // The list shrank (a filter): no empty screen below the last row.
        list = ListState(selection: 3, scroll: 0)
        list.keepSelectionVisible(count: 4, height: 10)
        #expect(list.scroll == 0)
        list = ListState(selection: 99, scroll: 90)
        list.select(99, count: 20, height: 10)
        #expect(list == ListState(selection: 19, scroll: 10))
    }

    @Test func anEmptyListIgnoresEveryMove() {
        #expect(moved([.down, .end, .pageDown], count: 0) == ListState())
    }

    @Test func onlyTheVisibleRowsAreDrawn() {
        #expect(ListState(selection: 0, scroll: 0).visibleRows(count: 100, height: 10) == 0..<10)
        #expect(ListState(selection: 97, scroll: 95).visibleRows(count: 100, height: 10) == 95..<100)
        #expect(ListState().visibleRows(count: 0, height: 10).isEmpty)
    }

    @Test func aClickFindsItsRowAndTheWheelMovesThree() {
        let list = ListState(selection: 12, scroll: 10)
        #expect(list.row(atY: 5, firstRowY: 3, count: 100, height: 10) == 12)
        #expect(list.row(atY: 2, firstRowY: 3, count: 100, height: 10) == nil, "above the list: the header")
        #expect(list.row(atY: 13, firstRowY: 3, count: 100, height: 10) == nil, "below the list")
        #expect(list.row(atY: 8, firstRowY: 3, count: 14, height: 10) == nil, "an empty line under the last row selects nothing")
        #expect(ListMotion(wheel: .wheelDown) == .by(3))
        #expect(ListMotion(wheel: .wheelUp) == .by(-3))
        #expect(ListMotion(wheel: .click) == nil)
    }

    /// The same keys move the same way in every pane's list.
    @Test func everyPaneListMovesAlike() throws {
        var model = try TUIFixture.model(width: 100, height: 20)
        model.send(Keys.press(.end))
        #expect(model.members.selection == model.members.rows.count - 1)
        #expect(model.members.scroll == model.members.rows.count - model.membersListHeight)
        model.send(Keys.press(.char("g"), .pageDown))
        #expect(model.members.selection == model.membersListHeight - 1)

        model.send(Keys.press(.char("3"), .char("G")))
        #expect(model.help.selection == model.help.rows.count - 1)
        model.send(Keys.press(.home))
        #expect(model.help.selection == 0)

        model.send(Keys.press(.char("2"), .char("]"), .char("]"), .char("]"), .char("G")))
        #expect(model.projects.stage == .done)
        #expect(model.projects.selection == model.projects.shown.count - 1)
        model.send(Keys.press(.char("k")))
        #expect(model.projects.selection == model.projects.shown.count - 2)
    }
}
