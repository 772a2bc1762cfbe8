import Foundation
import Testing
@testable import SamenCore
#if canImport(Glibc)
import Glibc
#endif

/// Nobody hangs on the lock: a writer stopped while it holds it (Ctrl-Z)
/// stops no reader, and the next writer says whom it waits for and gives up.
@Suite("A stopped writer", .serialized)
struct LockWaitTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]

    /// Runs samen under `timeout`, so a hang fails the test instead of stalling the suite.
    func run(_ args: [String], _ dir: String, environment: [String: String] = [:]) throws -> (SamenBinary.Result, Double) {
        let start = Date()
        var env = Self.env.merging(environment) { $1 }
        env["SAMEN_USER"] = "tester"
        let r = try SamenBinary.runProgram("/usr/bin/timeout", ["-s", "KILL", "20", SamenBinary.path] + args + ["--data", dir],
                                           environment: env, removing: ["SAMEN_DATA"])
        return (r, Date().timeIntervalSince(start))
    }

    static func isStopped(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(close, offsetBy: 2)] == "T"
    }

    /// Starts `samen member add` for `id` that stops itself after `step`, and waits until it has.
    func stoppedWriter(_ dir: String, id: String, after step: String) throws -> Process {
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: SamenBinary.path)
        writer.arguments = ["member", "add", "--name", "Stopped Writer", "--id", id, "--city", "Leiden", "--data", dir]
        writer.environment = ProcessInfo.processInfo.environment.merging(
            Self.env.merging(["SAMEN_USER": "tester", "SAMEN_TEST_STOP_AFTER": step]) { $1 }) { $1 }
        writer.standardOutput = FileHandle.nullDevice
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        var waited = 0
        while !Self.isStopped(writer.processIdentifier) && waited < 600 { usleep(50_000); waited += 1 }
        return writer
    }

    /// Stopped after committing, before its files are in place: a reader
    /// does not wait for it, and sees its change whole, history line and all.
    @Test(arguments: ["journal", "rename-1", "history"])
    func aWriterStoppedMidSaveStopsNoReader(_ step: String) throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir], environment: Self.env).status == 0)
        let before = try HistoryLog.read(directory: dir).count
        let writer = try stoppedWriter(dir, id: "stopped", after: step)
        let pid = writer.processIdentifier
        defer { kill(pid, SIGKILL); kill(pid, SIGCONT) }
        try #require(Self.isStopped(pid), "the writer never stopped")

        let (list, seconds) = try run(["member", "list"], dir)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(seconds < 5, "member list took \(seconds) s")
        #expect(list.stdout.contains("Stopped Writer"))
        let (check, _) = try run(["check"], dir)
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
        #expect(try HistoryLog.read(directory: dir).count == before + 1)

        kill(pid, SIGCONT)
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        #expect(try HistoryLog.read(directory: dir).count == before + 1)
        #expect(!SamenBinary.journalPending(dir))
        #expect(try Store(directory: dir).state.member("stopped") != nil)
    }

    /// The one save a reader may not finish for a stopped writer is the move
    /// to shards (it replaces a directory): the reader says whom it waits
    /// for and gives up at the limit, rather than hang or read half of it.
    @Test func aReaderWaitingOnAStoppedMoveToShardsSaysSoAndGivesUp() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir], environment: Self.env).status == 0)
        // What a Samen before shards wrote: format version 1, one projects.jsonl.
        let fm = FileManager.default
        var all = Data()
        for shard in try fm.contentsOfDirectory(atPath: dir + "/projects").sorted() { all += try Data(contentsOf: URL(fileURLWithPath: dir + "/projects/" + shard)) }
        try all.write(to: URL(fileURLWithPath: dir + "/projects.jsonl"))
        try fm.removeItem(atPath: dir + "/projects")
        try? fm.removeItem(atPath: dir + "/.samen-cache")
        let network = try String(contentsOfFile: dir + "/network.json", encoding: .utf8)
        try network.replacingOccurrences(of: #""formatVersion": 2"#, with: #""formatVersion": 1"#).write(toFile: dir + "/network.json", atomically: true, encoding: .utf8)

        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: SamenBinary.path)
        writer.arguments = ["project", "add", "--title", "Moved", "--client", "LUMC", "--hours", "8", "--start", "2026-11-23", "--weeks", "1",
                            "--city", "Leiden", "--data", dir]
        writer.environment = ProcessInfo.processInfo.environment.merging(
            Self.env.merging(["SAMEN_USER": "tester", "SAMEN_TEST_STOP_AFTER": "journal"]) { $1 }) { $1 }
        writer.standardOutput = FileHandle.nullDevice
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        let pid = writer.processIdentifier
        defer { kill(pid, SIGKILL); kill(pid, SIGCONT) }
        var waited = 0
        while !Self.isStopped(pid) && waited < 600 { usleep(50_000); waited += 1 }
        try #require(Self.isStopped(pid), "the writer never stopped")

        let (list, seconds) = try run(["member", "list"], dir, environment: ["SAMEN_LOCK_TIMEOUT": "1.5"])
        #expect(list.status != 0 && list.status != 9, "\(list.status)")
        #expect(list.stderr.contains("waiting for the lock on \(dir) held by pid \(pid)"), "\(list.stderr)")
        #expect(list.stderr.contains("gave up after 1.5 s waiting for the lock on \(dir), held by pid \(pid)"), "\(list.stderr)")
        #expect(list.stderr.contains("nothing was read"), "\(list.stderr)")
        #expect(seconds >= 1.5 && seconds < 10)

        kill(pid, SIGCONT)
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        let state = try Store(directory: dir).state
        #expect(state.projects.contains { $0.title == "Moved" })
        #expect(try String(contentsOfFile: dir + "/network.json", encoding: .utf8).contains(#""formatVersion": 2"#))
        #expect(!fm.fileExists(atPath: dir + "/projects.jsonl"))
    }

    /// A save that only adds ledger entries commits with its history line,
    /// not a journal. Stopped between its ledger lines and that line, its
    /// writer stops no reader, and no reader (nor `check`) shows its entries:
    /// a crash then would take them back. Killed there, the next writer cuts
    /// them off; let go, it saves them whole.
    @Test(arguments: [false, true])
    func aLedgerWriterStoppedBeforeItsHistoryLineShowsNothingYet(_ killed: Bool) throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir], environment: Self.env).status == 0)
        let before = try HistoryLog.read(directory: dir).count
        let ledgerBefore = try Data(contentsOf: URL(fileURLWithPath: dir + "/ledger.jsonl"))
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: SamenBinary.path)
        writer.arguments = ["ledger", "add", "--kind", "revenue", "--member", "eric", "--amount", "1000", "--note", "stopped-entry", "--data", dir]
        writer.environment = ProcessInfo.processInfo.environment.merging(
            Self.env.merging(["SAMEN_USER": "tester", "SAMEN_TEST_STOP_AFTER": "ledger"]) { $1 }) { $1 }
        writer.standardOutput = FileHandle.nullDevice
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        let pid = writer.processIdentifier
        defer { kill(pid, SIGKILL); kill(pid, SIGCONT) }
        var waited = 0
        while !Self.isStopped(pid) && waited < 600 { usleep(50_000); waited += 1 }
        try #require(Self.isStopped(pid), "the writer never stopped")
        // Its lines are in the file, past what the history covers.
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/ledger.jsonl")).count > ledgerBefore.count)

        let (list, seconds) = try run(["ledger", "list"], dir)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(seconds < 5, "ledger list took \(seconds) s")
        #expect(!list.stdout.contains("stopped-entry"))
        let (check, _) = try run(["check"], dir)
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
        #expect(try Store(directory: dir).state.ledger.records.allSatisfy { $0.note != "stopped-entry" })
        #expect(try HistoryLog.read(directory: dir).count == before)

        if killed {
            kill(pid, SIGKILL)
            writer.waitUntilExit()
            let (next, _) = try run(["member", "add", "--name", "Next Writer", "--id", "next", "--city", "Leiden"], dir)
            #expect(next.status == 0, "\(next.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/ledger.jsonl")) == ledgerBefore)
        } else {
            kill(pid, SIGCONT)
            writer.waitUntilExit()
            #expect(writer.terminationStatus == 0)
        }
        let (after, _) = try run(["ledger", "list"], dir)
        #expect(after.stdout.contains("stopped-entry") == !killed, "\(after.stdout)")
        #expect(try HistoryLog.read(directory: dir).count == before + 1)
        let (checked, _) = try run(["check"], dir)
        #expect(checked.status == 0, "\(checked.stdout) \(checked.stderr)")
        let (verified, _) = try run(["verify"], dir)
        #expect(verified.status == 0, "\(verified.stdout) \(verified.stderr)")
    }

    @Test func readersAnswerAtOnceAndTheNextWriterSaysWhomItWaitsForThenGivesUp() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir], environment: Self.env).status == 0)

        // A writer that stops itself right after taking the lock, as Ctrl-Z would.
        let writer = try stoppedWriter(dir, id: "stopped", after: "locked")
        let pid = writer.processIdentifier
        defer { kill(pid, SIGKILL); kill(pid, SIGCONT) }
        try #require(Self.isStopped(pid), "the writer never stopped")

        for args in [["member", "list"], ["check"], ["capacity", "--skill", "illustration"], ["finance", "report", "--year", "2026"]] {
            let (r, seconds) = try run(args, dir)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(seconds < 5, "\(args) took \(seconds) s")
            #expect(!r.stderr.contains("waiting"), "\(args): \(r.stderr)")
        }

        let login = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? ""
        let (second, seconds) = try run(["member", "add", "--name", "Waiting Writer", "--id", "waiting", "--city", "Leiden"], dir,
                                        environment: ["SAMEN_LOCK_TIMEOUT": "2"])
        #expect(second.status == 75, "\(second.status)")   // EX_TEMPFAIL: try again later
        #expect(second.stderr.contains("waiting for the lock on \(dir) held by pid \(pid) (\(login))…"), "\(second.stderr)")
        #expect(second.stderr.contains("gave up after 2 s waiting for the lock on \(dir), held by pid \(pid) (\(login)); nothing was saved"),
                "\(second.stderr)")
        #expect(seconds >= 2 && seconds < 10, "\(seconds) s")
        #expect(second.stdout.isEmpty)

        // A timeout that is not a number of seconds is refused, before any wait.
        let (bad, _) = try run(["member", "add", "--name", "Bad Timeout", "--city", "Leiden"], dir, environment: ["SAMEN_LOCK_TIMEOUT": "soon"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("SAMEN_LOCK_TIMEOUT: must be a number of seconds from 0 to 86400, got 'soon'"), "\(bad.stderr)")

        // Continued, the stopped writer finishes its change; the one that gave up wrote nothing.
        kill(pid, SIGCONT)
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        let state = try Store(directory: dir).state
        #expect(state.member("stopped") != nil)
        #expect(state.member("waiting") == nil)
        let history = try HistoryLog.read(directory: dir)
        #expect(history.filter { $0.summary.contains("Stopped Writer") }.count == 1)
        #expect(!history.contains { $0.summary.contains("Waiting Writer") })
    }
}
