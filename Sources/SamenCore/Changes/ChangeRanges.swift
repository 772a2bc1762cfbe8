extension Rules {
    /// Refuses a change carrying a date, number or text outside `Limits`,
    /// before any rule looks at it: the records it would write use the same
    /// checks as the loader, so nothing saved can make the directory unreadable.
    /// Where a rule has a narrower range of its own (hours a week, a rate),
    /// the check here is the wider stored range, so the rule's message is the
    /// one a person reads.
    static func ranges(of change: Change) throws {
        var c = RangeCheck()
        switch change {
        case let .addMember(m): c.nested(m, .theMembers)
        case let .editMember(e):
            c.text(e.name, "name"); c.text(e.city, "city"); c.text(e.email, "email"); c.text(e.phone, "phone")
            c.text(e.login, "login"); c.text(e.pitch, "pitch", max: Limits.Text.note)
            if let s = e.skills { c.list(s, "skills") }
            if let w = e.wantsMore { c.list(w, "wantsMore") }
            c.hours(e.hoursPerWeek, Limits.storedHours, "hoursPerWeek")
            c.day(e.hoursFrom, "hoursFrom"); c.int(e.desks, Limits.count, "desks")
        case let .memberLeft(_, day): c.day(day, "on")
        case let .addTimeOff(_, t): c.nested(t, .theTimeOffs)
        case let .removeTimeOff(_, from): c.day(from, "from")
        case let .setDeclinedClients(_, clients): c.list(clients, "clients")
        case let .addKey(_, key): c.text(key.comment, "the key's comment")
        case let .revokeKey(_, fingerprint): c.text(fingerprint, "fingerprint")
        case let .addProject(p): c.nested(p, .theProjects)
        case let .editProject(e):
            c.text(e.title, "title"); c.text(e.client, "client"); c.text(e.city, "city")
            c.text(e.description, "description", max: Limits.Text.note)
            if let s = e.skills { c.list(s, "skills") }
            c.hours(e.estimatedHours, Limits.storedHours, "estimatedHours"); c.day(e.start, "start")
            c.int(e.weeks, Limits.stored, "weeks"); c.money(e.budget, "budget"); c.int(e.maxTravelKm, Limits.stored, "maxTravelKm", unit: "km")
        case let .moveProject(_, _, _, note): c.text(note, "note", max: Limits.Text.note)
        case let .allocate(_, a): c.nested(a, .theAllocations)
        case let .hireExternal(_, h): c.nested(h, .theExternalHires)
        case let .markSkillsOptional(_, skills): c.list(skills, "skills")
        case let .addRequest(r): c.nested(r, .theRequests)
        case let .offerHelp(_, _, note), let .closeRequest(_, note): c.text(note, "note", max: Limits.Text.note)
        case let .addLedgerEntry(e): c.nested(e, .theEntrys)
        case let .correctLedgerEntry(_, reason, date): c.text(reason, "reason", max: Limits.Text.note); c.day(date, "date")
        case let .closeYear(y): c.int(y, Limits.years, "year")
        case let .updateNetwork(n): c.nested(n, .theNetworks)
        case let .setHourlyRate(_, _, hourly, from): c.money(hourly, "hourly"); c.day(from, "from")
        case let .setContributionRate(_, bp, from): c.int(bp, Int64(Limits.stored.lowerBound)...Int64(Limits.stored.upperBound), "basisPoints"); c.day(from, "from")
        case let .shareCost(share):
            c.text(share.note, "note", max: Limits.Text.note)
            for part in share.parts { c.int(part.weight, 0...Int64(Limits.count.upperBound), "weight") }
        case let .askToJoin(_, members, hours, note):
            c.list(members, "members"); c.hours(hours, Limits.storedHours, "hoursPerWeek"); c.text(note, "note", max: Limits.Text.note)
        case let .answerAsk(_, member, reply):
            c.text(member, "member")
            switch reply {
            case let .yes(hours): c.hours(hours, Limits.storedHours, "hoursPerWeek")
            case let .no(_, note): c.text(note, "note", max: Limits.Text.note)
            }
        case .setLead, .removeAllocation, .acceptOffer, .withdrawRequest: break
        case let .steps(steps): for step in steps { try ranges(of: step) }
        case let .addApplicant(m): c.nested(m, .theMembers)
        case let .viewApplicant(_, v): c.text(v.by, "by"); c.text(v.note, "note", max: Limits.Text.note); c.day(v.on, "on")
        case let .noteCriterion(_, n): c.text(n.criterion, "criterion"); c.text(n.by, "by"); c.text(n.note, "note", max: Limits.Text.note); c.day(n.on, "on")
        case let .admitApplicant(_, _, from): c.day(from, "from")
        case let .declineApplicant(_, reason): c.text(reason, "reason", max: Limits.Text.note)
        case let .addProduct(p): c.nested(p, .product)
        case let .addProductContributor(p, m): c.text(p, "product"); c.text(m, "member")
        }
        if let p = c.problem { throw DomainError(p) }
    }
}
