import Foundation
import Testing
@testable import SamenCore

/// Issue 17's walk: the Unit-2 demo's congress media team (project 19)
/// staffed from the dashboard in a few keys: `t` shows the proposed team,
/// `T` and `y` staff everyone tentatively as one change, and the heat map
/// shows the hours in the congress week.
@Suite("Proposed team in tmux", .serialized)
struct TeamTmuxTests {
    @Test func theCongressTeamIsStaffedInAFewKeys() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        let env = ["SAMEN_TODAY": "2026-11-23"]
        #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir], environment: env).status == 0)
        // The command line proposes the same team.
        let cli = try SamenBinary.run(["project", "suggest", "19", "--data", dir], environment: env)
        #expect(cli.stdout.contains("Proposed team: 10 members cover every skill"), "\(cli.stdout)")
        #expect(!cli.stdout.contains("overbooked"))
        let skillLine = try #require(cli.stdout.split(separator: "\n").first { $0.hasPrefix("  journalism 27.5 h (3 days · 9.2 h/day): ") })

        let tmux = try DashboardTmuxTests.Tmux()
        try tmux.start("\(DashboardTmuxTests().environment(dir)) \(SamenBinary.path) --data \(dir)", width: 120, height: 40)
        _ = try tmux.waitFor("1 Members")
        try tmux.keys("2")
        _ = try tmux.waitFor(all: [" Incoming ", "t staff"])
        try tmux.keys("/")
        try tmux.text("Bioinformatics")
        try tmux.keys("Enter")
        _ = try tmux.waitFor(all: ["1/20 projects", "│ Congress media team: European"])
        try tmux.keys("t")
        var screen = try tmux.waitFor(all: ["Proposed team: 10 members cover every skill", String(skillLine.dropFirst(2)), "T staff team"])
        #expect(!screen.contains("overbooked"))
        try tmux.keys("T")
        _ = try tmux.waitFor("Staff the proposed team on project 19")
        try tmux.keys("y")
        screen = try tmux.waitFor(all: ["On the team (tentative until won)", "saved"])
        #expect(!screen.contains("Proposed team"))
        try tmux.keys("Escape")
        // The heat map: Gijs, free in the congress week, now has tentative work there and not the week before.
        try tmux.keys("1")
        try tmux.keys("c")
        try tmux.keys("/")
        try tmux.text("Gijs")
        try tmux.keys("Enter")
        screen = try tmux.waitFor(all: ["Capacity: free h/week", "Gijs Hoekstra", "1/39 members"])
        let lines = screen.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.contains("W52") && $0.contains("NAME") })
        let row = try #require(lines.first { $0.contains("Gijs Hoekstra") })
        let at = try #require(header.range(of: "W52"))
        let column = header.distance(from: header.startIndex, to: at.lowerBound)
        let cell = String(Array(row)[max(0, column - 1)..<min(row.count, column + 4)])
        let before = String(Array(row)[max(0, column - 5)..<column])
        // ▒: tentative hours that week (the heat map's mark for work on a proposal).
        #expect(cell.contains("▒"), "W52: '\(cell)' in \(row)")
        #expect(!before.contains("▒"), "W51: '\(before)' in \(row)")
        try tmux.quit()

        let show = try SamenBinary.run(["project", "show", "19", "--data", dir], environment: env)
        #expect(show.stdout.contains("Gijs Hoekstra"), "\(show.stdout)")
    }
}
