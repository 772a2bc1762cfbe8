import SamenCore

/// The Finances pane's forms: a new ledger entry (`n`) and the correction
/// of one (`r`), and how their fields become a domain change. The form only
/// reads what was typed; whether the entry is allowed (who may add a cost,
/// a closed year, a member who had left) is the domain's to say, and its
/// message comes back beside the field it is about.
enum FinanceForms {

    /// The kinds a person adds; contributions come with their revenue,
    /// distributions with closing a year, corrections with `r`.
    static let kinds: [LedgerKind] = [.revenue, .cost, .income, .charge, .payment, .payout]
    static let noCategory = "-"

    /// What a member who does not keep the books may record: their own
    /// revenue and payments. Costs, other income and charges are the
    /// bookkeepers' (the domain's rule); the form does not offer them.
    static let ownKinds: [LedgerKind] = [.revenue, .payment]

    static func new(network: Network, member: String?, today: Day, keepsTheBooks: Bool = true) -> FormState {
        // Kinds as the person's language names them; `ledgerKind(_:)` reads either back.
        FormState(title: FinancesWords.newEntryTitle.text, purpose: .newLedgerEntry, fields: [
            .init(key: "kind", label: FinancesWords.kindLabel.text, kind: .choice((keepsTheBooks ? kinds : ownKinds).map { FinancesWords.kind($0).text }),
                  value: FinancesWords.kind(.revenue).text, hint: keepsTheBooks ? "" : FinancesWords.ownRevenueOrPayment.text),
            .init(key: "amount", label: FinancesWords.amount.text, kind: .money, value: "", hint: FinancesWords.amountHint.text),
            .init(key: "date", label: FinancesWords.dateLabel.text, kind: .date, value: today.shown, hint: FinancesWords.dateHint.text),
            .init(key: "member", label: FinancesWords.member.text, kind: .text, value: member ?? "", hint: FinancesWords.memberHint.text),
            .init(key: "project", label: FinancesWords.project.text, kind: .text, value: "", hint: FinancesWords.projectHint.text),
            .init(key: "category", label: FinancesWords.category.text, kind: .choice([noCategory] + network.costCategories), value: noCategory),
            .init(key: "payee", label: FinancesWords.payee.text, kind: .text, value: "", hint: FinancesWords.payeeHint.text),
            .init(key: "note", label: FinancesWords.note.text, kind: .text, value: "", hint: FinancesWords.noteHint.text),
            // After today only on purpose: a mistyped year is caught, a booking ahead is kept.
            .init(key: "planned", label: FinancesWords.plannedLabel.text, kind: .choice([FinancesWords.no.text, FinancesWords.yes.text]),
                  value: FinancesWords.no.text, hint: FinancesWords.plannedHint.text),
        ])
    }

    /// Dated on the entry it corrects, so the year it counted in is the year
    /// it is taken out of; another date is asked about first.
    static func correct(_ e: LedgerEntry, today: Day) -> FormState {
        FormState(title: FinancesWords.correctTitle(entry: e.id).text, purpose: .correctEntry(e.id), fields: [
            .init(key: "reason", label: FinancesWords.reasonLabel.text, kind: .text, value: "", hint: FinancesWords.reasonHint.text),
            .init(key: "date", label: FinancesWords.dateLabel.text, kind: .date, value: e.date.shown, hint: FinancesWords.correctDateHint.text),
        ])
    }

    typealias Problem = MemberForm.Problem

    /// The change the form asks for, or what is wrong with what was typed.
    static func change(from form: FormState) -> Result<Change, Problem> {
        let value = { (key: String) in form.value(key).trimmingSpacesTUI() }
        let date: Day
        switch form.day("date", FinancesWords.theDate.text) {
        case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
        case let .success(d): date = d
        }
        if case let .correctEntry(id) = form.purpose {
            // Unchanged, the domain dates it on the entry's own date.
            return .success(.correctLedgerEntry(entry: id, reason: value("reason"), date: form.changed("date") ? date : nil))
        }
        guard let kind = FinancesWords.ledgerKind(value("kind")) else {
            return .failure(Problem(message: FinancesWords.chooseKind(kinds.map { FinancesWords.kind($0).text }.joined(separator: ", ")).text, field: "kind"))
        }
        let amount: Money
        switch form.money("amount", FinancesWords.amountWhat.text) {
        case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
        case .success(nil): return .failure(Problem(message: FinancesWords.howMuch.text, field: "amount"))
        case let .success(m?): amount = m
        }
        let project: Int?
        switch form.integer("project", FinancesWords.projectWhat.text, in: 1...Int(Limits.ids.upperBound)) {
        case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
        case let .success(p): project = p
        }
        let category = value("category") == noCategory ? nil : value("category")
        let entry = LedgerEntry(id: 0, kind: kind, date: date, amount: amount, member: value("member").isEmpty ? nil : value("member"),
                                project: project, category: category, payee: value("payee").isEmpty ? nil : value("payee"),
                                note: value("note"), at: Timestamp(secondsSinceEpoch: 0), by: "", planned: FinancesWords.isYes(value("planned")))
        return .success(.addLedgerEntry(entry))
    }

    /// What a revenue will bring with it, shown under the fields while it is
    /// typed: the contribution at the rate in force for the member's role on
    /// the entry's date, worked out as the domain does when it saves.
    static func contributionPreview(_ form: FormState, state: NetworkState) -> String? {
        guard form.purpose == .newLedgerEntry, FinancesWords.ledgerKind(form.value("kind")) == .revenue else { return nil }
        let id = form.value("member").trimmingSpacesTUI()
        guard !id.isEmpty else { return FinancesWords.revenueNeedsMember.text }
        guard let m = state.member(id) else { return FinancesWords.noMemberContribution(id).text }
        let role = FinancesWords.role(m.role).text
        // A Dutch form shows and takes the day as 23-11-2026.
        let date = Day(iso: form.value("date").trimmingSpacesTUI())
            ?? (Language.current == .nl ? try? form.day("date", FinancesWords.theDate.text).get() : nil)
        guard let day = date else { return FinancesWords.contributionAtRoleRate(role).text }
        let rate = state.network.contributionRate(for: m.role, on: day)
        let percent = Percent.format(basisPoints: rate, state.network.moneyStyle)
        guard case let .success(amount?) = form.money("amount", FinancesWords.amountWhat.text), amount.cents > 0 else {
            return FinancesWords.contributionOfAmount(percent: percent, role: role, day: day.spoken).text
        }
        guard rate > 0 else { return FinancesWords.noContributionZero(role: role, day: day.spoken).text }
        let style = state.network.moneyStyle
        return FinancesWords.contributionPreview(amount: amount.percentage(basisPoints: rate).format(style), percent: percent, of: amount.format(style), role: role).text
    }

    /// What the network owes the partner a payout is typed for, so the amount
    /// that brings their balance to zero is in sight.
    static func payoutNotice(_ form: FormState, state: NetworkState) -> String? {
        guard form.purpose == .newLedgerEntry, FinancesWords.ledgerKind(form.value("kind")) == .payout else { return nil }
        let id = form.value("member").trimmingSpacesTUI()
        guard let m = state.member(id) else { return (id.isEmpty ? FinancesWords.payoutTypePartner : .noMember(id)).text }
        let owed = state.owedToPartner(m.id)
        guard owed.cents > 0 else { return FinancesWords.owesNothing(m.name).text }
        // Short enough for the form's line at 80 columns, names and all.
        return FinancesWords.owedTo(name: m.name, amount: owed.format(state.network.moneyStyle)).text
    }
}
