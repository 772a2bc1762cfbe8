/// How a team's hours are counted over a job's own days.
///
/// An allocation books the same hours on every working day of its range
/// (`hoursPerWeek / 5` a day), so what a member can take on is the rate they
/// can keep up on each of the job's days: their contracted hours spread over
/// the working days, minus time off on those days, minus other (won) work on
/// those days. A job shorter than two weeks is counted and said per day
/// ("3 days · 9 h/day"); a longer one per week.
public struct JobDays: Sendable, Equatable {
    /// Working days in the job's period (at least 1).
    public var workingDays: Int
    /// Shorter than two weeks: need and free time said per day.
    public var short: Bool
    /// Hours are handed out in steps of this many half hours a week: half an
    /// hour a day on a short job (2.5 h/wk), half an hour a week otherwise,
    /// so no piece of work is ever smaller than a half hour.
    public var stepHalfHoursPerWeek: Int

    public init(_ period: DateRange) {
        workingDays = max(1, period.workingDays(in: period))
        short = period.dayCount < 14
        stepHalfHoursPerWeek = short ? 5 : 1
    }

    /// Hours one step adds over the whole job.
    public var stepHours: Double { Double(stepHalfHoursPerWeek) / 10 * Double(workingDays) }

    /// Steps that cover `hours` (rounded up: a need is met, never cut).
    func steps(covering hours: Double) -> Int {
        guard hours > 0, hours.isFinite else { return 0 }
        return Int((hours / stepHours - 1e-9).rounded(.up))
    }

    /// The allocation's hours a week for `steps` steps.
    func hoursPerWeek(steps: Int) -> Hours { Hours(halfHours: steps * stepHalfHoursPerWeek) }

    /// Total hours over the job for `steps` steps.
    func hours(steps: Int) -> Double { Double(steps) * stepHours }
}

/// A member's free time over a job's days, week part by week part.
struct FreeTime {
    /// Free hours summed over the job's days.
    var total: Double
    /// Steps (see `JobDays`) the member can take on without being overbooked
    /// on any part of the job: the lowest daily rate any week part allows.
    var steps: Int

    /// `room`: free hours in each week part of the job, `days`: its working days.
    init(room: [Double], days: [Int], job: JobDays) {
        total = room.reduce(0, +)
        var rate = Double.infinity
        for (r, d) in zip(room, days) where d > 0 { rate = min(rate, max(0, r) / Double(d)) }
        if !rate.isFinite { steps = 0; return }
        // No allocation may pass the most hours a week anyone books.
        let perWeek = min(rate * 5, Limits.hoursPerWeek.upperBound.value)
        steps = max(0, Int((perWeek * 2 / Double(job.stepHalfHoursPerWeek) + 1e-6).rounded(.down)))
    }
}
