import Dispatch
import SamenCore

/// What the member directory needs per member, computed once per data
/// version rather than per frame or per keystroke.
struct MemberFacts {
    var spareThisWeek: Double
    var spareNextFour: Double
    /// Free hours in this week and the four after, one by one: the skills
    /// map sums its weeks from them (`SkillsMap(weeklySpare:)`).
    var spareWeeks: [Double]
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
        case .name: return MembersWords.sortName.text
        case .spare: return MembersWords.sortSpare.text
        case .role: return MembersWords.sortRole.text
        case .city: return MembersWords.sortCity.text
        }
    }
}

/// The member directory: a filtered, sorted, virtual list and its selection.
struct MembersPane: SelectableList, FilteredList {
    var filterInput = FilterInput()
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
    var cursor = ListState()
    /// The member shown in detail; kept across reloads and re-sorts.
    var selectedID: String?
    /// Enter: the detail takes the whole pane (small screens, long profiles).
    var detailOnly = false
    /// The skills map, when open over the directory (`K`).
    var skillsView: SkillsView?
    /// The applicants and their applications, when open over the directory (`A`).
    var applicantsView: ApplicantsView?
    /// Bringing and taking, when open over the directory (`b`).
    var giveTakeView: GiveTakeView?
    private var members: [Member] = []
    /// The week the facts' weekly free hours start at.
    private var builtFor: ISOWeek?

