import Foundation
import Testing
@testable import SamenCore

/// `samen finance export csv`: read back with an RFC 4180 reader, the
/// tables add up to the finance report and the member statements.
@Suite("Finance export: CSV")
struct CSVExportTests {
    /// Most of these tests compute the years they expect from the real date,
    /// so the demo and the exports run on the machine's clock too.
    func withDemo(_ demo: String, clock: SamenBinary.Clock = .real, _ body: (String) throws -> Void) throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        #expect(try SamenBinary.run(["init", "--demo", demo, "--data", root + "/data"], clock: clock).status == 0)
        try body(root + "/data")
    }

    /// The table as a header and rows of cells keyed by column name.
    func table(_ dir: String, _ args: [String], clock: SamenBinary.Clock = .real) throws -> (header: [String], rows: [[String: String]]) {
        let r = try SamenBinary.run(["finance", "export", "csv"] + args + ["--data", dir], clock: clock)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasSuffix("\r\n"), "RFC 4180 ends records with CRLF")
        let rows = try CSVReader.rows(r.stdout)
        let header = rows.first ?? []
        for row in rows { #expect(row.count == header.count, "every record has \(header.count) fields: \(row)") }
        return (header, rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) })
    }

    func amount(_ cell: String?) throws -> Money {
        let text = try #require(cell)
        #expect(text.range(of: #"^-?[0-9]+\.[0-9]{2}$"#, options: .regularExpression) != nil, "plain decimal amount: '\(text)'")
        return try Money.parse(text)
    }

    func sum(_ rows: [[String: String]], _ column: String = "amount", where keep: ([String: String]) -> Bool) throws -> Money {
        try rows.filter(keep).reduce(Money.zero) { $0 + (try amount($1[column])) }
    }

    @Test func ledgerRowsAddUpToTheReport() throws {
        try withDemo("st-groep") { dir in
            let state = try Store(directory: dir).state
            for year in state.ledgerYears(today: Day.today()) {
                let (header, rows) = try table(dir, ["ledger", "--year", String(year)])
                #expect(header == ["id", "date", "kind", "counts_as", "amount", "member", "member_name", "project", "category",
                                   "payee", "rate_percent", "relates_to", "year", "note", "by", "at"])
                #expect(rows.count == state.ledger.filter { $0.date.year == year }.count)
                let report = state.financeReport(year: year)
                #expect(try sum(rows) { $0["counts_as"] == "contribution" } == report.contributions)
                #expect(try sum(rows) { $0["counts_as"] == "revenue" } == report.revenue)
                #expect(try sum(rows) { $0["counts_as"] == "cost" } == report.costs)
                #expect(try sum(rows) { $0["counts_as"] == "income" } == report.otherIncome)
                for m in report.contributionsByMember {
                    #expect(try sum(rows) { $0["counts_as"] == "contribution" && $0["member"] == m.member } == m.contributions)
                }
                if let c = rows.first(where: { $0["kind"] == "contribution" }) {
                    #expect(["10.00", "15.00"].contains(c["rate_percent"]), "rates as percentages: \(c)")
                }
            }
            let all = try table(dir, ["ledger"])
            #expect(all.rows.count == state.ledger.count, "without --year, every entry")
        }
    }

    @Test func costRowsAddUpByCategoryWithTheirCorrections() throws {
        try withDemo("st-groep") { dir in
            let state = try Store(directory: dir).state
            // The demo's double booking lies two months back: last year's books in January and February.
            let year = Day.today().addingMonths(-2).year
            let (header, rows) = try table(dir, ["costs", "--year", String(year)])
            #expect(header == ["id", "date", "category", "payee", "amount", "corrects", "note", "by"])
            let report = state.financeReport(year: year)
            #expect(try sum(rows) { _ in true } == report.costs)
            for c in report.costsByCategory {
                #expect(try sum(rows) { $0["category"] == c.category } == c.amount, "costs of \(c.category)")
            }
            // The double booking's correction is a row of its own, negative, naming the cost.
            let correction = try #require(rows.first { !($0["corrects"] ?? "").isEmpty })
            #expect(correction["amount"] == "-1180.00")
            #expect(correction["category"] == "computers")
        }
    }

    @Test(arguments: ["st-groep", "unit-2"])
    func statementRowsAreTheMemberStatements(demo: String) throws {
        try withDemo(demo) { dir in
            let state = try Store(directory: dir).state
            let today = Day.today()
            for year in [today.year - 2, today.year] {
                let (header, rows) = try table(dir, ["statements", "--year", String(year)])
                #expect(header == ["year", "member", "name", "role", "revenue", "contributions", "rates_percent", "charges", "payments",
                                   "opening_balance", "balance_due", "share_of_result", "share_status", "distributions", "payouts"])
                let statements = state.memberStatements(year: year).filter { !$0.entries.isEmpty || $0.openingBalance != .zero }
                #expect(!statements.isEmpty)
                #expect(Set(rows.compactMap { $0["member"] }).isSuperset(of: statements.map(\.member)))
                let closed = state.financeReport(year: year).isClosed
                for s in state.memberStatements(year: year) {
                    guard let row = rows.first(where: { $0["member"] == s.member }) else { continue }
                    #expect(row["year"] == String(year))
                    #expect(try amount(row["contributions"]) == s.contributions, "\(s.member) \(year)")
                    #expect(try amount(row["charges"]) == s.charges)
                    #expect(try amount(row["payments"]) == s.payments)
                    #expect(try amount(row["opening_balance"]) == s.openingBalance)
                    #expect(try amount(row["balance_due"]) == s.balanceDue)
                    let sum = try amount(row["opening_balance"]) + amount(row["contributions"]) + amount(row["charges"])
                        - amount(row["payments"]) - amount(row["distributions"]) + amount(row["payouts"])
                    #expect(sum == s.balanceDue, "the row adds up for \(s.member)")
                    if let share = s.shareOfResult {
                        #expect(try amount(row["share_of_result"]) == share)
                        #expect(row["share_status"] == (closed ? "written" : "projected"))
                    } else {
                        #expect(row["share_of_result"] == "")
                    }
                }
            }
            // Unit-2 today: Tim paid half of the last round, so he owes.
            if demo == "unit-2" {
                let tim = try #require(try table(dir, ["statements"]).rows.first { $0["member"] == "tim" })
                #expect(try amount(tim["balance_due"]) > .zero)
            }
        }
    }

    /// Commas, quotes and line breaks survive quoting; text that a
    /// spreadsheet would run as a formula gets a leading `'`; an escape
    /// sequence never reaches the file.
    @Test func textFromDataIsQuotedAndCannotBecomeAFormula() throws {
        try withDemo("unit-2", clock: .pinned) { dir in
            let note = "=HYPERLINK(\"http://evil.example\",\"click\"), then\nline two \u{1B}[31mred"
            for (payee, expected) in [("+31 71 123", "'+31 71 123"), ("@SUM(A1:A9)", "'@SUM(A1:A9)"), ("-2+3", "'-2+3"),
                                      ("Café \"De Rijn\", Leiden", "Café \"De Rijn\", Leiden")] {
                let r = try SamenBinary.run(["ledger", "add", "--data", dir, "--as", "eric", "--kind", "cost", "--category", "coffee", "--payee=" + payee,
                                             "--amount", "1.234,50", "--note", note, "--date", "2026-03-03"])
                #expect(r.status == 0, "\(r.stderr)")
                let (_, rows) = try table(dir, ["costs", "--year", "2026"], clock: .pinned)
                let row = try #require(rows.last)
                #expect(row["payee"] == expected)
                #expect(row["note"] == "'=HYPERLINK(\"http://evil.example\",\"click\"), then\nline two [31mred")
                #expect(row["amount"] == "1234.50")
            }
            // Negative amounts are numbers, not text: never prefixed.
            let (_, ledger) = try table(dir, ["ledger"], clock: .pinned)
            #expect(ledger.allSatisfy { !($0["amount"] ?? "").hasPrefix("'") })
        }
    }

    @Test func anUnknownTableIsRefusedWithTheChoices() throws {
        try withDemo("unit-2") { dir in
            let r = try SamenBinary.run(["finance", "export", "csv", "balances", "--data", dir])
            #expect(r.status != 0)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("'balances' is not a table; choose one of: ledger, statements, costs"))
        }
    }

    @Test func outputFileIsWrittenWholeAndNotWorldReadable() throws {
        try withDemo("unit-2") { dir in
            let file = dir + "/../costs.csv"
            let r = try SamenBinary.run(["finance", "export", "csv", "costs", "--data", dir, "-o", file])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.isEmpty)
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(text.hasPrefix("id,date,category,payee,amount,corrects,note,by\r\n"))
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
            #expect(mode & 0o007 == 0, "finances are never world-readable: \(String(mode, radix: 8))")
            let missing = try SamenBinary.run(["finance", "export", "hledger", "--data", dir, "-o", dir + "/nowhere/x.journal"])
            #expect(missing.status != 0)
            #expect(missing.stderr.contains("there is no directory"))
        }
    }
}
