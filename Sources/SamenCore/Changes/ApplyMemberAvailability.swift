/// What a member says about the work they can take: time off taken back,
/// and the clients they will not work for (staffing leaves them out there).
extension NetworkState {
    /// Periods of time off never overlap, so the first day names one.
    mutating func removeTimeOff(_ id: String, _ from: Day, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var m = try existingMember(id)
        guard let i = m.timeOff.firstIndex(where: { $0.range.start == from }) else {
            let known = m.timeOff.map { "\($0.range)" + ($0.note.isEmpty ? "" : " (\($0.note))") }
            throw DomainError("\(m.name) has no time off starting \(from); "
                              + (known.isEmpty ? "they have none on record" : "theirs: " + known.joined(separator: ", ")), field: .period)
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
            guard !c.isEmpty else { throw DomainError("a client's name must not be empty", field: .declines) }
            if !list.contains(where: { $0.caseInsensitiveCompare(c) == .orderedSame }) { list.append(c) }
        }
        guard list != m.declinedClients else {
            throw DomainError(list.isEmpty ? "\(m.name) declines no clients already" : "\(m.name) already declines exactly these clients", field: .declines)
        }
        m.declinedClients = list
        members.upsert(m)
        var out = ChangeOutcome(applied: .setDeclinedClients(member: id, clients: list), said: .declinedClients(name: m.name, clients: list))
        out.members = [id]
        return out
    }
}
