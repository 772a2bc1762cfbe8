import SamenCore

/// Everything the dashboard shows, as a value: the data, where the person is,
/// and what is open. `update` changes it in answer to an event and returns
/// effects; `render` draws it. Nothing here touches the terminal or the disk,
/// so every screen can be tested by pressing keys on a model.
public struct AppModel {
    public internal(set) var state: NetworkState
    var capacity: CapacityIndex
    public var today: Day
    /// Who acts, as the system says; every change and every "may I?" uses it.
    public let identity: ChangeContext.Identity
    /// The name changes are made in (the member acted for, else the person).
    public let actor: String
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var pane: Pane = .members
    var members: MembersPane
    /// The capacity heat map, when open over the member directory (`c`).
    var capacityView: CapacityView?
    /// Help requests, offers and Share; built when first shown (see `switchPane`).
    var help = HelpPane()
    /// The pipeline by stage and "who could do this?" (Panes/Projects).
    var projects = ProjectsPane()
    /// The year's money: overview, ledger, statements, rates (Panes/Finances).
    var finances = FinancesPane()
    var overlay: Overlay?
    var message: StatusLine?
    /// Whether the directory verifies, for the header (`App/Verification.swift`).
    var verification = VerificationStatus()
    public internal(set) var quitting = false
    /// Whether box drawing and non-ASCII text can be shown.
    var unicode: Bool

    public init(state: NetworkState, actor: String, today: Day, width: Int, height: Int, unicode: Bool = true) {
        self.init(state: state, identity: .member(actor), today: today, width: width, height: height, unicode: unicode)
    }

    public init(state: NetworkState, identity: ChangeContext.Identity, today: Day, width: Int, height: Int, unicode: Bool = true) {
        let actor = ChangeContext(identity: identity, today: today).actor
        self.identity = identity
        self.state = state
        self.capacity = CapacityIndex(state)
        self.today = today
        self.actor = actor
        self.width = width
        self.height = height
        self.unicode = unicode
        self.members = MembersPane()
        members.rebuild(state: state, capacity: capacity, today: today)
        // The projects pane is indexed when first shown: the first frame is the directory.
    }

    /// The smallest terminal the dashboard draws in; below it a message says so.
    public static let minimumWidth = 60
    public static let minimumHeight = 15

    /// A Unicode decoration, or its ASCII stand-in when the locale is not UTF-8.
    func glyph(_ fancy: String, _ plain: String) -> String { unicode ? fancy : plain }
    var dot: String { glyph("·", "-") }

    var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// A context for a change made now, or tried on a copy to ask whether it may be.
    var changeContext: ChangeContext { ChangeContext(identity: identity, today: today) }

    /// The acting person as people know them: their name if they are a member.
    /// As the policy sees them: an administrator is named so, whatever `$SAMEN_USER` says.
    var actorLabel: String {
        guard let who = try? state.acting(changeContext) else { return actor }
        if let m = who.member { return "\(m.name) (\(who.name))" }
        return who.isAdministrator ? AppWords.administrator(who.person).text : who.person
    }

    /// New data from disk or from a saved change: derived facts are rebuilt,
    /// the selection stays on the same member.
    mutating func replaceData(_ newState: NetworkState) {
        state = newState
        verification.dataChanged()
        capacity = CapacityIndex(newState)
        members.rebuild(state: state, capacity: capacity, today: today)
        members.keepSelectionVisible(listHeight: membersListHeight)
        if var view = capacityView {
            view.rebuild(state: state, capacity: capacity, today: today, searchText: members.facts.map(\.searchText), nameRank: members.nameRank)
            view.keepSelectionVisible(listHeight: capacityListHeight)
            capacityView = view
        }
        // The other panes are rebuilt now only if on screen; otherwise when next shown
        // (indexing every project, request or ledger entry is not worth paying on every reload).
        help.stale = true
        projects.stale = true
        finances.stale = true
        refreshShownPane()
    }

    /// Brings the pane in front up to date with the data, if it fell behind.
    mutating func refreshShownPane() {
        switch pane {
        case .members: break
        case .help: refreshHelpIfStale()
        case .projects: refreshProjectsIfStale()
        case .finances: refreshFinancesIfStale()
        }
    }

    /// Shows another pane, bringing it up to date with the data first.
    mutating func switchPane(to p: Pane) {
        // A heat map opened from "who could do this?" stops pointing back
        // there once the person has gone elsewhere: Esc then leads to the directory.
        if p != pane, capacityView?.returnTo != nil { capacityView?.returnTo = nil }
        pane = p
        refreshShownPane()
    }
}

public enum Pane: Int, CaseIterable, Sendable {
    case members = 1, projects, help, finances

    var title: String {
        switch self {
        case .members: ShellWords.members.text
        case .projects: ShellWords.projects.text
        case .help: ShellWords.help.text
        case .finances: ShellWords.finances.text
        }
    }
}

/// What covers the pane: the key list, a form, a question.
enum Overlay {
    /// The key list, scrolled down by `top` rows when it is longer than the screen.
    case keys(top: Int)
    case form(FormState)
    case confirm(Confirmation)
}

/// A yes/no question before something that cannot be undone.
struct Confirmation {
    var question: String
    var change: Change
    var origin: ChangeOrigin
}

struct StatusLine: Equatable {
    enum Kind { case info, success, warning, error }
    var text: String
    var kind: Kind
}

/// What `update` asks the runner to do.
public enum Effect: Equatable {
    /// Save a change through the store; the result comes back to `applied`.
    case apply(Change, ChangeOrigin)
    case quit
    /// Redraw the whole screen (Ctrl-L).
    case redraw
    /// Work for another core; its result comes back as `Message.background`.
    case background(BackgroundJob)
}

/// Where a change came from, so its result goes back to the right place
/// (an error into the form that made it, for instance).
public enum ChangeOrigin: Equatable, Sendable {
    case memberForm
    /// A form of the help pane (ask, offer, accept, close).
    case helpForm
    /// A form of the projects pane (lead, decline, staff, hire, new assignment).
    case projectForm
    /// A form of the finances pane (a new ledger entry).
    case financeForm
    case confirmation
}
