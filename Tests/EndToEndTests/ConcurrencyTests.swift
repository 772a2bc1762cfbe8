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
        let created = try SamenBinary.run(["init", "--name", "Busy", "--data", dir])
        #expect(created.status == 0, "\(created.stderr)")
        _ = try SamenBinary.run(["member", "add", "--name", "Payer", "--id", "payer", "--city", "Leiden", "--data", dir])
        let before = try HistoryLog.read(directory: dir).count

        // Each process is a shell loop running the binary 50 times: members
        // (a file rewritten) and ledger entries (a file appended) interleaved.
        var processes: [Process] = []
        for w in 0..<8 {
            let script = """
            for i in $(seq 1 50); do
              if [ $((i % 2)) -eq 0 ]; then
                "$SAMEN" member add --name "Writer \(w) number $i" --id "w\(w)-$i" --city Leiden --data "$DIR" >/dev/null || exit 1
              else
                "$SAMEN" ledger add --kind payment --member payer --amount "$i,00" --note "w\(w)-$i" --as payer --data "$DIR" >/dev/null || exit 1
              fi
            done
            """
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", script]
            p.environment = ProcessInfo.processInfo.environment.merging(["SAMEN": SamenBinary.path, "DIR": dir, "SAMEN_USER": "w\(w)"]) { $1 }
            try p.run()
            processes.append(p)
        }
        for p in processes { p.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })

        let history = try HistoryLog.read(directory: dir)
        #expect(history.count - before == 400)
        let state = try Store(directory: dir).state
        #expect(state.members.count == 1 + 200)
        #expect(state.ledger.count == 200)
        #expect(state.ledger.map(\.id) == Array(1...200))
        for w in 0..<8 {
            for i in 1...50 {
                if i % 2 == 0 { #expect(state.member("w\(w)-\(i)") != nil) }
                else { #expect(state.ledger.contains { $0.note == "w\(w)-\(i)" }) }
            }
        }
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
            p.arguments = ["dev", "churn", "--count", "100000", "--label", label, "--as", "payer", "--data", dir]  // payments in her own name
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
        // And the directory still takes changes after all that.
        #expect(try SamenBinary.run(["ledger", "add", "--kind", "payment", "--member", "payer", "--amount", "1", "--as", "payer", "--data", dir]).status == 0)
    }
}