    mutating func rebuild(state: NetworkState, capacity: CapacityIndex, today: Day) {
        lastFilter = nil  // row indices are about to change
        let members = state.members.records
        self.members = members
        // On both cores: the members' own facts (capacity, search text) on
        // one, and what is found over every project and request (needs-work
        // signals, who works on what, who asked or offered; the name order)
        // on the other. At S100 each half is some 30 ms of the first frame.
        let facts = Slots<[MemberFacts]>(1), found = Slots<DirectoryIndexes>(1)
        // Read here: a task's language does not follow the work onto the other core.
        let language = Language.current
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let week = ISOWeek(containing: today)
                facts[0] = members.map { m in
                    let weeks = capacity.weeks(week, count: 5, of: m)
                    return MemberFacts(
                        spareThisWeek: weeks[0].spare, spareNextFour: weeks.dropFirst().reduce(0) { $0 + $1.spare },
                        spareWeeks: weeks.map(\.spare),
                        overbookedSoon: weeks.contains { $0.isOverbooked },
                        needsWorkHours: nil,
                        searchText: Self.searchText(of: m, language: language),
                        left: m.left.map { $0 <= today } ?? false)
                }
            } else {
                found[0] = DirectoryIndexes(state: state, members: members, today: today)
            }
        }
        let indexes = found[0]!
        var all = facts[0]!
        // Unmet signals only: closing one, or staffing the member for its hours, takes the mark away.
        for (id, signal) in indexes.needsWork {
            if let i = indexes.position[id] { all[i].needsWorkHours = signal.unmetHoursPerWeek }
        }
        self.facts = all
        builtFor = ISOWeek(containing: today)
        nameRank = indexes.nameRank
        workOf = indexes.workOf
        helpOf = indexes.helpOf
        applyFilterAndSort()
        if skillsView != nil {
            let known = weeklySpare(for: state, today: today)
            skillsView?.rebuild(state: state, capacity: capacity, today: today, weeklySpare: known)
        }
        applicantsView?.rebuild(state: state, today: today)
        giveTakeView?.rebuild(state: state, today: today)
    }

    /// What `/` searches in a member: name, city, role, pitch and skills, lower-cased.
    static func searchText(of m: Member, language: Language = Language.current) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(m.name.utf8.count + m.city.utf8.count + m.pitch.utf8.count + 16 * (m.skills.count + 1))
        for part in [m.name, m.city, m.role.rawValue, m.pitch] { SearchText.append(part, to: &text) }
        // In Dutch the role is found by its Dutch name too (`lid`, `associé`).
        if language == .nl { SearchText.append(MembersWords.role(m.role).nl, to: &text) }
        for skill in m.skills { SearchText.append(skill, to: &text) }
        return text
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
        cursor.settle(at: selectedID.flatMap { id in rows.firstIndex { members[$0].id == id } }, count: rows.count)
        selectedID = rows.isEmpty ? nil : members[rows[selection]].id
    }

    var selectedMember: Member? { rows.isEmpty ? nil : members[rows[selection]] }
    var selectedFacts: MemberFacts? { rows.isEmpty ? nil : facts[rows[selection]] }
    func member(atRow row: Int) -> Member { members[rows[row]] }
    func facts(atRow row: Int) -> MemberFacts { facts[rows[row]] }
    var total: Int { members.count }

    var rowCount: Int { rows.count }
    mutating func selectionMoved() { selectedID = members[rows[selection]].id }

    mutating func select(id: String, listHeight: Int) {
        selectedID = id
        if let at = rows.firstIndex(where: { members[$0].id == id }) { selectRow(at, listHeight: listHeight) }
    }

    /// Esc: back from the detail, else the filter cleared.
    mutating func back(listHeight h: Int) {
        if detailOnly { detailOnly = false }
        else if !filter.isEmpty { filter = ""; applyFilterAndSort(); keepSelectionVisible(listHeight: h) }
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

/// What the directory finds over the whole network once per data version:
/// the unmet needs-work signals, each member's place in name order, and the
/// open projects and requests each member is part of (indices, so the detail
/// never scans every project).
struct DirectoryIndexes {
    var needsWork: [String: NeedsWorkSignal]
    var position: [String: Int] = [:]
    var nameRank: [Int]
    var workOf: [String: [Int]] = [:]
    var helpOf: [String: [Int]] = [:]

    init(state: NetworkState, members: [Member], today: Day) {
        needsWork = state.unmetNeedsWork(on: today)
        position.reserveCapacity(needsWork.count)
        for i in members.indices where needsWork[members[i].id] != nil { position[members[i].id] = i }
        let lowered = members.map { $0.name.lowercased() }
        var rank = Array(repeating: 0, count: members.count)
        for (r, i) in members.indices.sorted(by: { lowered[$0] < lowered[$1] }).enumerated() { rank[i] = r }
        nameRank = rank
        // Through buffers: iterating the tables would copy each of 50,000
        // projects and 20,000 requests.
        var people: [String] = []
        state.projects.records.withUnsafeBufferPointer { all in
            for i in all.indices where !all[i].status.isClosed {
                people.removeAll(keepingCapacity: true)
                if let lead = all[i].lead { people.append(lead) }
                for a in all[i].allocations where !people.contains(a.member) { people.append(a.member) }
                for m in people { workOf[m, default: []].append(i) }
            }
        }
        state.requests.records.withUnsafeBufferPointer { all in
            for i in all.indices where all[i].isOpen {
                people.removeAll(keepingCapacity: true)
                people.append(all[i].from)
                for o in all[i].offers where !people.contains(o.member) { people.append(o.member) }
                for m in people { helpOf[m, default: []].append(i) }
            }
        }
    }
}

extension MembersPane {
    /// The directory's weekly free hours, for the skills map, when they are
    /// of these very members and of this week: nil (the map asks the
    /// capacity index itself) after anything that could make them stale.
    func weeklySpare(for state: NetworkState, today: Day) -> [[Double]]? {
        let records = state.members.records
        guard builtFor == ISOWeek(containing: today), members.count == records.count, facts.count == records.count,
              Self.sameMembers(members, records) else { return nil }
        return facts.map(\.spareWeeks)
    }

    /// The same members in the same order: at once when both arrays share
    /// their storage (the directory holds the very array the state does
    /// until a change replaces it), else id by id, reading only the ids
    /// (comparing whole members copies each, every string and array retained).
    private static func sameMembers(_ a: [Member], _ b: [Member]) -> Bool {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                x.baseAddress == y.baseAddress || x.indices.allSatisfy { x[$0].id == y[$0].id }
            }
        }
    }
}
