/// How a damaged data file is explained: the JSON that cannot be read, the
/// field that is wrong, in which record. The file, line and field names stay
/// as they are in the file (they are what a person looks for in an editor);
/// the words around them follow the language.
public enum JSONSyntax: Phrase, Equatable {
    case textAfterValue
    case nestedTooDeeply
    case endOfLine
    case unexpectedCharacter(String)
    case expectedFieldName
    case expectedColon
    case endInsideObject
    case expectedCommaOrBrace
    case endInsideList
    case expectedCommaOrBracket
    case numberNeedsDigits
    case numberLeadingZero
    case numberNeedsFraction
    case numberNeedsExponent
    case numberTooLarge
    case badNumber
    case controlCharacter(escape: String?)
    case unpairedSurrogate
    case badEscape
    case unknownEscape(String)
    case unterminatedString
    case shortEscape
    case badHexDigit
    case notUTF8

    public var en: String {
        switch self {
        case .textAfterValue: "unexpected text after the value"
        case .nestedTooDeeply: "nested too deeply"
        case .endOfLine: "unexpected end of line"
        case let .unexpectedCharacter(c): "unexpected character '\(c)'"
        case .expectedFieldName: "expected a field name in quotes"
        case .expectedColon: "expected ':' after the field name"
        case .endInsideObject: "unexpected end of line inside an object"
        case .expectedCommaOrBrace: "expected ',' or '}'"
        case .endInsideList: "unexpected end of line inside a list"
        case .expectedCommaOrBracket: "expected ',' or ']'"
        case .numberNeedsDigits: "a number needs digits"
        case .numberLeadingZero: "a number may not start with 0"
        case .numberNeedsFraction: "a number needs digits after '.'"
        case .numberNeedsExponent: "a number needs digits in its exponent"
        case .numberTooLarge: "number too large"
        case .badNumber: "bad number"
        case let .controlCharacter(escape): "control character inside a string" + (escape.map { " (write it as \($0))" } ?? "")
        case .unpairedSurrogate: "unpaired surrogate in \\u escape"
        case .badEscape: "bad \\u escape"
        case let .unknownEscape(e): "unknown escape '\\\(e)'"
        case .unterminatedString: "unterminated string"
        case .shortEscape: "short \\u escape"
        case .badHexDigit: "bad hex digit in \\u escape"
        case .notUTF8: "text is not valid UTF-8"
        }
    }

    public var nl: String {
        switch self {
        case .textAfterValue: "onverwachte tekst na de waarde"
        case .nestedTooDeeply: "te diep genest"
        case .endOfLine: "de regel houdt onverwacht op"
        case let .unexpectedCharacter(v1): "onverwacht teken '\(v1)'"
        case .expectedFieldName: "hier hoort een veldnaam tussen aanhalingstekens"
        case .expectedColon: "hier hoort ':' na de veldnaam"
        case .endInsideObject: "de regel houdt op midden in een object"
        case .expectedCommaOrBrace: "hier hoort ',' of '}'"
        case .endInsideList: "de regel houdt op midden in een lijst"
        case .expectedCommaOrBracket: "hier hoort ',' of ']'"
        case .numberNeedsDigits: "een getal heeft cijfers nodig"
        case .numberLeadingZero: "een getal mag niet met 0 beginnen"
        case .numberNeedsFraction: "een getal heeft cijfers na de '.' nodig"
        case .numberNeedsExponent: "een getal heeft cijfers in de exponent nodig"
        case .numberTooLarge: "getal te groot"
        case .badNumber: "ongeldig getal"
        case let .controlCharacter(v1): "stuurteken in een tekst" + (v1.map { " (schrijf het als \($0))" } ?? "")
        case .unpairedSurrogate: "losse surrogaat in \\u-escape"
        case .badEscape: "ongeldige \\u-escape"
        case let .unknownEscape(v1): "onbekende escape '\\\(v1)'"
        case .unterminatedString: "tekst zonder sluitend aanhalingsteken"
        case .shortEscape: "te korte \\u-escape"
        case .badHexDigit: "ongeldig hexadecimaal cijfer in \\u-escape"
        case .notUTF8: "tekst is geen geldige UTF-8"
        }
    }
}

/// The kind of JSON value found where another was expected ("got a string").
public enum JSONKind: Phrase, Equatable {
    case string, object, list, boolean, null, nothing, number

