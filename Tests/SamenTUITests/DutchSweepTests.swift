import Testing
@testable import SamenCore
@testable import SamenTUI

/// The screens a person walks through first, in Dutch at 80x24 (issue 15:
/// every screen in both languages, nothing cut off that loses meaning):
/// each stage of the Projects pane, the heat map, who could staff an
/// incoming assignment, Unit-2's finances. `DutchScreensTests` scans them.
@Suite("Dutch screens at 80x24") struct DutchSweepTests {
    static func screen(_ keys: [InputEvent]) throws -> String {
        try Language.$scoped.withValue(.nl) {
            var model = try TUIFixture.model(width: 80, height: 24)
            model.send(keys)
            return model.render().text
        }
    }

    @Test(arguments: [("projects-proposal-80x24", "2]"), ("projects-active-80x24", "2]]"), ("projects-done-80x24", "2]]]"),
                      ("capacity-members-80x24", "c"), ("suggestions-incoming-80x24", "2t"), ("finances-overview-unit2-80x24", "4")])
    func aScreenInDutch(_ name: String, _ keys: String) throws {
        let screen = try Self.screen(Keys.type(keys))
        Snapshot.check(screen, named: name + ".nl")
        #expect(screen.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
        let left = try DutchScreensTests.untranslated(in: screen)
        #expect(left.isEmpty, "\(name) shows English: \(left)")
    }
}
