import SamenCore

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
        view.keepSelectionVisible(listHeight: capacityListHeight)
        capacityView = view
        if weeks > view.weeks { message = StatusLine(text: "showing \(view.weeks) weeks: as many as fit this screen", kind: .info) }
    }

    var capacityListHeight: Int { CapacityLayout(width: width, height: height, weeks: capacityView?.weeks ?? 1).listHeight }

    /// Keys while the heat map is open.
    mutating func capacityKey(_ key: Key) -> [Effect] {
        guard var view = capacityView else { return [] }
        let h = capacityListHeight
        if view.filtering {
            capacityFilterKey(key, view: &view, listHeight: h)
            capacityView = view
            return []
        }
        if view.showingMember {
            switch key {
            case .escape, .enter: view.showingMember = false
            case .up, .char("k"): view.move(by: -1, listHeight: h)
            case .down, .char("j"): view.move(by: 1, listHeight: h)
            case .char("e"): if let m = view.selectedMember, mayOpen(AppModel.detailsEdit(of: m.id)) { overlay = .form(MemberForm.edit(m, today: today)) }
            default: break
            }
            capacityView = view
            return []
        }
        let thisWeek = ISOWeek(containing: today)
        let fit = CapacityLayout.maxWeeks(width: width)
        switch key {
        case .up, .char("k"): view.move(by: -1, listHeight: h)
        case .down, .char("j"): view.move(by: 1, listHeight: h)
        case .pageUp: view.move(by: -max(1, h - 1), listHeight: h)
        case .pageDown: view.move(by: max(1, h - 1), listHeight: h)
        case .home, .char("g"): view.selectRow(0, listHeight: h)
        case .end, .char("G"): view.selectRow(view.rows.count - 1, listHeight: h)
        case .char("/"): view.filtering = true
        case .char("m"): overlay = .form(CapacityQueryForm.make(view, maxWeeks: fit))
        case .char("["):
            if view.first > thisWeek { view.first = view.first.advanced(by: -1); view.windowChanged(capacity: capacity) }
            else { message = StatusLine(text: "the map starts at this week (\(thisWeek.iso)): past weeks are not planned here", kind: .info) }
        case .char("]"):
            if thisWeek.weeks(until: view.first) < CapacityView.maxWeeksAhead { view.first = view.first.advanced(by: 1); view.windowChanged(capacity: capacity) }
            else { message = StatusLine(text: "the map goes at most \(CapacityView.maxWeeksAhead) weeks ahead", kind: .info) }
        case .char("t"):
            if view.first != thisWeek { view.first = thisWeek; view.windowChanged(capacity: capacity) }
        case .char("+"), .char("="):
            if view.weeks < fit { view.weeks += 1; view.windowChanged(capacity: capacity) }
            else { message = StatusLine(text: "\(fit) weeks is as many as fit this screen; widen the terminal for more", kind: .info) }
        case .char("-"), .char("_"):
            if view.weeks > 1 { view.weeks -= 1; view.windowChanged(capacity: capacity) }
        case .char("s"):
            view.sort = CapacitySort.allCases[(CapacitySort.allCases.firstIndex(of: view.sort)! + 1) % CapacitySort.allCases.count]
            view.applyFilterAndSort()
            message = StatusLine(text: "sorted by \(view.sort.label) over \(view.weeks) week\(view.weeks == 1 ? "" : "s")", kind: .info)
        case .enter:
            if !view.rows.isEmpty { view.showingMember = true }
        case .escape:
            closeCapacity(selecting: view.selectedID)
            return []
        default: break
        }
        view.keepSelectionVisible(listHeight: CapacityLayout(width: width, height: height, weeks: view.weeks).listHeight)
        capacityView = view
        return []
    }

    /// Keys while typing a filter: each one narrows the map at once, as in the directory.
    mutating func capacityFilterKey(_ key: Key, view: inout CapacityView, listHeight h: Int) {
        switch key {
        case .escape:
            view.filter = ""
            view.filtering = false
        case .enter, .tab:
            view.filtering = false
            return
        case .down, .up:
            view.filtering = false
            view.move(by: key == .down ? 1 : -1, listHeight: h)
            return
        case .backspace:
            if !view.filter.isEmpty { view.filter.removeLast() }
        case .ctrl("u"):
            view.filter = ""
        case let .char(c):
            view.filter.append(c)
        default:
            return
        }
        view.selection = 0
        view.selectedID = nil
        view.applyFilterAndSort()
        view.keepSelectionVisible(listHeight: h)
    }

    /// Back to the member directory, on the member last selected on the map,
    /// or to the pane that opened the map.
    mutating func closeCapacity(selecting id: String?) {
        let back = capacityView?.returnTo
        capacityView = nil
        if let back { switchPane(to: back); return }
        if let id { members.select(id: id, listHeight: membersListHeight) }
    }

    /// The form's answer becomes the map's question.
    mutating func applyCapacityQuestion(_ form: FormState) -> FormState? {
        guard var view = capacityView else { return nil }
        let fit = CapacityLayout.maxWeeks(width: width)
        switch CapacityQueryForm.answer(form, today: today, maxWeeks: fit, knownSkills: view.knownSkills) {
        case let .failure(problem):
            var form = form
            form.showError(problem.message, field: problem.field)
            return form
        case let .success(a):
            view.minFree = a.minFree
            view.weeks = a.weeks
            view.first = a.first
            view.skills = a.skills
            view.windowChanged(capacity: capacity)
            view.keepSelectionVisible(listHeight: CapacityLayout(width: width, height: height, weeks: view.weeks).listHeight)
            capacityView = view
            message = StatusLine(text: "\(view.rows.count) of \(view.total) members: \(capacityQuestion(view)), \(a.weeks) week\(a.weeks == 1 ? "" : "s") from \(a.first.iso)", kind: .info)
            return nil
        }
    }

    /// A narrower screen fits fewer weeks: the window shrinks to what fits
    /// (and says so in the week header), the selection stays in view.
    mutating func capacityResized() {
        guard var view = capacityView else { return }
        let fit = CapacityLayout.maxWeeks(width: width)
        if view.weeks > fit {
            view.weeks = fit
            view.windowChanged(capacity: capacity)
        }
        view.keepSelectionVisible(listHeight: CapacityLayout(width: width, height: height, weeks: view.weeks).listHeight)
        capacityView = view
    }

    /// A click selects a member's row; the wheel scrolls.
    mutating func capacityMouse(_ m: MouseEvent) {
        guard var view = capacityView, !view.showingMember else { return }
        let layout = CapacityLayout(width: width, height: height, weeks: view.weeks)
        switch m.kind {
        case .wheelUp: view.move(by: -3, listHeight: layout.listHeight)
        case .wheelDown: view.move(by: 3, listHeight: layout.listHeight)
        case .click:
            let row = m.y - layout.firstRowY
            if row >= 0, row < layout.listHeight { view.selectRow(view.scroll + row, listHeight: layout.listHeight) }
        }
        capacityView = view
    }
}
