import ArgumentParser
import SamenCore

/// `samen finance`: the year's money as partners, associates and the accountant read it.
struct FinanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finance",
        abstract: MoneyHelpWords.financeAbstract.text,
        discussion: MoneyHelpWords.financeDiscussion.text,
        subcommands: [FinanceReportCommand.self, FinanceStatementCommand.self, Rates.self, Rate.self, Contribution.self,
                      FinanceExportCommand.self],
        defaultSubcommand: FinanceReportCommand.self
    )
}

struct FinanceReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: MoneyHelpWords.reportAbstract.text,
        discussion: MoneyHelpWords.reportDiscussion.text
    )
    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption
    @Option(help: ArgumentHelp(MoneyHelpWords.yearHelp.text)) var year: Int?
    func validate() throws { try Parse.year(year) }

    func run() throws {
        let state = try options.readForFinances()
        let today = options.context().today
        let report = state.financeReport(year: year ?? today.year, today: today)
        if output.json { printJSON(report.json) } else { Console.out(FinanceReportText.render(report, network: state.network)) }
        // Half a million entries need not be freed one by one by a process that
        // is done: at S100 that teardown is 15 ms of a 200 ms budget.
        exitAfterOutput(state)
    }
}

struct FinanceStatementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statement",
        abstract: MoneyHelpWords.statementAbstract.text,
        discussion: MoneyHelpWords.statementDiscussion.text
    )
    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption
    @Argument(help: ArgumentHelp(MoneyHelpWords.statementMemberHelp.text)) var member: String
    @Option(help: ArgumentHelp(MoneyHelpWords.yearHelp.text)) var year: Int?
    func validate() throws { try Parse.year(year) }

    func run() throws {
        let state = try options.readForFinances()
        let statement = try state.memberStatement(member: member, year: year ?? options.context().today.year)
        if output.json { printJSON(statement.json); return }
        Console.out(FinanceReportText.render(statement, network: state.network))
    }
}
