/// One assignment's life in a demo, from the day it came in to the day it was
/// finished, each step a change on its own day in the order the pipeline allows
/// (incoming -> proposal -> active -> done, or off to declined, lost, cancelled).
struct DemoProject {
    enum Fate {
        /// Just arrived; nobody has triaged it yet.
        case incoming
        /// A lead and an offer out; the team's hours are tentative.
        case proposal
        /// Won: active from its start, done once its end has passed.
        case won
        case declined(DeclineReason, String)
        /// The client said no to the offer.
        case lost(String)
        /// Started, then stopped by the client.
        case cancelled(String)
    }

    struct Hours {
        var member: String
        var perWeek: Int
        /// Part of the period, in weeks from its start; nil for all of it.
        var weeks: Range<Int>? = nil
    }

    var key: String
    var title: String
    var client: String
    var source: String? = nil
    var description = ""
    var skills: [String]
    var city: String
    /// Days from today to the first day of work (snapped to that week's Monday).
    var start: Int
    var weeks: Int = 1
    /// For short jobs (a congress): the number of days instead of whole weeks.
    var days: Int? = nil
    /// Days from today on which it came in.
    var received: Int
    var lead: String? = nil
    var team: [Hours] = []
    var hires: [ExternalHire] = []
    /// Nil: the team's hours over the period.
    var estimatedHours: Int? = nil
    var budget: Money? = nil
    var maxTravelKm: Int? = nil
    var fate: Fate

    func period(today: Day) -> DateRange {
        let first = DemoCalendar.monday(of: today.advanced(by: start))
        if let days { return DateRange(first, first.advanced(by: max(1, days) - 1))! }
        return DateRange(start: first, weeks: weeks)
    }

    func range(of h: Hours, today: Day) -> DateRange {
        let p = period(today: today)
        guard let w = h.weeks else { return p }
        let from = p.start.advanced(by: w.lowerBound * 7)
        return DateRange(from, min(p.end, p.start.advanced(by: w.upperBound * 7 - 1)))!
    }

    /// The estimate given, else the team's hours over the period (for a short job, one week's).
    var hoursEstimate: Int {
        if let estimatedHours { return estimatedHours }
        return max(1, team.reduce(0) { $0 + $1.perWeek * (days == nil ? ($1.weeks?.count ?? weeks) : 1) })
    }

    /// Schedules every step of this project's life; `decider` speaks for the
    /// group when nobody leads yet (declining).
    func schedule(in h: inout DemoHistory, decider: String) {
        let today = h.today
        let period = period(today: today)
        let came = today.advanced(by: received)
        let by = lead ?? source ?? decider
        let record = Project(id: 0, title: title, client: client, source: source, description: description, skills: skills,
                             city: city, estimatedHours: SamenCore.Hours(hoursEstimate), period: period, budget: budget,
                             maxTravelKm: maxTravelKm, received: Timestamp(secondsSinceEpoch: 0))
        h.on(came, hour: 9, by: source ?? decider, "add project \(key)") { [key] h, ctx in try h.addProject(key, record, ctx) }
        if case let .declined(reason, note) = fate {
            h.on(came.advanced(by: 3), by: decider, project: key) { .moveProject(project: $0, to: .declined, reason: reason, note: note) }
            return
        }
        guard let lead else { return }
        h.on(came.advanced(by: 2), by: decider, project: key) { .setLead(project: $0, member: lead) }
        let offered = came.advanced(by: 4)
        h.on(offered, by: by, project: key) { .moveProject(project: $0, to: .proposal, reason: nil, note: "offer sent to \(client)") }
        switch fate {
        case .incoming, .declined:
            return
        case .proposal:
            allocate(in: &h, on: offered.advanced(by: 1), by: by)
        case let .lost(note):
            h.on(offered.advanced(by: 21), by: by, project: key) { .moveProject(project: $0, to: .lost, reason: nil, note: note) }
        case .won, .cancelled:
            // The client signs about a week before work starts, never before the offer.
            let signed = max(offered.advanced(by: 1), period.start.advanced(by: -7))
            h.on(signed, by: by, project: key) { .moveProject(project: $0, to: .active, reason: nil, note: "signed by \(client)") }
            allocate(in: &h, on: signed, by: by)
            for hire in hires { h.on(signed, hour: 12, by: by, project: key) { .hireExternal(project: $0, hire) } }
            if case let .cancelled(note) = fate {
                let stop = period.start.advanced(by: min(14, period.dayCount - 1))
                h.on(stop, by: by, project: key) { .moveProject(project: $0, to: .cancelled, reason: nil, note: note) }
            } else {
                h.on(period.end.advanced(by: 2), by: by, project: key) { .moveProject(project: $0, to: .done, reason: nil, note: "delivered") }
            }
        }
    }

    private func allocate(in h: inout DemoHistory, on day: Day, by: String) {
        for member in team {
            let a = Allocation(member: member.member, hoursPerWeek: SamenCore.Hours(member.perWeek), range: range(of: member, today: h.today))
            h.on(day, hour: 11, by: by, project: key) { .allocate(project: $0, a) }
        }
    }
}