    public var en: String {
        switch self {
        case .string: "a string"
        case .object: "an object"
        case .list: "a list"
        case .boolean: "a boolean"
        case .null: "null"
        case .nothing: "nothing"
        case .number: "a number"
        }
    }

    public var nl: String {
        switch self {
        case .string: "een tekst"
        case .object: "een object"
        case .list: "een lijst"
        case .boolean: "true of false"
        case .null: "null"
        case .nothing: "niets"
        case .number: "een getal"
        }
    }
}

/// A value of the wrong kind, as a predicate the record and field go in front of.
public enum JSONValueWords: Phrase {
    case list(got: JSONKind)
    case string(got: JSONKind)
    case listOfStrings
    case wholeNumber(got: JSONKind)
    case wholeNumberValue(String)
    case outOfRange(String)
    case date(got: JSONKind)
    case dateText(String)
    case time(got: JSONKind)
    case timeText(String)
    case notOneOf(String, allowed: String)
    case hours(got: JSONKind)

    public var en: String {
        switch self {
        case let .list(got): "must be a list, got \(got.en)"
        case let .string(got): "must be a string, got \(got.en)"
        case .listOfStrings: "must be a list of strings"
        case let .wholeNumber(got): "must be a whole number, got \(got.en)"
        case let .wholeNumberValue(v): "must be a whole number, got \(v)"
        case let .outOfRange(v): "is out of range: \(v)"
        case let .date(got): "must be a date like 2026-03-01, got \(got.en)"
        case let .dateText(s): "must be a date like 2026-03-01, got '\(s)'"
        case let .time(got): "must be a time like 2026-03-01T09:30:00Z, got \(got.en)"
        case let .timeText(s): "must be a time like 2026-03-01T09:30:00Z, got '\(s)'"
        case let .notOneOf(s, allowed): "is '\(s)', which is not one of: \(allowed)"
        case let .hours(got): "must be a number of hours like 16 or 2.5, got \(got.en)"
        }
    }

    public var nl: String {
        switch self {
        case let .list(v1): "moet een lijst zijn, niet \(v1.nl)"
        case let .string(v1): "moet een tekst zijn, niet \(v1.nl)"
        case .listOfStrings: "moet een lijst van teksten zijn"
        case let .wholeNumber(v1): "moet een heel getal zijn, niet \(v1.nl)"
        case let .wholeNumberValue(v1): "moet een heel getal zijn, niet \(v1)"
        case let .outOfRange(v1): "is te groot of te klein: \(v1)"
        case let .date(v1): "moet een datum zijn als 2026-03-01, niet \(v1.nl)"
        case let .dateText(v1): "moet een datum zijn als 2026-03-01, niet '\(v1)'"
        case let .time(v1): "moet een tijdstip zijn als 2026-03-01T09:30:00Z, niet \(v1.nl)"
        case let .timeText(v1): "moet een tijdstip zijn als 2026-03-01T09:30:00Z, niet '\(v1)'"
        case let .notOneOf(v1, v2): "is '\(v1)', en dat is geen van: \(v2)"
        case let .hours(v1): "moet een aantal uren zijn zoals 16 of 2.5, niet \(v1.nl)"
        }
    }
}

/// What is wrong with a record's fields, naming the record and the field.
public enum JSONFieldWords: Phrase {
    case notAnObject(String, got: JSONKind)
    case twice(String, key: String)
    case field(String, key: String, any Phrase)
    case unknown(String, key: String)
    case missing(String, key: String)
    case notOneOf(String, value: String, allowed: String)
    /// A record's own rule (a range, a date), after the record's name.
    case record(String, any Phrase)

    public var en: String {
        switch self {
        case let .notAnObject(what, got): "\(what) must be a JSON object, got \(got.en)"
        case let .twice(what, key): "\(what) has the field '\(key)' twice"
        case let .field(what, key, predicate): "\(what) field '\(key)' \(predicate.en)"
        case let .unknown(what, key): "\(what) has an unknown field '\(key)'"
        case let .missing(what, key): "\(what) is missing the field '\(key)'"
        case let .notOneOf(field, value, allowed): "\(field) '\(value)' is not one of: \(allowed)"
        case let .record(what, predicate): "\(what) \(predicate.en)"
        }
    }

