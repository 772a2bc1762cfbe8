import Foundation
import Testing
@testable import SamenCore

/// The operations the dashboard lacked, walked in a real terminal: the
/// built binary in tmux, keys sent as a person types them, each frame read
/// whole before it is trusted, and the data read back with the CLI.
@Suite("Operations in tmux", .serialized)
struct OperationsTmuxTests {
    typealias Tmux = DashboardTmuxTests.Tmux
    static let env = ["SAMEN_TODAY": "2026-11-23", "SAMEN_NOW": "2026-11-23T10:00:00Z"]

    func dashboard(_ dir: String, as user: String) -> String {
        "env SAMEN_TODAY=2026-11-23 SAMEN_NOW=2026-11-23T10:00:00Z SAMEN_USER=\(user) TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 "
            + "SAMEN_THEME=default \(SamenBinary.path) --data \(dir)"
    }

    /// A project of 4 weeks (set so by a script) edited to 2: typing over the
    /// filled-in "4" gives 2 weeks, never 42.
    @Test func editAProjectsWeeksFromFourToTwo() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let setUp = try SamenBinary.run(["project", "edit", "17", "--weeks", "4", "--data", dir, "--as", "eric"], environment: Self.env)
            #expect(setUp.status == 0, "\(setUp.stderr)")
            let tmux = try Tmux()
            try tmux.start(dashboard(dir, as: "eric"), width: 120, height: 40)
            _ = try tmux.waitFor("1 Members")
            try tmux.keys("2")
            _ = try tmux.waitFor(all: [" Incoming 5 ", "a accept"])
            try tmux.keys("/")
            try tmux.text("Newsletter")
            try tmux.keys("Enter")
            _ = try tmux.waitFor(all: ["Newsletter and pres", " Incoming 1 ", "2026-11-30 4w", "to 2026-12-27 (4"])
            try tmux.keys("e")
            _ = try tmux.waitFor(all: ["Edit project 17: Newsletter and press releases", "Weeks          4", "Esc cancel"])
            for _ in 0..<6 { try tmux.keys("Tab") }
            try tmux.text("2")
            _ = try tmux.waitFor(all: ["Weeks          2▏", "Esc cancel"])
            try tmux.keys("Enter")
            // The list and the detail (its period wraps in the column) say two weeks; the log says what changed.
            let screen = try tmux.waitFor(all: ["saved: project 17 edited: weeks 4 -> 2", "2026-11-30 2w", "to 2026-12-13 (2", "4 -> 2"])
            #expect(!screen.contains("42w"))
            try tmux.quit()
            let shown = try SamenBinary.run(["project", "show", "17", "--data", dir], environment: Self.env)
            #expect(shown.stdout.contains("period      2026-11-30 to 2026-12-13 (2 weeks)"), "\(shown.stdout)")
        }
    }

    /// Anaïs books her holiday: the detail lists it, and the capacity the CLI
    /// reports counts it (in the last week of December she has no hours to give).
    @Test func addTimeOffAndSeeItInTheDetailAndTheCapacity() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let before = try SamenBinary.run(["capacity", "--weeks", "6", "--data", dir], environment: Self.env).stdout
            let tmux = try Tmux()
            try tmux.start(dashboard(dir, as: "anais"), width: 100, height: 40)
            _ = try tmux.waitFor(all: ["1 Members", "Anaïs Laurent", "Next 8 weeks"])
            try tmux.keys("o")
            _ = try tmux.waitFor(all: ["Time off for Anaïs Laurent", "Esc cancel"])
            try tmux.text("2026-12-21")
            try tmux.keys("Tab")
            try tmux.text("2027-01-03")
            try tmux.keys("Tab")
            try tmux.text("holiday")
            _ = try tmux.waitFor(all: ["holiday▏", "Esc cancel"])
            try tmux.keys("Enter")
            _ = try tmux.waitFor(all: ["saved: time off for Anaïs Laurent: 2026-12-21..2027-01-03", "Time off  2026-12-21 to 2027-01-03 (holiday)"])
            try tmux.quit()
            let after = try SamenBinary.run(["capacity", "--weeks", "6", "--data", dir], environment: Self.env).stdout
            func row(_ table: String) -> String { table.split(separator: "\n").first { $0.hasPrefix("anais ") }.map(String.init) ?? "" }
            #expect(row(before) != row(after))
            #expect(row(after).contains("-10!"), "her 10 h a week on project 10 in a week off: \(row(after))")
        }
    }

    /// Pierre pays himself out what the network owes him on his statement
    /// (its DUE column, read off the screen): the balance comes to zero.
    @Test func aPartnersPayoutBringsTheStatementsBalanceToZero() throws {
        try SamenBinary.withDemo("st-groep", environment: Self.env) { dir in
            let tmux = try Tmux()
            try tmux.start(dashboard(dir, as: "pierre"), width: 120, height: 40)
            _ = try tmux.waitFor("1 Members")
            try tmux.keys("4")
            _ = try tmux.waitFor(all: ["Where the money came from", "Distribution"])
            try tmux.keys("s")
            var screen = try tmux.waitFor(all: ["earned through the network, contributed, paid", " DUE ", " Sophie van Houten ", "\n Pierre Hermans "])
            let row = try #require(screen.split(separator: "\n").first { $0.hasPrefix(" Pierre Hermans ") })
            let due = try #require(row.split(separator: " ").dropLast().last.map(String.init))   // DUE, before SHARE
            #expect(due == "-11.711,00")
            try tmux.keys("n")
            _ = try tmux.waitFor(all: ["New ledger entry", "Kind     ‹ revenue ›"])
            try tmux.keys("Left")
            _ = try tmux.waitFor("Kind     ‹ payout ›")
            try tmux.keys("Tab")
            try tmux.text(String(due.dropFirst()))
            try tmux.keys("Tab", "Tab", "C-u")
            try tmux.text("pierre")
            _ = try tmux.waitFor("owed to Pierre Hermans: € 13.358,24; no amount pays it all")
            try tmux.keys("Enter")
            _ = try tmux.waitFor("saved: payout € 11.711,00 on 2026-11-23 (pierre)")
            // The save shows the ledger; back to the statements, with the new balance.
            try tmux.keys("s")
            screen = try tmux.waitFor(all: ["earned through the network, contributed, paid", " DUE ", " Sophie van Houten ", "\n Pierre Hermans "])
            let after = try #require(screen.split(separator: "\n").first { $0.hasPrefix(" Pierre Hermans ") })
            #expect(after.split(separator: " ").dropLast().last == "0,00", "\(after)")
            for _ in 0..<8 { try tmux.keys("Down") }
            try tmux.keys("Enter")
            screen = try tmux.waitFor(all: ["Pierre Hermans (pierre) · partner · statement 2026", "+ paid out to them", "= balance due at the end of 2026"])
            let lines = screen.split(separator: "\n")
            #expect(lines.contains { $0.contains("+ paid out to them") && $0.hasSuffix("€ 11.711,00") })
            #expect(lines.contains { $0.contains("= balance due at the end of 2026") && $0.hasSuffix("€ 0,00") })
            try tmux.quit()
            let statement = try SamenBinary.run(["finance", "statement", "pierre", "--data", dir], environment: Self.env).stdout
            #expect(statement.contains("+ paid out to you") && statement.contains("€ 11.711,00"))
        }
    }
}
