/// A member's hours in one ISO week (or the part of it a project covers), by
/// the capacity planners' definitions (Float, Runn): contracted hours minus
/// time off is effective capacity; hours on won (active) work are allocated;
/// hours on proposals are tentative and shown apart; spare is effective minus
/// allocated.
public struct WeekCapacity: Sendable, Equatable {
    public var week: ISOWeek
    /// Contracted hours for network work in this week, before time off.
    public var contracted: Double
    public var effective: Double
    public var allocated: Double
    public var tentative: Double

    public init(week: ISOWeek, contracted: Double, effective: Double, allocated: Double, tentative: Double) {
        self.week = week; self.contracted = contracted; self.effective = effective
        self.allocated = allocated; self.tentative = tentative
    }

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
        var halfHoursPerWeek: Int
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
            // Only proposals carry a team; an incoming project has none yet.
            case .proposal, .incoming: tentative = true
            default: continue
            }
            for a in p.allocations {
                b[a.member, default: []].append(Booking(halfHoursPerWeek: a.hoursPerWeek.halfHours, range: a.range, tentative: tentative))
            }
        }
        bookings = b
    }

    /// Capacity of `member` in `week`. Works per working day (Monday to
    /// Friday, a fifth of the week each), so a change of contracted hours,
    /// time off, joining or leaving, or a project that starts mid-week counts
    /// only for the days it covers.
    public func week(_ week: ISOWeek, of member: Member) -> WeekCapacity {
        hours(over: week.days, week: week, of: member, bookings: bookings[member.id] ?? [])
    }

    /// Capacity of `member` over the working days of `days` that fall in
    /// `week`: a project's first and last, partial, weeks.
    public func part(of week: ISOWeek, within days: DateRange, of member: Member) -> WeekCapacity {
        let part = days.intersection(week.days)
        guard let part else { return WeekCapacity(week: week, contracted: 0, effective: 0, allocated: 0, tentative: 0) }
        return hours(over: part, week: week, of: member, bookings: bookings[member.id] ?? [])
    }

    /// A member's bookings, looked up once by callers that ask many weeks
    /// of the same member (staffing asks a dozen per candidate).
    struct MemberBookings { fileprivate let list: [Booking] }
    func bookings(of member: Member) -> MemberBookings { MemberBookings(list: bookings[member.id] ?? []) }

    func part(of week: ISOWeek, within days: DateRange, of member: Member, _ b: MemberBookings) -> WeekCapacity {
        guard let part = days.intersection(week.days) else { return WeekCapacity(week: week, contracted: 0, effective: 0, allocated: 0, tentative: 0) }
        return hours(over: part, week: week, of: member, bookings: b.list)
    }

    /// Sums over any span of days at once (labelled with the week it starts in).
    func span(_ days: DateRange, of member: Member, _ b: MemberBookings) -> WeekCapacity {
        hours(over: days, week: ISOWeek(containing: days.start), of: member, bookings: b.list)
    }

    /// `count` consecutive weeks from `first`.
    public func weeks(_ first: ISOWeek, count: Int, of member: Member) -> [WeekCapacity] {
        let mine = bookings[member.id] ?? []
        var result: [WeekCapacity] = []
        result.reserveCapacity(max(0, count))
        var monday = first.monday
        for _ in 0..<max(0, count) {
            let week = ISOWeek(containing: monday)
            result.append(hours(over: DateRange(monday, monday.advanced(by: 6))!, week: week, of: member, bookings: mine))
            monday = monday.advanced(by: 7)
        }
        return result
    }

    /// Spare hours summed over `count` weeks from `first`.
    public func spare(from first: ISOWeek, weeks count: Int, of member: Member) -> Double {
        weeks(first, count: count, of: member).reduce(0) { $0 + $1.spare }
    }

    /// Sums the working days of `days` (all within one week). Hours are
    /// counted in tenths of an hour, one working day of an `h` hours-a-week
    /// contract being `2h` tenths (hours are kept in half hours), so the sums
    /// are exact and 24 h/wk over five days is 24, not 23.999999999999996.
    private func hours(over days: DateRange, week: ISOWeek, of member: Member, bookings: [Booking]) -> WeekCapacity {
        var contracted = 0, effective = 0
        var day = days.start
        while day <= days.end {
            if day.weekday <= 5, member.isActive(on: day) {
                let h = member.contractedHours(on: day).halfHours
                contracted += h
                if !member.timeOff.contains(where: { $0.range.contains(day) }) { effective += h }
            }
            day = day.advanced(by: 1)
        }
        var allocated = 0, tentative = 0
        for b in bookings where b.range.overlaps(days) {
            let n = b.range.workingDays(in: days)
            if b.tentative { tentative += b.halfHoursPerWeek * n } else { allocated += b.halfHoursPerWeek * n }
        }
        return WeekCapacity(week: week, contracted: Double(contracted) / 10, effective: Double(effective) / 10,
                            allocated: Double(allocated) / 10, tentative: Double(tentative) / 10)
    }
}
