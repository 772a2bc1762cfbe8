import Foundation
import SamenCore

/// The accountant's peer (issue 7): one year of the network's books exported
/// as an hledger journal, and `hledger -f EXPORT bal` on it, timed as a
/// person runs it (a fresh process each time, output discarded). The lead
/// puts Samen's own report time beside it; the in-process report time is
/// here for reference. Needs `hledger` on the PATH; without it the rows say so.
@MainActor func hledgerRows(_ name: String, state: NetworkState, big: Bool) throws {
    let today = Day.today()
    let year = today.year - 1   // a whole year, closed or not
    let entries = state.ledger.filter { $0.date.year == year }.count
    var text = ""
    let export = try measure(runs: big ? 3 : 9) { text = try HledgerJournal(state: state, year: year, exportedOn: today).text() }
    rows.append(Row(size: name, what: "hledger export of \(year) (\(entries) entries, \(String(format: "%.1f", Double(text.utf8.count) / 1e6)) MB), in process",
                    median: export, unit: "ms", target: ""))
    let report = measure(runs: big ? 9 : 30) { _ = state.financeReport(year: year) }
    rows.append(Row(size: name, what: "finance report of \(year), in process (data loaded)", median: report, unit: "ms", target: ""))

    let dir = temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let journal = dir + "/\(year).journal"
    try text.write(toFile: journal, atomically: false, encoding: .utf8)
    guard let hledger = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        .map({ $0 + "/hledger" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        FileHandle.standardError.write("hledger is not installed (apt-get install hledger): no hledger rows\n".data(using: .utf8)!)
        return
    }
    func run(_ args: [String]) throws -> Double {
        let t0 = now()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: hledger)
        p.arguments = ["-f", journal] + args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw BenchFailure("hledger \(args.joined(separator: " ")) exited \(p.terminationStatus)") }
        return now() - t0
    }
    let runs = big ? 3 : 5
    let bal = median(try (0..<runs).map { _ in try run(["bal"]) })
    rows.append(Row(size: name, what: "hledger -f EXPORT bal (\(year)), a fresh process", median: bal, unit: "ms", target: ""))
    // Two minutes a run at S100 on the development machine: once is enough to know.
    let checks = big ? 1 : runs
    let check = median(try (0..<checks).map { _ in try run(["check", "-s"]) })
    rows.append(Row(size: name, what: "hledger -f EXPORT check -s (\(year)), a fresh process\(checks == 1 ? ", one run" : "")",
                    median: check, unit: "ms", target: ""))
}

struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
