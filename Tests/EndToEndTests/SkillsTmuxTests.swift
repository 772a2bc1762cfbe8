import Foundation
import Testing
@testable import SamenCore

/// The skills map in a real terminal (issue 16's walk): the Unit-2 demo,
/// `1` for the members, `K` for the map, and the skill only one member holds
/// is there, flagged, with who it is: Gijs's drone, in the demo as it ships.
@Suite("Skills map in tmux", .serialized)
struct SkillsTmuxTests {
    @Test func unit2ShowsASkillOnlyOneMemberHolds() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let (tmux, _) = try DashboardTmuxTests.openDemo("unit-2", in: root, width: 80, height: 24)
        _ = try tmux.waitFor("1 Members")
        try tmux.keys("1")
        try tmux.keys("K")
        var screen = try tmux.waitFor(all: ["Skills map", "drone", "Esc back"])
        let drone = screen.split(separator: "\n").first { $0.contains(" drone ") }
        #expect(drone?.contains("one holder") == true, "\(screen)")
        #expect(drone?.contains("Gijs Hoekstra") == true)
        // Down to it: the detail says who and why it matters.
        let skills = screen.split(separator: "\n").map(String.init)
        let header = try #require(skills.firstIndex { $0.hasPrefix(" SKILL") })
        let at = try #require(skills.firstIndex { $0.contains(" drone ") })
        for _ in 0..<(at - header - 1) { try tmux.keys("Down") }
        screen = try tmux.waitFor("Only Gijs Hoekstra has this: a risk when they are away.")
        // Esc goes back to the members.
        try tmux.keys("Escape")
        screen = try tmux.waitFor("40/40 members")
        #expect(!screen.contains("Skills map"))
        try tmux.quit()
    }
}
