import Foundation
import SamenCore
import SamenTUI
#if canImport(Glibc)
import Glibc
#endif

// Timed runs at DESIGN.md's sizes. Run a release build:
//   swift run -c release samen-bench            # S1 and S100
//   swift run -c release samen-bench s1         # just S1
//   swift run -c release samen-bench capacity   # just the capacity heat map rows, at S100 (add s1 for S1)
//   swift run -c release samen-bench s100 --capacity   # only capacity and staffing
//   swift run -c release samen-bench help       # just the help pane's rows, at S100 (add s1 for S1)
//   swift run -c release samen-bench projects   # just the Projects pane rows, at S100 (add s1 for S1)
//   swift run -c release samen-bench finance    # just the finance report rows and hledger beside them, at S100 (add s1 for S1)
//   swift run -c release samen-bench hledger    # just last year's hledger export and `hledger bal` on it, at S100 (add s1 for S1)
//   swift run -c release samen-bench dashboard  # just the member directory's rows, at S100 (add s1 for S1)
//   swift run -c release samen-bench finances-pane   # just the Finances pane rows, at S100 (add s1 for S1)
//   swift run -c release samen-bench s100 --store      # only loading, saving and peak memory
//   SAMEN_BENCH_DIR=/tmp/bench swift run -c release samen-bench help --loaded
//       runs a pane's rows on the kept network as loaded from its files
//   SAMEN_BENCH_DIR=/tmp/bench swift run -c release samen-bench s100 --store
//       keeps the written network in /tmp/bench/S100 and reuses it next time
//       (writing S100 takes a while; the saves below add a few dozen changes each run)
// Prints a Markdown table of medians for the README's performance section.

let arguments = CommandLine.arguments

/// Child mode: load a directory once and exit, so the parent can read this
/// process's peak memory alone (getrusage of children).
if arguments.count == 3 && (arguments[1] == "--load-only" || arguments[1] == "--first-frame") {
    let store = try Store(directory: arguments[2])
    _ = store.state.ledger.count
    if arguments[1] == "--first-frame" {
        let model = AppModel(state: store.state, actor: "bench", today: Day.today(), width: 160, height: 50)
        _ = model.render()
    }
    // VmHWM is this process's own peak; getrusage in the parent would also
    // count the parent's pages that the spawned child briefly shared.
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? "VmHWM: 0 kB"
    print(line.split(separator: " ", omittingEmptySubsequences: true)[1])
    exit(0)
}

/// Quick look: `samen-bench --load-time DIR` prints the median of five loads of an existing directory;
/// `--load-time-cold DIR` removes its load cache before each, so every file is parsed.
if arguments.count == 3 && (arguments[1] == "--load-time" || arguments[1] == "--load-time-cold") {
    var times: [Double] = []
    for _ in 0..<5 {
        if arguments[1] == "--load-time-cold" { try? FileManager.default.removeItem(atPath: arguments[2] + "/.samen-cache") }
        var a = timespec(), b = timespec()
        clock_gettime(CLOCK_MONOTONIC, &a)
        _ = try Store(directory: arguments[2])
        clock_gettime(CLOCK_MONOTONIC, &b)
        times.append(Double(b.tv_sec - a.tv_sec) * 1e3 + Double(b.tv_nsec - a.tv_nsec) / 1e6)
    }
    print(String(format: "load median %.1f ms (runs: %@)", times.sorted()[2], times.map { String(format: "%.0f", $0) }.joined(separator: " ")))
    exit(0)
}

/// Quick look: `samen-bench --finance-time DIR` prints medians of the money read
/// (`samen finance`'s) and of last year's report on it, apart.
if arguments.count == 3 && arguments[1] == "--finance-time" {
    var reads: [Double] = [], reports: [Double] = []
    func clock() -> Double { var t = timespec(); clock_gettime(CLOCK_MONOTONIC, &t); return Double(t.tv_sec) * 1e3 + Double(t.tv_nsec) / 1e6 }
    for _ in 0..<7 {
        let a = clock()
        let state = try Store.readForFinances(directory: arguments[2])
        let b = clock()
        _ = state.financeReport(year: Day.today().year - 1)
        reads.append(b - a); reports.append(clock() - b)
    }
    print(String(format: "money read median %.1f ms, report median %.1f ms", reads.sorted()[3], reports.sorted()[3]))
    exit(0)
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Runs `body` `runs` times and returns the median in milliseconds.
func measure(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let t0 = now()
        try body()
        times.append(now() - t0)
    }
    return median(times)
}

