import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The Unit-2 demo as the Projects pane sees it on 2026-11-23: five
/// incoming (15, 17, 18, 19, 20), two proposals, five active, five done,
/// and one each declined, lost and cancelled.
enum ProjectsFixture {
    static let ctx = ChangeContext(actor: "eric", now: Timestamp(iso: "2026-11-23T10:00:00Z")!, today: TUIFixture.today)

    /// The demo with issue 4's new assignment added, as `samen project add` does it in
    /// `CapacityCommandTests`: illustrations for a patient leaflet, 48 h over three weeks.
    static func withLeaflet() throws -> (state: NetworkState, id: Int) {
        var state = try TUIFixture.unit2()
        _ = try state.apply(.addProject(leaflet), context: ctx)
        return (state, state.projects.lastID!)
    }

    static let leaflet = Project(id: 0, title: "Illustrations for a patient leaflet", client: "LUMC", skills: ["illustration"],
                                 city: "Leiden", estimatedHours: 48, period: DateRange(start: TUIFixture.today, weeks: 3),
                                 received: Timestamp(secondsSinceEpoch: 0))

    static func model(_ state: NetworkState, width: Int = 120, height: Int = 40) -> AppModel {
        var model = AppModel(state: state, actor: "eric", today: TUIFixture.today, width: width, height: height)
        model.send(Keys.press(.char("2")))
        return model
    }

    /// Ids of the rows the current stage shows, top to bottom.
    static func ids(_ model: AppModel) -> [Int] { model.projects.shown.indices.map { model.projects.project(atRow: $0).id } }

    /// The screen's lines.
    static func lines(_ model: AppModel) -> [String] { model.render().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}

@Suite("Projects pane")
struct ProjectsPaneTests {
    @Test func incomingAt80x24() throws {
        var model = try TUIFixture.model(width: 80, height: 24)
        model.send(Keys.press(.char("2")))
        let screen = model.render().text
        Snapshot.check(screen, named: "projects-incoming-80x24")
        #expect(screen.contains(" Incoming 5 ") && screen.contains(" Proposal 2 ") && screen.contains(" Active 5 ")
                && screen.contains(" Done 5 ") && screen.contains(" Declined/lost/cancelled 3"))
        #expect(screen.contains("[ ] stage"))   // the key line names the stage keys
    }

