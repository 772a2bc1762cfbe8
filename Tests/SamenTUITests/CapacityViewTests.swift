import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The heat map on the Unit-2 demo, today pinned to Monday 2026-11-23 (W48).
@Suite("Capacity heat map")
struct CapacityViewTests {
    static let w48 = ISOWeek(iso: "2026-W48")!

    /// The demo dashboard with the heat map opened from the member directory.
    func heatMap(width: Int = 80, height: Int = 24) throws -> AppModel {
        var model = try TUIFixture.model(width: width, height: height)
        model.send(Keys.press(.char("c")))
        return model
    }

    func lines(_ model: AppModel) -> [String] { model.render().text.components(separatedBy: "\n") }

    /// The names on the map, top to bottom.
    func names(_ model: AppModel) -> [String] {
        let view = model.capacityView!
        return view.rows.indices.map { view.member(atRow: $0).name }
    }

    /// Answers the form `m` opens: free hours, weeks, and optionally skills.
    func ask(_ model: inout AppModel, free: String, weeks: String, skills: String? = nil) {
        model.send(Keys.press(.char("m")) + Keys.press(.ctrl("u")) + Keys.type(free) + Keys.press(.tab, .ctrl("u")) + Keys.type(weeks))
        if let skills { model.send(Keys.press(.tab, .tab, .ctrl("u")) + Keys.type(skills)) }
        model.send(Keys.press(.enter))
    }

    @Test func firstScreenAt80x24() throws {
        let model = try heatMap()
        let screen = model.render().text
        Snapshot.check(screen, named: "capacity-80x24")
        #expect(model.capacityView?.weeks == 12)
        #expect(screen.contains("W48 W49 W50 W51 W52 W53 W01 W02 W03 W04 W05 W06"))
        #expect(screen.contains("Network capacity"))
        #expect(screen.contains("utilised"))
        #expect(screen.contains("39/39 members"))
    }

    @Test func firstScreenAt160x50() throws {
        let model = try heatMap(width: 160, height: 50)
        let screen = model.render().text
        Snapshot.check(screen, named: "capacity-160x50")
        #expect(screen.contains("SKILLS"))
        // Everyone fits at this height, so no row counter.
        #expect(screen.contains("sort: name  39/39 members"))
    }

    @Test func asciiWithoutUTF8() throws {
        var model = AppModel(state: try TUIFixture.unit2(), actor: "eric", today: TUIFixture.today, width: 80, height: 24, unicode: false)
        model.send(Keys.press(.char("c")))
        let text = model.render().text
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        Snapshot.check(text, named: "capacity-ascii-80x24")
    }

    /// The "Done when" question: which illustrators have 16 free hours a week for the next three weeks?
    @Test func illustratorsWithSixteenFreeHoursForThreeWeeks() throws {
        var model = try heatMap()
        model.send(Keys.press(.char("/")) + Keys.type("illustration") + Keys.press(.enter))
        #expect(names(model) == ["Daan Peters", "Lotte Hendriks", "Olga Nowak", "Thijs Bakker", "Zoë de Vries"])
        ask(&model, free: "16", weeks: "3")
        #expect(model.overlay == nil)
        #expect(names(model) == ["Daan Peters", "Lotte Hendriks", "Thijs Bakker"])
        let screen = model.render().text
        Snapshot.check(screen, named: "capacity-illustrators-16h-3wk-80x24")
        #expect(screen.contains("free ≥16 h every week"))
        #expect(screen.contains("3/39 members"))
        #expect(screen.contains("3 of 39 members: 'illustration' · free ≥16 h every week, 3 weeks from 2026-W48"))
        #expect(screen.contains("W48 W49 W50  FREE"))
        // Every week shown for them is at least 16, as the cells say.
        let view = model.capacityView!
        for row in view.rows.indices {
            for k in 0..<3 {
                #expect(model.capacity.week(Self.w48.advanced(by: k), of: view.member(atRow: row)).spare >= 16)
            }
        }
    }

