import Testing
@testable import SamenCore

/// A partner's payout settles their share of a result; an entry dated ahead
/// must say it is planned; a correction falls on its entry's date unless
/// another is given; a collective that charges its costs on has no loss.
@Suite struct PayoutAndPlannedTests {
    /// 2025 closed with a result of € 1.000,00: € 500,00 for Pierre and for Guido.
    static func closed2025() throws -> NetworkState {
        var s = try Fixture.state()
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.revenue, 1_000_000, member: "katleen", date: "2025-06-01")), context: Fixture.ctx)
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.payment, 100_000, member: "katleen", date: "2025-07-01")), context: Fixture.ctx)
        _ = try s.apply(.closeYear(2025), context: Fixture.ctx)
        return s
    }

    @Test func aPayoutBringsAPartnersBalanceToZero() throws {
        var s = try Self.closed2025()
        let before = try s.memberStatement(member: "pierre", year: 2025)
        #expect(before.distributions.cents == 50_000 && before.balanceDue.cents == -50_000, "the network owes Pierre his share")
        refuses(.addLedgerEntry(Fixture.entry(.payout, 60_000, member: "pierre", date: "2026-02-01")), in: s,
                with: "the network owes Pierre € 500,00 of their shares of results; a payout of € 600,00 is more than that")
        refuses(.addLedgerEntry(Fixture.entry(.payout, 100, member: "katleen", date: "2026-02-01")), in: s,
                with: "the network owes Katleen Verbeek nothing: no share of a closed year's result is waiting to be paid out")
        refuses(.addLedgerEntry(Fixture.entry(.payout, 100, date: "2026-02-01")), in: s, with: "a payout needs the partner it is paid to")
        let out = try s.apply(.addLedgerEntry(Fixture.entry(.payout, 50_000, member: "pierre", date: "2026-02-01")), context: Fixture.ctx)
        #expect(out.summary == "payout € 500,00 on 2026-02-01 (pierre)")
        let after = try s.memberStatement(member: "pierre", year: 2026)
        #expect(after.openingBalance.cents == -50_000 && after.payouts.cents == 50_000 && after.balanceDue == .zero)
        #expect(s.owedToPartner("pierre") == .zero && s.owedToPartner("guido").cents == 50_000)
        let report = s.financeReport(year: 2026)
        #expect(report.payouts.cents == 50_000 && report.owedToPartners.cents == 50_000)
        #expect(report.result == .zero, "a payout shares out a result; it is no cost")
        #expect(s.financeReport(year: 2025).owedToPartners.cents == 100_000)
    }

    @Test func anEntryDatedAfterTodayMustBePlannedAndOnlyThen() throws {
        var s = try Fixture.state()
        refuses(.addLedgerEntry(Fixture.entry(.cost, 31_000, category: "rent", date: "2027-01-01")), in: s,
                with: "an entry dated 2027-01-01 is after today (2026-11-23); mark it as planned to book it ahead")
        var past = Fixture.entry(.cost, 31_000, category: "rent", date: "2026-11-23"); past.planned = true
        refuses(.addLedgerEntry(past), in: s, with: "only an entry dated after today can be planned; one dated 2026-11-23 has happened")
        var ahead = Fixture.entry(.cost, 31_000, category: "rent", date: "2026-12-01"); ahead.planned = true
        let out = try s.apply(.addLedgerEntry(ahead), context: Fixture.ctx)
        #expect(out.summary == "planned cost € 310,00 on 2026-12-01")
        _ = try s.apply(.shareCost(.equally(cost: out.ledgerAppended[0].id, members: ["pierre", "katleen"], note: "")), context: Fixture.ctx)
        let charges = s.ledger.records.filter { $0.kind == .charge }
        #expect(charges.count == 2 && charges.allSatisfy { $0.planned }, "charges of a planned cost are planned too")
        // It counts in its year; the report says how much of it is still to come.
        let r = s.financeReport(year: 2026, today: Fixture.today)
        #expect(r.costs.cents == 31_000 && r.planned.costs.cents == 31_000 && r.planned.charges.cents == 31_000)
        #expect(s.financeReport(year: 2026, today: Day(iso: "2026-12-02")!).planned.isEmpty, "once its day has come it is no longer ahead")
        // A planned entry is corrected ahead, on its own date.
        let fixed = try s.apply(.correctLedgerEntry(entry: out.ledgerAppended[0].id, reason: "the landlord waived December", date: nil), context: Fixture.ctx)
        #expect(fixed.ledgerAppended[0].date == Day(iso: "2026-12-01")! && fixed.ledgerAppended[0].planned)
    }

    @Test func aCorrectionFallsOnItsEntrysDateUnlessToldAndSaysWhenItMovesAYear() throws {
        var s = try Fixture.state()
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.cost, 12_100, category: "accountant", date: "2025-12-20")), context: Fixture.ctx)
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.cost, 5_000, category: "rent", date: "2025-12-21")), context: Fixture.ctx)
        let same = try s.apply(.correctLedgerEntry(entry: 1, reason: "booked twice", date: nil), context: Fixture.ctx)
        #expect(same.applied == .correctLedgerEntry(entry: 1, reason: "booked twice", date: Day(iso: "2025-12-20")!), "history says the date")
        #expect(same.ledgerAppended[0].date == Day(iso: "2025-12-20")! && same.warnings.isEmpty)
        #expect(s.financeReport(year: 2025).costs.cents == 5_000)
        refuses(.correctLedgerEntry(entry: 2, reason: "x", date: Day(iso: "2025-12-01")!), in: s,
                with: "a correction cannot be dated (2025-12-01) before the entry it corrects (2025-12-21)")
        refuses(.correctLedgerEntry(entry: 2, reason: "x", date: Day(iso: "2026-12-01")!), in: s,
                with: "a correction dated 2026-12-01 is after today (2026-11-23); only a planned entry is corrected ahead")
        let moved = try s.apply(.correctLedgerEntry(entry: 2, reason: "paid in January", date: Day(iso: "2026-01-10")!), context: Fixture.ctx)
        #expect(moved.warnings == ["the correction is dated in 2026 and entry 2 in 2025: it changes 2026's figures, not 2025's"])
        #expect(s.financeReport(year: 2025).costs.cents == 5_000 && s.financeReport(year: 2026).costs.cents == -5_000)
    }

    @Test func aCollectiveThatChargesItsCostsOnHasNoLossAndSeesWhatIsOpen() throws {
        var s = try Fixture.state()
        var n = s.network
        n.partnerShares = []
        _ = try s.apply(.updateNetwork(n), context: Fixture.ctx)
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.charge, 4_000, member: "katleen", category: "rent", date: "2025-12-01")), context: Fixture.ctx)
        let rent = try s.apply(.addLedgerEntry(Fixture.entry(.cost, 90_000, category: "rent", date: "2026-01-01")), context: Fixture.ctx)
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.cost, 1_000, category: "accountant", date: "2026-01-02")), context: Fixture.ctx)
        _ = try s.apply(.shareCost(.equally(cost: rent.ledgerAppended[0].id, members: ["pierre", "guido", "katleen"], note: "")), context: Fixture.ctx)
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.payment, 30_000, member: "pierre", date: "2026-01-05")), context: Fixture.ctx)
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.payment, 34_000, member: "katleen", date: "2026-01-05")), context: Fixture.ctx)
        let r = s.financeReport(year: 2026)
        #expect(r.result.cents == -91_000, "the result of the books stays income less costs")
        #expect(r.charges.cents == 90_000 && r.costsNotChargedOn.cents == 1_000 && r.resultAfterCharges.cents == -1_000)
        #expect(r.payments.cents == 64_000)
        #expect(r.owedByMembers.cents == 4_000 + 90_000 - 64_000, "last year's open charge, this year's, less what was paid: Guido's share")
    }
}
