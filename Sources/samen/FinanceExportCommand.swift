import ArgumentParser
import Foundation
import SamenCore

/// `samen finance export`: the books for the accountant, as an hledger
/// journal or CSV tables; the text is written by SamenCore.
struct FinanceExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the books for the accountant: an hledger journal or CSV tables.",
        subcommands: [Hledger.self, CSV.self]
    )
}

/// Where an export goes: a file, written whole or not at all, or stdout.
struct ExportOutput: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to FILE instead of stdout (replaced whole, never half-written).", valueName: "FILE"))
    var output: String?

    func write(_ text: String, network: Network) throws {
        if let output {
            try ExportFile.write(text, to: output, network: network)
        } else {
            Console.document(text)
        }
    }
}

extension FinanceExportCommand {
    struct Hledger: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hledger",
            abstract: "The books as an hledger journal that `hledger check -s` accepts.",
            discussion: """
            Every account and the € commodity are declared (Dutch decimal marks:
            € 1.234,56); each ledger entry is one transaction, its code the entry's
            id, tagged kind:, member:, project: and category:. At each month end a
            balance assertion on the bank, every member's receivable and every
            partner's account that moved lets hledger check its balances against
            Samen's. With --year the journal opens with the balances carried from
            earlier years. The chart of accounts is in the README ("For the
            accountant").

            Examples:
              samen finance export hledger --year 2025 -o st-groep-2025.journal
              hledger -f st-groep-2025.journal check -s
              hledger -f st-groep-2025.journal is
              hledger -f st-groep-2025.journal bal tag:member=guido
            """
        )
        @OptionGroup var options: DataOptions
        @Option(help: "Only this calendar year, opening with the balances carried from earlier years.") var year: Int?
        func validate() throws { try Parse.year(year) }
        @OptionGroup var output: ExportOutput

        func run() throws {
            let state = try options.readForFinances()
            let text = try HledgerJournal(state: state, year: year, exportedOn: options.context().today).text()
            try output.write(text, network: state.network)
        }
    }

    struct CSV: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "csv",
            abstract: "A table as CSV for a spreadsheet: ledger, statements or costs.",
            discussion: """
            RFC 4180 CSV with a header row. Amounts are plain decimals with a point
            and no thousands separator (1234.56, -12.50), which spreadsheets read as
            numbers; rates are percentages (15.00). Text from the data that starts
            with =, +, - or @ gets a leading ' so a spreadsheet never runs it as a
            formula.

              ledger       one row per ledger entry (counts_as: the kind a
                           correction counts as)
              statements   one row per member statement for the year (default
                           this year)
              costs        one row per cost, and per correction of a cost

            Examples:
              samen finance export csv ledger --year 2025 -o ledger-2025.csv
              samen finance export csv statements --year 2025
              samen finance export csv costs --year 2025
            """
        )
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp("The table: \(CSVExport.Table.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "TABLE"))
        var table: String
        @Option(help: "Only this calendar year (statements: the year of the statements, default this year).") var year: Int?
        @OptionGroup var output: ExportOutput

        func validate() throws {
            try Parse.year(year)
            guard CSVExport.Table(rawValue: table) != nil else {
                throw ValidationError("'\(table)' is not a table; choose one of: \(CSVExport.Table.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() throws {
            let state = try options.readForFinances()
            let csv = try CSVExport.table(CSVExport.Table(rawValue: table)!, state: state, year: year, today: options.context().today)
            try output.write(csv.text, network: state.network)
        }
    }
}
