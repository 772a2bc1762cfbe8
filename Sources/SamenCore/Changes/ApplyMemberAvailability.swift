/// What a member says about the work they can take: time off taken back,
/// and the clients they will not work for (staffing leaves them out there).
extension NetworkState {
    /// Periods of time off never overlap, so the first day names one.
    mutating func removeTimeOff(_ id: String, _ from: Day, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var m = try existingMember(id)
        guard let i = m.timeOff.firstIndex(where: { $0.range.start == from }) else {
            throw DomainError(MemberRefusal.noTimeOffFrom(m.name, from, ranges: m.timeOff.map(\.range), notes: m.timeOff.map(\.note)), field: .period)
        }
        let removed = m.timeOff.remove(at: i)
        members.upsert(m)
        var out = ChangeOutcome(applied: .removeTimeOff(member: id, from: from),
                                said: .timeOffTakenBack(name: m.name, range: removed.range, note: removed.note))
        out.members = [id]
        return out
    }

    /// Replaces the list; names are trimmed and kept once whatever their case,
    /// as staffing compares them without case.
    mutating func setDeclinedClients(_ id: String, _ clients: [String], _ ctx: ChangeContext) throws -> ChangeOutcome {
        var m = try existingMember(id)
        var list: [String] = []
        for raw in clients {
            let c = raw.trimmingSpaces()
            guard !c.isEmpty else { throw DomainError(MemberRefusal.emptyClient, field: .declines) }
            if !list.contains(where: { $0.caseInsensitiveCompare(c) == .orderedSame }) { list.append(c) }
        }
        guard list != m.declinedClients else {
            throw DomainError(list.isEmpty ? MemberRefusal.declinesNoneAlready(m.name) : .declinesTheseAlready(m.name), field: .declines)
        }
        m.declinedClients = list
        members.upsert(m)
        var out = ChangeOutcome(applied: .setDeclinedClients(member: id, clients: list), said: .declinedClients(name: m.name, clients: list))
        out.members = [id]
        return out
    }
}
