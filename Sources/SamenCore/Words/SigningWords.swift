/// What goes wrong when Samen signs a change with ssh-keygen, or reads a
/// signature back. Programs, files and fingerprints stay as they are; what
/// ssh-keygen itself printed is quoted as it printed it.
public enum SigningWords: Phrase {
    case notSaved(any Phrase)
    case otherKey(fingerprint: String)
    case cannotStart(program: String, error: String)
    case keygenFailed(file: String, said: String)
    case keygenExit(file: String, status: Int32)
    case unreadableSignature(any Phrase)
    case noTemporaryFile(String)
    case cannotWriteLine(String)
    case cannotReadBack
    case savedUnsigned(fingerprints: String, at: String)
    case andAgent
    case notAtEnd
    case cannotRead(any Phrase)
    case doesNotHold(SignatureProblem)
    /// The reason alone.
    case doesNotHoldBecause(SignatureProblem)

    /// Why a signature that reads well does not hold for its line.
    public enum SignatureProblem: Sendable, Equatable {
        case namespace(String)
        case hash(String)
        case notOverThisLine

        var en: String {
            switch self {
            case let .namespace(n): "it was made for '\(n)', not for Samen"
            case let .hash(h): "it uses the hash '\(h)', which OpenSSH does not make"
            case .notOverThisLine: "it was not made over this line's bytes: the line was changed after it was signed, or the signature belongs to another line"
            }
        }

        var nl: String {
            switch self {
            case let .namespace(v1): "hij is gemaakt voor '\(v1)', niet voor Samen"
            case let .hash(v1): "hij gebruikt de hash '\(v1)', en die maakt OpenSSH niet"
            case .notOverThisLine: "hij is niet over de bytes van deze regel gemaakt: de regel is veranderd na het ondertekenen, of de handtekening hoort bij een andere regel"
            }
        }
    }

    public var en: String {
        switch self {
        case let .notSaved(why): "the change was not saved: it could not be signed: \(why.en)"
        case let .otherKey(fp): "ssh-keygen signed with another key than \(fp)"
        case let .cannotStart(program, error): "\(program) could not be started (\(error)); install openssh-client"
        case let .keygenFailed(file, said): "ssh-keygen -Y sign with \(file) failed: \(said)"
        case let .keygenExit(file, status): "ssh-keygen -Y sign with \(file) failed: exit \(status)"
        case let .unreadableSignature(why): "ssh-keygen printed no signature Samen can read (\(why.en))"
        case let .noTemporaryFile(why): "no temporary file for the line to sign (\(why))"
        case let .cannotWriteLine(why): "cannot write the line to sign (\(why))"
        case .cannotReadBack: "cannot read back the line to sign"
        case let .savedUnsigned(fps, at): "this change is saved unsigned: none of your registered keys (\(fps)) is at \(at)"
        case .andAgent: " and ssh-agent"
        case .notAtEnd: "carries a signature that is not at the end of the line, where Samen puts it"
        case let .cannotRead(why): "its signature cannot be read: \(why.en)"
        case let .doesNotHold(problem): "has a signature that does not hold: \(problem.en)"
        case let .doesNotHoldBecause(problem): problem.en
        }
    }

    public var nl: String {
        switch self {
        case let .notSaved(v1): "de wijziging is niet opgeslagen: ondertekenen lukte niet: \(v1.nl)"
        case let .otherKey(v1): "ssh-keygen ondertekende met een andere sleutel dan \(v1)"
        case let .cannotStart(v1, v2): "\(v1) kon niet starten (\(v2)); installeer openssh-client"
        case let .keygenFailed(v1, v2): "ssh-keygen -Y sign met \(v1) mislukte: \(v2)"
        case let .keygenExit(v1, v2): "ssh-keygen -Y sign met \(v1) mislukte: exitcode \(v2)"
        case let .unreadableSignature(v1): "ssh-keygen gaf geen handtekening die Samen kan lezen (\(v1.nl))"
        case let .noTemporaryFile(v1): "geen tijdelijk bestand voor de regel die ondertekend moet worden (\(v1))"
        case let .cannotWriteLine(v1): "kan de regel die ondertekend moet worden niet wegschrijven (\(v1))"
        case .cannotReadBack: "kan de regel die ondertekend moet worden niet teruglezen"
        case let .savedUnsigned(v1, v2): "deze wijziging is zonder handtekening opgeslagen: geen van je geregistreerde sleutels (\(v1)) staat op \(v2)"
        case .andAgent: " en in ssh-agent"
        case .notAtEnd: "heeft een handtekening die niet aan het eind van de regel staat, waar Samen hem zet"
        case let .cannotRead(v1): "de handtekening is niet te lezen: \(v1.nl)"
        case let .doesNotHold(v1): "heeft een handtekening die niet klopt: \(v1.nl)"
        case let .doesNotHoldBecause(v1): v1.nl
        }
    }
}
