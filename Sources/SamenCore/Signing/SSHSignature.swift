import Crypto
import Foundation

/// A signature in OpenSSH's `SSHSIG` format: what `ssh-keygen -Y sign`
/// writes (PROTOCOL.sshsig). It carries the public key that made it, the
/// namespace it was made for, and the hash of the message it covers.
///
/// Samen signs with `ssh-keygen` (it reaches ssh-agent and hardware keys)
/// and checks here, in process: `ssh-keygen -Y verify` as a process costs
/// 6 ms a line, a minute for a history of 10,000 changes.
public struct SSHSignature: Sendable, Equatable {
    /// The namespace every Samen signature is made in, so a signature made
    /// for git or for a file can never pass as one of a change.
    public static let namespace = "samen"
    static let magic = Array("SSHSIG".utf8)

    public let key: SSHPublicKey
    let namespace: String
    let hashAlgorithm: String
    let signature: [UInt8]
    /// The whole blob, base64: how a history line carries it.
    public let base64: String

    /// Reads the armoured text `ssh-keygen -Y sign` prints, or the bare
    /// base64 of its blob as a history line holds it.
    public init(text: String) throws {
        let body = text.split(whereSeparator: \.isNewline)
            .filter { !$0.hasPrefix("-----") }
            .joined()
            .trimmingCharacters(in: .whitespaces)
        guard let data = Data(base64Encoded: body) else { throw DomainError(SigningRefusal.signatureNotBase64) }
        var r = SSHWireReader([UInt8](data))
        guard r.fixed(6) == Self.magic, r.uint32() == 1 else { throw DomainError(SigningRefusal.notSSHSIG) }
        guard let keyBlob = r.string(), let ns = r.string(), r.string() != nil, let hash = r.string(), let sigBlob = r.string(), r.isAtEnd else {
            throw DomainError(SigningRefusal.signatureLength)
        }
        var k = SSHWireReader(keyBlob)
        guard k.string().map({ String(decoding: $0, as: UTF8.self) }) == SSHPublicKey.ed25519, let raw = k.string(), raw.count == 32, k.isAtEnd else {
            throw DomainError(SigningRefusal.signatureKeyKind)
        }
        var s = SSHWireReader(sigBlob)
        guard s.string().map({ String(decoding: $0, as: UTF8.self) }) == SSHPublicKey.ed25519, let sig = s.string(), sig.count == 64, s.isAtEnd else {
            throw DomainError(SigningRefusal.signatureBytes)
        }
        key = SSHPublicKey(raw: raw)
        namespace = String(decoding: ns, as: UTF8.self)
        hashAlgorithm = String(decoding: hash, as: UTF8.self)
        signature = sig
        base64 = data.base64EncodedString()
    }

    /// Nil when this is a valid signature of `message` in Samen's namespace
    /// by the key it names; otherwise why not, in a person's words.
    public func problem(signing message: [UInt8]) -> String? { reason(signing: message).map { SigningWords.doesNotHoldBecause($0).text } }

    /// Why this signature does not hold for `message`, or nil when it does.
    public func reason(signing message: [UInt8]) -> SigningWords.SignatureProblem? {
        guard namespace == Self.namespace else { return .namespace(String(namespace.prefix(40))) }
        let digest: [UInt8]
        switch hashAlgorithm {
        case "sha512": digest = Array(SHA512.hash(data: message))
        case "sha256": digest = Array(SHA256.hash(data: message))
        default: return .hash(String(hashAlgorithm.prefix(20)))
        }
        var w = SSHWireWriter()
        w.bytes = Self.magic
        w.string(Array(namespace.utf8)); w.string([]); w.string(Array(hashAlgorithm.utf8)); w.string(digest)
        return key.isValidSignature(signature, of: w.bytes) ? nil : .notOverThisLine
    }

    /// The armoured form `ssh-keygen -Y verify` reads.
    public var armoured: String {
        var lines = ["-----BEGIN SSH SIGNATURE-----"]
        var rest = Substring(base64)
        while !rest.isEmpty { lines.append(String(rest.prefix(70))); rest = rest.dropFirst(70) }
        lines.append("-----END SSH SIGNATURE-----")
        return lines.joined(separator: "\n") + "\n"
    }
}
