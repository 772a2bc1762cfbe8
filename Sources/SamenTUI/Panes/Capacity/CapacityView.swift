import SamenCore

enum CapacitySort: String, CaseIterable {
    case name, mostFree, leastFree

    var label: String {
        switch self {
        case .name: return CapacityWords.sortName.text
        case .mostFree: return CapacityWords.sortMostFree.text
        case .leastFree: return CapacityWords.sortLeastFree.text
        }
    }

    /// For the filter bar when the whole label does not fit.
    var shortLabel: String {
        switch self {
        case .name: return CapacityWords.sortName.text
        case .mostFree: return CapacityWords.sortMostFreeShort.text
        case .leastFree: return CapacityWords.sortLeastFreeShort.text
        }
    }
}

/// The capacity heat map: members by weeks, each cell the free hours.
///
/// A sub-view of the member directory for now (`c`); it is a value that can
/// be opened with a question already asked (skills, a window, a minimum),
/// which is how "who could do this?" from a project will open it.
struct CapacityView: SelectableList, FilteredList {
    // The question on screen.
    /// The first week of the window.
    var first: ISOWeek
    /// How many weeks the window shows.
    var weeks: Int
    /// Typed with `/`: name, skill, city or role, as in the member directory.
    var filterInput: FilterInput
    /// Members must have every one of these skills (a project's, for instance).
    var skills: [String]
    /// At least this many whole free hours in every week of the window.
    var minFree: Hours?
    var sort: CapacitySort

    // Where the person is.
    /// Member indices (into `state.members`) in display order.
    private(set) var rows: [Int] = []
    var cursor = ListState()
    var selectedID: String?
    /// Enter: the selected member's detail takes the pane.
    var showingMember = false
    /// The pane Esc goes back to, when the map was opened from elsewhere
    /// ("who could do this?" in Projects); nil: the member directory.
    var returnTo: Pane?

    // Derived from the data, rebuilt when it changes.
    private(set) var members: [Member] = []
    /// Members on the map: in the network (not applicants or external
    /// contacts) and not gone by today.
    private(set) var onMap: [Int] = []
    private var columns = CapacityColumns()
    /// Free hours over the window by member index: the FREE column, and what
    /// sorting by free hours compares.
    private(set) var windowFree: [Double] = []
    /// The lowest week of the window by member index, for the minimum filter.
    private var windowLowest: [Double] = []
    /// Network totals per week of the window.
    private(set) var totals: [CapacityColumns.Column] = []
    private var searchText: [[UInt8]] = []
    private var nameRank: [Int] = []

    static let defaultWeeks = 12
    static let maxWeeks = 26
    /// How far ahead the window may go; plans are not made further out.
    static let maxWeeksAhead = 104

    init(from first: ISOWeek, weeks: Int = CapacityView.defaultWeeks, skills: [String] = [], minFree: Hours? = nil,
         filter: String = "", sort: CapacitySort = .name) {
        self.first = first
        self.weeks = max(1, min(Self.maxWeeks, weeks))
        self.skills = skills
        self.minFree = minFree
        self.filterInput = FilterInput(filter)
        self.sort = sort
    }

    var windowWeeks: [ISOWeek] { (0..<weeks).map { first.advanced(by: $0) } }

    /// New data (or a new day): everything derived is recomputed; the
    /// question and the selected member stay.
    /// - Parameters:
    ///   - searchText: each member's lower-cased searchable text, as the
    ///     member directory built it, so both filter alike.
    ///   - nameRank: each member's place in name order, from the directory.
    mutating func rebuild(state: NetworkState, capacity: CapacityIndex, today: Day, searchText: [[UInt8]], nameRank: [Int]) {
        members = state.members.records
        // A dashboard left open into a new week moves on with it: past weeks are not planned here.
        first = max(first, ISOWeek(containing: today))
        self.searchText = searchText
        self.nameRank = nameRank
        onMap = members.indices.filter { i in
            let m = members[i]
            return m.role != .applicant && m.role != .external && (m.left.map { $0 > today } ?? true)
        }
        columns = CapacityColumns()
        windowChanged(capacity: capacity)
    }

    /// The window moved or changed length: compute the weeks not yet known,
    /// then the sums over the window, in one pass over the members.
    mutating func windowChanged(capacity: CapacityIndex) {
        let cols = columns.columns(windowWeeks, members: members, onMap: onMap, capacity: capacity)
        columns.trim(around: first)
        totals = cols
        var sum = Array(repeating: 0.0, count: members.count)
        var lowest = Array(repeating: Double.infinity, count: members.count)
        for c in cols {
            c.spare.withUnsafeBufferPointer { spare in
                for i in onMap {
                    sum[i] += spare[i]
                    if spare[i] < lowest[i] { lowest[i] = spare[i] }
                }
            }
        }
        windowFree = sum
        windowLowest = lowest
        applyFilterAndSort()
    }

    /// Recomputes `rows` from the filter, skills, minimum and sort, keeping the selected member.
    mutating func applyFilterAndSort() {
        let words = filter.lowercased().split(separator: " ").map { Array($0.utf8) }
        let wanted = skills.map { $0.lowercased() }
        // The same rounding as the cells: a member passes when every week shows at least `minFree`.
        let floor = minFree.map { $0.value - 0.05 }
        var result: [Int] = []
        result.reserveCapacity(onMap.count)
        for i in onMap {
            if let floor, windowLowest[i] < floor { continue }
            if !words.isEmpty, !words.allSatisfy({ SearchText.contains(searchText[i], $0) }) { continue }
            if !wanted.isEmpty, !wanted.allSatisfy({ s in members[i].skills.contains { $0.lowercased() == s } }) { continue }
            result.append(i)
        }
        let rank = nameRank, free = windowFree
        switch sort {
        case .name: result.sort { rank[$0] < rank[$1] }
        case .mostFree: result.sort { free[$0] != free[$1] ? free[$0] > free[$1] : rank[$0] < rank[$1] }
        case .leastFree: result.sort { free[$0] != free[$1] ? free[$0] < free[$1] : rank[$0] < rank[$1] }
        }
        rows = result
        cursor.settle(at: selectedID.flatMap { id in rows.firstIndex { members[$0].id == id } }, count: rows.count)
        selectedID = rows.isEmpty ? nil : members[rows[selection]].id
        if rows.isEmpty { showingMember = false }
    }

    var selectedIndex: Int? { rows.isEmpty ? nil : rows[selection] }
    var selectedMember: Member? { selectedIndex.map { members[$0] } }
    func member(atRow row: Int) -> Member { members[rows[row]] }
    func index(atRow row: Int) -> Int { rows[row] }
    var total: Int { onMap.count }

    var rowCount: Int { rows.count }
    mutating func selectionMoved() { selectedID = members[rows[selection]].id }

    /// Every skill someone on the map has, for telling a mistyped skill from an unknown one.
    var knownSkills: Set<String> {
        var all = Set<String>()
        for i in onMap { for s in members[i].skills { all.insert(s.lowercased()) } }
        return all
    }
}
