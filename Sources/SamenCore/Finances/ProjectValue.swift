/// What a project is worth at the network's fixed hourly rates: its estimated
/// hours at the rate card in force on the day it was accepted (ST-groep's
/// freelancers are paid by seniority and project size; a later raise of the
/// card does not reprice work already taken on).
public struct ProjectValue: Sendable, Equatable {
    /// One member's part: their share of the hours at their seniority's rate.
    public struct Part: Sendable, Equatable {
        public var member: String
        public var seniority: Seniority
        /// Tenths of an hour, for display: the estimate shared by allocated hours.
        public var tenthsOfHours: Int64
        public var hourly: Money
        public var amount: Money
    }

    public var total: Money
    /// The day whose rate card prices it: acceptance, or today if not accepted yet.
    public var pricedOn: Day
    public var accepted: Bool
    public var band: SizeBand
    public var parts: [Part]
}

extension NetworkState {
    /// The estimated value of `project`: its estimated hours shared among the
    /// team in proportion to their allocated hours (or all to the lead when
    /// nobody is allocated yet), each part at the member's hourly rate for
    /// their seniority and the project's size band on the acceptance day.
    /// Throws with the reason when it cannot be priced.
    public func estimatedValue(of project: Project, today: Day) throws -> ProjectValue {
        guard !network.rateCard.isEmpty else {
            throw DomainError(LedgerRefusal.noRateCard)
        }
        let day = project.accepted ?? today
        let band = network.sizeBand(forHours: project.estimatedHours)
        var weights: [(member: String, weight: Int64)] = []
        for a in project.allocations {
            let hours = Int64(a.hoursPerWeek.halfHours) * Int64(Self.workingDays(a.range))
            if hours > 0 { weights.append((a.member, hours)) }
        }
        if weights.isEmpty {
            guard let lead = project.lead else {
                throw DomainError(LedgerRefusal.nobodyToPrice(project.id))
            }
            weights = [(lead, 1)]
        }
        let total = weights.reduce(Int64(0)) { $0 + $1.weight }
        let halfHours = Int64(project.estimatedHours.halfHours)
        var parts: [ProjectValue.Part] = []
        for (id, weight) in weights {
            guard let m = members[id: id] else { throw DomainError(LedgerRefusal.memberOnProjectMissing(id, project.id)) }
            guard let rate = network.hourlyRate(m.seniority, band, on: day) else {
                throw DomainError(LedgerRefusal.noRateFor(m.seniority, band, day))
            }
            parts.append(ProjectValue.Part(member: id, seniority: m.seniority,
                                           tenthsOfHours: Money(cents: halfHours * 5).scaled(by: weight, over: total).cents,
                                           hourly: rate, amount: rate.scaled(by: halfHours * weight, over: total * 2)))
        }
        return ProjectValue(total: parts.reduce(Money.zero) { $0 + $1.amount }, pricedOn: day,
                            accepted: project.accepted != nil, band: band, parts: parts)
    }

    /// Monday to Friday in `range`: allocations are hours a working week.
    static func workingDays(_ range: DateRange) -> Int {
        let weeks = range.dayCount / 7
        var n = weeks * 5
        var d = range.start.advanced(by: weeks * 7)
        while d <= range.end { if d.weekday <= 5 { n += 1 }; d = d.advanced(by: 1) }
        return n
    }
}

extension ProjectValue {
    /// In `samen project show --json`: money in cents, hours to a tenth.
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("total", total); b.set("pricedOn", pricedOn); b.set("accepted", accepted); b.set("band", band)
        b.set("parts", .array(parts.map { p in
            var o = JSONObjectBuilder()
            o.set("member", p.member); o.set("seniority", p.seniority)
            o.set("hours", JSONNumber.hours(Double(p.tenthsOfHours) / 10))
            o.set("hourly", p.hourly); o.set("amount", p.amount)
            return o.value
        }))
        return b.value
    }
}
