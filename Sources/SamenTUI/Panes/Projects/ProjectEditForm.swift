import SamenCore

/// Editing an assignment's details (`e`) and calling it off (`c`) from the
/// Projects pane. The edit form opens with every detail filled in; only the
/// fields changed go into the `ProjectEdit`, so the decision log names what
/// was changed and nothing else. Whether the edit or the cancel is allowed
/// (who leads it, a team booked outside a shorter period, a closed project)
/// is the domain's to say, beside the field it is about.
private typealias W = ProjectsWords

enum ProjectEditForm {
    typealias Problem = MemberForm.Problem

    static func edit(_ p: Project, style: MoneyStyle) -> FormState {
        FormState(title: W.editTitle(p.id, p.title).text, purpose: .editProject(p.id), fields: [
            .init(key: "title", label: W.title.text, kind: .text, value: p.title),
            .init(key: "client", label: W.client.text, kind: .text, value: p.client),
            .init(key: "description", label: W.description.text, kind: .text, value: p.description, hint: W.optional.text),
            .init(key: "skills", label: W.skillsLabel.text, kind: .tags, value: p.skills.joined(separator: ", "), hint: W.skillsHint.text),
            .init(key: "hours", label: W.hours.text, kind: .hours, value: p.estimatedHours.shown, hint: W.hoursHint.text),
            .init(key: "start", label: W.start.text, kind: .date, value: p.period.start.shown, hint: W.dateHint.text),
            .init(key: "weeks", label: W.weeks.text, kind: .number, value: String(p.weeks)),
            .init(key: "city", label: W.city.text, kind: .text, value: p.city),
            .init(key: "budget", label: W.budget.text, kind: .money, value: p.budget.map { $0.format(style, symbol: false) } ?? "",
                  hint: W.budgetEditHint.text),
            .init(key: "travel", label: W.maxTravel.text, kind: .number, value: p.maxTravelKm.map(String.init) ?? "",
                  hint: W.maxTravelHint.text),
        ])
    }

    static func cancel(_ p: Project) -> FormState {
        FormState(title: W.cancelTitle(p.id, p.title).text, purpose: .cancelProject(p.id), fields: [
            .init(key: "reason", label: W.reason.text, kind: .text, value: "", hint: W.cancelReasonHint.text),
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
            switch form.hours("hours", W.whatEstimated.text, in: Limits.estimatedHours) {
            case let .failure(err): return failure(err)
            case .success(nil): return .failure(Problem(message: W.estimatedHowMany.text, field: "hours"))
            case let .success(h?): e.estimatedHours = h
            }
        }
        if form.changed("start") {
            switch form.day("start", W.whatStart.text) {
            case let .failure(err): return failure(err)
            case let .success(d): e.start = d
            }
        }
        if form.changed("weeks") {
            switch form.integer("weeks", W.whatWeeks.text, in: Limits.weeks, unit: W.whatWeeks.text) {
            case let .failure(err): return failure(err)
            case .success(nil): return .failure(Problem(message: W.weeksHowMany.text, field: "weeks"))
            case let .success(w?): e.weeks = w
            }
        }
        if form.changed("city") { e.city = value("city") }
        if form.changed("budget") {
            switch form.money("budget", W.whatBudget.text) {
            case let .failure(error): return failure(error)
            case .success(nil): e.clearBudget = true
            case let .success(b?): e.budget = b
            }
        }
        if form.changed("travel") {
            switch form.integer("travel", W.whatMaxTravel.text, in: Limits.kilometres, unit: "km") {
            case let .failure(err): return failure(err)
            case .success(nil): e.clearMaxTravel = true
            case let .success(km?): e.maxTravelKm = km
            }
        }
        if e.isEmpty { return .failure(Problem(message: W.nothingChanged.text, field: nil)) }
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
