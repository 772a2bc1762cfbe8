import ArgumentParser
import SamenCore

/// `samen give-and-take`: what each member brought in and took in a year,
/// the same numbers as the dashboard's view `b` in the Members pane.
struct GiveAndTakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "give-and-take",
        abstract: GiveAndTakeCommandWords.abstract.text,
        usage: "samen give-and-take [--year Y] [--json] [--data DIR]",
        discussion: GiveAndTakeCommandWords.discussion.text
    )

    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption
    @Option(help: ArgumentHelp(GiveAndTakeCommandWords.yearHelp.text, valueName: "Y")) var year: Int?

    func validate() throws {
        if let year, !GiveAndTake.yearRange.contains(year) {
            throw ValidationError(ErrorWords.between(option: "--year", low: GiveAndTake.yearRange.lowerBound, high: GiveAndTake.yearRange.upperBound, got: year).text)
        }
    }

    func run() throws {
        let today = options.context().today
        let state = try options.readWithoutLedger()
        let view: GiveAndTake
        do { view = try GiveAndTake(state, year: year ?? today.year, today: today) }
        catch let e as DomainError { throw ValidationError(e.message) }
        if output.json { printJSON(view.json); return }
        guard !view.rows.isEmpty else { printError(GiveAndTakeWords.nobody(view.year).text); return }
        Console.out(Self.text(view, style: state.network.moneyStyle))
    }

    /// One block a member: name, bar and balance, then their year in words.
    static func text(_ view: GiveAndTake, style: MoneyStyle) -> String {
        var lines = [GiveAndTakeWords.title(view.year).text, ""]
        let nameWidth = min(28, view.rows.map { DisplayWidth.of($0.name) }.max() ?? 0)
        for r in view.rows {
            lines.append(DisplayWidth.fit(r.name, nameWidth) + "  " + r.bar(width: 10) + "  " + GiveAndTakeWords.balance(r.balance.word).text)
            lines.append("  " + r.sentences(style: style).joined(separator: "; "))
        }
        lines.append("")
        lines.append(GiveAndTakeWords.legend.text)
        return lines.joined(separator: "\n")
    }
}
