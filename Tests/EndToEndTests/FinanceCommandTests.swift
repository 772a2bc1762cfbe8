import Foundation
import Testing
@testable import SamenCore

/// `samen finance report` and `statement` on the ST-groep demo, as a partner,
/// an associate or a script reads them.
@Suite("Finance commands")
struct FinanceCommandTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]

    func withDemo(_ body: (String) throws -> Void) throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        let created = try SamenBinary.run(["init", "--demo", "st-groep", "--data", dir], environment: Self.env)
        #expect(created.status == 0, "\(created.stderr)")
        try body(dir)
    }

    func field(_ v: JSONValue?, _ key: String) -> JSONValue? {
        guard case let .object(pairs)? = v else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    func cents(_ v: JSONValue?) -> Int64? {
        if case let .int(n)? = v { return n }
        return nil
    }

    func items(_ v: JSONValue?) -> [JSONValue] {
        if case let .array(a)? = v { return a }
        return []
    }

    /// Last year was closed: the JSON's lines add up, the partners received
    /// their thirds, and the text says so with the same amounts.
    @Test func lastYearsReportAddsUpAndNamesWhatEachPartnerReceived() throws {
        try withDemo { dir in
            let run = try SamenBinary.run(["finance", "report", "--year", "2025", "--json", "--data", dir], environment: Self.env)
            #expect(run.status == 0, "\(run.stderr)")
            let r = try JSONParser.parse(run.stdout)
            #expect(field(r, "closed") == .bool(true))
            let contributions = try #require(cents(field(r, "contributions")))
            let costs = try #require(cents(field(r, "costs")))
            let other = try #require(cents(field(r, "otherIncome")))
            let result = try #require(cents(field(r, "result")))
            #expect(contributions > 0 && costs > 0)
            #expect(result == contributions + other - costs)
            #expect(items(field(r, "costsByCategory")).compactMap { cents(field($0, "amount")) }.reduce(0, +) == costs)
            #expect(items(field(r, "contributionsByMember")).compactMap { cents(field($0, "contributions")) }.reduce(0, +) == contributions)
            let shares = items(field(r, "distribution"))
            #expect(shares.count == 3)
            #expect(shares.compactMap { cents(field($0, "amount")) }.reduce(0, +) == result)
            let categories = items(field(r, "costsByCategory")).compactMap { field($0, "category") }
            for c in ["secretary", "building", "website", "computers", "accountant", "outings"] {
                #expect(categories.contains(.string(c)), "no \(c) among the costs")
            }

            let text = try SamenBinary.run(["finance", "report", "--year", "2025", "--data", dir], environment: Self.env)
            #expect(text.status == 0)
            #expect(text.stdout.contains("closed: the result has been distributed"))
            let pierre = try #require(shares.first { field($0, "member") == .string("pierre") })
            let amount = Money(cents: try #require(cents(field(pierre, "amount")))).format(.nl)
            let line = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("Pierre") && $0.contains("1/3") })
            #expect(line.hasSuffix(amount))
        }
    }

    @Test func thisYearsDistributionIsProjected() throws {
        try withDemo { dir in
            let run = try SamenBinary.run(["finance", "report", "--data", dir], environment: Self.env)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("2026 · open: the distribution below is projected"))
            #expect(run.stdout.contains("WOULD GO TO"))
        }
    }

    /// An associate's statement: what they earned, paid at which rate, and owe.
    @Test func anAssociatesStatementShowsTheRateAndWhatTheyOwe() throws {
        try withDemo { dir in
            let run = try SamenBinary.run(["finance", "statement", "katleen", "--year", "2025", "--json", "--data", dir], environment: Self.env)
            #expect(run.status == 0, "\(run.stderr)")
            let s = try JSONParser.parse(run.stdout)
            let opening = try #require(cents(field(s, "openingBalance")))
            let contributions = try #require(cents(field(s, "contributions")))
            let charges = try #require(cents(field(s, "charges")))
            let payments = try #require(cents(field(s, "payments")))
            #expect(cents(field(s, "balanceDue")) == opening + contributions + charges - payments)
            #expect(items(field(s, "rates")) == [.int(1000)])
            #expect(field(s, "shareOfResult") == .null)
            let text = try SamenBinary.run(["finance", "statement", "katleen", "--year", "2025", "--data", dir], environment: Self.env)
            #expect(text.stdout.contains("+ contributions at 10 %"))
            #expect(text.stdout.contains("Balance due at year end") || text.stdout.contains("Credit at year end"))
        }
    }

    @Test func anUnknownMembersStatementIsRefused() throws {
        try withDemo { dir in
            let run = try SamenBinary.run(["finance", "statement", "lotte", "--data", dir], environment: Self.env)
            #expect(run.status != 0)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("member 'lotte' does not exist"))
        }
    }

    /// `project show --json` carries the estimated value the text shows:
    /// the parts add up to the total, priced on the day it was accepted.
    @Test func aProjectsEstimatedValueIsInItsJSON() throws {
        try withDemo { dir in
            let json = try SamenBinary.run(["project", "show", "12", "--json", "--data", dir], environment: Self.env)
            #expect(json.status == 0, "\(json.stderr)")
            let value = field(try JSONParser.parse(json.stdout), "estimatedValue")
            let total = try #require(cents(field(value, "total")))
            #expect(total > 0)
            #expect(items(field(value, "parts")).compactMap { cents(field($0, "amount")) }.reduce(0, +) == total)
            #expect(field(value, "accepted") == .bool(true))
            let text = try SamenBinary.run(["project", "show", "12", "--data", dir], environment: Self.env)
            let line = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("value") })
            #expect(line.contains(Money(cents: total).format(.nl) + " estimated"))
        }
    }
}
