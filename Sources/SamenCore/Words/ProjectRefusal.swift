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
        case let .estimatedHoursBetween(v1, v2, v3): "de geschatte uren moeten tussen \(NL.s(v1)) en \(NL.s(v2)) liggen, niet \(NL.s(v3))"
        case .runsAtMost520Weeks: "een project duurt hoogstens 520 weken"
        case let .negativeBudget(v1): "een budget kan niet negatief zijn, niet \(v1)"
        case let .negativeTravel(v1): "de maximale reisafstand kan niet negatief zijn, niet \(v1) km"
        case let .closed(v1, v2): "project \(v1) is \(NL.ps(v2)); een gesloten project kan niet meer veranderen"
        case let .externalAsLead(v1): "\(v1) is een extern contact; de hoofdaannemer moet een lid zijn"
        case let .already(v1, v2): "project \(v1) is al \(NL.ps(v2))"
        case let .closedCannotMove(v1, v2, v3):
            "project \(v1) is \(NL.ps(v2)); een gesloten project kan niet naar \(NL.ps(v3))"
        case let .cannotGo(v1, v2, v3, v4):
            "project \(v1) kan niet van \(NL.ps(v2)) naar \(NL.ps(v3)); vanuit \(NL.ps(v2)) kan het naar \(NL.ps(v4))"
        case let .proposalNeedsLead(v1): "project \(v1) heeft een hoofdaannemer nodig voor het een voorstel wordt"
        case let .declineNeedsReason(v1, v2): "project \(v1) afwijzen kan alleen met een reden: \(v2)"
        case .otherNeedsNote: "afwijzen om '\(NL.ot)' kan alleen met een notitie waarom"
        case let .startNeedsLead(v1): "project \(v1) heeft een hoofdaannemer nodig voor het kan beginnen"
        case let .cancelNeedsReason(v1): "project \(v1) annuleren kan alleen met een reden waarom"
        case .reasonOnlyWhenDeclining: "een reden hoort alleen bij het afwijzen van een project"
        case let .externalAllocated(v1): "\(v1) is een extern contact; huur die in met \(NL.hireExternal)"
        case .allocationTooSmall: "een inzet is minstens een half uur per week; haal hem anders weg"
        case let .allocationOutside(v1, v2, v3):
            "inzet \(NL.pr(v2)) valt buiten de looptijd van project \(v1), \(NL.pr(v3))"
        case let .leavesBeforeAllocationEnds(v1, v2, v3): "lid '\(v1)' vertrekt op \(NL.d(v2)), voor de inzet afloopt (\(NL.d(v3)))"
        case let .notOnProject(v1, v2): "lid '\(v1)' zit niet op project \(v2)"
        case let .noOptionalSkillsAlready(v1): "project \(v1) heeft al geen optionele vaardigheden"
        case let .sameOptionalSkills(v1): "project \(v1) heeft al precies deze optionele vaardigheden"
        case let .nothingToChange(v1): "niets te veranderen aan project \(v1)"
        case .budgetBoth: "geef een nieuw budget of haal het weg, niet allebei"
        case .travelBoth: "geef een nieuwe maximale reisafstand of haal hem weg, niet allebei"
        case let .runsWeeks(v1): "een project duurt 1 tot 520 weken, niet \(v1)"
        case let .teamOutsidePeriod(v1, v2, v3):
            "\(v1) zit in het team voor \(NL.pr(v2)), buiten de nieuwe looptijd \(NL.pr(v3)); verander of schrap eerst die inzet"
        case let .sameDetails(v1): "project \(v1) heeft deze gegevens al; niets veranderd"
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