    @Test func incomingAt120x40() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        model.send(Keys.press(.char("2")))
        Snapshot.check(model.render().text, named: "projects-incoming-120x40")
    }

    @Test func closedStagesAt80x24ShowTheStatus() throws {
        var model = try TUIFixture.model(width: 80, height: 24)
        model.send(Keys.press(.char("2"), .char("[")))
        #expect(model.projects.stage == .closed)
        let screen = model.render().text
        Snapshot.check(screen, named: "projects-closed-80x24")
        #expect(screen.contains(" ID STATUS "))
        for status in ["declined", "lost", "cancelled"] { #expect(screen.contains(status)) }
    }

    @Test func activeAt120x40() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        model.send(Keys.press(.char("2"), .char("]"), .char("]")))
        #expect(model.projects.stage == .active)
        let screen = model.render().text
        Snapshot.check(screen, named: "projects-active-120x40")
        #expect(screen.contains("LEAD"))
        #expect(screen.contains("Team\n") || screen.contains("│ Team"))
    }

    /// Every stage at both sizes the issue names: the stage bar, the columns
    /// that fit, the selected project's detail (side by side at 120 columns,
    /// stacked at 80) and the keys for that stage.
    @Test(arguments: [ProjectStage.proposal, .done, .active, .closed])
    func eachStageAtBothSizes(_ stage: ProjectStage) throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let name = "projects-\(stage)-\(w)x\(h)"
            if ["projects-active-120x40", "projects-closed-80x24"].contains(name) { continue }  // checked above
            var model = try TUIFixture.model(width: w, height: h)
            model.send(Keys.press(.char("2")))
            while model.projects.stage != stage { model.send(Keys.press(.char("]"))) }
            let screen = model.render().text
            Snapshot.check(screen, named: name)
            #expect(!model.projects.shown.isEmpty, "\(name) has projects to show")
            #expect(screen.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= w }, "\(name) fits")
        }
    }

    /// The inbox is a queue: what waits longest comes first, with its age.
    @Test func incomingIsOldestFirstWithItsAge() throws {
        let (state, leaflet) = try ProjectsFixture.withLeaflet()
        let model = ProjectsFixture.model(state, width: 120, height: 40)
        let ids = ProjectsFixture.ids(model)
        let received = ids.map { state.project($0)!.received }
        #expect(received == received.sorted())
        #expect(ids.last == leaflet)            // just came in
        #expect(ids.first == 15)                // 20 days ago
        let lines = ProjectsFixture.lines(model)
        #expect(lines[3].hasPrefix(" ID  AGE TITLE"))
        #expect(lines[4].hasPrefix(" 15   2w Portraits for"))
        #expect(lines.contains { $0.hasPrefix(" \(leaflet)   0d Illustrations for a") })
    }

    @Test func stagesSwitchWithBracketsAndArrowsAndKeepTheirSelection() throws {
        var model = ProjectsFixture.model(try TUIFixture.unit2())
        #expect(model.projects.stage == .incoming)
        model.send(Keys.press(.down, .down))
        #expect(model.projects.selectedProject?.id == 18)
        model.send(Keys.press(.char("]")))
        #expect(model.projects.stage == .proposal)
        #expect(Set(ProjectsFixture.ids(model)) == [14, 16])
        model.send(Keys.press(.right))
        #expect(model.projects.stage == .active)
        #expect(Set(ProjectsFixture.ids(model)) == [9, 10, 11, 12, 13])
        model.send(Keys.press(.char("]"), .char("]")))
        #expect(model.projects.stage == .closed)
        #expect(Set(ProjectsFixture.ids(model)) == [3, 6, 8])
        model.send(Keys.press(.char("]")))   // round to the start
        #expect(model.projects.stage == .incoming)
        #expect(model.projects.selectedProject?.id == 18)   // where it was
        model.send(Keys.press(.left))
        #expect(model.projects.stage == .closed)
        // The stage bar marks the current stage by meaning, not only by colour.
        let canvas = model.render()
        #expect(canvas.role(ofText: "Declined/lost/cancelled 3", onRow: 1) == .tabActive)
        #expect(canvas.role(ofText: "Incoming 5", onRow: 1) == .tab)
    }

    @Test func filterNarrowsEveryStageAsYouTypeAndEscClears() throws {
        var model = ProjectsFixture.model(try TUIFixture.unit2(), width: 120, height: 40)
        model.send(Keys.press(.char("/")) + Keys.type("rijnland"))
        // Typing q, 1-4 or ? goes into the filter, not to the dashboard.
        #expect(model.projects.filtering)
        let screen = model.render().text
        #expect(screen.contains("Filter: rijnland"))
        // The hospital wing (incoming), the magazine (active) and the cycling campaign (active, client Werkgeversservicepunt Rijnland).
        #expect(ProjectsFixture.ids(model) == [18])
        #expect(model.projects.count(.active) == 2 && model.projects.count(.done) == 0)
        #expect(screen.contains(" Incoming 1 ") && screen.contains(" Active 2 ") && screen.contains("3/20 projects"))
        model.send(Keys.press(.char(" ")) + Keys.type("zorg"))
        #expect(model.projects.count(.active) == 1)
        model.send(Keys.press(.enter))
        #expect(!model.projects.filtering)
        model.send(Keys.press(.char("]"), .char("]")))
        #expect(ProjectsFixture.ids(model) == [12])
        model.send(Keys.press(.escape))
        #expect(model.projects.filter.isEmpty)
        #expect(model.projects.matchCount == 20)
    }

    /// Narrowing reuses the previous result; typing, deleting and retyping
    /// must always give what a fresh filter gives.
    @Test func narrowingAndWideningAgreeWithAFreshFilter() throws {
        let state = try TUIFixture.unit2()
        var model = ProjectsFixture.model(state)
        model.send(Keys.press(.char("/")))
        let script: [Key] = "leid".map { .char($0) } + [.backspace, .backspace] + "iden des".map { .char($0) } + [.backspace, .ctrl("u")] + "sanne".map { .char($0) }
        for key in script {
            model.send([.key(key)])
            var fresh = ProjectsFixture.model(state)
            fresh.projects.filter = model.projects.filter
            fresh.projects.applyFilter()
            for s in ProjectStage.allCases {
                #expect(model.projects.rows[s.rawValue] == fresh.projects.rows[s.rawValue], "filter '\(model.projects.filter)' \(s)")
            }
        }
        // Sanne brought in the portraits and the photo book, and led the photo book.
        #expect(model.projects.matchCount == 2)
    }

    @Test func sortCyclesAgeStartSize() throws {
        var model = ProjectsFixture.model(try TUIFixture.unit2())
        model.send(Keys.press(.char("s")))
        #expect(model.projects.sort == .start)
        let starts = ProjectsFixture.ids(model).map { model.state.project($0)!.period.start }
        #expect(starts == starts.sorted())
        #expect(model.render().text.contains("sorted by start, soonest first"))
        model.send(Keys.press(.char("s")))
        let hours = ProjectsFixture.ids(model).map { model.state.project($0)!.estimatedHours }
        #expect(hours == hours.sorted(by: >))
        model.send(Keys.press(.char("]"), .char("]"), .char("]"), .char("s")))   // Done, back to age: the newest first
        #expect(model.projects.sort == .age)
        let received = ProjectsFixture.ids(model).map { model.state.project($0)!.received }
        #expect(received == received.sorted(by: >))
        #expect(model.render().text.contains("sort: age, newest first"))
    }

    @Test func enterOpensTheDetailWithRequirementsTeamAndDecisionLog() throws {
        var model = ProjectsFixture.model(try TUIFixture.unit2(), width: 80, height: 40)
        model.send(Keys.press(.char("]"), .char("]")))           // Active
        while model.projects.selectedProject?.id != 10 { model.send(Keys.press(.down)) }
        model.send(Keys.press(.enter))
        #expect(model.projects.detailOnly)
        let screen = model.render().text
        Snapshot.check(screen, named: "projects-detail-80x40")
        for text in ["Audio tour in four languages", "Client    Museum aan de Singel", "Source    brought in by Anaïs Laurent (anais)",
                     "Budget    € 21.000,00", "Lead      Anaïs Laurent (anais)", "Skills    needs translation, editing",
                     "Nadia Benali", "10 h/wk", "Marloes Kramer (outside) 6 h/wk", "Decisions (UTC)", "proposal → active · signed by Museum aan de Singel"] {
            #expect(screen.contains(text), "\(text)")
        }
        model.send(Keys.press(.down))                             // the next project, still full size
        #expect(model.projects.detailOnly && model.projects.selectedProject?.id != 10)
        model.send(Keys.press(.escape))
        #expect(!model.projects.detailOnly)
    }

    @Test func helpOverlayListsTheProjectKeys() throws {
        var model = ProjectsFixture.model(try TUIFixture.unit2(), width: 100, height: 30)
        model.send(Keys.press(.char("?")))
        let screen = model.render().text
        Snapshot.check(screen, named: "projects-keys-100x30")
        for key in ["[ ]  ← →", "Enter", "t", "/", "s", "q  Ctrl-C"] { #expect(screen.contains(key), "\(key)") }
        #expect(screen.contains("Keys: Projects"))
    }

    @Test func mouseSelectsAStageAndARow() throws {
        var model = ProjectsFixture.model(try TUIFixture.unit2(), width: 120, height: 40)
        let done = try #require(model.projects.stagePositions(width: model.width).first { $0.stage == .done })
        model.send([.mouse(MouseEvent(kind: .click, x: done.x + 1, y: 1))])
        #expect(model.projects.stage == .done)
        model.send([.mouse(MouseEvent(kind: .click, x: 5, y: ProjectsLayout(width: 120, height: 40).firstRowY + 2))])
        #expect(model.projects.cursor.selection == 2)
    }

    @Test func wideCharactersAndControlCharactersKeepColumnsAligned() throws {
        var state = try TUIFixture.unit2()
        _ = try state.apply(.addProject(Project(id: 0, title: "李明的宣传册 for Zoë\u{1B}[2J", client: "Çelik\u{07} & 林 BV",
                                                skills: ["design"], city: "Leiden", estimatedHours: 77, period: DateRange(start: TUIFixture.today, weeks: 2),
                                                received: .now())), context: ProjectsFixture.ctx)
        let model = ProjectsFixture.model(state, width: 120, height: 40)
        let canvas = model.render()
        let all = canvas.cells.map(\.text).joined()
        #expect(!all.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        // HOURS ends in the same column on every row, whatever the title's script.
        let lines = ProjectsFixture.lines(model)
        let header = lines[3]
        let hoursEnd = DisplayWidth.of(String(header[..<header.range(of: "HOURS")!.upperBound]))
        var checked = 0
        for y in 4..<10 {
            let row = (0..<hoursEnd).map { canvas[$0, y].text }.joined()
            guard row.contains("Portraits") || row.contains("李明") else { continue }
            #expect(canvas[hoursEnd - 1, y].text != " ", "row \(y): \(row)")
            #expect(canvas[hoursEnd, y].text == " ", "row \(y): \(row)")
            checked += 1
        }
        #expect(checked == 2)
        #expect(canvas.text.contains("李明的宣传册"))
    }

    @Test func aReloadKeepsTheSelectionAndShowsTheNewAssignment() throws {
        var model = ProjectsFixture.model(try TUIFixture.unit2())
        model.send(Keys.press(.down))
        #expect(model.projects.selectedProject?.id == 17)
        let (state, leaflet) = try ProjectsFixture.withLeaflet()
        model.reloaded(state, summary: "reloaded: eric added project")
        #expect(model.projects.selectedProject?.id == 17)
        #expect(ProjectsFixture.ids(model).last == leaflet)
        #expect(model.render().text.contains(" Incoming 6 "))
    }
}

