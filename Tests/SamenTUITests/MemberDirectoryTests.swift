import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

@Suite("Member directory")
struct MemberDirectoryTests {
    @Test func firstScreenAt80x24() throws {
        let model = try TUIFixture.model(width: 80, height: 24)
        Snapshot.check(model.render().text, named: "members-80x24")
    }

    @Test func firstScreenAt120x40() throws {
        let model = try TUIFixture.model(width: 120, height: 40)
        Snapshot.check(model.render().text, named: "members-120x40")
    }

    @Test func tooSmallSaysWhatItNeedsAndQStillQuits() throws {
        var model = try TUIFixture.model(width: 50, height: 12)
        let screen = model.render().text
        Snapshot.check(screen, named: "too-small-50x12")
        #expect(screen.contains("Samen needs at least 60×15"))
        #expect(model.send(Keys.press(.char("j"))) == [])
        #expect(model.send(Keys.press(.char("q"))) == [.quit])
    }

    @Test func filteringFindsIllustratorsAsYouType() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        model.send(Keys.press(.char("/")) + Keys.type("illus"))
        let screen = model.render().text
        Snapshot.check(screen, named: "members-filter-illus-120x40")
        #expect(screen.contains("Filter: illus"))
        let shown = model.members.rows.indices.map { model.members.member(atRow: $0).id }
        #expect(!shown.isEmpty)
        #expect(model.members.rows.indices.allSatisfy { model.members.member(atRow: $0).skills.contains("illustration") })
        #expect(screen.contains("\(shown.count)/40 members"))
        // Esc clears the filter and shows everyone again.
        model.send(Keys.press(.escape))
        #expect(model.members.rows.count == 40)   // 39 and Lieke, who applied
    }

    @Test func sortingBySpareHoursPutsTheMostFreeFirst() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        model.send(Keys.press(.char("s")))
        #expect(model.members.sort == .spare)
        let spare = model.members.rows.indices.map { model.members.facts(atRow: $0) }.map { $0.spareThisWeek + $0.spareNextFour }
        #expect(spare == spare.sorted(by: >))
        #expect(model.render().text.contains("sort: spare hours, most first"))
    }

    @Test func movingKeepsTheSelectionOnScreen() throws {
        var model = try TUIFixture.model(width: 80, height: 24)
        model.send(Keys.press(.char("G")))
        #expect(model.members.selection == 39)
        #expect(model.members.scroll + model.membersListHeight > 39)
        model.send(Keys.press(.char("g"), .down, .down, .char("j"), .up, .char("k")))
        #expect(model.members.selection == 1)
        model.send(Keys.press(.pageDown))
        #expect(model.members.selection == 1 + model.membersListHeight - 1)
        Snapshot.check(model.render().text, named: "members-paged-80x24")
    }

    @Test func helpOverlayListsEveryKey() throws {
        var model = try TUIFixture.model(width: 100, height: 30)
        model.send(Keys.press(.char("?")))
        let screen = model.render().text
        Snapshot.check(screen, named: "members-keys-100x30")
        for key in ["/", "Enter", "s", "n", "e", "x", "q  Ctrl-C", "Ctrl-L"] { #expect(screen.contains(key)) }
        model.send(Keys.press(.escape))
        #expect(model.overlay == nil)
    }

    @Test func panesSwitchWithNumbersAndTab() throws {
        var model = try TUIFixture.model()
        model.send(Keys.press(.char("2")))
        #expect(model.pane == .projects)
        #expect(model.render().text.contains(" Incoming 5 "))
        model.send(Keys.press(.tab, .tab))
        #expect(model.pane == .finances)
        model.send(Keys.press(.backTab, .backTab, .backTab))
        #expect(model.pane == .members)
    }

    @Test func narrowTerminalsStackTheDetailUnderTheList() throws {
        let narrow = try TUIFixture.model(width: 80, height: 30).render().text.split(separator: "\n", omittingEmptySubsequences: false)
        let wide = try TUIFixture.model(width: 130, height: 30).render().text.split(separator: "\n", omittingEmptySubsequences: false)
        // The first member (alphabetical: Anaïs) is selected; her detail is below the list when narrow...
        let narrowDetail = narrow.firstIndex { $0 == " Anaïs Laurent" }
        #expect(narrowDetail != nil && narrowDetail! > 12)
        // ...and beside it when wide.
        #expect(wide[2].hasSuffix("│ Anaïs Laurent"))
    }

    @Test func wideCharactersAndAccentsKeepColumnsAligned() throws {
        let model = try TUIFixture.model(width: 120, height: 45)
        let canvas = model.render()
        // The ROLE column starts at the same cell on every row, whatever the name's script.
        let header = canvas.text.split(separator: "\n")[2]
        let roleColumn = DisplayWidth.of(String(header[..<header.range(of: "ROLE")!.lowerBound]))
        var checked = 0
        for y in 3..<(canvas.height - 1) {
            let cell = canvas[roleColumn, y].text
            let row = (0..<roleColumn).map { canvas[$0, y].text }.joined()
            if row.contains("林") || row.contains("Zoë") || row.contains("Çelik") {
                #expect(cell == "m", "row \(y): \(row)")
                checked += 1
            }
        }
        #expect(checked >= 2)
    }

    @Test func stringsFromDataCannotReachTheTerminalRaw() throws {
        var state = try TUIFixture.unit2()
        _ = try state.apply(.addMember(Member(id: "evil", name: "Evil\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}Name", role: .member,
                                              city: "Leiden\u{9B}31m", joined: TUIFixture.today)),
                            context: ChangeContext(identity: .administrator("test"), today: TUIFixture.today))
        var model = AppModel(state: state, actor: "eric", today: TUIFixture.today, width: 120, height: 45)
        model.send(Keys.press(.char("/")) + Keys.type("evil") + Keys.press(.enter))
        let canvas = model.render()
        let all = canvas.cells.map(\.text).joined()
        #expect(!all.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
        #expect(canvas.text.contains("Evil\u{FFFD}[2J\u{FFFD}]0;pwned\u{FFFD}\u{FFFD}Name"))
    }

    @Test func asciiLineDrawingWithoutUTF8() throws {
        let model = AppModel(state: try TUIFixture.unit2(), actor: "eric", today: TUIFixture.today, width: 80, height: 24, unicode: false)
        let text = model.render().text
        #expect(!text.contains("─"))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        Snapshot.check(text, named: "members-ascii-80x24")
    }

    @Test func mouseClickSelectsARowAndATab() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        let layout = MembersLayout(width: 120, height: 40)
        model.send([.mouse(MouseEvent(kind: .click, x: 5, y: layout.firstRowY + 3))])
        #expect(model.members.selection == 3)
        model.send([.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 10))])
        #expect(model.members.selection == 6)
        let projectsTab = model.tabPositions.first { $0.pane == .projects }!
        model.send([.mouse(MouseEvent(kind: .click, x: projectsTab.x + 1, y: 0))])
        #expect(model.pane == .projects)
    }

    @Test func resizeKeepsWorking() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        model.send(Keys.press(.char("G")))
        model.send([.resize(width: 70, height: 18)])
        #expect(model.members.selection == 39)
        #expect(model.members.scroll + model.membersListHeight > 39)
        #expect(model.render().text.contains("Zoë de Vries"))
        model.send([.resize(width: 40, height: 10)])
        #expect(model.render().text.contains("needs at least"))
    }
}

