/// An amount of euros as a whole number of cents.
///
/// Never a Double and never a Decimal from a float literal: every total in
/// Samen must reconcile to the cent with the ledger and with hledger.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }
    public init(euros: Int64, cents: Int64 = 0) { self.cents = euros * 100 + (euros < 0 ? -cents : cents) }

    public static let zero = Money(cents: 0)

    public static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    public static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    public static prefix func - (a: Money) -> Money { Money(cents: -a.cents) }
    public static func += (a: inout Money, b: Money) { a.cents += b.cents }
    public static func -= (a: inout Money, b: Money) { a.cents -= b.cents }
    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }

    public var isNegative: Bool { cents < 0 }

    /// This amount times `numerator / denominator`, rounded half-up on the cent.
    ///
    /// "Half-up" is applied to the magnitude (ties round away from zero), so
    /// the share of a reversed amount is exactly the reversed share: a
    /// correction of a revenue entry cancels its contribution to the cent.
    public func scaled(by numerator: Int64, over denominator: Int64) -> Money {
        precondition(denominator > 0, "denominator must be positive")
        let (product, overflow) = cents.multipliedReportingOverflow(by: numerator)
        if !overflow {
            return Money(cents: Self.divideHalfUp(product, by: denominator))
        }
        // Rare: amounts beyond ~9e13 euros times a rate. Use 128-bit maths.
        let wide = Int128(cents) * Int128(numerator)
        let d = Int128(denominator)
        let q = wide / d, r = wide % d
        let adjust: Int128 = (r.magnitude * 2 >= d.magnitude) ? (wide < 0 ? -1 : 1) : 0
        return Money(cents: Int64(q + adjust))
    }

    /// `percentage` is in basis points (hundredths of a percent): 1250 = 12.5 %.
    public func percentage(basisPoints: Int64) -> Money { scaled(by: basisPoints, over: 10_000) }

    static func divideHalfUp(_ value: Int64, by d: Int64) -> Int64 {
        let q = value / d, r = value % d
        if r.magnitude * 2 >= d.magnitude { return value < 0 ? q - 1 : q + 1 }
        return q
    }

    public var description: String { format(.nl) }
}
