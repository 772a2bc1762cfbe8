import Testing
@testable import SamenCore

/// A shared cost charged on to members (Unit-2's rent): one charge each,
/// related to the cost, adding up to it to the cent.
@Suite struct CostShareTests {
    static func withCost(_ cents: Int64 = 10_000, date: String = "2026-11-20") throws -> NetworkState {
        var s = try Fixture.state()
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.cost, cents, category: "rent", date: date)), context: Fixture.ctx)
        return s
    }

    @Test func equallyTheChargesAddUpToTheCost() throws {
        var s = try Self.withCost(10_000)
        let out = try s.apply(.shareCost(.equally(cost: 1, members: ["pierre", "guido", "katleen"])), context: Fixture.ctx)
        #expect(out.summary == "shared cost 1 (€ 100,00) among 3 members")
        #expect(out.ledgerAppended.map(\.amount.cents) == [3_334, 3_333, 3_333])
        #expect(out.ledgerAppended.allSatisfy { $0.kind == .charge && $0.relatesTo == 1 && $0.category == "rent" && $0.date == Day(iso: "2026-11-20")! })
        #expect(out.ledgerAppended.map(\.member) == ["pierre", "guido", "katleen"])
        #expect(out.ledgerAppended[0].note == "rent 2026-11-20: 1 of 3 members")
    }

    @Test func byWeightsTheLargestRemainderTakesTheLeftoverCent() throws {
        var s = try Self.withCost(10_001)
        let share = CostShare(cost: 1, parts: [.init(member: "katleen", weight: 1), .init(member: "pierre", weight: 2)],
                              note: "rent Nov 2026", unit: "desks")
        let out = try s.apply(.shareCost(share), context: Fixture.ctx)
        #expect(out.ledgerAppended.map(\.amount.cents) == [3_334, 6_667])
        #expect(out.ledgerAppended.map(\.note) == ["rent Nov 2026: 1 of 3 desks", "rent Nov 2026: 2 of 3 desks"])
    }

    @Test func aCostIsSharedOnceUntilItsChargesAreCorrected() throws {
        var s = try Self.withCost()
        _ = try s.apply(.shareCost(.equally(cost: 1, members: ["pierre", "guido"])), context: Fixture.ctx)
        refuses(.shareCost(.equally(cost: 1, members: ["katleen"])), in: s,
                with: "cost 1 is already shared (charges 2, 3); correct those charges to share it again")
        _ = try s.apply(.correctLedgerEntry(entry: 2, reason: "katleen shares too", date: Fixture.today), context: Fixture.ctx)
        refuses(.shareCost(.equally(cost: 1, members: ["katleen"])), in: s,
                with: "cost 1 is already shared (charges 3); correct those charges to share it again")
        _ = try s.apply(.correctLedgerEntry(entry: 3, reason: "katleen shares too", date: Fixture.today), context: Fixture.ctx)
        let again = try s.apply(.shareCost(.equally(cost: 1, members: ["pierre", "guido", "katleen"])), context: Fixture.ctx)
        #expect(again.ledgerAppended.count == 3)
    }

    @Test func whatCannotBeSharedIsRefused() throws {
        var s = try Self.withCost()
        refuses(.shareCost(.equally(cost: 1, members: ["pierre", "lotte"])), in: s, with: "member 'lotte' does not exist")
        refuses(.shareCost(.equally(cost: 1, members: ["pierre", "pierre"])), in: s, with: "member 'pierre' is named twice")
        refuses(.shareCost(.equally(cost: 1, members: [])), in: s, with: "name the members who share cost 1")
        refuses(.shareCost(CostShare(cost: 1, parts: [.init(member: "pierre", weight: 2), .init(member: "guido", weight: 0)])), in: s,
                with: "member 'guido' needs a weight above zero, got 0")
        refuses(.shareCost(.equally(cost: 9, members: ["pierre"])), in: s, with: "ledger entry 9 does not exist")
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.revenue, 500, member: "katleen")), context: Fixture.ctx)
        refuses(.shareCost(.equally(cost: 2, members: ["pierre"])), in: s,
                with: "ledger entry 2 is a revenue, not a cost; only a cost can be shared")
        _ = try s.apply(.memberLeft(member: "katleen", on: Day(iso: "2026-11-01")!), context: Fixture.ctx)
        refuses(.shareCost(.equally(cost: 1, members: ["pierre", "katleen"])), in: s,
                with: "member 'katleen' had left on 2026-11-01, before this cost (2026-11-20)")
        var closed = try Self.withCost(date: "2025-06-01")
        _ = try closed.apply(.closeYear(2025), context: Fixture.ctx)
        refuses(.shareCost(.equally(cost: 1, members: ["pierre"])), in: closed,
                with: "the year 2025 is closed; charges dated 2025-06-01 would change its books")
    }

    /// Unit-2 charges its rent by desks and smaller costs equally, through this rule.
    @Test func theUnit2DemoChargesEveryCostExactly() throws {
        let s = try DemoNetwork.unit2.build(today: Fixture.today)
        var charged: [Int: Money] = [:]
        for e in s.ledger where e.kind == .charge { charged[e.relatesTo!, default: .zero] += e.amount }
        let costs = s.ledger.filter { $0.kind == .cost }
        #expect(costs.count > 30)
        for c in costs { #expect(charged[c.id] == c.amount, "cost \(c.id)") }
        #expect(s.ledger.contains { $0.note.hasSuffix("desks") } && s.ledger.contains { $0.note.hasSuffix("members") })
    }
}
