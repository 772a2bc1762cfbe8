import Foundation
import Testing
@testable import SamenCore
#if canImport(Glibc)
import Glibc
#endif

/// A change and its history line land together: a writer killed right
/// after any step of its save leaves either the whole change with its one
/// history line, or nothing of it, and a directory that loads and checks.
@Suite("A save killed between its steps", .serialized)
struct SaveJournalTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]

    /// What one save does, where a writer can be killed, and how to see it.
    struct Scenario: Sendable {
        var name: String
        var args: @Sendable (_ project: String) -> [String]
        var history: String
        /// The steps at which to kill it, in the order the save reaches them.
        var steps: [String]
        /// The step after which the change is saved: the journal's, or for
        /// a save that only appends to the ledger, its history line's.
        var committedAt: String
        /// Makes the last history line one an older Samen wrote (no `ledgerEnd`), before the save.
        var olderHistory = false
        /// Whether the change is on disk, whole, in `state`; false when none of it is.
        var landed: @Sendable (_ state: NetworkState, _ project: Int, _ ledgerBefore: Int) -> Bool?
    }

    static let scenarios: [Scenario] = [
        // Two changes for one action: the lead and the move.
        Scenario(name: "accept with a lead", args: { ["project", "triage", $0, "--accept", "--lead", "thijs"] }, history: "steps",
                 steps: ["locked", "staged", "journal", "rename-1", "history", "done"], committedAt: "journal",
                 landed: { state, id, _ in
                     guard let p = state.project(id) else { return nil }
                     if p.status == .proposal && p.lead == "thijs" { return true }
                     if p.status == .incoming && p.lead == nil { return false }
                     return nil   // half of it
                 }),
        // A revenue brings its contribution: two ledger lines and the history
        // line, which commits them (no journal).
        Scenario(name: "revenue", args: { _ in ["ledger", "add", "--kind", "revenue", "--member", "eric", "--amount", "1000", "--note", "killed"] },
                 history: "add-ledger-entry", steps: ["locked", "ledger", "history", "done"], committedAt: "history",
                 landed: Self.revenueLanded),
        // The same after a line of an older Samen, which records no ledger
        // length: through the journal, as before.
        Scenario(name: "revenue after an older Samen", args: { _ in ["ledger", "add", "--kind", "revenue", "--member", "eric", "--amount", "1000", "--note", "killed"] },
                 history: "add-ledger-entry", steps: ["staged", "journal", "ledger", "history"], committedAt: "journal", olderHistory: true,
                 landed: Self.revenueLanded),
        // A new project is lines at the end of the last shard: appended under
        // the journal, like a ledger line, with no staged file (issue 12).
        Scenario(name: "new project", args: { _ in ["project", "add", "--title", "Killed", "--client", "LUMC", "--skills", "illustration", "--hours", "16",
                                                     "--start", "2026-11-23", "--weeks", "2", "--city", "Leiden"] },
                 history: "add-project", steps: ["locked", "staged", "journal", "shard", "history", "done"], committedAt: "journal",
                 landed: { state, _, _ in
                     let killed = state.projects.filter { $0.title == "Killed" }
                     return killed.isEmpty ? false : killed.count == 1 ? true : nil
                 }),
    ]

    static let revenueLanded: @Sendable (NetworkState, Int, Int) -> Bool? = { state, _, before in
        if state.ledger.count == before { return false }
        return state.ledger.records.contains { $0.note == "killed" && $0.kind == .revenue } ? true : nil
    }

    /// Takes `ledgerEnd` off the last history line, as a Samen before it wrote it.
    static func makeLastHistoryLineOlder(_ dir: String) throws {
        let path = dir + "/history.jsonl"
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let last = lines.count - 2   // the file ends with a newline
        lines[last] = lines[last].replacingOccurrences(of: #","ledgerEnd":[0-9]+,"ledgerTail":"[0-9a-f]+""#, with: "", options: .regularExpression)
        try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test(arguments: 0..<4)
    func aWriterKilledAfterAnyStepLeavesTheWholeChangeWithItsHistoryLineOrNothing(_ which: Int) throws {
        let scenario = Self.scenarios[which]
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let template = root + "/template"
        #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", template], environment: Self.env).status == 0)
        let add = try run(["project", "add", "--title", "Leaflet", "--client", "LUMC", "--skills", "illustration", "--hours", "48",
                           "--start", "2026-11-23", "--weeks", "3", "--city", "Leiden"], template)
        #expect(add.status == 0, "\(add.stderr)")
        let id = try #require(add.stdout.split(separator: " ").dropFirst(2).first.map { String($0.dropLast()) })
        let projectID = try #require(Int(id))
        let commitAt = try #require(scenario.steps.firstIndex(of: scenario.committedAt))

        for (i, step) in scenario.steps.enumerated() {
            let dir = root + "/\(step)"
            #expect(SamenBinary.runProgramStatus("/bin/cp", ["-a", template, dir]) == 0)
            if scenario.olderHistory { try Self.makeLastHistoryLineOlder(dir) }
            let ledgerBytesBefore = try Data(contentsOf: URL(fileURLWithPath: dir + "/ledger.jsonl"))
            let historyBefore = try HistoryLog.read(directory: dir).count
            let ledgerBefore = try Store(directory: dir).state.ledger.count

            let killed = try run(scenario.args(id), dir, environment: ["SAMEN_TEST_KILL_AFTER": step])
            #expect(killed.status == SIGKILL, "\(scenario.name), after \(step): \(killed.status) \(killed.stderr)")
            #expect(killed.stdout.isEmpty, "\(scenario.name), after \(step): acknowledged before it was saved")

            // A reader first: it finishes a committed save whose writer is gone.
            let list = try run(["member", "list"], dir)
            #expect(list.status == 0, "\(scenario.name), after \(step): \(list.stderr)")
            let committed = i >= commitAt
            let state = try Store(directory: dir).state
            #expect(scenario.landed(state, projectID, ledgerBefore) == committed, "\(scenario.name), after \(step)")
            let history = try HistoryLog.read(directory: dir)
            #expect(history.count == historyBefore + (committed ? 1 : 0), "\(scenario.name), after \(step)")
            if committed { #expect(history.last?.change == scenario.history) }
            #expect(!SamenBinary.journalPending(dir))

            // The next writer clears what an uncommitted save staged, and saves.
            let next = try run(["member", "add", "--name", "Next Writer", "--id", "next", "--city", "Leiden"], dir)
            #expect(next.status == 0, "\(next.stderr)")
            #expect(try HistoryLog.read(directory: dir).count == history.count + 1)
            // What never committed is out of the file too (set aside), not only unread.
            if !committed {
                let ledgerBytes = try Data(contentsOf: URL(fileURLWithPath: dir + "/ledger.jsonl"))
                #expect(ledgerBytes == ledgerBytesBefore, "\(scenario.name), after \(step): \(ledgerBytes.count) bytes, \(ledgerBytesBefore.count) before")
            }
            let leftovers = try FileManager.default.subpathsOfDirectory(atPath: dir).filter { $0.contains(".stage-") }
            #expect(leftovers == [], "\(scenario.name), after \(step)")
            let check = try SamenBinary.run(["check", "--data", dir], environment: Self.env)
            #expect(check.status == 0, "\(scenario.name), after \(step): \(check.stdout) \(check.stderr)")
        }
    }

    /// Killed at random moments, a writer of changes that each add a member
    /// and a project (two files and the history) leaves every change whole
    /// with its line, or none of it; every acknowledged one is there.
    @Test func aWriterOfTwoFileChangesKilledAnywhereLeavesEachWholeWithItsLine() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        #expect(try SamenBinary.run(["init", "--name", "Crashy", "--data", dir], environment: Self.env).status == 0)
        let seed = UInt64(time(nil))
        print("aWriterOfTwoFileChangesKilledAnywhere seed \(seed)")
        var rng = SeededRandom(seed: seed)
        var acknowledged: [String: Int] = [:]
        for round in 0..<10 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: SamenBinary.path)
            p.arguments = ["dev", "churn", "--steps", "--count", "100000", "--label", "s\(round)", "--data", dir]
            p.environment = ProcessInfo.processInfo.environment.merging(Self.env.merging(["SAMEN_USER": "tester"]) { $1 }) { $1 }
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            let historySize = HistoryLog.endOffset(directory: dir)
            try p.run()
            // Once it saves (a loaded machine may take a while to start it), at a random moment.
            var waited = 0
            while HistoryLog.endOffset(directory: dir) == historySize && waited < 1_000 { usleep(10_000); waited += 1 }
            usleep(UInt32(Int.random(in: 0...300_000, using: &rng)))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            acknowledged["s\(round)"] = text.split(separator: "\n").compactMap { $0.hasPrefix("ack ") ? Int($0.dropFirst(4)) : nil }.max() ?? -1
        }
        let state = try Store(directory: dir).state
        let history = try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8)
        var wrong: [String] = []
        for (label, last) in acknowledged.sorted(by: { $0.key < $1.key }) {
            for i in 0...(last + 1) {
                let key = "\(label)-\(i)"
                let member = state.member(key) != nil, project = state.projects.contains { $0.title == key }
                let line = history.components(separatedBy: "\"\(key)\"").count - 1   // the member's id and the project's title
                let whole = member && project && line == 2, none = !member && !project && line == 0
                if !(whole || (none && i == last + 1)) { wrong.append("\(key): member \(member), project \(project), \(line) mentions") }
            }
        }
        #expect(wrong == [], "seed \(seed)")
        #expect(acknowledged.values.map { $0 + 1 }.reduce(0, +) > 0)
        let check = try SamenBinary.run(["check", "--data", dir], environment: Self.env)
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
    }

    /// `samen init` killed part-way leaves no half a directory: before its
    /// journal, nothing (and init can be run again); after it, the whole network.
    @Test(arguments: ["staged", "journal"])
    func anInitKilledPartWayLeavesAllOrNothing(_ step: String) throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        let killed = try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir], environment: Self.env.merging(["SAMEN_TEST_KILL_AFTER": step]) { $1 })
        #expect(killed.status == SIGKILL, "\(killed.status) \(killed.stderr)")
        let visible = try FileManager.default.contentsOfDirectory(atPath: dir).filter { !$0.hasPrefix(".") }.sorted()
        if step == "staged" {
            #expect(visible == [])
            let again = try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir], environment: Self.env)
            #expect(again.status == 0, "\(again.stderr)")
        } else {
            let list = try SamenBinary.run(["member", "list", "--data", dir], environment: Self.env)
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout.contains("Thijs Bakker"))
        }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: dir).filter { $0.contains(".stage-") || $0.contains(".projects-new") }
        #expect(leftovers == [])
        #expect(try HistoryLog.read(directory: dir).first?.change == "create")
        let check = try SamenBinary.run(["check", "--data", dir], environment: Self.env)
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
    }

    /// Accepting with a lead is one change: one history line, and the
    /// refusal of either part writes neither.
    @Test func acceptingWithALeadIsOneHistoryLine() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir], environment: Self.env).status == 0)
        let add = try run(["project", "add", "--title", "Leaflet", "--client", "LUMC", "--skills", "illustration", "--hours", "48",
                           "--start", "2026-11-23", "--weeks", "3", "--city", "Leiden"], dir)
        let id = try #require(add.stdout.split(separator: " ").dropFirst(2).first.map { String($0.dropLast()) })
        let before = try HistoryLog.read(directory: dir).count
        let accept = try run(["project", "triage", id, "--accept", "--lead", "thijs"], dir)
        #expect(accept.status == 0, "\(accept.stderr)")
        #expect(accept.stdout.contains("Thijs Bakker leads project \(id)") && accept.stdout.contains("project \(id) incoming -> proposal"))
        let history = try HistoryLog.read(directory: dir)
        #expect(history.count == before + 1)
        #expect(history.last?.change == "steps")
        let line = try #require(try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8).split(separator: "\n").last)
        #expect(line.contains(#""change":"set-lead""#) && line.contains(#""change":"move-project""#))
    }

    func run(_ args: [String], _ dir: String, environment: [String: String] = [:]) throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir, "--as", "eric"], environment: Self.env.merging(environment) { $1 })
    }
}

extension SamenBinary {
    static func runProgramStatus(_ program: String, _ args: [String]) -> Int32 {
        (try? runProgram(program, args).status) ?? -1
    }
}
