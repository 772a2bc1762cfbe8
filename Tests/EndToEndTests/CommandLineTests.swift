import Foundation
import Testing
@testable import SamenCore

/// The command line as a script or a person meets it: exit codes, stdout
/// that stays clean, errors on stderr that say what is wrong.
@Suite("Command line")
struct CommandLineTests {
    func withDirectory(_ body: (String) throws -> Void) rethrows {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        try body(root + "/data")
    }

    func jsonArray(_ text: String) throws -> [JSONValue] {
        guard case let .array(items) = try JSONParser.parse(text) else { throw JSONFieldError("not a list") }
        return items
    }

    func field(_ v: JSONValue, _ key: String) -> JSONValue? {
        guard case let .object(pairs) = v else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    @Test func stGroepDemoHasThreePartnersAndSevenAssociates() throws {
        try withDirectory { dir in
            let created = try SamenBinary.run(["init", "--demo", "st-groep", "--data", dir])
            #expect(created.status == 0, "\(created.stderr)")
            let list = try SamenBinary.run(["member", "list", "--json", "--data", dir])
            #expect(list.status == 0)
            let roles = try jsonArray(list.stdout).compactMap { field($0, "role") }
            #expect(roles.filter { $0 == .string("partner") }.count == 3)
            #expect(roles.filter { $0 == .string("associate") }.count == 7)
            let names = try jsonArray(list.stdout).compactMap { field($0, "name") }
            #expect(names.contains(.string("Katleen Verbeek")))
            let check = try SamenBinary.run(["check", "--data", dir])
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.hasPrefix("ok: 10 members"))
        }
    }

    @Test func unit2DemoChecksAndListsIllustrators() throws {
        try withDirectory { dir in
            #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir]).status == 0)
            let check = try SamenBinary.run(["check", "--data", dir])
            #expect(check.status == 0, "\(check.stderr)")
            let list = try SamenBinary.run(["member", "list", "--skill", "illustration", "--data", dir])
            #expect(list.status == 0)
            #expect(list.stdout.hasPrefix("ID"))
            #expect(list.stdout.split(separator: "\n").count >= 5)   // header + at least 4 illustrators
            #expect(list.stderr.contains("of 40 members"))   // 39 and Lieke, who applied
        }
    }

