import SamenCore

/// What the member directory needs per member, computed once per data
/// version rather than per frame or per keystroke.
struct MemberFacts {
    var spareThisWeek: Double
    var spareNextFour: Double
    var overbookedSoon: Bool
    var needsWorkHours: Hours?
    /// Lower-cased name, skills, city, role and pitch as UTF-8, for filtering:
    /// a byte search per member keeps a keystroke over 10,000
    /// members near a millisecond, where String.contains took ten.
    var searchText: [UInt8]
    var left: Bool
}

enum MemberSort: String, CaseIterable {
    case name, spare, role, city

    var label: String {
        switch self {
        case .name: return "name"
        case .spare: return "spare hours, most first"
        case .role: return "role"
        case .city: return "city"
        }
    }
}

/// The member directory: a filtered, sorted, virtual list and its selection.
struct MembersPane {
    var filter = ""
    var filtering = false
    var sort = MemberSort.name
    var showLeft = false
    /// Row indices into `state.members`, in display order.
    var rows: [Int] = []
    var facts: [MemberFacts] = []
    /// Each member's place in name order, computed once per data version so
    /// a keystroke sorts integers, not strings.
    var nameRank: [Int] = []
    /// Open projects each member leads or is on, and open requests they
    /// asked or offered on: indices, so the detail never scans every project.
    var workOf: [String: [Int]] = [:]
    var helpOf: [String: [Int]] = [:]
    var selection = 0
    var scroll = 0
    /// The member shown in detail; kept across reloads and re-sorts.
    var selectedID: String?
    /// Enter: the detail takes the whole pane (small screens, long profiles).
    var detailOnly = false
    private var members: [Member] = []

    mutating func rebuild(state: NetworkState, capacity: CapacityIndex, today: Day) {
        lastFilter = nil  // row indices are about to change
        members = state.members.records
        let week = ISOWeek(containing: today)
        // Unmet signals only: closing one, or staffing the member for its hours, takes the mark away.
        let needsWork = state.unmetNeedsWork(on: today)
        facts = members.map { m in
            let weeks = capacity.weeks(week, count: 5, of: m)
            let nextFour = weeks.dropFirst().reduce(0) { $0 + $1.spare }
            return MemberFacts(
                spareThisWeek: weeks[0].spare, spareNextFour: nextFour,
                overbookedSoon: weeks.contains { $0.isOverbooked },
                needsWorkHours: needsWork[m.id]?.unmetHoursPerWeek,
                searchText: Array(([m.name, m.city, m.role.rawValue, m.pitch] + m.skills).joined(separator: " ").lowercased().utf8),
                left: m.left.map { $0 <= today } ?? false)
        }
        let lowered = members.map { $0.name.lowercased() }
        nameRank = Array(repeating: 0, count: members.count)
        for (rank, i) in members.indices.sorted(by: { lowered[$0] < lowered[$1] }).enumerated() { nameRank[i] = rank }
        workOf = [:]
        for (i, p) in state.projects.enumerated() where !p.status.isClosed {
            var people = Set(p.allocations.map(\.member))
            if let lead = p.lead { people.insert(lead) }
            for m in people { workOf[m, default: []].append(i) }
        }
        helpOf = [:]
        for (i, r) in state.requests.enumerated() where r.isOpen {
            var people = Set(r.offers.map(\.member))
            people.insert(r.from)
            for m in people { helpOf[m, default: []].append(i) }
        }
        applyFilterAndSort()
    }

    /// What the rows were last filtered by, so a longer filter only has to
    /// look at the rows the shorter one kept.
    private var lastFilter: (words: [String], showLeft: Bool, rows: [Int])?

    /// Recomputes `rows` from the filter and sort, keeping the selected member.
    mutating func applyFilterAndSort() {
        let needle = filter.lowercased().trimmingSpacesTUI()
        let words = needle.split(separator: " ").map(String.init)
        var candidates: [Int] = Array(members.indices)
        if let last = lastFilter, last.showLeft == showLeft, !last.words.isEmpty, last.words.count <= words.count,
           zip(last.words, words).allSatisfy({ $1.hasPrefix($0) }) {
            candidates = last.rows
        }
        let needles = words.map { Array($0.utf8) }
        var result: [Int] = []
        result.reserveCapacity(candidates.count)
        for i in candidates where showLeft || !facts[i].left {
            if needles.allSatisfy({ SearchText.contains(facts[i].searchText, $0) }) { result.append(i) }
        }
        lastFilter = (words, showLeft, result)
        let rank = nameRank
        switch sort {
        case .name: result.sort { rank[$0] < rank[$1] }
        case .spare:
            let spare = facts.map { $0.spareNextFour + $0.spareThisWeek }
            result.sort { spare[$0] != spare[$1] ? spare[$0] > spare[$1] : rank[$0] < rank[$1] }
        case .role: result.sort { (members[$0].role, rank[$0]) < (members[$1].role, rank[$1]) }
        case .city: result.sort { (members[$0].city.lowercased(), rank[$0]) < (members[$1].city.lowercased(), rank[$1]) }
        }
        rows = result
        if let id = selectedID, let at = rows.firstIndex(where: { members[$0].id == id }) {
            selection = at
        } else {
            selection = min(selection, max(0, rows.count - 1))
            selectedID = rows.isEmpty ? nil : members[rows[selection]].id
        }
    }

