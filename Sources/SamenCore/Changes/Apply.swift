extension NetworkState {
    /// Validates `change` against this state and applies it whole, or throws
    /// a `DomainError` and leaves the state exactly as it was.
    ///
    /// Each case validates everything before it mutates anything; that is
    /// the rule that makes "nothing is half-saved" hold in memory too.
    public mutating func apply(_ change: Change, context: ChangeContext) throws -> ChangeOutcome {
        // A value out of range never reaches a rule or the files.
        try Rules.ranges(of: change)
        // Rights next, from the one policy, before the change is looked at further.
        let who = try acting(context)
        if let no = refusal(of: change, by: who) { throw DomainError(no.phrase, field: no.field) }
        // A name that was set aside (an administrator's stale $SAMEN_USER) must
        // not sign decisions and entries either: they carry who really acted.
        var context = context
        if who.actsFor == nil, case let .login(person, _?) = context.identity { context.identity = .login(person, actingFor: nil) }
        var outcome = try applyAllowed(change, context)
        outcome.actedFor = who.actsFor?.id
        return outcome
    }

    private mutating func applyAllowed(_ change: Change, _ context: ChangeContext) throws -> ChangeOutcome {
        switch change {
        case let .addMember(m): return try addMember(m, context)
        case let .editMember(e): return try editMember(e, context)
        case let .memberLeft(m, day): return try memberLeft(m, day, context)
        case let .addTimeOff(m, t): return try addTimeOff(m, t, context)
        case let .removeTimeOff(m, from): return try removeTimeOff(m, from, context)
        case let .setDeclinedClients(m, clients): return try setDeclinedClients(m, clients, context)
        case let .addKey(m, key): return try addKey(m, key, context)
        case let .revokeKey(m, fingerprint): return try revokeKey(m, fingerprint, context)
        case let .addProject(p): return try addProject(p, context)
        case let .editProject(e): return try editProject(e, context)
        case let .setLead(p, m): return try setLead(p, m, context)
        case let .moveProject(p, to, reason, note): return try moveProject(p, to, reason, note, context)
        case let .allocate(p, a): return try allocate(p, a, context)
        case let .removeAllocation(p, m): return try removeAllocation(p, m, context)
        case let .hireExternal(p, h): return try hireExternal(p, h, context)
        case let .markSkillsOptional(p, skills): return try markSkillsOptional(p, skills, context)
        case let .addRequest(r): return try addRequest(r, context)
        case let .offerHelp(r, m, note): return try offerHelp(r, m, note, context)
        case let .acceptOffer(r, m): return try acceptOffer(r, m, context)
        case let .closeRequest(r, note): return try closeRequest(r, note, context)
        case let .withdrawRequest(r): return try withdrawRequest(r, context)
        case let .addLedgerEntry(e): return try addLedgerEntry(e, context)
        case let .correctLedgerEntry(e, reason, date): return try correctLedgerEntry(e, reason, date, context)
        case let .closeYear(y): return try closeYear(y, context)
        case let .updateNetwork(n): return try updateNetwork(n, context)
        case let .setHourlyRate(seniority, band, hourly, from): return try setHourlyRate(seniority, band, hourly, from, context)
        case let .setContributionRate(role, bp, from): return try setContributionRate(role, bp, from, context)
        case let .shareCost(share): return try shareCost(share, context)
        case let .askToJoin(p, members, hours, note): return try askToJoin(p, members, hours, note, context)
        case let .answerAsk(p, m, reply): return try answerAsk(p, m, reply, context)
        case let .steps(steps): return try applySteps(steps, context)
        case let .addApplicant(m): return try addApplicant(m, context)
        case let .viewApplicant(m, v): return try viewApplicant(m, v, context)
        case let .noteCriterion(m, n): return try noteCriterion(m, n, context)
        case let .admitApplicant(m, role, from): return try admitApplicant(m, role, from, context)
        case let .declineApplicant(m, reason): return try declineApplicant(m, reason, context)
        case let .addProduct(p): return try addProduct(p, context)
        case let .addProductContributor(p, m): return try addProductContributor(p, m, context)
        }
    }

    /// Applies each step to a copy, in order, so a later step sees what an
    /// earlier one did; the copy is kept only when every step is.
    mutating func applySteps(_ steps: [Change], _ context: ChangeContext) throws -> ChangeOutcome {
        guard !steps.isEmpty else { throw DomainError(ChangeRefusal.noSteps) }
        var copy = self
        var applied: [Change] = []
        var summaries: [ChangeSummary] = []
        var outcome = ChangeOutcome(applied: .steps([]), said: .none)
        for step in steps {
            let done = try copy.apply(step, context: context)
            applied.append(done.applied)
            summaries.append(done.said)
            outcome.networkChanged = outcome.networkChanged || done.networkChanged
            outcome.members.formUnion(done.members)
            outcome.projects.formUnion(done.projects)
            outcome.requests.formUnion(done.requests)
            outcome.ledgerAppended += done.ledgerAppended
            outcome.warnings += done.warnings
        }
        self = copy
        outcome.applied = .steps(applied)
        // The last step is what the person set out to do (the move); the
        // ones before prepare it (the lead), so it is said first.
        outcome.said = .steps(summaries)
        return outcome
    }

    // MARK: Shared checks, each with the message a person sees.

    func existingMember(_ id: String) throws -> Member {
        guard let m = members[id: id] else { throw DomainError(ChangeRefusal.noMember(id), field: .member) }
        return m
    }

    /// A member who can take on work on `day`: still in the network and not an applicant.
    func workingMember(_ id: String, on day: Day) throws -> Member {
        let m = try existingMember(id)
        if let left = m.left, left <= day { throw DomainError(ChangeRefusal.memberLeftNetwork(id, on: left), field: .member) }
        if m.role == .applicant { throw DomainError(ChangeRefusal.applicantTakesNoWork(id), field: .member) }
        return m
    }

    func existingProject(_ id: Int) throws -> Project {
        guard let p = projects[id: id] else { throw DomainError(ChangeRefusal.noProject(id), field: .project) }
        return p
    }

    func existingRequest(_ id: Int) throws -> HelpRequest {
        guard let r = requests[id: id] else { throw DomainError(ChangeRefusal.noRequest(id)) }
        return r
    }
}

