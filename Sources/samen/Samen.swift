import Foundation
import ArgumentParser
import SamenCore

@main
struct Samen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samen",
        abstract: CLIHelpWords.rootAbstract.text,
        discussion: CLIHelpWords.rootDiscussion.text,
        version: "samen \(SamenVersion.current)",
        subcommands: [
            OpenCommand.self, DemoCommand.self, InitCommand.self, GenerateCommand.self, CheckCommand.self, VerifyCommand.self,
            MemberCommand.self, ProjectCommand.self, CapacityCommand.self, RequestCommand.self, LedgerCommand.self, FinanceCommand.self, HistoryCommand.self,
            SkillsCommand.self,
            GiveAndTakeCommand.self, ProductCommand.self,
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
