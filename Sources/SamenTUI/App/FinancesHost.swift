import SamenCore

/// The shell's side of the Finances pane: it routes the pane's keys, mouse
/// and forms to it and shows a saved entry in the ledger. Everything else
/// is the pane's (Panes/Finances).
extension AppModel {
    var financesListHeight: Int { FinancesPane.listHeight(screen) }
    var financesViewTabs: [(view: FinancesView, x: Int, label: String)] { FinancesScreen.viewTabs }

    /// The pane's keys, acting on the pane in place.
    var financesKeymap: Keymap<AppModel> {
        keys(of: \.finances, finances.keymap(context: context))
    }

    mutating func refreshFinancesIfStale() { finances.refreshIfStale(context, area: screen) }

    /// A finance form sent: the pane saves it, asks first, or shows what is wrong.
    mutating func submitFinanceForm(_ form: FormState) -> [Effect] {
        act(on: \.finances) { pane, io in pane.submit(form, &io) }
    }

    /// A saved ledger change: the ledger shows it, selected, in its year.
    mutating func financesApplied(_ outcome: ChangeOutcome) {
        guard pane == .finances, let first = outcome.ledgerAppended.first else { return }
        refreshFinancesIfStale()
        finances.view = .ledger
        finances.detailOnly = false
        // What came with it (a revenue's contribution) in view too, below the entry itself.
        if let last = outcome.ledgerAppended.last, last.id != first.id {
            finances.select(entry: last.id, state: state, listHeight: financesListHeight)
        }
        finances.select(entry: first.id, state: state, listHeight: financesListHeight)
    }
}
