/// Two years of Unit-2's books. The members pay no percentage: Eric, as main
/// tenant, pays the landlord, and the rent is charged on to the members by the
/// desks they use, as the smaller shared costs are charged equally. Members
/// settle what they owe once a quarter.
enum Unit2Ledger {
    static let landlord = "Vastgoed Leiden BV"
    /// Monthly rent when the demo's books begin, indexed every July.
    static let startingRent = Money(euros: 4_650)
    static let indexationBasisPoints: Int64 = 310

    static func schedule(_ h: inout DemoHistory) {
        let start = DemoCalendar.firstOfMonth(h.today.addingMonths(-24))
        var rent = startingRent
        let lastPaymentRound = paymentRounds(from: start, today: h.today).last
        for month in DemoCalendar.months(from: start, through: h.today) {
            if month.month == 7 && month != start { rent += rent.percentage(basisPoints: indexationBasisPoints) }
            let label = monthName(month)
            let rentNote = DemoDutch.pick(en: "Rent of the unit for \(label); Eric Went pays the landlord as main tenant (hoofdhuurder)",
                                          nl: "Huur van de unit voor \(label); Eric Went betaalt de verhuurder als hoofdhuurder")
            shared(&h, on: month, category: "rent", payee: landlord, amount: rent, note: rentNote, split: .byDesks, label: label)
            if month.month % 3 == 1 {
                // The provider bills a quarter ahead, which also keeps the charges per member few.
                shared(&h, on: month.advanced(by: 4), category: "internet", payee: "KabelNet Zakelijk",
                       amount: Money(euros: 389, cents: 85), note: "Fibre connection and wifi for the quarter",
                       split: .equallyAtDesks, label: label)
                shared(&h, on: month.advanced(by: 8), category: "coffee", payee: "Koffiebranderij De Rijn",
                       amount: Money(euros: 186, cents: 40), note: "Beans, milk and tea for the quarter", split: .equallyAtDesks, label: label)
            }
            if month.month == 6 {
                shared(&h, on: month.advanced(by: 24), category: "events", payee: "Café Het Bolwerk",
                       amount: Money(euros: 640), note: "Summer barbecue with Unit-2 Share", split: .equallyAll, label: label)
            }
            if month.month == 1 {
                shared(&h, on: month.advanced(by: 11), category: "events", payee: "Café Het Bolwerk",
                       amount: Money(euros: 480), note: "New Year's drinks", split: .equallyAll, label: label)
            }
            if month.month % 3 == 1, month > start {
                let day = month.advanced(by: 14)
                payments(&h, on: day, quarter: DateRange(month.addingMonths(-3), month.advanced(by: -1))!,
                         partial: day == lastPaymentRound)
            }
        }
    }

    enum Split { case byDesks, equallyAtDesks, equallyAll }

    /// A cost the collective pays, charged on to the members who share it on that day.
    static func shared(_ h: inout DemoHistory, on day: Day, category: String, payee: String, amount: Money,
                       note: String, split: Split, label: String) {
        h.on(day, hour: 9, by: "eric", "\(category) \(label)") { h, ctx in
            let cost = LedgerEntry(id: 0, kind: .cost, date: day, amount: amount, category: category, payee: payee,
                                   note: note, at: ctx.now, by: ctx.actor)
            let costID = try h.addEntry(cost, ctx)
            let sharing = h.state.members.filter { m in
                m.isActive(on: day) && (split == .equallyAll || m.desks > 0)
            }
            let weights = sharing.map { split == .byDesks ? Int64($0.desks) : 1 }
            // The rule writes one charge each, by the largest remainder: they add up to the cost to the cent.
            let share = CostShare(cost: costID, parts: zip(sharing, weights).map { CostShare.Part(member: $0.id, weight: $1) },
                                  note: "\(DemoDutch.category(category)) \(label)", unit: split == .byDesks ? "desks" : "members")
            try h.apply(.shareCost(share), ctx)
        }
    }

    /// Each member pays what they were charged in the quarter just ended. In the
    /// latest round Tim, who has little work, pays half; nobody pushes him.
    static func payments(_ h: inout DemoHistory, on day: Day, quarter: DateRange, partial: Bool) {
        h.on(day, hour: 16, by: "eric", "payments \(day)") { h, ctx in
            var owed: [String: Money] = [:]
            for e in h.state.ledger where e.kind == .charge && quarter.contains(e.date) {
                if let m = e.member { owed[m, default: .zero] += e.amount }
            }
            for m in h.state.members {
                guard let due = owed[m.id], due.cents > 0 else { continue }
                var amount = due, note = DemoDutch.pick(en: "Shared costs", nl: "Gedeelde kosten") + " \(monthName(quarter.start))-\(monthName(quarter.end))"
                if partial && m.id == "tim" {
                    amount = try due.split(equally: 2)[0]
                    note += ", part payment; the rest when work picks up"
                }
                let pay = LedgerEntry(id: 0, kind: .payment, date: day, amount: amount, member: m.id, note: note,
                                      at: ctx.now, by: ctx.actor)
                try h.addEntry(pay, ctx)
            }
        }
    }

    static func paymentRounds(from start: Day, today: Day) -> [Day] {
        DemoCalendar.months(from: start, through: today)
            .filter { $0.month % 3 == 1 && $0 > start }
            .map { $0.advanced(by: 14) }
            .filter { $0 <= today }
    }

    static func monthName(_ d: Day) -> String {
        let names = Language.current == .nl ? Day.dutchMonths : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(names[d.month - 1]) \(d.year)"
    }
}
