import Foundation
import Testing

/// A mistyped command, skill or city gets a suggestion; a new skill or an
/// unknown place can still be used on purpose.
@Suite("Did you mean, on the command line")
struct DidYouMeanCommandTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]

    func run(_ args: [String], _ dir: String) throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir], environment: Self.env)
    }

    @Test func aMistypedCommandSuggestsTheCommand() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let r = try run(["membr", "list"], dir)
            #expect(r.status == 64, "exit \(r.status)")
            #expect(r.stderr.contains("'membr' is not a samen command; did you mean 'member'?"), "\(r.stderr)")
            let first = try SamenBinary.run(["--data", dir, "membr", "list"], environment: Self.env)
            #expect(first.status == 64 && first.stderr.contains("did you mean 'member'?"), "\(first.stderr)")
            let nested = try run(["project", "sugest", "12"], dir)
            #expect(nested.status == 64)
            #expect(nested.stderr.contains("'sugest' is not a samen project command; did you mean 'suggest'?"), "\(nested.stderr)")
        }
    }

    @Test func theSuggestionPassesTheSanitiser() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let r = try run(["member\u{1B}", "list"], dir)
            #expect(r.status == 64)
            #expect(r.stderr.contains("did you mean 'member'?"), "\(r.stderr.debugDescription)")
            #expect(!r.stderr.contains("\u{1B}") && !r.stderr.contains("\u{07}"), "\(r.stderr.debugDescription)")
        }
    }

    @Test func aSkillOrCityThatLooksLikeASlipIsRefusedUnlessNewOnPurpose() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let before = try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8)
            let slip = try run(["member", "add", "--name", "Noa Visser", "--skills", "ilustration,pottery", "--city", "Leidn"], dir)
            #expect(slip.status == 64, "exit \(slip.status): \(slip.stderr)")
            #expect(slip.stderr.contains("--skills ilustration: did you mean illustration? (a new skill on purpose: --new-skill ilustration)"), "\(slip.stderr)")
            #expect(slip.stderr.contains("--city Leidn: did you mean Leiden? (a place outside the table on purpose: --new-place)"), "\(slip.stderr)")
            #expect(try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8) == before)
            let meant = try run(["member", "add", "--name", "Noa Visser", "--skills", "ilustration,pottery", "--city", "Leidn",
                                 "--new-skill", "ilustration", "--new-place"], dir)
            #expect(meant.status == 0, "\(meant.stderr)")
            let project = try run(["project", "add", "--title", "T", "--client", "C", "--skills", "animaton", "--hours", "8",
                                   "--start", "2026-12-07", "--weeks", "1", "--city", "Leiden"], dir)
            #expect(project.status == 64)
            #expect(project.stderr.contains("--skills animaton: did you mean animation?"), "\(project.stderr)")
        }
    }

    @Test func aFilterOnASkillNobodyHasSaysWhatItLooksLike() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let r = try run(["capacity", "--skill", "ilustration", "--weeks", "1"], dir)
            #expect(r.status == 0)
            #expect(r.stderr.contains("samen: warning: --skill ilustration: did you mean illustration?"), "\(r.stderr)")
            let list = try run(["member", "list", "--skill", "ilustration"], dir)
            #expect(list.stderr.contains("samen: warning: --skill ilustration: did you mean illustration?"), "\(list.stderr)")
        }
    }
}
