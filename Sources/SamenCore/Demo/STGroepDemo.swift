/// ST-groep: organisational advice and training in sociotechnics. Founded in 1990
/// by Pierre and Guido; now three partners, each with their own BV above one
/// operating company, and seven associates. Everyone pays a percentage of what
/// they earn through the network; the operating company pays the shared costs
/// and what remains at year end goes to the partners. See seeds/SUMMARY.md.
enum STGroepDemo {
    static let partners = ["pierre", "guido", "annemiek"]

    static func build(today: Day) throws -> NetworkState {
        var h = DemoHistory(network: network(today: today), today: today)
        for m in members(today: today) { h.on(m.joined, hour: 9, by: "pierre", .addMember(m)) }
        var katleen = MemberEdit(id: "katleen")
        katleen.hoursPerWeek = 24
        katleen.hoursFrom = today.advanced(by: -400)
        h.on(today.advanced(by: -400), by: "katleen", .editMember(katleen))  // took on more network work
        h.on(today.advanced(by: -20), by: "ellen",
             .addTimeOff(member: "ellen", TimeOff(range: DateRange(today.advanced(by: 12), today.advanced(by: 25))!, note: "holiday")))
        h.on(today.advanced(by: -6), by: "guido",
             .addTimeOff(member: "guido", TimeOff(range: DateRange(today.advanced(by: 5), today.advanced(by: 6))!, note: "conference")))
        h.on(today.advanced(by: -30), by: "hans",
             .addTimeOff(member: "hans", TimeOff(range: DateRange(today.advanced(by: 21), today.advanced(by: 35))!, note: "sailing")))
        raiseRates(&h)
        STGroepProjects.schedule(&h)
        // The instrument Katleen and Pierre develop: the network's own, registered by a partner.
        h.on(today.advanced(by: -500), by: "pierre", .addProduct(Product(id: "team-scan", name: "Team scan instrument",
                                                                          started: today.advanced(by: -500), contributors: ["pierre"])))
        h.on(today.advanced(by: -200), by: "katleen", .addProductContributor(product: "team-scan", member: "katleen"))
        requests(&h)
        // Asking first: Annemiek asks Ellen to give the training part of the coaches' course; Ellen has not answered yet.
        h.on(h.day(-2), hour: 16, by: "annemiek", project: "coach-training") {
            .askToJoin(project: $0, members: ["ellen"], hoursPerWeek: 6, note: "Would you give the training days? The intervision part is mine.")
        }
        STGroepLedger.schedule(&h)
        return try h.finish()
    }

    static func network(today: Day) -> Network {
        // The percentages have been the same since the last time the partners and
        // associates sat down to justify them against the costs.
        let ratesFrom = Day(year: today.year - 3, month: 1, day: 1)!
        var network = Network(name: "ST-groep", place: "Utrecht",
                       contributionRates: [ContributionRate(role: .partner, basisPoints: 1500, from: ratesFrom),
                                           ContributionRate(role: .associate, basisPoints: 1000, from: ratesFrom)],
                       rateCard: rateCard(from: Day(year: today.year - 6, month: 1, day: 1)!, raised: false),
                       mediumProjectHours: 150, largeProjectHours: 500,
                       costCategories: ["secretary", "building", "website", "computers", "accountant", "outings", "insurance"].map(DemoDutch.category),
                       partnerShares: partners.map { PartnerShare(member: $0, weight: 1) },
                       // The partners acquire the work and pass it on.
                       triage: .partners)
        // Associates are asked from the proposal on, "whether the freelancer wants to take it".
        network.asksFirst = true
        // ST-groep admits on a match with the shared vision (issue 16).
        network.admissionCriteria = AdmissionCriterion.stGroep
        return network
    }

    /// Fixed hourly rates for the freelancers, by seniority and project size;
    /// larger projects carry a lower hourly rate.
    static func rateCard(from: Day, raised: Bool) -> [RateCardEntry] {
        let euros: [(Seniority, [Int64], [Int64])] = [
            (.junior, [78, 74, 70], [84, 79, 75]),
            (.medior, [95, 90, 85], [102, 96, 90]),
            (.senior, [115, 108, 100], [122, 115, 106]),
        ]
        var card: [RateCardEntry] = []
        for (seniority, before, after) in euros {
            for (band, amount) in zip([SizeBand.small, .medium, .large], raised ? after : before) {
                card.append(RateCardEntry(seniority: seniority, sizeBand: band, hourly: Money(euros: amount), from: from))
            }
        }
        return card
    }

    /// Client prices had risen for years while the freelancers' rates had not;
    /// Miriam raised it at a team day and the partners adjusted the card. The old
    /// entries stay, so projects accepted before keep the rate they were priced at.
    static func raiseRates(_ h: inout DemoHistory) {
        let raised = DemoCalendar.firstOfMonth(h.today.addingMonths(-10))
        h.on(raised, hour: 11, by: "guido", "raise the rate card") { h, ctx in
            for e in rateCard(from: raised, raised: true) {
                try h.apply(.setHourlyRate(seniority: e.seniority, band: e.sizeBand, hourly: e.hourly, from: e.from), ctx)
            }
        }
    }

