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
        case let .openNeedsWorkAlready(name, id): "\(name) heeft al een open vraag om werk (\(id)); sluit die eerst"
        case .hoursOnlyForNeedsWork: "uren per week horen alleen bij een vraag om werk"
        case let .deadlinePassed(day): "de deadline \(day.spoken) is al voorbij"
        case let .offersClosed(id, status): "hulpvraag \(id) is \(RequestRefusal.status(status)); aanbieden kan niet meer"
        case let .ownRequest(name): "\(name) vroeg dit zelf; je kunt geen hulp aanbieden op je eigen hulpvraag"
        case let .offeredAlready(name, id): "\(name) heeft al hulp aangeboden op hulpvraag \(id)"
        case let .acceptOnlyWhenOpen(id, status): "hulpvraag \(id) is \(RequestRefusal.status(status)); alleen op een open hulpvraag kun je een aanbod aannemen"
        case let .noOffer(member, id): "'\(member)' heeft geen hulp aangeboden op hulpvraag \(id)"
        case let .already(id, status): "hulpvraag \(id) is al \(RequestRefusal.status(status))"
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