/// Peak memory (MB) of a fresh process that only loads `dir`.
func peakRSSOfLoad(_ dir: String, mode: String = "--load-only") throws -> Double {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    p.arguments = [mode, dir]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    return (Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) / 1024  // kB -> MB
}

func temporaryDirectory() -> String {
    var template = "/tmp/samen-bench-XXXXXX".utf8CString
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }!
    return String(cString: made)
}

struct Row { var size: String; var what: String; var median: Double; var unit: String; var target: String }
var rows: [Row] = []

let wanted = arguments.dropFirst().filter { !$0.hasPrefix("--") }.map { $0.lowercased() }
/// `capacity` runs only the heat map's rows, `help` only the help pane's
/// (generating S100 still takes a while).
let onlyHeatMap = wanted.contains("capacity")
let onlyHelp = wanted.contains("help")
/// `projects` runs only the Projects pane's rows.
let onlyProjects = wanted.contains("projects")
/// `hledger` runs only the finance export's rows: last year's journal and hledger on it.
let onlyHledger = wanted.contains("hledger")
/// `finance` runs only the finance report's rows (issue 7), and hledger's
/// beside them: the issue compares the two in the same run.
let onlyFinance = wanted.contains("finance")
/// `finances-pane` runs only the Finances pane's rows.
let onlyFinances = wanted.contains("finances-pane")
/// `dashboard` runs only the member directory's rows (first frame, a move,
/// a filter keystroke), on the kept or a fresh directory, at S100.
let onlyDashboard = wanted.contains("dashboard")
/// `skills` runs only the skills map's row (issue 16), on a generated
/// network, many times: what a profiler is pointed at.
let onlySkills = wanted.contains("skills")
let sizes: [(String, SyntheticNetwork)] = {
    let all = [("S1", SyntheticNetwork.s1), ("S100", SyntheticNetwork.s100)]
    let named = all.filter { wanted.contains($0.0.lowercased()) }
    return !named.isEmpty ? named : (onlyDashboard || onlySkills || onlyHeatMap || onlyHelp || onlyProjects || onlyFinance || onlyHledger || onlyFinances) ? [all[1]] : all
}()

/// The capacity heat map (issue 4), opened with `c` from the member
/// directory as it stands once the dashboard is open (data loaded, the
/// capacity index built with the model): 12 weeks for everyone, sums over
/// the window, network totals, and the first frame.
@MainActor func capacityRows(_ name: String, state: NetworkState, big: Bool) {
    let index = measure(runs: big ? 9 : 30) { _ = CapacityIndex(state) }
    rows.append(Row(size: name, what: "capacity index: build over every project (once per data version)", median: index, unit: "ms", target: ""))
    let directory = AppModel(state: state, actor: "bench", today: today, width: 160, height: 50)
    let heatMap = measure(runs: big ? 15 : 30) {
        var model = directory
        _ = model.update(.key(.char("c")))
        _ = model.render()
    }
    rows.append(Row(size: name, what: "capacity heat map, 12 weeks, computed and first drawn (160×50)", median: heatMap, unit: "ms", target: big ? "≤ 150 ms" : ""))
    var model = directory
    _ = model.update(.key(.char("c")))
    var step = 0
    let move = measure(runs: 40) {
        // Forward and back again: each press computes the one week not yet known.
        _ = model.update(.key(.char(step % 40 < 20 ? "]" : "[")))
        step += 1
        _ = model.render()
    }
    rows.append(Row(size: name, what: "capacity heat map: window moved by a week, rendered", median: move, unit: "ms", target: ""))
    _ = model.update(.key(.char("/")))
    var typed = 0
    let letters = Array("illustration")
    let filter = measure(runs: 48) {
        // Type "illustration" and delete it again, rendering after each key.
        _ = model.update(.key(typed % 24 < 12 ? .char(letters[typed % 12]) : .backspace))
        typed += 1
        _ = model.render()
    }
    rows.append(Row(size: name, what: "capacity heat map: filter keystroke, rendered", median: filter, unit: "ms", target: ""))
}

