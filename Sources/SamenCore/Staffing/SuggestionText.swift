/// Reasons said in a few words each, for one line per suggestion:
/// `skills 3/3 · 22 h/wk free · 14 km ~28 min · needs work ↑ · last assignment 9 wk ago`.
/// Parts that neither raise nor lower a member much (a seniority that fits the
/// project, ordinary utilisation) are left off the line; they stay in the
/// structured reasons and in `--json`.
public enum SuggestionText {
    public static let separator = " · "

    public static func line(_ parts: [ScorePart]) -> String {
        parts.compactMap(phrase).joined(separator: separator)
    }

    /// The words for one part, or nil when it is not worth a place on the line.
    public static func phrase(_ part: ScorePart) -> String? {
        switch part.reason {
        case let .skills(covered, total, _):
            return total == 0 ? "no skills asked" : "skills \(covered)/\(total)"
        case let .spare(perWeek, _):
            return "\(HoursText.whole(perWeek)) h/wk free"
        case let .travel(t):
            return t.minutes == 0 ? "0 km" : "\(t.wholeKilometres) km ~\(t.minutes) min"
        case let .travelUnknown(place):
            return "travel unknown: place '\(place)' not in the table"
        case .needsWork:
            return "needs work ↑"
        case let .recentUtilisation(u):
            guard let u, u < StaffingAdvisor.lowUtilisation else { return nil }
            return "little work lately (\(Int((u * 100).rounded())) %) ↑"
        case let .lastAssignment(weeks):
            guard let weeks else { return "no network assignment yet" }
            return weeks == 0 ? "on an assignment now" : "last assignment \(weeks) wk ago"
        case .assignmentAhead:
            return "booked on an assignment that starts later"
        case let .seniority(s, band):
            return part.value >= 1 ? nil : "\(s.rawValue) for a \(band.rawValue) job"
        }
    }
}
