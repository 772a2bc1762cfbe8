/// Why a public key or a signature cannot be read.
public enum SigningRefusal: Phrase, Equatable {
    case notAKey(String)
    case notEd25519(String)
    case keyNotBase64
    case keyBytes
    case signatureNotBase64
    case notSSHSIG
    case signatureLength
    case signatureKeyKind
    case signatureBytes

    public var en: String {
        switch self {
        case let .notAKey(start): "'\(start)' is not an ssh public key: it should read like 'ssh-ed25519 AAAAC3Nz… you@host', the line of a .pub file"
        case let .notEd25519(kind): "only ssh-ed25519 keys can be registered, and this is a '\(kind)' key; make one with: ssh-keygen -t ed25519"
        case .keyNotBase64: "the ssh-ed25519 key is not valid base64"
        case .keyBytes: "the ssh-ed25519 key's bytes are not an Ed25519 key (a line cut short, or another kind's bytes)"
        case .signatureNotBase64: "the signature is not base64"
        case .notSSHSIG: "the signature is not an SSHSIG signature of version 1"
        case .signatureLength: "the signature is cut short or has bytes after its end"
        case .signatureKeyKind: "the signature was made with a key that is not ssh-ed25519"
        case .signatureBytes: "the signature's own bytes are not an Ed25519 signature"
        }
    }

    public var nl: String {
        switch self {
        case let .notAKey(v1): "'\(v1)' is geen ssh-publieke sleutel: die ziet eruit als 'ssh-ed25519 AAAAC3Nz… jij@host', de regel van een .pub-bestand"
        case let .notEd25519(v1): "alleen ssh-ed25519-sleutels kun je registreren, en dit is een '\(v1)'-sleutel; maak er een met: ssh-keygen -t ed25519"
        case .keyNotBase64: "de ssh-ed25519-sleutel is geen geldige \(NL.b64)"
        case .keyBytes: "de bytes van de ssh-ed25519-sleutel zijn geen Ed25519-sleutel (een afgebroken regel, of bytes van een ander soort)"
        case .signatureNotBase64: "de handtekening is geen \(NL.b64)"
        case .notSSHSIG: "de handtekening is geen SSHSIG-handtekening van versie 1"
        case .signatureLength: "de handtekening is afgebroken of heeft bytes na het einde"
        case .signatureKeyKind: "de handtekening is gemaakt met een sleutel die geen ssh-ed25519 is"
        case .signatureBytes: "de bytes van de handtekening zijn geen Ed25519-handtekening"
        }
    }
}
