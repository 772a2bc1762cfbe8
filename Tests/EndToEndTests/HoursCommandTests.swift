import Foundation
import Testing

/// Hours on the command line take a decimal comma or point, in half-hour
/// steps, and are written to the files as a plain number.
@Suite("Hours on the command line")
struct HoursCommandTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]

    func run(_ args: [String], _ dir: String) throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir], environment: Self.env)
    }

    @Test func twoAndAHalfHoursWithACommaAreSavedAndShown() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let edit = try run(["member", "edit", "lotte", "--hours", "2,5", "--hours-from", "2026-11-23"], dir)
            #expect(edit.status == 0, "\(edit.stderr)")
            let show = try run(["member", "show", "lotte"], dir)
            #expect(show.stdout.contains("2.5 (") && show.stdout.contains("2.5 from 2026-11-23"), "\(show.stdout)")
            let line = try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8).split(separator: "\n")
                .first { $0.contains("\"id\":\"lotte\"") } ?? ""
            #expect(line.contains(#"{"from":"2026-11-23","hoursPerWeek":2.5}"#), "\(line)")
            let list = try run(["member", "list", "--json"], dir)
            #expect(list.stdout.contains("\"contractedHoursNow\": 2.5"), "\(list.stdout.prefix(400))")
            #expect(try run(["check"], dir).status == 0)
            let free = try run(["capacity", "--min-spare", "2,5", "--weeks", "1"], dir)
            #expect(free.status == 0, "\(free.stderr)")
        }
    }

    @Test func aQuarterHourIsRefusedSayingTheStep() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let before = try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8)
            let r = try run(["member", "edit", "lotte", "--hours", "2,25"], dir)
            #expect(r.status == 64, "exit \(r.status): \(r.stderr)")
            #expect(r.stderr.contains("--hours must be in half-hour steps (like 2.5), got '2,25'"), "\(r.stderr)")
            #expect(try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8) == before)
        }
    }

    @Test func aNeedsWorkRequestAndAProjectTakeHalfHours() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let ask = try run(["request", "add", "--from", "olga", "--kind", "needs-work", "--hours", "7,5", "--json"], dir)
            #expect(ask.status == 0, "\(ask.stderr)")
            #expect(ask.stdout.contains("7.5"), "\(ask.stdout)")
            let add = try run(["project", "add", "--title", "Half", "--client", "C", "--hours", "12,5",
                               "--start", "2026-12-07", "--weeks", "1", "--city", "Leiden", "--json"], dir)
            #expect(add.status == 0, "\(add.stderr)")
            #expect(add.stdout.contains("12.5"), "\(add.stdout)")
            let id = try #require(add.stdout.firstMatch(of: /"id": ([0-9]+)/)?.1)
            let edit = try run(["project", "edit", String(id), "--hours", "7.5"], dir)
            #expect(edit.status == 0, "\(edit.stderr)")
            #expect(edit.stdout.contains("hours 12.5 -> 7.5"), "\(edit.stdout)")
            let slip = try run(["project", "edit", String(id), "--city", "Leidn"], dir)
            #expect(slip.status == 64 && slip.stderr.contains("--city Leidn: did you mean Leiden?"), "\(slip.stderr)")
        }
    }
}
