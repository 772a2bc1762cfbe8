import Foundation
import Testing
@testable import SamenCore

/// `samen capacity` and `samen project suggest` as a person or a script meets
/// them, on the Unit-2 demo with today pinned to Monday 2026-11-23 (W48).
@Suite("Capacity and staffing on the command line")
struct CapacityCommandTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]

    func withUnit2(_ body: (String) throws -> Void) throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env, body)
    }

    func run(_ args: [String], _ dir: String) throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir], environment: Self.env)
    }

    func field(_ v: JSONValue?, _ key: String) -> JSONValue? {
        guard case let .object(pairs)? = v else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    func array(_ v: JSONValue?) -> [JSONValue] {
        if case let .array(items)? = v { return items }
        return []
    }

    func numbers(_ v: JSONValue?) -> [Double] {
        array(v).compactMap { x -> Double? in
            switch x {
            case let .int(i): return Double(i)
            case let .double(d): return d
            default: return nil
            }
        }
    }

    /// The member ids in the first column of a table, header left out.
    func firstColumn(_ table: String) -> [String] {
        table.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    /// The issue's "done when": which illustrators have 16 free hours a week
    /// for the next three weeks, and who should take this new assignment, and why.
    @Test func unit2DoneWhenBothQuestionsAreAnsweredFromTheCommandLine() throws {
        try withUnit2 { dir in
            let free = try run(["capacity", "--skill", "illustration", "--min-spare", "16", "--weeks", "3"], dir)
            #expect(free.status == 0, "\(free.stderr)")
            let rows = free.stdout.split(separator: "\n").map(String.init)
            #expect(rows[0].hasPrefix("ID     NAME") && rows[0].contains("W48  W49  W50  TOTAL"))
            #expect(Array(firstColumn(free.stdout).prefix(3)) == ["daan", "lotte", "thijs"])
            #expect(rows[1].hasSuffix("24   24   24     72"))
            #expect(rows[3].hasSuffix("16   16   16     48"))
            #expect(!free.stdout.contains("zoe") && !free.stdout.contains("olga"))   // 8 h free at most
            #expect(free.stderr.contains("3 of 39 members with illustration, with at least 16 h free every week, 2026-W48 to 2026-W50"))

            // The same answer for a script.
            let json = try JSONParser.parse(try run(["capacity", "--skill", "illustration", "--min-spare", "16", "--weeks", "3", "--json"], dir).stdout)
            let members = array(field(json, "members"))
            #expect(members.compactMap { field($0, "id") } == [.string("daan"), .string("lotte"), .string("thijs")])
            #expect(numbers(field(members.last, "spare")) == [16, 16, 16])

            // A new assignment comes in; who should take it, and why?
            let add = try run(["project", "add", "--title", "Illustrations for a patient leaflet", "--client", "LUMC",
                               "--skills", "illustration", "--hours", "48", "--start", "2026-11-23", "--weeks", "3",
                               "--city", "Leiden"], dir)
            #expect(add.status == 0, "\(add.stderr)")
            let id = try #require(add.stdout.split(separator: " ").dropFirst(2).first.map { String($0.dropLast()) })
            let suggest = try run(["project", "suggest", id], dir)
            #expect(suggest.status == 0, "\(suggest.stderr)")
            let lines = suggest.stdout.split(separator: "\n").map(String.init)
            #expect(lines[0] == "Project \(id): Illustrations for a patient leaflet for LUMC (incoming)")
            #expect(lines[1] == "Leiden · 2026-11-23 to 2026-12-13 (3 weeks) · 48 h, about 16 h/wk · small job")
            #expect(lines[2] == "needs illustration")
            let table = lines.drop { !$0.hasPrefix("#") }
            #expect(table.first?.hasPrefix("#  SCORE  ID     NAME") == true)
            // Thijs said he needs work, has exactly the 16 hours and lives next door.
            let top = try #require(table.dropFirst().first)
            #expect(top.contains("thijs  Thijs Bakker"))
            #expect(top.hasSuffix("skills 1/1 · 16 h/wk free · 2 km ~13 min · needs work ↑ · last assignment 9 wk ago · medior for a small job"))
            #expect(table.dropFirst().map { $0.split(separator: " ", omittingEmptySubsequences: true)[2] } == ["thijs", "daan", "lotte", "olga", "zoe"])
            #expect(suggest.stderr.contains("5 of 5 who qualify shown; left out: 34 lack a required skill"))

            // --json carries the same ranking, score and reasons.
            let sj = try JSONParser.parse(try run(["project", "suggest", id, "--json"], dir).stdout)
            let first = array(field(sj, "suggestions")).first
            #expect(field(first, "member") == .string("thijs"))
            if case let .string(line)? = field(first, "line") { #expect(top.hasSuffix(line)) } else { Issue.record("no line") }
            let score = top.split(separator: " ", omittingEmptySubsequences: true)[1]
            #expect(numbers(.array([field(first, "score") ?? .null])).first.map { String(format: "%.1f", $0) } == String(score))
            let solidarity = array(field(first, "parts")).first { field($0, "part") == .string("solidarity") }
            #expect(field(solidarity, "needsWork") == .bool(true))
        }
    }

    /// Issue 6's "done when", from the command line: a member says "I need
    /// work", and the suggestions for an incoming assignment change.
    @Test func sayingINeedWorkRaisesYouInTheSuggestions() throws {
        try withUnit2 { dir in
            let add = try run(["project", "add", "--title", "Illustrations for a patient leaflet", "--client", "LUMC",
                               "--skills", "illustration", "--hours", "48", "--start", "2026-11-23", "--weeks", "3",
                               "--city", "Leiden"], dir)
            let id = try #require(add.stdout.split(separator: " ").dropFirst(2).first.map { String($0.dropLast()) })
            func ranking() throws -> [String] {
                let out = try run(["project", "suggest", id], dir).stdout.split(separator: "\n").map(String.init)
                return out.drop { !$0.hasPrefix("#") }.dropFirst().map { $0.split(separator: " ", omittingEmptySubsequences: true)[2].description }
            }
            func line(_ member: String) throws -> String {
                try run(["project", "suggest", id], dir).stdout.split(separator: "\n").first { $0.contains(" \(member) ") }.map(String.init) ?? ""
            }
            let before = try ranking()
            let lotteBefore = try #require(before.firstIndex(of: "lotte"))
            #expect(!(try line("lotte")).contains("needs work"))

            let ask = try run(["request", "add", "--kind", "needs-work", "--hours", "16", "--as", "lotte"], dir)
            #expect(ask.status == 0, "\(ask.stderr)")
            let after = try ranking()
            let lotteAfter = try #require(after.firstIndex(of: "lotte"))
            #expect(lotteAfter < lotteBefore, "before \(before), after \(after)")
            #expect(try line("lotte").contains("needs work ↑"))

            // Closing the signal takes the boost away again.
            let list = try run(["request", "list"], dir).stdout
            let mine = try #require(list.split(separator: "\n").first { $0.contains("Lotte") && $0.contains("needs") })
            let rid = try #require(mine.split(separator: " ", omittingEmptySubsequences: true).first.map(String.init))
            let close = try run(["request", "close", rid, "--note", "Found work", "--as", "lotte"], dir)
            #expect(close.status == 0, "\(close.stderr)")
            #expect(try ranking() == before)
        }
    }

    @Test func everyoneOverTwelveWeeksAsJSON() throws {
        try withUnit2 { dir in
            let r = try run(["capacity", "--json"], dir)
            #expect(r.status == 0, "\(r.stderr)")
            let json = try JSONParser.parse(r.stdout)
            #expect(array(field(json, "weeks")).count == 12)
            #expect(field(json, "from") == .string("2026-W48"))
            let members = array(field(json, "members"))
            #expect(members.count == 39)
            for m in members {
                let eff = numbers(field(m, "effective")), alloc = numbers(field(m, "allocated")), spare = numbers(field(m, "spare"))
                #expect(spare.count == 12)
                for i in 0..<12 { #expect(abs(eff[i] - alloc[i] - spare[i]) < 0.05) }
            }
            let totals = field(json, "networkTotals")
            let effective = numbers(field(totals, "effective"))
            let summed = (0..<12).map { i in members.reduce(0.0) { $0 + numbers(field($1, "effective"))[i] } }
            for i in 0..<12 { #expect(abs(effective[i] - summed[i]) < 0.05) }
            // Zoë is on holiday for part of W50 and stays on the magazine: overbooked, and the table says so.
            let zoe = try #require(members.first { field($0, "id") == .string("zoe") })
            #expect(array(field(zoe, "overbooked"))[2] == .bool(true))
            let table = try run(["capacity", "--weeks", "4"], dir)
            #expect(table.stdout.split(separator: "\n").contains { $0.hasPrefix("zoe ") && $0.contains("-12!") })
            #expect(table.stdout.contains("network utilisation %"))
        }
    }

    @Test func aTeamJobIsSplitBySkillAndAMissingSkillSendsYouOutside() throws {
        try withUnit2 { dir in
            let list = try JSONParser.parse(try run(["project", "list", "--json"], dir).stdout)
            func id(_ title: String) -> String? {
                for p in array(list) where field(p, "title") == .string(title) { if case let .int(i)? = field(p, "id") { return String(i) } }
                return nil
            }
            let hospital = try #require(id("3D walkthrough of the new hospital wing"))
            let r = try run(["project", "suggest", hospital], dir)
            #expect(r.status == 0)
            #expect(r.stdout.contains("Nobody has both skills: this is work for a team. Skill by skill:"))
            #expect(r.stdout.contains("3d-animation: nobody inside can take this part"))
            #expect(r.stdout.contains("video (about 10 h/wk of the work)"))
            #expect(r.stdout.contains("Nobody inside can take: 3d-animation."))
            #expect(r.stdout.contains("No external contacts with these skills on file. Add one with:"))

            // Add an external 3D animator: now the answer names her.
            let ext = try run(["member", "add", "--name", "Iris Drie", "--id", "iris-3d", "--role", "external",
                               "--skills", "3d-animation,video", "--city", "Delft"], dir)
            #expect(ext.status == 0, "\(ext.stderr)")
            let again = try run(["project", "suggest", hospital], dir)
            #expect(again.stdout.contains("Outside the network, with some of these skills:\n  Iris Drie (iris-3d, external) · 3d-animation · Delft"))
            let json = try JSONParser.parse(try run(["project", "suggest", hospital, "--json"], dir).stdout)
            #expect(field(json, "nobodyInsideQualifies") == .bool(true))
            #expect(field(json, "uncoveredSkills") == .array([.string("3d-animation")]))

            // The research graphics: the lead marks editing optional, and the illustrators who
            // also make infographics are suggested as one person for the whole job.
            let graphics = try #require(id("Infographics for a research report"))
            #expect(try run(["project", "optional-skills", graphics, "editing"], dir).stdout == "project \(graphics): optional skills: editing\n")
            let one = try run(["project", "suggest", graphics], dir)
            #expect(one.stdout.contains("needs infographics, illustration; optional: editing"))
            // Neither has the hours alone: a team of the two is proposed first (issue 17), then each on their own.
            #expect(one.stdout.contains("Proposed team: 2 members cover every skill"), "\(one.stdout)")
            // The list below the team says why they are not proposed alone: every skill, too few hours.
            let alone = try #require(one.stdout.components(separatedBy: "With every skill, but too few hours to do it alone:\n").last)
            #expect(Set(firstColumnAfterHash(alone)) == ["olga", "zoe"])
        }
    }

    func firstColumnAfterHash(_ text: String) -> [String] {
        text.split(separator: "\n").drop { !$0.hasPrefix("#") }.dropFirst().map { String($0.split(separator: " ", omittingEmptySubsequences: true)[2]) }
    }

    @Test func badInputIsRefusedWithTheReason() throws {
        try withUnit2 { dir in
            let cases: [([String], String)] = [
                (["capacity", "--weeks", "0"], "--weeks must be between 1 and 52, got 0"),
                (["capacity", "--weeks", "60"], "--weeks must be between 1 and 52, got 60"),
                (["capacity", "--from", "2026-13-01"], "--from must be a week like 2027-W02 or a date like 31-12-2026, 2026-12-31, tomorrow or mon; got '2026-13-01'"),
                (["capacity", "--min-spare=-3"], "--min-spare must be between 0 and 80 hours, got -3"),
                (["project", "suggest", "999"], "project 999 does not exist"),
                (["project", "suggest", "1"], "project 1 is done; suggestions are for open projects"),
                (["project", "suggest", "1", "--limit", "0"], "--limit must be between 1 and 1000, got 0"),
                (["project", "optional-skills", "20", "knitting"], "optional skill 'knitting' is not one of the project's skills"),
            ]
            for (args, message) in cases {
                let r = try run(args, dir)
                #expect(r.status != 0, "\(args) succeeded")
                #expect(r.stdout == "", "\(args) printed to stdout")
                #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
            }
            // A week can be given as a week, and today as 'today'.
            let week = try run(["capacity", "--from", "2027-W02", "--weeks", "1", "--json"], dir)
            #expect(week.status == 0)
            #expect(week.stdout.contains(#""from": "2027-W02""#))
        }
    }

    /// `--from` takes a week as people type it (`WeekInput`, shared with the
    /// dashboard's week field) in either language, and a weekday with a `w`.
    @Test func aWeekAsPeopleTypeIt() throws {
        try withUnit2 { dir in
            for from in ["wk 2", "2", "week 2 2027", "W02", "wk 2 2027"] {
                let r = try run(["capacity", "--from", from, "--weeks", "1", "--json"], dir)
                #expect(r.status == 0, "\(from): \(r.stderr)")
                #expect(r.stdout.contains(#""from": "2027-W02""#), "\(from)")
            }
            for (from, week) in [("volgende week", "2026-W49"), ("next week", "2026-W49"), ("wed", "2026-W48")] {
                let r = try run(["capacity", "--from", from, "--weeks", "1", "--json"], dir)
                #expect(r.stdout.contains("\"from\": \"\(week)\""), "\(from): \(r.stderr)")
            }
            let english = try run(["capacity", "--from", "week 54"], dir)
            #expect(english.status != 0 && english.stderr.contains("--from must be a week that exists: 2026 has weeks 1 to 53, got 'week 54'"))
            let dutch = try run(["--lang", "nl", "capacity", "--from", "wk 54"], dir)
            #expect(dutch.status != 0 && dutch.stderr.contains("--from moet een bestaande week zijn: 2026 heeft week 1 tot en met 53, niet 'wk 54'"),
                    "\(dutch.stderr)")
        }
    }

    @Test func helpHasExamplesAndFitsEightyColumns() throws {
        for sub in [["capacity"], ["project", "suggest"], ["project", "optional-skills"]] {
            let r = try SamenBinary.run(sub + ["--help"], environment: ["COLUMNS": "80"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("Examples:"), "\(sub)")
            for line in r.stdout.split(separator: "\n") {
                #expect(DisplayWidth.of(String(line)) <= 80, "\(sub): \(line)")
            }
        }
        let root = try SamenBinary.run(["--help"])
        #expect(root.stdout.contains("capacity"))
    }
}
