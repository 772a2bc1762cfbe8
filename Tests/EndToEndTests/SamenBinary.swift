import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built `samen` executable, run as a user would run it.
enum SamenBinary {
    /// Beside the test bundle in the build directory (`swift test` builds it
    /// because this target depends on it), or `$SAMEN_BIN`.
    static let path: String = {
        if let p = ProcessInfo.processInfo.environment["SAMEN_BIN"] { return p }
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        let arg0 = URL(fileURLWithPath: CommandLine.arguments[0])
        candidates.append(arg0.deletingLastPathComponent())
        // Inside an .xctest bundle directory (macOS layout), walk up.
        for c in candidates {
            var dir = c
            for _ in 0..<4 {
                let p = dir.appendingPathComponent("samen").path
                if FileManager.default.isExecutableFile(atPath: p) { return p }
                dir = dir.deletingLastPathComponent()
            }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/samen").path
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The day every run of the binary sees unless a test pins another:
    /// a Monday (2026-W48), so weeks and months start where the tests expect.
    static let today = "2026-11-23"

    /// `SAMEN_TODAY` and a matching `SAMEN_NOW`, so the day the rules see and
    /// the moments a change records never depend on when the suite runs.
    /// A test that sets its own `SAMEN_TODAY` gets a `SAMEN_NOW` on that day.
    static func pinnedClock(_ env: [String: String] = [:]) -> [String: String] {
        var env = env
        let day = env["SAMEN_TODAY"] ?? today
        env["SAMEN_TODAY"] = day
        if env["SAMEN_NOW"] == nil { env["SAMEN_NOW"] = day + "T10:00:00Z" }
        return env
    }

    enum Clock {
        /// `pinnedClock`: what nearly every test wants.
        case pinned
        /// The machine's clock: for the tests that compute what they expect
        /// from the real date, which CI also runs a year ahead.
        case real
    }

    /// Runs `samen args...` to completion with a pinned date and user.
    static func run(_ args: [String], environment extra: [String: String] = [:], stdin: String? = nil,
                    clock: Clock = .pinned) throws -> Result {
        var env: [String: String] = ["SAMEN_USER": "tester"]
        for (k, v) in extra { env[k] = v }
        switch clock {
        case .pinned:
            return try runProgram(path, args, environment: pinnedClock(env), stdin: stdin, removing: ["SAMEN_DATA"])
        case .real:
            return try runProgram(path, args, environment: env, stdin: stdin, removing: ["SAMEN_DATA", "SAMEN_TODAY", "SAMEN_NOW"])
        }
    }

    /// Runs any program to completion. `environment` is added to this
    /// process's own unless `inheritEnvironment` is false; then it is all the child gets.
    static func runProgram(_ program: String, _ args: [String], environment extra: [String: String] = [:], stdin: String? = nil,
                           inheritEnvironment: Bool = true, removing: [String] = []) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        var env = inheritEnvironment ? ProcessInfo.processInfo.environment : [:]
        for k in removing { env.removeValue(forKey: k) }
        for (k, v) in extra { env[k] = v }
        p.environment = env
        // Output goes to files, not pipes: a chatty child can never block on a full pipe.
        let scratch = temporaryDirectory("samen-run")
        defer { remove(scratch) }
        _ = FileManager.default.createFile(atPath: scratch + "/out", contents: nil)
        _ = FileManager.default.createFile(atPath: scratch + "/err", contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch + "/out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch + "/err"))
        let input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin.data(using: .utf8)!) }
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        try out.close(); try err.close()
        return Result(status: p.terminationStatus,
                      stdout: (try? String(contentsOfFile: scratch + "/out", encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOfFile: scratch + "/err", encoding: .utf8)) ?? "")
    }

    /// The Unix user running the tests: the person every change is recorded as made by.
    static let login: String = {
        guard let pw = getpwuid(getuid()), let name = pw.pointee.pw_name else { return "uid \(getuid())" }
        return String(cString: name)
    }()

    /// A fresh copy of a demo (`unit-2`, `st-groep`) in a directory removed afterwards.
    static func withDemo(_ demo: String, environment: [String: String], _ body: (String) throws -> Void) throws {
        let root = temporaryDirectory()
        defer { remove(root) }
        let dir = root + "/data"
        let made = try run(["init", "--demo", demo, "--data", dir], environment: environment)
        #expect(made.status == 0, "\(made.stderr)")
        try body(dir)
    }

    /// Whether a save is under way (or was cut off after it committed): the
    /// journal holds its steps. Done, its first line says that nothing
    /// follows ("samen-journal 1 0000000000 …"); the file itself stays,
    /// written in place by the next save.
    static func journalPending(_ dir: String) -> Bool {
        guard let bytes = FileManager.default.contents(atPath: dir + "/.samen-journal"), !bytes.isEmpty else { return false }
        return !bytes.starts(with: Array("samen-journal 1 0000000000 ".utf8))
    }

    static func temporaryDirectory(_ label: String = "samen-e2e") -> String {
        var template = "/tmp/\(label)-XXXXXX".utf8CString
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }!
        return String(cString: made)
    }

    static func remove(_ dir: String) { try? FileManager.default.removeItem(atPath: dir) }

    /// A fresh copy of the Unit-2 demo in a temporary directory, removed
    /// afterwards; `body` gets its path and a runner that acts as a member
    /// (`SAMEN_USER`, which the demo sandbox lets anyone be).
    static func withUnit2Demo(_ body: (String, ([String], String) throws -> Result) throws -> Void) throws {
        let root = temporaryDirectory()
        defer { remove(root) }
        let dir = root + "/data"
        #expect(try run(["init", "--demo", "unit-2", "--data", dir]).status == 0)
        try body(dir) { args, user in try run(args + ["--data", dir], environment: ["SAMEN_USER": user]) }
    }
}
