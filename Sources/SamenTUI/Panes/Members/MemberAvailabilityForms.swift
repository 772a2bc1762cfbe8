import SamenCore

/// When a member can work, from the directory: time off added (`o`) and
/// taken back (`O`), and the day they leave (`x`). Each form only reads
/// the dates typed; overlapping time off, a day before they joined, or
/// someone else's time off for a member who does not coordinate are the
/// domain's and the rights policy's to refuse, beside the field.
enum MemberAvailabilityForms {
    typealias Problem = MemberForm.Problem

    static func addTimeOff(_ m: Member, today: Day) -> FormState {
        FormState(title: "Time off for \(m.name)", purpose: .addTimeOff(m.id), fields: [
            .init(key: "from", label: "From", kind: .date, value: "", hint: "first day off: 21-12-2026, mon"),
            .init(key: "until", label: "Until", kind: .date, value: "", hint: "last day off: 3-1-2027, fri"),
            .init(key: "reason", label: "Reason", kind: .text, value: "", hint: "optional: holiday, course, leave"),
        ])
    }

    /// "2026-12-21 to 2027-01-03 (holiday)": how a period is offered to take back.
    static func label(_ t: TimeOff) -> String {
        "\(t.range.start.iso) to \(t.range.end.iso)" + (t.note.isEmpty ? "" : " (\(t.note))")
    }

    /// The periods to choose from, those still to come first (then the past, latest first).
    static func removeTimeOff(_ m: Member, today: Day) -> FormState {
        let periods = m.timeOff.filter { $0.range.end >= today }.sorted { $0.range.start < $1.range.start }
            + m.timeOff.filter { $0.range.end < today }.sorted { $0.range.start > $1.range.start }
        let choices = periods.map { TerminalText.sanitise(label($0)) }
        return FormState(title: "Take back time off of \(m.name)", purpose: .removeTimeOff(m.id), fields: [
            .init(key: "period", label: "Period", kind: .choice(choices), value: choices.first ?? "", hint: "←→ to choose"),
        ])
    }

    static func leaves(_ m: Member, today: Day) -> FormState {
        FormState(title: "\(m.name) leaves the network", purpose: .memberLeaves(m.id), fields: [
            .init(key: "on", label: "Leaves on", kind: .date, value: today.iso, hint: "31-12-2026; their history stays"),
        ])
    }

    /// The change a form asks for, or what is wrong with what was typed.
    static func change(from form: FormState) -> Result<Change, Problem> {
        func failure<T>(_ e: FormState.FieldError) -> Result<T, Problem> { .failure(Problem(message: e.message, field: e.field)) }
        switch form.purpose {
        case let .addTimeOff(id):
            let from: Day, until: Day
            switch form.day("from", "the first day off") { case let .failure(e): return failure(e); case let .success(d): from = d }
            switch form.day("until", "the last day off") { case let .failure(e): return failure(e); case let .success(d): until = d }
            guard let range = DateRange(from, until) else {
                return .failure(Problem(message: "the last day off (\(until)) is before the first (\(from))", field: "until"))
            }
            return .success(.addTimeOff(member: id, TimeOff(range: range, note: form.value("reason").trimmingSpacesTUI())))
        case let .removeTimeOff(id):
            guard let first = Day(iso: String(form.value("period").prefix(10))) else {
                return .failure(Problem(message: "there is no time off to take back", field: "period"))
            }
            return .success(.removeTimeOff(member: id, from: first))
        case let .memberLeaves(id):
            switch form.day("on", "the day they leave") {
            case let .failure(e): return failure(e)
            case let .success(d): return .success(.memberLeft(member: id, on: d))
            }
        default:
            return .failure(Problem(message: "internal: not an availability form \(form.purpose)", field: nil))
        }
    }
}

extension MembersPane {
    /// A member form sent with Enter: the availability forms ask before
    /// what cannot be undone (leaving, taking time off back); the edit and
    /// add forms save at once.
    func submit(_ current: FormState, _ io: inout PaneIO) {
        let state = io.context.state, today = io.context.today
        var form = current
        switch form.purpose {
        case .addTimeOff, .removeTimeOff, .memberLeaves: break
        default:
            let result = MemberForm.change(from: form, state: state, today: today)
            // A skill or city that looks like a slip is asked about first; Enter keeps it.
            if !form.confirmed, case let .success(change) = result, let q = SpellingQuestion.ask(about: change, in: state) {
                form.ask(q.text, field: q.field)
                return io.open(form)
            }
            return io.save(result, from: form)
        }
        let change: Change
        switch MemberAvailabilityForms.change(from: form) {
        case let .success(c): change = c
        case let .failure(problem):
            form.showError(problem.message, field: problem.field)
            return io.open(form)
        }
        if let refusal = io.refusing([change]) {
            form.showRefusal(refusal)
            return io.open(form)
        }
        switch change {
        case let .memberLeft(id, day):
            let who = state.member(id)?.name ?? id
            let when = day == today ? "today (\(day))" : "on \(day)"
            io.confirm(Confirmation(question: "Mark \(who) as leaving the network \(when)? Their history stays.",
                                    change: change, origin: .confirmation))
        case let .removeTimeOff(id, _):
            let who = state.member(id)?.name ?? id
            io.confirm(Confirmation(question: "Take back \(who)'s time off \(form.value("period"))? Their capacity counts those days again.",
                                    change: change, origin: .confirmation))
        default:
            io.save(.success(change), from: form)
        }
    }

    /// `o`: time off for the selected member, if the rights policy lets this person add it.
    func openTimeOff(_ io: inout PaneIO) {
        guard let m = selectedMember else { return }
        let today = io.context.today
        let probe = Change.addTimeOff(member: m.id, TimeOff(range: DateRange(start: today, weeks: 1)))
        if io.mayOpen(probe) { io.open(MemberAvailabilityForms.addTimeOff(m, today: today)) }
    }

    /// `O`: one of the selected member's periods of time off taken back.
    func openRemoveTimeOff(_ io: inout PaneIO) {
        guard let m = selectedMember else { return }
        guard !m.timeOff.isEmpty else { return io.say("\(m.name) has no time off on record") }
        if io.mayOpen(.removeTimeOff(member: m.id, from: m.timeOff[0].range.start)) {
            io.open(MemberAvailabilityForms.removeTimeOff(m, today: io.context.today))
        }
    }

    /// `x`: the day the selected member leaves, asked, then confirmed.
    func openMemberLeaves(_ io: inout PaneIO) {
        guard let m = selectedMember else { return }
        if let left = m.left { return io.say("\(m.name) already left on \(left)", .error) }
        if io.mayOpen(.memberLeft(member: m.id, on: io.context.today)) { io.open(MemberAvailabilityForms.leaves(m, today: io.context.today)) }
    }
}