    @Test func theFormRefusesWhatItCannotAnswerAndSaysWhy() throws {
        var model = try heatMap()
        ask(&model, free: "16", weeks: "40")
        guard case let .form(form)? = model.overlay else { Issue.record("the form closed"); return }
        #expect(form.error == "Weeks must be from 1 to 13 (what fits this screen); got '40'")
        #expect(model.render().text.contains("Weeks must be from 1 to 13"))
        model.send(Keys.press(.escape))
        #expect(model.capacityView?.minFree == nil && model.capacityView?.weeks == 12, "nothing applied")
        model.send(Keys.press(.escape))   // the question about discarding what was typed

        ask(&model, free: "16", weeks: "3", skills: "ilustration")
        guard case let .form(typo)? = model.overlay else { Issue.record("the form closed"); return }
        #expect(typo.error == "Skills: nobody in the network has the skill 'ilustration' (did you mean illustration?)")
        model.send(Keys.press(.escape, .escape))

        model.send(Keys.press(.char("m"), .tab, .tab, .ctrl("u")) + Keys.type("2026-W40") + Keys.press(.enter))
        guard case let .form(past)? = model.overlay else { Issue.record("the form closed"); return }
        #expect(past.error == "From week: 2026-W40 has passed; the map plans from this week (2026-W48) on")
    }

    /// The form's fields hold the current question; typing in a field just
    /// reached replaces its value (shown selected) instead of appending to it.
    @Test func typingInTheFormReplacesTheValueShown() throws {
        var model = try heatMap()
        model.send(Keys.press(.char("m")) + Keys.type("16") + Keys.press(.tab))
        guard case let .form(form)? = model.overlay else { Issue.record("no form"); return }
        #expect(form.value("weeks") == "12")
        let canvas = model.render()
        let row = try #require(canvas.text.components(separatedBy: "\n").firstIndex { $0.contains("Weeks") })
        #expect(canvas.role(ofText: "12", onRow: row) == .tabActive, "the value to be replaced is shown selected")
        model.send(Keys.type("3"))
        guard case let .form(typed)? = model.overlay else { Issue.record("no form"); return }
        #expect(typed.value("weeks") == "3")
        #expect(typed.value("free") == "16")
        model.send(Keys.type("1") + Keys.press(.backspace, .enter))
        #expect(model.capacityView?.weeks == 3 && model.capacityView?.minFree == 16)
        // Every form behaves the same: typing replaces, an arrow or End keeps the value to add to it.
        var directory = try TUIFixture.model()
        directory.send(Keys.press(.char("e"), .tab, .tab, .tab, .tab) + Keys.type("x"))
        guard case let .form(edit)? = directory.overlay else { Issue.record("no form"); return }
        #expect(edit.value("city") == "x")
        directory.send(Keys.press(.tab, .backTab, .end) + Keys.type("-Noord"))
        guard case let .form(kept)? = directory.overlay else { Issue.record("no form"); return }
        #expect(kept.value("city") == "x-Noord")
    }

    @Test func skillsAndAWeekFromTheForm() throws {
        var model = try heatMap()
        model.send(Keys.press(.char("m"), .tab, .tab, .ctrl("u")) + Keys.type("2026-12-09") + Keys.press(.tab) + Keys.type("animation, Illustration") + Keys.press(.enter))
        let view = try #require(model.capacityView)
        #expect(view.first == ISOWeek(iso: "2026-W50")!)
        #expect(names(model) == ["Daan Peters", "Thijs Bakker"])
        #expect(model.render().text.contains("skills: animation, Illustration"))
    }

