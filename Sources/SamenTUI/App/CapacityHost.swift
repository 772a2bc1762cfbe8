import SamenCore

/// The shell's side of the heat map: it opens over the member directory
/// (or over "who could do this?"), lends it the directory's facts, and
/// closes it back to where it came from. The map's own keys, mouse, resize
/// and form answer are the map's (Panes/Capacity).
extension AppModel {
    /// Opens the heat map over the member directory. With no arguments it
    /// asks what the directory shows (its filter, from this week, 12 weeks);
    /// "who could do this?" from a project passes the project's skills and
    /// weeks instead.
    mutating func openCapacity(skills: [String] = [], from: ISOWeek? = nil, weeks: Int = CapacityView.defaultWeeks,
                               minFree: Hours? = nil, filter: String? = nil) {
        let thisWeek = ISOWeek(containing: today)
        let start = max(thisWeek, from ?? thisWeek)
        var view = CapacityView(from: start, weeks: min(weeks, CapacityLayout.maxWeeks(width: width)), skills: skills,
                                minFree: minFree, filter: filter ?? members.filter)
        view.selectedID = members.selectedID
        view.rebuild(state: state, capacity: capacity, today: today, searchText: members.facts.map(\.searchText), nameRank: members.nameRank)
        view.keepSelectionVisible(listHeight: view.listHeight(screen))
        capacityView = view
        if weeks > view.weeks { message = StatusLine(text: CapacityWords.showingWeeks(view.weeks).text, kind: .info) }
    }

    var capacityListHeight: Int { CapacityLayout(width: width, height: height, weeks: capacityView?.weeks ?? 1).listHeight }

    /// The map's keys, acting on the open map in place (never a copy of it);
    /// after each, its selection is kept in view.
    func capacityKeymap(_ view: CapacityView) -> Keymap<AppModel> {
        view.keymap(context: context, area: screen).lifted { m, io, key, act in
            guard m.capacityView != nil else { return }
            act(&m.capacityView!, &io, key)
            m.capacityView!.keepSelectionVisible(listHeight: m.capacityListHeight)
        }
    }

    /// Back to the member directory, on the member last selected on the map,
    /// or to the pane that opened the map.
    mutating func closeCapacity(selecting id: String?) {
        let back = capacityView?.returnTo
        capacityView = nil
        if let back { switchPane(to: back); return }
        if let id { members.select(id: id, listHeight: membersListHeight) }
    }

    /// The "who is free?" form sent: the map takes its answer.
    mutating func submitCapacityQuestion(_ form: FormState) -> [Effect] {
        guard capacityView != nil else { overlay = nil; return [] }
        var io = paneIO
        capacityView!.answer(form, io: &io)
        return perform(io)
    }
}
