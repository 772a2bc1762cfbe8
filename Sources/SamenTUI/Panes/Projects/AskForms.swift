import SamenCore

/// The forms of asking and answering: hours and a note to ask; hours to say
/// yes; a reason and a note to say no. They read what was typed; whether the
/// answer is allowed (more hours than the project needs, not your question)
/// is the domain's to say, beside the field it is about.
enum AskForms {
    static func ask(_ p: Project, member: String, name: String, hours: Hours) -> FormState {
        FormState(title: AskWords.askTitle(name: name, id: p.id).text, purpose: .askToJoin(project: p.id, member: member), fields: [
            .init(key: "hours", label: ProjectsWords.hoursPerWeek.text, kind: .hours, value: hours.shown, hint: AskWords.askHoursHint.text),
            .init(key: "note", label: ProjectsWords.note.text, kind: .text, value: "", hint: AskWords.noteHint.text),
        ])
    }

    static func yes(_ p: Project, _ ask: JoinAsk) -> FormState {
        FormState(title: AskWords.answerYesTitle(id: p.id, title: TerminalText.sanitise(p.title)).text,
                  purpose: .answerYes(project: p.id, member: ask.member), fields: [
            .init(key: "hours", label: AskWords.hoursYouCanGive.text, kind: .hours, value: min(ask.hoursPerWeek, p.neededPerWeek).shown,
                  hint: AskWords.hoursYouCanGiveHint(asked: ask.hoursPerWeek, need: p.neededPerWeek).text),
        ])
    }

    static var noReason: String { AskWords.noReasonGiven.text }

    static func no(_ p: Project, _ ask: JoinAsk) -> FormState {
        FormState(title: AskWords.answerNoTitle(id: p.id, title: TerminalText.sanitise(p.title)).text,
                  purpose: .answerNo(project: p.id, member: ask.member), fields: [
            .init(key: "reason", label: AskWords.reason.text, kind: .choice([noReason] + JoinDeclineReason.allCases.map { JoinWords.reason($0).text }),
                  value: noReason),
            .init(key: "note", label: ProjectsWords.note.text, kind: .text, value: "", hint: AskWords.whyNotHint.text),
        ])
    }

    static func change(from form: FormState) -> Result<Change, MemberForm.Problem> {
        let note = form.value("note").trimmingSpacesTUI()
        func hours() -> Result<Hours, MemberForm.Problem> {
            switch form.hours("hours", ProjectsWords.whatHoursAWeek.text, in: Limits.hoursPerWeek) {
            case let .failure(e): return .failure(MemberForm.Problem(message: e.message, field: e.field))
            case .success(nil): return .failure(MemberForm.Problem(message: ProjectsWords.hoursHowMany.text, field: "hours"))
            case let .success(h?): return .success(h)
            }
        }
        switch form.purpose {
        case let .askToJoin(p, member):
            return hours().map { .askToJoin(project: p, members: [member], hoursPerWeek: $0, note: note) }
        case let .answerYes(p, member):
            return hours().map { .answerAsk(project: p, member: member, reply: .yes(hoursPerWeek: $0)) }
        case let .answerNo(p, member):
            let reason = JoinDeclineReason.allCases.first { JoinWords.reason($0).text == form.value("reason") }
            return .success(.answerAsk(project: p, member: member, reply: .no(reason: reason, note: note)))
        default:
            return .failure(MemberForm.Problem(message: ProjectsWords.unknownForm("\(form.purpose)").text, field: nil))
        }
    }
}
