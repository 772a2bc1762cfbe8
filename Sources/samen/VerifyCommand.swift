import ArgumentParser
import SamenCore

/// `samen verify`: the data files are exactly what the history makes of the
/// directory's baseline (issue 14; signatures are its next step).
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: CLIHelpWords.verifyAbstract.text,
        discussion: CLIHelpWords.verifyDiscussion.text
    )

    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption

    @Flag(name: .customLong("make-baseline"), help: ArgumentHelp(CLIHelpWords.verifyMakeBaselineHelp.text))
    var makeBaseline = false

    @Flag(name: .customLong("require-signatures"), help: ArgumentHelp(CLIHelpWords.verifyRequireSignaturesHelp.text))
    var requireSignatures = false

    func run() throws {
        if makeBaseline {
            let store = try options.openStore()
            let line = try store.makeBaseline(context: options.context())
            Console.out(CLIWords.baselineMade(line: line).text)
            return
        }
        do {
            let report = try HistoryVerification.verify(directory: options.directory, requireSignatures: requireSignatures)
            if output.json {
                var b = JSONObjectBuilder()
                b.set("verified", true); b.set("changes", report.changes); b.set("baselineLine", report.baselineLine)
                b.set("baselineAt", report.baselineAt)
                b.set("signed", report.signed); b.set("unsignedLines", .array(report.unsigned.map { .int(Int64($0)) }))
                printJSON(b.value)
            } else {
                Console.out(CLIWords.verified(changes: report.changes, since: report.baselineAt.iso, line: report.baselineLine).text)
                Console.out(Self.signatures(report))
            }
        } catch let failure as HistoryVerification.Failure {
            if output.json {
                var b = JSONObjectBuilder()
                b.set("verified", false); b.set("file", failure.file); b.set("line", failure.line); b.set("message", failure.phrase.en)
                printJSON(b.value)
            } else {
                printError(TerminalText.sanitise("\(failure)"))
                printError(CLIWords.doesNotVerify.text)
            }
            throw ExitCode(ExitStatus.notVerified)
        }
    }

    /// "signed: 8 of 12 lines, each by a key its author had registered; unsigned: lines 1, 2, 5 and 9".
    static func signatures(_ r: HistoryVerification.Report) -> String {
        let total = r.signed + r.unsigned.count
        var text = CLIWords.signatures(signed: r.signed, total: total).text
        if !r.unsigned.isEmpty {
            let shown = r.unsigned.prefix(10).map(String.init)
            text += CLIWords.unsignedLines(count: r.unsigned.count, lines: shown.joined(separator: ", ")).text
                + (r.unsigned.count > 10 ? CLIWords.andMore(r.unsigned.count - 10).text : "")
        }
        return text
    }
}
