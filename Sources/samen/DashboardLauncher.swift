import Foundation
import SamenCore
import SamenTUI

/// Hands over to the terminal UI when there is a terminal to draw on.
enum DashboardLauncher {
    static var canOpen: Bool { NcursesBackend.unavailableReason() == nil }
    static var whyNot: String { NcursesBackend.unavailableReason() ?? "" }

    static func open(store: Store, identity: ChangeContext.Identity, themeFlag: String?) throws {
        if let reason = NcursesBackend.unavailableReason() { throw DashboardError(reason) }
        let env = ProcessInfo.processInfo.environment
        let (theme, warnings) = ThemeChoice.resolve(flag: themeFlag, environment: env,
                                                    executablePath: CommandLine.arguments[0],
                                                    currentDirectory: FileManager.default.currentDirectoryPath)
        // Said before the screen is taken over, and again after, so it is seen.
        for w in warnings { printError("samen: \(w)") }
        let backend = try NcursesBackend(theme: theme)
        let dashboard = Dashboard(store: store, identity: identity, backend: backend, today: Day.today(environment: env),
                                  clock: { Day.today(environment: env) })
        try dashboard.run()
        for w in warnings { printError("samen: \(w)") }
        if let signal = backend.stoppedBySignal {
            // The terminal is restored; now end the way the signal asked.
            Signals.dieOf(signal)
        }
    }
}