    public var nl: String {
        switch self {
        case let .notAnObject(v1, v2): "\(RecordName.nl(v1)) moet een JSON-object zijn, niet \(v2.nl)"
        case let .twice(v1, v2): "\(RecordName.nl(v1)) heeft het veld '\(v2)' twee keer"
        case let .field(v1, v2, v3): "\(RecordName.nl(v1)), veld '\(v2)': \(v3.nl)"
        case let .unknown(v1, v2): "\(RecordName.nl(v1)) heeft een onbekend veld '\(v2)'"
        case let .missing(v1, v2): "\(RecordName.nl(v1)) mist het veld '\(v2)'"
        case let .notOneOf(v1, v2, v3): "\(v1) '\(v2)' is geen van: \(v3)"
        case let .record(v1, v2): "\(RecordName.nl(v1)) \(v2.nl)"
        }
    }
}

/// A record's name as the files' readers say it ("member", "ledger entry"),
/// and in Dutch. A name not listed is shown as it is.
enum RecordName {
    static func nl(_ en: String) -> String {
        switch en {
        case "member": "lid"
        case "project": "project"
        case "request": "hulpvraag"
        case "ledger entry", "entry": "boeking"
        case "network": "netwerk"
        case "offer": "aanbod"
        case "contracted hours": "contracturen"
        case "allocation": "inzet"
        case "time off": "vrij"
        case "contribution rate": "afdrachtpercentage"
        case "external hire": "externe inhuur"
        case "rate card entry": "tariefregel"
        case "decision": "besluit"
        case "key": "sleutel"
        case "partner share": "partneraandeel"
        case "history entry", "history line": "historieregel"
        case "change": "wijziging"
        case "cost share": "kostendeling"
        case "part of a cost share": "deel van een kostendeling"
        case "a part of a cost share": "een deel van een kostendeling"
        case "member edit": "wijziging van een lid"
        case "project edit": "wijziging van een project"
        default: en
        }
    }
}

/// Words around a list of problems.
public enum ProblemWords: Phrase {
    case warning
    case more(Int)

    public var en: String {
        switch self {
        case .warning: "warning: "
        case let .more(n): "... and \(n) more problems (samen check lists them all)"
        }
    }

    public var nl: String {
        switch self {
        case .warning: "waarschuwing: "
        case let .more(v1): "... en nog \(plural(v1, "1 probleem", "# problemen")) (samen check noemt ze allemaal)"
        }
    }
}

/// An error's words as a phrase: its own when it has them in both
/// languages, else its description, the same in both.
enum Said {
    static func error(_ error: any Error) -> any Phrase {
        if let p = error as? any Phrase { return p }
        if let d = error as? DomainError { return d.phrase }
        if let l = error as? LimitError { return l.phrase }
        return Untranslated("\(error)")
    }
}

/// What the loader finds wrong with a data directory as a whole, or with
/// how its records point at each other.
public enum LoadWords: Phrase {
    case notADataDirectory(String)
    case interruptedShardMove(legacy: String)
    case notAShardName(size: Int, example: String)
    case notAProjectFile(directory: String)
    case leftFromBeforeShards(directory: String)
    case shardsMissing(formatVersion: Int, directory: String, legacy: String)
    case projectIDNotPositive(Int)
    case projectInWrongShard(Int, low: Int, high: Int, move: String)
    case ledgerOutOfOrder(Int, before: Int)
    case unknownMember(RefersFrom, member: String)
    case entryUnknownMember(Int, member: String)
    case entryUnknownProject(Int, project: Int)
    case entryUnknownEntry(Int, entry: Int)
    case duplicateID(String, id: String, line: Int)
    case moreShardsMissing(Int)
    case lastLedgerLineIncomplete
    case lastLineIncomplete
    case notADirectory(String)
    case notAPlainFile
    case temporaryFile(owner: String, age: Age)
    case entryMissing
    case entryLink(target: String?)
    case shardMissing(recorded: Int)
    /// Ledger bytes past the last history line's `ledgerEnd`: not part of the books.
    case ledgerPastHistory(bytes: Int64, from: Int64)

    /// Where a reference to a member is.
    public enum RefersFrom: Sendable {
        case partnerShares
        case projectSource(Int), projectLead(Int), projectAllocation(Int)
        case request(Int), requestOffer(Int), requestAccepted(Int)

        var en: String {
            switch self {
            case .partnerShares: "partnerShares"
            case let .projectSource(id): "project \(id) source"
            case let .projectLead(id): "project \(id) lead"
            case let .projectAllocation(id): "project \(id) allocation"
            case let .request(id): "request \(id)"
            case let .requestOffer(id): "request \(id) offer"
            case let .requestAccepted(id): "request \(id) accepted offer"
            }
        }

