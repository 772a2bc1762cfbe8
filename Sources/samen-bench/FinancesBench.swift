import Foundation
import SamenCore
import SamenTUI

/// Issue 7's Finances pane as the dashboard runs it once open: the ledger
/// index built when the pane is first shown after a data change, the year's
/// report worked out when a year is first shown (then kept until the data
/// changes), and the ledger list's year switch and filter.
@MainActor func financesRows(_ name: String, state: NetworkState, big: Bool) {
    let runs = big ? 11 : 50
    let years = state.ledgerYears(today: today)
    let entries = state.ledger.count
    let index = measure(runs: runs) { AppModel.buildFinancesPane(state, today: today) }
    rows.append(Row(size: name, what: "finances pane: ledger index over \(entries) entries and the latest years' reports, on both cores (once per data version)",
                    median: index, unit: "ms", target: ""))
    let report = measure(runs: runs) { _ = state.financeReport(year: years.upperBound - 1) }
    rows.append(Row(size: name, what: "finance report for one year (what the overview shows)", median: report, unit: "ms", target: ""))

    let directory = AppModel(state: state, actor: "bench", today: today, width: 160, height: 50)
    let first = measure(runs: runs) {
        var model = directory
        _ = model.update(.key(.char("4")))
        _ = model.render()
    }
    rows.append(Row(size: name, what: "finances pane: first `4` after a data change (index and the \(min(years.count, 4)) latest years' reports on both cores), first frame (160×50)",
                    median: first, unit: "ms", target: ""))

    // The target: `[` and `]` on the overview, each drawn.
    var open = directory
    _ = open.update(.key(.char("4")))
    var model = open
    var step = 0
    let switchYear = measure(runs: 40) {
        _ = model.update(.key(.char(step % 2 == 0 ? "[" : "]")))
        step += 1
        _ = model.render()
    }
    rows.append(Row(size: name, what: "finances pane: year switch on the overview (`[` `]`), rendered",
                    median: switchYear, unit: "ms", target: big ? "≤ 50 ms" : ""))

    // Statements: every member's statement of a year, worked out when the
    // view first shows that year (one pass over the ledger), then kept.
    var statementsOpen = open
    _ = statementsOpen.update(.key(.char("s")))
    let statementsFresh = statementsOpen
    let statements = measure(runs: runs) {
        var m = statementsFresh
        _ = m.update(.key(.char("[")))
        _ = m.render()
    }
    rows.append(Row(size: name, what: "finances pane: statements, year switch (that year's statements worked out), rendered",
                    median: statements, unit: "ms", target: ""))

    // The ledger list: year switch and filter as you type.
    var ledger = open
    _ = ledger.update(.key(.char("l")))
    let ledgerSwitch = measure(runs: 40) {
        _ = ledger.update(.key(.char(step % 2 == 0 ? "]" : "[")))
        step += 1
        _ = ledger.render()
    }
    rows.append(Row(size: name, what: "finances pane: ledger, year switch, rendered", median: ledgerSwitch, unit: "ms", target: big ? "≤ 50 ms" : ""))
    let textYear = years.upperBound - 1
    let build = AppModel.ledgerYearTextBuilder(state, year: textYear)
    let text = measure(runs: runs) { build() }
    let inYear = state.ledger.reduce(0) { $0 + ($1.date.year == textYear ? 1 : 0) }
    rows.append(Row(size: name, what: "finances pane: one year's search text (\(inYear) entries; built on another core when the year is shown)",
                    median: text, unit: "ms", target: ""))
    // The year's text arrives on another core while the person reaches for `/`.
    _ = ledger.finishInline(ledger.update(.key(.char("/"))))
    let typing = ledger
    let firstLetter = measure(runs: runs) {
        var m = typing
        _ = m.update(.key(.char("c")))   // every entry of the year searched
        _ = m.render()
    }
    rows.append(Row(size: name, what: "finances pane: ledger filter, first letter (every entry of the year searched), rendered", median: firstLetter,
                    unit: "ms", target: big ? "≤ 10 ms" : ""))
    var typed = 0
    let letters = Array("kind:cost")
    let filter = measure(runs: 54) {
        let n = letters.count
        _ = ledger.update(.key(typed % (2 * n) < n ? .char(letters[typed % n]) : .backspace))
        typed += 1
        _ = ledger.render()
    }
    rows.append(Row(size: name, what: "finances pane: ledger filter keystroke (kind:cost typed and deleted), rendered", median: filter,
                    unit: "ms", target: big ? "≤ 10 ms" : ""))
}
