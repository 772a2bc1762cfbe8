import ArgumentParser
import Foundation
import SamenCore

/// `samen finance export`: the books for the accountant, as an hledger
/// journal or CSV tables; the text is written by SamenCore.
struct FinanceExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: MoneyHelpWords.exportAbstract.text,
        subcommands: [Hledger.self, CSV.self]
    )
}

/// Where an export goes: a file, written whole or not at all, or stdout.
struct ExportOutput: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(MoneyHelpWords.exportOutputHelp.text, valueName: "FILE"))
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
            abstract: MoneyHelpWords.hledgerAbstract.text,
            discussion: MoneyHelpWords.hledgerDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @Option(help: ArgumentHelp(MoneyHelpWords.hledgerYearHelp.text)) var year: Int?
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
            abstract: MoneyHelpWords.csvAbstract.text,
            discussion: MoneyHelpWords.csvDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(MoneyHelpWords.csvTableHelp.text, valueName: "TABLE"))
        var table: String
        @Option(help: ArgumentHelp(MoneyHelpWords.csvYearHelp.text)) var year: Int?
        @OptionGroup var output: ExportOutput

        func validate() throws {
            try Parse.year(year)
            guard CSVExport.Table(rawValue: table) != nil else {
                throw ValidationError(ErrorWords.notATable(table: table, choices: CSVExport.Table.allCases.map(\.rawValue).joined(separator: ", ")).text)
            }
        }

        func run() throws {
            let state = try options.readForFinances()
            let csv = try CSVExport.table(CSVExport.Table(rawValue: table)!, state: state, year: year, today: options.context().today)
            try output.write(csv.text, network: state.network)
        }
    }
}
