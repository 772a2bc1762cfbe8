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
        words(part)?.text
    }

    /// The same as a phrase, its words chosen when shown.
    public static func words(_ part: ScorePart) -> StaffingWords? {
        switch part.reason {
        case let .skills(covered, total, _):
            return total == 0 ? .noSkillsAsked : .skills(covered, of: total)
        case let .spare(perWeek, _):
            return .hoursFree(HoursText.whole(perWeek))
        case let .freePerDay(perDay, _):
            return .hoursFreePerDay(HoursText.of(perDay))
        case let .travel(t):
            return .kilometres(t.wholeKilometres, minutes: t.minutes)
        case let .travelUnknown(place):
            return .travelUnknown(place)
        case .needsWork:
            return .needsWork
        case let .recentUtilisation(u):
            guard let u, u < StaffingAdvisor.lowUtilisation else { return nil }
            return .littleWorkLately(percent: Int((u * 100).rounded()))
        case let .lastAssignment(weeks):
            guard let weeks else { return .noAssignmentYet }
            return weeks == 0 ? .onAssignmentNow : .lastAssignment(weeksAgo: weeks)
        case .assignmentAhead:
            return .assignmentAhead
        case let .seniority(s, band):
            return part.value >= 1 ? nil : .seniorityFor(s, band)
        case let .wantsMore(wanted):
            return wanted.isEmpty ? nil : .wantsMore(wanted)
        }
    }
}
