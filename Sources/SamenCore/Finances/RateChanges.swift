/// Rate card and contribution changes, made as changes rather than by editing
/// network.json by hand, so each is checked, recorded in the history with who
/// made it, and appended: the rate in force on a day is the one with the latest
/// `from` on or before it, so what was priced or booked before keeps its rate.
extension NetworkState {
    mutating func setHourlyRate(_ seniority: Seniority, _ band: SizeBand, _ hourly: Money, _ from: Day,
                                _ ctx: ChangeContext) throws -> ChangeOutcome {
        guard hourly.cents > 0 else {
            throw DomainError(LedgerRefusal.rateNotPositive(hourly.format(network.moneyStyle)), field: .amount)
        }
        try rateChangeDate(from, ctx, contribution: false)
        let style = network.moneyStyle
        let card = "\(seniority.rawValue) on a \(band.rawValue) project"
        if let current = network.hourlyRate(seniority, band, on: from), current == hourly {
            throw DomainError(LedgerRefusal.rateAlready(seniority, band, hourly.format(style), on: from))
        }
        var n = network
        let entry = RateCardEntry(seniority: seniority, sizeBand: band, hourly: hourly, from: from)
        // A second change for the same day replaces the first: the card keeps what
        // was in force, not every correction of a typing mistake.
        if let same = n.rateCard.firstIndex(where: { $0.seniority == seniority && $0.sizeBand == band && $0.from == from }) {
            n.rateCard[same] = entry
        } else {
            n.rateCard.append(entry)
        }
        network = n
        var out = ChangeOutcome(applied: .setHourlyRate(seniority: seniority, band: band, hourly: hourly, from: from),
                                said: .hourlyRate(seniority: seniority.rawValue, band: band.rawValue, hourly: hourly.format(style), from: from))
        out.networkChanged = true
        let repriced = projects.filter { p in
            p.accepted.map { $0 >= from } ?? false && network.sizeBand(forHours: p.estimatedHours) == band
        }.count
        if repriced > 0 {
            out.warnings.append(NoticeWords.projectsRepriced(repriced, from: from).text)
        }
        return out
    }

    mutating func setContributionRate(_ role: Role, _ basisPoints: Int64, _ from: Day, _ ctx: ChangeContext) throws -> ChangeOutcome {
        guard (0...10_000).contains(basisPoints) else {
            throw DomainError(LedgerRefusal.contributionBetween(Percent.format(basisPoints: basisPoints, network.moneyStyle)))
        }
        guard role != .applicant, role != .external else {
            throw DomainError(LedgerRefusal.noContributionFor(role), field: .role)
        }
        try rateChangeDate(from, ctx, contribution: true)
        if network.contributionRates.contains(where: { $0.role == role }), network.contributionRate(for: role, on: from) == basisPoints {
            throw DomainError(LedgerRefusal.contributionAlready(role, Percent.format(basisPoints: basisPoints, network.moneyStyle), on: from))
        }
        var n = network
        let rate = ContributionRate(role: role, basisPoints: basisPoints, from: from)
        if let same = n.contributionRates.firstIndex(where: { $0.role == role && $0.from == from }) {
            n.contributionRates[same] = rate
        } else {
            n.contributionRates.append(rate)
        }
        network = n
        var out = ChangeOutcome(applied: .setContributionRate(role: role, basisPoints: basisPoints, from: from),
                                said: .contributionRate(role: role, percent: Percent.format(basisPoints: basisPoints, network.moneyStyle), from: from))
        out.networkChanged = true
        // A contribution carries its rate from the day it was booked; a change
        // dated back does not rewrite them, and the person should know.
        let booked = ledger.filter { e in
            e.kind == .revenue && e.date >= from && !isCorrected(e.id) && e.member.flatMap { members[id: $0] }?.role == role
        }.count
        if booked > 0 {
            out.warnings.append(NoticeWords.contributionsKeepOldRate(booked, role, from: from).text)
        }
        return out
    }

    /// A rate may be set from the start of the current year on, never inside a
    /// closed year: the books of a year already accounted for do not move.
    func rateChangeDate(_ from: Day, _ ctx: ChangeContext, contribution: Bool) throws {
        if let closed = closedYear(containing: from) {
            throw DomainError(LedgerRefusal.yearClosedForRateChange(closed, contribution: contribution, from), field: .date)
        }
        let openFrom = Day(year: ctx.today.year, month: 1, day: 1)!
        guard from >= openFrom else {
            throw DomainError(LedgerRefusal.rateChangeTooEarly(contribution: contribution, from: openFrom, not: from), field: .date)
        }
    }
}

extension Network {
    /// Every rate card entry, grouped by seniority and size band, oldest first,
    /// with whether it is the one in force on `day`.
    public func rateCardHistory(on day: Day) -> [(entry: RateCardEntry, inForce: Bool)] {
        let sorted = rateCard.enumerated().sorted { a, b in
            (a.element.seniority, a.element.sizeBand.order, a.element.from, a.offset)
                < (b.element.seniority, b.element.sizeBand.order, b.element.from, b.offset)
        }.map(\.element)
        return sorted.map { e in (e, hourlyRate(e.seniority, e.sizeBand, on: day) == e.hourly && latestFrom(e.seniority, e.sizeBand, on: day) == e.from) }
    }

    /// Every contribution percentage by role, oldest first, with whether it is in force on `day`.
    public func contributionHistory(on day: Day) -> [(rate: ContributionRate, inForce: Bool)] {
        let sorted = contributionRates.enumerated().sorted { a, b in (a.element.role, a.element.from, a.offset) < (b.element.role, b.element.from, b.offset) }
            .map(\.element)
        return sorted.map { r in
            let current = contributionRates.filter { $0.role == r.role && $0.from <= day }.map(\.from).max()
            return (r, current == r.from)
        }
    }

    private func latestFrom(_ seniority: Seniority, _ band: SizeBand, on day: Day) -> Day? {
        rateCard.filter { $0.seniority == seniority && $0.sizeBand == band && $0.from <= day }.map(\.from).max()
    }
}

extension SizeBand {
    var order: Int { SizeBand.allCases.firstIndex(of: self)! }
}
