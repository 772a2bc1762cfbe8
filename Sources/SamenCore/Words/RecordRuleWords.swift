/// A record's own rules, as its decoder says them when a data file or a
/// change breaks one: after the record's name, or as a field's predicate.
/// Values stay as the file has them (a date as 2026-03-01, a number as written).
public enum RecordRule: Phrase, Sendable {
    case endsBeforeStart(String, end: String, start: String)
    case trueOrFalse
    case between(low: Int, high: Int, got: String)
    case octalMode(got: String)
    case formatVersion(Int, reads: Int)
    case currency(String)
    case contributionRate(got: Int)
    case hourlyRateZero
    case partnerWeight(got: Int)
    case matchingWeight(String, got: Int)
    case key(any Phrase)
    case keyComment(max: Int)

    public var en: String {
        switch self {
        case let .endsBeforeStart(what, end, start): "\(what) ends (\(end)) before it starts (\(start))"
        case .trueOrFalse: "must be true or false"
        case let .between(low, high, got): "must be \(low) to \(high), got \(got)"
        case let .octalMode(got): "must be octal like \"0660\", got '\(got)'"
        case let .formatVersion(v, reads): "format version \(v) is not one this Samen knows (it reads up to \(reads)); use a newer Samen"
        case let .currency(c): "currency '\(c)' is not supported; Samen keeps its books in EUR"
        case let .contributionRate(got): "contribution rate must be between 0 and 10000 basis points (0-100 %), got \(got)"
        case .hourlyRateZero: "an hourly rate must be more than zero"
        case let .partnerWeight(got): "a partner's share weight must be more than zero, got \(got)"
        case let .matchingWeight(key, got): "matching weight '\(key)' must be between 0 and 100, got \(got)"
        case let .key(why): "key: \(why.en)"
        case let .keyComment(max): "key comment is longer than \(max) bytes"
        }
    }

    /// A record with its article, as the sentence starts: `de inzet`.
    static func the(_ what: String) -> String {
        switch what {
        case "project": "het project"
        case "allocation": "de inzet"
        case "time off": "de vrije tijd"
        default: RecordName.nl(what)
        }
    }

    public var nl: String {
        switch self {
        case let .endsBeforeStart(v1, v2, v3): "\(Self.the(v1)) eindigt (\(v2)) vóór het begin (\(v3))"
        case .trueOrFalse: "moet true of false zijn"
        case let .between(v1, v2, v3): "moet \(v1) tot \(v2) zijn, niet \(v3)"
        case let .octalMode(v1): "moet octaal zijn zoals \"0660\", niet '\(v1)'"
        case let .formatVersion(v1, v2): "formaatversie \(v1) kent deze Samen niet (hij leest tot en met \(v2)); gebruik een nieuwere Samen"
        case let .currency(v1): "valuta '\(v1)' wordt niet ondersteund; Samen houdt de boeken bij in EUR"
        case let .contributionRate(v1): "het afdrachtpercentage moet tussen 0 en 10000 basispunten liggen (0-100 %), niet \(v1)"
        case .hourlyRateZero: "een uurtarief moet meer dan nul zijn"
        case let .partnerWeight(v1): "het gewicht van een partneraandeel moet meer dan nul zijn, niet \(v1)"
        case let .matchingWeight(v1, v2): "matchgewicht '\(v1)' moet tussen 0 en 100 liggen, niet \(v2)"
        case let .key(v1): "sleutel: \(v1.nl)"
        case let .keyComment(v1): "het commentaar bij de sleutel is langer dan \(v1) bytes"
        }
    }
}

/// What is wrong with a change read back from the history: which object,
/// which key. Key and change names stay as the file has them.
public enum ChangeDecodingWords: Phrase, Sendable {
    case notAnObject(String)
    case twice(String, key: String)
    case unknownField(String, key: String)
    case missing(String, key: String)
    case notBool(String, key: String)
    case notAnID(String, key: String, low: Int, high: Int, got: Int)
    case field(String, key: String, any Phrase)
    case stepsNotAList
    case step(Int, any Phrase)
    case notAChange(String)
    case partsNotAList

    public var en: String {
        switch self {
        case let .notAnObject(what): "\(what): must be an object"
        case let .twice(what, key): "\(what): '\(key)' appears twice"
        case let .unknownField(name, key): "\(name): unknown field '\(key)'"
        case let .missing(what, key): "\(what): '\(key)' is missing"
        case let .notBool(what, key): "\(what): '\(key)' must be true or false"
        case let .notAnID(what, key, low, high, got): "\(what): '\(key)' must be an id from \(low) to \(high), got \(got)"
        case let .field(what, key, why): "\(what): '\(key)' \(why.en)"
        case .stepsNotAList: "steps: must be a list of changes"
        case let .step(n, why): "step \(n): \(why.en)"
        case let .notAChange(name): "'\(name)' is not a change Samen makes"
        case .partsNotAList: "share-cost: parts must be a list"
        }
    }

    /// A record with its article, as the sentence starts: `de inzet`.
    static func the(_ what: String) -> String {
        switch what {
        case "project": "het project"
        case "allocation": "de inzet"
        case "time off": "de vrije tijd"
        default: RecordName.nl(what)
        }
    }

    public var nl: String {
        switch self {
        case let .notAnObject(v1): "\(RecordName.nl(v1)): moet een object zijn"
        case let .twice(v1, v2): "\(RecordName.nl(v1)): '\(v2)' staat er twee keer in"
        case let .unknownField(v1, v2): "\(RecordName.nl(v1)): onbekend veld '\(v2)'"
        case let .missing(v1, v2): "\(RecordName.nl(v1)): '\(v2)' ontbreekt"
        case let .notBool(v1, v2): "\(RecordName.nl(v1)): '\(v2)' moet true of false zijn"
        case let .notAnID(v1, v2, v3, v4, v5): "\(RecordName.nl(v1)): '\(v2)' moet een id van \(v3) tot \(v4) zijn, niet \(v5)"
        case let .field(v1, v2, v3): "\(RecordName.nl(v1)): '\(v2)' \(v3.nl)"
        case .stepsNotAList: "steps: moet een lijst van wijzigingen zijn"
        case let .step(v1, v2): "stap \(v1): \(v2.nl)"
        case let .notAChange(v1): "'\(v1)' is geen wijziging die Samen maakt"
        case .partsNotAList: "share-cost: parts moet een lijst zijn"
        }
    }
}
