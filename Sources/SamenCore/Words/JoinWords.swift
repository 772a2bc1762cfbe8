/// Why asking someone to join, or answering, is refused.
public enum JoinRefusal: Phrase, Equatable {
    case nobodyToAsk
    case askHoursAboveZero
    case externalAsked(String)
    case alreadyOnTeam(String, project: Int)
    case alreadyAsked(String, project: Int, on: Day)
    case notAsked(String, project: Int)
    case alreadyAnswered(String, project: Int, yes: Bool)
    case yesHoursAboveZero
    case moreThanNeeded(Hours, need: Hours, project: Int, estimate: Hours)

    public var en: String {
        switch self {
        case .nobodyToAsk: "name at least one member to ask"
        case .askHoursAboveZero: "ask for more than 0 hours a week"
        case let .externalAsked(name): "\(name) is an external contact; only members are asked to join (hire from outside instead)"
        case let .alreadyOnTeam(name, id): "\(name) is already on the team of project \(id)"
        case let .alreadyAsked(name, id, day): "\(name) was already asked to join project \(id) on \(day) and has not answered yet"
        case let .notAsked(name, id): "nobody asked \(name) to join project \(id); only a question asked of you can be answered"
        case let .alreadyAnswered(name, id, yes): "\(name) already answered \(yes ? "yes" : "no") to project \(id)"
        case .yesHoursAboveZero: "a yes gives more than 0 hours a week; with no time, answer no"
        case let .moreThanNeeded(h, need, id, estimate):
            "project \(id) needs about \(need) hours a week (\(estimate) hours over its period); a yes for \(h) is more than it needs"
        }
    }

    public var nl: String {
        switch self {
        case .nobodyToAsk: "noem minstens één lid om te vragen"
        case .askHoursAboveZero: "vraag om meer dan 0 uur per week"
        case let .externalAsked(name): "\(name) is een externe contactpersoon; alleen leden worden gevraagd (huur extern in)"
        case let .alreadyOnTeam(name, id): "\(name) zit al in het team van project \(id)"
        case let .alreadyAsked(name, id, day): "\(name) is op \(day.spoken) al gevraagd voor project \(id) en heeft nog niet geantwoord"
        case let .notAsked(name, id): "niemand heeft \(name) gevraagd voor project \(id); je kunt alleen een vraag aan jou beantwoorden"
        case let .alreadyAnswered(name, id, yes): "\(name) heeft al \(yes ? "ja" : "nee") gezegd tegen project \(id)"
        case .yesHoursAboveZero: "een ja geeft meer dan 0 uur per week; heb je geen tijd, zeg dan nee"
        case let .moreThanNeeded(h, need, id, estimate):
            "project \(id) vraagt zo'n \(need.shown) uur per week (\(estimate.shown) uur over de looptijd); een ja voor \(h.shown) is meer dan nodig"
        }
    }
}

/// The words of asking and answering that SamenCore itself says: the
/// reasons for a no, and a question's state ("open, 2 days", "yes, 8 h/wk").
public enum JoinWords: Phrase, Equatable {
    case noTime, notMyKind, notThisClient, other
    case open(days: Int)
    case yes(Hours)
    case no(JoinDeclineReason?)

    public static func reason(_ r: JoinDeclineReason) -> JoinWords {
        switch r {
        case .noTime: .noTime
        case .notMyKind: .notMyKind
        case .notThisClient: .notThisClient
        case .other: .other
        }
    }

    /// The state of `ask` as of `today`.
    public static func state(_ ask: JoinAsk, today: Day) -> JoinWords {
        switch ask.answer {
        case nil: .open(days: ask.ageInDays(on: today))
        case let .yes(h, _)?: .yes(h)
        case let .no(reason, _, _)?: .no(reason)
        }
    }

    public var en: String {
        switch self {
        case .noTime: "no time"
        case .notMyKind: "not my kind of work"
        case .notThisClient: "not this client"
        case .other: "other"
        case let .open(days): days == 0 ? "asked today" : days == 1 ? "asked 1 day ago" : "asked \(days) days ago"
        case let .yes(h): "yes, \(h) h/wk"
        case let .no(r): "no" + (r.map { ": " + JoinWords.reason($0).en } ?? "")
        }
    }

    public var nl: String {
        switch self {
        case .noTime: "geen tijd"
        case .notMyKind: "niet mijn soort werk"
        case .notThisClient: "niet deze klant"
        case .other: "anders"
        case let .open(days): days == 0 ? "vandaag gevraagd" : days == 1 ? "1 dag geleden gevraagd" : "\(days) dagen geleden gevraagd"
        case let .yes(h): "ja, \(h.shown) u/wk"
        case let .no(r): "nee" + (r.map { ": " + JoinWords.reason($0).nl } ?? "")
        }
    }
}
