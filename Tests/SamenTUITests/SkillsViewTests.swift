import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The skills map in the Members pane (`K`, issue 16), on the Unit-2 demo:
/// every skill with who has it, their free hours and what asked for it,
/// flagged where one member holds it, where many do, and where nobody inside does.
@Suite("Skills map view")
struct SkillsViewTests {
    func dutch<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.nl) { try body() } }

    /// The map opened from the directory, with `skill` selected.
    func opened(width: Int, height: Int, selecting skill: String? = nil) throws -> AppModel {
        var model = try TUIFixture.model(width: width, height: height)
        model.send(Keys.press(.char("K")))
        if let skill, let at = model.members.skillsView?.map?.skills.firstIndex(where: { $0.name == skill }) {
            model.send(Array(repeating: InputEvent.key(.down), count: at))
        }
        return model
    }

    @Test func at80x24() throws {
        let model = try opened(width: 80, height: 24, selecting: "drone")
        let screen = model.render().text
        Snapshot.check(screen, named: "skills-80x24")
    }

    @Test func at120x40() throws {
        let model = try opened(width: 120, height: 40, selecting: "copywriting")
        Snapshot.check(model.render().text, named: "skills-120x40")
    }

    @Test func inDutchAt80x24() throws {
        try dutch {
            let model = try opened(width: 80, height: 24, selecting: "drone")
            Snapshot.check(model.render().text, named: "skills-80x24.nl")
        }
    }

    @Test func inDutchAt120x40() throws {
        try dutch {
            let model = try opened(width: 120, height: 40, selecting: "3d-animation")
            Snapshot.check(model.render().text, named: "skills-120x40.nl")
        }
    }
}
