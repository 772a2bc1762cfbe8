import ArgumentParser
import SamenCore

/// `samen finance`: the year's money as partners, associates and the accountant read it.
struct FinanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finance",
        abstract: "Where the network's money came from and went, who receives or owes what, and the rates.",
        discussion: """
        The same numbers as the dashboard's Finances pane (4). Entries are added and
        corrected with `samen ledger`. Every member may look; only partners, roles in
        network.json's coordinatorRoles and the members it names as bookkeepers may
        change the rate card and contribution percentages. `samen finance export`
        hands the books to the accountant as an hledger journal or CSV.

        Examples:
          samen finance report --year 2025
          samen finance rates
          samen finance rate set --seniority medior --band small --hourly 102,00 --from 2027-01-01
          samen finance contribution set --role associate --percent 12,5 --from 2027-01-01
          samen finance export hledger --year 2025 -o books-2025.journal
        """,
        subcommands: [FinanceReportCommand.self, FinanceStatementCommand.self, Rates.self, Rate.self, Contribution.self,
                      FinanceExportCommand.self],
        defaultSubcommand: FinanceReportCommand.self
    )
}

struct FinanceReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A year's contributions, other income, costs, result and its distribution among the partners.",
        discussion: """
        A year that is not closed shows the distribution the result would get if
        it were closed now ("projected"). Money in --json is in cents.

        Examples:
          samen finance report --year 2025
          samen finance report --json | jq '.distribution[] | {name, amount}'
        """
    )
    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption
    @Option(help: "The calendar year (default: this year).") var year: Int?
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
        abstract: "One member's year: revenue through the network, contributions and their rate, charges, payments, balance due.",
        discussion: """
        The balance due carries over from earlier years: what was owed on 1 January,
        plus contributions and charges, minus payments. A negative balance is a credit.

        Examples:
          samen finance statement katleen --year 2025
          samen finance statement pierre --json
        """
    )
    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The member's id.") var member: String
    @Option(help: "The calendar year (default: this year).") var year: Int?
    func validate() throws { try Parse.year(year) }

    func run() throws {
        let state = try options.readForFinances()
        let statement = try state.memberStatement(member: member, year: year ?? options.context().today.year)
        if output.json { printJSON(statement.json); return }
        Console.out(FinanceReportText.render(statement, network: state.network))
    }
}