/// The skills map (issue 16): `K` on the directory as it stands once open,
/// every skill with its holders' spare hours and the needs of the year.
/// Drawn once first, as a person has the directory on screen before `K`:
/// what the directory already built (its capacity index) is not the map's.
/// Returns the directory, drawn, for the rows that open other views on it.
@MainActor @discardableResult func skillsRows(_ name: String, state: NetworkState, big: Bool, runs: Int? = nil) -> AppModel {
    var directory = AppModel(state: state, actor: "bench", today: today, width: 160, height: 50)
    _ = directory.render()
    let skills = measure(runs: runs ?? (big ? 15 : 30)) {
        var model = directory
        _ = model.update(.key(.char("K")))
        _ = model.render()
    }
    rows.append(Row(size: name, what: "skills map computed and first drawn (160×50)", median: skills, unit: "ms", target: big ? "≤ 50 ms" : ""))
    return directory
}

/// The dashboard (issue 3): first frame (the directory loaded and built), a
/// selection move, a filter keystroke.
@MainActor func dashboardRows(_ name: String, dir: String, state: NetworkState, big: Bool) throws {
    let first = try measure(runs: big ? 5 : 20) {
        let s = try Store(directory: dir)
        let model = AppModel(state: s.state, actor: "bench", today: today, width: 160, height: 50)
        _ = model.render()
    }
    rows.append(Row(size: name, what: "dashboard: open, build the member directory, first frame", median: first, unit: "ms", target: big ? "≤ 400 ms" : ""))
    // The part of the first frame that is the dashboard's own: the data
    // already loaded (the row above is mostly the load, and the disk's noise).
    let built = measure(runs: big ? 15 : 30) {
        let model = AppModel(state: state, actor: "bench", today: today, width: 160, height: 50)
        _ = model.render()
    }
    rows.append(Row(size: name, what: "dashboard: the member directory built and first drawn, data loaded", median: built, unit: "ms", target: ""))
    // The same in Dutch, measured in alternation with English so both see
    // the same machine: issue 15 asks that the language costs nothing.
    var english: [Double] = [], dutch: [Double] = []
    for i in 0..<(big ? 16 : 40) {
        let language: Language = i % 2 == 0 ? .en : .nl
        let t0 = now()
        Language.$scoped.withValue(language) {
            let model = AppModel(state: state, actor: "bench", today: today, width: 160, height: 50)
            _ = model.render()
        }
        if language == .en { english.append(now() - t0) } else { dutch.append(now() - t0) }
    }
    rows.append(Row(size: name, what: "dashboard: first drawn in English, alternating with Dutch (data loaded)", median: median(english), unit: "ms", target: ""))
    rows.append(Row(size: name, what: "dashboard: first drawn in Dutch, alternating with English (data loaded)", median: median(dutch), unit: "ms", target: ""))
    var model = AppModel(state: state, actor: "bench", today: today, width: 160, height: 50)
    let move = measure(runs: 200) {
        _ = model.update(.key(.down))
        _ = model.render()
    }
    rows.append(Row(size: name, what: "dashboard: keypress that moves the selection, rendered", median: move, unit: "ms", target: big ? "≤ 5 ms" : ""))
    _ = model.update(.key(.char("/")))
    var typed = 0
    let letters = Array("illustration")
    let filter = measure(runs: 48) {
        // Type "illustration" and delete it again, rendering after each key.
        let key: Key = typed % 24 < 12 ? .char(letters[typed % 12]) : .backspace
        typed += 1
        _ = model.update(.key(key))
        _ = model.render()
    }
    rows.append(Row(size: name, what: "dashboard: filter keystroke, rendered", median: filter, unit: "ms", target: big ? "≤ 10 ms" : ""))
    let directory = skillsRows(name, state: state, big: big)
    // Bringing and taking (issue 16): a year's balance for every member,
    // then the same opened with `b` and drawn, as a person sees it.
    let members = state.members.records.count
    let giveTake = measure(runs: big ? 15 : 30) { _ = try? GiveAndTake(state, year: today.year, today: today) }
    rows.append(Row(size: name, what: "give and take: a year for \(members) members", median: giveTake, unit: "ms", target: big ? "≤ 100 ms" : ""))
    let giveTakeDrawn = measure(runs: big ? 15 : 30) {
        var model = directory
        _ = model.update(.key(.char("b")))
        _ = model.render()
    }
    rows.append(Row(size: name, what: "give and take view computed and first drawn (160×50)", median: giveTakeDrawn, unit: "ms", target: ""))
}

