import SamenCore

/// Where the person is in one stage's list; each stage keeps its own, so
/// going to Done and back to Incoming lands on the same project.
struct StageCursor: Equatable {
    var list = ListState()
    /// The project selected; kept across reloads, filters and sorts.
    var selectedID: Int?
}

/// The Projects pane: the pipeline by stage, a filtered, sorted, virtual
/// list per stage, the selected project's detail, and "who could do this?".
struct ProjectsPane: SelectableList, FilteredList {
    var stage = ProjectStage.incoming
    var filterInput = FilterInput()
    var sort = ProjectSort.age
    /// Enter: the detail takes the whole pane.
    var detailOnly = false
    var cursors = Array(repeating: StageCursor(), count: ProjectStage.allCases.count)
    /// "Who could do this?" for one project, when open (`t`).
    var suggestions: SuggestionsView?
    /// "Asked of me", when open (`m`).
    var askedOfMe: AskedOfMeView?

    private(set) var index = ProjectsIndex()
    /// Positions (into `index.projects`) shown per stage, in display order.
    private(set) var rows = Array(repeating: [Int](), count: ProjectStage.allCases.count)
    /// Each stage in the current sort, before filtering: what a filter walks.
    private var sorted = Array(repeating: [Int](), count: ProjectStage.allCases.count)
    /// What the rows were last filtered by, so a longer filter only looks at
    /// what the shorter one kept.
    private var lastFilter: (words: [String], rows: [[Int]])?
    /// Results of the filters typed since the last data change or sort, so
    /// deleting back to an earlier filter looks nothing up again. A few
    /// dozen at most: typing a filter and deleting it is what people do.
    private var earlier: [[String]: [[Int]]] = [:]
    static let earlierKept = 32
    /// Built on the first "who could do this?" after a data change and
    /// reused for every project until the next one.
    var advisor: StaffingAdvisor?

    /// New data: indexes and orders are rebuilt, each stage's selection stays
    /// on the same project. The advisor is dropped; it is rebuilt when asked.
    /// Set when the data changed while the pane was not shown.
    var stale = true

    mutating func rebuild(state: NetworkState) {
        index = ProjectsIndex(state)
        advisor = nil
        resort()
    }

    /// The sort changed (or the data): every stage is put in order again.
    mutating func resort() {
        for s in ProjectStage.allCases { sorted[s.rawValue] = index.ordered(s, by: sort) }
        lastFilter = nil
        earlier = [:]
        applyFilter()
    }

    /// Recomputes every stage's rows from the filter: the counts in the stage
    /// bar are of what the filter lets through.
    mutating func applyFilter() {
        let words = filter.lowercased().split(separator: " ").map(String.init)
        let narrowing: Bool
        if let last = lastFilter, !last.words.isEmpty, last.words.count <= words.count {
            narrowing = zip(last.words, words).allSatisfy { $1.hasPrefix($0) }
        } else {
            narrowing = false
        }
        if words.isEmpty {
            rows = sorted
        } else if let known = earlier[words] {
            rows = known
        } else {
            let needles = words.map { Array($0.utf8) }
            for s in ProjectStage.allCases {
                let candidates = narrowing ? lastFilter!.rows[s.rawValue] : sorted[s.rawValue]
                rows[s.rawValue] = index.matching(candidates, needles: needles)
            }
            if earlier.count >= Self.earlierKept { earlier = [:] }
            earlier[words] = rows
        }
        lastFilter = (words, rows)
        for s in ProjectStage.allCases { settle(s) }
    }

    /// Puts a stage's selection back on its project, or within the rows.
    private mutating func settle(_ s: ProjectStage) {
        let list = rows[s.rawValue]
        var c = cursors[s.rawValue]
        c.list.settle(at: c.selectedID.flatMap { id in list.firstIndex { index.projects[$0].id == id } }, count: list.count)
        c.selectedID = list.isEmpty ? nil : index.projects[list[c.list.selection]].id
        cursors[s.rawValue] = c
    }

    // MARK: The current stage

    var shown: [Int] { rows[stage.rawValue] }
    /// The current stage's place in its list.
    var cursor: ListState {
        get { cursors[stage.rawValue].list }
        set { cursors[stage.rawValue].list = newValue }
    }
    func count(_ s: ProjectStage) -> Int { rows[s.rawValue].count }
    var matchCount: Int { rows.reduce(0) { $0 + $1.count } }
    var total: Int { index.count }

    var selectedProject: Project? { shown.isEmpty ? nil : index.projects[shown[cursor.selection]] }
    func project(atRow row: Int) -> Project { index.projects[shown[row]] }

    var rowCount: Int { shown.count }
    mutating func selectionMoved() { cursors[stage.rawValue].selectedID = index.projects[shown[selection]].id }

    /// Selects the project with `id` in whatever stage it is now.
    mutating func select(id: Int, listHeight: Int) {
        guard let at = index.position(of: id) else { return }
        stage = index.stage[at]
        if let row = shown.firstIndex(of: at) { selectRow(row, listHeight: listHeight) }
    }

    /// The filter changed while typing: each stage starts at its best match.
    mutating func filterChanged() {
        for s in ProjectStage.allCases { cursors[s.rawValue] = StageCursor() }
        applyFilter()
    }
}
