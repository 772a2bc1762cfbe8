import Dispatch
import Foundation
import SamenCore

/// The Finances pane's views, switched with their letter or ←/→.
enum FinancesView: Int, CaseIterable {
    case overview, ledger, statements, rates

    var title: String {
        switch self {
        case .overview: return FinancesWords.overview.text
        case .ledger: return FinancesWords.ledger.text
        case .statements: return FinancesWords.statements.text
        case .rates: return FinancesWords.rates.text
        }
    }

    /// The key that opens the view (`r` corrects an entry, so rates are `R`).
    var key: Character {
        switch self {
        case .overview: return "o"
        case .ledger: return "l"
        case .statements: return "s"
        case .rates: return "R"
        }
    }

    func next(by step: Int) -> FinancesView {
        let all = Self.allCases
        return all[(rawValue + step + all.count) % all.count]
    }
}

/// The Finances pane: a year's overview, its ledger (a filtered virtual
/// list with the running balance), member statements, and the rate card.
/// Everything derived from the data is worked out once per data version
/// and year, and kept until the data changes: never per frame.
struct FinancesPane: SelectableList, FilteredList {
    var view = FinancesView.overview
    /// The year every view shows; `[`/`]` walk `ledgerYears(today:)`.
    var year = 0
    var years: ClosedRange<Int> = 0...0
    /// Set when the data changed while the pane was not shown.
    var stale = true

    // The ledger list
    var filterInput = FilterInput()
    var detailOnly = false
    /// Where the person is in the ledger list of the year.
    var cursor = ListState()
    /// The entry selected; kept across filters and reloads.
    var selectedEntryID: Int?
    /// Positions into the ledger shown for the year and filter, in ledger order.
    private(set) var rows: [Int] = []
    private(set) var index = FinanceLedgerIndex()
    /// The searchable text of the years shown since the data changed. The
    /// shown year's is asked for as background work as soon as the pane is
    /// built or the year changes (`wantedWork`), so the first letter typed
    /// after `/` usually finds it here.
    private var texts: [Int: LedgerYearText] = [:]
    /// Years kept: each is its entries' text (17 MB a year at S100).
    static let textsKept = 3
    /// Which version of the data the pane was built from: a year's text made
    /// from an earlier one is dropped when it arrives.
    private(set) var generation = 0
    /// A filter is typed but the year's text has not arrived: the list says
    /// "searching" and is filled in when it comes (the keys never wait).
    private(set) var awaitingText = false
    private var lastFilter: (year: Int, filter: LedgerFilter, rows: [Int])?
    /// Rows of the filters typed since the data changed, by year and text:
    /// deleting back to an earlier filter looks nothing up again.
    private var earlier: [String: [Int]] = [:]
    static let earlierKept = 32

    /// Reports and statements of the years looked at since the data changed:
    /// worked out when a year or view is first shown, never per frame.
    private(set) var reports: [Int: FinanceReport] = [:]
    private(set) var statements: [Int: [MemberStatement]] = [:]

    /// Scroll of the overview, statement and rates pages (line-based views).
    var pageScroll = 0

    // Statements
    /// Where the person is in the list of members' statements.
    var statementCursor = ListState()
    /// Enter on a member: their statement takes the view.
    var statementOpen = false

    /// How many of the latest years get their report when the pane is
    /// built, beside the index; earlier ones are worked out when first shown.
    static let yearsAhead = 4

    /// New data: the index is rebuilt and every cache dropped; the year stays
    /// (within the years there now are), the ledger's selection stays on its entry.
    ///
    /// A year's report walks the whole ledger (70 ms at S100), more than a
    /// year switch may take, so the latest years' reports are worked out
    /// here, with the index, on every core: `[` and `]` then only draw.
    mutating func rebuild(state: NetworkState, today: Day) {
        self.today = today
        texts = [:]
        generation += 1
        earlier = [:]
        lastFilter = nil
        years = state.ledgerYears(today: today)
        if year == 0 { year = today.year }
        year = min(max(year, years.lowerBound), years.upperBound)
        var latest = Array(max(years.lowerBound, years.upperBound - Self.yearsAhead + 1)...years.upperBound)
        if !latest.contains(year) { latest.append(year) }
        let eager = latest
        let built = Slots<FinanceLedgerIndex>(1), done = Slots<FinanceReport>(eager.count)
        DispatchQueue.concurrentPerform(iterations: eager.count + 1) { k in
            if k == 0 { built[0] = FinanceLedgerIndex(state) } else { done[k - 1] = state.financeReport(year: eager[k - 1], today: today) }
        }
        index = built[0] ?? FinanceLedgerIndex(state)
        reports = [:]
        for (k, y) in eager.enumerated() { reports[y] = done[k] }
        statements = [:]
    }

    /// The shown year's search text, while the pane is built and lacks it:
    /// 250 ms at S100, built on another core (see `BackgroundJob`).
    func wantedWork(state: NetworkState) -> BackgroundJob? {
        guard !stale, texts[year] == nil else { return nil }
        let (year, index, generation) = (self.year, self.index, self.generation)
        // The language of who asks, not of the thread that builds it.
        let dutch = Language.current == .nl
        return BackgroundJob("ledger search text of \(year), data version \(generation)\(dutch ? ", nl" : "")") {
            BackgroundResult(value: .ledgerYearText(LedgerYearText(year: year, index: index, state: state, dutch: dutch)), generation: generation)
        }
    }

