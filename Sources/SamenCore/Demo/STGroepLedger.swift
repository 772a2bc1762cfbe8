/// ST-groep's books from the first of January two years ago: members' revenue
/// through the network (each bringing its contribution at the role's rate), the
/// operating company's costs, and the closed years' distributions among the
/// partners.
enum STGroepLedger {
    static func start(_ today: Day) -> Day { Day(year: today.year - 2, month: 1, day: 1)! }

    /// Monthly invoices for each member's hours on a project, at the rate card in
    /// force on the day the project was accepted (its price does not move when
    /// the card does). Hours follow the working days of the month.
    static func invoices(for p: DemoProject, in h: inout DemoHistory) {
        let today = h.today, first = start(today)
        for member in p.team {
            let worked = p.range(of: member, today: today)
            for month in DemoCalendar.months(from: max(worked.start, first), through: worked.end) {
                let end = DemoCalendar.lastOfMonth(month)
                guard let part = DateRange(max(month, worked.start), min(end, worked.end)) else { continue }
                // Tenths of an hour: hours a week times working days, over five days a week.
                let tenths = member.perWeek * DemoCalendar.workingDays(part) * 2
                guard tenths > 0 else { continue }
                let label = Unit2Ledger.monthName(month)
                h.on(end, hour: 17, by: member.member, "invoice \(p.key) \(member.member) \(label)") { h, ctx in
                    let id = try h.projectID(p.key)
                    guard let project = h.state.project(id), let m = h.state.member(member.member) else {
                        throw DomainError("demo: project \(p.key) or member \(member.member) is missing")
                    }
                    let n = h.state.network
                    let band = n.sizeBand(forHours: project.estimatedHours)
                    guard let rate = n.hourlyRate(m.seniority, band, on: project.accepted ?? project.period.start) else {
                        throw DomainError("demo: no rate for \(m.seniority.rawValue)/\(band.rawValue)")
                    }
                    let revenue = LedgerEntry(id: 0, kind: .revenue, date: end, amount: rate.scaled(by: Int64(tenths), over: 10),
                                              member: m.id, project: id,
                                              note: DemoDutch.pick(en: "\(label): \(tenths / 10).\(tenths % 10) h at \(rate.format(n.moneyStyle)) for \(project.client)",
                                                                  nl: "\(label): \(tenths / 10),\(tenths % 10) u à \(rate.format(n.moneyStyle)) voor \(project.client)"),
                                              at: ctx.now, by: ctx.actor)
                    try h.addEntry(revenue, ctx)
                }
            }
        }
    }

    struct Cost {
        var category: String
        var payee: String
        var note: String
        var amount: Money
        /// Percentage (basis points) it rises each January: salaries and leases are indexed.
        var yearlyRise: Int64 = 0
        /// Day of the month it is booked.
        var day: Int
        /// The months it comes back in (1...12).
        var months: ClosedRange<Int> = 1...12
        var every = 1
    }

    static let costs: [Cost] = [
        Cost(category: "secretary", payee: "Salary administration", note: "Secretary: salary and employer's costs (our only employee)",
             amount: Money(euros: 2_780), yearlyRise: 250, day: 25),
        Cost(category: "building", payee: "Kantorenfonds Utrecht BV", note: "Office and meeting room, Oudegracht",
             amount: Money(euros: 1_350), yearlyRise: 280, day: 1),
        Cost(category: "website", payee: "Webbureau Dom", note: "Hosting and mail", amount: Money(euros: 39, cents: 50), day: 10),
        Cost(category: "website", payee: "Webbureau Dom", note: "Yearly maintenance and security updates",
             amount: Money(euros: 950), day: 12, months: 3...3),
        Cost(category: "computers", payee: "IT-beheer Midden", note: "Managed laptops, licences and backup",
             amount: Money(euros: 1_180), yearlyRise: 300, day: 15, every: 3),
        Cost(category: "accountant", payee: "Accountantskantoor Van Wijk", note: "Quarterly bookkeeping and VAT return",
             amount: Money(euros: 650), day: 20, every: 3),
        Cost(category: "accountant", payee: "Accountantskantoor Van Wijk", note: "Annual accounts of the operating company",
             amount: Money(euros: 2_450), day: 18, months: 5...5),
        Cost(category: "insurance", payee: "Verzekeraar Midden", note: "Professional liability, yearly premium",
             amount: Money(euros: 1_380), day: 5, months: 1...1),
        // Team days happen less often than anyone would like: one in spring, a dinner in December.
        Cost(category: "outings", payee: "Landgoed De Hoorneboeg", note: "Team day with intervision on current projects",
             amount: Money(euros: 1_650), day: 22, months: 5...5),
        Cost(category: "outings", payee: "Restaurant De Rijtuigenloods", note: "End-of-year dinner",
             amount: Money(euros: 2_100), day: 12, months: 12...12),
    ]

