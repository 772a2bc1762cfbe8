/// A week in which a member would have more work than hours.
public struct OverbookedWeek: Sendable, Equatable, CustomStringConvertible {
    public var week: ISOWeek
    /// Free hours that week once the allocation is counted: below zero.
    public var spareAfter: Double

    public var description: String {
        let hours = (spareAfter * 10).rounded() / 10
        return StaffingWords.overbookedWeek(week, hours: hours == hours.rounded() ? String(Int(hours)) : String(hours)).text
    }
}

extension NetworkState {
    /// The weeks in which `allocation` on project `projectID` would overbook
    /// its member, counted as firm work whatever the project's stage: the
    /// question a lead asks while staffing is "can they do it if we win".
    /// The member's current allocation on the same project is replaced, not
    /// added to. Staffing and the command line use this to ask for a
    /// confirmation before overbooking someone, never to refuse outright:
    /// people may choose to work more.
    public func overbookedWeeks(adding allocation: Allocation, to projectID: Int,
                                capacity: CapacityIndex? = nil) -> [OverbookedWeek] {
        guard let member = member(allocation.member) else { return [] }
        let index = capacity ?? CapacityIndex(self)
        let current = project(projectID).flatMap { p in
            p.status == .active ? p.allocations.first { $0.member == allocation.member } : nil
        }
        var out: [OverbookedWeek] = []
        var week = ISOWeek(containing: allocation.range.start)
        let last = ISOWeek(containing: allocation.range.end)
        while week <= last {
            let base = index.week(week, of: member)
            let added = allocation.hoursPerWeek.value * Double(allocation.range.workingDays(in: week)) / 5
            let replaced = current.map { $0.hoursPerWeek.value * Double($0.range.workingDays(in: week)) / 5 } ?? 0
            let after = base.spare - added + replaced
            if after < -0.05 { out.append(OverbookedWeek(week: week, spareAfter: after)) }
            week = week.advanced(by: 1)
        }
        return out
    }
}
