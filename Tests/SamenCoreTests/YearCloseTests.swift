import Testing
@testable import SamenCore

/// Closing a year writes the partners' distribution once; a loss is shared the
/// same way; reopening is done by correcting the distribution entries, after
/// which the year takes entries and can be closed again.
@Suite struct YearCloseTests {
    static func threePartners() throws -> NetworkState {
        var s = try Fixture.state()
        _ = try s.apply(.addMember(Member(id: "annemiek", name: "Annemiek Roos", role: .partner, city: "Utrecht",
                                          joined: Day(iso: "2020-01-01")!)), context: Fixture.ctx)
        var n = s.network
        n.partnerShares = [PartnerShare(member: "pierre", weight: 1), PartnerShare(member: "guido", weight: 1),
                           PartnerShare(member: "annemiek", weight: 1)]
        _ = try s.apply(.updateNetwork(n), context: Fixture.ctx)
        return s
    }

    @Test func aLossIsDistributedAmongThePartnersToTheCent() throws {
        var s = try Self.threePartners()
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.revenue, 100_000, member: "katleen", date: "2025-03-01")), context: Fixture.ctx)
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.cost, 20_000, category: "rent", date: "2025-04-01")), context: Fixture.ctx)
        #expect(s.financeReport(year: 2025).result.cents == -10_000)
        let out = try s.apply(.closeYear(2025), context: Fixture.ctx)
        #expect(out.summary == "closed 2025: result € -100,00 distributed among 3 partners")
        #expect(out.ledgerAppended.map(\.amount.cents) == [-3_334, -3_333, -3_333])
        #expect(out.ledgerAppended.map(\.member) == ["pierre", "guido", "annemiek"])
        #expect(out.ledgerAppended.allSatisfy { $0.kind == .distribution && $0.year == 2025 && $0.date == Day(iso: "2025-12-31")! })
    }

    @Test func reopeningIsCorrectingTheDistribution() throws {
        var s = try Fixture.state()
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.revenue, 1_000_000, member: "katleen", date: "2025-06-01")), context: Fixture.ctx)
        let first = try s.apply(.closeYear(2025), context: Fixture.ctx).ledgerAppended
        #expect(first.map(\.amount.cents) == [50_000, 50_000])
        #expect(throws: DomainError("2025 is already closed; reopening it needs a correction of its distribution")) {
            var again = s; _ = try again.apply(.closeYear(2025), context: Fixture.ctx)
        }
        let late = Fixture.entry(.cost, 30_001, category: "accountant", date: "2025-12-15")
        #expect(throws: DomainError("the year 2025 is closed; an entry dated 2025-12-15 would change its result", field: .date)) {
            var again = s; _ = try again.apply(.addLedgerEntry(late), context: Fixture.ctx)
        }
        // Only those who keep the books reopen a year.
        #expect(throws: DomainError("only a partner or a coordinator may correct entry \(first[0].id) (a distribution); you act as Katleen Verbeek (katleen), an associate")) {
            var again = s
            _ = try again.apply(.correctLedgerEntry(entry: first[0].id, reason: "x", date: Fixture.today),
                                context: ChangeContext(actor: "katleen", now: Fixture.now, today: Fixture.today))
        }
        // One distribution corrected: the other still stands, so the year is still closed.
        _ = try s.apply(.correctLedgerEntry(entry: first[0].id, reason: "the accountant's invoice came late", date: Fixture.today), context: Fixture.ctx)
        #expect(throws: DomainError("the year 2025 is closed; an entry dated 2025-12-15 would change its result", field: .date)) {
            var again = s; _ = try again.apply(.addLedgerEntry(late), context: Fixture.ctx)
        }
        _ = try s.apply(.correctLedgerEntry(entry: first[1].id, reason: "the accountant's invoice came late", date: Fixture.today), context: Fixture.ctx)
        _ = try s.apply(.addLedgerEntry(late), context: Fixture.ctx)
        let second = try s.apply(.closeYear(2025), context: Fixture.ctx).ledgerAppended
        #expect(s.financeReport(year: 2025).result.cents == 69_999)
        #expect(second.map(\.amount.cents) == [35_000, 34_999])
        // The first distribution and its corrections stay in the books; together they net to nothing.
        let distributed = s.ledger.filter { $0.year == 2025 }.reduce(Money.zero) { $0 + $1.amount }
        #expect(distributed.cents == 69_999)
    }
}
