import SamenCore

/// When a member can work, from the directory: time off added (`o`) and
/// taken back (`O`), and the day they leave (`x`). Each form only reads
/// the dates typed; overlapping time off, a day before they joined, or
/// someone else's time off for a member who does not coordinate are the
/// domain's and the rights policy's to refuse, beside the field.
enum MemberAvailabilityForms {
    typealias Problem = MemberForm.Problem

    static func addTimeOff(_ m: Member, today: Day) -> FormState {
        typealias W = MembersWords
        return FormState(title: W.timeOffFor(m.name).text, purpose: .addTimeOff(m.id), fields: [
            .init(key: "from", label: W.fieldFrom.text, kind: .date, value: "", hint: W.hintFrom.text),
            .init(key: "until", label: W.fieldUntil.text, kind: .date, value: "", hint: W.hintUntil.text),
            .init(key: "reason", label: W.fieldReason.text, kind: .text, value: "", hint: W.hintReason.text),
        ])
    }

    /// "2026-12-21 to 2027-01-03 (holiday)": how a period is shown (in Dutch
    /// "21-12-2026 t/m 03-01-2027 (vakantie)").
    static func label(_ t: TimeOff) -> String {
        MembersWords.periodLabel(from: t.range.start.shown, until: t.range.end.shown).text + (t.note.isEmpty ? "" : " (\(t.note))")
    }

    /// A period as the take-back form keeps it: its first day in ISO first,
    /// whatever the language shows (`label` is what the person sees).
    static func value(_ t: TimeOff) -> String {
        "\(t.range.start.iso) to \(t.range.end.iso)" + (t.note.isEmpty ? "" : " (\(t.note))")
    }

    /// The periods to choose from, those still to come first (then the past, latest first).
    static func removeTimeOff(_ m: Member, today: Day) -> FormState {
        let periods = m.timeOff.filter { $0.range.end >= today }.sorted { $0.range.start < $1.range.start }
            + m.timeOff.filter { $0.range.end < today }.sorted { $0.range.start > $1.range.start }
        let choices = periods.map { TerminalText.sanitise(value($0)) }
        let names = Dictionary(periods.map { (TerminalText.sanitise(value($0)), TerminalText.sanitise(label($0))) }, uniquingKeysWith: { a, _ in a })
        return FormState(title: MembersWords.takeBackTimeOff(m.name).text, purpose: .removeTimeOff(m.id), fields: [
            .init(key: "period", label: MembersWords.fieldPeriod.text, kind: .choice(choices), value: choices.first ?? "",
                  hint: MembersWords.hintPeriod.text, names: names),
        ])
    }

    static func leaves(_ m: Member, today: Day) -> FormState {
        FormState(title: MembersWords.leavesNetwork(m.name).text, purpose: .memberLeaves(m.id), fields: [
            .init(key: "on", label: MembersWords.fieldLeavesOn.text, kind: .date, value: today.shown, hint: MembersWords.hintLeavesOn.text),
        ])
    }

    /// The change a form asks for, or what is wrong with what was typed.
    static func change(from form: FormState) -> Result<Change, Problem> {
        func failure<T>(_ e: FormState.FieldError) -> Result<T, Problem> { .failure(Problem(message: e.message, field: e.field)) }
        switch form.purpose {
        case let .addTimeOff(id):
            let from: Day, until: Day
            switch form.day("from", MembersWords.whatFirstDayOff.text) { case let .failure(e): return failure(e); case let .success(d): from = d }
            switch form.day("until", MembersWords.whatLastDayOff.text) { case let .failure(e): return failure(e); case let .success(d): until = d }
            guard let range = DateRange(from, until) else {
                return .failure(Problem(message: MembersWords.lastBeforeFirst(until: until.shown, from: from.shown).text, field: "until"))
            }
            return .success(.addTimeOff(member: id, TimeOff(range: range, note: form.value("reason").trimmingSpacesTUI())))
        case let .removeTimeOff(id):
            guard let first = Day(iso: String(form.value("period").prefix(10))) else {
                return .failure(Problem(message: MembersWords.noTimeOffToTakeBack.text, field: "period"))
            }
            return .success(.removeTimeOff(member: id, from: first))
        case let .memberLeaves(id):
            switch form.day("on", MembersWords.whatLeaveDay.text) {
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
        case .viewApplicant, .noteCriterion, .admitApplicant, .declineApplicant: return submitAdmission(form, &io)
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
            let when = day == today ? MembersWords.todayOn(day.spoken).text : MembersWords.onDay(day.spoken).text
            io.confirm(Confirmation(question: MembersWords.confirmLeaving(who: who, when: when).text,
                                    change: change, origin: .confirmation))
        case let .removeTimeOff(id, _):
            let who = state.member(id)?.name ?? id
            let period = form.fields.first { $0.key == "period" }.map { $0.shown($0.value) } ?? form.value("period")
            io.confirm(Confirmation(question: MembersWords.confirmTakeBack(who: who, period: period).text,
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
        guard !m.timeOff.isEmpty else { return io.say(MembersWords.noTimeOff(m.name).text) }
        if io.mayOpen(.removeTimeOff(member: m.id, from: m.timeOff[0].range.start)) {
            io.open(MemberAvailabilityForms.removeTimeOff(m, today: io.context.today))
        }
    }

    /// `x`: the day the selected member leaves, asked, then confirmed.
    func openMemberLeaves(_ io: inout PaneIO) {
        guard let m = selectedMember else { return }
        if let left = m.left { return io.say(MembersWords.alreadyLeft(name: m.name, day: left.spoken).text, .error) }
        if io.mayOpen(.memberLeft(member: m.id, on: io.context.today)) { io.open(MemberAvailabilityForms.leaves(m, today: io.context.today)) }
    }
}