        var nl: String {
            switch self {
            case .partnerShares: "partnerShares"
            case let .projectSource(v1): "de bron van project \(v1)"
            case let .projectLead(v1): "de trekker van project \(v1)"
            case let .projectAllocation(v1): "een inzet van project \(v1)"
            case let .request(v1): "hulpvraag \(v1)"
            case let .requestOffer(v1): "een aanbod op hulpvraag \(v1)"
            case let .requestAccepted(v1): "het gekozen aanbod op hulpvraag \(v1)"
            }
        }
    }

    public var en: String {
        switch self {
        case let .notADataDirectory(dir): "not found: \(dir) is not a Samen data directory (run `samen init --data \(dir)`)"
        case let .interruptedShardMove(legacy): "left by an interrupted move of the projects into shards and not read: \(legacy) holds them (format version 1); the next project save replaces it"
        case let .notAShardName(size, example): "not a shard name: projects are kept \(size) ids per file, named like \(example); move its lines into the files for their ids"
        case let .notAProjectFile(dir): "not a file of projects (they are in \(dir)/*.jsonl); ignored"
        case let .leftFromBeforeShards(dir): "left from before the projects moved into \(dir)/ and not read; the next save removes it"
        case let .shardsMissing(version, dir, legacy): "formatVersion \(version) or later keeps the projects in \(dir)/, which is missing, while \(legacy) is here; restore \(dir)/, or set formatVersion to 1 to read \(legacy)"
        case let .projectIDNotPositive(id): "project ids are whole numbers from 1, got \(id)"
        case let .projectInWrongShard(id, low, high, move): "project \(id) does not belong in this file (ids \(low)-\(high)); move the line to \(move)"
        case let .ledgerOutOfOrder(id, before): "entry id \(id) is not greater than the one before (\(before)); the ledger is append-only, in id order"
        case let .unknownMember(from, member): "\(from.en) refers to member '\(member)', who does not exist"
        case let .entryUnknownMember(id, member): "entry \(id) refers to member '\(member)', who does not exist"
        case let .entryUnknownProject(id, project): "entry \(id) refers to project \(project), which does not exist"
        case let .entryUnknownEntry(id, entry): "entry \(id) refers to entry \(entry), which does not exist before it"
        case let .duplicateID(what, id, line): "duplicate \(what) id \(id) (also on line \(line))"
        case let .moreShardsMissing(n): "\(n) more shards are missing"
        case .lastLedgerLineIncomplete: "the last line is incomplete (a save was interrupted); it is not part of the ledger and will be set aside on the next save"
        case .lastLineIncomplete: "the last line is incomplete (a save was interrupted)"
        case let .notADirectory(rel): "is not a directory; Samen keeps the projects in \(rel)/*.jsonl. Move it out of the way and restore \(rel)/"
        case .notAPlainFile: "is not a plain file; Samen only reads and writes plain files here. Move it out of the way and restore the file"
        case let .temporaryFile(who, age): "a temporary file left by an interrupted save (owner \(who), \(age.en) old); it holds nothing that was saved. The owner's next save removes it, or delete it"
        case .entryMissing: "is missing; Samen never takes a missing file to mean an empty one (its ids would be handed out again). Restore it from a backup or git, and run `samen check`; nothing was written"
        case let .entryLink(target): "is a symbolic link\(target.map { " (to \($0))" } ?? ""); Samen never reads or writes through one, since another user could point it at a file of yours. Remove it, restore the real file from a backup or git, and try again"
        case let .shardMissing(recorded): Self.entryMissing.en + " (network.json's projectShards says \(recorded) shards exist)"
        case let .ledgerPastHistory(n, from): "its last \(n) bytes (from byte \(from)) are not covered by the history: a save under way, one that was interrupted, or lines added outside Samen; they are not read, and the next save sets them aside in ledger.jsonl.torn-<time>"
        }
    }

