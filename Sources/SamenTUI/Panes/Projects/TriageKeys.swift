import SamenCore

/// Triage from the Projects pane: accept, decline, lead, won, lost, finish,
/// hire outside and new assignments. Every key becomes one or more of the
/// domain's changes; each is tried on a copy of the data first, so a
/// refusal is shown in the domain's words (beside the field it is about)
/// before anything is asked or written, and what cannot be undone is asked
/// about before it is saved.
private typealias W = ProjectsWords

extension ProjectsPane {
    /// The triage keys that apply to a project in this stage, for the key
    /// line and `?`: only what can be done to it now.
    static func triageKeys(for status: ProjectStatus) -> [(String, String)] {
        switch status {
        case .incoming: return [("a", W.accept.text), ("d", W.decline.text), ("l", W.leadKey.text), ("t", W.staff.text), ("o", W.hireOutside.text)]
        case .proposal: return [("w", W.won.text), ("x", W.lost.text), ("d", W.decline.text), ("l", W.leadKey.text), ("t", W.staff.text), ("o", W.hireOutside.text)]
        case .active: return [("f", W.finish.text), ("l", W.leadKey.text), ("t", W.staff.text), ("o", W.hireOutside.text)]
        case .done, .declined, .lost, .cancelled: return []
        }
    }

    /// A triage key on the selected project. Returns false for a key that
    /// is not a triage key.
    @discardableResult
    mutating func triageKey(_ key: Key, _ io: inout PaneIO) -> Bool {
        let state = io.context.state, today = io.context.today, actor = io.context.actor
        if key == .char("n") {
            let me = state.member(actingAs: actor)?.id
            let probe = Project(id: 0, title: "-", client: "-", source: me, city: "-", estimatedHours: 1,
                                period: DateRange(start: today, weeks: 1), received: .now())
            if io.mayOpen(.addProject(probe)) { io.open(ProjectForms.new(today: today, source: me)) }
            return true
        }
        guard case let .char(c) = key, "adlwxfoec".contains(c) else { return false }
        guard let p = selectedProject.flatMap({ state.project($0.id) }) else {
            io.say(W.noProjectSelected.text)
            return true
        }
        let name = { Self.name($0, state) }
        switch c {
        case "a":
            if p.lead == nil && p.status == .incoming {
                guard io.mayOpen(.moveProject(project: p.id, to: .proposal, reason: nil, note: "")) else { return true }
                io.open(ProjectForms.lead(p, candidates: leadCandidates(for: p, io.context), accepting: true))
                return true
            }
            ask([.moveProject(project: p.id, to: .proposal, reason: nil, note: "")],
                W.confirmAccept(id: p.id, title: p.title, lead: p.lead.map(name)).text, &io)
        case "l":
            guard !p.status.isClosed else { refuse([.setLead(project: p.id, member: p.lead ?? actor)], &io); return true }
            guard io.mayOpen(.setLead(project: p.id, member: p.lead ?? actor)) else { return true }
            io.open(ProjectForms.lead(p, candidates: leadCandidates(for: p, io.context), accepting: false))
        case "d":
            // Incoming, and a proposal the group no longer wants (the pipeline allows both).
            guard p.status.next.contains(.declined) else { refuse([.moveProject(project: p.id, to: .declined, reason: .other, note: "-")], &io); return true }
            guard io.mayOpen(.moveProject(project: p.id, to: .declined, reason: .other, note: "-")) else { return true }
            io.open(ProjectForms.decline(p))
        case "w": ask([.moveProject(project: p.id, to: .active, reason: nil, note: "won")], W.confirmWon(id: p.id, title: p.title).text, &io)
        case "x": ask([.moveProject(project: p.id, to: .lost, reason: nil, note: "")], W.confirmLost(id: p.id, title: p.title).text, &io)
        case "f": ask([.moveProject(project: p.id, to: .done, reason: nil, note: "")], W.confirmFinish(id: p.id, title: p.title).text, &io)
        case "o":
            guard !p.status.isClosed else { refuse([.hireExternal(project: p.id, ExternalHire(name: "-", reason: "-"))], &io); return true }
            guard io.mayOpen(.hireExternal(project: p.id, ExternalHire(name: "-", reason: "-"))) else { return true }
            io.open(ProjectForms.hire(p))
        case "e": openProjectEdit(p, &io)
        case "c": openProjectCancel(p, &io)
        default: return false
        }
        return true
    }

    static func name(_ id: String, _ state: NetworkState) -> String { state.member(id).map { "\($0.name) (\(id))" } ?? id }

