extension NetworkState {
    mutating func addMember(_ proposed: Member, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var m = proposed
        m.name = try Rules.nonEmpty(m.name, .memberName, field: .name)
        m.city = try Rules.nonEmpty(m.city, .memberCity, field: .city)
        m.skills = try Rules.tags(m.skills, .skills, field: .skills)
        if m.id.isEmpty { m.id = freeMemberID(for: m.name) }
        try Rules.memberID(m.id)
        guard members[id: m.id] == nil else { throw DomainError(MemberRefusal.idTaken(m.id, by: members[id: m.id]!.name), field: .name) }
        try checkLogin(m.login, for: m.id)
        if m.hours.isEmpty, m.role != .external { m.hours = [ContractedHours(hoursPerWeek: Hours(network.defaultHoursPerWeek), from: m.joined)] }
        for h in m.hours { try Rules.hoursPerWeek(h.hoursPerWeek, what: .contractedHoursPerWeek) }
        guard m.desks >= 0, m.desks <= 20 else { throw DomainError(MemberRefusal.desksBetween(got: m.desks), field: .desks) }
        if let left = m.left, left < m.joined { throw DomainError(MemberRefusal.leavesBeforeJoining(left: left, joined: m.joined)) }
        members.upsert(m)
        var out = ChangeOutcome(applied: .addMember(m), said: .addedMember(name: m.name, id: m.id))
        out.members = [m.id]
        return out
    }

    /// A readable id for a name: the first name if free ("lotte"), else the
    /// full name ("lotte-de-vries"), else with a number ("lotte-de-vries-2").
    func freeMemberID(for name: String) -> String {
        let full = Rules.slug(name)
        let base = full.isEmpty ? "member" : full
        let first = String(base.split(separator: "-").first ?? Substring(base))
        if members[id: first] == nil { return first }
        if members[id: base] == nil { return base }
        var n = 2
        while members[id: "\(base)-\(n)"] != nil { n += 1 }
        return "\(base)-\(n)"
    }

    func checkLogin(_ login: String?, for id: String) throws {
        guard let login else { return }
        guard !login.isEmpty, !login.contains(where: { $0.isWhitespace }) else {
            throw DomainError(MemberRefusal.loginWithSpaces(login), field: .login)
        }
        if let other = members.first(where: { $0.login == login && $0.id != id }) {
            throw DomainError(MemberRefusal.loginTaken(login, name: other.name, id: other.id), field: .login)
        }
        // An administrator's login as a member's would hand that member's name the administrator's rights.
        if network.administrators.contains(login) {
            throw DomainError(MemberRefusal.loginOfAdministrator(login), field: .login)
        }
    }

    mutating func editMember(_ e: MemberEdit, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var m = try existingMember(e.id)
        guard !e.isEmpty else { throw DomainError(MemberRefusal.nothingToChange(e.id)) }
        if let v = e.name { m.name = try Rules.nonEmpty(v, .memberName, field: .name) }
        if let v = e.role { m.role = v }
        if let v = e.skills { m.skills = try Rules.tags(v, .skills, field: .skills) }
        if let v = e.wantsMore { m.wantsMore = try Rules.tags(v, .skills, field: .wantsMore) }
        if let v = e.seniority { m.seniority = v }
        if let v = e.city { m.city = try Rules.nonEmpty(v, .memberCity, field: .city) }
        if let v = e.email { m.email = v.isEmpty ? nil : v }
        if let v = e.phone { m.phone = v.isEmpty ? nil : v }
        if let v = e.login { m.login = v.isEmpty ? nil : v; try checkLogin(m.login, for: m.id) }
        if let v = e.pitch { m.pitch = v.trimmingSpaces() }
        if let v = e.involvement { m.involvement = v }
        if let v = e.desks {
            guard (0...20).contains(v) else { throw DomainError(MemberRefusal.desksBetween(got: v), field: .desks) }
            m.desks = v
        }
        var hoursChange: ChangeSummary.ContractedHoursChange?
        if let h = e.hoursPerWeek {
            try Rules.hoursPerWeek(h, what: .contractedHoursPerWeek)
            let from = e.hoursFrom ?? ctx.today
            // Said with its date: capacity before that day keeps the old hours.
            hoursChange = .init(before: m.contractedHours(on: from), after: h, from: from)
            if let last = m.hours.last, from < last.from {
                throw DomainError(MemberRefusal.hoursBeforeLastChange(last.from), field: .hoursFrom)
            }
            // A second change on the same day replaces the first: history keeps
            // what was in force, not every keystroke.
            if let last = m.hours.last, last.from == from { m.hours[m.hours.count - 1].hoursPerWeek = h }
            else { m.hours.append(ContractedHours(hoursPerWeek: h, from: from)) }
        }
        if m.role != .partner, network.partnerShares.contains(where: { $0.member == m.id }) {
            throw DomainError(MemberRefusal.holdsShare(m.id), field: .role)
        }
        members.upsert(m)
        var out = ChangeOutcome(applied: .editMember(e), said: .editedMember(name: m.name, id: m.id, hours: hoursChange))
        out.members = [m.id]
        return out
    }

    mutating func memberLeft(_ id: String, _ day: Day, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var m = try existingMember(id)
        if let left = m.left { throw DomainError(MemberRefusal.alreadyLeft(id, on: left), field: .leaveDay) }
        guard day >= m.joined else { throw DomainError(MemberRefusal.cannotLeaveBeforeJoining(id, day: day, joined: m.joined), field: .leaveDay) }
        m.left = day
        members.upsert(m)
        var out = ChangeOutcome(applied: .memberLeft(member: id, on: day), said: .left(name: m.name, id: id, on: day))
        out.members = [id]
        return out
    }

    mutating func addTimeOff(_ id: String, _ t: TimeOff, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var m = try existingMember(id)
        if m.timeOff.contains(where: { $0.range.overlaps(t.range) }) {
            throw DomainError(MemberRefusal.timeOffOverlaps(id, t.range), field: .firstDay)
        }
        m.timeOff.append(t)
        m.timeOff.sort { $0.range.start < $1.range.start }
        members.upsert(m)
        var out = ChangeOutcome(applied: .addTimeOff(member: id, t), said: .timeOff(name: m.name, range: t.range))
        out.members = [id]
        return out
    }

    mutating func updateNetwork(_ n: Network, _ ctx: ChangeContext) throws -> ChangeOutcome {
        var n = n
        // The store decides the format (it moves a version 1 directory's
        // projects before writing version 2); an edit of the settings never does.
        n.formatVersion = network.formatVersion
        n.name = try Rules.nonEmpty(n.name, .networkName, field: .name)
        for id in n.bookkeepers { _ = try existingMember(id) }
        var seen = Set<String>()
        for share in n.partnerShares {
            let m = try existingMember(share.member)
            guard m.role == .partner else { throw DomainError(MemberRefusal.onlyPartnersShare(m.id, m.role)) }
            guard share.weight > 0 else { throw DomainError(MemberRefusal.shareWeight(m.id, got: share.weight)) }
            guard seen.insert(share.member).inserted else { throw DomainError(MemberRefusal.sharedTwice(m.id)) }
        }
        for r in n.contributionRates where !(0...10_000).contains(r.basisPoints) {
            throw DomainError(MemberRefusal.contributionBetween(got: "\(Double(r.basisPoints) / 100)"))
        }
        network = n
        var out = ChangeOutcome(applied: .updateNetwork(n), said: .networkUpdated)
        out.networkChanged = true
        return out
    }
}