@Suite("Projects pane, built when shown")
struct ProjectsPaneLazyTests {
    /// The pane is indexed when first shown, and again after data that
    /// arrived while another pane was on screen.
    @Test func dataThatArrivedWhileAwayIsThereOnReturn() throws {
        var model = ProjectsFixture.model(try TUIFixture.unit2())
        model.send(Keys.press(.char("1")))
        let (state, leaflet) = try ProjectsFixture.withLeaflet()
        model.reloaded(state, summary: "reloaded: eric added project")
        model.send(Keys.press(.char("2")))
        #expect(ProjectsFixture.ids(model).last == leaflet)
        #expect(model.render().text.contains(" Incoming 6 "))
    }
}

@Suite("Projects pane sizes")
struct ProjectsPaneSizeTests {
    /// Every view of the pane draws at the smallest size the dashboard
    /// allows and at odd sizes, nothing wider than the screen, and a
    /// resize keeps the selection on screen.
    @Test func everyViewDrawsAtEverySize() throws {
        let (state, id) = try ProjectsFixture.withLeaflet()
        for (w, h) in [(60, 15), (61, 17), (80, 24), (119, 30), (120, 40), (200, 60)] {
            var model = ProjectsFixture.model(state, width: w, height: h)
            var screens = [model.render().text]
            model.send(Keys.press(.enter)); screens.append(model.render().text)
            model.send(Keys.press(.escape, .char("]"), .char("G"))); screens.append(model.render().text)
            model.projects.select(id: 19, listHeight: model.projectsListHeight)
            model.send(Keys.press(.char("t"), .char("G"))); screens.append(model.render().text)
            model.send(Keys.press(.enter)); screens.append(model.render().text)
            model.send(Keys.press(.escape, .escape))
            model.projects.select(id: id, listHeight: model.projectsListHeight)
            model.send(Keys.press(.char("t"), .char("?"))); screens.append(model.render().text)
            for screen in screens {
                let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count == h)
                for l in lines { #expect(DisplayWidth.of(String(l)) <= w, "\(w)x\(h): \(l)") }
            }
            // The selected suggestion stays on screen when the terminal shrinks.
            model.send(Keys.press(.escape, .char("G")))
            model.send([.resize(width: 60, height: 15)])
            let view = try #require(model.projects.suggestions)
            let line = try #require(view.selectedLine)
            #expect(line >= view.scroll && line < view.scroll + model.suggestionsListHeight(view), "\(w)x\(h)")
        }
    }
}
