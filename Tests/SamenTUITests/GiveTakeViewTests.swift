import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// Bringing and taking in the Members pane (`b`, issue 16), on the Unit-2
/// demo: every member of the year by name, a bar and the balance in words,
/// and the selected member's year in full.
@Suite("Give and take view")
struct GiveTakeViewTests {
    func dutch<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.nl) { try body() } }

    func opened(width: Int, height: Int, selecting id: String? = nil) throws -> AppModel {
        var model = AppModel(state: try TUIFixture.unit2(), actor: "eric", today: TUIFixture.today, width: width, height: height)
        model.send(Keys.press(.char("b")))
        if let id, let at = model.members.giveTakeView?.view?.rows.firstIndex(where: { $0.id == id }) {
            model.send(Array(repeating: InputEvent.key(.down), count: at))
        }
        return model
    }

    @Test func at80x24() throws {
        let model = try opened(width: 80, height: 24, selecting: "eric")
        let screen = model.render().text
        Snapshot.check(screen, named: "give-take-80x24")
        #expect(screen.contains("Bringing and taking, 2026"))
        #expect(screen.contains("Eric Went"))
        #expect(screen.contains("Esc back"))
    }

    @Test func rowsAreByNameAndTheDetailTellsTheYear() throws {
        let model = try opened(width: 120, height: 40, selecting: "ingrid")
        let view = try #require(model.members.giveTakeView?.view)
        #expect(view.rows.map(\.name) == view.rows.map(\.name).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        let screen = model.render().text
        Snapshot.check(screen, named: "give-take-120x40")
        #expect(screen.contains("helps build Congress media team"))
        #expect(screen.contains("took 61 h on 3 projects of others"))
    }

    @Test func escGoesBackAndTheKeyListNamesIt() throws {
        var model = try opened(width: 80, height: 24)
        model.send(Keys.press(.char("?")))
        #expect(model.render().text.contains("move through the members"))
        model.send(Keys.press(.escape, .escape))
        #expect(model.members.giveTakeView == nil)
        model.send(Keys.press(.char("?")))
        // The last line of the directory's list, one below the skills map's.
        model.send(Array(repeating: InputEvent.key(.down), count: 10))
        #expect(model.render().text.contains("what each member brought in and took this year"))
    }

    @Test func inDutchAt80x24() throws {
        try dutch {
            let model = try opened(width: 80, height: 24, selecting: "eric")
            let screen = model.render().text
            Snapshot.check(screen, named: "give-take-80x24.nl")
            #expect(screen.contains("Halen en brengen, 2026"))
        }
    }

    @Test func inDutchAt120x40() throws {
        try dutch {
            let model = try opened(width: 120, height: 40, selecting: "ingrid")
            let screen = model.render().text
            Snapshot.check(screen, named: "give-take-120x40.nl")
            #expect(screen.contains("bouwt mee aan Congresmediateam"))
        }
    }
}
