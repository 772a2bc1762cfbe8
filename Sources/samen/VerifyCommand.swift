import ArgumentParser
import SamenCore

/// `samen verify`: the data files are exactly what the history makes of the
/// directory's baseline (issue 14; signatures are its next step).
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove the data files are what the history's changes make of the baseline.",
        discussion: """
        Replays every change in history.jsonl since the directory was made,
        through the same rules, as the same person on the same day, and
        compares the result with every record of every data file. Names the
        first place where that fails: a record edited outside Samen, or a
        history line the rules refuse. Reads the files themselves, never the
        cache, and changes nothing. Exits 3 when the files do not verify.

        Every signed line must be signed, over its own bytes, by a key its
        author had registered and not revoked at that point (samen member key);
        unsigned lines are counted and named. --require-signatures makes an
        unsigned line a failure, for a network whose members all have keys.

        A directory made before Samen kept a baseline cannot be replayed:
        --make-baseline (a partner or an administrator) takes its files as
        they are now as true, by a history line in their name, and
        verification starts from there. Everything before it is then taken
        on their word.

        Examples:
          samen verify --data ~/st
          samen verify --make-baseline --data ~/st
        """
    )

    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption

    @Flag(name: .customLong("make-baseline"), help: """
        Take the files as they are now as true, and verify from here on: for a \
        directory made before Samen kept a baseline (a partner or an administrator).
        """)
    var makeBaseline = false

    @Flag(name: .customLong("require-signatures"), help: "Fail on the first change since the baseline that is not signed.")
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
