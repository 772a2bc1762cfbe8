/// Why a help request, an offer on one, or closing one is refused.
public enum RequestRefusal: Phrase, Equatable {
    case needsWorkNeedsHours
    case openNeedsWorkAlready(String, Int)
    case hoursOnlyForNeedsWork
    case deadlinePassed(Day)
    case offersClosed(Int, RequestStatus)
    case ownRequest(String)
    case offeredAlready(String, Int)
    case acceptOnlyWhenOpen(Int, RequestStatus)
    case noOffer(String, Int)
    case already(Int, RequestStatus)

    public var en: String {
        switch self {
        case .needsWorkNeedsHours: "a 'needs work' request needs the hours a week you would like to fill"
        case let .openNeedsWorkAlready(name, id): "\(name) already has an open 'needs work' request (\(id)); close it first"
        case .hoursOnlyForNeedsWork: "hours a week only go with a 'needs work' request"
        case let .deadlinePassed(day): "the deadline \(day) has already passed"
        case let .offersClosed(id, status): "request \(id) is \(status.rawValue); offers are closed"
        case let .ownRequest(name): "\(name) asked this; you cannot offer help on your own request"
        case let .offeredAlready(name, id): "\(name) already offered help on request \(id)"
        case let .acceptOnlyWhenOpen(id, status): "request \(id) is \(status.rawValue); only an open request can accept an offer"
        case let .noOffer(member, id): "'\(member)' has not offered help on request \(id)"
        case let .already(id, status): "request \(id) is already \(status.rawValue)"
        }
    }

    public var nl: String {
        switch self {
        case .needsWorkNeedsHours: "een vraag om werk heeft de uren per week nodig die je wilt vullen"
        case let .openNeedsWorkAlready(v1, v2): "\(v1) heeft al een open vraag om werk (\(v2)); sluit die eerst"
        case .hoursOnlyForNeedsWork: "uren per week horen alleen bij een vraag om werk"
        case let .deadlinePassed(v1): "de deadline \(NL.d(v1)) is al voorbij"
        case let .offersClosed(v1, v2): "hulpvraag \(v1) is \(NL.rs(v2)); aanbieden kan niet meer"
        case let .ownRequest(v1): "\(v1) vroeg dit zelf; je kunt geen hulp aanbieden op je eigen hulpvraag"
        case let .offeredAlready(v1, v2): "\(v1) heeft al hulp aangeboden op hulpvraag \(v2)"
        case let .acceptOnlyWhenOpen(v1, v2): "hulpvraag \(v1) is \(NL.rs(v2)); alleen op een open hulpvraag kun je een aanbod aannemen"
        case let .noOffer(v1, v2): "'\(v1)' heeft geen hulp aangeboden op hulpvraag \(v2)"
        case let .already(v1, v2): "hulpvraag \(v1) is al \(NL.rs(v2))"
        }
    }

    /// A request's state as Dutch says it.
    static func status(_ s: RequestStatus) -> String {
        switch s {
        case .open: "open"
        case .matched: "gekoppeld"
        case .closed: "gesloten"
        case .withdrawn: "ingetrokken"
        }
    }
}
