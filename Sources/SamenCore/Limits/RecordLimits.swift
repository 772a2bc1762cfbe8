/// Every record's ranges, checked the same way when it is read from a file
/// (the decoder refuses the line, naming field and reason) and when a change
/// would write it (the rules refuse the change): what Samen writes it can
/// always read back.
protocol RangeChecked {
    /// The first field out of range ("field 'x' must be ..."), or nil.
    var rangeProblem: RangeRefusal? { get }
}

/// Collects the first problem; each check is cheap enough for every line of S100.
struct RangeCheck {
    private(set) var problem: RangeRefusal?

    mutating func day(_ d: Day, _ field: String) {
        guard problem == nil, let p = Limits.refusal(of: d) else { return }
        problem = .field(field, p)
    }

    mutating func day(_ d: Day?, _ field: String) { if let d { day(d, field) } }

    mutating func range(_ r: DateRange, _ from: String, _ to: String) { day(r.start, from); day(r.end, to) }

    mutating func int<T: BinaryInteger>(_ v: T, _ range: ClosedRange<T>, _ field: String, unit: String = "") {
        guard problem == nil, let p = Limits.refusal(of: v, in: range, unit: unit) else { return }
        problem = .field(field, p)
    }

    mutating func int<T: BinaryInteger>(_ v: T?, _ range: ClosedRange<T>, _ field: String, unit: String = "") {
        if let v { int(v, range, field, unit: unit) }
    }

    mutating func hours(_ h: Hours, _ range: ClosedRange<Hours>, _ field: String) {
        guard problem == nil, !range.contains(h) else { return }
        problem = .hours(field, range.lowerBound, range.upperBound, got: h)
    }

    mutating func hours(_ h: Hours?, _ range: ClosedRange<Hours>, _ field: String) { if let h { hours(h, range, field) } }

    mutating func money(_ m: Money, _ field: String) {
        guard problem == nil, !Limits.cents.contains(m.cents) else { return }
        let most = Money(cents: Limits.cents.upperBound).format(.nl)
        problem = .money(field, most: most, got: m.format(.nl))
    }

    mutating func money(_ m: Money?, _ field: String) { if let m { money(m, field) } }

    mutating func text(_ t: String, _ field: String, max: Int = Limits.Text.name) {
        guard problem == nil, let p = Limits.refusal(ofLength: t, max: max) else { return }
        problem = .field(field, p)
    }

    mutating func text(_ t: String?, _ field: String, max: Int = Limits.Text.name) { if let t { text(t, field, max: max) } }

    mutating func list(_ items: [String], _ field: String) {
        guard problem == nil else { return }
        if items.count > Limits.Text.listItems {
            problem = .items(field, items.count, most: Limits.Text.listItems)
            return
        }
        for i in items { text(i, field) }
    }

    mutating func nested(_ r: RangeChecked, _ what: RangeRefusal.Part) {
        guard problem == nil, let p = r.rangeProblem else { return }
        problem = .of(what, p)
    }
}

extension ContractedHours: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.hours(hoursPerWeek, Limits.storedHours, "hoursPerWeek")
        c.day(from, "from")
        return c.problem
    }
}

extension TimeOff: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.range(range, "from", "to")
        c.text(note, "note", max: Limits.Text.note)
        return c.problem
    }
}

extension Member: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.text(id, "id"); c.text(name, "name"); c.text(city, "city")
        c.text(email, "email"); c.text(phone, "phone"); c.text(login, "login")
        c.text(pitch, "pitch", max: Limits.Text.note)
        c.list(skills, "skills"); c.list(declinedClients, "declinedClients")
        c.list(wantsMore, "wantsMore")
        c.int(desks, Limits.count, "desks")
        c.day(joined, "joined"); c.day(left, "left")
        if hours.count > Limits.Text.listItems || timeOff.count > Limits.Text.listItems * 10 {
            return .tooManyHours(hours.count, timeOff: timeOff.count)
        }
        if keys.count > Limits.keysPerMember { return .tooManyKeys(keys.count, most: Limits.keysPerMember) }
        for h in hours { c.nested(h, .contractedHours) }
        for t in timeOff { c.nested(t, .timeOff) }
        if let application, c.problem == nil, let p = application.rangeProblem { return p }
        return c.problem
    }
}

extension Allocation: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.text(member, "member")
        c.hours(hoursPerWeek, Limits.storedHours, "hoursPerWeek")
        c.range(range, "from", "to")
        return c.problem
    }
}

