import SamenCore

/// Hours, bars and wrapped text as every pane writes them.
extension AppModel {
    /// "12", "-4 !" (overbooked is marked with a sign and "!", never by colour alone).
    static func hours(_ h: Double, mark: Bool = false) -> String {
        let rounded = (h * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(format1: rounded)
        return mark && rounded < 0 ? text + "!" : text
    }

    /// Whole hours for the table ("-4!" when overbooked); the detail shows tenths.
    /// Rounded down, as the heat map does, so "16 free" means at least 16 in
    /// both places and the directory and the map never disagree.
    static func wholeHours(_ h: Double) -> String {
        let n = Int((h + 0.05).rounded(.down))
        return h < -0.05 ? "\(n == 0 ? -1 : n)!" : String(n)
    }

    static func spareRole(_ h: Double) -> StyleRole { h < -0.05 ? .overbooked : (h < 0.5 ? .full : .free) }

    /// `████▒▒░░░` : allocated, tentative, free; `!` marks overbooking.
    static func capacityBar(_ w: WeekCapacity, width: Int, unicode: Bool) -> String {
        guard w.effective > 0 else { return String(repeating: unicode ? "·" : ".", count: width) }
        let scale = Double(width) / w.effective
        let used = min(width, Int((w.allocated * scale).rounded()))
        let tentative = min(width - used, Int((w.tentative * scale).rounded()))
        let free = width - used - tentative
        let (full, tent, empty) = unicode ? ("█", "▒", "░") : ("#", "+", ".")
        var bar = String(repeating: full, count: used) + String(repeating: tent, count: tentative) + String(repeating: empty, count: free)
        if w.isOverbooked { bar = String(bar.dropLast()) + "!" }
        return bar
    }

    /// Words onto lines of at most `width` columns. The line's width is
    /// kept as it grows rather than measured again for every word: a reason
    /// line is measured once, not twenty times.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = "", used = 0
        for word in text.split(separator: " ") {
            let w = DisplayWidth.of(String(word))
            if !current.isEmpty && used + 1 + w > width {
                lines.append(current); current = ""; used = 0
            }
            if !current.isEmpty { current += " "; used += 1 }
            current += word; used += w
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
