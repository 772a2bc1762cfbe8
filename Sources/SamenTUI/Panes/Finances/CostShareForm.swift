import SamenCore

/// `S` on a cost in the ledger: charging it on to the members who share it,
/// by the desks each uses on the cost's date or equally, as
/// `samen ledger share-cost` does. The members are filled in with those who
/// have a desk that day; the domain splits the cost to the cent and refuses
/// a cost shared twice, a closed year or a member who had left.
enum CostShareForm {
    typealias Problem = MemberForm.Problem
    static var byDesks: String { FinancesWords.byDesks.text }
    static var equally: String { FinancesWords.equally.text }
    /// Whether the split chosen is "equally", in either language.
    static func isEqually(_ shown: String) -> Bool { shown == FinancesWords.equally.en || shown == FinancesWords.equally.nl }

    /// Who has a desk on the day of the cost: the usual sharers of rent.
    static func deskHolders(on day: Day, state: NetworkState) -> [Member] {
        state.members.records.filter { $0.isActive(on: day) && $0.desks > 0 }
    }

    static func form(_ cost: LedgerEntry, state: NetworkState) -> FormState {
        let style = state.network.moneyStyle
        let ids = deskHolders(on: cost.date, state: state).map(\.id)
        return FormState(title: FinancesWords.shareTitle(entry: cost.id, amount: cost.amount.format(style),
                                                         category: cost.category ?? FinancesWords.kind(.cost).text, day: cost.date.shown).text,
                         purpose: .shareCost(cost.id), fields: [
            .init(key: "how", label: FinancesWords.splitLabel.text, kind: .choice([byDesks, equally]), value: ids.isEmpty ? equally : byDesks,
                  hint: FinancesWords.splitHint.text),
            .init(key: "members", label: FinancesWords.membersLabel.text, kind: .tags, value: ids.joined(separator: ", "),
                  hint: FinancesWords.membersHint.text),
            .init(key: "note", label: FinancesWords.note.text, kind: .text, value: "", hint: FinancesWords.shareNoteHint.text),
        ])
    }

    static func members(_ form: FormState) -> [String] {
        form.tags("members")
    }

    /// The share the form asks for, or what is wrong with what was typed.
    static func change(from form: FormState, state: NetworkState) -> Result<Change, Problem> {
        guard case let .shareCost(id) = form.purpose, let cost = state.ledgerEntry(id) else {
            return .failure(Problem(message: FinancesWords.notACostToShare.text, field: nil))
        }
        let names = members(form)
        guard !names.isEmpty else { return .failure(Problem(message: FinancesWords.nameMembers(entry: id).text, field: "members")) }
        let note = form.value("note").trimmingSpacesTUI()
        if isEqually(form.value("how")) { return .success(.shareCost(.equally(cost: id, members: names, note: note))) }
        var parts: [CostShare.Part] = []
        for name in names {
            // An unknown id is the domain's to name; a member without a desk is the form's.
            guard let m = state.member(name) else { parts.append(.init(member: name, weight: 1)); continue }
            guard m.isActive(on: cost.date), m.desks > 0 else {
                return .failure(Problem(message: FinancesWords.noDesk(name: m.name, day: cost.date.spoken).text,
                                        field: "members"))
            }
            parts.append(.init(member: m.id, weight: Int64(m.desks)))
        }
        return .success(.shareCost(CostShare(cost: id, parts: parts, note: note, unit: "desks")))
    }

    /// What each member would be charged, live while the members are typed.
    static func preview(_ form: FormState, state: NetworkState) -> String? {
        guard case let .shareCost(id) = form.purpose, let cost = state.ledgerEntry(id),
              case let .success(.shareCost(share)) = change(from: form, state: state),
              share.parts.allSatisfy({ state.member($0.member) != nil }),
              let amounts = try? cost.amount.split(weights: share.parts.map(\.weight)) else { return nil }
        let style = state.network.moneyStyle
        let each = zip(share.parts, amounts).map { "\(state.member($0.member)?.name ?? $0.member) \($1.format(style))" }
        let all = FinancesWords.charges(each.joined(separator: ", ")).text
        // Rent among thirty desks does not fit a line: how many, and the range.
        guard DisplayWidth.of(all) > 70, let low = amounts.min(), let high = amounts.max() else { return all }
        return (low == high ? FinancesWords.chargesEach(count: amounts.count, amount: low.format(style))
                : .chargesRange(count: amounts.count, low: low.format(style), high: high.format(style))).text
    }
}

extension FinancesPane {
    /// `S`: the selected cost shared among members, or why it cannot be at once.
    func openCostShare(_ io: inout PaneIO) {
        let state = io.context.state
        guard let e = selectedEntry else { return io.say(FinancesWords.noEntrySelected.text) }
        guard e.kind == .cost else {
            return io.say(FinancesWords.notACost(entry: e.id, kind: FinancesWords.kind(e.kind).text).text, .error)
        }
        // Rights, a cost shared already or corrected: refused before anything is typed.
        let probe = Change.shareCost(.equally(cost: e.id, members: CostShareForm.deskHolders(on: e.date, state: state).map(\.id)))
        guard io.mayOpen(probe) else { return }
        // Refused for the cost itself (shared already, corrected, in a closed
        // year): said at once. Refused for who shares it: the form is where that is chosen.
        if let refusal = io.refusing([probe]), (refusal as? DomainError)?.field != .members {
            return io.say(FinancesWords.notAllowed("\(refusal)").text, .error)
        }
        var form = CostShareForm.form(e, state: state)
        form.notice = CostShareForm.preview(form, state: state)
        io.open(form)
    }
}
