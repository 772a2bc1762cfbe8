import SamenCore

/// The Projects pane's forms (lead, accept, decline, staff, hire outside,
/// new assignment) and how their fields become domain changes. The form
/// only reads what was typed; whether the change is allowed is the domain's
/// to say, and its message comes back beside the field it is about.
private typealias W = ProjectsWords

enum ProjectForms {

    /// The choice that stands for "no reason chosen yet": declining without
    /// one is refused by the domain, in its words.
    static var noReason: String { W.chooseReason.text }

    /// A reason as the decline form offers it, in the person's language.
    static func label(_ r: DeclineReason) -> String { W.declineReason(r).text }

    static func id(of form: FormState) -> Int { form.purpose.project }

    /// "Name (id)" choices, best candidates first (see `AppModel.leadCandidates`).
    static func lead(_ p: Project, candidates: [String], accepting: Bool) -> FormState {
        let title = (accepting ? W.acceptTitle(p.id) : .leadTitle(p.id)).text
        return FormState(title: title, purpose: .setLead(project: p.id, accepting: accepting), fields: [
            .init(key: "lead", label: W.lead.text, kind: .choice(candidates), value: candidates.first ?? "",
                  hint: W.leadHint.text),
        ])
    }

    static func decline(_ p: Project) -> FormState {
        FormState(title: W.declineTitle(p.id).text, purpose: .declineProject(p.id), fields: [
            .init(key: "reason", label: W.reason.text, kind: .choice([noReason] + DeclineReason.allCases.map(label)), value: noReason),
            .init(key: "note", label: W.note.text, kind: .text, value: "", hint: W.noteHint.text),
        ])
    }

    /// Hours a week for one member; `member` is carried in the purpose.
    static func staff(_ p: Project, member: String, name: String, hours: Hours) -> FormState {
        FormState(title: StaffingWords.staffTitle(name: name, id: p.id).text, purpose: .staff(project: p.id, member: member), fields: [
            .init(key: "hours", label: W.hoursPerWeek.text, kind: .hours, value: hours.shown, hint: W.hoursOnThisProject.text),
        ])
    }

    static func staffMember(of form: FormState) -> String {
        if case let .staff(_, member) = form.purpose { return member }
        return ""
    }

    static func hire(_ p: Project) -> FormState {
        FormState(title: W.hireTitle(p.id).text, purpose: .hireOutside(project: p.id), fields: [
            .init(key: "name", label: W.name.text, kind: .text, value: "", hint: W.nameHint.text),
            .init(key: "reason", label: W.reason.text, kind: .text, value: "", hint: W.hireReasonHint.text),
            .init(key: "hours", label: W.hoursPerWeek.text, kind: .hours, value: "", hint: W.optional.text),
        ])
    }

    static func new(today: Day, source: String?) -> FormState {
        FormState(title: W.newTitle.text, purpose: .newProject, fields: [
            .init(key: "title", label: W.title.text, kind: .text, value: ""),
            .init(key: "client", label: W.client.text, kind: .text, value: ""),
            .init(key: "source", label: W.source.text, kind: .text, value: source ?? "", hint: W.sourceHint.text),
            .init(key: "skills", label: W.skillsLabel.text, kind: .tags, value: "", hint: W.skillsHint.text),
            .init(key: "hours", label: W.hours.text, kind: .hours, value: "", hint: W.hoursHint.text),
            .init(key: "start", label: W.start.text, kind: .date, value: today.shown, hint: W.dateHint.text),
            .init(key: "weeks", label: W.weeks.text, kind: .number, value: "4"),
            .init(key: "city", label: W.city.text, kind: .text, value: ""),
            .init(key: "budget", label: W.budget.text, kind: .money, value: "", hint: W.budgetHint.text),
            .init(key: "description", label: W.description.text, kind: .text, value: "", hint: W.optional.text),
        ])
    }

    typealias Problem = MemberForm.Problem

    /// What a lead choice "Name (id)" names.
    static func memberID(inChoice choice: String) -> String? {
        guard let open = choice.lastIndex(of: "("), choice.hasSuffix(")") else { return nil }
        return String(choice[choice.index(after: open)..<choice.index(before: choice.endIndex)])
    }

