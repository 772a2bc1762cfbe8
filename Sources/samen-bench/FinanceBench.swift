import Foundation
import SamenCore

/// Issue 7: a year's finance report, as `samen finance report` gives it
/// (process started, directory read, report computed and printed), and its
/// parts in-process. The target is 200 ms from the start of the process at
/// S100 (500,000 ledger entries), and at least 20 times faster than hledger
/// on the exported journal (see `hledgerRows`).
func financeRows(size: String, state: NetworkState, dir: String, today: Day, big: Bool) throws -> [Row] {
    var rows: [Row] = []
    let year = today.year - 1
    let runs = big ? 9 : 30
    var report = FinanceReport(year: year)
    let compute = measure(runs: runs) { report = state.financeReport(year: year) }
    rows.append(Row(size: size, what: "finance report for \(year): computed over the whole ledger (in process)", median: compute, unit: "ms", target: ""))
    var count = 0
    let statements = measure(runs: big ? 5 : 30) { count = state.memberStatements(year: year).count }
    rows.append(Row(size: size, what: "member statements for \(year): all \(count) in one pass (in process)", median: statements, unit: "ms", target: ""))
    guard report.contributions != .zero else { throw BenchError("the \(year) report has no contributions: the generated ledger misses that year") }

    let samen = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("samen").path
    guard FileManager.default.isExecutableFile(atPath: samen) else {
        FileHandle.standardError.write("\(size): no samen binary beside the bench; build it with -c release to time the process\n".data(using: .utf8)!)
        return rows
    }
    // Timed by a small shell from just before it starts `samen` to just
    // after it ends: spawning straight from this process, which holds the
    // whole S100 network, costs tens of milliseconds that are the bench's,
    // not the command's.
    var times: [Double] = []
    for _ in 0..<(big ? 9 : 15) {
        let p = Process()
        let out = Pipe()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", #"t0=$(date +%s%N); "$0" "$@" >/dev/null || exit 1; t1=$(date +%s%N); echo $((t1 - t0))"#,
                       samen, "finance", "report", "--year", String(year), "--json", "--data", dir]
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0, let ns = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchError("samen finance report exited \(p.terminationStatus)")
        }
        times.append(ns / 1e6)
    }
    let process = median(times)
    rows.append(Row(size: size, what: "`samen finance report --year \(year) --json` (process, load included)",
                    median: process, unit: "ms", target: big ? "≤ 200 ms" : ""))
    return rows
}
