import SamenCore

/// What the panes build once per version of the data, each on its own, for
/// samen-bench to time (the dashboard does it when a pane is first shown).
extension AppModel {
    /// What the Projects pane builds once per version of the data, on its
    /// own, for the bench to time (the dashboard does it in `replaceData`).
    public static func buildProjectsPane(_ state: NetworkState) {
        var pane = ProjectsPane()
        pane.rebuild(state: state)
    }

    /// What the Finances pane builds once per version of the data, on its
    /// own, for the bench to time (the dashboard does it when the pane is shown).
    public static func buildFinancesPane(_ state: NetworkState, today: Day) {
        var pane = FinancesPane()
        pane.rebuild(state: state, today: today)
    }

    /// Building one year's search text, for the bench to time (the pane does
    /// it on another core when a year is shown): the index is built first,
    /// and the returned closure builds the text.
    public static func ledgerYearTextBuilder(_ state: NetworkState, year: Int) -> () -> Void {
        let index = FinanceLedgerIndex(state)
        return { _ = LedgerYearText(year: year, index: index, state: state) }
    }
}
