import SamenCore

/// Editing an assignment's details (`e`) and calling it off (`c`) from the
/// Projects pane. The edit form opens with every detail filled in; only the
/// fields changed go into the `ProjectEdit`, so the decision log names what
/// was changed and nothing else. Whether the edit or the cancel is allowed
/// (who leads it, a team booked outside a shorter period, a closed project)
/// is the domain's to say, beside the field it is about.
enum ProjectEditForm {
    typealias Problem = MemberForm.Problem

    static func edit(_ p: Project, style: MoneyStyle) -> FormState {
        FormState(title: "Edit project \(p.id): \(p.title)", purpose: .editProject(p.id), fields: [
            .init(key: "title", label: "Title", kind: .text, value: p.title),
            .init(key: "client", label: "Client", kind: .text, value: p.client),
            .init(key: "description", label: "Description", kind: .text, value: p.description, hint: "optional"),
            .init(key: "skills", label: "Skills", kind: .tags, value: p.skills.joined(separator: ", "), hint: "required, comma separated"),
            .init(key: "hours", label: "Hours", kind: .hours, value: p.estimatedHours.description, hint: "estimated hours in all"),
            .init(key: "start", label: "Start", kind: .date, value: p.period.start.iso, hint: "31-12-2026, tomorrow, mon"),
            .init(key: "weeks", label: "Weeks", kind: .number, value: String(p.weeks)),
            .init(key: "city", label: "City", kind: .text, value: p.city),
            .init(key: "budget", label: "Budget", kind: .money, value: p.budget.map { $0.format(style, symbol: false) } ?? "",
                  hint: "empty: no budget; e.g. 4800 or 4.800,00"),
            .init(key: "travel", label: "Maximum travel", kind: .number, value: p.maxTravelKm.map(String.init) ?? "",
                  hint: "km; empty: no maximum"),
        ])
    }

    static func cancel(_ p: Project) -> FormState {
        FormState(title: "Cancel project \(p.id): \(p.title)", purpose: .cancelProject(p.id), fields: [
            .init(key: "reason", label: "Reason", kind: .text, value: "", hint: "why it is called off, for the log"),
        ])
    }

    /// The change the form asks for, or what is wrong with what was typed.
    static func change(from form: FormState) -> Result<Change, Problem> {
        let id = form.purpose.project
        let value = { (key: String) in form.value(key).trimmingSpacesTUI() }
        if case .cancelProject = form.purpose {
            return .success(.moveProject(project: id, to: .cancelled, reason: nil, note: value("reason")))
        }
        func failure<T>(_ e: FormState.FieldError) -> Result<T, Problem> { .failure(Problem(message: e.message, field: e.field)) }
        var e = ProjectEdit(project: id)
        if form.changed("title") { e.title = value("title") }
        if form.changed("client") { e.client = value("client") }
        if form.changed("description") { e.description = value("description") }
        if form.changed("skills") {
            e.skills = form.tags("skills")
        }
        if form.changed("hours") {
            switch form.hours("hours", "estimated hours", in: Limits.estimatedHours) {
            case let .failure(err): return failure(err)
            case .success(nil): return .failure(Problem(message: "estimated hours: how many hours in all?", field: "hours"))
            case let .success(h?): e.estimatedHours = h
            }
        }
        if form.changed("start") {
            switch form.day("start", "the start") {
            case let .failure(err): return failure(err)
            case let .success(d): e.start = d
            }
        }
        if form.changed("weeks") {
            switch form.integer("weeks", "weeks", in: Limits.weeks, unit: "weeks") {
            case let .failure(err): return failure(err)
            case .success(nil): return .failure(Problem(message: "weeks: how many weeks does it run?", field: "weeks"))
            case let .success(w?): e.weeks = w
            }
        }
        if form.changed("city") { e.city = value("city") }
        if form.changed("budget") {
            switch form.money("budget", "budget") {
            case let .failure(error): return failure(error)
            case .success(nil): e.clearBudget = true
            case let .success(b?): e.budget = b
            }
        }
        if form.changed("travel") {
            switch form.integer("travel", "maximum travel", in: Limits.kilometres, unit: "km") {
            case let .failure(err): return failure(err)
            case .success(nil): e.clearMaxTravel = true
            case let .success(km?): e.maxTravelKm = km
            }
        }
        if e.isEmpty { return .failure(Problem(message: "nothing changed; edit a field or press Esc", field: nil)) }
        return .success(.editProject(e))
    }
}

extension ProjectsPane {
    /// `e` on the selected project: its details in a form, or the domain's
    /// refusal (a closed project, someone who does not lead it) at once.
    func openProjectEdit(_ p: Project, _ io: inout PaneIO) {
        var probe = ProjectEdit(project: p.id)
        probe.title = p.title
        guard !p.status.isClosed else { return refuse([.editProject(probe)], &io) }
        if io.mayOpen(.editProject(probe)) { io.open(ProjectEditForm.edit(p, style: io.context.state.network.moneyStyle)) }
    }

    /// `c` on the selected project: the reason asked, then a question, since it closes the project for good.
    func openProjectCancel(_ p: Project, _ io: inout PaneIO) {
        let probe = Change.moveProject(project: p.id, to: .cancelled, reason: nil, note: "-")
        guard p.status.next.contains(.cancelled) else { return refuse([probe], &io) }
        if io.mayOpen(probe) { io.open(ProjectEditForm.cancel(p)) }
    }
}
