import Foundation
import Testing
@testable import SamenCore
#if canImport(Glibc)
import Glibc
#endif

/// Several people at once on the same data, and writers that die mid-save:
/// the store's promises, tested through the real binary.
@Suite("Concurrent writers and crashes", .serialized)
struct ConcurrencyTests {
    @Test func eightProcessesOfFiftyChangesLeaveExactlyFourHundred() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        // 4,990 projects: the writers' new projects fill the first shard and start the second between them.
        let created = try SamenBinary.run(["generate", "--members", "10", "--projects", "4990", "--requests", "0", "--entries", "0",
                                           "--data", dir])
        #expect(created.status == 0, "\(created.stderr)")
        _ = try SamenBinary.run(["member", "add", "--name", "Payer", "--id", "payer", "--city", "Leiden", "--data", dir])
        let before = try HistoryLog.read(directory: dir).count
        let membersBefore = try Store(directory: dir).state.members.count

        // Each process is a shell loop running the binary 50 times: members
        // (a file rewritten), ledger entries (a file appended) and projects
        // (a shard rewritten, or a new one) interleaved.
        var processes: [Process] = []
        for w in 0..<8 {
            let script = """
            for i in $(seq 1 50); do
              if [ $((i % 3)) -eq 0 ]; then
                "$SAMEN" member add --name "Writer \(w) number $i" --id "w\(w)-$i" --city Leiden --data "$DIR" >/dev/null || exit 1
              elif [ $((i % 3)) -eq 1 ]; then
                "$SAMEN" ledger add --kind payment --member payer --amount "$i,00" --note "w\(w)-$i" --as payer --data "$DIR" >/dev/null || exit 1
              else
                "$SAMEN" project add --title "w\(w)-$i" --client Busy --hours 8 --start 2027-01-04 --weeks 1 --city Leiden --data "$DIR" >/dev/null || exit 1
              fi
            done
            """
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", script]
            p.environment = ProcessInfo.processInfo.environment.merging(SamenBinary.pinnedClock(["SAMEN": SamenBinary.path, "DIR": dir, "SAMEN_USER": "w\(w)"])) { $1 }
            try p.run()
            processes.append(p)
        }
        for p in processes { p.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })

        let history = try HistoryLog.read(directory: dir)
        #expect(history.count - before == 400)
        let state = try Store(directory: dir).state
        #expect(state.members.count == membersBefore + 8 * 16)
        #expect(state.ledger.count == 8 * 17)
        #expect(state.ledger.map(\.id) == Array(1...(8 * 17)))
        #expect(state.projects.map(\.id) == Array(1...(4_990 + 8 * 17)))
        for w in 0..<8 {
            for i in 1...50 {
                switch i % 3 {
                case 0: #expect(state.member("w\(w)-\(i)") != nil)
                case 1: #expect(state.ledger.contains { $0.note == "w\(w)-\(i)" })
                default: #expect(state.projects.contains { $0.title == "w\(w)-\(i)" })
                }
            }
        }
        let shards = try FileManager.default.contentsOfDirectory(atPath: dir + "/projects").sorted()
        #expect(shards == ["000001-005000.jsonl", "005001-010000.jsonl"])
        let check = try SamenBinary.run(["check", "--data", dir])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func aWriterKilledMidSaveLosesNothingAcknowledged() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        #expect(try SamenBinary.run(["init", "--name", "Crashy", "--data", dir]).status == 0)
        #expect(try SamenBinary.run(["member", "add", "--name", "Payer", "--id", "payer", "--city", "Leiden", "--data", dir]).status == 0)
        var acknowledged: [(label: String, index: Int)] = []
        var rng = SeededRandom(seed: UInt64(time(nil)))
        for round in 0..<12 {
            let label = "r\(round)"
            let p = Process()
            p.executableURL = URL(fileURLWithPath: SamenBinary.path)
            p.environment = ProcessInfo.processInfo.environment.merging(SamenBinary.pinnedClock()) { $1 }
            // As the directory's administrator, who may add the members, payments and projects churn makes.
            p.arguments = ["dev", "churn", "--count", "100000", "--label", label, "--data", dir]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32(Int.random(in: 80_000...400_000, using: &rng)))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            for line in text.split(separator: "\n") where line.hasPrefix("ack ") {
                acknowledged.append((label, Int(line.dropFirst(4))!))
            }
        }
        #expect(acknowledged.count > 0)
        let check = try SamenBinary.run(["check", "--data", dir])
        #expect(check.status == 0, "\(check.stderr)")
        let state = try Store(directory: dir).state
        var missing: [String] = []
        for (label, i) in acknowledged {
            let found: Bool
            switch i % 3 {
            case 0: found = state.member("\(label)-\(i)") != nil
            case 1: found = state.ledger.contains { $0.note == "\(label)-\(i)" }
            default: found = state.projects.contains { $0.title == "\(label)-\(i)" }
            }
            if !found { missing.append("\(label)-\(i)") }
        }
        #expect(missing == [])
        // Each change has its history line, and no line names a change that is not there.
        let history = try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8)
        var unmatched: [String] = []
        for round in 0..<12 {
            let label = "r\(round)"
            let last = acknowledged.filter { $0.label == label }.map(\.index).max() ?? -1
            for i in 0...(last + 1) {
                let inData: Bool
                switch i % 3 {
                case 0: inData = state.member("\(label)-\(i)") != nil
                case 1: inData = state.ledger.contains { $0.note == "\(label)-\(i)" }
                default: inData = state.projects.contains { $0.title == "\(label)-\(i)" }
                }
                if inData != history.contains("\"\(label)-\(i)\"") { unmatched.append("\(label)-\(i)") }
            }
        }
        #expect(unmatched == [])
        // And the directory still takes changes after all that.
        #expect(try SamenBinary.run(["ledger", "add", "--kind", "payment", "--member", "payer", "--amount", "1", "--as", "payer", "--data", dir]).status == 0)
    }

    /// The move of a format 1 directory's projects into shards (on its
    /// first project save), killed at random points: every round leaves a
    /// directory that checks, with every project it had, and with the new
    /// one whenever the writer had said it was saved.
    @Test func aMoveToShardsKilledAnywhereLosesNothing() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let template = root + "/template"
        let generated = try SamenBinary.run(["generate", "--members", "100", "--projects", "12000", "--requests", "5", "--entries", "50",
                                             "--data", template])
        #expect(generated.status == 0, "\(generated.stderr)")
        // What a Samen before shards wrote: format version 1, one projects.jsonl.
        let fm = FileManager.default
        let shards = try fm.contentsOfDirectory(atPath: template + "/projects").sorted()
        #expect(shards.count == 3)
        var all = Data()
        for s in shards { all += try Data(contentsOf: URL(fileURLWithPath: template + "/projects/" + s)) }
        try all.write(to: URL(fileURLWithPath: template + "/projects.jsonl"))
        try fm.removeItem(atPath: template + "/projects")
        try? fm.removeItem(atPath: template + "/.samen-cache")
        let network = try String(contentsOfFile: template + "/network.json", encoding: .utf8)
        try network.replacingOccurrences(of: #""formatVersion": 2"#, with: #""formatVersion": 1"#)
            .write(toFile: template + "/network.json", atomically: true, encoding: .utf8)

        /// Runs `samen project add`; with `killWithin`, kills it that many
        /// microseconds (at most, at random) after its move has begun
        /// (`.projects-new` appears). Returns whether it said the project was
        /// saved, and how long the move ran until the process ended or was killed.
        var rng = SeededRandom(seed: UInt64(time(nil)))
        func addProject(_ dir: String, title: String, killWithin micros: Double?) throws -> (saved: Bool, moveSeconds: Double) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: SamenBinary.path)
            p.environment = ProcessInfo.processInfo.environment.merging(SamenBinary.pinnedClock()) { $1 }
            p.arguments = ["project", "add", "--title", title, "--client", "Kill", "--hours", "8", "--start", "2027-01-04",
                           "--weeks", "1", "--city", "Leiden", "--data", dir]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            while p.isRunning && !fm.fileExists(atPath: dir + "/.projects-new") { usleep(100) }
            let began = Date()
            if let micros, p.isRunning {
                usleep(UInt32(Double.random(in: 0...micros, using: &rng)))
                kill(p.processIdentifier, SIGKILL)
            }
            p.waitUntilExit()
            let saved = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("new assignment")
            return (saved, Date().timeIntervalSince(began))
        }
        // One whole run first: how long moving 12,000 projects takes here.
        let timed = root + "/timed"
        try fm.copyItem(atPath: template, toPath: timed)
        let whole = try addProject(timed, title: "timed", killWithin: nil)
        #expect(whole.saved)
        #expect(!fm.fileExists(atPath: timed + "/projects.jsonl"))

        var problems: [String] = []
        var seen: [String] = []   // what each kill left, for the log
        for round in 0..<6 {
            let dir = root + "/r\(round)"
            try fm.copyItem(atPath: template, toPath: dir)
            let acknowledged = try addProject(dir, title: "moved-\(round)", killWithin: whole.moveSeconds * 1e6).saved
            let left = ["projects.jsonl", "projects", ".projects-new"].filter { fm.fileExists(atPath: dir + "/" + $0) }
            seen.append("\(acknowledged ? "saved" : "killed"): \(left.joined(separator: " + "))")
            let check = try SamenBinary.run(["check", "--data", dir])
            if check.status != 0 { problems.append("round \(round): \(check.stderr)") }
            let state = try Store(directory: dir).state
            if Array(state.projects.prefix(12_000).map(\.id)) != Array(1...12_000) { problems.append("round \(round): projects lost") }
            let added = state.projects.contains { $0.title == "moved-\(round)" }
            if acknowledged && !added { problems.append("round \(round): an acknowledged project is missing") }
            // Whatever the kill left, the next project save finishes the move.
            #expect(try addProject(dir, title: "after-\(round)", killWithin: nil).saved)
            if fm.fileExists(atPath: dir + "/projects.jsonl") || fm.fileExists(atPath: dir + "/.projects-new") {
                problems.append("round \(round): the move was not finished by the next save")
            }
            try fm.removeItem(atPath: dir)
        }
        print("move killed at random: " + seen.joined(separator: "; "))
        #expect(problems == [])
    }
}
