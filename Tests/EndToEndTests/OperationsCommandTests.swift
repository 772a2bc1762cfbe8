import Foundation
import Testing
@testable import SamenCore

/// The operations added for the dashboard's forms, run as a script runs them:
/// edit and cancel an assignment, take time off back, decline a client, leave
/// on a date, pay a partner out, book ahead, correct on the entry's date, and
/// read a collective's year. Each prints its summary; each refusal its rule.
@Suite("Operations on the command line")
struct OperationsCommandTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]

    func run(_ args: [String], _ dir: String, as actor: String? = nil) throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir] + (actor.map { ["--as", $0] } ?? []), environment: Self.env)
    }

    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func anAssignmentIsEditedAndCancelledAndTheLogSaysSo() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let add = try run(["project", "add", "--title", "Leaflet", "--client", "LUMC", "--skills", "illustration", "--hours", "48",
                               "--start", "2026-12-07", "--weeks", "3", "--city", "Leiden"], dir, as: "eric")
            #expect(add.status == 0, "\(add.stderr)")
            let id = try #require(add.stdout.split(separator: " ").dropFirst(2).first.map { String($0.dropLast()) })
            let edit = try run(["project", "edit", id, "--hours", "60", "--weeks", "4", "--budget", "2.400,00"], dir, as: "eric")
            #expect(edit.status == 0, "\(edit.stderr)")
            #expect(edit.stdout == "project \(id) edited: hours 48 -> 60; weeks 3 -> 4; budget none -> € 2.400,00\n")
            let nothing = try run(["project", "edit", id], dir, as: "eric")
            #expect(nothing.status == 64 && nothing.stderr.contains("say what to change"))
            let same = try run(["project", "edit", id, "--hours", "60"], dir, as: "eric")
            #expect(same.status == 1 && same.stderr.contains("project \(id) already has these details; nothing changed"), "\(same.stderr)")
            let noReason = try run(["project", "cancel", id], dir, as: "eric")
            #expect(noReason.status == 64 && noReason.stderr.contains("--reason"))
            let cancel = try run(["project", "cancel", id, "--reason", "LUMC made it in-house"], dir, as: "eric")
            #expect(cancel.status == 0, "\(cancel.stderr)")
            #expect(cancel.stdout == "project \(id) incoming -> cancelled: Leaflet\n")
            let show = try run(["project", "show", id], dir)
            #expect(show.stdout.contains("edited: hours 48 -> 60; weeks 3 -> 4; budget none -> € 2.400,00"))
            #expect(show.stdout.contains("incoming -> cancelled · LUMC made it in-house"))
            #expect(show.stdout.contains("2026-12-07 to 2027-01-03 (4 weeks)"))
            let after = try run(["project", "edit", id, "--title", "Again"], dir, as: "eric")
            #expect(after.status == 1 && after.stderr.contains("project \(id) is cancelled; a closed project cannot be changed"))
        }
    }

    /// Dates as people type them, Dutch or English (issue 15), counted from
    /// the pinned day (2026-11-23, a Monday).
    @Test func datesAreTakenAsPeopleWriteThem() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let off = try run(["member", "time-off", "daan", "--from", "volgende week", "--to", "6-12", "--note", "away"], dir)
            #expect(off.status == 0, "\(off.stderr)")
            #expect(try run(["member", "show", "daan"], dir).stdout.contains("2026-11-30..2026-12-06 away"))
            let more = try run(["member", "time-off", "daan", "--from", "vr", "--to", "zo", "--note", "long weekend"], dir)
            #expect(more.status == 0, "\(more.stderr)")
            #expect(try run(["member", "show", "daan"], dir).stdout.contains("2026-11-27..2026-11-29 long weekend"))
            let left = try run(["member", "left", "daan", "--on", "31-12-2026"], dir)
            #expect(left.status == 0, "\(left.stderr)")
            let bad = try run(["member", "time-off", "daan", "--from", "7 december", "--to", "morgen"], dir)
            #expect(bad.status == 64)
            #expect(bad.stderr.contains("--from must be a date like 31-12-2026, 2026-12-31, tomorrow or mon; got '7 december'"), "\(bad.stderr)")
        }
    }

    @Test func timeOffIsTakenBackClientsAreDeclinedAndLeavingHasADate() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let off = try run(["member", "time-off", "daan", "--from", "2026-12-21", "--to", "2027-01-03", "--note", "holiday"], dir)
            #expect(off.status == 0, "\(off.stderr)")
            #expect(try run(["member", "show", "daan"], dir).stdout.contains("2026-12-21..2027-01-03 holiday"))
            let wrong = try run(["member", "time-off", "daan", "--remove", "--from", "2026-12-22"], dir)
            #expect(wrong.status == 1 && wrong.stderr.contains("Daan Peters has no time off starting 2026-12-22; theirs: 2026-12-21..2027-01-03 (holiday)"),
                    "\(wrong.stderr)")
            let back = try run(["member", "time-off", "daan", "--remove", "--from", "2026-12-21"], dir)
            #expect(back.stdout == "time off for Daan Peters taken back: 2026-12-21..2027-01-03 (holiday)\n", "\(back.stderr)")
            #expect(!(try run(["member", "show", "daan"], dir).stdout.contains("holiday")))

            let decline = try run(["member", "decline-client", "daan", "Shell", "KLM"], dir)
            #expect(decline.stdout == "Daan Peters will not work for: Shell, KLM\n", "\(decline.stderr)")
            let fewer = try run(["member", "decline-client", "daan", "--remove", "shell"], dir)
            #expect(fewer.stdout == "Daan Peters will not work for: KLM\n", "\(fewer.stderr)")
            #expect(lines(try run(["member", "show", "daan"], dir).stdout).contains("declines    KLM"))
            let none = try run(["member", "decline-client", "daan", "--none"], dir)
            #expect(none.stdout == "Daan Peters will work for any client again\n", "\(none.stderr)")

            let left = try run(["member", "left", "daan", "--on", "2026-12-31"], dir)
            #expect(left.stdout == "Daan Peters (daan) left the network on 2026-12-31\n", "\(left.stderr)")
            #expect(lines(try run(["member", "show", "daan"], dir).stdout).contains("left        2026-12-31"))
        }
    }

    @Test func aPartnersPayoutSettlesWhatTheNetworkOwesThem() throws {
        try SamenBinary.withDemo("st-groep", environment: Self.env) { dir in
            func statement() throws -> JSONValue {
                let r = try run(["finance", "statement", "pierre", "--json"], dir)
                #expect(r.status == 0, "\(r.stderr)")
                return try JSONParser.parse(r.stdout)
            }
            func cents(_ v: JSONValue, _ key: String) -> Int64? {
                guard case let .object(pairs) = v, case let .int(n)? = pairs.first(where: { $0.0 == key })?.1 else { return nil }
                return n
            }
            let before = try statement()
            let owedBefore = try #require(cents(before, "openingBalance"))
            #expect(owedBefore < 0, "the demo never paid Pierre his shares of 2024 and 2025")
            let pay = try run(["ledger", "payout", "pierre", "--note", "shares of 2024 and 2025"], dir)
            #expect(pay.status == 0, "\(pay.stderr)")
            let after = try statement()
            let paid = try #require(cents(after, "payouts"))
            #expect(pay.stdout == "payout \(Money(cents: paid).format(.nl)) on 2026-11-23 (pierre)\n")
            #expect(cents(after, "balanceDue")! == cents(before, "balanceDue")! + paid)
            #expect(paid == 7_078_36 + 6_279_88, "his thirds of 2024 and 2025")
            let text = try run(["finance", "statement", "pierre"], dir)
            #expect(lines(text.stdout).contains { $0.hasPrefix("+ paid out to you") && $0.hasSuffix("€ 13.358,24") })
            let again = try run(["ledger", "payout", "pierre"], dir)
            #expect(again.status == 1 && again.stderr.contains("the network owes Pierre Hermans nothing"), "\(again.stderr)")
            let report = try run(["finance", "report"], dir)
            #expect(report.stdout.contains("Paid out to partners in 2026: € 13.358,24; still owed to partners at year end: € 26.716,48"))
            // The accountant's books agree: the partner's liability is settled from the bank.
            let journal = dir + "/books.journal"
            #expect(try run(["finance", "export", "hledger", "-o", journal], dir).status == 0)
            let check = try HledgerTool.checkStrict(journal)
            #expect(check.status == 0, "\(check.stderr)")
            let balances = try HledgerTool.balances(journal)
            #expect((balances["liabilities:partners:pierre"] ?? .zero) == .zero)
            #expect(balances["liabilities:partners:guido"] == Money(cents: -13_358_24))
        }
    }

    @Test func entriesAheadArePlannedAndCorrectionsFallOnTheirEntrysDate() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let ahead = try run(["ledger", "add", "--kind", "cost", "--category", "rent", "--amount", "4.400,00", "--date", "2027-01-01"], dir)
            #expect(ahead.status == 1)
            #expect(ahead.stderr.contains("an entry dated 2027-01-01 is after today (2026-11-23); mark it as planned to book it ahead"))
            let planned = try run(["ledger", "add", "--kind", "cost", "--category", "rent", "--amount", "4.400,00", "--date", "2027-01-01", "--planned"], dir)
            #expect(planned.stdout == "planned cost € 4.400,00 on 2027-01-01\n", "\(planned.stderr)")
            #expect(try run(["ledger", "list", "--year", "2027"], dir).stdout.contains("cost (planned)"))
            let year = try run(["finance", "report", "--year", "2027"], dir)
            #expect(year.stdout.contains("Booked ahead as planned, not yet come: income € 0,00 · costs € 4.400,00"), "\(year.stdout)")

            let late = try run(["ledger", "add", "--kind", "cost", "--category", "internet", "--amount", "129,95", "--date", "2025-12-20"], dir)
            #expect(late.status == 0, "\(late.stderr)")
            guard case let .array(entries) = try JSONParser.parse(try run(["ledger", "list", "--json"], dir).stdout),
                  case let .object(last)? = entries.last, case let .int(n)? = last.first(where: { $0.0 == "id" })?.1 else {
                Issue.record("no ledger to read"); return
            }
            let id = Int(n)
            let moved = try run(["ledger", "correct", String(id), "--reason", "the invoice is January's", "--date", "2026-01-05"], dir)
            #expect(moved.stdout == "corrected ledger entry \(id) on 2026-01-05: the invoice is January's\n", "\(moved.stderr)")
            #expect(moved.stderr.contains("warning: the correction is dated in 2026 and entry \(id) in 2025: it changes 2026's figures, not 2025's"))
            let again = try run(["ledger", "add", "--kind", "cost", "--category", "internet", "--amount", "129,95", "--date", "2025-12-21"], dir)
            #expect(again.status == 0)
            let same = try run(["ledger", "correct", String(id + 2), "--reason", "booked twice"], dir)
            #expect(same.stdout == "corrected ledger entry \(id + 2) on 2025-12-21: booked twice\n", "\(same.stderr)")
            #expect(same.stderr.isEmpty)
        }
    }

    @Test func aCollectiveThatChargesItsRentOnShowsNoLoss() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let r = try run(["finance", "report"], dir)
            #expect(r.status == 0, "\(r.stderr)")
            let text = lines(r.stdout)
            #expect(text.first == "Unit-2 · 2026", "no distribution to project without partners")
            #expect(text.contains { $0.hasPrefix("Charged on to members") && $0.hasSuffix("€ 56.903,75") })
            #expect(text.contains { $0.hasPrefix("Carried by the network (not charged on)") && $0.hasSuffix("€ 0,00") })
            #expect(text.contains { $0.hasPrefix("Still open: members owe at year end") })
            #expect(text.contains("Result after charges (income + charges - costs): € 0,00  no loss: the costs are charged on to members in full"))
            #expect(!r.stdout.contains("loss,") && !r.stdout.contains("€ -56.903,75"))
            let json = try JSONParser.parse(try run(["finance", "report", "--json"], dir).stdout)
            guard case let .object(pairs) = json else { Issue.record("not an object"); return }
            #expect(pairs.first { $0.0 == "resultAfterCharges" }?.1 == .int(0))
            #expect(pairs.first { $0.0 == "costsNotChargedOn" }?.1 == .int(0))
        }
    }
}
