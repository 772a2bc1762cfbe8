import SamenCore

/// What the Projects pane needs of every project, worked out once per data
/// version so that switching stage, filtering and drawing never walk 50,000
/// project records: each project's stage, the keys it sorts by, and its
/// searchable text.
struct ProjectsIndex {
    /// `state.projects.records`, shared (copy on write), not copied.
    private(set) var projects: [Project] = []
    private(set) var stage: [ProjectStage] = []
    /// Sort keys by position, so a sort compares integers and copies no project.
    private(set) var received: [Int64] = []
    private(set) var start: [Int32] = []
    /// Estimated hours in half hours, for sorting by size.
    private(set) var hours: [Int] = []
    /// Positions of each stage's projects, in id order.
    private(set) var byStage: [[Int]] = Array(repeating: [], count: ProjectStage.allCases.count)
    /// Member names by id, for the source, lead and team columns.
    private(set) var names: [String: String] = [:]
    /// Every project's lower-cased id, title, client, source, skills, city,
    /// lead and status, end to end in one buffer (`offsets[i]..<offsets[i+1]`):
    /// one allocation instead of 50,000, and a filter keystroke reads it
    /// front to back.
    private var text: [UInt8] = []
    private var offsets: [Int] = [0]

    init() {}

    init(_ state: NetworkState) {
        projects = state.projects.records
        for m in state.members { names[m.id] = m.name }
        let n = projects.count
        stage.reserveCapacity(n); received.reserveCapacity(n); start.reserveCapacity(n); hours.reserveCapacity(n)
        offsets.reserveCapacity(n + 1)
        text.reserveCapacity(n * 96)
        // Each member's id and name, lower-cased once, not once per project they bring in or lead.
        var person: [String: [UInt8]] = [:]
        for m in state.members {
            var bytes: [UInt8] = []
            SearchText.append(m.id, to: &bytes)
            SearchText.append(m.name, to: &bytes)
            person[m.id] = bytes
        }
        // In Dutch the stage and "collectief" are found in Dutch too (the English words still match).
        let dutch = Language.current == .nl
        let dutchStatus = Dictionary(uniqueKeysWithValues: ProjectStatus.allCases.map { ($0, ProjectsWords.status($0).nl) })
        projects.withUnsafeBufferPointer { all in
            // Fields are read in place: binding a whole Project would copy
            // (and retain) every one of its strings and arrays.
            for i in all.indices {
                let s = ProjectStage(all[i].status)
                stage.append(s)
                byStage[s.rawValue].append(i)
                received.append(all[i].received.secondsSinceEpoch)
                start.append(all[i].period.start.daysSinceEpoch)
                hours.append(all[i].estimatedHours.halfHours)
                SearchText.append(String(all[i].id), to: &text)
                SearchText.append(all[i].title, to: &text)
                SearchText.append(all[i].client, to: &text)
                if let source = all[i].source {
                    if let bytes = person[source] { text.append(contentsOf: bytes) } else { SearchText.append(source, to: &text) }
                } else {
                    SearchText.append("collective", to: &text)
                    if dutch { SearchText.append(ProjectsWords.collective.nl, to: &text) }
                }
                for skill in all[i].skills { SearchText.append(skill, to: &text) }
                SearchText.append(all[i].city, to: &text)
                if let lead = all[i].lead {
                    if let bytes = person[lead] { text.append(contentsOf: bytes) } else { SearchText.append(lead, to: &text) }
                }
                SearchText.append(all[i].status.rawValue, to: &text)
                if dutch { SearchText.append(dutchStatus[all[i].status]!, to: &text) }
                offsets.append(text.count)
            }
        }
    }

    var count: Int { projects.count }

    func name(of member: String?) -> String? { member.map { names[$0] ?? $0 } }

    /// The position of the project with `id` (projects are in id order).
    func position(of id: Int) -> Int? {
        var lo = 0, hi = projects.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let k = projects[mid].id
            if k == id { return mid }
            if k < id { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// Positions of `candidates` whose text holds every needle, in the same order.
    func matching(_ candidates: [Int], needles: [[UInt8]]) -> [Int] {
        guard !needles.isEmpty else { return candidates }
        var out: [Int] = []
        out.reserveCapacity(candidates.count)
        text.withUnsafeBufferPointer { all in
            let base = all.baseAddress!
            for i in candidates {
                let from = offsets[i], to = offsets[i + 1]
                if needles.allSatisfy({ SearchText.contains(base + from, to - from, $0) }) { out.append(i) }
            }
        }
        return out
    }

    /// A stage's positions in the order `sort` gives; equal keys keep id order.
    func ordered(_ stage: ProjectStage, by sort: ProjectSort) -> [Int] {
        var list = byStage[stage.rawValue]
        let ascending = stage.isOpen
        switch sort {
        case .age:
            let key = received
            list.sort { key[$0] != key[$1] ? (key[$0] < key[$1]) == ascending : $0 < $1 }
        case .start:
            let key = start
            list.sort { key[$0] != key[$1] ? (key[$0] < key[$1]) == ascending : $0 < $1 }
        case .size:
            let key = hours
            list.sort { key[$0] != key[$1] ? key[$0] > key[$1] : $0 < $1 }
        }
        return list
    }
}
