/// Why a record, read from a file or written by a change, holds a value out
/// of range: which field (its name in the file, the same in both languages)
/// and why, inside which part of the record.
public indirect enum RangeRefusal: Phrase, Equatable {
    case field(String, LimitRefusal)
    case hours(String, Hours, Hours, got: Hours)
    case money(String, most: String, got: String)
    case items(String, Int, most: Int)
    case tooManyHours(Int, timeOff: Int)
    case tooManyKeys(Int, most: Int)
    case tooManyAllocations(Int, hires: Int)
    case tooManyOffers(Int, most: Int)
    case of(Part, RangeRefusal)

    /// The part of a record a field is in.
    public enum Part: Sendable, Equatable {
        case theMembers, theTimeOffs, theProjects, theAllocations, theExternalHires, theRequests, theEntrys, theNetworks
        case contractedHours, timeOff, allocation, externalHire, decision, offer, contributionRate, rateCardEntry
        case ask
        case product
    }

    public var en: String {
        switch self {
        case let .field(field, p): "field '\(field)' \(p.en)"
        case let .hours(field, low, high, got): "field '\(field)' must be between \(low) and \(high) hours, got \(got) hours"
        case let .money(field, most, got): "field '\(field)' must be at most \(most) either way, got \(got)"
        case let .items(field, n, most): "field '\(field)' has \(n) items, at most \(most)"
        case let .tooManyHours(n, timeOff): "has \(n) contracted hours and \(timeOff) periods of time off; too many to be real"
        case let .tooManyKeys(n, most): "has \(n) keys; at most \(most) can be registered"
        case let .tooManyAllocations(n, hires): "has \(n) allocations and \(hires) external hires; too many to be real"
        case let .tooManyOffers(n, most): "has \(n) offers, at most \(most)"
        case let .of(part, p): "\(RangeRefusal.partWords(part)) \(p.en)"
        }
    }

    public var nl: String {
        switch self {
        case let .field(v1, v2): "veld '\(v1)' \(v2.nl)"
        case let .hours(v1, v2, v3, v4): "veld '\(v1)' moet tussen \(NL.s(v2)) en \(NL.s(v3)) uur liggen, niet \(NL.s(v4)) uur"
        case let .money(v1, v2, v3): "veld '\(v1)' mag hoogstens \(v2) zijn, positief of negatief, niet \(v3)"
        case let .items(v1, v2, v3): "veld '\(v1)' heeft \(v2) items, hoogstens \(v3)"
        case let .tooManyHours(v1, v2): "heeft \(v1) keer contracturen en \(v2) periodes vrij; te veel om echt te zijn"
        case let .tooManyKeys(v1, v2): "heeft \(v1) sleutels; er kunnen er hoogstens \(v2) geregistreerd zijn"
        case let .tooManyAllocations(v1, v2): "heeft \(v1) inzetten en \(v2) externe inhuren; te veel om echt te zijn"
        case let .tooManyOffers(v1, v2): "heeft \(v1) aanbiedingen, hoogstens \(v2)"
        case let .of(v1, v2): "\(RangeRefusal.deel(v1)): \(v2.nl)"
        }
    }

    static func partWords(_ part: Part) -> String {
        switch part {
        case .theMembers: "the member's"
        case .theTimeOffs: "the time off's"
        case .theProjects: "the project's"
        case .theAllocations: "the allocation's"
        case .theExternalHires: "the external hire's"
        case .theRequests: "the request's"
        case .theEntrys: "the entry's"
        case .theNetworks: "the network's"
        case .contractedHours: "contracted hours"
        case .timeOff: "time off"
        case .allocation: "allocation"
        case .externalHire: "external hire"
        case .decision: "decision"
        case .offer: "offer"
        case .contributionRate: "contribution rate"
        case .rateCardEntry: "rate card entry"
        case .ask: "question to join"
        case .product: "product"
        }
    }

    /// The part in Dutch, in front of what is wrong with it.
    static func deel(_ part: Part) -> String {
        switch part {
        case .theMembers: "het lid"
        case .theTimeOffs: "het verlof"
        case .theProjects: "het project"
        case .theAllocations: "de inzet"
        case .theExternalHires: "de externe inhuur"
        case .theRequests: "de hulpvraag"
        case .theEntrys: "de boeking"
        case .theNetworks: "het netwerk"
        case .contractedHours: "contracturen"
        case .timeOff: "verlof"
        case .allocation: "inzet"
        case .externalHire: "externe inhuur"
        case .decision: "beslissing"
        case .offer: "aanbod"
        case .contributionRate: "afdrachtpercentage"
        case .rateCardEntry: "tarief"
        case .ask: "vraag om mee te doen"
        case .product: "product"
        }
    }
}
