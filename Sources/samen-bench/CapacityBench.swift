import Foundation
import SamenCore

/// Issue 4's rows: staffing suggestions over every member, and
/// `samen capacity --json` for everyone over 12 weeks.
func capacityRows(size: String, state: NetworkState, dir: String, today: Day, big: Bool) throws -> [Row] {
    var rows: [Row] = []
    let runs = big ? 15 : 50

    let index = measure(runs: runs) { _ = StaffingAdvisor(state) }
    rows.append(Row(size: size, what: "staffing: index allocations, needs-work signals and past work (once per load)",
                    median: index, unit: "ms", target: ""))
    let advisor = StaffingAdvisor(state)
    // A one-skill job is the heavy case: about one member in nine has any given skill.
    let single = Project(id: 9_999_999, title: "Bench", client: "Bench", skills: ["design"], city: "Utrecht",
                         estimatedHours: 160, period: DateRange(start: today.advanced(by: 14), weeks: 8), received: .now())
    var candidates = 0
    let one = measure(runs: runs) { candidates = advisor.suggest(for: single, today: today, limit: 10).candidateCount }
    rows.append(Row(size: size, what: "staffing: suggestions for one project (\(candidates) of \(state.members.count) qualify)",
                    median: one, unit: "ms", target: big ? "≤ 20 ms" : ""))
    // Members have at most five skills, so nobody has all six: the worst case,
    // a full pass and then one pass per skill for the team.
    var team = single
    team.skills = ["design", "film", "pr", "web", "ux", "strategy"]
    var perSkill = 0
    let six = measure(runs: runs) { perSkill = advisor.suggest(for: team, today: today, limit: 10).perSkill.count }
    rows.append(Row(size: size, what: "staffing: a team job nobody can do alone, ranked skill by skill (\(perSkill) skills)",
                    median: six, unit: "ms", target: big ? "≤ 20 ms" : ""))
    rows += teamRows(size: size, advisor: advisor, state: state, today: today, big: big)

    // `samen capacity` and `project suggest` read everything but the ledger.
    let read = try measure(runs: big ? 7 : 30) { _ = try Store.readWithoutLedger(directory: dir) }
    rows.append(Row(size: size, what: "read everything but the ledger (capacity, suggest)", median: read, unit: "ms", target: ""))

    // What `samen capacity --json` does after reading: index, query, encode.
    var bytes = 0
    let query = try CapacityQuery(first: ISOWeek(containing: today), weeks: 12)
    let capacity = measure(runs: big ? 7 : 30) {
        let report = CapacityIndex(state).report(query, in: state)
        bytes = JSONWriter.pretty(report.json).count
    }
    rows.append(Row(size: size, what: "capacity --json, everyone over 12 weeks: index, query, encode (\(bytes / 1_000_000) MB)",
                    median: capacity, unit: "ms", target: big ? "≤ 1000 ms" : ""))

    // The real binary, load included, when it was built beside this one.
    let samen = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("samen").path
    if FileManager.default.isExecutableFile(atPath: samen) {
        let binary = try measure(runs: big ? 5 : 10) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: samen)
            p.arguments = ["capacity", "--json", "--data", dir]
            p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
            try p.run()
            p.waitUntilExit()
            if p.terminationStatus != 0 { throw BenchError("samen capacity --json exited \(p.terminationStatus)") }
        }
        rows.append(Row(size: size, what: "`samen capacity --json` for everyone over 12 weeks (process, load included)",
                        median: binary, unit: "ms", target: big ? "≤ 1000 ms" : ""))
    } else {
        FileHandle.standardError.write("\(size): no samen binary beside the bench; build it with -c release to time the process\n".data(using: .utf8)!)
    }
    return rows
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
