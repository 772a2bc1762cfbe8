import SamenCore

/// Where the stage bar, the filter line, the project list and the detail go
/// for a screen size: the list-and-detail layout under a bar (as in Finances).
typealias ProjectsLayout = BarredListLayout

/// The columns of a stage's table, as many as fit: each stage puts first
/// what its decisions need (age and source when triaging, the lead once
/// someone leads, the status among declined, lost and cancelled).
struct ProjectColumns {
    enum Kind: CaseIterable { case id, age, status, title, client, source, skills, city, hours, period, lead }

    struct Column: Equatable {
        var kind: Kind
        var width: Int
        var title: String { ProjectsWords.column(kind).text }
        var rightAligned: Bool { kind == .id || kind == .age || kind == .hours }
    }

    /// Narrowest and widest each column may be; fixed ones have both equal.
    static func range(_ k: Kind, idWidth: Int) -> ClosedRange<Int> {
        switch k {
        case .id: return idWidth...idWidth
        case .age: return 4...4
        // "geannuleerd" is eleven letters; English keeps its nine.
        case .status: return Language.current == .nl ? 11...11 : 9...9
        case .title: return 20...44
        case .client: return 12...28
        case .source: return 12...18
        case .skills: return 12...32
        case .city: return 10...14
        case .hours: return 5...5
        case .period: return 14...14
        case .lead: return 12...18
        }
    }

    static func priority(_ stage: ProjectStage) -> [Kind] {
        switch stage {
        case .incoming: return [.id, .age, .title, .client, .skills, .hours, .period, .source, .city, .lead]
        case .proposal, .active: return [.id, .title, .client, .lead, .skills, .hours, .period, .city, .source]
        case .done: return [.id, .title, .client, .lead, .hours, .period, .skills, .city, .source]
        case .closed: return [.id, .status, .title, .client, .hours, .period, .lead, .skills, .city, .source]
        }
    }

    var columns: [Column]

    /// `width` is the list's width; one column of margin on each side.
    init(width: Int, stage: ProjectStage, idWidth: Int) {
        // What is left goes to the text columns a column at a time, so they
        // grow together; title first, then client, skills and the names.
        columns = Table.fit(widths: Kind.allCases.map { ($0, Self.range($0, idWidth: idWidth)) }, priority: Self.priority(stage),
                            grow: [.title, .client, .skills, .lead, .source, .city], room: width - 2)
            .map { Column(kind: $0.kind, width: $0.width) }
    }
}
