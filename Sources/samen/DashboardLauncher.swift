import Foundation
import SamenCore

/// Hands over to the terminal UI when there is a terminal to draw on.
enum DashboardLauncher {
    static var canOpen: Bool { whyNotReason == nil }
    static var whyNot: String { whyNotReason ?? "" }

    static var whyNotReason: String? {
        if isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 { return "the dashboard needs a terminal (stdin and stdout are not one)" }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return "the dashboard needs a terminal that can move the cursor (TERM is '\(term)')" }
        return "the dashboard is not built yet; use the subcommands (samen --help)"
    }

    static func open(store: Store, actor: String) throws {
        if let reason = whyNotReason { throw DashboardUnavailable(reason: reason) }
    }
}

struct DashboardUnavailable: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
