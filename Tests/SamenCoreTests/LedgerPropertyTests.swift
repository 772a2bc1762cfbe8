import Testing
@testable import SamenCore

/// Random ledgers built through the change function, the way people build
/// them: whatever the entries, the year's distribution sums to its result with
/// every share within a cent of exact, and a shared cost's charges sum to it.
@Suite struct LedgerPropertyTests {
    static let joined = Day(iso: "2020-01-01")!

    /// A network of 1 to 6 partners with random weights and a few associates.
    static func network(_ rng: inout SeededRandom) throws -> NetworkState {
        var s = try Fixture.state()
        let extra = rng.int(0...4)
        for i in 0..<extra {
            _ = try s.apply(.addMember(Member(id: "p\(i)", name: "Partner \(i)", role: .partner, city: "Utrecht", joined: joined)), context: Fixture.ctx)
        }
        for i in 0..<rng.int(0...4) {
            _ = try s.apply(.addMember(Member(id: "a\(i)", name: "Associate \(i)", role: .associate, city: "Utrecht", joined: joined)), context: Fixture.ctx)
        }
        var n = s.network
        let partners = ["pierre", "guido"] + (0..<extra).map { "p\($0)" }
        n.partnerShares = rng.pick(partners, count: rng.int(1...partners.count)).map { PartnerShare(member: $0, weight: Int64(rng.int(1...7))) }
        n.contributionRates = [ContributionRate(role: .associate, basisPoints: Int64(rng.int(0...3_000)), from: joined),
                               ContributionRate(role: .partner, basisPoints: Int64(rng.int(0...3_000)), from: joined)]
        _ = try s.apply(.updateNetwork(n), context: Fixture.ctx)
        return s
    }

    static func day(_ rng: inout SeededRandom, year: Int) -> Day { Day(year: year, month: rng.int(1...12), day: rng.int(1...28))! }

    @Test func theDistributionAlwaysSumsToTheResult() throws {
        var rng = SeededRandom(seed: 20261123)
        for round in 0..<150 {
            var s = try Self.network(&rng)
            let earners = s.members.filter { $0.role != .applicant }.map(\.id)
            for _ in 0..<rng.int(0...40) {
                let date = Self.day(&rng, year: 2025)
                let amount = Money(cents: Int64(rng.int(1...50_000_00)))
                let entry: LedgerEntry
                switch rng.int(0...3) {
                case 0, 1: entry = LedgerEntry(id: 0, kind: .revenue, date: date, amount: amount, member: rng.pick(earners), at: Fixture.now, by: "")
                case 2: entry = LedgerEntry(id: 0, kind: .cost, date: date, amount: amount, category: rng.pick(["rent", "accountant"]), at: Fixture.now, by: "")
                default: entry = LedgerEntry(id: 0, kind: .income, date: date, amount: amount, at: Fixture.now, by: "")
                }
                _ = try s.apply(.addLedgerEntry(entry), context: Fixture.ctx)
                // Now and then a mistake, undone in the same year.
                if rng.chance(0.1), let last = s.ledger.last(where: { $0.kind != .contribution && $0.kind != .correction && !s.isCorrected($0.id) }) {
                    _ = try s.apply(.correctLedgerEntry(entry: last.id, reason: "mistake", date: Day(iso: "2025-12-31")!), context: Fixture.ctx)
                }
            }
            let result = s.financeReport(year: 2025).result
            // The result is the sum of the entries, corrections counted as what they correct.
            var kinds: [Int: LedgerKind] = [:]
            var summed = Money.zero
            for e in s.ledger {
                kinds[e.id] = e.kind
                switch e.kind == .correction ? kinds[e.relatesTo!]! : e.kind {
                case .contribution, .income: summed += e.amount
                case .cost: summed -= e.amount
                default: break
                }
            }
            #expect(summed == result, "round \(round)")
            let out = try s.apply(.closeYear(2025), context: Fixture.ctx)
            let shares = s.network.partnerShares
            let total = shares.reduce(Int64(0)) { $0 + $1.weight }
            #expect(out.ledgerAppended.reduce(Money.zero) { $0 + $1.amount } == result, "round \(round)")
            for (e, share) in zip(out.ledgerAppended, shares) {
                // |share * total - result * weight| < total: within one cent of the exact share.
                let off = Int128(e.amount.cents) * Int128(total) - Int128(result.cents) * Int128(share.weight)
                #expect(off.magnitude < UInt128(total), "round \(round): \(e.amount) for weight \(share.weight)/\(total) of \(result)")
                #expect(e.member == share.member)
            }
        }
    }

    @Test func chargesAlwaysSumToTheCost() throws {
        var rng = SeededRandom(seed: 7)
        var s = try Self.network(&rng)
        for i in 0..<12 {
            _ = try s.apply(.addMember(Member(id: "m\(i)", name: "Member \(i)", role: .member, city: "Leiden", joined: Self.joined)), context: Fixture.ctx)
        }
        let everyone = s.members.map(\.id)
        for round in 0..<300 {
            let cents = Int64(rng.chance(0.2) ? rng.int(1...50) : rng.int(1...10_000_00))
            let date = Self.day(&rng, year: 2026)
            // December's rent is booked ahead, as planned.
            _ = try s.apply(.addLedgerEntry(LedgerEntry(id: 0, kind: .cost, date: date, amount: Money(cents: cents),
                                                        category: "rent", at: Fixture.now, by: "", planned: date > Fixture.today)), context: Fixture.ctx)
            let cost = s.ledger.last!.id
            let parts = rng.pick(everyone, count: rng.int(1...everyone.count)).map { CostShare.Part(member: $0, weight: Int64(rng.int(1...9))) }
            let out = try s.apply(.shareCost(CostShare(cost: cost, parts: parts)), context: Fixture.ctx)
            #expect(out.ledgerAppended.reduce(Money.zero) { $0 + $1.amount }.cents == cents, "round \(round)")
            let total = parts.reduce(Int64(0)) { $0 + $1.weight }
            for e in out.ledgerAppended {
                let w = parts.first { $0.member == e.member }!.weight
                let off = Int128(e.amount.cents) * Int128(total) - Int128(cents) * Int128(w)
                #expect(off.magnitude < UInt128(total), "round \(round)")
                #expect(e.amount.cents > 0 && e.relatesTo == cost)
            }
        }
    }
}