let today = Day.today()

// `statements DIR`: only the year's member statements, on a kept directory, for perf.
if let at = arguments.firstIndex(of: "statements"), at + 1 < arguments.count {
    // `statements generated`: on the S100 network as generated, in memory (the whole bench's row).
    let state = arguments[at + 1] == "generated" ? SyntheticNetwork.s100.build(today: today) : try Store(directory: arguments[at + 1]).state
    let runs = Int(ProcessInfo.processInfo.environment["SAMEN_BENCH_RUNS"] ?? "") ?? 20
    var count = 0
    let t = measure(runs: runs) { count = state.memberStatements(year: today.year - 1).count }
    print("statements \(count) median \(t) ms")
    exit(0)
}

// `edit-loop DIR`: only project edits (setLead) on a kept directory, for strace and perf.
if let at = arguments.firstIndex(of: "edit-loop"), at + 1 < arguments.count {
    let store = try Store(directory: arguments[at + 1])
    let open = store.state.projects.first { !$0.status.isClosed }!
    let leads = store.state.members.filter { $0.role != .applicant && $0.role != .external && $0.left == nil }.prefix(2).map(\.id)
    var i = 0
    let runs = Int(ProcessInfo.processInfo.environment["SAMEN_BENCH_RUNS"] ?? "") ?? 100
    // SAMEN_BENCH_NEW=1: new projects instead (appended to the last shard).
    let new = ProcessInfo.processInfo.environment["SAMEN_BENCH_NEW"] == "1"
    let t = try measure(runs: runs) {
        i += 1
        if new {
            try store.apply(.addProject(Project(id: 0, title: "Bench \(i)", client: "Bench", city: "Leiden", estimatedHours: 10,
                                                period: DateRange(start: today, weeks: 2), received: .now())), context: ChangeContext(identity: .administrator("bench"), today: today))
            return
        }
        try store.apply(.setLead(project: open.id, member: leads[i % leads.count]), context: ChangeContext(identity: .administrator("bench"), today: today))
    }
    print("project edit median \(t) ms")
    exit(0)
}
let onlyStaffing = arguments.contains("--capacity")
let onlyStore = arguments.contains("--store")
for (name, spec) in sizes {
    let kept = ProcessInfo.processInfo.environment["SAMEN_BENCH_DIR"].map { "\($0)/\(name)" }
    let reuse = kept.map { FileManager.default.fileExists(atPath: $0 + "/network.json") } ?? false
    if !(onlyStore && reuse) { FileHandle.standardError.write("\(name): generating…\n".data(using: .utf8)!) }
    // Only the store's rows on a kept directory need no network in memory.
    // `--loaded` runs a pane's rows on the kept directory as a load returns
    // it, the way the whole run does, rather than on the generated network:
    // a state read from files lays its strings out differently in memory.
    let loaded = arguments.contains("--loaded") && reuse
    let state = onlyStore && reuse ? NetworkState(network: Network(name: "unused", place: ""))
        : loaded ? try Store(directory: kept!).state : spec.build(today: today)
    if onlySkills {
        skillsRows(name, state: state, big: name == "S100", runs: Int(ProcessInfo.processInfo.environment["SAMEN_BENCH_RUNS"] ?? ""))
        continue
    }
    if onlyHeatMap || onlyHelp || onlyProjects || onlyFinances || (onlyHledger && !onlyFinance) {
        if onlyHeatMap { capacityRows(name, state: state, big: name == "S100") }
        if onlyHledger && !onlyFinance { try hledgerRows(name, state: state, big: name == "S100") }
        if onlyHelp { helpRows(name, state: state, big: name == "S100") }
        if onlyProjects { projectsRows(name, state: state, big: name == "S100") }
        if onlyFinances { financesRows(name, state: state, big: name == "S100") }
        continue
    }
    let root = kept == nil ? temporaryDirectory() : ""
    defer { if kept == nil { try? FileManager.default.removeItem(atPath: root) } }
    let dir = kept ?? root + "/data"
    if kept == nil || !FileManager.default.fileExists(atPath: dir + "/network.json") {
        if let kept { try FileManager.default.createDirectory(atPath: kept, withIntermediateDirectories: true) }
        try Store.create(at: dir, state: state, actor: "bench", summary: "bench")
    }
    let big = name == "S100"
    if onlyFinance {
        // The usual open: the load cache is written once the files have settled.
        Thread.sleep(forTimeInterval: 2.2)
        _ = try Store(directory: dir)
        rows += try financeRows(size: name, state: state, dir: dir, today: today, big: big)
        try hledgerRows(name, state: state, big: big)
        continue
    }

    if onlyDashboard {
        Thread.sleep(forTimeInterval: 2.2)
        let store = try Store(directory: dir)
        try dashboardRows(name, dir: dir, state: store.state, big: big)
        continue
    }
    // Capacity and staffing (issue 4).
    if !onlyStore { rows += try capacityRows(size: name, state: state, dir: dir, today: today, big: big) }
    if onlyStaffing { continue }

    let runs = big ? 7 : 30
    // First open, or any open right after a file changed: every line parsed.
    let parse = try measure(runs: big ? 5 : 20) {
        try? FileManager.default.removeItem(atPath: dir + "/.samen-cache")
        _ = try Store(directory: dir)
    }
    rows.append(Row(size: name, what: "load, parsing every file (no cache yet)", median: parse, unit: "ms", target: ""))
    // The usual open: files unchanged since an earlier open wrote the load
    // cache. A file is snapshotted once it is two seconds old (see SnapshotCache).
    Thread.sleep(forTimeInterval: 2.2)
    _ = try Store(directory: dir)
    let load = try measure(runs: runs) { _ = try Store(directory: dir) }
    rows.append(Row(size: name, what: "load the data directory (load cache warm)", median: load, unit: "ms", target: big ? "≤ 300 ms" : ""))

    let store = try Store(directory: dir)
    let member = store.state.members.first!.id
    var i = 0
    // The bench is nobody's member: it saves as the network's administrator, whom the rights policy lets do anything.
    let ctx = { ChangeContext(identity: .administrator("bench"), today: today) }
    let ledger = try measure(runs: 30) {
        i += 1
        try store.apply(.addLedgerEntry(LedgerEntry(id: 0, kind: .payment, date: today, amount: Money(cents: Int64(i)), member: member,
                                                    at: .now(), by: member)),
                        // A payment is recorded by the member who paid (or a partner): the rules allow nothing else.
                        context: ChangeContext(actor: member, today: today))
    }
    rows.append(Row(size: name, what: "save one change: ledger entry (append)", median: ledger, unit: "ms", target: big ? "≤ 30 ms" : ""))
    let edit = try measure(runs: 30) {
        i += 1
        var e = MemberEdit(id: member); e.pitch = "pitch \(i)"
        try store.apply(.editMember(e), context: ctx())
    }
    rows.append(Row(size: name, what: "save one change: member edit (members rewritten)", median: edit, unit: "ms", target: big ? "≤ 30 ms" : ""))
    let project = try measure(runs: 30) {
        i += 1
        try store.apply(.addProject(Project(id: 0, title: "Bench \(i)", client: "Bench", city: "Leiden", estimatedHours: 10,
                                            period: DateRange(start: today, weeks: 2), received: .now())), context: ctx())
    }
    rows.append(Row(size: name, what: "save one change: new project (the last shard rewritten)", median: project, unit: "ms", target: big ? "≤ 30 ms" : ""))
    // The worst case of a project save: one in a full shard (5,000 projects, 3 MB at S100).
    let open = store.state.projects.first { !$0.status.isClosed }!
    let leads = store.state.members.filter { $0.role != .applicant && $0.role != .external && $0.left == nil }.prefix(2).map(\.id)
    let projectEdit = try measure(runs: 30) {
        i += 1
        try store.apply(.setLead(project: open.id, member: leads[i % leads.count]), context: ctx())
    }
    rows.append(Row(size: name, what: big ? "save one change: project edit (a full shard of 5,000 rewritten)" : "save one change: project edit (its shard rewritten)", median: projectEdit, unit: "ms", target: big ? "≤ 30 ms" : ""))

    // Signed changes (issue 14): the member registers a key made here, and
    // each save signs its history line with the real ssh-keygen.
    let keyDir = temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: keyDir) }
    let keygen = Process()
    keygen.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
    keygen.arguments = ["-q", "-t", "ed25519", "-N", "", "-C", "bench", "-f", keyDir + "/key"]
    try keygen.run(); keygen.waitUntilExit()
    let pub = try SSHPublicKey(line: try String(contentsOfFile: keyDir + "/key.pub", encoding: .utf8))
    if store.state.member(member)?.activeKeys.contains(pub) != true {
        try store.apply(.addKey(member: member, key: pub), context: ctx())
    }
    store.signer = SSHKeygenSigner(candidates: [keyDir + "/key"], agentSocket: nil)
    let signedLedger = try measure(runs: 30) {
        i += 1
        try store.apply(.addLedgerEntry(LedgerEntry(id: 0, kind: .payment, date: today, amount: Money(cents: Int64(i)), member: member,
                                                    at: .now(), by: member)),
                        context: ChangeContext(actor: member, today: today))
    }
    store.signer = nil
    rows.append(Row(size: name, what: "save one change: ledger entry, signed with ssh-keygen -Y sign (\(String(format: "%.1f", signedLedger - ledger)) ms more than unsigned)",
                    median: signedLedger, unit: "ms", target: big ? "≤ 30 ms" : ""))

    // The saves above changed members and projects: let them settle and be
    // snapshotted by one open, as the first open after a change does.
    Thread.sleep(forTimeInterval: 2.2)
    _ = try Store(directory: dir)
    let rss = try peakRSSOfLoad(dir)
    rows.append(Row(size: name, what: "peak memory of a process that loads it", median: rss, unit: "MB", target: big ? "≤ 200 MB" : ""))
    try? FileManager.default.removeItem(atPath: dir + "/.samen-cache")
    let rssParse = try peakRSSOfLoad(dir)
    rows.append(Row(size: name, what: "peak memory of a process that loads it, parsing every file", median: rssParse, unit: "MB", target: ""))
    Thread.sleep(forTimeInterval: 2.2)
    _ = try Store(directory: dir)
    // samen verify (issue 14): the baseline read and replayed through every
    // change since (the saves above), every record of every file compared.
    // A kept directory made before baselines existed has none: no row.
    if FileManager.default.fileExists(atPath: dir + "/.samen-baseline") {
        let changes = try HistoryVerification.verify(directory: dir).changes
        let verify = try measure(runs: big ? 3 : 10) { _ = try HistoryVerification.verify(directory: dir) }
        rows.append(Row(size: name, what: "samen verify: the baseline and \(changes) changes replayed, every record compared (in process)",
                        median: verify, unit: "ms", target: big ? "≤ 20000 ms" : ""))
        // What the dashboard does after each change: go on from what was proven.
        var proven = try HistoryVerification.verifyRemembering(directory: dir).prefix
        var times: [Double] = []
        for _ in 0..<(big ? 15 : 30) {
            i += 1
            try store.apply(.addLedgerEntry(LedgerEntry(id: 0, kind: .payment, date: today, amount: Money(cents: Int64(i)), member: member,
                                                        at: .now(), by: member)),
                            context: ChangeContext(actor: member, today: today))
            let t0 = now()
            proven = try HistoryVerification.verifyIncrementally(directory: dir, after: proven, current: store.state,
                                                                 historyLength: store.historyLength).prefix
            times.append(now() - t0)
        }
        rows.append(Row(size: name, what: "samen verify after one change, going on from the last proof (in process, data loaded; the dashboard's)",
                        median: median(times), unit: "ms", target: big ? "≤ 100 ms" : ""))
    }
    if onlyStore { continue }

    try dashboardRows(name, dir: dir, state: store.state, big: big)
    let dashRSS = try peakRSSOfLoad(dir, mode: "--first-frame")
    rows.append(Row(size: name, what: "dashboard: peak memory at first frame", median: dashRSS, unit: "MB", target: big ? "≤ 250 MB" : ""))
    rows += try financeRows(size: name, state: store.state, dir: dir, today: today, big: big)
    capacityRows(name, state: store.state, big: big)
    helpRows(name, state: store.state, big: big)
    projectsRows(name, state: store.state, big: big)
    financesRows(name, state: store.state, big: big)
    try hledgerRows(name, state: store.state, big: big)
}

print("| size | what | median | target |")
print("|---|---|---:|---|")
for r in rows {
    print("| \(r.size) | \(r.what) | \(String(format: r.unit == "MB" ? "%.0f" : "%.1f", r.median)) \(r.unit) | \(r.target) |")
}
