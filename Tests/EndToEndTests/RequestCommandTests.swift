import Foundation
import Testing
@testable import SamenCore

/// `samen request`: asking, offering, accepting and closing from a script or a
/// shell, with the rules' refusals on stderr and nothing half-written.
@Suite("Request commands")
struct RequestCommandTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]

    func withDemo(_ body: (String) throws -> Void) throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir], environment: Self.env).status == 0)
        try body(dir)
    }

    func samen(_ args: String..., in dir: String) throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir], environment: Self.env)
    }

    func object(_ text: String) throws -> [(String, JSONValue)] {
        guard case let .object(pairs) = try JSONParser.parse(text) else { throw JSONFieldError("not an object: \(text)") }
        return pairs
    }

    @Test func askOfferAcceptAndClose() throws {
        try withDemo { dir in
            let add = try samen("request", "add", "--topic", "infographics,print", "--text", "Who knows a risograph printer?",
                                "--json", "--as", "lotte", in: dir)
            #expect(add.status == 0, "\(add.stderr)")
            #expect(add.stderr == "")    // tags in use: no warning
            let added = try object(add.stdout)
            #expect(added.first { $0.0 == "from" }?.1 == .string("lotte"))
            guard case let .int(id)? = added.first(where: { $0.0 == "id" })?.1 else { Issue.record("no id in \(add.stdout)"); return }

            // Who could help, and why: skills and Share pitch, never the asker.
            let show = try samen("request", "show", String(id), in: dir)
            #expect(show.stdout.contains("could help  Zoë de Vries (zoe): skill infographics · Share: \"…things simply: explainers, infographics"))
            #expect(!show.stdout.contains("Lotte Hendriks (lotte):"))
            let json = try object(try samen("request", "show", String(id), "--json", in: dir).stdout)
            guard case let .array(helpers)? = json.first(where: { $0.0 == "suggestedHelpers" })?.1 else { Issue.record("no helpers"); return }
            #expect(helpers.count == 4)

            #expect(try samen("request", "offer", String(id), "--note", "The one in Utrecht", "--as", "zoe", in: dir).stdout
                    == "Zoë de Vries offers help on request \(id)\n")
            // Someone else's request: refused, named, and the file untouched.
            let before = try String(contentsOfFile: dir + "/requests.jsonl", encoding: .utf8)
            let wrong = try samen("request", "accept", String(id), "--as", "zoe", in: dir)
            #expect(wrong.status != 0)
            #expect(wrong.stderr.contains("request \(id) is Lotte Hendriks's; only they or a partner can accept an offer on it; you act as Zoë de Vries (zoe)"))
            #expect(wrong.stdout == "")
            #expect(try String(contentsOfFile: dir + "/requests.jsonl", encoding: .utf8) == before)

            // One offer: no need to name it.
            let accept = try samen("request", "accept", String(id), "--as", "lotte", in: dir)
            #expect(accept.stdout == "request \(id) matched: Lotte Hendriks accepts Zoë de Vries's offer\n", "\(accept.stderr)")
            let close = try samen("request", "close", String(id), "--note", "Printed. Thanks, Zoë!", "--as", "lotte", in: dir)
            #expect(close.status == 0)
            let late = try samen("request", "offer", String(id), "--as", "youssef", in: dir)
            #expect(late.status != 0)
            #expect(late.stderr.contains("request \(id) is closed; offers are closed"))

            let closed = try samen("request", "show", String(id), in: dir).stdout
            #expect(closed.contains("offer       Zoë de Vries (zoe), 2026-11-23 (accepted): The one in Utrecht"))
            #expect(closed.contains("closing     Printed. Thanks, Zoë!"))
            let history = try samen("history", "--limit", "4", in: dir).stdout
            #expect(history.contains("zoe  Zoë de Vries offers help on request \(id)"))
            #expect(history.contains("lotte  request \(id) closed: Printed. Thanks, Zoë!"))
        }
    }

    @Test func aTagLikeOneInUseIsSavedWithAWarningOnStderr() throws {
        try withDemo { dir in
            let add = try samen("request", "add", "--topic", "infographic", "--text", "Charts?", "--as", "lotte", in: dir)
            #expect(add.status == 0)
            #expect(add.stdout == "Lotte Hendriks asks (advice): Charts?\n")
            #expect(add.stderr == "samen: warning: topic 'infographic' is new; did you mean 'infographics' (used 6 times)?\n")
            let list = try samen("request", "list", "--json", in: dir).stdout
            #expect(list.contains("\"infographic\""))
        }
    }

    @Test func needsWorkFromTheCommandLineShowsInTheDirectory() throws {
        try withDemo { dir in
            let add = try samen("request", "add", "--from", "lotte", "--kind", "needs-work", "--hours", "16", "--as", "lotte", in: dir)
            #expect(add.status == 0, "\(add.stderr)")
            #expect(add.stdout == "Lotte Hendriks asks (needs-work): Looking for 16 hours a week of work\n")
            let members = try samen("member", "list", "--skill", "illustration", in: dir).stdout
            let lotte = members.split(separator: "\n").first { $0.hasPrefix("lotte") }
            #expect(lotte?.contains(" 16 h ") == true, "\(members)")
            let show = try samen("member", "show", "lotte", in: dir).stdout
            #expect(show.contains("needs work  16 of 16 h/week still to find (request 11)"))
            #expect(show.contains("help        asks 11 (needs-work, 0 offers): Looking for 16 hours a week of work"))
            // In someone else's name: refused.
            let other = try samen("request", "add", "--from", "thijs", "--text", "?", "--as", "lotte", in: dir)
            #expect(other.status != 0)
            #expect(other.stderr.contains("only Thijs Bakker or a partner can ask in Thijs Bakker's name; you act as Lotte Hendriks (lotte)"))
            // Closing it takes the mark away.
            #expect(try samen("request", "close", "11", "--note", "Found a client", "--as", "lotte", in: dir).status == 0)
            let after = try samen("member", "list", "--skill", "illustration", in: dir).stdout
            #expect(after.split(separator: "\n").first { $0.hasPrefix("lotte") }?.contains(" 16 h ") == false)
        }
    }

    @Test func listsFilterAndWithdrawIsTheAskersOnly() throws {
        try withDemo { dir in
            let mine = try samen("request", "list", "--mine", "--all", "--as", "lotte", in: dir)
            #expect(mine.stdout.split(separator: "\n").count == 2, "\(mine.stdout)")   // header + her accountant question
            #expect(mine.stdout.contains("Looking for an accountant"))
            let needs = try samen("request", "list", "--kind", "needs-work", in: dir)
            #expect(needs.stdout.split(separator: "\n").count == 4)   // Esther, Thijs, Tim
            #expect(needs.stderr == "3 of 10 requests\n")
            let bad = try samen("request", "list", "--kind", "gossip", in: dir)
            #expect(bad.status != 0)
            #expect(bad.stderr.contains("--kind 'gossip' is not one of: advice, needs-work, other"))
            let withdraw = try samen("request", "withdraw", "8", "--as", "eric", in: dir)
            #expect(withdraw.stderr.contains("only Fleur Mulder, who asked, can withdraw request 8; you act as Eric Went (eric)"))
            #expect(try samen("request", "withdraw", "8", "--as", "fleur", in: dir).stdout == "request 8 withdrawn\n")
        }
    }

    @Test func helpHasExamplesThatFitIn80Columns() throws {
        for sub in ["", "list", "show", "add", "offer", "accept", "close", "withdraw"] {
            let r = try SamenBinary.run(["request"] + (sub.isEmpty ? [] : [sub]) + ["--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("Example"), "request \(sub) --help has no example")
            // The USAGE line is argument-parser's own; everything we wrote fits.
            for line in r.stdout.split(separator: "\n") where !line.hasPrefix("USAGE:") {
                #expect(DisplayWidth.of(String(line)) <= 80, "request \(sub) --help: \(line)")
            }
        }
    }
}
