import Testing
@testable import SamenCore

/// A project's estimated value: its hours at the rate card in force on the day
/// it was accepted, so ST-groep's raise does not reprice work taken on before.
@Suite struct ProjectValueTests {
    static let stGroep = Result { try DemoNetwork.stGroep.build(today: Fixture.today) }

    @Test func aProjectAcceptedBeforeTheRaiseKeepsTheOldRate() throws {
        let s = try Self.stGroep.get()
        let raise = try #require(s.network.rateCard.map(\.from).max())
        let before = try #require(s.projects.first { $0.title == "Redesign of the warehouse" })
        #expect(try #require(before.accepted) < raise)
        let v = try s.estimatedValue(of: before, today: Fixture.today)
        // 676 hours, a large project, both seniors: at the old € 100,00, not today's € 106,00.
        #expect(v.band == .large)
        #expect(v.parts.map(\.hourly) == [Money(euros: 100), Money(euros: 100)])
        #expect(v.total == Money(euros: 67_600))
        #expect(s.network.hourlyRate(.senior, .large, on: Fixture.today) == Money(euros: 106))
    }

    @Test func aProjectAcceptedAfterTheRaiseUsesTheNewRate() throws {
        let s = try Self.stGroep.get()
        let raise = try #require(s.network.rateCard.map(\.from).max())
        let after = try #require(s.projects.first { $0.accepted.map { $0 >= raise } ?? false && !$0.allocations.isEmpty })
        let v = try s.estimatedValue(of: after, today: Fixture.today)
        for part in v.parts {
            let m = try #require(s.member(part.member))
            #expect(part.hourly == s.network.hourlyRate(m.seniority, v.band, on: raise))
            #expect(part.hourly != s.network.hourlyRate(m.seniority, v.band, on: raise.advanced(by: -1)))
        }
        // The parts are the estimate shared by allocated hours; they add up to the total.
        #expect(v.parts.reduce(Money.zero) { $0 + $1.amount } == v.total)
        #expect(v.parts.reduce(0) { $0 + $1.tenthsOfHours } == Int64(after.estimatedHours.halfHours) * 5)
    }

    @Test func notYetAcceptedItIsPricedAtTodaysCardByItsLead() throws {
        var s = try Fixture.state()
        _ = try s.apply(.setHourlyRate(seniority: .medior, band: .medium, hourly: Money(euros: 90), from: Day(iso: "2026-01-01")!), context: Fixture.ctx)
        _ = try s.apply(.addProject(Fixture.project()), context: Fixture.ctx)
        #expect(throws: DomainError("project 1 has no lead or team yet, so there is no rate to price it at")) {
            try s.estimatedValue(of: s.project(1)!, today: Fixture.today)
        }
        _ = try s.apply(.setLead(project: 1, member: "katleen"), context: Fixture.ctx)
        var v = try s.estimatedValue(of: s.project(1)!, today: Fixture.today)
        #expect(!v.accepted)
        #expect(v.total == Money(euros: 80 * 90))
        // Accepted today, then the card rises from next year: the project keeps its price.
        _ = try s.apply(.moveProject(project: 1, to: .proposal, reason: nil, note: ""), context: Fixture.ctx)
        _ = try s.apply(.setHourlyRate(seniority: .medior, band: .medium, hourly: Money(euros: 99), from: Day(iso: "2027-01-01")!), context: Fixture.ctx)
        v = try s.estimatedValue(of: s.project(1)!, today: Day(iso: "2027-02-01")!)
        #expect(v.accepted && v.pricedOn == Fixture.today)
        #expect(v.total == Money(euros: 80 * 90))
    }
}
