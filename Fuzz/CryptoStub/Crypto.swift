// A stand-in for swift-crypto in the fuzz builds only (Scripts/fuzz), which
// compile SamenCore from its sources with swiftc and cannot build
// BoringSSL's C beside it. The fuzz targets decode records, parse what
// people type and drive the dashboard's update; none checks a signature. If
// one ever reaches these, the digests are deterministic but not SHA, and no
// signature is valid: wrong, never a crash. Never linked into samen.
import Foundation

private func mix<D: DataProtocol>(_ data: D, length: Int) -> [UInt8] {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in data { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return (0..<length).map { UInt8(truncatingIfNeeded: (h &+ UInt64($0) &* 0x9E37_79B9_7F4A_7C15) >> 56) }
}

public enum SHA256 {
    public static func hash<D: DataProtocol>(data: D) -> [UInt8] { mix(data, length: 32) }
}

public enum SHA512 {
    public static func hash<D: DataProtocol>(data: D) -> [UInt8] { mix(data, length: 64) }
}

public enum Curve25519 {
    public enum Signing {
        public struct PublicKey {
            public init<D: ContiguousBytes>(rawRepresentation: D) throws {}
            public func isValidSignature<S: DataProtocol, D: DataProtocol>(_ signature: S, for data: D) -> Bool { false }
        }
    }
}