    /// Who may lead, as "Name (id)": the staffing suggestions' order first
    /// (the advisor's best fits), then every other working member by name.
    /// Externals cannot lead.
    mutating func leadCandidates(for p: Project, _ ctx: PaneContext) -> [String] {
        let state = ctx.state, today = ctx.today
        var ids: [String] = []
        if let lead = p.lead { ids.append(lead) }
        if !p.status.isClosed {
            let report = staffingAdvisor(ctx).suggest(for: p, today: today, limit: 10)
            for s in report.suggestions + report.perSkill.flatMap(\.suggestions) where !ids.contains(s.member.id) { ids.append(s.member.id) }
        }
        let rest = state.members.records.filter { $0.role != .external && $0.isActive(on: today) && !ids.contains($0.id) }
            .sorted { $0.name < $1.name }
        let all = ids.compactMap { state.member($0) }.filter { $0.role != .external } + rest
        return all.map { TerminalText.sanitise("\($0.name) (\($0.id))") }
    }

    /// Shows why the domain would refuse, without asking or writing anything.
    func refuse(_ changes: [Change], _ io: inout PaneIO) {
        io.say(W.notAllowed(io.dryRun(changes) ?? W.nothingToDo.text).text, .error)
    }

    /// Something that cannot be undone: refused now in the domain's words, or asked first.
    func ask(_ changes: [Change], _ question: String, _ io: inout PaneIO) {
        if let refusal = io.dryRun(changes) { return io.say(W.notAllowed(refusal).text, .error) }
        io.confirm(Confirmation(question: question, change: Change.one(changes), origin: .confirmation))
    }

    /// A project form sent with Enter: its changes are refused beside their
    /// field, asked about, or saved.
    func submit(_ current: FormState, _ io: inout PaneIO) {
        let state = io.context.state
        var form = current
        var changes: [Change]
        switch ProjectForms.changes(from: form, today: io.context.today) {
        case let .success(c): changes = c
        case let .failure(problem):
            form.showError(problem.message, field: problem.field)
            return io.open(form)
        }
        if !form.confirmed, let first = changes.first, let q = SpellingQuestion.ask(about: first, in: state) {
            form.ask(q.text, field: q.field)
            return io.open(form)
        }
        // Staffing is over the project's whole period (or what is left of it for work under way).
        if case let .allocate(id, a) = changes.first, let p = state.project(id) {
            changes = [.allocate(project: id, Allocation(member: a.member, hoursPerWeek: a.hoursPerWeek, range: p.period))]
        }
        if let refusal = io.refusing(changes) {
            form.showRefusal(refusal)
            return io.open(form)
        }
        let id = ProjectForms.id(of: form)
        let title = state.project(id)?.title ?? ""
        switch form.purpose {
        case .setLead(_, accepting: true):
            let lead = ProjectForms.memberID(inChoice: form.value("lead")).map { Self.name($0, state) } ?? ""
            ask(changes, W.confirmAccept(id: id, title: title, lead: lead).text, &io)
        case .declineProject:
            ask(changes, W.confirmDecline(id: id, title: title, reason: form.value("reason")).text, &io)
        case .cancelProject:
            ask(changes, W.confirmCancel(id: id, title: title, reason: form.value("reason").trimmingSpacesTUI()).text, &io)
        case .hireOutside:
            ask(changes, W.confirmHire(name: form.value("name").trimmingSpacesTUI(), id: id, title: title).text, &io)
        case .staff:
            if case let .allocate(pid, a) = changes[0] {
                let over = state.overbookedWeeks(adding: a, to: pid, capacity: io.context.capacity)
                if !over.isEmpty {
                    return ask(changes, StaffingWords.overbookedQuestion(who: Self.name(a.member, state), weeks: over, hours: a.hoursPerWeek).text, &io)
                }
            }
            fallthrough
        default:
            io.save(.success(Change.one(changes)), from: form)
        }
    }

    /// While hours are typed for a member: the weeks they would be overbooked, live.
    static func staffNotice(_ form: FormState, _ ctx: PaneContext) -> String? {
        let state = ctx.state
        guard case .staff = form.purpose, case let .success(hours?) = form.hours("hours", W.whatHoursAWeek.text, in: Limits.hoursPerWeek), hours > 0,
              let p = state.project(ProjectForms.id(of: form)) else { return nil }
        let over = state.overbookedWeeks(adding: Allocation(member: ProjectForms.staffMember(of: form), hoursPerWeek: hours, range: p.period),
                                         to: p.id, capacity: ctx.capacity)
        guard !over.isEmpty else { return nil }
        return StaffingWords.enterAsksFirst(over).text
    }
}
