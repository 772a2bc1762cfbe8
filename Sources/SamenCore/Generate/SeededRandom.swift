/// SplitMix64: a small, fast generator whose sequence is fixed by its seed on
/// every platform, so `samen generate --seed 7` writes the same network
/// everywhere (Swift's default generator is seeded randomly).
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
    mutating func pick<T>(_ items: [T], count: Int) -> [T] {
        var chosen = items.shuffled(using: &self)
        chosen.removeLast(max(0, chosen.count - count))
        return chosen
    }
}
