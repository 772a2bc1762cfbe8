import SamenCore

/// The Projects pane's forms (lead, accept, decline, staff, hire outside,
/// new assignment) and how their fields become domain changes. The form
/// only reads what was typed; whether the change is allowed is the domain's
/// to say, and its message comes back beside the field it is about.
enum ProjectForms {

    /// The choice that stands for "no reason chosen yet": declining without
    /// one is refused by the domain, in its words.
    static let noReason = "(choose a reason)"

    static func id(of form: FormState) -> Int { form.purpose.project }

    /// "Name (id)" choices, best candidates first (see `AppModel.leadCandidates`).
    static func lead(_ p: Project, candidates: [String], accepting: Bool) -> FormState {
        let title = accepting ? "Accept project \(p.id) into proposal: choose a lead" : "Lead (main contractor) of project \(p.id)"
        return FormState(title: title, purpose: .setLead(project: p.id, accepting: accepting), fields: [
            .init(key: "lead", label: "Lead", kind: .choice(candidates), value: candidates.first ?? "",
                  hint: "←→ or a letter; best suggestions first"),
        ])
    }

    static func decline(_ p: Project) -> FormState {
        FormState(title: "Decline project \(p.id)", purpose: .declineProject(p.id), fields: [
            .init(key: "reason", label: "Reason", kind: .choice([noReason] + DeclineReason.allCases.map(\.label)), value: noReason),
            .init(key: "note", label: "Note", kind: .text, value: "", hint: "why, in a sentence; needed for 'other'"),
        ])
    }

    /// Hours a week for one member; `member` is carried in the purpose.
    static func staff(_ p: Project, member: String, name: String, hours: Hours) -> FormState {
        FormState(title: "\(name) on project \(p.id)", purpose: .staff(project: p.id, member: member), fields: [
            .init(key: "hours", label: "Hours/week", kind: .hours, value: hours.description, hint: "hours a week on this project"),
        ])
    }

    static func staffMember(of form: FormState) -> String {
        if case let .staff(_, member) = form.purpose { return member }
        return ""
    }

    static func hire(_ p: Project) -> FormState {
        FormState(title: "Hire from outside for project \(p.id)", purpose: .hireOutside(project: p.id), fields: [
            .init(key: "name", label: "Name", kind: .text, value: "", hint: "the external contact"),
            .init(key: "reason", label: "Reason", kind: .text, value: "", hint: "why nobody inside: e.g. no 3d-animation"),
            .init(key: "hours", label: "Hours/week", kind: .hours, value: "", hint: "optional"),
        ])
    }

    static func new(today: Day, source: String?) -> FormState {
        FormState(title: "New incoming assignment", purpose: .newProject, fields: [
            .init(key: "title", label: "Title", kind: .text, value: ""),
            .init(key: "client", label: "Client", kind: .text, value: ""),
            .init(key: "source", label: "Source", kind: .text, value: source ?? "", hint: "member id who brought it; empty: the collective"),
            .init(key: "skills", label: "Skills", kind: .tags, value: "", hint: "required, comma separated"),
            .init(key: "hours", label: "Hours", kind: .hours, value: "", hint: "estimated hours in all"),
            .init(key: "start", label: "Start", kind: .date, value: today.iso, hint: "31-12-2026, tomorrow, mon"),
            .init(key: "weeks", label: "Weeks", kind: .number, value: "4"),
            .init(key: "city", label: "City", kind: .text, value: ""),
            .init(key: "budget", label: "Budget", kind: .money, value: "", hint: "optional, e.g. 4800 or 4.800,00"),
            .init(key: "description", label: "Description", kind: .text, value: "", hint: "optional"),
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
                return .failure(Problem(message: "choose a lead: nobody can lead this project", field: "lead"))
            }
            var out: [Change] = [.setLead(project: id, member: lead)]
            if accepting { out.append(.moveProject(project: id, to: .proposal, reason: nil, note: "")) }
            return .success(out)
        case .declineProject:
            let reason = DeclineReason.allCases.first { $0.label == value("reason") }
            return .success([.moveProject(project: id, to: .declined, reason: reason, note: value("note"))])
        case .staff:
            switch hours("hours", "hours a week") {
            case let .failure(problem): return .failure(problem)
            case .success(nil): return .failure(Problem(message: "hours a week: type how many (Space in the list takes someone off)", field: "hours"))
            case let .success(h?):
                // The period is filled in by whoever holds the project (see `staffChange`).
                return .success([.allocate(project: id, Allocation(member: staffMember(of: form), hoursPerWeek: h, range: DateRange(start: today, weeks: 1)))])
            }
        case .hireOutside:
            switch hours("hours", "hours a week") {
            case let .failure(problem): return .failure(problem)
            case let .success(h):
                return .success([.hireExternal(project: id, ExternalHire(name: value("name"), reason: value("reason"), hoursPerWeek: h))])
            }
        case .newProject:
            let estimated: Hours
            switch hours("hours", "estimated hours", in: Limits.estimatedHours) {
            case let .failure(problem): return .failure(problem)
            case .success(nil): return .failure(Problem(message: "estimated hours: how many hours in all?", field: "hours"))
            case let .success(h?): estimated = h
            }
            let start: Day
            switch form.day("start", "the start") {
            case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
            case let .success(d): start = d
            }
            let weeks: Int
            switch number("weeks", "weeks", in: Limits.weeks, unit: "weeks") {
            case let .failure(problem): return .failure(problem)
            case .success(nil): return .failure(Problem(message: "weeks: how many weeks does it run?", field: "weeks"))
            case let .success(w?): weeks = w
            }
            let end = DateRange(start: start, weeks: weeks).end
            if let p = Limits.problem(with: end) {
                return .failure(Problem(message: "\(weeks) weeks from \(start.iso) would end after the last day: the end \(p)", field: "weeks"))
            }
            let budget: Money?
            switch form.money("budget", "budget") {
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
        default:
            return .failure(Problem(message: "internal: unknown form \(form.purpose)", field: nil))
        }
    }
}