    var selectedMember: Member? { rows.isEmpty ? nil : members[rows[selection]] }
    var selectedFacts: MemberFacts? { rows.isEmpty ? nil : facts[rows[selection]] }
    func member(atRow row: Int) -> Member { members[rows[row]] }
    func facts(atRow row: Int) -> MemberFacts { facts[rows[row]] }
    var total: Int { members.count }

    mutating func selectRow(_ row: Int, listHeight: Int) {
        guard !rows.isEmpty else { return }
        selection = max(0, min(rows.count - 1, row))
        selectedID = members[rows[selection]].id
        keepSelectionVisible(listHeight: listHeight)
    }

    mutating func move(by delta: Int, listHeight: Int) { selectRow(selection + delta, listHeight: listHeight) }

    mutating func select(id: String, listHeight: Int) {
        selectedID = id
        if let at = rows.firstIndex(where: { members[$0].id == id }) { selectRow(at, listHeight: listHeight) }
    }

    mutating func keepSelectionVisible(listHeight: Int) {
        let h = max(1, listHeight)
        if selection < scroll { scroll = selection }
        if selection >= scroll + h { scroll = selection - h + 1 }
        scroll = max(0, min(scroll, max(0, rows.count - h)))
    }

    /// Keys while the list has focus.
    mutating func key(_ key: Key, model: inout AppModel) -> [Effect] {
        let page = max(1, model.membersListHeight - 1)
        let h = model.membersListHeight
        switch key {
        case .up, .char("k"): move(by: -1, listHeight: h)
        case .down, .char("j"): move(by: 1, listHeight: h)
        case .pageUp: move(by: -page, listHeight: h)
        case .pageDown: move(by: page, listHeight: h)
        case .home, .char("g"): selectRow(0, listHeight: h)
        case .end, .char("G"): selectRow(rows.count - 1, listHeight: h)
        case .char("/"):
            filtering = true
        case .escape:
            if detailOnly { detailOnly = false }
            else if !filter.isEmpty { filter = ""; applyFilterAndSort(); keepSelectionVisible(listHeight: h) }
        case .enter:
            detailOnly.toggle()
        case .char("s"):
            sort = MemberSort.allCases[(MemberSort.allCases.firstIndex(of: sort)! + 1) % MemberSort.allCases.count]
            applyFilterAndSort()
            keepSelectionVisible(listHeight: h)
            model.message = StatusLine(text: "sorted by \(sort.label)", kind: .info)
        case .char("a"):
            showLeft.toggle()
            applyFilterAndSort()
            keepSelectionVisible(listHeight: h)
            model.message = StatusLine(text: showLeft ? "showing members who left too" : "hiding members who left", kind: .info)
        case .char("c"):
            // The heat map of whoever the directory shows (its filter comes along).
            model.openCapacity()
        case .char("n"):
            if model.mayOpen(AppModel.newMember(today: model.today)) { model.overlay = .form(MemberForm.add(network: model.state.network)) }
        case .char("e"):
            if let m = selectedMember, model.mayOpen(AppModel.detailsEdit(of: m.id)) { model.overlay = .form(MemberForm.edit(m, today: model.today)) }
        case .char("x"):
            guard let m = selectedMember else { break }
            if let left = m.left {
                model.message = StatusLine(text: "\(m.name) already left on \(left)", kind: .error)
            } else {
                model.overlay = .confirm(Confirmation(
                    question: "Mark \(m.name) as left the network today (\(model.today))? Their history stays.",
                    change: .memberLeft(member: m.id, on: model.today), origin: .confirmation))
            }
        default: break
        }
        return []
    }

    /// Keys while typing a filter: each one narrows the list at once.
    mutating func filterKey(_ key: Key, model: inout AppModel) -> [Effect] {
        let h = model.membersListHeight
        switch key {
        case .escape:
            filter = ""
            filtering = false
        case .enter, .down, .up, .tab:
            filtering = false
            if key == .down || key == .up { return self.key(key, model: &model) }
            return []
        case .backspace:
            if !filter.isEmpty { filter.removeLast() }
        case .ctrl("u"):
            filter = ""
        case let .char(c):
            filter.append(c)
        default:
            return []
        }
        selection = 0
        selectedID = nil
        applyFilterAndSort()
        keepSelectionVisible(listHeight: h)
        return []
    }
}

extension String {
    func trimmingSpacesTUI() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
