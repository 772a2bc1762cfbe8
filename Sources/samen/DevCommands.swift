import ArgumentParser
import Foundation
import SamenCore

/// Commands for Samen's own tests, hidden from help.
struct DevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: CLIHelpWords.devAbstract.text,
        shouldDisplay: false,
        subcommands: [Churn.self]
    )

    /// Applies changes as fast as it can and prints "ack N" after each one is
    /// saved, so a crash test can kill it at any moment and then check that
    /// every acknowledged change survived.
    struct Churn: ParsableCommand {
        @OptionGroup var options: DataOptions
        @Option(help: ArgumentHelp(CLIHelpWords.churnCountHelp.text)) var count = 1_000
        @Option(help: ArgumentHelp(CLIHelpWords.churnLabelHelp.text)) var label = "w"
        @Flag(help: ArgumentHelp(CLIHelpWords.churnStepsHelp.text)) var steps = false

        func validate() throws { try Parse.integer(count, option: "--count", in: 0...1_000_000) }

        func run() throws {
            let store = try options.openStore()
            let ctx = options.context()
            for i in 0..<count {
                var change: Change
                switch steps ? -1 : i % 3 {
                case -1:
                    change = .steps([
                        .addMember(Member(id: "\(label)-\(i)", name: "Churn \(label) \(i)", role: .member, city: "Leiden", joined: ctx.today)),
                        .addProject(Project(id: 0, title: "\(label)-\(i)", client: "Churn", city: "Leiden", estimatedHours: 8,
                                            period: DateRange(start: ctx.today, weeks: 1), received: ctx.now)),
                    ])
                case 0:
                    change = .addMember(Member(id: "\(label)-\(i)", name: "Churn \(label) \(i)", role: .member, city: "Leiden", joined: ctx.today))
                case 1:
                    let member = store.state.members.first!.id
                    change = .addLedgerEntry(LedgerEntry(id: 0, kind: .payment, date: ctx.today, amount: Money(cents: Int64(i + 1)),
                                                         member: member, note: "\(label)-\(i)", at: ctx.now, by: ctx.actor))
                default:
                    change = .addProject(Project(id: 0, title: "\(label)-\(i)", client: "Churn", city: "Leiden", estimatedHours: 8,
                                                 period: DateRange(start: ctx.today, weeks: 1), received: ctx.now))
                }
                try store.apply(change, context: ChangeContext(identity: ctx.identity, today: ctx.today))
                // Console writes unbuffered, so every line printed is a change already saved.
                Console.out("ack \(i)")
            }
        }
    }
}
