import Foundation
import SamenCore

/// Issue 17's row: a proposed team for a congress-like job of four skills,
/// 110 hours over three working days, more than anyone has free: the
/// ranking, the greedy cover with hours, the local swaps and the reasons.
func teamRows(size: String, advisor: StaffingAdvisor, state: NetworkState, today: Day, big: Bool) -> [Row] {
    let monday = ISOWeek(containing: today.advanced(by: 28)).monday
    guard let days = DateRange(monday.advanced(by: 1), monday.advanced(by: 3)) else { return [] }
    let job = Project(id: 9_999_998, title: "Bench congress", client: "Bench", skills: ["design", "film", "pr", "web"], city: "Utrecht",
                      estimatedHours: 110, period: days, received: .now())
    var members = 0, covers = false
    let time = measure(runs: big ? 15 : 50) {
        let team = advisor.suggest(for: job, today: today, limit: 10).team
        members = team?.members.count ?? 0
        covers = team?.coversEverything ?? false
    }
    return [Row(size: size, what: "staffing: a team proposed for a four-skill job of 3 days (\(members) members\(covers ? ", every skill covered" : ""))",
                median: time, unit: "ms", target: big ? "≤ 30 ms" : "")]
}
