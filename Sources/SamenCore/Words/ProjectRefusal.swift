/// Why a project change is refused: its values, its place in the pipeline
/// (incoming, proposal, active…), its lead and team.
public enum ProjectRefusal: Phrase, Equatable {
    case estimatedHoursBetween(Hours, Hours, got: Hours)
    case runsAtMost520Weeks
    case negativeBudget(String)
    case negativeTravel(Int)
    case closed(Int, ProjectStatus)
    case externalAsLead(String)
    case already(Int, ProjectStatus)
    case closedCannotMove(Int, from: ProjectStatus, to: ProjectStatus)
    case cannotGo(Int, from: ProjectStatus, to: ProjectStatus, next: [ProjectStatus])
    case proposalNeedsLead(Int)
    case declineNeedsReason(Int, allowed: String)
    case otherNeedsNote
    case startNeedsLead(Int)
    case cancelNeedsReason(Int)
    case reasonOnlyWhenDeclining
    case externalAllocated(String)
    case allocationTooSmall
    case allocationOutside(Int, DateRange, period: DateRange)
    case leavesBeforeAllocationEnds(String, leaves: Day, ends: Day)
    case notOnProject(String, Int)
    case noOptionalSkillsAlready(Int)
    case sameOptionalSkills(Int)
    case nothingToChange(Int)
    case budgetBoth, travelBoth
    case runsWeeks(got: Int)
    case teamOutsidePeriod(String, DateRange, period: DateRange)
    case sameDetails(Int)

    public var en: String {
        switch self {
        case let .estimatedHoursBetween(low, high, got): "estimated hours must be between \(low) and \(high), got \(got)"
        case .runsAtMost520Weeks: "a project may run at most 520 weeks"
        case let .negativeBudget(amount): "a budget cannot be negative, got \(amount)"
        case let .negativeTravel(km): "maximum travel cannot be negative, got \(km) km"
        case let .closed(id, status): "project \(id) is \(status.rawValue); a closed project cannot be changed"
        case let .externalAsLead(name): "\(name) is an external contact; the lead (main contractor) must be a member"
        case let .already(id, status): "project \(id) is already \(status.rawValue)"
        case let .closedCannotMove(id, from, to): "project \(id) is \(from.rawValue); a closed project cannot move to \(to.rawValue)"
        case let .cannotGo(id, from, to, next):
            "project \(id) cannot go from \(from.rawValue) to \(to.rawValue); from \(from.rawValue) it can go to \(next.map(\.rawValue).joined(separator: ", "))"
        case let .proposalNeedsLead(id): "project \(id) needs a lead (main contractor) before it becomes a proposal"
        case let .declineNeedsReason(id, allowed): "declining project \(id) needs a reason: \(allowed)"
        case .otherNeedsNote: "declining for 'other' needs a note saying why"
        case let .startNeedsLead(id): "project \(id) needs a lead before it can start"
        case let .cancelNeedsReason(id): "cancelling project \(id) needs a reason saying why"
        case .reasonOnlyWhenDeclining: "a reason only goes with declining a project"
        case let .externalAllocated(name): "\(name) is an external contact; hire them with hire-external instead"
        case .allocationTooSmall: "an allocation needs at least half an hour per week; remove it instead"
        case let .allocationOutside(id, range, period): "allocation \(range) falls outside project \(id)'s period \(period)"
        case let .leavesBeforeAllocationEnds(id, leaves, ends): "member '\(id)' leaves on \(leaves), before the allocation ends (\(ends))"
        case let .notOnProject(member, id): "member '\(member)' is not on project \(id)"
        case let .noOptionalSkillsAlready(id): "project \(id) has no optional skills already"
        case let .sameOptionalSkills(id): "project \(id) already has exactly these optional skills"
        case let .nothingToChange(id): "nothing to change for project \(id)"
        case .budgetBoth: "give a new budget or take it off, not both"
        case .travelBoth: "give a new maximum travel or take it off, not both"
        case let .runsWeeks(got): "a project runs 1 to 520 weeks, got \(got)"
        case let .teamOutsidePeriod(name, range, period):
            "\(name) is on the team for \(range), outside the new period \(period); change or take off their allocation first"
        case let .sameDetails(id): "project \(id) already has these details; nothing changed"
        }
    }

