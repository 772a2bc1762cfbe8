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
        FormState(title: "New ledger entry", purpose: .newLedgerEntry, fields: [
            .init(key: "kind", label: "Kind", kind: .choice((keepsTheBooks ? kinds : ownKinds).map(\.rawValue)), value: LedgerKind.revenue.rawValue,
                  hint: keepsTheBooks ? "" : "your own revenue or payment"),
            .init(key: "amount", label: "Amount", kind: .money, value: "", hint: "e.g. 1.234,56 or 1234.56"),
            .init(key: "date", label: "Date", kind: .date, value: today.iso, hint: "31-12-2026, today, fri"),
            .init(key: "member", label: "Member", kind: .text, value: member ?? "", hint: "member id; revenue, charge, payment, payout"),
            .init(key: "project", label: "Project", kind: .text, value: "", hint: "project id, optional"),
            .init(key: "category", label: "Category", kind: .choice([noCategory] + network.costCategories), value: noCategory),
            .init(key: "payee", label: "Payee", kind: .text, value: "", hint: "who is paid, for a cost"),
            .init(key: "note", label: "Note", kind: .text, value: "", hint: "what it is for"),
            // After today only on purpose: a mistyped year is caught, a booking ahead is kept.
            .init(key: "planned", label: "Planned", kind: .choice(["no", "yes"]), value: "no", hint: "yes: booked ahead, dated after today"),
        ])
    }

    /// Dated on the entry it corrects, so the year it counted in is the year
    /// it is taken out of; another date is asked about first.
    static func correct(_ e: LedgerEntry, today: Day) -> FormState {
        FormState(title: "Correct entry \(e.id)", purpose: .correctEntry(e.id), fields: [
            .init(key: "reason", label: "Reason", kind: .text, value: "", hint: "why it is reversed: e.g. booked twice"),
            .init(key: "date", label: "Date", kind: .date, value: e.date.iso, hint: "the entry's date; another moves the money to it"),
        ])
    }

    typealias Problem = MemberForm.Problem

    /// The change the form asks for, or what is wrong with what was typed.
    static func change(from form: FormState) -> Result<Change, Problem> {
        let value = { (key: String) in form.value(key).trimmingSpacesTUI() }
        let date: Day
        switch form.day("date", "the date") {
        case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
        case let .success(d): date = d
        }
        if case let .correctEntry(id) = form.purpose {
            // Unchanged, the domain dates it on the entry's own date.
            return .success(.correctLedgerEntry(entry: id, reason: value("reason"), date: form.changed("date") ? date : nil))
        }
        guard let kind = LedgerKind(rawValue: value("kind")) else {
            return .failure(Problem(message: "choose a kind: \(kinds.map(\.rawValue).joined(separator: ", "))", field: "kind"))
        }
        let amount: Money
        switch form.money("amount", "amount") {
        case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
        case .success(nil): return .failure(Problem(message: "amount: how much? e.g. 1.234,56", field: "amount"))
        case let .success(m?): amount = m
        }
        let project: Int?
        switch form.integer("project", "project", in: 1...Int(Limits.ids.upperBound)) {
        case let .failure(e): return .failure(Problem(message: e.message, field: e.field))
        case let .success(p): project = p
        }
        let category = value("category") == noCategory ? nil : value("category")
        let entry = LedgerEntry(id: 0, kind: kind, date: date, amount: amount, member: value("member").isEmpty ? nil : value("member"),
                                project: project, category: category, payee: value("payee").isEmpty ? nil : value("payee"),
                                note: value("note"), at: Timestamp(secondsSinceEpoch: 0), by: "", planned: value("planned") == "yes")
        return .success(.addLedgerEntry(entry))
    }

    /// What a revenue will bring with it, shown under the fields while it is
    /// typed: the contribution at the rate in force for the member's role on
    /// the entry's date, worked out as the domain does when it saves.
    static func contributionPreview(_ form: FormState, state: NetworkState) -> String? {
        guard form.purpose == .newLedgerEntry, form.value("kind") == LedgerKind.revenue.rawValue else { return nil }
        let id = form.value("member").trimmingSpacesTUI()
        guard !id.isEmpty else { return "a revenue brings its contribution: type whose revenue it is" }
        guard let m = state.member(id) else { return "no member '\(id)': the contribution follows their role's rate" }
        let date = Day(iso: form.value("date").trimmingSpacesTUI())
        guard let day = date else { return "contribution: at \(m.role.rawValue) rate on the entry's date (type the date)" }
        let rate = state.network.contributionRate(for: m.role, on: day)
        let percent = Percent.format(basisPoints: rate, state.network.moneyStyle)
        guard case let .success(amount?) = form.money("amount", "amount"), amount.cents > 0 else {
            return "contribution: \(percent) of the amount (\(m.role.rawValue) rate on \(day))"
        }
        guard rate > 0 else { return "no contribution: the \(m.role.rawValue) rate is 0 % on \(day)" }
        let style = state.network.moneyStyle
        return "contribution \(amount.percentage(basisPoints: rate).format(style)): \(percent) of \(amount.format(style)) (\(m.role.rawValue) rate)"
    }

    /// What the network owes the partner a payout is typed for, so the amount
    /// that brings their balance to zero is in sight.
    static func payoutNotice(_ form: FormState, state: NetworkState) -> String? {
        guard form.purpose == .newLedgerEntry, form.value("kind") == LedgerKind.payout.rawValue else { return nil }
        let id = form.value("member").trimmingSpacesTUI()
        guard let m = state.member(id) else { return id.isEmpty ? "a payout: type the partner it is paid to" : "no member '\(id)'" }
        let owed = state.owedToPartner(m.id)
        guard owed.cents > 0 else { return "the network owes \(m.name) nothing to pay out" }
        // Short enough for the form's line at 80 columns, names and all.
        return "owed to \(m.name): \(owed.format(state.network.moneyStyle)); no amount pays it all"
    }
}
