/// Which form is open and what it is about, as a type: the shell sends a
/// form's keys, notices, saving and refusals to the pane it belongs to by
/// this value, never by the form's title or a string prefix.
enum FormPurpose: Equatable {
    case addMember
    case editMember(String)
    /// The heat map's "who is free?" (`m`): it asks, it saves nothing.
    case capacityQuestion
    case askHelp
    case offerHelp(request: Int)
    case acceptOffer(request: Int)
    case closeRequest(request: Int)
    /// A member's Share pitch alone, from the help pane's Share list (`e`).
    case editPitch(member: String)
    /// The lead of a project; `accepting`: and then into proposal.
    case setLead(project: Int, accepting: Bool)
    case declineProject(Int)
    /// Hours a week for one member on a project's team.
    case staff(project: Int, member: String)
    case hireOutside(project: Int)
    case newProject
    /// The details of an assignment (`e` in Projects).
    case editProject(Int)
    /// Calling an assignment off, with the reason (`c` in Projects).
    case cancelProject(Int)
    /// Time off for a member: a date range and a reason (`o` in Members).
    case addTimeOff(String)
    /// Taking back one of a member's periods of time off (`O` in Members).
    case removeTimeOff(String)
    /// The day a member leaves (`x` in Members).
    case memberLeaves(String)
    /// Charging a cost on to the members who share it (`S` in the ledger).
    case shareCost(Int)
    case newLedgerEntry
    case correctEntry(Int)
    /// Asking a member whether they want to join a project (`a` in "who could do this?").
    case askToJoin(project: Int, member: String)
    /// Answering yes, or no, to a question asked (`y` / `n` in "Asked of me").
    case answerYes(project: Int, member: String)
    case answerNo(project: Int, member: String)
    /// The steps of an application (issue 16), from the applicants' view (`A` in Members).
    case viewApplicant(String)
    case noteCriterion(String)
    case admitApplicant(String)
    case declineApplicant(String)

    /// The pane whose rules turn the form into a change.
    enum Owner { case members, capacity, help, projects, finances }

    var owner: Owner {
        switch self {
        case .addMember, .editMember, .addTimeOff, .removeTimeOff, .memberLeaves: return .members
        case .capacityQuestion: return .capacity
        case .askHelp, .offerHelp, .acceptOffer, .closeRequest, .editPitch: return .help
        case .setLead, .declineProject, .staff, .hireOutside, .newProject, .editProject, .cancelProject: return .projects
        case .newLedgerEntry, .correctEntry, .shareCost: return .finances
        case .askToJoin, .answerYes, .answerNo: return .projects
        case .viewApplicant, .noteCriterion, .admitApplicant, .declineApplicant: return .members
        }
    }

    /// The project a project form is about (0 for a new one).
    var project: Int {
        switch self {
        case let .setLead(p, _), let .declineProject(p), let .staff(p, _), let .hireOutside(p), let .editProject(p), let .cancelProject(p): return p
        case let .askToJoin(p, _), let .answerYes(p, _), let .answerNo(p, _): return p
        default: return 0
        }
    }
}
