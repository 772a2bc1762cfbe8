import SamenCore

/// The lists of the help pane. Open is what the network should look at
/// (oldest first: the longest wait first); Mine is what the acting person
/// asked or offered on; Closed is what came of it; Share is "Unit-2 Share",
/// members by what they said they are good at.
enum HelpList: Int, CaseIterable {
    case open, mine, closed, share

    var title: String {
        switch self {
        case .open: return HelpWords.open.text
        case .mine: return HelpWords.mine.text
        case .closed: return HelpWords.closed.text
        case .share: return HelpWords.share.text
        }
    }
}

/// The help pane's state: which list, the filter, the selection, and what
/// is derived once per data version (orders, search text, the helper index),
/// so a keystroke filters bytes and draws only the visible rows.
struct HelpPane: SelectableList, FilteredList {
    var list = HelpList.open
    var filterInput = FilterInput()
    /// Enter: the detail takes the whole pane.
    var detailOnly = false
    var cursor = ListState()
    /// Row indices (into `requests`, or into `members` on the Share list), in display order.
    var rows: [Int] = []
    /// The request, or on the Share list the member, shown in detail; kept across reloads.
    var selectedRequest: Int?
    var selectedMember: String?
    /// The data changed while the pane was not shown: rebuild when it is.
    var stale = true
    /// Tags and skills in use, while the new-request form is open.
    var vocabulary: TagVocabulary?

    private(set) var requests: [HelpRequest] = []
    private(set) var members: [Member] = []
    private(set) var names: [String: String] = [:]
    /// The acting person's member id, for Mine.
    private(set) var me: String?
    private(set) var signals: [String: NeedsWorkSignal] = [:]
    /// Open requests each member asked or offered on, as indices, for the Share detail.
    private(set) var openInvolving: [String: [Int]] = [:]
    private(set) var helperIndex: HelperIndex?
    /// Suggested helpers for the selected request, worked out when the selection changes.
    private(set) var suggestions: [HelperSuggestion] = []
    private var suggestionsFor: Int?
    private var order: [HelpList: [Int]] = [:]
    /// Lower-cased topic, text and names per request (name, skills and pitch
    /// per member), as bytes: the filter is a byte search (see MembersPane).
    private var requestSearch: [[UInt8]] = []
    private var memberSearch: [[UInt8]] = []
    private var lastFilter: (list: HelpList, words: [String], rows: [Int])?

    static let suggestionCount = 5

    /// `nameRank`: each member's place in name order, as the directory
    /// already worked it out (by position in `state.members`); reused, not redone.
    mutating func rebuild(state: NetworkState, actor: String, today: Day, nameRank: [Int]) {
        stale = false
        lastFilter = nil
        suggestionsFor = nil
        requests = state.requests.records
        members = state.members.records
        let me = state.member(actingAs: actor)?.id
        self.me = me
        signals = state.needsWorkSignals(on: today)
        var rank = nameRank
        if rank.count != members.count {
            let lowered = members.map { $0.name.lowercased() }
            rank = Array(repeating: 0, count: members.count)
            for (r, i) in members.indices.sorted(by: { (lowered[$0], $0) < (lowered[$1], $1) }).enumerated() { rank[i] = r }
        }
        helperIndex = HelperIndex(state, today: today, nameRank: rank)

        // Members: names for the lists, search text for Share, who is shown there.
        // Through buffers: subscripting the arrays would copy each record.
        var names: [String: String] = [:]
        names.reserveCapacity(members.count)
        var memberSearch: [[UInt8]] = []
        memberSearch.reserveCapacity(members.count)
        var present: [Int] = []
        members.withUnsafeBufferPointer { buf in
            for i in buf.indices {
                names[buf[i].id] = buf[i].name
                var text: [UInt8] = []
                Self.appendLowered(buf[i].name, to: &text)
                Self.appendLowered(buf[i].pitch, to: &text)
                for skill in buf[i].skills { Self.appendLowered(skill, to: &text) }
                memberSearch.append(text)
                if buf[i].isActive(on: today) && buf[i].role != .external { present.append(i) }
            }
        }
        self.names = names
        self.memberSearch = memberSearch

        // Requests: search text (kind, text, asker, topics, who offered), and the orders.
        var requestSearch: [[UInt8]] = []
        requestSearch.reserveCapacity(requests.count)
        var open: [Int] = [], finished: [Int] = [], mineOpen: [Int] = [], mineFinished: [Int] = []
        var created: [Timestamp] = [], ended: [Timestamp] = []
        created.reserveCapacity(requests.count); ended.reserveCapacity(requests.count)
        var involving: [String: [Int]] = [:]
        let dutch = Language.current == .nl
        requests.withUnsafeBufferPointer { buf in
            for i in buf.indices {
                var text: [UInt8] = []
                text.reserveCapacity(buf[i].text.utf8.count + 64)
                Self.appendLowered(buf[i].kind == .needsWork ? "needs work" : buf[i].kind.rawValue, to: &text)
                // In Dutch the kind is found by the name the list shows too ("zoekt werk").
                if dutch { Self.appendLowered(HelpWords.kind(buf[i].kind).nl, to: &text) }
                Self.appendLowered(buf[i].text, to: &text)
                Self.appendLowered(names[buf[i].from] ?? buf[i].from, to: &text)
                for tag in buf[i].tags { Self.appendLowered(tag, to: &text) }
                for o in buf[i].offers { Self.appendLowered(names[o.member] ?? o.member, to: &text) }
                requestSearch.append(text)
                created.append(buf[i].created)
                ended.append(buf[i].closed ?? buf[i].created)
                let isOpen = buf[i].isOpen
                let mine = me.map { id in buf[i].from == id || buf[i].offers.contains { $0.member == id } } ?? false
                if isOpen {
                    open.append(i)
                    if mine { mineOpen.append(i) }
                    involving[buf[i].from, default: []].append(i)
                    for o in buf[i].offers where o.member != buf[i].from { involving[o.member, default: []].append(i) }
                } else {
                    finished.append(i)
                    if mine { mineFinished.append(i) }
                }
            }
        }
        self.requestSearch = requestSearch
        openInvolving = involving
        // Open: the longest wait first. Finished: the most recently ended first.
        let byAge: (Int, Int) -> Bool = { (created[$0], $0) < (created[$1], $1) }
        let byEnd: (Int, Int) -> Bool = { (ended[$0], $0) > (ended[$1], $1) }
        open.sort(by: byAge); mineOpen.sort(by: byAge)
        finished.sort(by: byEnd); mineFinished.sort(by: byEnd)
        present.sort { rank[$0] < rank[$1] }
        order = [.open: open, .mine: mineOpen + mineFinished, .closed: finished, .share: present]
        applyFilter()
    }