    public var nl: String {
        switch self {
        case let .notADataDirectory(v1): "niet gevonden: \(v1) is geen datamap van Samen (maak er een met `samen init --data \(v1)`)"
        case let .interruptedShardMove(v1): "achtergebleven na een onderbroken verhuizing van de projecten naar shards en niet gelezen: \(v1) heeft ze (formaatversie 1); de volgende keer dat je een project opslaat vervangt het dit"
        case let .notAShardName(v1, v2): "geen naam van een shard: projecten staan per \(v1) id's in een bestand, met namen als \(v2); zet de regels in de bestanden voor hun id's"
        case let .notAProjectFile(v1): "geen bestand met projecten (die staan in \(v1)/*.jsonl); niet gelezen"
        case let .leftFromBeforeShards(v1): "over van voordat de projecten naar \(v1)/ verhuisden en niet gelezen; de volgende keer opslaan ruimt het op"
        case let .shardsMissing(v1, v2, v3): "formatVersion \(v1) of hoger bewaart de projecten in \(v2)/, en die ontbreekt, terwijl \(v3) er wel is; zet \(v2)/ terug, of zet formatVersion op 1 om \(v3) te lezen"
        case let .projectIDNotPositive(v1): "project-id's zijn hele getallen vanaf 1, niet \(v1)"
        case let .projectInWrongShard(v1, v2, v3, v4): "project \(v1) hoort niet in dit bestand (id's \(v2)-\(v3)); zet de regel in \(v4)"
        case let .ledgerOutOfOrder(v1, v2): "boeking-id \(v1) is niet groter dan de vorige (\(v2)); het grootboek groeit alleen aan, op volgorde van id"
        case let .unknownMember(v1, v2): "\(v1.nl) verwijst naar lid '\(v2)', en dat bestaat niet"
        case let .entryUnknownMember(v1, v2): "boeking \(v1) verwijst naar lid '\(v2)', en dat bestaat niet"
        case let .entryUnknownProject(v1, v2): "boeking \(v1) verwijst naar project \(v2), en dat bestaat niet"
        case let .entryUnknownEntry(v1, v2): "boeking \(v1) verwijst naar boeking \(v2), en die staat er niet vóór"
        case let .duplicateID(v1, v2, v3): "dubbel id \(v2) voor \(RecordName.nl(v1)) (ook op regel \(v3))"
        case let .moreShardsMissing(v1): "er ontbreken nog \(v1) shards"
        case .lastLedgerLineIncomplete: "de laatste regel is onvolledig (het opslaan werd onderbroken); hij hoort niet bij het grootboek en wordt bij de volgende keer opslaan apart gezet"
        case .lastLineIncomplete: "de laatste regel is onvolledig (het opslaan werd onderbroken)"
        case let .notADirectory(v1): "is geen map; Samen bewaart de projecten in \(v1)/*.jsonl. Zet het opzij en zet \(v1)/ terug"
        case .notAPlainFile: "is geen gewoon bestand; Samen leest en schrijft hier alleen gewone bestanden. Zet het opzij en zet het bestand terug"
        case let .temporaryFile(v1, v2): "een tijdelijk bestand van een onderbroken opslag (van \(v1), \(v2.nl) oud); er staat niets in dat bewaard is. De volgende keer dat de eigenaar opslaat verdwijnt het, of gooi het weg"
        case .entryMissing: "ontbreekt; Samen leest een ontbrekend bestand nooit als een leeg bestand (dan zouden de id's opnieuw uitgedeeld worden). Zet het terug uit een back-up of git, en draai `samen check`; er is niets geschreven"
        case let .entryLink(v1): "is een symbolische link\(v1.map { " (naar \($0))" } ?? ""); Samen leest en schrijft nooit via een link, want een ander kan hem naar een bestand van jou laten wijzen. Haal hem weg, zet het echte bestand terug uit een back-up of git, en probeer het opnieuw"
        case let .shardMissing(v1): Self.entryMissing.nl + " (volgens projectShards in network.json zijn er \(v1) shards)"
        case let .ledgerPastHistory(v1, v2): "de laatste \(v1) bytes (vanaf byte \(v2)) vallen buiten de geschiedenis: een opslag die nog bezig is, een die werd onderbroken, of regels die buiten Samen zijn toegevoegd; ze worden niet gelezen, en de volgende keer opslaan zet ze apart in een eigen bestand naast het grootboek"
        }
    }
}

/// Problems said on one line, each with its file and line, joined by "; ".
struct ProblemList: Phrase {
    let problems: [Problem]
    init(_ problems: [Problem]) { self.problems = problems }
    var en: String { problems.map { $0.text(in: .en) }.joined(separator: "; ") }
    var nl: String { problems.map { $0.text(in: .nl) }.joined(separator: "; ") }
}

extension Problem {
    /// The whole problem, file and line first, in `language`.
    func text(in language: Language) -> String { Language.$scoped.withValue(language) { description } }
}
