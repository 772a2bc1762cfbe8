/// Why a change to a member is refused: their id and login, hours, desks,
/// leaving, time off, declined clients and signing keys; and the network's
/// partner shares and contribution percentages, which name members.
public enum MemberRefusal: Phrase, Equatable {
    case idTaken(String, by: String)
    case desksBetween(got: Int)
    case leavesBeforeJoining(left: Day, joined: Day)
    case loginWithSpaces(String)
    case loginTaken(String, name: String, id: String)
    case loginOfAdministrator(String)
    case nothingToChange(String)
    case hoursBeforeLastChange(Day)
    case holdsShare(String)
    case alreadyLeft(String, on: Day)
    case cannotLeaveBeforeJoining(String, day: Day, joined: Day)
    case timeOffOverlaps(String, DateRange)
    case onlyPartnersShare(String, Role)
    case shareWeight(String, got: Int64)
    case sharedTwice(String)
    case contributionBetween(got: String)
    /// The periods on record, with their notes (empty when none).
    case noTimeOffFrom(String, Day, ranges: [DateRange], notes: [String])
    case emptyClient
    case declinesNoneAlready(String)
    case declinesTheseAlready(String)
    case keyRegistered(String, to: String)
    case keyRevokedBefore(String, of: String)
    case keyOfOther(String, owner: String)
    case tooManyKeys(String, Int)
    case noKey(String, String, theirs: [String])
    case keyRevokedAlready(String, String)
    /// `samen member decline --remove` for a client the member does not decline.
    case doesNotDecline(String, String, declines: [String])

    public var en: String {
        switch self {
        case let .idTaken(id, name): "member id '\(id)' is already taken by \(name)"
        case let .desksBetween(got): "desks must be between 0 and 20, got \(got)"
        case let .leavesBeforeJoining(left, joined): "a member cannot leave (\(left)) before joining (\(joined))"
        case let .loginWithSpaces(login): "login '\(login)' must be a Unix user name without spaces"
        case let .loginTaken(login, name, id): "login '\(login)' already belongs to \(name) (\(id))"
        case let .loginOfAdministrator(login): "login '\(login)' belongs to an administrator of this network and cannot be a member's"
        case let .nothingToChange(id): "nothing to change for member '\(id)'"
        case let .hoursBeforeLastChange(day): "new contracted hours must start on or after \(day), when the last change took effect"
        case let .holdsShare(id): "member '\(id)' has a share in the result; change the partner shares in network.json before changing the role"
        case let .alreadyLeft(id, day): "member '\(id)' already left on \(day)"
        case let .cannotLeaveBeforeJoining(id, day, joined): "member '\(id)' cannot leave (\(day)) before joining (\(joined))"
        case let .timeOffOverlaps(id, range): "member '\(id)' already has time off overlapping \(range)"
        case let .onlyPartnersShare(id, role): "only partners can share in the result; '\(id)' is \(role.rawValue)"
        case let .shareWeight(id, got): "partner '\(id)' needs a share weight above zero, got \(got)"
        case let .sharedTwice(id): "partner '\(id)' is listed twice in partnerShares"
        case let .contributionBetween(got): "a contribution percentage must be between 0 and 100, got \(got)"
        case let .noTimeOffFrom(name, from, ranges, notes):
            "\(name) has no time off starting \(from); "
                + (ranges.isEmpty ? "they have none on record"
                   : "theirs: " + zip(ranges, notes).map { "\($0)" + ($1.isEmpty ? "" : " (\($1))") }.joined(separator: ", "))
        case .emptyClient: "a client's name must not be empty"
        case let .declinesNoneAlready(name): "\(name) declines no clients already"
        case let .declinesTheseAlready(name): "\(name) already declines exactly these clients"
        case let .keyRegistered(fingerprint, name): "key \(fingerprint) is already registered to \(name)"
        case let .keyRevokedBefore(fingerprint, name):
            "key \(fingerprint) was \(name)'s and was revoked; a revoked key is not taken back, make a new one (ssh-keygen -t ed25519)"
        case let .keyOfOther(fingerprint, owner): "key \(fingerprint) is registered to \(owner); a key signs for one member only"
        case let .tooManyKeys(name, n): "\(name) has \(n) keys registered, the most there can be"
        case let .noKey(name, fingerprint, theirs): "\(name) has no key \(fingerprint)" + (theirs.isEmpty ? "" : "; theirs: " + theirs.joined(separator: ", "))
        case let .keyRevokedAlready(name, fingerprint): "\(name)'s key \(fingerprint) is revoked already"
        case let .doesNotDecline(name, client, list):
            "\(name) does not decline '\(client)'" + (list.isEmpty ? "; they decline no clients" : "; they decline: " + list.joined(separator: ", "))
        }
    }

