import Foundation
import Testing
@testable import SamenCore

/// Out-of-range dates, weeks, numbers and texts as a person or a hostile file
/// brings them: a clear refusal naming what is wrong, never a crash, and
/// never a record that leaves the directory unreadable.
@Suite("Ranges on the command line")
struct RangeCommandTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]

    func withUnit2(_ body: (String) throws -> Void) throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env, body)
    }

    func run(_ args: [String], _ dir: String) throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir], environment: Self.env)
    }

    /// Every file of the directory, by path, to show that nothing was written.
    func snapshot(_ dir: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        for case let path as String in fm.enumerator(atPath: dir)! where !path.hasPrefix(".samen-cache") {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: dir + "/" + path, isDirectory: &isDir), !isDir.boolValue {
                out[path] = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + path))
            }
        }
        return out
    }

    /// Each of these crashed (signal, exit 132) before the ranges.
    @Test(arguments: [
        (["--from", "9999-12-31"], "--from must be between 1900-01-01 and 2200-12-31, got 9999-12-31"),
        (["--from", "0000-W01"], "--from must be in a year between 1900 and 2200, got '0000-W01'"),
        (["--from", "2025-W53"], "--from must be a week that exists: 2025 has weeks 1 to 52, got '2025-W53'"),
        (["--min-spare", "1e19"], "--min-spare must be a number of hours like 16 or 2.5, got '1e19'"),
        (["--min-spare", "nan"], "--min-spare must be a number of hours like 16 or 2.5, got 'nan'"),
    ])
    func capacityRefusesOutOfRangeWithTheOption(args: [String], message: String) throws {
        try withUnit2 { dir in
            let r = try run(["capacity"] + args, dir)
            #expect(r.status == 64, "exit \(r.status): \(r.stderr)")
            #expect(r.stderr.contains(message), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }

    @Test func aProjectStartingOn9999IsRefusedAndNothingIsWritten() throws {
        try withUnit2 { dir in
            let before = try snapshot(dir)
            let r = try run(["project", "add", "--title", "Far", "--client", "Future", "--hours", "10",
                             "--start", "9999-12-31", "--weeks", "1", "--city", "Leiden"], dir)
            #expect(r.status != 0)
            #expect(r.stderr.contains("--start must be between 1900-01-01 and 2200-12-31, got 9999-12-31"), "\(r.stderr)")
            #expect(try snapshot(dir) == before)
            #expect(try run(["check"], dir).status == 0)
        }
    }

    /// A start in range whose weeks run past the last day: the rules refuse
    /// the end the loader would refuse.
    @Test func aProjectEndingAfter2200IsRefusedAndNothingIsWritten() throws {
        try withUnit2 { dir in
            let before = try snapshot(dir)
            let r = try run(["project", "add", "--title", "Long", "--client", "Future", "--hours", "10",
                             "--start", "2200-12-01", "--weeks", "10", "--city", "Leiden"], dir)
            #expect(r.status != 0)
            #expect(r.stderr.contains("field 'end' must be between 1900-01-01 and 2200-12-31, got 2201-02-08"), "\(r.stderr)")
            #expect(try snapshot(dir) == before)
        }
    }

    @Test func outOfRangeNumbersOfAChangeAreRefusedNamingTheField() throws {
        try withUnit2 { dir in
            let before = try snapshot(dir)
            let travel = try run(["project", "add", "--title", "T", "--client", "C", "--hours", "10", "--start", "2027-01-04",
                                  "--weeks", "2", "--city", "Leiden", "--max-travel", "9223372036854775807"], dir)
            #expect(travel.status != 0)
            #expect(travel.stderr.contains("field 'maxTravelKm' must be between 0 and 5000 km"), "\(travel.stderr)")
            let desks = try run(["member", "edit", "lotte", "--desks", "99999999"], dir)
            #expect(desks.status != 0)
            #expect(desks.stderr.contains("field 'desks' must be between 0 and 10000"), "\(desks.stderr)")
            #expect(try snapshot(dir) == before)
        }
    }

    @Test(arguments: [
        (["finance", "report", "--year", "0"], "--year must be between 1900 and 2200, got 0"),
        (["ledger", "list", "--year", "99999999999"], "--year must be between 1900 and 2200, got 99999999999"),
        (["finance", "export", "hledger", "--year=-1"], "--year must be between 1900 and 2200, got -1"),
        (["dev", "churn", "--count=-1"], "--count must be between 0 and 1000000, got -1"),
        (["ledger", "add", "--kind", "cost", "--amount", "999999999999999", "--note", "x"],
         "field 'amount' must be at most € 10.000.000.000,00 either way, got € 999.999.999.999.999,00"),
    ])
    func yearsAndAmountsOutOfRangeAreRefused(args: [String], message: String) throws {
        try withUnit2 { dir in
            let before = try snapshot(dir)
            let r = try run(args, dir)
            #expect(r.status != 0)
            #expect(r.stderr.contains(message), "\(r.stderr)")
            #expect(try snapshot(dir) == before)
        }
    }

    /// A 1 MB name written into the file by hand: the record is refused at
    /// load with file, line and reason, and `samen check` names it.
    @Test func aMegabyteNameInMembersIsReportedWithFileAndLine() throws {
        try withUnit2 { dir in
            let path = dir + "/members.jsonl"
            var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
            let huge = String(repeating: "A", count: 1 << 20)
            lines[1] = lines[1].replacingOccurrences(of: #""name":"[^"]*""#, with: "\"name\":\"\(huge)\"", options: .regularExpression)
            #expect(lines[1].utf8.count > 1 << 20)
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)

            let check = try run(["check"], dir)
            #expect(check.status != 0)
            #expect(check.stderr.contains("members.jsonl:2: member field 'name' is too long: 1048576 characters, at most 1000"), "\(check.stderr.prefix(2000))")
            #expect(check.stderr.utf8.count < 50_000, "the report must not echo the name")

            let list = try run(["member", "list"], dir)
            #expect(list.status != 0)
            #expect(list.stderr.contains("members.jsonl:2: member field 'name' is too long"), "\(list.stderr.prefix(2000))")
        }
    }

    @Test func aDateOutOfRangeInAFileIsReportedWithFileAndLine() throws {
        try withUnit2 { dir in
            let path = dir + "/members.jsonl"
            var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
            lines[0] = lines[0].replacingOccurrences(of: #""joined":"[0-9-]*""#, with: "\"joined\":\"9999-12-31\"", options: .regularExpression)
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            let check = try run(["check"], dir)
            #expect(check.status != 0)
            #expect(check.stderr.contains("members.jsonl:1: member field 'joined' must be between 1900-01-01 and 2200-12-31, got 9999-12-31"), "\(check.stderr.prefix(2000))")
        }
    }
}