    @Test func bracketsMoveTheWindowAndPlusMinusChangeItsLength() throws {
        var model = try heatMap()
        model.send(Keys.press(.char("]"), .char("]")))
        #expect(model.capacityView?.first == Self.w48.advanced(by: 2))
        #expect(lines(model)[3].contains("NAME                    W50 W51"))
        model.send(Keys.press(.char("[")))
        #expect(model.capacityView?.first == Self.w48.advanced(by: 1))
        model.send(Keys.press(.char("t")))
        #expect(model.capacityView?.first == Self.w48)
        // Not into the past: plans before this week are not kept here.
        model.send(Keys.press(.char("[")))
        #expect(model.capacityView?.first == Self.w48)
        #expect(model.render().text.contains("the map starts at this week (2026-W48)"))

        model.send(Keys.press(.char("+")))
        #expect(model.capacityView?.weeks == 13)
        #expect(lines(model)[3].contains("W06 W07  FREE"))
        model.send(Keys.press(.char("+")))
        #expect(model.capacityView?.weeks == 13)
        #expect(model.render().text.contains("13 weeks is as many as fit this screen"))
        model.send(Array(repeating: .key(.char("-")), count: 20))
        #expect(model.capacityView?.weeks == 1)
        #expect(lines(model)[3].contains("W48  FREE"))
        model.send(Keys.press(.char("=")))
        #expect(model.capacityView?.weeks == 2)
    }

    /// Moving the window reuses weeks already computed; the sums must be what
    /// a fresh map over the same window computes.
    @Test func movingTheWindowAgreesWithAFreshMap() throws {
        var model = try heatMap()
        model.send(Keys.press(.char("]"), .char("]"), .char("]"), .char("-"), .char("["), .char("+"), .char("+")))
        let moved = try #require(model.capacityView)
        var fresh = try TUIFixture.model()
        fresh.openCapacity(from: moved.first, weeks: moved.weeks)
        #expect(moved.first == Self.w48.advanced(by: 2) && moved.weeks == 13)
        #expect(moved.windowFree == fresh.capacityView!.windowFree)
        #expect(model.render().text == fresh.render().text)
        // And the sums are the domain's own numbers.
        let state = try TUIFixture.unit2()
        let index = CapacityIndex(state)
        // The heat map's rows are the roster: Lieke, who applied, is not on it.
        for (i, m) in state.members.enumerated() where m.role != .applicant {
            #expect(abs(moved.windowFree[i] - index.spare(from: moved.first, weeks: 13, of: m)) < 1e-9, "\(m.name)")
        }
    }

    @Test func totalsAreTheNetworksSumsPerWeek() throws {
        let model = try heatMap()
        let state = try TUIFixture.unit2()
        let index = CapacityIndex(state)
        let weeks = state.members.filter { $0.role != .applicant }.map { index.week(Self.w48, of: $0) }
        let effective = weeks.reduce(0) { $0 + $1.effective }, allocated = weeks.reduce(0) { $0 + $1.allocated }
        let rows = lines(model)
        let capacityRow = try #require(rows.first { $0.contains("Network capacity") })
        let utilisedRow = try #require(rows.first { $0.contains("utilised") })
        #expect(capacityRow.dropFirst(25).drop { $0 == " " }.hasPrefix("\(Int(effective.rounded())) "))
        #expect(utilisedRow.dropFirst(25).drop { $0 == " " }.hasPrefix("\(Int((allocated / effective * 100).rounded()))% "))
    }

    @Test func filterAsYouTypeAndEscClearsIt() throws {
        var model = try heatMap()
        model.send(Keys.press(.char("/")) + Keys.type("illus"))
        #expect(model.render().text.contains("Filter: illus"))
        #expect(names(model).count == 5)
        #expect(model.render().text.contains("5/39 members"))
        model.send(Keys.press(.backspace, .backspace, .backspace, .backspace, .backspace) + Keys.type("zo"))
        #expect(names(model) == ["Zoë de Vries"])
        model.send(Keys.press(.escape))
        #expect(names(model).count == 39)
        #expect(model.capacityView?.filtering == false)
        #expect(model.capacityView != nil, "Esc while typing clears the filter, it does not leave the map")
    }