/// Rules on single values, shared by changes and by `samen check`.
enum Rules {
    static let maxHoursPerWeek = Limits.hoursPerWeek.upperBound

    static func hoursPerWeek(_ h: Hours, what: ChangeThing = .hoursPerWeek, field: ChangeField = .hours) throws {
        guard (0...maxHoursPerWeek).contains(h) else {
            throw DomainError(ChangeRefusal.hoursBetween(what, maxHoursPerWeek, got: h), field: field)
        }
    }

    static func nonEmpty(_ text: String, _ what: ChangeThing, field: ChangeField?) throws -> String {
        let t = text.trimmingSpaces()
        guard !t.isEmpty else { throw DomainError(ChangeRefusal.empty(what), field: field) }
        guard t.count <= 10_000 else { throw DomainError(ChangeRefusal.tooLong(what, t.count), field: field) }
        return t
    }

    /// Notes may be empty, but not a novel.
    static func noteLength(_ text: String, _ what: ChangeThing, field: ChangeField = .note) throws {
        let n = text.count
        guard n <= 10_000 else { throw DomainError(ChangeRefusal.tooLong(what, n), field: field) }
    }

    /// Skills and tags: trimmed, lower-case, no duplicates, order kept.
    static func tags(_ items: [String], _ what: ChangeThing, field: ChangeField) throws -> [String] {
        var seen = Set<String>(), out: [String] = []
        for raw in items {
            let t = raw.trimmingSpaces().lowercased()
            guard !t.isEmpty else { throw DomainError(ChangeRefusal.emptyName(what), field: field) }
            guard !t.contains(",") else { throw DomainError(ChangeRefusal.comma(what, t), field: field) }
            if seen.insert(t).inserted { out.append(t) }
        }
        return out
    }

    /// Optional skills mark some of a project's skills as nice to have; one
    /// that is not among them would be a typo that silently matches nobody.
    static func optionalSkills(_ optional: [String], of skills: [String]) throws {
        for o in optional where !skills.contains(where: { $0.caseInsensitiveCompare(o) == .orderedSame }) {
            throw DomainError(ChangeRefusal.optionalNotRequired(o, skills: skills), field: .skills)
        }
    }

    /// Member ids: lower-case letters, digits and dashes, as people type them.
    static func memberID(_ id: String) throws {
        guard !id.isEmpty, id.count <= 40,
              id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }),
              id.first != "-" else {
            throw DomainError(ChangeRefusal.badMemberID(id), field: .name)
        }
    }

    /// `"Zoë de Vries"` -> `"zoe-de-vries"`.
    static func slug(_ name: String) -> String {
        var out = ""
        for ch in name.lowercased().decomposedStringWithCanonicalMappingLite {
            if ("a"..."z").contains(ch) || ("0"..."9").contains(ch) { out.unicodeScalars.append(ch) }
            else if ch.properties.isWhitespace || ch == "-" || ch == "_" || ch == "." || ch == "'" {
                if !out.isEmpty && out.last != "-" { out.append("-") }
            }
        }
        while out.last == "-" { out.removeLast() }
        return String(out.prefix(40))
    }

    static func amountPositive(_ m: Money, _ what: ChangeThing) throws {
        guard m.cents > 0 else { throw DomainError(ChangeRefusal.notPositive(what, m.format(.nl)), field: .amount) }
    }
}

extension String {
    /// Unicode scalars with accents split off (é -> e + ´), without Foundation,
    /// for deriving ASCII ids from names.
    var decomposedStringWithCanonicalMappingLite: [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for s in unicodeScalars {
            if let base = Self.latinBase[s] { out.append(contentsOf: base.unicodeScalars) } else { out.append(s) }
        }
        return out
    }

    static let latinBase: [Unicode.Scalar: String] = {
        var map: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēė", "e"), ("ìíîïī", "i"), ("ñń", "n"),
            ("òóôõöøō", "o"), ("ùúûüū", "u"), ("ýÿ", "y"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
            ("ş", "s"), ("ğ", "g"), ("ı", "i"), ("ł", "l"), ("ž", "z"), ("š", "s"),
        ]
        for (chars, base) in groups { for c in chars.unicodeScalars { map[c] = base } }
        return map
    }()
}
