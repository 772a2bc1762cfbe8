import Testing
@testable import SamenCore

/// The finance report and statements: every number a partner or associate
/// reads must be what the entries add up to, to the cent.
@Suite struct FinanceReportTests {
    typealias F = Fixture

    @discardableResult
    static func add(_ s: inout NetworkState, _ kind: LedgerKind, _ cents: Int64, member: String? = nil, category: String? = nil,
                    date: String) throws -> ChangeOutcome {
        try s.apply(.addLedgerEntry(F.entry(kind, cents, member: member, category: category, date: date)), context: F.ctx)
    }

    @Test func aSmallYearAddsUpLineByLine() throws {
        var s = try F.state()
        try Self.add(&s, .revenue, 100_000, member: "katleen", date: "2025-03-10")      // + contribution 10 %: 10.000
        try Self.add(&s, .revenue, 200_000, member: "pierre", date: "2025-03-20")       // + contribution 15 %: 30.000
        try Self.add(&s, .income, 5_000, date: "2025-06-01")
        try Self.add(&s, .cost, 12_000, category: "rent", date: "2025-01-31")
        try Self.add(&s, .cost, 3_001, category: "accountant", date: "2025-12-31")
        try Self.add(&s, .payment, 4_000, member: "katleen", date: "2025-07-01")
        let twice = try Self.add(&s, .cost, 9_999, category: "rent", date: "2025-02-28")
        // Corrected in the next year: the cost stays in 2025 and the reversal lowers 2026.
        _ = try s.apply(.correctLedgerEntry(entry: twice.ledgerAppended[0].id, reason: "booked twice", date: Day(iso: "2026-01-05")!), context: F.ctx)
        try Self.add(&s, .revenue, 50_000, member: "katleen", date: "2024-12-31")       // last year: 5.000 owed on 1 January

        let r = s.financeReport(year: 2025)
        #expect(r.revenue == Money(cents: 300_000))
        #expect(r.contributions == Money(cents: 40_000))
        #expect(r.contributionsByRole == [RoleAmount(role: .partner, amount: Money(cents: 30_000)),
                                          RoleAmount(role: .associate, amount: Money(cents: 10_000))])
        #expect(r.contributionsByMember.map(\.member) == ["pierre", "katleen"])
        #expect(r.contributionsByMember[1].rates == [1000])
        #expect(r.otherIncome == Money(cents: 5_000))
        #expect(r.costs == Money(cents: 25_000))
        #expect(r.costsByCategory == [CategoryAmount(category: "rent", amount: Money(cents: 21_999)),
                                      CategoryAmount(category: "accountant", amount: Money(cents: 3_001))])
        #expect(r.result == Money(cents: 20_000))
        #expect(r.payments == Money(cents: 4_000))
        #expect(!r.isClosed)
        #expect(r.distribution.map(\.amount) == [Money(cents: 10_000), Money(cents: 10_000)])
        #expect(r.distribution.map { "\($0.weight)/\($0.totalWeight)" } == ["1/2", "1/2"])
        #expect(r.months[0].costs == Money(cents: 12_000))
        #expect(r.months[1].costs == Money(cents: 9_999))
        #expect(r.months[2].income == Money(cents: 40_000))
        #expect(r.months[5].income == Money(cents: 5_000))
        #expect(r.months[11].costs == Money(cents: 3_001))
        #expect(s.financeReport(year: 2026).costs == Money(cents: -9_999))

        let k = try s.memberStatement(member: "katleen", year: 2025)
        #expect(k.openingBalance == Money(cents: 5_000))
        #expect(k.revenue == Money(cents: 100_000))
        #expect(k.contributions == Money(cents: 10_000))
        #expect(k.payments == Money(cents: 4_000))
        #expect(k.balanceDue == Money(cents: 11_000))
        #expect(k.shareOfResult == nil)
        #expect(k.entries.map(\.kind) == [.revenue, .contribution, .payment])
        #expect(try s.memberStatement(member: "pierre", year: 2025).shareOfResult == Money(cents: 10_000))
        #expect(throws: DomainError("member 'lotte' does not exist", field: .member)) { try s.memberStatement(member: "lotte", year: 2025) }
    }

    @Test func aClosedYearShowsTheWrittenDistributionAndALossIsSharedToo() throws {
        var s = try F.state()
        try Self.add(&s, .revenue, 10_000, member: "katleen", date: "2025-03-10")        // contribution 1.000
        try Self.add(&s, .cost, 1_001, category: "rent", date: "2025-04-01")              // result -0,01
        let projected = s.financeReport(year: 2025)
        #expect(projected.result == Money(cents: -1))
        #expect(projected.distribution.map(\.amount) == [Money(cents: -1), .zero])
        _ = try s.apply(.closeYear(2025), context: F.ctx)
        let closed = s.financeReport(year: 2025)
        #expect(closed.isClosed)
        #expect(closed.distribution == projected.distribution)
        // The partners' shares changing later does not rewrite what was distributed.
        var n = s.network
        n.partnerShares = [PartnerShare(member: "pierre", weight: 3)]
        _ = try s.apply(.updateNetwork(n), context: F.ctx)
        #expect(s.financeReport(year: 2025).distribution.map(\.amount) == [Money(cents: -1), .zero])
    }

    /// Random ledgers built through the change function: every total the
    /// report shows equals the sum of the entries it stands for, worked out
    /// here by a plain walk; the distribution sums to the result with each
    /// share within a cent of exact; statements add up to the report.
    @Test func reportTotalsReconcileWithTheEntriesForRandomLedgers() throws {
        var rng = SeededRandom(seed: 7)
        for round in 0..<40 {
            var s = try F.state()
            var n = s.network
            n.partnerShares = [PartnerShare(member: "pierre", weight: Int64.random(in: 1...5, using: &rng)),
                               PartnerShare(member: "guido", weight: Int64.random(in: 1...5, using: &rng))]
            _ = try s.apply(.updateNetwork(n), context: F.ctx)
            let members = ["pierre", "guido", "katleen"]
            for _ in 0..<Int.random(in: 0...60, using: &rng) {
                let date = Day(year: Int.random(in: 2024...2025, using: &rng), month: Int.random(in: 1...12, using: &rng),
                               day: Int.random(in: 1...28, using: &rng))!.iso
                let cents = Int64.random(in: 1...2_000_000, using: &rng)
                let member = members.randomElement(using: &rng)!
                switch Int.random(in: 0..<7, using: &rng) {
                case 0, 1: try Self.add(&s, .revenue, cents, member: member, date: date)
                case 2: try Self.add(&s, .income, cents, date: date)
                case 3: try Self.add(&s, .cost, cents, category: ["rent", "accountant"].randomElement(using: &rng)!, date: date)
                case 4: try Self.add(&s, .charge, cents, member: member, category: "rent", date: date)
                case 5: try Self.add(&s, .payment, cents, member: member, date: date)
                default:
                    let open = s.ledger.filter { $0.kind != .correction && $0.kind != .contribution && !s.isCorrected($0.id) }
                    if let target = open.randomElement(using: &rng) {
                        // Never before the entry it corrects; often in a later year.
                        _ = try s.apply(.correctLedgerEntry(entry: target.id, reason: "random", date: max(Day(iso: date)!, target.date)), context: F.ctx)
                    }
                }
            }
            var kindOf: [Int: LedgerKind] = [:]
            for e in s.ledger { kindOf[e.id] = e.kind }
            for year in 2024...2025 {
                let r = s.financeReport(year: year)
                // Tallied in pieces and added up, as at scale, the report is the same.
                #expect(s.financeReport(year: year, parts: 3) == r, "round \(round), year \(year) in three parts")
                var totals: [LedgerKind: Int64] = [:]
                var owed: [String: Int64] = [:]
                for e in s.ledger where e.date.year <= year {
                    let kind = e.kind == .correction ? kindOf[e.relatesTo!]! : e.kind
                    if let m = e.member {
                        switch kind {
                        case .contribution, .charge: owed[m, default: 0] += e.amount.cents
                        case .payment: owed[m, default: 0] -= e.amount.cents
                        default: break
                        }
                    }
                    if e.date.year == year { totals[kind, default: 0] += e.amount.cents }
                }
                let context = "round \(round), year \(year)"
                #expect(r.revenue.cents == totals[.revenue] ?? 0, "\(context)")
                #expect(r.contributions.cents == totals[.contribution] ?? 0, "\(context)")
                #expect(r.otherIncome.cents == totals[.income] ?? 0, "\(context)")
                #expect(r.costs.cents == totals[.cost] ?? 0, "\(context)")
                #expect(r.charges.cents == totals[.charge] ?? 0, "\(context)")
                #expect(r.payments.cents == totals[.payment] ?? 0, "\(context)")
                #expect(r.owedByMembers.cents == owed.values.reduce(0, +), "\(context)")
                #expect(r.contributionsByRole.reduce(Money.zero) { $0 + $1.amount } == r.contributions, "\(context)")
                #expect(r.contributionsByMember.reduce(Money.zero) { $0 + $1.contributions } == r.contributions, "\(context)")
                #expect(r.costsByCategory.reduce(Money.zero) { $0 + $1.amount } == r.costs, "\(context)")
                #expect(r.months.reduce(Money.zero) { $0 + $1.income } == r.income, "\(context)")
                #expect(r.months.reduce(Money.zero) { $0 + $1.costs } == r.costs, "\(context)")
                #expect(r.distribution.reduce(Money.zero) { $0 + $1.amount } == r.result, "\(context)")
                for d in r.distribution {
                    let exact = Double(r.result.cents) * Double(d.weight) / Double(d.totalWeight)
                    #expect(abs(Double(d.amount.cents) - exact) < 1, "\(context): \(d.member)")
                }
                let statements = s.memberStatements(year: year)
                #expect(statements.reduce(Money.zero) { $0 + $1.contributions } == r.contributions, "\(context)")
                #expect(statements.reduce(Money.zero) { $0 + $1.revenue } == r.revenue, "\(context)")
                for st in statements {
                    #expect(st.balanceDue.cents == owed[st.member] ?? 0, "\(context): \(st.member)")
                    #expect(try s.memberStatement(member: st.member, year: year) == st, "\(context): \(st.member)")
                }
            }
        }
    }

    @Test func theYearsToWalkRunFromTheFirstEntryToThisYear() throws {
        var s = try F.state()
        #expect(s.ledgerYears(today: F.today) == 2026...2026)
        try Self.add(&s, .cost, 100, category: "rent", date: "2023-05-01")
        #expect(s.ledgerYears(today: F.today) == 2023...2026)
    }

    @Test func percentagesAreWrittenInTheNetworksStyle() {
        #expect(Percent.format(basisPoints: 1250, .nl) == "12,5 %")
        #expect(Percent.format(basisPoints: 1000, .nl) == "10 %")
        #expect(Percent.format(basisPoints: 1205, .en) == "12.05%")
        #expect(Percent.format(basisPoints: 7, .nl) == "0,07 %")
    }
}