    public var nl: String {
        switch self {
        case let .idTaken(v1, v2): "lid-id '\(v1)' is al van \(v2)"
        case let .desksBetween(v1): "werkplekken moet tussen 0 en 20 liggen, niet \(v1)"
        case let .leavesBeforeJoining(v1, v2): "een lid kan niet vertrekken (\(NL.d(v1))) voor het lid werd (\(NL.d(v2)))"
        case let .loginWithSpaces(v1): "login '\(v1)' moet een Unix-gebruikersnaam zonder spaties zijn"
        case let .loginTaken(v1, v2, v3): "login '\(v1)' is al van \(v2) (\(v3))"
        case let .loginOfAdministrator(v1): "login '\(v1)' is van een beheerder van dit netwerk en kan niet van een lid zijn"
        case let .nothingToChange(v1): "niets te veranderen aan lid '\(v1)'"
        case let .hoursBeforeLastChange(v1): "nieuwe contracturen moeten ingaan op of na \(NL.d(v1)), toen de laatste wijziging inging"
        case let .holdsShare(v1): "lid '\(v1)' heeft een aandeel in het resultaat; verander de partneraandelen in \(NL.networkJSON) voor je de rol verandert"
        case let .alreadyLeft(v1, v2): "lid '\(v1)' is al vertrokken op \(NL.d(v2))"
        case let .cannotLeaveBeforeJoining(v1, v2, v3): "lid '\(v1)' kan niet vertrekken (\(NL.d(v2))) voor het lid werd (\(NL.d(v3)))"
        case let .timeOffOverlaps(v1, v2): "lid '\(v1)' is al vrij in een periode die overlapt met \(NL.pr(v2))"
        case let .onlyPartnersShare(v1, v2): "alleen partners delen in het resultaat; '\(v1)' is \(NL.ro(v2))"
        case let .shareWeight(v1, v2): "partner '\(v1)' heeft een aandeel boven nul nodig, niet \(v2)"
        case let .sharedTwice(v1): "partner '\(v1)' staat twee keer in partnerShares"
        case let .contributionBetween(v1): "een afdrachtpercentage moet tussen 0 en 100 liggen, niet \(NL.dc(v1))"
        case let .noTimeOffFrom(v1, v2, v3, v4):
            "\(v1) is niet vrij vanaf \(NL.d(v2)); "
                + (v3.isEmpty ? "er staat niets op naam"
                   : "wel: " + zip(v3, v4).map { Spoken.nl($0) + ($1.isEmpty ? "" : " (\($1))") }.joined(separator: ", "))
        case .emptyClient: "de naam van een klant mag niet leeg zijn"
        case let .declinesNoneAlready(v1): "\(v1) weigert al geen enkele klant"
        case let .declinesTheseAlready(v1): "\(v1) weigert al precies deze klanten"
        case let .keyRegistered(v1, v2): "sleutel \(v1) staat al op naam van \(v2)"
        case let .keyRevokedBefore(v1, v2):
            "sleutel \(v1) was van \(v2) en is ingetrokken; een ingetrokken sleutel komt niet terug, maak een nieuwe (ssh-keygen -t ed25519)"
        case let .keyOfOther(v1, v2): "sleutel \(v1) staat op naam van \(v2); een sleutel ondertekent voor één lid"
        case let .tooManyKeys(v1, v2): "\(v1) heeft \(v2) sleutels, het maximum"
        case let .noKey(v1, v2, v3): "\(v1) heeft geen sleutel \(v2)" + (v3.isEmpty ? "" : "; wel: " + v3.joined(separator: ", "))
        case let .keyRevokedAlready(v1, v2): "sleutel \(v2) van \(v1) is al ingetrokken"
        case let .doesNotDecline(v1, v2, v3):
            "\(v1) weigert '\(v2)' niet" + (v3.isEmpty ? "; er staan geen geweigerde klanten op naam" : "; geweigerd: " + NL.ls(v3))
        }
    }
}
