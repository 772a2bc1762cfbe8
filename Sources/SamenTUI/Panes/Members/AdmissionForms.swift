import SamenCore

/// The steps of an application from the applicants' view: a view (`v`), a
/// note on a criterion (`c`), admitting (`a`) and not now (`d`). Each form
/// only reads what was typed; whose application it is, a criterion outside
/// the network's list, admitting twice, and who may decide are the rules'
/// and the rights policy's to refuse, beside the field.
enum AdmissionForms {
    enum Step { case view, note, admit, decline }

    static func view(_ m: Member) -> FormState {
        let stances = ApplicantView.Stance.allCases
        return FormState(title: ApplicantsWords.viewTitle(m.name).text, purpose: .viewApplicant(m.id), fields: [
            .init(key: "stance", label: ApplicantsWords.fieldStance.text, kind: .choice(stances.map(\.rawValue)), value: "for",
                  hint: ApplicantsWords.hintStance.text, names: Dictionary(uniqueKeysWithValues: stances.map { ($0.rawValue, ApplicationWords.stance($0).text) })),
            .init(key: "note", label: ApplicantsWords.fieldNote.text, kind: .paragraph, value: "", hint: ApplicantsWords.hintNote.text, answers: [.note]),
        ])
    }

    static func note(_ m: Member, network: Network) -> FormState {
        let ids = network.admissionCriteria.map(\.id)
        let names = Dictionary(network.admissionCriteria.map { ($0.id, TerminalText.sanitise($0.shown)) }, uniquingKeysWith: { a, _ in a })
        return FormState(title: ApplicantsWords.noteTitle(m.name).text, purpose: .noteCriterion(m.id), fields: [
            .init(key: "criterion", label: ApplicantsWords.fieldCriterion.text, kind: .choice(ids.map(TerminalText.sanitise)), value: ids.first.map(TerminalText.sanitise) ?? "",
                  hint: ApplicantsWords.hintCriterion.text, names: names),
            .init(key: "note", label: ApplicantsWords.fieldNote.text, kind: .paragraph, value: "", hint: ApplicantsWords.hintNote.text, answers: [.note]),
        ])
    }

    /// The role most members of the network have is offered first (member at Unit-2, associate at ST-groep).
    static func admit(_ m: Member, state: NetworkState, today: Day) -> FormState {
        let roles: [Role] = [.member, .associate, .partner]
        let usual = roles.max { a, b in state.members.filter { $0.role == a }.count < state.members.filter { $0.role == b }.count } ?? .member
        return FormState(title: ApplicantsWords.admitTitle(m.name).text, purpose: .admitApplicant(m.id), fields: [
            .init(key: "role", label: ApplicantsWords.fieldRole.text, kind: .choice(roles.map(\.rawValue)), value: usual.rawValue,
                  hint: ApplicantsWords.hintRole.text, names: Dictionary(uniqueKeysWithValues: roles.map { ($0.rawValue, MembersWords.role($0).text) })),
            .init(key: "start", label: ApplicantsWords.fieldFrom.text, kind: .date, value: today.shown, hint: ApplicantsWords.hintFrom.text),
        ])
    }

    static func decline(_ m: Member) -> FormState {
        FormState(title: ApplicantsWords.declineTitle(m.name).text, purpose: .declineApplicant(m.id), fields: [
            .init(key: "reason", label: ApplicantsWords.fieldReason.text, kind: .paragraph, value: "", hint: ApplicantsWords.hintReason.text),
        ])
    }

    /// The change a form asks for, or what is wrong with what was typed.
    static func change(from form: FormState, by me: String?, today: Day) -> Result<Change, MemberForm.Problem> {
        switch form.purpose {
        case let .viewApplicant(id):
            guard let me else { return .failure(.init(message: ApplicantsWords.notAMember.text, field: nil)) }
            let stance = ApplicantView.Stance(rawValue: form.value("stance")) ?? .question
            return .success(.viewApplicant(applicant: id, ApplicantView(by: me, stance: stance, note: form.value("note"), on: today)))
        case let .noteCriterion(id):
            guard let me else { return .failure(.init(message: ApplicantsWords.notAMember.text, field: nil)) }
            return .success(.noteCriterion(applicant: id, CriterionNote(criterion: form.value("criterion"), by: me, note: form.value("note"), on: today)))
        case let .admitApplicant(id):
            let role = Role(rawValue: form.value("role")) ?? .member
            switch form.day("start", ApplicantsWords.whatStart.text) {
            case let .failure(e): return .failure(.init(message: e.message, field: e.field))
            case let .success(d): return .success(.admitApplicant(applicant: id, role: role, from: d))
            }
        case let .declineApplicant(id):
            return .success(.declineApplicant(applicant: id, reason: form.value("reason")))
        default:
            return .failure(.init(message: "internal: not an application form \(form.purpose)", field: nil))
        }
    }
}

extension MembersPane {
    /// Opens a step's form for the selected applicant, once the policy says
    /// this person may take it (a view in their own name, a decision for those who admit).
    func openAdmissionForm(_ step: AdmissionForms.Step, _ io: inout PaneIO) {
        guard let e = applicantsView?.selected else { return }
        let state = io.context.state, today = io.context.today
        let me = (try? state.acting(io.context.changeContext))?.member?.id
        let m = e.member
        switch step {
        case .view:
            guard io.mayOpen(.viewApplicant(applicant: m.id, ApplicantView(by: me ?? "", stance: .question, on: today))) else { return }
            io.open(AdmissionForms.view(m))
        case .note:
            guard io.mayOpen(.viewApplicant(applicant: m.id, ApplicantView(by: me ?? "", stance: .question, on: today))) else { return }
            io.open(AdmissionForms.note(m, network: state.network))
        case .admit:
            guard io.mayOpen(.admitApplicant(applicant: m.id, role: .member, from: today)) else { return }
            io.open(AdmissionForms.admit(m, state: state, today: today))
        case .decline:
            guard io.mayOpen(.declineApplicant(applicant: m.id, reason: "")) else { return }
            io.open(AdmissionForms.decline(m))
        }
    }

    func submitAdmission(_ form: FormState, _ io: inout PaneIO) {
        let me = (try? io.context.state.acting(io.context.changeContext))?.member?.id
        io.save(AdmissionForms.change(from: form, by: me, today: io.context.today), from: form)
    }
}
