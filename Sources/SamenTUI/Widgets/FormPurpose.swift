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
    case newLedgerEntry
    case correctEntry(Int)

    /// The pane whose rules turn the form into a change.
    enum Owner { case members, capacity, help, projects, finances }

    var owner: Owner {
        switch self {
        case .addMember, .editMember: return .members
        case .capacityQuestion: return .capacity
        case .askHelp, .offerHelp, .acceptOffer, .closeRequest, .editPitch: return .help
        case .setLead, .declineProject, .staff, .hireOutside, .newProject: return .projects
        case .newLedgerEntry, .correctEntry: return .finances
        }
    }

    /// The project a project form is about (0 for a new one).
    var project: Int {
        switch self {
        case let .setLead(p, _), let .declineProject(p), let .staff(p, _), let .hireOutside(p): return p
        default: return 0
        }
    }
}
