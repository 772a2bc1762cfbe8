import Foundation
import Testing
@testable import SamenCore

/// `samen finance export hledger` checked by the real hledger, as the
/// accountant will: `check -s` accepts the journal, and hledger's balances
/// are the finance report's and the member statements' to the cent.
@Suite("Finance export: hledger")
struct HledgerExportTests {
    /// A network on disk and its journals: the whole ledger, and one per year.
    struct Exported {
        var dir: String
        var state: NetworkState
        var journal: String
        var years: ClosedRange<Int>
        func yearJournal(_ y: Int) -> String { dir + "/../\(y).journal" }
    }

    func export(_ dir: String, _ extra: [String] = [], to file: String) throws {
        let r = try SamenBinary.run(["finance", "export", "hledger", "--data", dir, "-o", file] + extra)
        #expect(r.status == 0, "export failed: \(r.stderr)")
        #expect(r.stdout.isEmpty, "with -o nothing goes to stdout")
        let check = try HledgerTool.checkStrict(file)
        #expect(check.status == 0, "hledger check -s refused \(file): \(check.stderr)")
    }

    func exported(_ dir: String) throws -> Exported {
        let state = try Store(directory: dir).state
        let journal = dir + "/../all.journal"
        try export(dir, to: journal)
        let first = state.ledger.map(\.date.year).min()!, last = state.ledger.map(\.date.year).max()!
        for y in first...last { try export(dir, ["--year", String(y)], to: dir + "/../\(y).journal") }
        return Exported(dir: dir, state: state, journal: journal, years: first...last)
    }

    /// Every figure the brief names, year by year: hledger's balances on the
    /// whole journal (the year's flows, the balance-sheet accounts at year
    /// end) and on the year's own journal, against the report API.
    func compare(_ x: Exported, expectDistribution: Bool) throws {
        var sawDistribution = false
        for y in x.years {
            let flows = try HledgerTool.balances(x.journal, ["-b", "\(y)-01-01", "-e", "\(y + 1)-01-01"])
            let atEnd = try HledgerTool.balances(x.journal, ["-e", "\(y + 1)-01-01"])
            let own = try HledgerTool.balances(x.yearJournal(y))
            let report = x.state.financeReport(year: y)

            for b in [flows, own] {
                #expect(-b.total(under: "income:contributions") == report.contributions, "\(y) contributions")
                #expect(-b.total(under: "income:other") == report.otherIncome, "\(y) other income")
                #expect(b.total(under: "expenses") == report.costs, "\(y) costs")
                #expect(-b.total(under: "income") - b.total(under: "expenses") == report.result, "\(y) result")
                #expect(-b.total(under: "memo:revenue") == report.revenue, "\(y) revenue through the network (memo)")
                for role in report.contributionsByRole {
                    #expect(-b.total(under: "income:contributions:\(role.role.rawValue)") == role.amount, "\(y) contributions of \(role.role)s")
                }
                for m in report.contributionsByMember {
                    let account = ChartOfAccounts.contributions(role: m.role.rawValue, member: m.member)
                    #expect(-(b[account] ?? .zero) == m.contributions, "\(y) contributions of \(m.member)")
                }
                for c in report.costsByCategory {
                    #expect(b[ChartOfAccounts.expenses(c.category)] == c.amount, "\(y) costs of \(c.category)")
                }
            }
            // The memo accounts stay out of the income statement hledger prints.
            let incomeStatement = try HledgerTool.run(x.yearJournal(y), ["is", "-O", "csv"])
            #expect(incomeStatement.status == 0)
            #expect(!incomeStatement.stdout.contains("memo:"), "memo accounts must stay out of the result")
            #expect(incomeStatement.stdout.contains(HledgerTool.csvAmount(report.result)), "\(y) result in hledger is: \(incomeStatement.stdout)")

            if report.isClosed {
                sawDistribution = true
                #expect(!report.distribution.isEmpty)
                for share in report.distribution {
                    #expect(-(flows[ChartOfAccounts.partner(share.member)] ?? .zero) == share.amount, "\(y) distribution to \(share.member)")
                }
                #expect(report.distribution.reduce(Money.zero) { $0 + $1.amount } == report.result)
            }
            for s in x.state.memberStatements(year: y) {
                // What the member owes, less (a partner) the shares of results the network owes them.
                let receivable = ChartOfAccounts.receivable(s.member), partner = ChartOfAccounts.partner(s.member)
                #expect((atEnd[receivable] ?? .zero) + (atEnd[partner] ?? .zero) == s.balanceDue, "\(y) balance due of \(s.member)")
                #expect((own[receivable] ?? .zero) + (own[partner] ?? .zero) == s.balanceDue, "\(y) balance due of \(s.member) in the year's journal")
            }
            // The year's journal opens with what the whole one carried to its start.
            for (account, amount) in atEnd where account.hasPrefix("assets") || account.hasPrefix("liabilities") {
                #expect(own[account] ?? .zero == amount, "\(y) \(account) at year end")
            }
        }
        #expect(sawDistribution == expectDistribution)
    }