extension ExternalHire: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.text(name, "name"); c.text(reason, "reason", max: Limits.Text.note)
        c.hours(hoursPerWeek, Limits.storedHours, "hoursPerWeek")
        return c.problem
    }
}

extension Decision: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.day(at.day, "at"); c.text(by, "by"); c.text(note, "note", max: Limits.Text.note)
        return c.problem
    }
}

extension Project: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.int(Int64(id), Limits.ids, "id")
        c.text(title, "title"); c.text(client, "client"); c.text(source, "source"); c.text(city, "city"); c.text(lead, "lead")
        c.text(description, "description", max: Limits.Text.note)
        c.list(skills, "skills"); c.list(optionalSkills, "optionalSkills")
        c.hours(estimatedHours, Limits.storedHours, "estimatedHours")
        c.range(period, "start", "end")
        c.money(budget, "budget")
        c.int(maxTravelKm, Limits.kilometres, "maxTravelKm", unit: "km")
        c.day(accepted, "accepted"); c.day(received.day, "received")
        if allocations.count > Limits.Text.listItems || externalHires.count > Limits.Text.listItems {
            return .tooManyAllocations(allocations.count, hires: externalHires.count)
        }
        for a in allocations { c.nested(a, .allocation) }
        for h in externalHires { c.nested(h, .externalHire) }
        for d in log { c.nested(d, .decision) }
        if asks.count > Limits.Text.listItems { return .items("asks", asks.count, most: Limits.Text.listItems) }
        for a in asks { c.nested(a, .ask) }
        return c.problem
    }
}

extension Offer: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.text(member, "member"); c.text(note, "note", max: Limits.Text.note); c.day(at.day, "at")
        return c.problem
    }
}

extension HelpRequest: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.int(Int64(id), Limits.ids, "id")
        c.text(from, "from"); c.list(tags, "tags"); c.text(text, "text", max: Limits.Text.note)
        c.hours(hoursPerWeek, Limits.storedHours, "hoursPerWeek")
        c.day(deadline, "deadline"); c.text(accepted, "accepted")
        c.text(closingNote, "closingNote", max: Limits.Text.note)
        c.day(created.day, "created"); c.day(closed?.day, "closed")
        if offers.count > Limits.Text.listItems { return .tooManyOffers(offers.count, most: Limits.Text.listItems) }
        for o in offers { c.nested(o, .offer) }
        return c.problem
    }
}

extension LedgerEntry: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.int(Int64(id), Limits.ids, "id")
        c.day(date, "date"); c.money(amount, "amount")
        c.text(member, "member"); c.text(category, "category"); c.text(payee, "payee"); c.text(by, "by")
        c.text(note, "note", max: Limits.Text.note)
        c.int(project.map(Int64.init), Limits.ids, "project")
        c.int(relatesTo.map(Int64.init), Limits.ids, "relatesTo")
        c.int(rate, Int64(Limits.stored.lowerBound)...Int64(Limits.stored.upperBound), "rate")
        c.int(year, Limits.years, "year")
        c.day(at.day, "at")
        return c.problem
    }
}

extension ContributionRate: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.int(basisPoints, Int64(Limits.stored.lowerBound)...Int64(Limits.stored.upperBound), "basisPoints"); c.day(from, "from")
        return c.problem
    }
}

extension RateCardEntry: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.money(hourly, "hourlyCents"); c.day(from, "from")
        return c.problem
    }
}

extension Network: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.text(name, "name"); c.text(place, "place"); c.text(currency, "currency")
        c.list(costCategories, "costCategories"); c.list(bookkeepers, "bookkeepers")
        c.int(defaultHoursPerWeek, Limits.stored, "defaultHoursPerWeek", unit: "hours")
        c.int(mediumProjectHours, Limits.stored, "mediumProjectHours", unit: "hours")
        c.int(largeProjectHours, Limits.stored, "largeProjectHours", unit: "hours")
        for r in contributionRates { c.nested(r, .contributionRate) }
        for r in rateCard { c.nested(r, .rateCardEntry) }
        for p in products { c.nested(p, .product) }
        for s in partnerShares { c.int(s.weight, 0...Int64(Limits.count.upperBound), "partnerShares weight") }
        if admissionCriteria.count > Limits.Text.listItems { return .items("admissionCriteria", admissionCriteria.count, most: Limits.Text.listItems) }
        for a in admissionCriteria { c.text(a.id, "admissionCriteria id"); c.text(a.label, "admissionCriteria label"); c.text(a.labelNl, "admissionCriteria labelNl") }
        return c.problem
    }
}
