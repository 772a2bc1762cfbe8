import SamenCore

extension FinancesScreen {
    /// The rate card with its history, and the contribution percentages with
    /// theirs: what is in force at the end of the year shown (or today), and
    /// every earlier rate with the day it started, so a raise is visible and
    /// a project keeps the rate of the day it was accepted.
    var ratesLines: [PageLine] {
        let n = state.network
        let yearEnd = Day(year: finances.year, month: 12, day: 31)!
        let day = min(yearEnd, today)
        let style = n.moneyStyle
        var lines: [PageLine] = []
        lines.append(PageLine([(FinancesWords.hourlyRates.text, .title), (FinancesWords.inForceOn(day.spoken).text, .dim)]))
        lines.append(PageLine(FinancesWords.sizeByHours(medium: n.mediumProjectHours, large: n.largeProjectHours, atMost: glyph("≤", "<=")).text, .dim))
        lines.append(PageLine("\(cell(FinancesWords.colSeniority.text, 10)) \(cell(FinancesWords.colSize.text, 7)) \(cell(FinancesWords.colRate.text, 10, right: true))  \(cell(FinancesWords.colSince.text, 10))  \(FinancesWords.colOtherRates.text)", .header))
        if n.rateCard.isEmpty { lines.append(PageLine(FinancesWords.noRateCard.text, .dim)) }
        for seniority in Seniority.allCases {
            for band in [SizeBand.small, .medium, .large] {
                let history = n.rateCard.filter { $0.seniority == seniority && $0.sizeBand == band }.sorted { $0.from > $1.from }
                guard !history.isEmpty else { continue }
                let current = history.first { $0.from <= day }
                let earlier = history.filter { $0.from < (current?.from ?? day) }
                let upcoming = history.filter { $0.from > day }
                var tail = earlier.map { FinancesWords.rateFrom($0.hourly.format(style), $0.from.shown).text }.joined(separator: ", ")
                if let c = current, let previous = earlier.first {
                    // The change as a percentage, in tenths, rounded half-up: integers only.
                    let tenths = (c.hourly.cents - previous.hourly.cents) * 2000 / previous.hourly.cents
                    let rounded = (tenths + (tenths >= 0 ? 1 : -1)) / 2
                    tail += " (\(rounded >= 0 ? "+" : "")\(Percent.format(basisPoints: rounded * 10, style)))"
                }
                if !upcoming.isEmpty { tail = upcoming.map { FinancesWords.rateFrom($0.hourly.format(style), $0.from.shown).text + " (\(($0.from > today ? FinancesWords.planned : .later).text))" }.joined(separator: ", ") + (tail.isEmpty ? "" : "; " + tail) }
                lines.append(PageLine([("\(cell(FinancesWords.seniority(seniority).text, 10)) \(cell(FinancesWords.size(band).text, 7)) ", .normal),
                                       ("\(cell(current.map { $0.hourly.format(style) } ?? "-", 10, right: true))", .bold),
                                       ("  \(cell(current?.from.shown ?? "", 10))  ", .dim), (tail, .dim)]))
            }
        }
        lines.append(.blank)
        lines.append(PageLine([(FinancesWords.contributions.text, .title), (FinancesWords.contributionsByRole.text, .dim)]))
        lines.append(PageLine("\(cell(FinancesWords.colRole.text, 10)) \(cell("", 7)) \(cell(FinancesWords.colRate.text, 10, right: true))  \(cell(FinancesWords.colSince.text, 10))  \(FinancesWords.colOtherRates.text)", .header))
        if n.contributionRates.isEmpty { lines.append(PageLine(FinancesWords.noContributionRates.text, .dim)) }
        for role in Role.allCases {
            let history = n.contributionRates.filter { $0.role == role }.sorted { $0.from > $1.from }
            guard !history.isEmpty else { continue }
            let current = history.first { $0.from <= day }
            let earlier = history.filter { $0.from < (current?.from ?? day) }
            let upcoming = history.filter { $0.from > day }
            var tail = earlier.map { FinancesWords.rateFrom(Percent.format(basisPoints: $0.basisPoints, style), $0.from.shown).text }.joined(separator: ", ")
            if !upcoming.isEmpty { tail = upcoming.map { FinancesWords.rateFrom(Percent.format(basisPoints: $0.basisPoints, style), $0.from.shown).text + " (\(($0.from > today ? FinancesWords.planned : .later).text))" }.joined(separator: ", ") + (tail.isEmpty ? "" : "; " + tail) }
            lines.append(PageLine([("\(cell(FinancesWords.role(role).text, 10)) \(cell("", 7)) ", .normal),
                                   (cell(current.map { Percent.format(basisPoints: $0.basisPoints, style) } ?? "-", 10, right: true), .bold),
                                   ("  \(cell(current?.from.shown ?? "", 10))  ", .dim), (tail, .dim)]))
        }
        if !n.partnerShares.isEmpty {
            lines.append(.blank)
            let total = n.partnerShares.reduce(0) { $0 + $1.weight }
            lines.append(PageLine([(FinancesWords.partnersShares.text, .title), (FinancesWords.ofTheResult.text, .dim)]))
            for s in n.partnerShares {
                lines.append(PageLine([("\(cell(state.member(s.member)?.name ?? s.member, 18)) ", .normal), ("\(s.weight)/\(total)", .bold)]))
            }
        }
        return lines
    }
}
