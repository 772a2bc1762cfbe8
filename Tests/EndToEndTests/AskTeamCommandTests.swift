import Foundation
import Testing
@testable import SamenCore

/// `samen project ask ID --team` on the Unit-2 demo: the congress media team
/// `samen project suggest 19` proposes is asked, each member for the hours
/// proposed for them, as one change; asked again, nothing is written; the
/// options that do not go with it, and a project without a team, are
/// refused with what is wrong.
@Suite("Asking the proposed team on the command line", .serialized)
struct AskTeamCommandTests {
    /// Member id and hours a week of each proposed member, in the order
    /// `samen project suggest 19 --json` gives them.
    func proposed(_ dir: String) throws -> [(String, Double)] {
        let r = try SamenBinary.run(["project", "suggest", "19", "--json", "--data", dir])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stdout)")
        let team = try #require(json["team"] as? [String: Any], "\(r.stdout)")
        let members = try #require(team["members"] as? [[String: Any]])
        return members.compactMap { m in
            guard let id = m["member"] as? String, let hours = m["hoursPerWeek"] as? Double else { return nil }
            return (id, hours)
        }
    }

    @Test func theProposedTeamIsAskedAtItsHoursOnce() throws {
        try SamenBinary.withUnit2Demo { dir, samen in
            let team = try proposed(dir)
            try #require(team.count == 10, "\(team)")
            let before = try HistoryLog.read(directory: dir).count
            var r = try samen(["project", "ask", "19", "--team", "--note", "Congress in December"], "eric")
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.hasPrefix("asked 10 members to join project 19: Eva Prins 22.5 h/wk, "), "\(r.stdout)")
            #expect(try HistoryLog.read(directory: dir).count == before + 1, "one change, one history line")
            let project = try #require(try Store(directory: dir).state.project(19))
            for (id, hours) in team {
                let ask = try #require(project.ask(to: id), "\(id) was not asked")
                #expect(ask.isOpen && ask.hoursPerWeek.value == hours, "\(id): \(ask.hoursPerWeek) for \(hours)")
                #expect(ask.note == "Congress in December")
            }
            #expect(project.allocations.isEmpty, "asking staffs nobody")
            // Asked again: everyone has an open question, so nothing is written.
            r = try samen(["project", "ask", "19", "--team"], "eric")
            #expect(r.status == 1)
            #expect(r.stderr.contains("everyone on project 19's proposed team has been asked already"), "\(r.stderr)")
            #expect(try HistoryLog.read(directory: dir).count == before + 1)
        }
    }

    @Test func whatDoesNotGoWithTeamIsRefusedAndNothingIsWritten() throws {
        try SamenBinary.withUnit2Demo { dir, samen in
            let history = try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8)
            let cases: [([String], Int32, String)] = [
                (["19", "--team", "eva"], 64, "--team asks each member of the proposed team for the hours proposed for them: name no members and no --hours"),
                (["19", "--team", "--hours", "8"], 64, "name no members and no --hours"),
                (["19"], 64, "name the members to ask (ids), or --team for the proposed team"),
                (["19", "eva"], 64, "--hours is needed"),
                (["3", "--team"], 1, "project 3 has no proposed team"),
                (["999", "--team"], 1, "project 999 does not exist"),
            ]
            for (args, status, message) in cases {
                let r = try samen(["project", "ask"] + args, "eric")
                #expect(r.status == status, "\(args): \(r.status) \(r.stderr)")
                #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
            }
            // Someone the rules do not let ask (an applicant): refused by the policy, in its words.
            let r = try samen(["project", "ask", "19", "--team"], "lieke")
            #expect(r.status == 1)
            #expect(r.stderr.contains("only its lead or a member who takes on work may ask members to join project 19"), "\(r.stderr)")
            #expect(try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8) == history)
        }
    }
}
