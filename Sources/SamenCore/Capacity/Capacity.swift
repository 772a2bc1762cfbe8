/// A member's hours in one ISO week, by the capacity planners' definitions
/// (Float, Runn): contracted hours minus time off is effective capacity;
/// hours on won (active) work are allocated; hours on proposals are tentative
/// and shown apart; spare is effective minus allocated.
public struct WeekCapacity: Sendable, Equatable {
    public var week: ISOWeek
    /// Contracted hours for network work in this week, before time off.
    public var contracted: Double
    public var effective: Double
    public var allocated: Double
    public var tentative: Double

    public var spare: Double { effective - allocated }
    public var isOverbooked: Bool { spare < -0.05 }
    /// Allocated over effective; nil when there is no capacity at all.
    public var utilisation: Double? { effective > 0 ? allocated / effective : nil }
}

/// Answers capacity questions for one state. Build it once per loaded state
/// (it indexes every allocation by member) and ask it as often as the screen
/// needs: a week of one member costs a handful of additions.
public struct CapacityIndex: Sendable {
    struct Booking: Sendable {
        var hoursPerWeek: Int
        var range: DateRange
        var tentative: Bool
    }

    private let bookings: [String: [Booking]]

    public init(_ state: NetworkState) {
        var b: [String: [Booking]] = [:]
        for p in state.projects {
            let tentative: Bool
            switch p.status {
            case .active: tentative = false
            case .proposal, .incoming: tentative = true
            default: continue
            }
            for a in p.allocations {
                b[a.member, default: []].append(Booking(hoursPerWeek: a.hoursPerWeek, range: a.range, tentative: tentative))
            }
        }
        bookings = b
    }

    /// Capacity of `member` in `week`. Works per working day (Monday to
    /// Friday, a fifth of the week each), so a change of contracted hours,
    /// time off, joining or leaving, or a project that starts mid-week counts
    /// only for the days it covers.
    public func week(_ week: ISOWeek, of member: Member) -> WeekCapacity {
        var contracted = 0.0, effective = 0.0
        let monday = week.monday
        for offset in 0..<5 {
            let day = monday.advanced(by: offset)
            guard member.isActive(on: day) else { continue }
            let perDay = Double(member.contractedHours(on: day)) / 5
            contracted += perDay
            if !member.timeOff.contains(where: { $0.range.contains(day) }) { effective += perDay }
        }
        var allocated = 0.0, tentative = 0.0
        for b in bookings[member.id] ?? [] {
            let days = b.range.workingDays(in: week)
            guard days > 0 else { continue }
            let hours = Double(b.hoursPerWeek) * Double(days) / 5
            if b.tentative { tentative += hours } else { allocated += hours }
        }
        return WeekCapacity(week: week, contracted: contracted, effective: effective, allocated: allocated, tentative: tentative)
    }

    /// `count` consecutive weeks from `first`.
    public func weeks(_ first: ISOWeek, count: Int, of member: Member) -> [WeekCapacity] {
        (0..<max(0, count)).map { week(first.advanced(by: $0), of: member) }
    }

    /// Spare hours summed over `count` weeks from `first`.
    public func spare(from first: ISOWeek, weeks count: Int, of member: Member) -> Double {
        weeks(first, count: count, of: member).reduce(0) { $0 + $1.spare }
    }
}