    /// Appends `text` lower-cased, after a space if something came before.
    /// ASCII is lowered byte by byte; only text with other letters (Zoë,
    /// Çelik) goes through Unicode.
    static func appendLowered(_ text: String, to out: inout [UInt8]) {
        if !out.isEmpty { out.append(0x20) }
        let done: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes where b >= 0x80 { return false }
            for b in bytes { out.append(b &- 0x41 < 26 ? b &+ 0x20 : b) }
            return true
        }
        if done != true { out.append(contentsOf: text.lowercased().utf8) }
    }

    /// How many a list holds before filtering, for its tab.
    func count(_ l: HelpList) -> Int { order[l]?.count ?? 0 }

    var selectedRequestRecord: HelpRequest? {
        guard list != .share, !rows.isEmpty else { return nil }
        return requests[rows[selection]]
    }

    var selectedMemberRecord: Member? {
        guard list == .share, !rows.isEmpty else { return nil }
        return members[rows[selection]]
    }

    func request(atRow row: Int) -> HelpRequest { requests[rows[row]] }
    func member(atRow row: Int) -> Member { members[rows[row]] }
    func name(_ id: String) -> String { names[id] ?? id }

    /// Recomputes `rows` for the list and filter, keeping the selected record.
    mutating func applyFilter() {
        let words = filter.lowercased().split(separator: " ").map(String.init)
        var candidates = order[list] ?? []
        if let last = lastFilter, last.list == list, !last.words.isEmpty, last.words.count <= words.count,
           zip(last.words, words).allSatisfy({ $1.hasPrefix($0) }) {
            candidates = last.rows   // a longer filter only narrows what the shorter one kept
        }
        if !words.isEmpty {
            let needles = words.map { Array($0.utf8) }
            let search = list == .share ? memberSearch : requestSearch
            candidates = candidates.filter { i in needles.allSatisfy { SearchText.contains(search[i], $0) } }
        }
        lastFilter = (list, words, candidates)
        rows = candidates
        let at: Int?
        if list == .share {
            at = selectedMember.flatMap { id in rows.firstIndex { members[$0].id == id } }
        } else {
            at = selectedRequest.flatMap { id in rows.firstIndex { requests[$0].id == id } }
        }
        cursor.settle(at: at, count: rows.count)
        rememberSelection()
    }

    mutating func rememberSelection() {
        if list == .share { selectedMember = selectedMemberRecord?.id } else { selectedRequest = selectedRequestRecord?.id }
        updateSuggestions()
    }

    /// Suggestions are worked out once per selected request, not per frame.
    mutating func updateSuggestions() {
        guard let r = selectedRequestRecord, r.isOpen, r.kind != .needsWork else {
            suggestions = []; suggestionsFor = nil
            return
        }
        guard suggestionsFor != r.id else { return }
        suggestions = helperIndex?.suggestions(for: r, limit: Self.suggestionCount) ?? []
        suggestionsFor = r.id
    }

    var rowCount: Int { rows.count }
    mutating func selectionMoved() { rememberSelection() }

    /// Shows request `id`, switching to the Open list if the current one does not hold it.
    mutating func select(request id: Int, listHeight: Int) {
        selectedRequest = id
        if list == .share || !rows.contains(where: { requests[$0].id == id }) {
            list = requests.first { $0.id == id }?.isOpen == false ? .closed : .open
            filter = ""
        }
        applyFilter()
        keepSelectionVisible(listHeight: listHeight)
    }

    mutating func switchList(by step: Int, listHeight: Int) {
        let all = HelpList.allCases
        list = all[(list.rawValue + step + all.count) % all.count]
        cursor = ListState()
        detailOnly = false
        applyFilter()
        keepSelectionVisible(listHeight: listHeight)
    }

}
