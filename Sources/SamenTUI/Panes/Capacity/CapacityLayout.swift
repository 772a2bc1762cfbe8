/// Where the heat map's parts go for a screen size: the name column, the
/// week cells, the FREE sum, skills when there is room, and the network
/// totals and legend at the bottom.
struct CapacityLayout {
    let width: Int, height: Int
    let weeks: Int

    static let minNameWidth = 16
    static let maxNameWidth = 24
    static let freeWidth = 5
    /// Rows of network totals: capacity, allocated, tentative, utilised.
    static let totalRows = 4

    /// The most weeks that fit beside the narrowest name column.
    static func maxWeeks(width: Int) -> Int {
        max(1, min(CapacityView.maxWeeks, (width - 3 - minNameWidth - 1 - freeWidth) / CapacityCell.width))
    }

    init(width: Int, height: Int, weeks: Int) {
        self.width = width
        self.height = height
        self.weeks = min(weeks, Self.maxWeeks(width: width))
    }

    // Rows 0 (header), 1 (filter bar) and the last (keys) belong to the shell.
    var monthsY: Int { 2 }
    var headerY: Int { 3 }
    var firstRowY: Int { 4 }
    var legendY: Int { height - 2 }
    var totalsY: Int { legendY - Self.totalRows }
    var separatorY: Int { totalsY - 1 }
    var listHeight: Int { max(1, separatorY - firstRowY) }

    var nameX: Int { 1 }
    var nameWidth: Int {
        max(Self.minNameWidth, min(Self.maxNameWidth, width - 3 - 1 - weeks * CapacityCell.width - Self.freeWidth))
    }
    var cellsX: Int { nameX + nameWidth + 1 }
    func cellX(_ week: Int) -> Int { cellsX + week * CapacityCell.width }
    var freeX: Int { cellsX + weeks * CapacityCell.width }
    /// Skills after the FREE column, when at least a few columns are left.
    var skillsX: Int { freeX + Self.freeWidth + 2 }
    var skillsWidth: Int { width - 1 - skillsX }
    var showsSkills: Bool { skillsWidth >= 10 }
}
