import Foundation
import Testing

/// What a script can tell from the exit status alone (the README's table):
/// 0 done, 1 a change refused or not saved, 2 data that cannot be read,
/// 64 a command used wrongly, 75 the lock was busy for too long.
@Suite("Exit status")
struct ExitStatusTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]

    func run(_ args: [String], _ dir: String) throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir], environment: Self.env)
    }

    @Test func versionPrintsTheOneVersionConstant() throws {
        let r = try SamenBinary.run(["--version"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.range(of: #"^samen [0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression) != nil, "\(r.stdout)")
    }

    @Test func usageErrorsAre64() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            for args in [["member", "list", "--bogus"], ["membr", "list"], ["member", "edit", "lotte", "--hours", "many"],
                         ["project", "show", "twelve"]] {
                let r = try run(args, dir)
                #expect(r.status == 64, "\(args): exit \(r.status): \(r.stderr)")
            }
        }
    }

    @Test func aRefusedChangeIs1() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let r = try run(["member", "edit", "lotte", "--desks", "50"], dir)
            #expect(r.status == 1, "exit \(r.status): \(r.stderr)")
            #expect(r.stderr.contains("desks must be between 0 and 20, got 50"), "\(r.stderr)")
            let unknown = try run(["project", "won", "999999"], dir)
            #expect(unknown.status == 1, "exit \(unknown.status): \(unknown.stderr)")
        }
    }

    @Test func unreadableDataIs2() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let missing = try SamenBinary.run(["member", "list", "--data", dir + "/nowhere"], environment: Self.env)
            #expect(missing.status == 2, "exit \(missing.status): \(missing.stderr)")
            let members = dir + "/members.jsonl"
            let original = try String(contentsOfFile: members, encoding: .utf8)
            try (original + "{not json\n").write(toFile: members, atomically: true, encoding: .utf8)
            for args in [["member", "list"], ["member", "edit", "lotte", "--desks", "2"], ["check"]] {
                let r = try run(args, dir)
                #expect(r.status == 2, "\(args): exit \(r.status): \(r.stderr)")
                #expect(r.stderr.contains("members.jsonl:"), "\(args): \(r.stderr)")
            }
            try FileManager.default.removeItem(atPath: members)
            let gone = try run(["member", "list"], dir)
            #expect(gone.status == 2, "exit \(gone.status): \(gone.stderr)")
        }
    }
}
