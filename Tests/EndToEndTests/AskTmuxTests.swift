import Foundation
import Testing
@testable import SamenCore

/// The whole ask-and-answer loop across two processes (issue 16, part 1):
/// on the ST-groep demo, Pierre asks Katleen from the dashboard's "who could
/// do this?", Katleen answers with the command line, and Pierre's dashboard
/// shows her answer as soon as it reloads the changed files.
@Suite("Asking to join in tmux", .serialized)
struct AskTmuxTests {
    @Test func partnerAsksInTheDashboardAssociateAnswersWithTheCLI() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        #expect(try SamenBinary.run(["init", "--demo", "st-groep", "--data", dir], environment: ["SAMEN_TODAY": "2026-11-23"]).status == 0)
        let list = try SamenBinary.run(["project", "list", "--status", "incoming", "--data", dir])
        let line = try #require(list.stdout.split(separator: "\n").first { $0.contains("Team development for the new inte") })
        let id = try #require(line.split(separator: " ").first.map(String.init))

        let tmux = try DashboardTmuxTests.Tmux()
        let env = DashboardTmuxTests().environment(dir).replacingOccurrences(of: "SAMEN_USER=eric", with: "SAMEN_USER=pierre")
        try tmux.start("\(env) \(SamenBinary.path) --data \(dir)", width: 120, height: 40)
        _ = try tmux.waitFor("1 Members")
        try tmux.keys("2")
        try tmux.keys("/")
        try tmux.text("intensive")
        try tmux.keys("Enter")
        try tmux.keys("t")
        _ = try tmux.waitFor(all: ["Who could do this?", "Katleen Verbeek", "a ask"])
        try tmux.keys("a")
        _ = try tmux.waitFor("Ask Katleen Verbeek to join project \(id)")
        try tmux.keys("Enter")
        var screen = try tmux.waitFor(all: ["saved: asked Katleen Verbeek to join project \(id) for 10 h/wk", "asked today"])

        // Katleen, in another process, sees the question and says yes for 8 hours, fewer than asked.
        let asks = try SamenBinary.run(["project", "asks", "--data", dir], environment: ["SAMEN_USER": "katleen"])
        #expect(asks.status == 0)
        #expect(asks.stdout.contains("Team development") && asks.stdout.contains("asked today"), "\(asks.stdout)")
        let answer = try SamenBinary.run(["project", "answer", id, "--yes", "--hours", "8", "--data", dir], environment: ["SAMEN_USER": "katleen"])
        #expect(answer.status == 0, "\(answer.stderr)")
        #expect(answer.stdout.contains("Katleen Verbeek said yes to project \(id), 8 h/wk"))

        // Pierre's dashboard reloads and shows her on the team, tentatively.
        screen = try tmux.waitFor(all: ["On the team (tentative until won)", "on the team, 8 h/wk"], seconds: 15)
        #expect(!screen.contains("asked today"), "\(screen)")
        try tmux.keys("Escape")
        try tmux.keys("m")
        try tmux.keys("a")
        // Every open question: the demo's own to Ellen, not Katleen's, which is answered.
        screen = try tmux.waitFor(all: ["Every open question", "Ellen de Bruijn"])
        #expect(!screen.contains("Katleen Verbeek"), "\(screen)")
        try tmux.quit()
    }
}
