import SamenCore

/// Every form's keys go through here: the form edits itself, its pane adds
/// a live note while typing, and Enter hands it to the pane it belongs to
/// (by `FormPurpose`, never by its title). Saving, and showing a refusal
/// beside its field, are written once.
extension AppModel {
    mutating func formKey(_ current: FormState, _ key: Key) -> [Effect] {
        var form = current
        switch form.key(key, screenWidth: width) {
        case .editing:
            form.notice = formNotice(form)
            overlay = .form(form)
            return []
        case .cancelled:
            overlay = nil
            message = StatusLine(text: form.purpose == .capacityQuestion ? CapacityWords.cancelledQuestion.text : AppWords.cancelledNothingSaved.text,
                                 kind: .info)
            return []
        case .submitted:
            switch form.purpose.owner {
            case .members: return submitMemberForm(form)
            case .capacity: return submitCapacityQuestion(form)
            case .help: return submitHelpForm(form)
            case .projects: return submitProjectForm(form)
            case .finances: return submitFinanceForm(form)
            }
        }
    }

    /// What is worth knowing while a form is typed, without stopping it: a
    /// topic like one in use, the weeks someone would be overbooked, the
    /// contribution a revenue brings.
    func formNotice(_ form: FormState) -> String? {
        switch form.purpose.owner {
        case .help: return HelpForms.notice(for: form, vocabulary: help.vocabulary)
        case .projects: return ProjectsPane.staffNotice(form, context)
        case .finances:
            if case .shareCost = form.purpose { return CostShareForm.preview(form, state: state) }
            return FinanceForms.contributionPreview(form, state: state) ?? FinanceForms.payoutNotice(form, state: state)
        case .members, .capacity: return form.notice
        }
    }

    /// Saves the form's change, or shows what is wrong beside its field (see `PaneIO.save`).
    mutating func save(_ result: Result<Change, MemberForm.Problem>, from current: FormState) -> [Effect] {
        var io = paneIO
        io.save(result, from: current)
        return perform(io)
    }
}

extension ChangeOrigin {
    /// Where a form's change came from, so its result goes back into the form.
    init(_ owner: FormPurpose.Owner) {
        switch owner {
        case .members, .capacity: self = .memberForm
        case .help: self = .helpForm
        case .projects: self = .projectForm
        case .finances: self = .financeForm
        }
    }

    /// A form's change: a refusal goes back beside its field, a save closes the form.
    var isForm: Bool { self != .confirmation }
}