    @Test func theDirectorysFilterComesAlong() throws {
        var model = try TUIFixture.model()
        model.send(Keys.press(.char("/")) + Keys.type("illus") + Keys.press(.enter, .char("c")))
        #expect(model.capacityView?.filter == "illus")
        #expect(names(model).count == 5)
    }

    @Test func sortByFreeHoursOverTheWindowAndByName() throws {
        var model = try heatMap(width: 120, height: 50)
        model.send(Keys.press(.char("s")))
        #expect(model.capacityView?.sort == .mostFree)
        let view = model.capacityView!
        let free = view.rows.map { view.windowFree[$0] }
        #expect(free == free.sorted(by: >))
        #expect(model.render().text.contains("sorted by free hours, most first over 12 weeks"))
        // What the FREE column shows goes down too.
        let canvas = model.render()
        let layout = CapacityLayout(width: 120, height: 50, weeks: 12)
        let shown = (layout.firstRowY..<(layout.firstRowY + 39)).map { y in
            Int((layout.freeX..<layout.freeX + 5).map { canvas[$0, y].text }.joined().trimmingCharacters(in: .whitespaces)
                .replacingOccurrences(of: "!", with: "")) ?? .min
        }
        #expect(shown == shown.sorted(by: >), "\(shown)")
        model.send(Keys.press(.char("s")))
        let least = model.capacityView!.rows.map { model.capacityView!.windowFree[$0] }
        #expect(least == least.sorted())
        model.send(Keys.press(.char("s")))
        #expect(names(model).first == "Anaïs Laurent")
    }

    @Test func enterOpensTheMemberAndEscGoesBackTwice() throws {
        var model = try heatMap()
        model.send(Keys.press(.char("/")) + Keys.type("thijs") + Keys.press(.enter, .enter))
        let screen = model.render().text
        #expect(screen.contains("Capacity › Thijs Bakker"))
        #expect(screen.contains("Next 8 weeks"))
        #expect(screen.contains("needs work"))
        #expect(lines(model).last!.contains("Esc back to the map"))
        model.send(Keys.press(.escape))
        #expect(model.capacityView?.showingMember == false)
        #expect(model.render().text.contains("W48 W49"))
        model.send(Keys.press(.escape))
        #expect(model.capacityView == nil)
        // Back in the directory, on the member last looked at.
        #expect(model.members.selectedMember?.name == "Thijs Bakker")
        #expect(model.render().text.contains("NAME                 ROLE"))
    }

    @Test func arrowsMoveAndTheDetailFollows() throws {
        var model = try heatMap()
        model.send(Keys.press(.down, .down, .char("j"), .up))
        #expect(model.capacityView?.selection == 2)
        model.send(Keys.press(.char("G")))
        #expect(model.capacityView?.selectedMember?.name == "林美玲")
        let layout = CapacityLayout(width: 80, height: 24, weeks: 12)
        #expect(model.capacityView!.scroll + layout.listHeight > 38)
        model.send(Keys.press(.enter, .up))
        #expect(model.render().text.contains("Capacity › Zoë de Vries"))
    }

