import Dispatch
import Foundation
import SamenCore

/// Results of work done on several cores at once, one slot per job.
final class Slots<T>: @unchecked Sendable {
    private var values: [T?]
    private let lock = NSLock()
    init(_ count: Int) { values = Array(repeating: nil, count: count) }
    subscript(i: Int) -> T? {
        get { lock.lock(); defer { lock.unlock() }; return values[i] }
        set { lock.lock(); values[i] = newValue; lock.unlock() }
    }
}

/// The search text of each year, built on another core when a year is
/// shown and waited for (never built twice) when a filter needs it first.
/// Shared by copies of the model: what it holds depends only on the data
/// version it was made for, and a new version gets a new one.
final class YearTexts: @unchecked Sendable {
    private let lock = NSLock()
    private var ready: [Int: LedgerYearText] = [:]
    private var building: [Int: DispatchGroup] = [:]
    /// Years kept: each is its entries' text (17 MB a year at S100).
    static let kept = 3

    func prepare(year: Int, index: FinanceLedgerIndex, state: NetworkState) {
        lock.lock()
        defer { lock.unlock() }
        guard ready[year] == nil, building[year] == nil else { return }
        if ready.count >= Self.kept { ready = [:] }
        let group = DispatchGroup()
        building[year] = group
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            let text = LedgerYearText(year: year, index: index, state: state)
            self.lock.lock()
            self.ready[year] = text
            self.building[year] = nil
            self.lock.unlock()
            group.leave()
        }
    }

    /// The year's text: ready, or waited for, or built here if nobody started it.
    func text(year: Int, index: FinanceLedgerIndex, state: NetworkState) -> LedgerYearText {
        prepare(year: year, index: index, state: state)
        lock.lock()
        let group = building[year]
        lock.unlock()
        group?.wait()
        lock.lock()
        defer { lock.unlock() }
        return ready[year] ?? LedgerYearText(year: year, index: index, state: state)
    }
}
