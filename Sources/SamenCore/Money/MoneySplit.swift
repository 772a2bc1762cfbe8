extension Money {
    /// Splits this amount among parties in proportion to `weights` with the
    /// largest-remainder method: every share is the exact share rounded down
    /// (toward zero), then the cents left over go one each to the parties with
    /// the largest remainders, earlier parties first on a tie. The shares
    /// always add up to the amount, and each is within one cent of exact.
    ///
    /// A negative amount (a loss) is split the same way and negated, so a loss
    /// and a profit of the same size are mirror images.
    public func split(weights: [Int64]) throws -> [Money] {
        guard !weights.isEmpty else { throw MoneyError.noParties }
        guard weights.allSatisfy({ $0 >= 0 }) else { throw MoneyError.negativeWeight }
        let total = weights.reduce(Int128(0)) { $0 + Int128($1) }
        guard total > 0 else { throw MoneyError.zeroWeights }
        let amount = Int128(cents.magnitude)
        var shares = [Int128](repeating: 0, count: weights.count)
        var remainders: [(index: Int, remainder: Int128)] = []
        remainders.reserveCapacity(weights.count)
        var given: Int128 = 0
        for (i, w) in weights.enumerated() {
            let exact = amount * Int128(w)
            shares[i] = exact / total
            given += shares[i]
            remainders.append((i, exact % total))
        }
        var left = amount - given
        // Stable order: largest remainder first, earlier index on ties.
        remainders.sort { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        var k = 0
        while left > 0 {
            shares[remainders[k].index] += 1
            left -= 1
            k += 1
        }
        let sign: Int128 = cents < 0 ? -1 : 1
        return shares.map { Money(cents: Int64($0 * sign)) }
    }

    /// Splits equally among `parties`.
    public func split(equally parties: Int) throws -> [Money] {
        try split(weights: Array(repeating: 1, count: parties))
    }
}

/// Why money cannot be split or read; its words are chosen when shown.
public enum MoneyError: Error, CustomStringConvertible, Equatable, Phrase {
    case noParties, negativeWeight, zeroWeights
    case unparsable(String, reason: MoneyWords)

    public var description: String { text }

    public var en: String {
        switch self {
        case .noParties: return "cannot split an amount among nobody"
        case .negativeWeight: return "shares must not be negative"
        case .zeroWeights: return "the shares add up to zero, so nothing can be split"
        case let .unparsable(text, reason): return "'\(text)' is not an amount: \(reason.en)"
        }
    }

    public var nl: String {
        switch self {
        case .noParties: return "een bedrag verdelen over niemand kan niet"
        case .negativeWeight: return "delen mogen niet negatief zijn"
        case .zeroWeights: return "de delen tellen op tot nul, dus er valt niets te verdelen"
        case let .unparsable(v1, v2): return "'\(v1)' is geen bedrag: \(v2.nl)"
        }
    }
}
