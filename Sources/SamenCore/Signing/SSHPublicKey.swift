import Crypto
import Foundation

/// An OpenSSH public key as people have it (`~/.ssh/id_ed25519.pub`):
/// `ssh-ed25519 AAAAC3Nz… lotte@laptop`.
///
/// Only Ed25519 is taken: it is what `ssh-keygen` makes by default, its
/// signatures are checked in process in microseconds (swift-crypto), and one
/// kind means one path to get right. A key of another kind is refused when it
/// is registered, with its kind named, not later when a signature is checked.
public struct SSHPublicKey: Hashable, Sendable, CustomStringConvertible {
    public static let ed25519 = "ssh-ed25519"

    /// The 32 bytes of the Ed25519 key.
    public let raw: [UInt8]
    /// What followed the key on its line ("lotte@laptop"); not part of the key.
    public let comment: String

    public init(raw: [UInt8], comment: String = "") {
        self.raw = raw; self.comment = comment
    }

    /// Reads one line of an `.pub` file or `authorized_keys`-style text.
    public init(line: String) throws {
        let parts = line.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2 else {
            throw DomainError(SigningRefusal.notAKey(String(line.prefix(40))))
        }
        let kind = String(parts[0])
        guard kind == Self.ed25519 else {
            throw DomainError(SigningRefusal.notEd25519(String(kind.prefix(40))))
        }
        guard let blob = Data(base64Encoded: String(parts[1])) else {
            throw DomainError(SigningRefusal.keyNotBase64)
        }
        var reader = SSHWireReader([UInt8](blob))
        guard let inner = reader.string(), String(decoding: inner, as: UTF8.self) == Self.ed25519,
              let raw = reader.string(), raw.count == 32, reader.isAtEnd else {
            throw DomainError(SigningRefusal.keyBytes)
        }
        self.init(raw: raw, comment: parts.count > 2 ? String(parts[2]) : "")
    }

    /// The key as OpenSSH encodes it on the wire: its kind, then its bytes.
    public var blob: [UInt8] {
        var w = SSHWireWriter()
        w.string(Array(Self.ed25519.utf8)); w.string(raw)
        return w.bytes
    }

    /// `ssh-ed25519 AAAA…` without the comment: what is stored and compared.
    public var line: String { "\(Self.ed25519) \(Data(blob).base64EncodedString())" }

    /// `SHA256:…`, as `ssh-keygen -l` and `ssh-add -l` show it, so people can
    /// match what Samen says with what their tools say.
    public var fingerprint: String {
        let digest = SHA256.hash(data: blob)
        var b64 = Data(digest).base64EncodedString()
        while b64.hasSuffix("=") { b64.removeLast() }
        return "SHA256:" + b64
    }

    public var description: String { fingerprint }

    /// Whether `signature` is this key's Ed25519 signature of `message`.
    func isValidSignature(_ signature: [UInt8], of message: [UInt8]) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return key.isValidSignature(signature, for: message)
    }
}

/// Reads OpenSSH's wire format (RFC 4251): big-endian lengths before bytes.
struct SSHWireReader {
    private let bytes: [UInt8]
    private var at = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { at == bytes.count }

    mutating func uint32() -> UInt32? {
        guard bytes.count - at >= 4 else { return nil }
        let v = bytes[at..<at + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        at += 4
        return v
    }

    /// A length-prefixed string; nil when the length runs past the end.
    mutating func string() -> [UInt8]? {
        guard let n = uint32(), Int(n) <= bytes.count - at else { return nil }
        defer { at += Int(n) }
        return Array(bytes[at..<at + Int(n)])
    }

    mutating func fixed(_ n: Int) -> [UInt8]? {
        guard bytes.count - at >= n else { return nil }
        defer { at += n }
        return Array(bytes[at..<at + n])
    }
}

struct SSHWireWriter {
    var bytes: [UInt8] = []
    mutating func uint32(_ v: UInt32) { bytes += [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
    mutating func string(_ s: [UInt8]) { uint32(UInt32(s.count)); bytes += s }
}