    @Test(arguments: ["st-groep", "unit-2"])
    func demoJournalsPassHledgerAndMatchTheReport(demo: String) throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        #expect(try SamenBinary.run(["init", "--demo", demo, "--data", dir]).status == 0)
        let x = try exported(dir)
        try compare(x, expectDistribution: demo == "st-groep")
        let text = try String(contentsOfFile: x.journal, encoding: .utf8)
        #expect(text.contains("\ndecimal-mark ,\ncommodity € 1.000,00\n"))
        // Month-end assertions: one per month with entries, checked by hledger above.
        let months = Set(x.state.ledger.map { "\($0.date.year)-\($0.date.month)" })
        #expect(text.components(separatedBy: "Balances at month end").count - 1 == months.count)
        if demo == "st-groep" {
            // The double booking and its correction: the correction reverses the cost's postings.
            #expect(text.contains("correction of entry"))
            #expect(text.contains("kind:cost, category:computers, corrects:"))
        }
    }

    /// A generated network with corrections of every kind, other income,
    /// charges and payments, and a closed year whose result is a loss.
    @Test func generatedNetworkWithALossPassesHledgerAndMatchesTheReport() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        let gen = try SamenBinary.run(["generate", "--data", dir, "--members", "40", "--projects", "100", "--requests", "10",
                                       "--entries", "3000", "--seed", "7"])
        #expect(gen.status == 0, "\(gen.stderr)")
        let before = try Store(directory: dir).state
        let first = before.ledger.map(\.date.year).min()!
        #expect(before.financeReport(year: first).result.isNegative, "the generated first year should end in a loss")
        let partner = try #require(before.network.partnerShares.first?.member)
        let close = try SamenBinary.run(["ledger", "close-year", String(first), "--data", dir, "--as", partner])
        #expect(close.status == 0, "\(close.stderr)")
        let x = try exported(dir)
        #expect(x.state.ledger.contains { $0.kind == .correction })
        #expect(x.state.ledger.contains { $0.kind == .distribution && $0.amount.isNegative })
        try compare(x, expectDistribution: true)
    }

    /// Text from data cannot break the journal: a newline, `;`, a tab, ESC,
    /// `|`, leading spaces and a fake posting in a payee, a note and a name.
    @Test func hostileTextCannotBreakTheJournal() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data", journal = root + "/h.journal"
        #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir]).status == 0)
        let payee = "  * ! (99) Evil\n2026-01-01 fake\n    assets:bank  € 1,00 ; member:zoe\t\u{1B}[31m|x"
        let note = "; kind:revenue, member:zoe\n    expenses:rent  € 5\r\u{1B}]0;title\u{07} = € 0"
        // Eric keeps Unit-2's books (he pays the landlord): he may add costs.
        let add = try SamenBinary.run(["ledger", "add", "--data", dir, "--as", "eric", "--kind", "cost", "--category", "rent", "--payee", payee,
                                       "--amount", "12,34", "--note", note, "--date", "2026-03-03"])
        #expect(add.status == 0, "\(add.stderr)")
        let added = try Store(directory: dir).state.ledger.last!
        let member = try SamenBinary.run(["member", "add", "--data", dir, "--as", "eric", "--name", "Evil ; x:y\n    assets:bank  € 9", "--skills", "design",
                                          "--city", "Leiden", "--hours", "8"])
        #expect(member.status == 0, "\(member.stderr)")
        let evil = try Store(directory: dir).state.members.first { $0.name.hasPrefix("Evil") }!
        #expect(try SamenBinary.run(["ledger", "add", "--data", dir, "--as", "eric", "--kind", "payment", "--member", evil.id, "--amount", "7",
                                     "--date", "2026-11-02"]).status == 0)
        try export(dir, to: journal)

        // Exactly the cost's two postings, and the description on one line, cleaned.
        let reg = try HledgerTool.run(journal, ["reg", "code:^\(added.id)$", "-O", "csv"])
        #expect(reg.status == 0, "\(reg.stderr)")
        let rows = try CSVReader.rows(reg.stdout).dropFirst()
        #expect(rows.count == 2, "\(reg.stdout)")
        #expect(rows.map { $0[4] } == ["expenses:rent", "assets:bank"], "\(reg.stdout)")
        #expect(rows.map { $0[5] } == ["€ 12,34", "€ -12,34"])
        let description = rows.first?[3] ?? ""
        #expect(description == "* ! (99) Evil 2026-01-01 fake assets:bank € 1,00 , member:zoe [31m/x | , kind:revenue, member:zoe expenses:rent € 5 ]0,title = € 0")
        #expect(!description.unicodeScalars.contains { $0.value < 0x20 || $0 == ";" })
        // No tag from the text: only the ones Samen wrote.
        // (`type` comes from the account declarations.)
        let tags = try HledgerTool.run(journal, ["tags", ".", "code:^\(added.id)$"])
        #expect(tags.stdout.split(separator: "\n").sorted() == ["category", "kind", "type"], "\(tags.stdout)")
        let zoe = try HledgerTool.run(journal, ["reg", "tag:member=zoe", "code:^\(added.id)$"])
        #expect(zoe.stdout.isEmpty)
        // The payment by the member with a hostile name went to their own receivable.
        let paid = try HledgerTool.balances(journal, ["tag:member=\(evil.id)"])
        #expect(paid[ChartOfAccounts.receivable(evil.id)] == Money(cents: -700))
        #expect(paid[ChartOfAccounts.bank] == Money(cents: 700))
    }

    /// Account names from data: a category with `:`, `;` and double spaces
    /// stays one account, declared, and two that clean up alike stay apart.
    @Test func categoryNamesBecomeSafeDistinctAccounts() throws {
        var network = Network(name: "Test", place: "Leiden", costCategories: ["rent:office;  main", "rent-office, main", "bar (x)"])
        network.partnerShares = []
        var state = NetworkState(network: network)
        let at = Timestamp(secondsSinceEpoch: 0)
        for (i, c) in network.costCategories.enumerated() {
            state.appendLedger(LedgerEntry(id: i + 1, kind: .cost, date: Day(iso: "2026-01-0\(i + 1)")!, amount: Money(euros: Int64(i + 1)),
                                           category: c, payee: "p", at: at, by: "t"))
        }
        let text = try HledgerJournal(state: state, exportedOn: Day(iso: "2026-02-01")!).text()
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        try text.write(toFile: root + "/c.journal", atomically: true, encoding: .utf8)
        let check = try HledgerTool.checkStrict(root + "/c.journal")
        #expect(check.status == 0, "\(check.stderr)")
        let b = try HledgerTool.balances(root + "/c.journal", ["expenses"])
        #expect(b == ["expenses:rent-office- main": Money(euros: 1), "expenses:rent-office- main 2": Money(euros: 2),
                      "expenses:bar -x-": Money(euros: 3)])
    }
}

extension HledgerTool {
    /// An amount as `hledger ... -O csv` prints it: `€ -4650,00`.
    static func csvAmount(_ m: Money) -> String { m.format(.nl).replacingOccurrences(of: ".", with: "") }
}
