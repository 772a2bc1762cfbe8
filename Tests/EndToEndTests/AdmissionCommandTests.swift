import Foundation
import Testing
@testable import SamenCore

/// The application commands on the Unit-2 demo (issue 16): someone applies,
/// members give views and note the criteria, Eric decides; every refusal
/// names its rule, exits non-zero and writes nothing.
@Suite("Admission commands", .serialized)
struct AdmissionCommandTests {
    func demo(_ body: (String, ([String], String) throws -> SamenBinary.Result) throws -> Void) throws {
        try SamenBinary.withUnit2Demo(body)
    }

    func membersFile(_ dir: String) throws -> String { try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8) }

    @Test func anApplicantFromApplicationToAdmission() throws {
        try demo { dir, samen in
            var r = try samen(["member", "apply", "--name", "Lies Nieuw", "--city", "Leiden", "--skills", "drone,sound",
                               "--pitch", "Flies the camera.", "--introduced-by", "gijs"], "zoe")
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("Lies Nieuw (lies) applied, introduced by Gijs Hoekstra"))
            r = try samen(["member", "applicants"], "zoe")
            #expect(r.stdout.contains("Lieke Kuipers") && r.stdout.contains("Lies Nieuw"))
            #expect(r.stderr.contains("2 waiting, 0 not now"))
            r = try samen(["member", "view", "lies", "--question", "--note", "Own clients?"], "zoe")
            #expect(r.status == 0 && r.stdout.contains("Zoë de Vries is asking a question about Lies Nieuw"), "\(r.stderr)")
            r = try samen(["member", "note", "lies", "--criterion", "own-feet", "--note", "Two clients of her own."], "zoe")
            #expect(r.status == 0, "\(r.stderr)")
            r = try samen(["member", "application", "lies"], "zoe")
            #expect(r.stdout.contains("introduced by Gijs Hoekstra"))
            // Gijs has a drone: one holder, so she would add it; sound nobody inside has.
            #expect(r.stdout.split(separator: "\n").first { $0.contains("drone") }?.contains("1 inside: 1 medior") == true, "\(r.stdout)")
            #expect(r.stdout.split(separator: "\n").first { $0.contains("sound") }?.contains("nobody inside") == true)
            #expect(r.stdout.contains("Zoë de Vries, 2026-11-23: Two clients of her own."))
            #expect(r.stdout.contains("Decision: open: waiting for the decision"))
            r = try samen(["member", "application", "lies", "--json"], "zoe")
            let json = try JSONParser.parse(r.stdout)
            guard case let .object(pairs) = json, case let .array(inHouse)? = pairs.first(where: { $0.0 == "inHouse" })?.1 else {
                Issue.record("no inHouse in \(r.stdout)"); return
            }
            #expect(inHouse.count == 2)
            r = try samen(["member", "admit", "lies", "--role", "member", "--from", "2026-12-01"], "eric")
            #expect(r.status == 0 && r.stdout.contains("admitted Lies Nieuw as a member from 2026-12-01"), "\(r.stderr)")
            r = try samen(["member", "show", "lies"], "eric")
            #expect(r.stdout.contains("member"))
            let history = try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8)
            for name in ["add-applicant", "view-applicant", "note-criterion", "admit-applicant"] {
                #expect(history.contains("\"change\":\"\(name)\""), "\(name) in the history")
            }
        }
    }

    @Test func everyRefusalNamesItsRuleAndWritesNothing() throws {
        try demo { dir, samen in
            let before = try membersFile(dir)
            // A criterion outside the network's list.
            var r = try samen(["member", "note", "lieke", "--criterion", "income", "--note", "Enough"], "zoe")
            #expect(r.status != 0)
            #expect(r.stderr.contains("'income' is not one of the network's criteria (admissionCriteria in network.json): in-house, own-feet, experiment"), "\(r.stderr)")
            // Someone who may not decide.
            r = try samen(["member", "admit", "lieke", "--role", "member"], "zoe")
            #expect(r.status != 0 && r.stderr.contains("may admit Lieke Kuipers as a member"), "\(r.stderr)")
            // Not now needs a reason; with one, the application stays.
            r = try samen(["member", "decline", "lieke", "--reason", "  "], "eric")
            #expect(r.status != 0 && r.stderr.contains("not now needs a reason"), "\(r.stderr)")
            #expect(try membersFile(dir) == before)
            r = try samen(["member", "admit", "lieke", "--role", "member"], "eric")
            #expect(r.status == 0, "\(r.stderr)")
            let admitted = try membersFile(dir)
            // Admitting twice.
            r = try samen(["member", "admit", "lieke", "--role", "member"], "eric")
            #expect(r.status != 0 && r.stderr.contains("Lieke Kuipers was already admitted as a member on 2026-11-23; a member is admitted once"), "\(r.stderr)")
            #expect(try membersFile(dir) == admitted)
            // Viewing your own application: in the demo's sandbox anyone may act as Lieke.
            r = try samen(["member", "view", "lieke", "--for", "--as", "lieke"], "eric")
            #expect(r.status != 0 && r.stderr.contains("nobody gives a view on or notes about their own application; Lieke Kuipers is the applicant"), "\(r.stderr)")
            r = try samen(["member", "view", "lieke", "--for", "--against"], "eric")
            #expect(r.status != 0 && r.stderr.contains("say one of --for, --against or --question"))
        }
    }

    @Test func inDutch() throws {
        try demo { _, samen in
            let r = try samen(["member", "application", "lieke", "--lang", "nl"], "eric")
            #expect(r.stdout.contains("Doet mee aan ons samenwerkingsexperiment"), "\(r.stdout)")
            #expect(r.stdout.contains("voorgesteld door Fleur Mulder"))
            #expect(r.stdout.contains("Besluit: open: wacht op besluit"))
        }
    }
}
