import Foundation
import ArgumentParser
import SamenCore

@main
struct Samen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samen",
        abstract: "A terminal dashboard for a network of freelancers who work apart together.",
        discussion: """
        Samen keeps a network's members, assignments, help requests and shared
        money in a data directory of plain JSON files that several people can
        use at once. Without a subcommand it opens the dashboard.

        The data directory is --data DIR, else $SAMEN_DATA, else
        $XDG_DATA_HOME/samen (~/.local/share/samen). You act as your Unix
        user; --as MEMBER (or $SAMEN_USER) says for whom, where the rules
        let you act for them (a partner for an associate, say).

        Examples:
          samen demo                          try it on the Unit-2 demo network
          samen init --demo st-groep --data ~/st
          samen member list --skill illustration --data ~/st
          samen project add --title "Congress report" --client Naturalis \\
                --skills journalism,film --hours 60 --start 2026-12-07 \\
                --weeks 1 --city Leiden
          samen capacity --skill illustration --min-spare 16 --weeks 3
          samen project suggest 19            who should take it, and why
          samen check --data ~/st
        """,
        version: "samen \(SamenVersion.current)",
        subcommands: [
            OpenCommand.self, DemoCommand.self, InitCommand.self, GenerateCommand.self, CheckCommand.self, VerifyCommand.self,
            MemberCommand.self, ProjectCommand.self, CapacityCommand.self, RequestCommand.self, LedgerCommand.self, FinanceCommand.self, HistoryCommand.self,
            DevCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// swift-argument-parser's own `main`, except that the message of an
    /// error (a refusal quoting a member's name, a bad value echoed back)
    /// reaches the terminal through `Console` like everything else.
    static func main() {
        // The language first: every word after this, `--help` too, is in it.
        let chosen = LanguageChoice.resolve(arguments: Array(CommandLine.arguments.dropFirst()),
                                            environment: ProcessInfo.processInfo.environment)
        Language.choose(chosen.language)
        for w in chosen.warnings { Console.error("samen: \(LanguageWords.warning.text): \(w.text)") }
        let arguments = chosen.arguments
        if let slip = Spelling.unknownCommand(in: arguments) { Console.exit(for: UsageRefusal(slip)) }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            Console.exit(for: error)
        }
    }
}
