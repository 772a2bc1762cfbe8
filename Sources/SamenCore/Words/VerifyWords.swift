/// Why `samen verify` cannot prove the files, or finds them not what the
/// history makes. Change names, ids, keys and field names stay as written.
public enum VerifyWords: Phrase {
    case missing
    case noBaseline(madeWithout: Bool)
    case baselineNotNamed
    case baselineNamesNonFile(String)
    case baselineFileMissing(line: Int)
    case baselineFileChanged(line: Int)
    case signatureNotString
    case signedByNonMember(fingerprint: String, author: String)
    case signedWithRevokedKey(name: String, fingerprint: String, revoked: String)
    case signedWithOthersKey(fingerprint: String, owner: String, author: String, id: String)
    case signedWithUnknownKey(fingerprint: String, author: String, id: String)
    case notInHistory(String, id: String)
    case notWhatHistoryMakes(String, id: String, difference: Difference)
    case networkNotWhatHistoryMakes(Difference)
    case recordMissing(String, id: String)
    case notJSON(any Phrase)
    case namesNoChange
    case notSigned
    case withoutDay
    case unknownAuthorKind(String)
    case notAChange(any Phrase)
    case refused(change: String, actor: String, day: Day, any Phrase)

    /// "amount: the file says 125000, the history 1250", or only that it differs.
    public enum Difference: Sendable {
        case field(String, file: String?, history: String?)
        case differs

        var en: String {
            switch self {
            case let .field(key, file, history): "\(key): the file says \(file ?? "nothing"), the history \(history ?? "nothing")"
            case .differs: "it differs"
            }
        }

        var nl: String {
            switch self {
            case let .field(v1, v2, v3): "\(v1): in het bestand staat \(v2 ?? "niets"), in de geschiedenis \(v3 ?? "niets")"
            case .differs: "het is anders"
            }
        }
    }

    public var en: String {
        switch self {
        case .missing: "is missing"
        case let .noBaseline(madeWithout):
            "\(madeWithout ? "the directory was made by a Samen that kept no baseline" : "it has no baseline"), so its history cannot be replayed; a partner or an administrator can make the files as they are the baseline with `samen verify --make-baseline`"
        case .baselineNotNamed: "the baseline is not named file by file"
        case let .baselineNamesNonFile(name): "its baseline names '\(name)', which is not a data file"
        case let .baselineFileMissing(line): "is missing; the history's baseline (line \(line)) names it"
        case let .baselineFileChanged(line): "is not the file the history's baseline (line \(line)) names: it was changed after the baseline was made"
        case .signatureNotString: "its signature is not a string"
        case let .signedByNonMember(fp, by): "is signed with key \(fp), but its author '\(by)' is not a member, and keys are registered to members"
        case let .signedWithRevokedKey(name, fp, revoked): "is signed with \(name)'s key \(fp), which was revoked at \(revoked), before this change"
        case let .signedWithOthersKey(fp, owner, author, id): "is signed with key \(fp), which is registered to \(owner), not to its author \(author) (\(id))"
        case let .signedWithUnknownKey(fp, author, id): "is signed with key \(fp), which is not registered to its author \(author) (\(id)), nor to anyone"
        case let .notInHistory(what, id): "\(what) \(id) is not in the history: it was added outside Samen"
        case let .notWhatHistoryMakes(what, id, d): "\(what) \(id) is not what the history makes of it: \(d.en)"
        case let .networkNotWhatHistoryMakes(d): "is not what the history makes of it: \(d.en)"
        case let .recordMissing(what, id): "\(what) \(id) is missing: the history has it, the file does not"
        case let .notJSON(why): "is not JSON: \(why.en)"
        case .namesNoChange: "names no change"
        case .notSigned: "is not signed, and every change since the baseline must be (--require-signatures)"
        case .withoutDay: "was written without the day it was made or how its author was known, so it cannot be replayed"
        case let .unknownAuthorKind(kind): "names its author as '\(kind)', which is not how Samen knows anyone"
        case let .notAChange(why): "is not a change Samen writes: \(why.en)"
        case let .refused(change, actor, day, why): "\(change) by \(actor) on \(day) is refused by the rules: \(why.en)"
        }
    }

    public var nl: String {
        switch self {
        case .missing: "ontbreekt"
        case let .noBaseline(v1):
            "\(v1 ? "de map is gemaakt door een Samen die geen basis bewaarde" : "er is geen basis"), dus de geschiedenis is niet na te spelen; een partner of beheerder kan de bestanden zoals ze nu zijn de basis maken met `samen verify --make-baseline`"
        case .baselineNotNamed: "de basis noemt de bestanden niet één voor één"
        case let .baselineNamesNonFile(v1): "de basis noemt '\(v1)', en dat is geen databestand"
        case let .baselineFileMissing(v1): "ontbreekt; de basis in de geschiedenis (regel \(v1)) noemt het"
        case let .baselineFileChanged(v1): "is niet het bestand dat de basis in de geschiedenis (regel \(v1)) noemt: het is veranderd nadat de basis gemaakt is"
        case .signatureNotString: "de handtekening is geen tekst"
        case let .signedByNonMember(v1, v2): "is ondertekend met sleutel \(v1), maar de auteur '\(v2)' is geen lid, en sleutels horen bij leden"
        case let .signedWithRevokedKey(v1, v2, v3): "is ondertekend met de sleutel \(v2) van \(v1), en die is ingetrokken op \(v3), vóór deze wijziging"
        case let .signedWithOthersKey(v1, v2, v3, v4): "is ondertekend met sleutel \(v1), en die hoort bij \(v2), niet bij de auteur \(v3) (\(v4))"
        case let .signedWithUnknownKey(v1, v2, v3): "is ondertekend met sleutel \(v1), en die hoort niet bij de auteur \(v2) (\(v3)), en ook bij niemand anders"
        case let .notInHistory(v1, v2): "\(RecordName.nl(v1)) \(v2) staat niet in de geschiedenis: het is buiten Samen toegevoegd"
        case let .notWhatHistoryMakes(v1, v2, v3): "\(RecordName.nl(v1)) \(v2) is niet wat de geschiedenis ervan maakt: \(v3.nl)"
        case let .networkNotWhatHistoryMakes(v1): "is niet wat de geschiedenis ervan maakt: \(v1.nl)"
        case let .recordMissing(v1, v2): "\(RecordName.nl(v1)) \(v2) ontbreekt: de geschiedenis heeft het, het bestand niet"
        case let .notJSON(v1): "is geen JSON: \(v1.nl)"
        case .namesNoChange: "noemt geen wijziging"
        case .notSigned: "is niet ondertekend, en elke wijziging sinds de basis moet dat zijn (--require-signatures)"
        case .withoutDay: "is geschreven zonder de dag waarop het gemaakt is of hoe de auteur bekend was, dus het is niet na te spelen"
        case let .unknownAuthorKind(v1): "noemt de auteur '\(v1)', en zo kent Samen niemand"
        case let .notAChange(v1): "is geen wijziging die Samen schrijft: \(v1.nl)"
        case let .refused(v1, v2, v3, v4): "\(v1) door \(v2) op \(NL.s(v3)) wordt door de regels geweigerd: \(v4.nl)"
        }
    }
}
