import Foundation
import SamenCore

/// Where the view bar, the filter line, the ledger list and its detail go:
/// the list-and-detail layout under a bar (as in Projects).
typealias FinancesLayout = BarredListLayout

/// One line of a page: pieces of text, each with what it means.
struct PageLine {
    var pieces: [(text: String, role: StyleRole)]
    init(_ pieces: [(String, StyleRole)]) { self.pieces = pieces.map { (text: $0.0, role: $0.1) } }
    init(_ text: String, _ role: StyleRole = .normal) { pieces = [(text, role)] }
    static let blank = PageLine("")
}

extension FinancesScreen {
    /// Where each view's tab starts on the view bar, for drawing and clicks.
    static var viewTabs: [(view: FinancesView, x: Int, label: String)] {
        Table.tabs(FinancesView.allCases) { " \($0.key) \($0.title) " }.map { ($0.item, $0.x, $0.label) }
    }

    /// The pane into its area: the view bar with the year, then the view shown.
    func render(into canvas: inout Canvas) {
        let layout = FinancesLayout(width: width, height: height)
        var end = 0
        for (v, x, label) in Self.viewTabs {
            end = x + canvas.put(label, x: x, y: layout.barY, role: v == finances.view ? .tabActive : .dim)
        }
        // The year and whether it is closed; `[` and `]` are on the key line.
        var year = "\(finances.year) \(dot) \(yearStatus(dated: true))"
        // Where the tabs leave too little room (Dutch at 80 columns), the day it closed goes: "closed" is what matters.
        if end + 1 + DisplayWidth.of(year) > width - 1 { year = "\(finances.year) \(dot) \(yearStatus(dated: false))" }
        canvas.put(year, x: max(end + 1, width - DisplayWidth.of(year) - 1), y: layout.barY, role: .title)
        switch finances.view {
        case .ledger: renderLedger(into: &canvas, layout: layout)
        case .overview: renderOverview(into: &canvas, layout: layout)
        case .statements: renderStatements(into: &canvas, layout: layout)
        case .rates: renderPage(ratesLines, into: &canvas, layout: layout)
        }
    }

    /// "closed" when the year's distribution stands, "open" otherwise.
    func yearStatus(dated: Bool) -> String {
        let written = finances.index.distributions(closing: finances.year)
        if let first = written.first { return (dated ? FinancesWords.yearClosed(first.at.day.shown) : .yearClosedUndated).text }
        return (finances.year > today.year ? FinancesWords.yearFuture : .yearOpen).text
    }

    /// Draws a page of lines from `pageScroll`, with a mark when there is more below.
    /// `total` is how many lines the page has when only those up to the
    /// bottom of the screen were built.
    func renderPage(_ lines: [PageLine], into canvas: inout Canvas, layout: FinancesLayout, total: Int? = nil) {
        let h = layout.pageHeight
        let count = max(lines.count, total ?? 0)
        let first = min(finances.pageScroll, max(0, count - h))
        for (i, line) in lines.dropFirst(first).prefix(h).enumerated() {
            var x = 1
            for piece in line.pieces {
                x += canvas.put(piece.text, x: x, y: layout.pageTop + i, role: piece.role, maxWidth: max(0, width - 1 - x))
            }
        }
        let more = FinancesWords.more(arrow: unicode ? "↓" : "v").text
        if first + h < count { canvas.put(more, x: width - DisplayWidth.of(more) - 1, y: layout.bottom - 1, role: .dim) }
    }

    /// An amount as the network writes money, with the euro sign.
    func euros(_ m: Money) -> String {
        let text = m.format(state.network.moneyStyle)
        return unicode ? text : text.replacingOccurrences(of: "€", with: "EUR")
    }
    /// An amount without the sign, for columns headed "€".
    func amount(_ m: Money) -> String { m.format(state.network.moneyStyle, symbol: false) }

    /// A bar of `value` out of `max` in `cells` columns, in eighths where Unicode can be shown.
    func bar(_ value: Int64, of max: Int64, cells: Int) -> String {
        guard max > 0, value > 0, cells > 0 else { return "" }
        if !unicode {
            let n = Int((Double(value) / Double(max) * Double(cells)).rounded())
            return String(repeating: "#", count: Swift.max(1, n))
        }
        let eighths = Int((Double(value) / Double(max) * Double(cells * 8)).rounded())
        let full = eighths / 8, part = eighths % 8
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let out = String(repeating: "█", count: full) + partials[part]
        return out.isEmpty ? "▏" : out
    }

    /// Text padded or cut to `w` columns, right-aligned when `right`.
    func cell(_ text: String, _ w: Int, right: Bool = false) -> String {
        let fitted = DisplayWidth.fit(text, w, pad: false, ellipsis: unicode ? "…" : "~")
        let pad = String(repeating: " ", count: max(0, w - DisplayWidth.of(fitted)))
        return right ? pad + fitted : fitted + pad
    }
}
