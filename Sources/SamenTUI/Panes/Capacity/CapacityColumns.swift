import SamenCore

/// Free hours of every member on the map, one week at a time, kept per week
/// for one version of the data.
///
/// The network totals need every member's week anyway, and so do sorting by
/// free hours over the window and the minimum-free filter; computing a week
/// for all members once and keeping it means that moving the window by a
/// week computes one new week, not twelve, and that filtering and sorting
/// never compute capacity at all.
struct CapacityColumns {
    struct Column {
        /// Free (spare) hours by member index; members not on the map stay 0.
        var spare: [Double]
        /// Network totals of that week over the members on the map.
        var effective = 0.0
        var allocated = 0.0
        var tentative = 0.0
    }

    private var byWeek: [ISOWeek: Column] = [:]
    /// Kept columns beyond this are dropped, farthest from the window first.
    static let keep = 60

    /// The columns of `weeks`, computing those not kept yet. Missing weeks
    /// are computed member by member (all weeks of one member, then the
    /// next), which keeps each member's hours, time off and bookings in cache:
    /// more than twice as fast at 10,000 members as a week at a time.
    mutating func columns(_ weeks: [ISOWeek], members: [Member], onMap: [Int], capacity: CapacityIndex) -> [Column] {
        let missing = weeks.filter { byWeek[$0] == nil }
        if !missing.isEmpty {
            var new = missing.map { _ in Column(spare: Array(repeating: 0, count: members.count)) }
            for i in onMap {
                let m = members[i]
                for k in missing.indices {
                    let w = capacity.week(missing[k], of: m)
                    new[k].spare[i] = w.spare
                    new[k].effective += w.effective
                    new[k].allocated += w.allocated
                    new[k].tentative += w.tentative
                }
            }
            for (k, week) in missing.enumerated() { byWeek[week] = new[k] }
        }
        return weeks.map { byWeek[$0]! }
    }

    /// Drops kept weeks far from the window so a long browse stays small.
    mutating func trim(around first: ISOWeek) {
        guard byWeek.count > Self.keep else { return }
        let far = byWeek.keys.sorted { abs(first.weeks(until: $0)) > abs(first.weeks(until: $1)) }
        for w in far.prefix(byWeek.count - Self.keep) { byWeek[w] = nil }
    }
}
