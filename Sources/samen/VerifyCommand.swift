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
            Console.out("baseline made: the files as they are now, named on history line \(line); verification starts from here")
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
                Console.out("verified: the \(report.changes) change(s) since the baseline of \(report.baselineAt.iso) (history line \(report.baselineLine)) make exactly the data files")
                Console.out(Self.signatures(report))
            }
        } catch let failure as HistoryVerification.Failure {
            if output.json {
                var b = JSONObjectBuilder()
                b.set("verified", false); b.set("file", failure.file); b.set("line", failure.line); b.set("message", failure.message)
                printJSON(b.value)
            } else {
                printError(TerminalText.sanitise("\(failure)"))
                printError("does not verify: nothing was changed")
            }
            throw ExitCode(ExitStatus.notVerified)
        }
    }

    /// "signed: 8 of 12 lines, each by a key its author had registered; unsigned: lines 1, 2, 5 and 9".
    static func signatures(_ r: HistoryVerification.Report) -> String {
        let total = r.signed + r.unsigned.count
        var text = "signed: \(r.signed) of \(total) line(s) from the baseline on, each by a key its author had registered"
        if !r.unsigned.isEmpty {
            let shown = r.unsigned.prefix(10).map(String.init)
            text += "; unsigned: line\(r.unsigned.count == 1 ? "" : "s") " + shown.joined(separator: ", ") + (r.unsigned.count > 10 ? " and \(r.unsigned.count - 10) more" : "")
        }
        return text
    }
}