    static func schedule(_ h: inout DemoHistory) {
        let today = h.today, first = start(today)
        for c in costs {
            for month in DemoCalendar.months(from: first, through: today)
            where c.months.contains(month.month) && (month.month - 1) % c.every == 0 {
                var amount = c.amount
                for _ in 0..<(month.year - first.year) { amount += amount.percentage(basisPoints: c.yearlyRise) }
                let entry = LedgerEntry(id: 0, kind: .cost, date: month.advanced(by: c.day - 1), amount: amount,
                                        category: c.category, payee: c.payee, note: c.note, at: Timestamp(secondsSinceEpoch: 0), by: "")
                h.on(entry.date, hour: 9, by: "annemiek", "\(c.category) \(month)") { h, ctx in try h.addEntry(entry, ctx) }
            }
        }
        doubleBooking(&h)
        contributionPayments(&h)
        // What remains at year end goes to the partners, once the year is over and
        // the last invoices are in.
        for year in [today.year - 2, today.year - 1] {
            let day = min(Day(year: year + 1, month: 1, day: 20)!, today)
            h.on(day, hour: 16, by: "annemiek", .closeYear(year))
        }
    }

    /// Members settle their contributions once a quarter, on the fifteenth of
    /// the month after it ends: what they owe for contributions up to the
    /// quarter's last day. The quarter under way is still owed, so an
    /// associate's statement always shows a balance due, as it would in life.
    static func contributionPayments(_ h: inout DemoHistory) {
        let today = h.today, first = start(today)
        for quarterStart in DemoCalendar.months(from: first, through: today) where (quarterStart.month - 1) % 3 == 0 {
            let quarterEnd = DemoCalendar.lastOfMonth(quarterStart.addingMonths(2))
            let day = quarterEnd.advanced(by: 15)
            let label = "\(Unit2Ledger.monthName(quarterStart))-\(Unit2Ledger.monthName(quarterEnd))"
            h.on(day, hour: 11, by: "annemiek", "contribution payments \(label)") { h, ctx in
                var owed: [String: Money] = [:]
                for e in h.state.ledger where e.date <= quarterEnd && e.member != nil {
                    switch e.kind {
                    case .contribution: owed[e.member!, default: .zero] += e.amount
                    case .payment: owed[e.member!, default: .zero] -= e.amount
                    default: break
                    }
                }
                for (member, amount) in owed.sorted(by: { $0.key < $1.key }) where amount > .zero {
                    let pay = LedgerEntry(id: 0, kind: .payment, date: day, amount: amount, member: member,
                                          note: DemoDutch.pick(en: "Contributions", nl: "Afdrachten") + " \(label)", at: ctx.now, by: ctx.actor)
                    _ = try h.addEntry(pay, ctx)
                }
            }
        }
    }

    /// The books are append-only: a cost booked twice is reversed by a
    /// correction, never deleted. Two months back, so it is in the demo whatever the day.
    static func doubleBooking(_ h: inout DemoHistory) {
        let month = DemoCalendar.firstOfMonth(h.today.addingMonths(-2))
        let twice = LedgerEntry(id: 0, kind: .cost, date: month.advanced(by: 2), amount: Money(euros: 1_180), category: "computers",
                                payee: "IT-beheer Midden", note: "Replacement laptop for the secretary",
                                at: Timestamp(secondsSinceEpoch: 0), by: "")
        h.on(twice.date, hour: 9, by: "annemiek", "cost booked once") { h, ctx in try h.addEntry(twice, ctx) }
        h.on(twice.date, hour: 10, by: "annemiek", "cost booked twice") { h, ctx in try h.addEntry(twice, key: "twice", ctx) }
        h.on(twice.date.advanced(by: 3), hour: 11, by: "annemiek", "correct the double booking") { h, ctx in
            try h.apply(.correctLedgerEntry(entry: try h.entryID("twice"), reason: "booked twice; the supplier sent one invoice",
                                            date: ctx.today), ctx)
        }
    }
}
