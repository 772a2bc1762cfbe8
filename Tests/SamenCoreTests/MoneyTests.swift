import Testing
@testable import SamenCore

@Suite("Money")
struct MoneyTests {
    @Test func formatsDutchAndEnglish() {
        #expect(Money(cents: 123_456).format(.nl) == "€ 1.234,56")
        #expect(Money(cents: 123_456).format(.en) == "€1,234.56")
        #expect(Money(cents: -123_456).format(.nl) == "€ -1.234,56")
        #expect(Money(cents: -123_456).format(.en) == "-€1,234.56")
        #expect(Money(cents: 5).format(.nl) == "€ 0,05")
        #expect(Money(cents: 100_000_000).format(.en) == "€1,000,000.00")
        #expect(Money(cents: 0).format(.nl, symbol: false) == "0,00")
    }

    @Test(arguments: [
        ("1234.56", 123_456), ("1.234,56", 123_456), ("1,234.56", 123_456), ("1234,5", 123_450),
        ("€ 12", 1_200), ("-3,00", -300), ("1.234", 123_400), ("1,234", 123_400), ("1.234.567,89", 123_456_789),
        ("0,05", 5), ("12.345", 1_234_500), ("€-7.5", -750), (" 42 ", 4_200),
    ] as [(String, Int64)])
    func parsesWhatPeopleType(text: String, cents: Int64) throws {
        #expect(try Money.parse(text).cents == cents)
    }

    @Test(arguments: ["12,3,4", "1.000.00", "1.2.3", "", "abc", "1,234,5", "1.234.56,7,8", "1.23.456", "€"])
    func refusesWhatIsNotAnAmount(text: String) {
        #expect(throws: MoneyError.self) { try Money.parse(text) }
    }

    @Test func refusalNamesTheInputAndReason() {
        do {
            _ = try Money.parse("12,3,4")
            Issue.record("expected a refusal")
        } catch {
            #expect("\(error)" == "'12,3,4' is not an amount: ',' must separate groups of three digits")
        }
    }

    @Test func roundsHalfUpOnTheMagnitude() {
        #expect(Money(cents: 5).percentage(basisPoints: 5000).cents == 3)      // 2.5 -> 3
        #expect(Money(cents: -5).percentage(basisPoints: 5000).cents == -3)    // a reversal mirrors it
        #expect(Money(cents: 1_000).percentage(basisPoints: 1250).cents == 125)
        #expect(Money(cents: 999).percentage(basisPoints: 1000).cents == 100)  // 99.9 -> 100
        #expect(Money(cents: 994).percentage(basisPoints: 1000).cents == 99)   // 99.4 -> 99
        #expect(Money(cents: Int64.max / 2).scaled(by: 3, over: 4).cents == 3_458_764_513_820_540_927)  // ...927.25
    }

    @Test func splitsWithTheLargestRemainder() throws {
        #expect(try Money(cents: 100).split(equally: 3).map(\.cents) == [34, 33, 33])
        #expect(try Money(cents: -100).split(equally: 3).map(\.cents) == [-34, -33, -33])
        #expect(try Money(cents: 1_000).split(weights: [1, 2, 2]).map(\.cents) == [200, 400, 400])
        #expect(try Money(cents: 7).split(weights: [0, 1, 1]).map(\.cents) == [0, 4, 3])
        #expect(throws: MoneyError.zeroWeights) { try Money(cents: 7).split(weights: [0, 0]) }
        #expect(throws: MoneyError.noParties) { try Money(cents: 7).split(weights: []) }
    }

    /// Property: for random amounts and weights a split sums to the total and
    /// every share is within one cent of its exact value.
    @Test func splitPropertiesHoldForRandomInputs() throws {
        var rng = SeededRandom(seed: 2026)
        for _ in 0..<5_000 {
            let total = Int64.random(in: -10_000_000_000...10_000_000_000, using: &rng)
            let weights = (0..<Int.random(in: 1...12, using: &rng)).map { _ in Int64.random(in: 0...1_000, using: &rng) }
            guard weights.contains(where: { $0 > 0 }) else { continue }
            let shares = try Money(cents: total).split(weights: weights)
            #expect(shares.reduce(Money.zero, +).cents == total)
            let sum = weights.reduce(0, +)
            for (share, w) in zip(shares, weights) {
                let exact = Double(total) * Double(w) / Double(sum)
                #expect(abs(Double(share.cents) - exact) < 1.0 + 1e-6 * abs(exact))
            }
        }
    }

    /// Property: what a person types back from a formatted amount is the amount.
    @Test func formatAndParseRoundTrip() throws {
        var rng = SeededRandom(seed: 7)
        for _ in 0..<2_000 {
            let m = Money(cents: Int64.random(in: -100_000_000_00...100_000_000_00, using: &rng))
            #expect(try Money.parse(m.format(.nl)) == m)
            #expect(try Money.parse(m.format(.en)) == m)
        }
    }
}
