import Foundation
@testable import SamenCore

extension DashboardTmuxTests {
    /// A demo network made in `root/data` with the day pinned, and the
    /// dashboard opened on it in tmux as `user`, as the tmux walks of the
    /// demos begin. Returns the terminal and the data directory.
    static func openDemo(_ demo: String, in root: String, as user: String = "eric",
                         width: Int = 120, height: Int = 40) throws -> (tmux: Tmux, dir: String) {
        let dir = root + "/data"
        let made = try SamenBinary.run(["init", "--demo", demo, "--data", dir], environment: ["SAMEN_TODAY": "2026-11-23"])
        guard made.status == 0 else { throw DemoNotMade(demo: demo, stderr: made.stderr) }
        let tmux = try Tmux()
        let env = DashboardTmuxTests().environment(dir).replacingOccurrences(of: "SAMEN_USER=eric", with: "SAMEN_USER=\(user)")
        try tmux.start("\(env) \(SamenBinary.path) --data \(dir)", width: width, height: height)
        return (tmux, dir)
    }

    struct DemoNotMade: Error, CustomStringConvertible {
        let demo: String, stderr: String
        var description: String { "samen init --demo \(demo) failed: \(stderr)" }
    }
}