    @Test func checkFailsOnAHandBrokenFileAndNamesIt() throws {
        try withDirectory { dir in
            #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir]).status == 0)
            let path = dir + "/projects/000001-005000.jsonl"
            var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
            lines[2] = lines[2].replacingOccurrences(of: #""status":""#, with: #""status":"maybe-"#)
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            let before = try String(contentsOfFile: path, encoding: .utf8)
            let check = try SamenBinary.run(["check", "--data", dir])
            #expect(check.status == 2)   // data that cannot be read
            #expect(check.stdout == "")
            #expect(check.stderr.contains("projects/000001-005000.jsonl:3: project field 'status' is 'maybe-"))
            #expect(check.stderr.contains("which is not one of: incoming, proposal, active, done, declined, lost, cancelled"))
            // A change is refused too, and the broken file is left as it was.
            let add = try SamenBinary.run(["project", "add", "--title", "X", "--client", "Y", "--hours", "8",
                                           "--start", "2026-12-01", "--weeks", "1", "--city", "Leiden", "--data", dir])
            #expect(add.status != 0)
            #expect(add.stderr.contains("projects/000001-005000.jsonl:3"))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
        }
    }

    /// Every way a directory is made writes projects in shards of 5,000 ids.
    @Test func initDemosAndGenerateWriteProjectShards() throws {
        try withDirectory { dir in
            func shards(_ d: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: d + "/projects")) ?? []).sorted() }
            func hasLegacyFile(_ d: String) -> Bool { FileManager.default.fileExists(atPath: d + "/projects.jsonl") }
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            #expect(try SamenBinary.run(["init", "--demo", "st-groep", "--data", dir + "/st"]).status == 0)
            #expect(shards(dir + "/st") == ["000001-005000.jsonl"])
            #expect(try SamenBinary.run(["init", "--name", "Empty", "--data", dir + "/empty"]).status == 0)
            #expect(FileManager.default.fileExists(atPath: dir + "/empty/projects"))
            let generated = try SamenBinary.run(["generate", "--members", "40", "--projects", "5200", "--requests", "5", "--entries", "50",
                                                 "--data", dir + "/big"])
            #expect(generated.status == 0, "\(generated.stderr)")
            #expect(shards(dir + "/big") == ["000001-005000.jsonl", "005001-010000.jsonl"])
            #expect(try String(contentsOfFile: dir + "/big/projects/005001-010000.jsonl", encoding: .utf8).split(separator: "\n").count == 200)
            for d in ["st", "empty", "big"] {
                #expect(!hasLegacyFile(dir + "/" + d))
                let check = try SamenBinary.run(["check", "--data", dir + "/" + d])
                #expect(check.status == 0, "\(d): \(check.stderr)")
            }
        }
    }

    @Test func addingAndEditingAMemberAndErrorsOnStderr() throws {
        try withDirectory { dir in
            #expect(try SamenBinary.run(["init", "--name", "Test", "--data", dir]).status == 0)
            let add = try SamenBinary.run(["member", "add", "--name", "Lotte de Vries", "--skills", "illustration, design",
                                           "--city", "Leiden", "--hours", "16", "--data", dir])
            #expect(add.status == 0, "\(add.stderr)")
            #expect(add.stdout == "added member Lotte de Vries (lotte)\n")
            let bad = try SamenBinary.run(["member", "edit", "lotte", "--hours", "95", "--data", dir])
            #expect(bad.status == 1)
            #expect(bad.stdout == "")
            #expect(bad.stderr.contains("contracted hours per week must be between 0 and 80, got 95"))
            let missing = try SamenBinary.run(["member", "edit", "lot", "--hours", "20", "--data", dir])
            #expect(missing.stderr.contains("member 'lot' does not exist"))
            let json = try SamenBinary.run(["member", "show", "lotte", "--json", "--data", dir])
            #expect(field(try JSONParser.parse(json.stdout), "skills") == .array([.string("illustration"), .string("design")]))
            let history = try SamenBinary.run(["history", "--data", dir])
            // The Unix user made it: $SAMEN_USER names nobody here, so it acts for nobody else.
            #expect(history.stdout.contains("\(SamenBinary.login)  added member Lotte de Vries (lotte)"))
        }
    }

    @Test func ledgerAmountsAreParsedOrRefused() throws {
        try withDirectory { dir in
            #expect(try SamenBinary.run(["init", "--demo", "st-groep", "--data", dir]).status == 0)
            let bad = try SamenBinary.run(["ledger", "add", "--kind", "cost", "--category", "accountant", "--amount", "1.000.00", "--data", dir])
            #expect(bad.status != 0)
            #expect(bad.stderr.contains("'1.000.00' is not an amount"))
            let before = try String(contentsOfFile: dir + "/ledger.jsonl", encoding: .utf8)
            let unknown = try SamenBinary.run(["ledger", "add", "--kind", "cost", "--category", "yachts", "--amount", "12", "--as", "pierre", "--data", dir])
            #expect(unknown.stderr.contains("cost category 'yachts' does not exist"))
            #expect(try String(contentsOfFile: dir + "/ledger.jsonl", encoding: .utf8) == before)
            // A partner keeps the books; the pinned test user is not a member.
            let good = try SamenBinary.run(["ledger", "add", "--kind", "cost", "--category", "accountant", "--amount", "1.815,50", "--as", "pierre", "--data", dir])
            #expect(good.status == 0, "\(good.stderr)")
            #expect(good.stdout.contains("cost € 1.815,50"))
        }
    }

    @Test func theDataDirectoryAndActorComeFromTheEnvironment() throws {
        try withDirectory { dir in
            let created = try SamenBinary.run(["init", "--name", "Env"], environment: ["SAMEN_DATA": dir])
            #expect(created.status == 0, "\(created.stderr)")
            let add = try SamenBinary.run(["member", "add", "--name", "Guus", "--city", "Delft", "--as", "guido"], environment: ["SAMEN_DATA": dir])
            #expect(add.status == 0)
            // --as names who a change is for, never who made it; 'guido' is no member, so the administrator acts as themselves.
            #expect(try HistoryLog.read(directory: dir).last?.who == SamenBinary.login)
            let xdg = try SamenBinary.run(["member", "list"], environment: ["XDG_DATA_HOME": dir + "/nowhere"])
            #expect(xdg.status != 0)
            #expect(xdg.stderr.contains(dir + "/nowhere/samen: no such directory"))
        }
    }

    @Test func generatedNetworksCheckClean() throws {
        try withDirectory { dir in
            let gen = try SamenBinary.run(["generate", "--members", "300", "--projects", "1500", "--requests", "600", "--entries", "15000",
                                           "--seed", "5", "--data", dir])
            #expect(gen.status == 0, "\(gen.stderr)")
            #expect(gen.stderr == "")   // no progress into a pipe
            let check = try SamenBinary.run(["check", "--data", dir])
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout.contains("300 members, 1500 projects, 600 requests, 15000 ledger entries"))
        }
    }

    @Test func helpShowsExamples() throws {
        let help = try SamenBinary.run(["--help"])
        #expect(help.stdout.contains("Examples:"))
        for sub in ["member add", "project add", "ledger add", "request add", "generate", "check", "init"] {
            let r = try SamenBinary.run(sub.split(separator: " ").map(String.init) + ["--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("Example"), "\(sub) --help has no example")
        }
    }

    @Test func namesWithEscapesCannotDriveTheTerminal() throws {
        try withDirectory { dir in
            #expect(try SamenBinary.run(["init", "--name", "Test", "--data", dir]).status == 0)
            let add = try SamenBinary.run(["member", "add", "--name", "Evil\u{1B}[2J\u{202E}Name", "--id", "evil", "--city", "Leiden", "--data", dir])
            #expect(add.status == 0)
            let list = try SamenBinary.run(["member", "list", "--data", dir])
            #expect(!list.stdout.contains("\u{1B}"))
            #expect(!list.stdout.contains("\u{202E}"))
            #expect(list.stdout.contains("Evil\u{FFFD}[2J\u{FFFD}Name"))
            let raw = try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8)
            #expect(raw.contains(#"Evil\u001b[2J"#))
        }
    }
}
