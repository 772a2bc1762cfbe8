import SamenCore

/// Triage from the Projects pane: accept, decline, lead, won, lost, finish,
/// hire outside and new assignments. Every key becomes one or more of the
/// domain's changes; each is tried on a copy of the data first, so a
/// refusal is shown in the domain's words (beside the field it is about)
/// before anything is asked or written, and what cannot be undone is asked
/// about before it is saved.
extension AppModel {
    /// The triage keys that apply to a project in this stage, for the key
    /// line and `?`: only what can be done to it now.
    static func triageKeys(for status: ProjectStatus) -> [(String, String)] {
        switch status {
        case .incoming: return [("a", "accept"), ("d", "decline"), ("l", "lead"), ("t", "staff"), ("o", "hire outside")]
        case .proposal: return [("w", "won"), ("x", "lost"), ("d", "decline"), ("l", "lead"), ("t", "staff"), ("o", "hire outside")]
        case .active: return [("f", "finish"), ("l", "lead"), ("t", "staff"), ("o", "hire outside")]
        case .done, .declined, .lost, .cancelled: return []
        }
    }

    /// A triage key on the selected project. Returns nil for a key that is
    /// not a triage key.
    mutating func triageKey(_ key: Key) -> [Effect]? {
        if key == .char("n") {
            let me = state.member(actingAs: actor)?.id
            let probe = Project(id: 0, title: "-", client: "-", source: me, city: "-", estimatedHours: 1,
                                period: DateRange(start: today, weeks: 1), received: .now())
            if mayOpen(.addProject(probe)) { overlay = .form(ProjectForms.new(today: today, source: me)) }
            return []
        }
        guard case let .char(c) = key, "adlwxfoec".contains(c) else { return nil }
        guard let p = projects.selectedProject.flatMap({ state.project($0.id) }) else {
            message = StatusLine(text: "no project selected", kind: .info)
            return []
        }
        switch c {
        case "a":
            if p.lead == nil && p.status == .incoming {
                guard mayOpen(.moveProject(project: p.id, to: .proposal, reason: nil, note: "")) else { return [] }
                overlay = .form(ProjectForms.lead(p, candidates: leadCandidates(for: p), accepting: true))
                return []
            }
            return ask([.moveProject(project: p.id, to: .proposal, reason: nil, note: "")],
                       "Accept project \(p.id) (\(p.title)) into proposal, led by \(p.lead.map(name) ?? "nobody")?")
        case "l":
            guard !p.status.isClosed else { return refuse([.setLead(project: p.id, member: p.lead ?? actor)]) }
            guard mayOpen(.setLead(project: p.id, member: p.lead ?? actor)) else { return [] }
            overlay = .form(ProjectForms.lead(p, candidates: leadCandidates(for: p), accepting: false))
        case "d":
            // Incoming, and a proposal the group no longer wants (the pipeline allows both).
            guard p.status.next.contains(.declined) else { return refuse([.moveProject(project: p.id, to: .declined, reason: .other, note: "-")]) }
            guard mayOpen(.moveProject(project: p.id, to: .declined, reason: .other, note: "-")) else { return [] }
            overlay = .form(ProjectForms.decline(p))
        case "w": return ask([.moveProject(project: p.id, to: .active, reason: nil, note: "won")], "Mark project \(p.id) (\(p.title)) as won? It becomes active and its tentative hours count as allocated.")
        case "x": return ask([.moveProject(project: p.id, to: .lost, reason: nil, note: "")], "Mark project \(p.id) (\(p.title)) as lost? A lost project is closed for good.")
        case "f": return ask([.moveProject(project: p.id, to: .done, reason: nil, note: "")], "Mark project \(p.id) (\(p.title)) as finished? It moves to Done.")
        case "o":
            guard !p.status.isClosed else { return refuse([.hireExternal(project: p.id, ExternalHire(name: "-", reason: "-"))]) }
            guard mayOpen(.hireExternal(project: p.id, ExternalHire(name: "-", reason: "-"))) else { return [] }
            overlay = .form(ProjectForms.hire(p))
        case "e": return openProjectEdit(p)
        case "c": return openProjectCancel(p)
        default: return nil
        }
        return []
    }

    func name(_ id: String) -> String { state.member(id).map { "\($0.name) (\(id))" } ?? id }

    /// Who may lead, as "Name (id)": the staffing suggestions' order first
    /// (the advisor's best fits), then every other working member by name.
    /// Externals cannot lead.
    mutating func leadCandidates(for p: Project) -> [String] {
        var ids: [String] = []
        if let lead = p.lead { ids.append(lead) }
        if !p.status.isClosed {
            let report = staffingAdvisor().suggest(for: p, today: today, limit: 10)
            for s in report.suggestions + report.perSkill.flatMap(\.suggestions) where !ids.contains(s.member.id) { ids.append(s.member.id) }
        }
        let rest = state.members.records.filter { $0.role != .external && $0.isActive(on: today) && !ids.contains($0.id) }
            .sorted { $0.name < $1.name }
        let all = ids.compactMap { state.member($0) }.filter { $0.role != .external } + rest
        return all.map { TerminalText.sanitise("\($0.name) (\($0.id))") }
    }

