import Foundation
import Testing
@testable import SamenCore

/// `samen project triage|staff|won|lost|finish`: a script takes an
/// assignment through the pipeline with the dashboard's own changes, and
/// every illegal step is refused with its rule while nothing is written.
@Suite("Project triage on the command line")
struct ProjectTriageCommandTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]

    func withLeaflet(_ body: (String, String) throws -> Void) throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir], environment: Self.env).status == 0)
        let add = try run(["project", "add", "--title", "Illustrations for a patient leaflet", "--client", "LUMC",
                           "--skills", "illustration", "--hours", "48", "--start", "2026-11-23", "--weeks", "3",
                           "--city", "Leiden"], dir)
        let id = try #require(add.stdout.split(separator: " ").dropFirst(2).first.map { String($0.dropLast()) })
        try body(dir, id)
    }

    func run(_ args: [String], _ dir: String, as actor: String = "eric") throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir, "--as", actor], environment: Self.env)
    }

    func files(_ dir: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        // Every shard of projects (a new one appearing would be a write too).
        let shards = try FileManager.default.contentsOfDirectory(atPath: "\(dir)/projects").sorted().map { "projects/\($0)" }
        #expect(shards == ["projects/000001-005000.jsonl"])
        for f in shards + ["history.jsonl", "members.jsonl"] { out[f] = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(f)")) }
        return out
    }

    @Test func fromIncomingToDoneWithATeam() throws {
        try withLeaflet { dir, id in
            let accept = try run(["project", "triage", id, "--accept", "--lead", "thijs", "--note", "Thijs asked for work"], dir)
            #expect(accept.status == 0, "\(accept.stderr)")
            #expect(accept.stdout.contains("Thijs Bakker leads project \(id)"))
            #expect(accept.stdout.contains("project \(id) incoming -> proposal"))
            let staff = try run(["project", "staff", id, "--member", "thijs", "--hours", "16"], dir)
            #expect(staff.status == 0, "\(staff.stderr)")
            // A proposal's hours are tentative: Thijs still counts as free.
            #expect(try run(["capacity", "--skill", "illustration", "--min-spare", "16", "--weeks", "3"], dir).stdout.contains("thijs"))
            var show = try run(["project", "show", id], dir).stdout
            #expect(show.contains("status      proposal"))
            #expect(show.contains("team        thijs 16 h/wk 2026-11-23..2026-12-13 (tentative)"))
            #expect(try run(["project", "won", id, "--note", "Signed"], dir).status == 0)
            show = try run(["project", "show", id], dir).stdout
            #expect(show.contains("status      active"))
            #expect(show.contains("team        thijs 16 h/wk 2026-11-23..2026-12-13\n"))
            #expect(show.contains("eric: incoming -> proposal · Thijs asked for work"))
            #expect(show.contains("eric: proposal -> active · Signed"))
            // Won: his 16 hours are allocated now, so he is no longer free for them.
            let free = try run(["capacity", "--skill", "illustration", "--min-spare", "16", "--weeks", "3"], dir).stdout
            #expect(free.contains("daan") && !free.contains("thijs"), "\(free)")
            #expect(try run(["project", "finish", id], dir).status == 0)
            #expect(try run(["project", "show", id], dir).stdout.contains("status      done"))
        }
    }

    @Test func declineNeedsAReasonFromTheList() throws {
        try withLeaflet { dir, id in
            let bad = try run(["project", "triage", id, "--decline", "boring"], dir)
            #expect(bad.status != 0)
            #expect(bad.stderr.contains("--decline 'boring' is not one of: \(DeclineReason.allowedValues)"))
            let other = try run(["project", "triage", id, "--decline", "other"], dir)
            #expect(other.status != 0)
            #expect(other.stderr.contains("declining for 'other' needs a note saying why"))
            let ok = try run(["project", "triage", id, "--decline", "no-capacity", "--note", "Busy until March"], dir)
            #expect(ok.status == 0, "\(ok.stderr)")
            #expect(try run(["project", "show", id], dir).stdout.contains("status      declined"))
        }
    }

    @Test func illegalStepsAreRefusedWithTheRuleAndNothingIsWritten() throws {
        try withLeaflet { dir, id in
            let before = try files(dir)
            let refusals: [([String], String)] = [
                (["project", "triage", id, "--accept"], "project \(id) needs a lead (main contractor) before it becomes a proposal"),
                (["project", "triage", id, "--accept", "--lead", "nobody"], "member 'nobody' does not exist"),
                (["project", "won", id], "project \(id) cannot go from incoming to active"),
                (["project", "staff", id, "--member", "thijs", "--hours", "30"], "Thijs Bakker would be overbooked in 2026-W48 (-14 h), 2026-W49 (-14 h), 2026-W50 (-14 h); pass --allow-overbooking"),
                (["project", "staff", id, "--member", "thijs", "--hours", "8", "--from", "2027-01-04"], "is after the project's end (2026-12-13)"),
                (["project", "staff", id, "--member", "thijs", "--hours", "8", "--weeks", "5"], "falls outside project \(id)'s period"),
                (["project", "triage", id, "--accept", "--decline", "other"], "give exactly one of --accept or --decline REASON"),
            ]
            for (args, message) in refusals {
                let r = try run(args, dir)
                #expect(r.status != 0, "\(args)")
                #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
            }
            // Accepting an active project with a new lead: the lead alone would be
            // a legal change, but the move is not, so neither is written.
            let lines = try String(contentsOfFile: "\(dir)/projects/000001-005000.jsonl", encoding: .utf8).split(separator: "\n")
            let activeLine = try #require(lines.first { $0.contains(#""status":"active""#) })
            let activeID = try #require(activeLine.range(of: #""id":\d+"#, options: .regularExpression).map { activeLine[$0].dropFirst(5) })
            let both = try run(["project", "triage", String(activeID), "--accept", "--lead", "thijs"], dir)
            #expect(both.status != 0)
            #expect(both.stderr.contains("project \(activeID) cannot go from active to proposal"), "\(both.stderr)")
            #expect(try files(dir) == before)
            // Overbooking on purpose is allowed, and said.
            let forced = try run(["project", "staff", id, "--member", "thijs", "--hours", "30", "--allow-overbooking"], dir)
            #expect(forced.status == 0, "\(forced.stderr)")
        }
    }

    /// The rest of issue 5's bad input: someone who leaves before the work
    /// ends, and declining work already under way.
    @Test func staffingSomeoneWhoLeavesAndDecliningActiveWorkAreRefused() throws {
        try withLeaflet { dir, id in
            #expect(try run(["member", "left", "olga", "--on", "2026-12-01"], dir).status == 0)
            let before = try files(dir)
            let leaving = try run(["project", "staff", id, "--member", "olga", "--hours", "4"], dir)
            #expect(leaving.status != 0)
            #expect(leaving.stderr.contains("leaves on 2026-12-01"), "\(leaving.stderr)")
            let lines = try String(contentsOfFile: "\(dir)/projects/000001-005000.jsonl", encoding: .utf8).split(separator: "\n")
            let activeLine = try #require(lines.first { $0.contains(#""status":"active""#) })
            let activeID = try #require(activeLine.range(of: #""id":\d+"#, options: .regularExpression).map { activeLine[$0].dropFirst(5) })
            let decline = try run(["project", "triage", String(activeID), "--decline", "no-capacity"], dir)
            #expect(decline.status != 0)
            #expect(decline.stderr.contains("project \(activeID) cannot go from active to declined"), "\(decline.stderr)")
            #expect(try files(dir) == before)
        }
    }

    @Test func helpHasExamplesAndFitsEightyColumns() throws {
        for sub in ["triage", "staff", "won", "lost", "finish"] {
            let help = try SamenBinary.run(["project", sub, "--help"], environment: Self.env).stdout
            #expect(help.contains("Example"), "\(sub)")
            for line in help.split(separator: "\n") where !line.hasPrefix("USAGE") {
                #expect(line.count <= 80, "\(sub): \(line)")
            }
        }
    }
}
