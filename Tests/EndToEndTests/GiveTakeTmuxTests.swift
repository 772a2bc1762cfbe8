import Foundation
import Testing
@testable import SamenCore

/// Bringing and taking in a real terminal (issue 16's Done-when): the Unit-2
/// demo, `1` for the members, `b`, and a newcomer sees what each member
/// brought and took this year.
@Suite("Give and take in tmux", .serialized)
struct GiveTakeTmuxTests {
    @Test func unit2ShowsWhatEachMemberBroughtAndTook() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let (tmux, _) = try DashboardTmuxTests.openDemo("unit-2", in: root)
        _ = try tmux.waitFor("1 Members")
        try tmux.keys("1")
        try tmux.keys("b")
        let screen = try tmux.waitFor(all: ["Bringing and taking, 2026", "Anaïs Laurent", "Esc back"])
        let anais = screen.split(separator: "\n").first { $0.contains("Anaïs Laurent") && !$0.contains("BALANCE") }
        #expect(anais?.contains("brought more than took") == true, "\(screen)")
        #expect(screen.contains("brought in 1 project, 1 won: 216 h"))
        try tmux.keys("Escape")
        _ = try tmux.waitFor("40/40 members")
        try tmux.quit()
    }
}
