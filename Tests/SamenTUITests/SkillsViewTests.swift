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

    /// The Unit-2 demo with Gijs's drone (his pitch says he has a licence)
    /// among his skills: as it ships, every skill has three holders or more.
    /// In Dutch he types it in Dutch, as a member of a Dutch network would
    /// (the scan of Dutch screens would take "drone" for the English screens' word).
    static func state(drone: String = "drone") throws -> NetworkState {
        var state = try TUIFixture.unit2()
        var edit = MemberEdit(id: "gijs")
        edit.skills = ["photography", drone]
        _ = try state.apply(.editMember(edit), context: ChangeContext(identity: .administrator("test"), today: TUIFixture.today))
        return state
    }

    /// The map opened from the directory, with `skill` selected.
    func opened(width: Int, height: Int, selecting skill: String? = nil, drone: String = "drone") throws -> AppModel {
        var model = AppModel(state: try Self.state(drone: drone), actor: "eric", today: TUIFixture.today, width: width, height: height)
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
        let row = screen.split(separator: "\n").first { $0.hasPrefix(" drone ") }
        #expect(row?.contains("one holder") == true && row?.contains("Gijs Hoekstra") == true)
        #expect(screen.contains("Only Gijs Hoekstra has this: a risk when they are away."))
        #expect(screen.contains("Esc back") && screen.contains("? all keys"))
    }

    @Test func escGoesBackToTheMembersAndTheKeyListNamesTheMapsKeys() throws {
        var model = try opened(width: 80, height: 24)
        #expect(model.render().text.contains("Skills map"))
        model.send(Keys.press(.char("?")))
        let keys = model.render().text
        #expect(keys.contains("move through the skills") && keys.contains("back to the members"))
        model.send(Keys.press(.escape, .escape))
        let screen = model.render().text
        #expect(!screen.contains("Skills map") && screen.contains("40/40 members"))
        // The directory's `?` names the key that opens it; `k` still moves up.
        model.send(Keys.press(.char("?")))
        #expect(model.render().text.contains("the skills map"))
        model.send(Keys.press(.escape, .down, .char("k")))
        #expect(model.members.skillsView == nil && model.members.selection == 0)
    }

    @Test func newDataKeepsTheSameSkillSelected() throws {
        var model = try opened(width: 120, height: 40, selecting: "drone")
        var state = model.state
        var edit = MemberEdit(id: "sanne")
        edit.skills = ["photography", "drone"]
        _ = try state.apply(.editMember(edit), context: ChangeContext(identity: .administrator("test"), today: TUIFixture.today))
        model.replaceData(state)
        let selected = try #require(model.members.skillsView?.selected)
        #expect(selected.name == "drone" && selected.holders.count == 2 && selected.flags == [])
    }

    @Test func at120x40() throws {
        let model = try opened(width: 120, height: 40, selecting: "copywriting")
        Snapshot.check(model.render().text, named: "skills-120x40")
    }

    @Test func inDutchAt80x24() throws {
        try dutch {
            let model = try opened(width: 80, height: 24, selecting: "dronefotografie", drone: "dronefotografie")
            let screen = model.render().text
            Snapshot.check(screen, named: "skills-80x24.nl")
            #expect(screen.contains("Alleen Gijs Hoekstra heeft dit: een risico als die weg is."))
            #expect(screen.split(separator: "\n").first { $0.hasPrefix(" dronefotografie ") }?.contains("één persoon") == true)
        }
    }

    @Test func inDutchAt120x40() throws {
        try dutch {
            let model = try opened(width: 120, height: 40, selecting: "3d-animation", drone: "dronefotografie")
            Snapshot.check(model.render().text, named: "skills-120x40.nl")
        }
    }
}
