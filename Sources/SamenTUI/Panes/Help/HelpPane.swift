import SamenCore

/// The lists of the help pane. Open is what the network should look at
/// (oldest first: the longest wait first); Mine is what the acting person
/// asked or offered on; Closed is what came of it; Share is "Unit-2 Share",
/// members by what they said they are good at.
enum HelpList: Int, CaseIterable {
    case open, mine, closed, share

    var title: String {
        switch self {
        case .open: return "Open"
        case .mine: return "Mine"
        case .closed: return "Closed"
        case .share: return "Share"
        }
    }
}

/// The help pane's state: which list, the filter, the selection, and what
/// is derived once per data version (orders, search text, the helper index),
/// so a keystroke filters bytes and draws only the visible rows.
struct HelpPane {
    var list = HelpList.open
    var filter = ""
    var filtering = false
    /// Enter: the detail takes the whole pane.
    var detailOnly = false
    var selection = 0
    var scroll = 0
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
        requests = state.requests.records
        members = state.members.records
        var names: [String: String] = [:]
        names.reserveCapacity(members.count)
        for m in members { names[m.id] = m.name }
        self.names = names
        me = state.member(actingAs: actor)?.id
        signals = state.needsWorkSignals(on: today)
        helperIndex = HelperIndex(state, today: today)
        suggestionsFor = nil

        requestSearch = requests.map { r in
            var parts = [r.kind == .needsWork ? "needs work" : r.kind.rawValue, r.text, names[r.from] ?? r.from]
            parts += r.tags
            for o in r.offers { parts.append(names[o.member] ?? o.member) }
            return Self.searchBytes(parts)
        }
        openInvolving = [:]
        for (i, r) in requests.enumerated() where r.isOpen {
            openInvolving[r.from, default: []].append(i)
            for o in r.offers where o.member != r.from { openInvolving[o.member, default: []].append(i) }
        }
        memberSearch = members.map { m in Self.searchBytes([m.name, m.pitch] + m.skills) }

        let all = Array(requests.indices)
        let created = requests.map(\.created)
        let open = all.filter { requests[$0].isOpen }.sorted { (created[$0], $0) < (created[$1], $1) }
        let finished = all.filter { !requests[$0].isOpen }
            .sorted { (requests[$0].closed ?? created[$0], $0) > (requests[$1].closed ?? created[$1], $1) }
        let mine = me.map { id in open.filter { requests[$0].involves(id) } + finished.filter { requests[$0].involves(id) } } ?? []
        var rank = nameRank
        if rank.count != members.count {
            let lowered = members.map { $0.name.lowercased() }
            rank = Array(repeating: 0, count: members.count)
            for (r, i) in members.indices.sorted(by: { (lowered[$0], $0) < (lowered[$1], $1) }).enumerated() { rank[i] = r }
        }
        let present = members.indices.filter { members[$0].isActive(on: today) && members[$0].role != .external }
        order = [.open: open, .mine: mine, .closed: finished, .share: present.sorted { rank[$0] < rank[$1] }]
        applyFilter()
    }

    /// Lower-cased words joined by spaces, as bytes. ASCII is lowered byte by
    /// byte; only text with other letters (Zoë, Çelik) goes through Unicode.
    static func searchBytes(_ parts: [String]) -> [UInt8] {
        var out: [UInt8] = []
        for (k, part) in parts.enumerated() {
            if k > 0 { out.append(0x20) }
            var ascii = true
            for b in part.utf8 where b >= 0x80 { ascii = false; break }
            if ascii { for b in part.utf8 { out.append((0x41...0x5A).contains(b) ? b + 0x20 : b) } }
            else { out.append(contentsOf: part.lowercased().utf8) }
        }
        return out
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
            candidates = candidates.filter { i in needles.allSatisfy { MembersPane.contains(search[i], $0) } }
        }
        lastFilter = (list, words, candidates)
        rows = candidates
        let at: Int?
        if list == .share {
            at = selectedMember.flatMap { id in rows.firstIndex { members[$0].id == id } }
        } else {
            at = selectedRequest.flatMap { id in rows.firstIndex { requests[$0].id == id } }
        }
        selection = at ?? min(selection, max(0, rows.count - 1))
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

    mutating func selectRow(_ row: Int, listHeight: Int) {
        guard !rows.isEmpty else { return }
        selection = max(0, min(rows.count - 1, row))
        rememberSelection()
        keepSelectionVisible(listHeight: listHeight)
    }

    mutating func move(by delta: Int, listHeight: Int) { selectRow(selection + delta, listHeight: listHeight) }

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
        selection = 0
        scroll = 0
        detailOnly = false
        applyFilter()
        keepSelectionVisible(listHeight: listHeight)
    }

    mutating func keepSelectionVisible(listHeight: Int) {
        let h = max(1, listHeight)
        if selection < scroll { scroll = selection }
        if selection >= scroll + h { scroll = selection - h + 1 }
        scroll = max(0, min(scroll, max(0, rows.count - h)))
    }
}