    @Test func keysAreListedOnTheBottomLineAndInHelp() throws {
        var model = try heatMap()
        let bottom = lines(model).last!
        for key in ["/ filter", "m min free", "Enter open", "Esc back", "? all keys", "[ ]+- window"] { #expect(bottom.contains(key), "\(key)") }
        model.send(Keys.press(.char("?")))
        let help = model.render().text
        #expect(help.contains("Keys: Capacity"))
        for key in ["[  ]", "+  -", "who is free", "sort: name, most or least free", "back to the member directory", "◐ ● !", "▒ ·"] {
            #expect(help.contains(key), "\(key)")
        }
        // The member directory offers the map.
        var directory = try TUIFixture.model()
        #expect(lines(directory).last!.contains("c capacity"))
        directory.send(Keys.press(.char("?")))
        #expect(directory.render().text.contains("capacity: free hours of everyone shown"))
    }

    /// "Who could do this?" opens the map already asking.
    @Test func opensPrefilteredWithSkillsAndAWindow() throws {
        var model = try TUIFixture.model(width: 100, height: 30)
        model.openCapacity(skills: ["illustration"], from: Self.w48.advanced(by: 1), weeks: 4)
        let view = try #require(model.capacityView)
        #expect(view.first == Self.w48.advanced(by: 1) && view.weeks == 4)
        #expect(names(model) == ["Daan Peters", "Lotte Hendriks", "Olga Nowak", "Thijs Bakker", "Zoë de Vries"])
        #expect(model.render().text.contains("skills: illustration"))
        // A window longer than fits is shortened, and it says so.
        var narrow = try TUIFixture.model(width: 80, height: 24)
        narrow.openCapacity(weeks: 20)
        #expect(narrow.capacityView?.weeks == 13)
        #expect(narrow.render().text.contains("showing 13 weeks: as many as fit this screen"))
    }

    @Test func aNarrowerScreenShowsFewerWeeks() throws {
        var model = try heatMap(width: 120, height: 40)
        model.send(Keys.press(.char("+"), .char("+")))
        #expect(model.capacityView?.weeks == 14)
        model.send([.resize(width: 70, height: 20)])
        #expect(model.capacityView?.weeks == CapacityLayout.maxWeeks(width: 70))
        #expect(!model.render().text.contains("needs at least"))
        model.send([.resize(width: 40, height: 10)])
        #expect(model.render().text.contains("needs at least"))
    }

    @Test func aClickSelectsARow() throws {
        var model = try heatMap()
        model.send([.mouse(MouseEvent(kind: .click, x: 5, y: CapacityLayout(width: 80, height: 24, weeks: 12).firstRowY + 4))])
        #expect(model.capacityView?.selection == 4)
        model.send([.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 8))])
        #expect(model.capacityView?.selection == 7)
    }

    /// Zoë, Çelik and 林美玲 take different numbers of bytes and columns; the cells still line up.
    @Test func wideNamesKeepTheWeeksAligned() throws {
        let model = try heatMap(width: 120, height: 50)
        let canvas = model.render()
        let layout = CapacityLayout(width: 120, height: 50, weeks: 12)
        var checked = 0
        for y in layout.firstRowY..<layout.separatorY {
            let name = (0..<layout.cellsX).map { canvas[$0, y].text }.joined()
            guard name.contains("林") || name.contains("Zoë") || name.contains("Çelik") || name.contains("Anaïs") else { continue }
            // The FREE sum is right-aligned: its last digit sits in the same column on every row.
            #expect(canvas[layout.freeX + 4, y].text.first?.isNumber == true, "row \(y): \(name)")
            #expect(canvas[layout.cellX(0) + 2, y].text.first?.isNumber == true, "row \(y): \(name)")
            checked += 1
        }
        #expect(checked == 4)
    }

    @Test func stringsFromDataAreSanitisedOnTheMap() throws {
        var state = try TUIFixture.unit2()
        _ = try state.apply(.addMember(Member(id: "evil", name: "Evil\u{1B}[2J\u{202E}Name", role: .member, skills: ["x\u{1B}]0;t\u{07}"], city: "Leiden",
                                              hours: [ContractedHours(hoursPerWeek: 8, from: TUIFixture.today)], joined: TUIFixture.today)),
                            context: ChangeContext(identity: .administrator("test"), today: TUIFixture.today))
        var model = AppModel(state: state, actor: "eric", today: TUIFixture.today, width: 160, height: 50)
        model.send(Keys.press(.char("c"), .char("/")) + Keys.type("evil") + Keys.press(.enter))
        let canvas = model.render()
        #expect(!canvas.cells.map(\.text).joined().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(canvas.text.contains("Evil\u{FFFD}[2J\u{FFFD}Name"))
    }

    @Test func anotherProcessesChangeRedrawsTheMapAndKeepsTheSelection() throws {
        var model = try heatMap()
        model.send(Keys.press(.char("/")) + Keys.type("daan") + Keys.press(.enter))
        #expect(lines(model)[4].hasPrefix(" Daan Peters              24  24"))
        var state = try TUIFixture.unit2()
        let ctx = ChangeContext(identity: .administrator("guido"), today: TUIFixture.today)
        _ = try state.apply(.addProject(Project(id: 0, title: "Rush", client: "C", city: "Leiden", estimatedHours: 40,
                                                period: DateRange(start: TUIFixture.today, weeks: 2), received: .now())), context: ctx)
        let id = state.projects.lastID!
        _ = try state.apply(.setLead(project: id, member: "daan"), context: ctx)
        _ = try state.apply(.moveProject(project: id, to: .proposal, reason: nil, note: ""), context: ctx)
        _ = try state.apply(.moveProject(project: id, to: .active, reason: nil, note: ""), context: ctx)
        _ = try state.apply(.allocate(project: id, Allocation(member: "daan", hoursPerWeek: 30, range: state.project(id)!.period)), context: ctx)
        model.reloaded(state, summary: "reloaded: guido allocated daan")
        #expect(model.capacityView?.selectedMember?.id == "daan")
        #expect(lines(model)[4].hasPrefix(" Daan Peters              -6! -6! 24  24"))
    }
}