    static func members(today: Day) -> [Member] {
        let founded = min(Day(year: 1990, month: 4, day: 1)!, today.addingMonths(-120))
        func years(_ n: Int, _ extraMonths: Int = 0) -> Day { today.addingMonths(-(n * 12 + extraMonths)) }
        func m(_ id: String, _ name: String, _ role: Role, _ skills: [String], _ seniority: Seniority, _ city: String,
               _ involvement: Involvement, _ hours: Int, _ joined: Day, _ pitch: String) -> Member {
            Member(id: id, name: name, role: role, skills: skills, seniority: seniority, city: city,
                   email: "\(id)@st-groep.example", login: role == .partner ? id : nil, pitch: pitch,
                   involvement: involvement, hours: [ContractedHours(hoursPerWeek: Hours(hours), from: joined)], joined: joined)
        }
        // Different expertise and advising styles, so that members don't compete.
        return [
            m("pierre", "Pierre Hermans", .partner, ["sociotechnics", "organisational-advice", "process-redesign", "healthcare"],
              .senior, "Utrecht", .daily, 36, founded, "Founder; redesigns how work flows in hospitals and care, with the people who do it."),
            m("guido", "Guido van Aalst", .partner, ["sociotechnics", "change-management", "government", "training"],
              .senior, "Amersfoort", .daily, 32, founded, "Founder; leads change in municipalities and public services, patient and direct."),
            m("annemiek", "Annemiek Roos", .partner, ["sociotechnics", "team-coaching", "education", "intervision"],
              .senior, "Utrecht", .daily, 32, years(17, 5), "Coaches teams and school leaders toward self-management, mostly by asking."),
            m("katleen", "Katleen Verbeek", .associate, ["sociotechnics", "training", "team-coaching", "healthcare"],
              .senior, "Breda", .weekly, 20, years(11, 2), "Builds the diagnostic instruments and trains care teams to read their own work."),
            m("hans", "Hans Oosterhuis", .associate, ["process-redesign", "lean", "sociotechnics", "industry"],
              .senior, "Zwolle", .weekly, 16, years(14), "Engineer turned adviser: production cells and logistics, on the shop floor."),
            m("miriam", "Miriam Kaya", .associate, ["change-management", "intervision", "healthcare"],
              .medior, "Utrecht", .weekly, 24, years(9, 7), "Guides change in care and welfare through conversation, not blueprints."),
            m("bart", "Bart Verschuren", .associate, ["organisational-advice", "government", "process-redesign"],
              .medior, "Den Haag", .monthly, 16, years(10, 4), "Former civil servant who redesigns permit and service processes."),
            m("ellen", "Ellen de Bruijn", .associate, ["training", "education", "team-coaching"],
              .medior, "Nijmegen", .weekly, 28, years(12, 9), "Trainer of teachers and trainers; makes theory practical in an afternoon."),
            m("jasper", "Jasper Timmermans", .associate, ["lean", "process-redesign"],
              .junior, "Utrecht", .monthly, 12, years(7, 3), "Junior adviser with a lean background, learning the sociotechnical way."),
            m("sophie", "Sophie van Houten", .associate, ["organisational-advice", "change-management", "government"],
              .medior, "Arnhem", .weekly, 20, years(8, 1), "Adviser for mergers and reorganisations in the public sector."),
        ]
    }

    static func requests(_ h: inout DemoHistory) {
        func ask(_ key: String, _ from: String, _ kind: RequestKind, _ tags: [String], _ text: String, hours: Int? = nil, on day: Int) {
            let r = HelpRequest(id: 0, from: from, kind: kind, tags: tags, text: text, hoursPerWeek: hours.map { Hours($0) },
                                created: Timestamp(secondsSinceEpoch: 0))
            h.on(h.day(day), hour: 14, by: from, "add request \(key)") { h, ctx in try h.addRequest(key, r, ctx) }
        }
        func offer(_ key: String, _ member: String, _ note: String, on day: Int) {
            h.on(h.day(day), hour: 15, by: member, request: key) { .offerHelp(request: $0, member: member, note: note) }
        }
        ask("team-day", "hans", .advice, ["team-day"], "Team day: who organises it this year, and where?", on: -230)
        offer("team-day", "ellen", "I'll do it; I know a farm near Nijmegen.", on: -229)
        h.on(h.day(-228), by: "hans", request: "team-day") { .acceptOffer(request: $0, member: "ellen") }
        h.on(h.day(-180), by: "hans", request: "team-day") { .closeRequest(request: $0, note: "Booked; see the calendar.") }
        ask("team-scan", "katleen", .advice, ["instruments", "healthcare"],
            "Building version 2 of the team scan with Pierre: who has used the old questionnaire with care teams?", on: -50)
        offer("team-scan", "miriam", "Twice, at De Linde; I kept notes on the questions that confused people.", on: -49)
        offer("team-scan", "annemiek", "Once, in a school; happy to compare.", on: -47)
        h.on(h.day(-45), by: "katleen", request: "team-scan") { .acceptOffer(request: $0, member: "miriam") }
        ask("jasper-work", "jasper", .needsWork, ["lean", "process-redesign"],
            "My own client stopped; I have room for network work.", hours: 8, on: -20)
        ask("intervision", "ellen", .advice, ["intervision", "education"],
            "Looking for an intervision partner for a difficult case at the vocational school.", on: -10)
        offer("intervision", "annemiek", "Thursday after the partner meeting?", on: -9)
    }
}
