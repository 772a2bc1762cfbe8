import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The screens that had an English 80x24 snapshot and no Dutch one (issue
/// 15: every screen in both languages): the heat map and the directory
/// without UTF-8, the heat map answering "which illustrators have 16 hours
/// free for three weeks?", the directory a page down, hiring from outside,
/// a new assignment refused, a Share pitch being typed, hours that would
/// overbook someone, and who could do a job (a one-person job, and what
/// follows when nobody inside can). Each is made as its English test makes
/// it, with what a Dutch person would type; `DutchScreensTests` scans them.
@Suite("Dutch screens the English suites have at 80x24")
struct DutchRemainingScreensTests {
    func dutch<R>(_ body: () throws -> R) rethrows -> R { try Language.$scoped.withValue(.nl, operation: body) }

    /// The Unit-2 demo as a Dutch process builds it (its free text Dutch).
    static func unit2() throws -> NetworkState { try Language.$scoped.withValue(.nl) { try TUIFixture.unit2() } }

    /// Every line within 80 columns, and no English word left.
    func check(_ screen: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        Snapshot.check(screen, named: name + ".nl", sourceLocation: sourceLocation)
        #expect(screen.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 }, sourceLocation: sourceLocation)
        let left = try DutchScreensTests.untranslated(in: screen)
        #expect(left.isEmpty, "\(name) shows English: \(left)", sourceLocation: sourceLocation)
    }

    /// The leaflet of `ProjectsFixture`, as a Dutch coordinator writes it down.
    static func withDutchLeaflet() throws -> (state: NetworkState, id: Int) {
        var state = try unit2()
        var leaflet = ProjectsFixture.leaflet
        leaflet.title = "Illustraties voor een patiëntenfolder"
        _ = try state.apply(.addProject(leaflet), context: ProjectsFixture.ctx)
        return (state, state.projects.lastID!)
    }

    /// The suggestions of project `id`, opened from its stage.
    func suggestions(_ id: Int, in state: NetworkState) -> AppModel {
        var model = ProjectsFixture.model(state, width: 80, height: 24)
        model.projects.select(id: id, listHeight: model.projectsListHeight)
        model.send(Keys.press(.char("t")))
        return model
    }

    @Test func theHeatMapWithoutUTF8() throws {
        let screen = try dutch { () throws -> String in
            var model = AppModel(state: try Self.unit2(), actor: "eric", today: TUIFixture.today, width: 80, height: 24, unicode: false)
            model.send(Keys.press(.char("c")))
            return model.render().text
        }
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(screen.contains("wk  48  49  50"))
        try check(screen, "capacity-ascii-80x24")
    }

    /// The question in Dutch: illustrators with 16 free hours a week for three weeks.
    @Test func illustratorsWithSixteenFreeHoursForThreeWeeks() throws {
        let screen = try dutch { () throws -> String in
            var model = AppModel(state: try Self.unit2(), actor: "eric", today: TUIFixture.today, width: 80, height: 24)
            model.send(Keys.press(.char("c"), .char("/")) + Keys.type("illustration") + Keys.press(.enter))
            model.send(Keys.press(.char("m"), .ctrl("u")) + Keys.type("16") + Keys.press(.tab, .ctrl("u")) + Keys.type("3") + Keys.press(.enter))
            #expect(model.overlay == nil)
            return model.render().text
        }
        #expect(screen.contains("3/39 leden"))
        #expect(screen.contains("Daan Peters") && screen.contains("Lotte Hendriks") && screen.contains("Thijs Bakker"))
        #expect(!screen.contains("Zoë de Vries"))
        try check(screen, "capacity-illustrators-16h-3wk-80x24")
    }

    @Test func theDirectoryWithoutUTF8() throws {
        let screen = try dutch { () throws -> String in
            AppModel(state: try DutchMembersScreensTests.state(), actor: "eric", today: TUIFixture.today, width: 80, height: 24, unicode: false)
                .render().text
        }
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        try check(screen, "members-ascii-80x24")
    }

    /// The member the page lands on has a `.nl` address, as Anaïs has in
    /// `DutchMembersScreensTests` (the demo's `.example` is no Dutch word).
    @Test func theDirectoryAPageDown() throws {
        let screen = try dutch { () throws -> String in
            var state = try DutchMembersScreensTests.state()
            var edit = MemberEdit(id: "femke")
            edit.email = "femke@unit-2.nl"
            _ = try state.apply(.editMember(edit), context: ChangeContext(identity: .administrator("test"), today: TUIFixture.today))
            var model = AppModel(state: state, actor: "eric", today: TUIFixture.today, width: 80, height: 24)
            model.send(Keys.press(.char("G"), .char("g"), .down, .down, .char("j"), .up, .char("k"), .pageDown))
            #expect(model.members.selectedMember?.id == "femke")
            return model.render().text
        }
        try check(screen, "members-paged-80x24")
    }

    /// `o` on the oldest incoming assignment: hiring from outside, filled in.
    @Test func hiringFromOutside() throws {
        try DutchMembersScreensTests.withStore { store, _ in
            let keys = Keys.press(.char("2"), .char("o")) + Keys.type("Fotograaf Jansen") + Keys.press(.tab)
                + Keys.type("niemand vrij voor een fotoshoot") + Keys.press(.tab) + Keys.type("8")
            let backend = FakeBackend(width: 80, height: 24, events: keys)
            try dutch { try Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today).run() }
            #expect(backend.lastScreen.contains("niemand vrij voor een fotoshoot"))
            try check(backend.lastScreen, "project-hire-80x24")
        }
    }

    /// `n` with the place left empty: refused beside the field, nothing written.
    @Test func aNewAssignmentRefused() throws {
        try DutchMembersScreensTests.withStore { store, dir in
            let before = store.state.projects.records.count
            var keys = Keys.press(.char("2"), .char("n")) + Keys.type("Bewegwijzering") + Keys.press(.tab) + Keys.type("Hortus botanicus")
            keys += Keys.press(.tab, .tab) + Keys.type("illustration") + Keys.press(.tab) + Keys.type("60") + Keys.press(.tab, .ctrl("u"))
            keys += Keys.type("07-12-2026") + Keys.press(.tab, .ctrl("u")) + Keys.type("3") + Keys.press(.tab, .tab) + Keys.type("4.800,00")
            keys += Keys.press(.tab) + Keys.type("Borden voor de nieuwe vleugel") + Keys.press(.enter)
            let backend = FakeBackend(width: 80, height: 24, events: keys)
            let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            try dutch { try dashboard.run() }
            #expect(dashboard.model.openForm?.errorField == "city")
            #expect(try Store(directory: dir).state.projects.records.count == before)
            try check(backend.lastScreen, "project-new-refused-80x24")
        }
    }

    /// `e` on Zoë's Share pitch, a long Dutch pitch typed: all of it in the form.
    @Test func aSharePitchBeingTyped() throws {
        let pitch = "Illustrator en animator van korte uitlegfilms met een handgetekend gevoel; ook "
            + "titelanimaties en af en toe een risoposter voor een festival dat er handgemaakt uit wil zien."
        let screen = try dutch { () throws -> String in
            var model = AppModel(state: try Self.unit2(), actor: "zoe", today: TUIFixture.today, width: 80, height: 24)
            model.send(SharePitchTests.toShare("zoë") + Keys.press(.char("e")) + Keys.type(pitch + " " + pitch))
            #expect(model.openForm?.purpose == .editPitch(member: "zoe"))
            return model.render().text
        }
        // All of both pitches inside the box, wrapped (as `SharePitchTests` reads it).
        let inside = screen.split(separator: "\n").compactMap { $0.split(separator: "│", omittingEmptySubsequences: false).dropFirst().first }
            .map { $0.replacingOccurrences(of: "Share-pitch", with: "").trimmingCharacters(in: .whitespaces) }
            .map { $0.hasSuffix("▏") ? String($0.dropLast()) : $0 }
            .filter { !$0.isEmpty }.joined(separator: " ")
        #expect(inside.contains(pitch + " " + pitch), "\(inside)")
        try check(screen, "share-pitch-form-80x24")
    }

    /// Space on a suggestion and 40 hours: overbooked, said before Enter.
    @Test func hoursThatWouldOverbook() throws {
        let (state, id) = try Self.withDutchLeaflet()
        let screen = try dutch { () throws -> String in
            var model = suggestions(id, in: state)
            model.send(Keys.press(.char(" ")) + Keys.type("40"))
            return model.render().text
        }
        #expect(screen.contains("wk 48 2026"))
        try check(screen, "staffing-hours-overbooked-80x24")
    }

    @Test func whoCouldDoTheLeaflet() throws {
        let (state, id) = try Self.withDutchLeaflet()
        let screen = dutch { suggestions(id, in: state).render().text }
        #expect(screen.contains("Thijs Bakker"))
        try check(screen, "suggestions-leaflet-80x24")
    }

    /// The hospital's 3D walkthrough, to the end of the list: nobody inside can do the animation.
    @Test func whoIsOutsideForTheHospital() throws {
        let screen = try dutch { () throws -> String in
            var model = suggestions(18, in: try Self.unit2())
            model.send(Keys.press(.char("G")))
            return model.render().text
        }
        try check(screen, "suggestions-hospital-outside-80x24")
    }
}