    public var nl: String {
        switch self {
        case let .estimatedHoursBetween(low, high, got): "de geschatte uren moeten tussen \(low.shown) en \(high.shown) liggen, niet \(got.shown)"
        case .runsAtMost520Weeks: "een project duurt hoogstens 520 weken"
        case let .negativeBudget(amount): "een budget kan niet negatief zijn, niet \(amount)"
        case let .negativeTravel(km): "de maximale reisafstand kan niet negatief zijn, niet \(km) km"
        case let .closed(id, status): "project \(id) is \(ProjectRefusal.status(status)); een gesloten project kan niet meer veranderen"
        case let .externalAsLead(name): "\(name) is een extern contact; de hoofdaannemer moet een lid zijn"
        case let .already(id, status): "project \(id) is al \(ProjectRefusal.status(status))"
        case let .closedCannotMove(id, from, to):
            "project \(id) is \(ProjectRefusal.status(from)); een gesloten project kan niet naar \(ProjectRefusal.status(to))"
        case let .cannotGo(id, from, to, next):
            "project \(id) kan niet van \(ProjectRefusal.status(from)) naar \(ProjectRefusal.status(to)); vanuit \(ProjectRefusal.status(from)) kan het naar \(next.map(ProjectRefusal.status).joined(separator: ", "))"
        case let .proposalNeedsLead(id): "project \(id) heeft een hoofdaannemer nodig voor het een voorstel wordt"
        case let .declineNeedsReason(id, allowed): "project \(id) afwijzen kan alleen met een reden: \(allowed)"
        case .otherNeedsNote: "afwijzen om 'other' kan alleen met een notitie waarom"
        case let .startNeedsLead(id): "project \(id) heeft een hoofdaannemer nodig voor het kan beginnen"
        case let .cancelNeedsReason(id): "project \(id) annuleren kan alleen met een reden waarom"
        case .reasonOnlyWhenDeclining: "een reden hoort alleen bij het afwijzen van een project"
        case let .externalAllocated(name): "\(name) is een extern contact; huur die in met hire-external"
        case .allocationTooSmall: "een inzet is minstens een half uur per week; haal hem anders weg"
        case let .allocationOutside(id, range, period):
            "inzet \(Spoken.nl(range)) valt buiten de looptijd van project \(id), \(Spoken.nl(period))"
        case let .leavesBeforeAllocationEnds(id, leaves, ends): "lid '\(id)' vertrekt op \(leaves.spoken), voor de inzet afloopt (\(ends.spoken))"
        case let .notOnProject(member, id): "lid '\(member)' zit niet op project \(id)"
        case let .noOptionalSkillsAlready(id): "project \(id) heeft al geen optionele vaardigheden"
        case let .sameOptionalSkills(id): "project \(id) heeft al precies deze optionele vaardigheden"
        case let .nothingToChange(id): "niets te veranderen aan project \(id)"
        case .budgetBoth: "geef een nieuw budget of haal het weg, niet allebei"
        case .travelBoth: "geef een nieuwe maximale reisafstand of haal hem weg, niet allebei"
        case let .runsWeeks(got): "een project duurt 1 tot 520 weken, niet \(got)"
        case let .teamOutsidePeriod(name, range, period):
            "\(name) zit in het team voor \(Spoken.nl(range)), buiten de nieuwe looptijd \(Spoken.nl(period)); verander of schrap eerst die inzet"
        case let .sameDetails(id): "project \(id) heeft deze gegevens al; niets veranderd"
        }
    }

    /// A project's stage as the Dutch pipeline says it.
    static func status(_ s: ProjectStatus) -> String {
        switch s {
        case .incoming: "binnengekomen"
        case .proposal: "voorstel"
        case .active: "actief"
        case .done: "afgerond"
        case .declined: "afgewezen"
        case .lost: "verloren"
        case .cancelled: "geannuleerd"
        }
    }
}
