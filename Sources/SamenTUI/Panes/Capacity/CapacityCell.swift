import SamenCore

/// How booked one member's week is, from free to overbooked: the colour of a
/// heat-map cell and, because colour is never the only sign (mono and
/// colour-blind themes, a bad terminal), its symbol.
enum CapacityLevel: CaseIterable, Equatable {
    /// No hours that week: time off, nothing contracted, not a member yet or any more.
    case none
    /// Less than half of the effective hours booked.
    case free
    /// Half booked or more, some whole hours left.
    case busy
    /// No whole hour left.
    case full
    /// More booked than there is.
    case overbooked

    init(_ w: WeekCapacity) {
        let shown = CapacityCell.wholeFreeHours(w.spare)
        if shown < 0 { self = .overbooked }
        else if w.effective <= 0 { self = .none }
        else if shown == 0 { self = .full }
        else if w.allocated * 2 >= w.effective { self = .busy }
        else { self = .free }
    }

    var role: StyleRole {
        switch self {
        case .none: return .dim
        case .free: return .free
        case .busy: return .busy
        case .full: return .full
        case .overbooked: return .overbooked
        }
    }

    /// The symbol after the number; free weeks have none, so the eye goes to the rest.
    func glyph(unicode: Bool) -> String {
        switch self {
        case .none, .free: return " "
        case .busy: return unicode ? "◐" : "="
        case .full: return unicode ? "●" : "#"
        case .overbooked: return "!"
        }
    }
}

/// One cell of the heat map: free hours right-aligned in three columns, then
/// one symbol column, four columns in all. The symbol says the level, or that
/// proposals (tentative work) would take some of the free hours.
struct CapacityCell: Equatable {
    static let width = 4

    var number: String
    var glyph: String
    var numberRole: StyleRole
    var glyphRole: StyleRole

    init(_ w: WeekCapacity, unicode: Bool) {
        let level = CapacityLevel(w)
        let tentative = w.tentative > 0.05 && level != .overbooked
        if level == .none && w.allocated <= 0 {
            number = unicode ? "  ·" : "  ."
        } else {
            let n = max(-99, Self.wholeFreeHours(w.spare))  // 80 h/week at most; -99 stands for "far over"
            let text = String(n)
            number = String(repeating: " ", count: max(0, 3 - text.count)) + text
        }
        numberRole = level.role
        glyph = tentative ? Self.tentativeGlyph(unicode: unicode) : level.glyph(unicode: unicode)
        glyphRole = tentative ? .tentative : level.role
    }

    static func tentativeGlyph(unicode: Bool) -> String { unicode ? "▒" : "~" }

    /// Free hours as the map shows them and the minimum-free filter compares
    /// them: whole hours, rounded down (15.6 free is not 16 free), with a
    /// twentieth of an hour of slack for sums of fifths of a week that come out
    /// a hair under a whole number. Below zero means overbooked.
    static func wholeFreeHours(_ spare: Double) -> Int {
        Int((spare + 0.05).rounded(.down))
    }

    /// Network totals in four columns: "612", "5.8k", "58k", "215k", "2.1M".
    static func compact(_ hours: Double) -> String {
        let h = hours.rounded()
        let a = abs(h)
        let sign = h < 0 ? "-" : ""
        if a < 1000 { return String(Int(h)) }
        if a < 9_950 { return sign + String(format1: a / 1000) + "k" }
        if a < 999_500 { return sign + String(Int((a / 1000).rounded())) + "k" }
        return sign + String(format1: a / 1_000_000) + "M"
    }

    /// A network's utilisation in a cell: "78%"; "-" when nobody has hours.
    static func percent(_ allocated: Double, of effective: Double) -> String {
        guard effective > 0 else { return "-" }
        return "\(Int((allocated / effective * 100).rounded()))%"
    }
}