/// The heat map with a real store: a change saved from it redraws it.
@Suite("Capacity heat map with a store")
struct CapacityStoreTests {
    @Test func editingHoursFromTheMapRedrawsIt() throws {
        try TUIFixture.withStore { store, dir in
            // Daan has 24 free hours a week; edit his hours to 30 from the member opened on the map.
            var events = Keys.press(.char("c"), .char("/")) + Keys.type("daan") + Keys.press(.enter, .enter, .char("e"))
            events += Keys.press(.tab, .tab, .tab, .tab, .tab, .ctrl("u")) + Keys.type("30") + Keys.press(.enter, .escape)
            let backend = FakeBackend(width: 100, height: 30, events: events)
            let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            #expect(try Store(directory: dir).state.member("daan")?.contractedHours(on: TUIFixture.today) == 30)
            let screen = backend.lastScreen
            #expect(backend.frames.contains { $0.text.contains("saved: ") }, "the save was announced")
            // Back on the map (Esc left the member), with the new hours in every week.
            #expect(dashboard.model.capacityView?.showingMember == false)
            #expect(screen.contains(" Daan Peters               30  30  30"), "\(screen)")
        }
    }
}

/// What a cell means must survive a theme without colour: each level has its
/// own symbol, so mono (where free and busy look the same) still tells them apart.
@Suite("Capacity cells")
struct CapacityCellTests {
    static let today = Day(iso: "2026-11-23")!

    /// One member per level in W48, each with 20 h a week unless said otherwise.
    static func state() -> NetworkState {
        var s = NetworkState(network: Network(name: "Cells", place: "Leiden"))
        let joined = Day(iso: "2020-01-01")!
        func member(_ id: String, hours: Hours = 20, off: Bool = false) {
            s.insertForTesting(member: Member(id: id, name: id.capitalized, role: .member, city: "Leiden",
                                              hours: [ContractedHours(hoursPerWeek: hours, from: joined)],
                                              timeOff: off ? [TimeOff(range: DateRange(today, today.advanced(by: 6))!)] : [], joined: joined))
        }
        var projectID = 0
        func booking(_ id: String, _ hours: Hours, _ status: ProjectStatus) {
            projectID += 1
            s.insertForTesting(project: Project(id: projectID, title: "P\(projectID)", client: "C", city: "Leiden", estimatedHours: 100,
                                                period: DateRange(today, today.advanced(by: 27))!, status: status, lead: id,
                                                allocations: [Allocation(member: id, hoursPerWeek: hours, range: DateRange(today, today.advanced(by: 27))!)],
                                                received: .now()))
        }
        member("afree"); booking("afree", 4, .active)
        member("bbusy"); booking("bbusy", 12, .active)
        member("cfull"); booking("cfull", 20, .active)
        member("dover", hours: 10); booking("dover", 14, .active)
        member("etentative"); booking("etentative", 4, .proposal)
        member("faway", off: true)
        return s
    }

