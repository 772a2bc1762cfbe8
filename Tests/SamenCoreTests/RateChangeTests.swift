import Testing
@testable import SamenCore

/// Rate card and contribution percentages change through changes, appended
/// with the day they take effect: the history is kept, and what is in force on
/// a day is the latest change on or before it.
@Suite struct RateChangeTests {
    static func on(_ today: String) -> ChangeContext {
        ChangeContext(actor: "pierre", now: Fixture.now, today: Day(iso: today)!)
    }

    @Test func aRateChangeIsAppendedAndTheOldRateStaysInForceBeforeIt() throws {
        var s = try Fixture.state()
        _ = try s.apply(.setHourlyRate(seniority: .medior, band: .small, hourly: Money(euros: 95), from: Day(iso: "2026-01-01")!), context: Fixture.ctx)
        let out = try s.apply(.setHourlyRate(seniority: .medior, band: .small, hourly: try Money.parse("102,50"), from: Day(iso: "2027-01-01")!),
                              context: Fixture.ctx)
        #expect(out.summary == "hourly rate for a medior on a small project: € 102,50 from 2027-01-01")
        #expect(out.networkChanged)
        #expect(out.applied.name == "set-hourly-rate")
        #expect(s.network.rateCard.count == 2)
        #expect(s.network.hourlyRate(.medior, .small, on: Day(iso: "2026-12-31")!) == Money(euros: 95))
        #expect(s.network.hourlyRate(.medior, .small, on: Day(iso: "2027-01-01")!) == Money(cents: 10_250))
        #expect(s.network.hourlyRate(.medior, .medium, on: Day(iso: "2027-01-01")!) == nil)
        let history = s.network.rateCardHistory(on: Day(iso: "2027-02-01")!)
        #expect(history.map(\.inForce) == [false, true])
        // A second change for the same day replaces the first rather than piling up.
        _ = try s.apply(.setHourlyRate(seniority: .medior, band: .small, hourly: Money(euros: 101), from: Day(iso: "2027-01-01")!), context: Fixture.ctx)
        #expect(s.network.rateCard.map(\.hourly) == [Money(euros: 95), Money(euros: 101)])
    }

    @Test func rateChangesThatCannotBeAreRefused() throws {
        var s = try Fixture.state()
        _ = try s.apply(.setHourlyRate(seniority: .senior, band: .large, hourly: Money(euros: 100), from: Day(iso: "2026-01-01")!), context: Fixture.ctx)
        refuses(.setHourlyRate(seniority: .senior, band: .large, hourly: .zero, from: Day(iso: "2027-01-01")!), in: s,
                with: "an hourly rate must be more than zero, got € 0,00")
        refuses(.setHourlyRate(seniority: .senior, band: .large, hourly: Money(cents: -100), from: Day(iso: "2027-01-01")!), in: s,
                with: "an hourly rate must be more than zero, got € -1,00")
        refuses(.setHourlyRate(seniority: .senior, band: .large, hourly: Money(euros: 110), from: Day(iso: "2025-12-31")!), in: s,
                with: "a rate change may be dated from 2026-01-01 on (the start of the current year), not 2025-12-31")
        refuses(.setHourlyRate(seniority: .senior, band: .large, hourly: Money(euros: 100), from: Day(iso: "2026-06-01")!), in: s,
                with: "the rate for a senior on a large project is already € 100,00 on 2026-06-01")
        // In February 2027, with 2026 closed, nothing may reach back into 2026.
        _ = try s.apply(.closeYear(2026), context: Self.on("2027-02-01"))
        refuses(.setHourlyRate(seniority: .senior, band: .large, hourly: Money(euros: 110), from: Day(iso: "2026-12-01")!), in: s,
                today: "2027-02-01", with: "the year 2026 is closed; a rate change dated 2026-12-01 would reach into it")
        refuses(.setContributionRate(role: .associate, basisPoints: 1200, from: Day(iso: "2026-12-01")!), in: s,
                today: "2027-02-01", with: "the year 2026 is closed; a contribution change dated 2026-12-01 would reach into it")
    }

    @Test func aContributionChangeAppliesToRevenueBookedFromItsDayOn() throws {
        var s = try Fixture.state()
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.revenue, 100_000, member: "katleen", date: "2026-11-20")), context: Fixture.ctx)
        let out = try s.apply(.setContributionRate(role: .associate, basisPoints: 1250, from: Day(iso: "2026-11-01")!), context: Fixture.ctx)
        #expect(out.summary == "contribution of associates: 12,5 % of revenue from 2026-11-01")
        // Booked before the change, at the old rate: said, not rewritten.
        #expect(out.warnings == ["1 revenue entry of associates dated from 2026-11-01 on keeps the contribution booked at the old rate; correct and add it again to apply the new one"])
        #expect(s.ledgerEntry(2)?.rate == 1000)
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.revenue, 100_000, member: "katleen", date: "2026-11-21")), context: Fixture.ctx)
        #expect(s.ledger.last?.rate == 1250)
        #expect(s.ledger.last?.amount.cents == 12_500)
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.revenue, 100_000, member: "katleen", date: "2026-10-31")), context: Fixture.ctx)
        #expect(s.ledger.last?.rate == 1000)
        #expect(s.network.contributionHistory(on: Fixture.today).filter { $0.rate.role == .associate }.map(\.inForce) == [false, true])
    }

    @Test func aContributionPercentageOutside0To100IsRefused() throws {
        let s = try Fixture.state()
        let from = Day(iso: "2027-01-01")!
        refuses(.setContributionRate(role: .associate, basisPoints: 10_100, from: from), in: s,
                with: "a contribution percentage must be between 0 and 100, got 101 %")
        refuses(.setContributionRate(role: .associate, basisPoints: -50, from: from), in: s,
                with: "a contribution percentage must be between 0 and 100, got -0,5 %")
        refuses(.setContributionRate(role: .external, basisPoints: 500, from: from), in: s,
                with: "externals earn nothing through the network, so they pay no contribution; the roles that do: partner, associate, member")
        refuses(.setContributionRate(role: .associate, basisPoints: 1000, from: from), in: s,
                with: "the contribution of associates is already 10 % on 2027-01-01")
        var zero = s
        _ = try zero.apply(.setContributionRate(role: .associate, basisPoints: 0, from: from), context: Fixture.ctx)
        _ = try zero.apply(.setContributionRate(role: .partner, basisPoints: 10_000, from: from), context: Fixture.ctx)
        #expect(zero.network.contributionRate(for: .associate, on: from) == 0)
    }
}