    /// The changes the form asks for, in order (accepting without a lead is
    /// two: the lead, then the move, saved as one), or what is wrong with what was typed.
    static func changes(from form: FormState, today: Day) -> Result<[Change], Problem> {
        let value = { (key: String) in form.value(key).trimmingSpacesTUI() }
        let id = id(of: form)
        func number(_ key: String, _ what: String, in range: ClosedRange<Int>, unit: String) -> Result<Int?, Problem> {
            form.integer(key, what, in: range, unit: unit).mapError { Problem(message: $0.message, field: $0.field) }
        }
        func hours(_ key: String, _ what: String, in range: ClosedRange<Hours> = Limits.hoursPerWeek) -> Result<Hours?, Problem> {
            form.hours(key, what, in: range).mapError { Problem(message: $0.message, field: $0.field) }
        }
        switch form.purpose {
        case let .setLead(_, accepting):
            guard let lead = memberID(inChoice: value("lead")) else {
                return .failure(Problem(message: W.chooseALead.text, field: "lead"))
            }
            var out: [Change] = [.setLead(project: id, member: lead)]
            if accepting { out.append(.moveProject(project: id, to: .proposal, reason: nil, note: "")) }
            return .success(out)
        case .declineProject:
            let reason = DeclineReason.allCases.first { label($0) == value("reason") }
            return .success([.moveProject(project: id, to: .declined, reason: reason, note: value("note"))])
        case .staff:
            switch hours("hours", W.whatHoursAWeek.text) {
            case let .failure(problem): return .failure(problem)
            case .success(nil): return .failure(Problem(message: W.hoursHowMany.text, field: "hours"))
            case let .success(h?):
                // The period is filled in by whoever holds the project (see `staffChange`).
                return .success([.allocate(project: id, Allocation(member: staffMember(of: form), hoursPerWeek: h, range: DateRange(start: today, weeks: 1)))])
            }
        case .hireOutside:
            switch hours("hours", W.whatHoursAWeek.text) {
            case let .failure(problem): return .failure(problem)
            case let .success(h):
                return .success([.hireExternal(project: id, ExternalHire(name: value("name"), reason: value("reason"), hoursPerWeek: h))])
            }
        case .newProject:
            let estimated: Hours
            switch hours("hours", W.whatEstimated.text, in: Limits.estimatedHours) {
            case let .failure(problem): return .failure(problem)
            case .success(nil): return .failure(Problem(message: W.estimatedHowMany.text, field: "hours"))
            case let .success(h?): estimated = h
            }
            let start: Day
            switch form.day("start", W.whatStart.text) {
            case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
            case let .success(d): start = d
            }
            let weeks: Int
            switch number("weeks", W.whatWeeks.text, in: Limits.weeks, unit: W.whatWeeks.text) {
            case let .failure(problem): return .failure(problem)
            case .success(nil): return .failure(Problem(message: W.weeksHowMany.text, field: "weeks"))
            case let .success(w?): weeks = w
            }
            let end = DateRange(start: start, weeks: weeks).end
            if let p = Limits.problem(with: end) {
                return .failure(Problem(message: W.endsTooLate(weeks: weeks, from: start, problem: p).text, field: "weeks"))
            }
            let budget: Money?
            switch form.money("budget", W.whatBudget.text) {
            case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
            case let .success(b): budget = b
            }
            let skills = form.tags("skills")
            let project = Project(id: 0, title: value("title"), client: value("client"), source: value("source").isEmpty ? nil : value("source"),
                                  description: value("description"), skills: skills, city: value("city"), estimatedHours: estimated,
                                  period: DateRange(start: start, weeks: weeks), budget: budget, received: .now())
            return .success([.addProject(project)])
        case .editProject, .cancelProject:
            return ProjectEditForm.change(from: form).map { [$0] }
        case .askToJoin, .answerYes, .answerNo:
            return AskForms.change(from: form).map { [$0] }
        default:
            return .failure(Problem(message: W.unknownForm("\(form.purpose)").text, field: nil))
        }
    }
}