    @Test func eachLevelHasItsOwnSymbolInTheMonoTheme() throws {
        var model = AppModel(state: Self.state(), actor: "x", today: Self.today, width: 80, height: 24)
        model.send(Keys.press(.char("c")))
        let canvas = model.render()
        let layout = CapacityLayout(width: 80, height: 24, weeks: 12)
        let x = layout.cellX(0)
        func cell(_ row: Int) -> (number: String, symbol: String, role: StyleRole, symbolRole: StyleRole) {
            let y = layout.firstRowY + row
            return ((x..<x + 3).map { canvas[$0, y].text }.joined(), canvas[x + 3, y].text, canvas[x + 2, y].role, canvas[x + 3, y].role)
        }
        let expected: [(String, String, StyleRole, StyleRole)] = [
            (" 16", " ", .free, .free),
            ("  8", "◐", .busy, .busy),
            ("  0", "●", .full, .full),
            (" -4", "!", .overbooked, .overbooked),
            (" 20", "▒", .free, .tentative),
            ("  ·", " ", .dim, .dim),
        ]
        for (row, e) in expected.enumerated() {
            let c = cell(row)
            #expect(c.number == e.0 && c.symbol == e.1 && c.role == e.2 && c.symbolRole == e.3, "row \(row): \(c)")
        }
        // In mono, free and busy (and free and tentative) share a look, so the
        // symbol is what tells them apart: every level's cell reads differently
        // as (symbol, mono style) even with all colour gone.
        let mono = Theme.builtinMono
        #expect(mono.style(.free) == mono.style(.busy), "if this changes, the check below proves less")
        let seen = expected.indices.map { cell($0) }.map { "\($0.symbol)|\(mono.style($0.symbolRole))" }
        #expect(Set(seen).count == expected.count, "\(seen)")
        #expect(!mono.usesColour)
    }

    @Test func freeHoursRoundDownWithAHairOfSlack() {
        #expect(CapacityCell.wholeFreeHours(15.6) == 15)
        #expect(CapacityCell.wholeFreeHours(15.96) == 16)
        #expect(CapacityCell.wholeFreeHours(16) == 16)
        #expect(CapacityCell.wholeFreeHours(-0.04) == 0)
        #expect(CapacityCell.wholeFreeHours(-0.4) == -1)
        #expect(CapacityCell.wholeFreeHours(-4) == -4)
    }

    @Test func totalsFitInFourColumns() {
        #expect(CapacityCell.compact(612) == "612")
        #expect(CapacityCell.compact(5_849) == "5.8k")
        #expect(CapacityCell.compact(9_960) == "10k")
        #expect(CapacityCell.compact(215_400) == "215k")
        #expect(CapacityCell.compact(2_140_000) == "2.1M")
        #expect(CapacityCell.percent(162, of: 610) == "27%")
        #expect(CapacityCell.percent(5, of: 0) == "-")
    }

    @Test func aTypoInASkillFindsTheSkillMeant() {
        let known: Set = ["illustration", "animation", "design"]
        #expect(CapacityQueryForm.closest(to: "ilustration", in: known) == "illustration")
        #expect(CapacityQueryForm.closest(to: "annimation", in: known) == "animation")
        #expect(CapacityQueryForm.closest(to: "journalism", in: known) == nil)
    }
}