    /// Tries `changes` one after another on a copy of the data: the domain's
    /// refusal of the first that fails, or nil when all would be saved.
    func dryRun(_ changes: [Change]) -> String? { paneIO.dryRun(changes) }

    /// Shows why the domain would refuse, without asking or writing anything.
    mutating func refuse(_ changes: [Change]) -> [Effect] {
        message = StatusLine(text: "not allowed: \(dryRun(changes) ?? "nothing to do")", kind: .error)
        return []
    }

    /// Something that cannot be undone: refused now in the domain's words, or asked first.
    mutating func ask(_ changes: [Change], _ question: String) -> [Effect] {
        if let refusal = dryRun(changes) {
            message = StatusLine(text: "not allowed: \(refusal)", kind: .error)
            return []
        }
        overlay = .confirm(Confirmation(question: question, change: Change.one(changes), origin: .confirmation))
        return []
    }

    /// A project form sent with Enter: its changes are refused beside their
    /// field, asked about, or saved.
    mutating func submitProjectForm(_ current: FormState) -> [Effect] {
        var form = current
        var changes: [Change]
        switch ProjectForms.changes(from: form, today: today) {
        case let .success(c): changes = c
        case let .failure(problem):
            form.showError(problem.message, field: problem.field)
            overlay = .form(form)
            return []
        }
        if !form.confirmed, let first = changes.first, let q = SpellingQuestion.ask(about: first, in: state) {
            form.ask(q.text, field: q.field)
            overlay = .form(form)
            return []
        }
        // Staffing is over the project's whole period (or what is left of it for work under way).
        if case let .allocate(id, a) = changes.first, let p = state.project(id) {
            changes = [.allocate(project: id, Allocation(member: a.member, hoursPerWeek: a.hoursPerWeek, range: p.period))]
        }
        if let refusal = dryRun(changes) {
            form.showError(refusal, field: ProjectForms.field(namedIn: refusal, form: form))
            overlay = .form(form)
            return []
        }
        let id = ProjectForms.id(of: form)
        let title = state.project(id)?.title ?? ""
        switch form.purpose {
        case .setLead(_, accepting: true):
            let lead = ProjectForms.memberID(inChoice: form.value("lead")).map(name) ?? ""
            return ask(changes, "Accept project \(id) (\(title)) into proposal, led by \(lead)?")
        case .declineProject:
            return ask(changes, "Decline project \(id) (\(title)) because: \(form.value("reason"))? A declined project is closed for good.")
        case .cancelProject:
            return ask(changes, "Cancel project \(id) (\(title)) because: \(form.value("reason").trimmingSpacesTUI())? A cancelled project is closed for good.")
        case .hireOutside:
            return ask(changes, "Hire \(form.value("name").trimmingSpacesTUI()) from outside for project \(id) (\(title))? The hire stays in the project's record.")
        case .staff:
            if case let .allocate(pid, a) = changes[0] {
                let over = state.overbookedWeeks(adding: a, to: pid, capacity: capacity)
                if !over.isEmpty {
                    return ask(changes, "\(name(a.member)) would be overbooked in \(over.count) \(over.count == 1 ? "week" : "weeks"): \(over.map(\.description).joined(separator: ", ")). Staff them for \(a.hoursPerWeek) h/wk anyway?")
                }
            }
            fallthrough
        default:
            return save(.success(Change.one(changes)), from: form)
        }
    }

    /// While hours are typed for a member: the weeks they would be overbooked, live.
    func staffNotice(_ form: FormState) -> String? {
        guard case .staff = form.purpose, case let .success(hours?) = form.hours("hours", "hours a week", in: Limits.hoursPerWeek), hours > 0,
              let p = state.project(ProjectForms.id(of: form)) else { return nil }
        let over = state.overbookedWeeks(adding: Allocation(member: ProjectForms.staffMember(of: form), hoursPerWeek: hours, range: p.period),
                                         to: p.id, capacity: capacity)
        guard !over.isEmpty else { return nil }
        return "Enter asks first: overbooked in \(over.map(\.description).joined(separator: ", "))"
    }
}

extension AppModel {
    /// A saved project change: the pane follows the project to its new
    /// stage, so the new line of its decision log is on screen.
    mutating func projectsApplied(_ outcome: ChangeOutcome) {
        switch outcome.applied {
        case .addProject, .editProject, .setLead, .moveProject, .hireExternal, .steps:
            guard let id = outcome.projects.first, pane == .projects else { return }
            refreshProjectsIfStale()
            if projects.filterInput.isShown, state.project(id) != nil {
                // A filter that hides the project would hide what just happened.
                projects.filter = ""
                projects.filtering = false
                projects.filterChanged()
            }
            projects.select(id: id, listHeight: projectsListHeight)
        default: return
        }
    }
}
