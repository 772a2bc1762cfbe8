import Foundation
import Testing
@testable import SamenCore

/// Issue 16's walk of an applicant, in a real terminal: the Unit-2 demo,
/// `1` for the members, `A` for the applicants, Lieke's application with
/// the three criteria, the open one noted, a view, and Eric admits her.
@Suite("Admission in tmux", .serialized)
struct AdmissionTmuxTests {
    @Test func unit2TakesAnApplicantThroughTheCriteriaToADecision() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let (tmux, dir) = try DashboardTmuxTests.openDemo("unit-2", in: root)
        _ = try tmux.waitFor("1 Members")
        try tmux.keys("1")
        try tmux.keys("A")
        var screen = try tmux.waitFor(all: ["Applicants", "Lieke Kuipers", "Better at something than what is",
                                            "Stands on their own feet", "Open to the experiment", "a admit"])
        #expect(screen.contains("would add"))
        // The open criterion: → twice to "experiment", Tab to the note.
        try tmux.keys("c")
        _ = try tmux.waitFor("A note on a criterion for Lieke Kuipers")
        try tmux.keys("Right"); try tmux.keys("Right"); try tmux.keys("Tab")
        try tmux.text("Came to two Friday lunches.")
        try tmux.keys("Enter")
        screen = try tmux.waitFor(all: ["saved: Eric Went noted 'experiment' for Lieke Kuipers", "Eric Went, 2026-11-23: Came to two"])
        try tmux.keys("v")
        _ = try tmux.waitFor("Your view on Lieke Kuipers")
        try tmux.keys("Enter")
        screen = try tmux.waitFor("Views: 3 for, 0 against, 1 question")
        try tmux.keys("a")
        _ = try tmux.waitFor("Admit Lieke Kuipers")
        try tmux.keys("Enter")
        screen = try tmux.waitFor(all: ["saved: admitted Lieke Kuipers as a member from 2026-11-23", "Decision: admitted as member"])
        try tmux.quit()
        let members = try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8)
        let line = try #require(members.split(separator: "\n").first { $0.contains("\"id\":\"lieke\"") })
        #expect(line.contains("\"role\":\"member\"") && line.contains("\"outcome\":\"admit\""))
    }
}