@Suite("Member filter")
struct MemberFilterTests {
    /// Narrowing reuses the previous result; typing, deleting and retyping
    /// must always give what a fresh filter gives.
    @Test func narrowingAndWideningAgreeWithAFreshFilter() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        model.send(Keys.press(.char("/")))
        let script: [Key] = "leid".map { .char($0) } + [.backspace, .backspace] + "iden desi".map { .char($0) } + [.backspace, .ctrl("u")] + "zo".map { .char($0) }
        for key in script {
            model.send([.key(key)])
            // One filter pass over everyone, with no earlier result to narrow.
            var fresh = try TUIFixture.model(width: 120, height: 40)
            fresh.members.filter = model.members.filter
            fresh.members.applyFilterAndSort()
            #expect(model.members.rows == fresh.members.rows, "filter '\(model.members.filter)'")
        }
        #expect(model.members.rows.count == 1)   // "zo": only Zoë de Vries
    }
}

@Suite("Member directory meanings")
struct MemberMeaningTests {
    /// What colour stands for is checked as meaning, so a theme cannot hide it:
    /// the selected row, an overbooked number (also marked "!"), a needs-work marker.
    @Test func selectionOverbookingAndNeedsWorkAreMarked() throws {
        var state = try TUIFixture.unit2()
        let ctx = ChangeContext(identity: .administrator("test"), today: TUIFixture.today)
        _ = try state.apply(.addMember(Member(id: "over", name: "Aaa Overbooked", role: .member, city: "Leiden",
                                              hours: [ContractedHours(hoursPerWeek: 4, from: TUIFixture.today)], joined: TUIFixture.today)), context: ctx)
        _ = try state.apply(.addProject(Project(id: 0, title: "Rush", client: "C", city: "Leiden", estimatedHours: 40,
                                                period: DateRange(start: TUIFixture.today, weeks: 2), received: .now())), context: ctx)
        let id = state.projects.lastID!
        _ = try state.apply(.setLead(project: id, member: "over"), context: ctx)
        _ = try state.apply(.moveProject(project: id, to: .proposal, reason: nil, note: ""), context: ctx)
        _ = try state.apply(.moveProject(project: id, to: .active, reason: nil, note: ""), context: ctx)
        _ = try state.apply(.allocate(project: id, Allocation(member: "over", hoursPerWeek: 10, range: state.project(id)!.period)), context: ctx)
        var model = AppModel(state: state, actor: "eric", today: TUIFixture.today, width: 120, height: 40)
        let canvas = model.render()
        let rows = canvas.text.split(separator: "\n", omittingEmptySubsequences: false)
        let overRow = try #require(rows.firstIndex { $0.contains("Aaa Overbooked") && $0.contains("-6!") })
        #expect(canvas.role(ofText: "Aaa Overbooked", onRow: overRow) == .selection)   // first row, selected
        model.send(Keys.press(.down))
        let after = model.render()
        #expect(after.role(ofText: "-6!", onRow: overRow) == .overbooked)
        let esther = try #require(rows.firstIndex { $0.contains("Esther van Leeuwen ✱") })
        #expect(after.role(ofText: "Esther van Leeuwen ✱", onRow: esther) == .needsWork)
    }
}