    /// A year's search text has arrived: kept, and the filter that waited for it applied.
    mutating func received(_ text: LedgerYearText, generation: Int, state: NetworkState, listHeight: Int) {
        guard generation == self.generation, !stale else { return }
        if texts.count >= Self.textsKept, let drop = texts.keys.first(where: { $0 != year }) { texts[drop] = nil }
        texts[text.year] = text
        if awaitingText && text.year == year {
            applyFilter(state: state)
            keepSelectionVisible(listHeight: listHeight)
        }
    }


    var report: FinanceReport? { reports[year] }
    /// The day the reports were worked out for: what was booked as planned
    /// and whose day has come is no longer "ahead" (the pane is rebuilt when the day changes).
    private(set) var today: Day?
    /// The years whose report has been worked out since the data changed.
    var reportYears: [Int] { Array(reports.keys) }
    var yearStatements: [MemberStatement] { statements[year] ?? [] }

    /// Works out what the view shows for the year, if it is not known yet:
    /// the report for the overview (the same numbers as `samen finance
    /// report`), every member's statement for the statements view.
    mutating func prepare(state: NetworkState) {
        switch view {
        case .overview: prepareReport(state: state)
        case .statements:
            if statements[year] == nil {
                let partners = Set(state.network.partnerShares.map(\.member))
                // Members the year concerns: money moved, something owed, or a share of the result.
                statements[year] = state.memberStatements(year: year)
                    .filter { !$0.entries.isEmpty || $0.openingBalance != .zero || partners.contains($0.member) }
                    .sorted { $0.name != $1.name ? $0.name < $1.name : $0.member < $1.member }
            }
        case .ledger, .rates: break
        }
        statementCursor.selection = min(statementCursor.selection, max(0, yearStatements.count - 1))
        statementCursor.scroll = min(statementCursor.scroll, statementCursor.selection)
    }

    mutating func prepareReport(state: NetworkState) {
        if reports[year] == nil { reports[year] = state.financeReport(year: year, today: today) }
    }

    /// Rebuilds the rows for the year and filter, building the year's text
    /// the first time it is filtered. A longer filter looks only at what
    /// the shorter one kept.
    mutating func applyFilter(state: NetworkState) {
        let parsed = LedgerFilter(filter)
        if parsed.isEmpty {
            rows = index.positions(in: year)
        } else {
            let key = "\(year) \(filter.lowercased())"
            if let known = earlier[key] {
                rows = known
            } else if let text = texts[year] {
                var candidates = text.positions
                if let last = lastFilter, last.year == year, last.filter.isNarrowed(by: parsed) { candidates = last.rows }
                rows = text.matching(candidates, filter: parsed, index: index, state: state)
                if earlier.count >= Self.earlierKept { earlier = [:] }
                earlier[key] = rows
            } else {
                // Not here yet: nothing is shown as matching, the entry stays selected.
                awaitingText = true
                rows = []
                lastFilter = nil
                cursor.settle(at: nil, count: 0)
                return
            }
        }
        awaitingText = false
        lastFilter = (year, parsed, rows)
        settle()
    }

    /// Puts the selection back on its entry, or within the rows.
    private mutating func settle() {
        cursor.settle(at: selectedEntryID.flatMap { Self.row(of: $0, in: rows, index: index) }, count: rows.count)
        selectedEntryID = rows.isEmpty ? nil : index.entries[rows[cursor.selection]].id
    }

    /// The row showing entry `id`: rows are in id order, so a binary search.
    static func row(of id: Int, in rows: [Int], index: FinanceLedgerIndex) -> Int? {
        var lo = 0, hi = rows.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let k = index.entries[rows[mid]].id
            if k == id { return mid }
            if k < id { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    var selectedEntry: LedgerEntry? { rows.isEmpty ? nil : index.entries[rows[cursor.selection]] }
    func entry(atRow row: Int) -> LedgerEntry { index.entries[rows[row]] }
    func position(atRow row: Int) -> Int { rows[row] }
    var yearCount: Int { index.positions(in: year).count }

    var rowCount: Int { rows.count }
    mutating func selectionMoved() { selectedEntryID = index.entries[rows[cursor.selection]].id }

    /// A new year or filter: the list starts at its top, nothing remembered.
    mutating func resetCursor() {
        cursor = ListState()
        selectedEntryID = nil
    }

    /// Shows entry `id`: its year, selected, with the filter cleared if it hides it.
    mutating func select(entry id: Int, state: NetworkState, listHeight: Int) {
        guard let at = index.position(of: id) else { return }
        year = index.entries[at].date.year
        filtering = false
        selectedEntryID = id
        applyFilter(state: state)
        // Hidden by the filter (not while the filter waits for its text: it shows the entry when it comes).
        if !awaitingText && Self.row(of: id, in: rows, index: index) == nil {
            filter = ""
            applyFilter(state: state)
        }
        keepSelectionVisible(listHeight: listHeight)
    }

}
