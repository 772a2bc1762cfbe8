/// Unit-2, Leiden: "Working Apart Together". Communication freelancers who share
/// the rent of a unit (no percentage of revenue), pass work to each other and
/// hire outside when nobody inside fits. See seeds/SUMMARY.md.
enum Unit2Demo {
    static func build(today: Day) throws -> NetworkState {
        let network = Network(name: "Unit-2", place: "Leiden",
                              costCategories: ["rent", "internet", "coffee", "events"].map(DemoDutch.category),
                              // Eric pays the landlord as main tenant and charges the rent on;
                              // nobody in the collective acts for others otherwise.
                              bookkeepers: ["eric"],
                              // The members decide together which work the collective takes.
                              triage: .members)
        var h = DemoHistory(network: network, today: today)
        for (i, row) in Unit2Members.rows.enumerated() {
            let m = Unit2Members.member(row, index: i, today: today)
            h.on(m.joined, hour: 9, by: "eric", .addMember(m))
        }
        memberChanges(&h)
        for p in projects { p.schedule(in: &h, decider: "eric") }
        requests(&h)
        admission(&h)
        // The congress media team, the collective's own product, and who built it.
        h.on(h.day(-400), by: "eric", .addProduct(Product(id: "congress-media-team", name: "Congress media team",
                                                          started: h.day(-400), contributors: ["eric", "noor", "emre", "sanne"])))
        h.on(h.day(-150), by: "ingrid", .addProductContributor(product: "congress-media-team", member: "ingrid"))
        Unit2Ledger.schedule(&h)
        congressWeek(&h)
        return try h.finish()
    }

    /// The congress media team (project 19) works three long days in the
    /// week of day 30. Maarten, Ingrid, Gijs and Jeroen told the network they
    /// keep that week for it, with more network hours than usual, and go back
    /// to their own hours the week after: without them the team cannot cover
    /// its photography and editing. Scheduled last, so the rest of the
    /// history keeps its times.
    static func congressWeek(_ h: inout DemoHistory) {
        let congress = DemoCalendar.monday(of: h.day(30))
        func congressWeek(_ id: String, _ perWeek: Int, usual: Int) {
            var e = MemberEdit(id: id)
            e.hoursPerWeek = Hours(perWeek)
            e.hoursFrom = congress
            h.on(h.day(-6), by: id, .editMember(e))
            var back = MemberEdit(id: id)
            back.hoursPerWeek = Hours(usual)
            back.hoursFrom = congress.advanced(by: 7)
            h.on(h.day(-6), by: id, .editMember(back))
        }
        congressWeek("maarten", 24, usual: 4)
        congressWeek("ingrid", 24, usual: 8)
        congressWeek("gijs", 24, usual: 4)
        congressWeek("jeroen", 24, usual: 12)
    }

    /// Hours that changed and holidays planned: what makes capacity differ week by week.
    static func memberChanges(_ h: inout DemoHistory) {
        func hours(_ id: String, _ perWeek: Int, from daysAgo: Int) {
            var e = MemberEdit(id: id)
            e.hoursPerWeek = Hours(perWeek)
            e.hoursFrom = h.day(daysAgo)
            h.on(h.day(daysAgo), by: id, .editMember(e))
        }
        hours("tim", 24, from: -60)   // wanted more network work after a quiet summer
        hours("koen", 24, from: -30)  // took on a part-time client of his own
        hours("lotte", 28, from: -90)
        func away(_ id: String, _ from: Int, _ to: Int, _ note: String, told: Int) {
            let t = TimeOff(range: DateRange(h.day(from), h.day(to))!, note: note)
            h.on(h.day(told), by: id, .addTimeOff(member: id, t))
        }
        away("zoe", 14, 20, "holiday", told: -20)
        away("emre", 7, 11, "family visit in İzmir", told: -12)
        away("joost", 21, 34, "holiday", told: -40)
        away("marieke", 3, 4, "course", told: -8)
        away("sanne", 28, 41, "photo trip, no laptop", told: -30)
        away("eric", 10, 10, "dentist and tax office", told: -2)
    }

    /// Our own product, described once: the seed's congress media team.
    static let mediaTeam = "Unit-2's own product: a media team reports on the congress in text, image and film, ready the next morning."

    static let projects: [DemoProject] = [
        // Done.
        DemoProject(key: "annual-report", title: "Annual report in plain language", client: "Waterschap Oude Rijn", source: "marieke",
                    skills: ["copywriting", "design", "infographics"], city: "Leiden", start: -300, weeks: 8, received: -330,
                    lead: "marieke", team: [.init(member: "marieke", perWeek: 8), .init(member: "youssef", perWeek: 12),
                                            .init(member: "eric", perWeek: 6)],
                    budget: Money(euros: 14_500), fate: .won),
        DemoProject(key: "bakery", title: "Brand identity for a family bakery", client: "Bakkerij Van Rijn", source: "bas",
                    skills: ["branding", "design"], city: "Haarlem", start: -240, weeks: 6, received: -262,
                    lead: "bas", team: [.init(member: "bas", perWeek: 8), .init(member: "lisa", perWeek: 14)],
                    budget: Money(euros: 8_200), fate: .won),
        DemoProject(key: "aftermovie", title: "Festival aftermovie", client: "Stichting Zomerfestival Katwijk", source: "jeroen",
                    skills: ["film", "video"], city: "Katwijk", start: -200, weeks: 4, received: -230,
                    lead: "jeroen", team: [.init(member: "jeroen", perWeek: 10), .init(member: "tim", perWeek: 10)],
                    budget: Money(euros: 6_000),
                    fate: .cancelled("festival called off after the storm warning; the client paid for the preparation")),
        DemoProject(key: "congress-lsd", title: "Congress media team: Life Sciences Days", client: "Leiden Bio Science Park",
                    description: mediaTeam, skills: ["journalism", "photography", "film", "editing"], city: "Leiden",
                    start: -160, days: 3, received: -200, lead: "eric",
                    team: [.init(member: "eric", perWeek: 24), .init(member: "noor", perWeek: 20), .init(member: "emre", perWeek: 24),
                           .init(member: "sanne", perWeek: 12), .init(member: "ingrid", perWeek: 8)],
                    estimatedHours: 90, budget: Money(euros: 9_800), fate: .won),
        DemoProject(key: "explainers", title: "Explainer animations for first-year students", client: "Hogeschool aan de Rijn",
                    skills: ["animation", "illustration"], city: "Leiden", start: -130, weeks: 10, received: -150,
                    lead: "daan", team: [.init(member: "daan", perWeek: 16), .init(member: "arjen", perWeek: 10),
                                         .init(member: "thijs", perWeek: 8)],
                    budget: Money(euros: 19_000), fate: .won),
        DemoProject(key: "casino", title: "Billboards for an online casino", client: "LuckySpin NL",
                    skills: ["marketing", "design"], city: "Den Haag", start: -80, weeks: 6, received: -100,
                    estimatedHours: 120, fate: .declined(.vision, "we don't make gambling ads")),
        DemoProject(key: "allotments", title: "Photo book: fifty years of the allotment gardens", client: "Volkstuinvereniging Ons Buiten",
                    source: "sanne", skills: ["photography", "design", "editing"], city: "Leiden", start: -90, weeks: 5, received: -110,
                    lead: "sanne", team: [.init(member: "sanne", perWeek: 12), .init(member: "zoe", perWeek: 6),
                                          .init(member: "ingrid", perWeek: 4)],
                    budget: Money(euros: 7_400), fate: .won),
        DemoProject(key: "visitors", title: "Visitor campaign for the city", client: "Stichting Bezoek Leiden",
                    skills: ["marketing", "strategy", "branding", "film"], city: "Leiden", start: -60, weeks: 12, received: -120,
                    lead: "saskia", estimatedHours: 400, budget: Money(euros: 48_000),
                    fate: .lost("the client chose a full-service agency in Amsterdam")),
        // Active.
        DemoProject(key: "kunstroute", title: "New website and content", client: "Stichting Kunstroute Leiden", source: "joost",
                    skills: ["web", "ux", "copywriting"], city: "Leiden", start: -40, weeks: 13, received: -70,
                    lead: "joost", team: [.init(member: "joost", perWeek: 16), .init(member: "koen", perWeek: 20),
                                          .init(member: "mei", perWeek: 12), .init(member: "wouter", perWeek: 8)],
                    budget: Money(euros: 32_000), fate: .won),
        DemoProject(key: "cycling", title: "Cycling-to-work campaign", client: "Werkgeversservicepunt Rijnland",
                    skills: ["marketing", "social-media", "video"], city: "Leiden", start: -21, weeks: 10, received: -55,
                    lead: "fleur", team: [.init(member: "fleur", perWeek: 12), .init(member: "iris", perWeek: 12),
                                          .init(member: "femke", perWeek: 8),
                                          // Solidarity: Tim had little work, so the campaign videos went to him.
                                          .init(member: "tim", perWeek: 6, weeks: 2..<6)],
                    budget: Money(euros: 24_000), fate: .won),
        DemoProject(key: "audio-tour", title: "Audio tour in four languages", client: "Museum aan de Singel", source: "anais",
                    skills: ["translation", "editing"], city: "Leiden", start: -28, weeks: 9, received: -60,
                    lead: "anais", team: [.init(member: "anais", perWeek: 10), .init(member: "nadia", perWeek: 10),
                                          .init(member: "ingrid", perWeek: 4)],
                    hires: [ExternalHire(name: "Marloes Kramer",
                                         reason: "the tour also needs Dutch Sign Language video; nobody inside fits", hoursPerWeek: 6)],
                    budget: Money(euros: 21_000), fate: .won),
        DemoProject(key: "magazine", title: "Illustrated annual magazine", client: "Rijnland Zorggroep", source: "zoe",
                    skills: ["illustration", "journalism", "design"], city: "Leiden", start: -14, weeks: 8, received: -45,
                    lead: "zoe", team: [.init(member: "zoe", perWeek: 12), .init(member: "lotte", perWeek: 8),
                                        .init(member: "eric", perWeek: 6)],
                    budget: Money(euros: 16_500), fate: .won),
        DemoProject(key: "theatre", title: "Press and social media for the new season", client: "Theater De Waag",
                    skills: ["pr", "social-media", "photography"], city: "Leiden", start: -7, weeks: 12, received: -32,
                    lead: "yara", team: [.init(member: "yara", perWeek: 8), .init(member: "chloe", perWeek: 6),
                                         .init(member: "jeroen", perWeek: 4)],
                    budget: Money(euros: 13_200), fate: .won),
        // Proposals: offer out, hours tentative.
        DemoProject(key: "employer-videos", title: "Employer-branding videos", client: "Hogeschool Leiden Noord",
                    skills: ["film", "video", "strategy"], city: "Leiden", start: 21, weeks: 6, received: -25,
                    lead: "emre", team: [.init(member: "emre", perWeek: 16), .init(member: "ruben", perWeek: 12),
                                         .init(member: "saskia", perWeek: 4)],
                    budget: Money(euros: 22_500), fate: .proposal),
        DemoProject(key: "shop-training", title: "Social-media training for shop owners", client: "Ondernemersvereniging Katwijk",
                    source: "femke", skills: ["pr", "social-media"], city: "Katwijk", start: 35, weeks: 4, received: -18,
                    lead: "femke", team: [.init(member: "femke", perWeek: 4), .init(member: "noor", perWeek: 6)],
                    budget: Money(euros: 4_800), fate: .proposal),
        // Incoming, not yet triaged.
        DemoProject(key: "hospital-3d", title: "3D walkthrough of the new hospital wing", client: "Rijnland Zorggroep", source: "zoe",
                    description: "Architect's drawings to a 3D film for patients and staff before the move.",
                    skills: ["3d-animation", "video"], city: "Leiden", start: 42, weeks: 6, received: -10,
                    estimatedHours: 120, fate: .incoming),
        DemoProject(key: "energy-news", title: "Newsletter and press releases", client: "Energiecoöperatie Voorschoten",
                    source: "esther", skills: ["pr", "copywriting"], city: "Voorschoten", start: 10, weeks: 12, received: -14,
                    estimatedHours: 96, fate: .incoming),
        DemoProject(key: "portraits", title: "Portraits for the annual report", client: "Woningstichting Katwijk", source: "sanne",
                    skills: ["photography"], city: "Katwijk", start: 20, weeks: 2, received: -20, estimatedHours: 24,
                    maxTravelKm: 30, fate: .incoming),
        DemoProject(key: "congress-ebc", title: "Congress media team: European Bioinformatics Congress", client: "Leiden Congress Centre",
                    description: mediaTeam, skills: ["journalism", "photography", "film", "editing"], city: "Leiden",
                    start: 30, days: 3, received: -6, estimatedHours: 110, budget: Money(euros: 12_500), fate: .incoming),
        DemoProject(key: "research-graphics", title: "Infographics for a research report", client: "Instituut voor Publieke Zaken",
                    skills: ["infographics", "illustration", "editing"], city: "Den Haag", start: 14, weeks: 3, received: -3,
                    estimatedHours: 60, fate: .incoming),
    ]

    /// "Unit-2 Help" and the quieter "needs work": freelancers rarely say it goes
    /// badly, so the three who did are visible to everyone who can pass work on.
    static func requests(_ h: inout DemoHistory) {
        func ask(_ key: String, _ from: String, _ kind: RequestKind, _ tags: [String], _ text: String,
                 hours: Int? = nil, deadline: Int? = nil, on day: Int) {
            let deadlineDay = deadline.map { h.day($0) }
            let r = HelpRequest(id: 0, from: from, kind: kind, tags: tags, text: text, hoursPerWeek: hours.map { Hours($0) },
                                deadline: deadlineDay, created: Timestamp(secondsSinceEpoch: 0))
            h.on(h.day(day), hour: 14, by: from, "add request \(key)") { h, ctx in try h.addRequest(key, r, ctx) }
        }
        func offer(_ key: String, _ member: String, _ note: String, on day: Int) {
            h.on(h.day(day), hour: 15, by: member, request: key) { .offerHelp(request: $0, member: member, note: note) }
        }

        // Once a member doubted whether to go on; the network helped and he was back on track.
        ask("ruben-work", "ruben", .needsWork, ["film", "video"],
            "Honestly: it has been very quiet and I wonder whether to go on as a freelancer. Any work helps.", hours: 24, on: -300)
        offer("ruben-work", "joost", "I need someone on camera for a client video next month.", on: -298)
        offer("ruben-work", "emre", "Come and edit with me on the Hogeschool job.", on: -297)
        h.on(h.day(-295), by: "ruben", request: "ruben-work") { .acceptOffer(request: $0, member: "emre") }
        h.on(h.day(-180), by: "ruben", request: "ruben-work") {
            .closeRequest(request: $0, note: "Back on track: three steady clients again. Thanks, everyone.")
        }

        ask("esther-work", "esther", .needsWork, ["pr", "copywriting"],
            "Two retainers ended this quarter. Happy to write press releases or train spokespeople.", hours: 12, on: -25)
        ask("thijs-work", "thijs", .needsWork, ["illustration", "animation"],
            "The studio I drew for has closed. I can take on illustration or animation.", hours: 16, on: -12)
        ask("tim-work", "tim", .needsWork, ["video", "film"],
            "Quiet after the festival season; I can shoot or edit.", hours: 20, on: -4)
        offer("tim-work", "eric", "You're on my list for the congress team next month.", on: -3)

        ask("mei-portfolio", "mei", .advice, ["portfolio", "ux"],
            "Could someone look at my portfolio site before I send it to an agency?", on: -70)
        offer("mei-portfolio", "rik", "Lunch on Tuesday? Bring your laptop.", on: -69)
        offer("mei-portfolio", "bas", "Happy to look at the visual side.", on: -68)
        h.on(h.day(-67), by: "mei", request: "mei-portfolio") { .acceptOffer(request: $0, member: "rik") }
        h.on(h.day(-60), by: "mei", request: "mei-portfolio") {
            .closeRequest(request: $0, note: "Rik went through it with me over lunch. Much better now.")
        }
        ask("lotte-accountant", "lotte", .advice, ["administration", "taxes"],
            "Looking for an accountant who understands starting freelancers. Who do you use?", on: -40)
        offer("lotte-accountant", "martijn", "Mine has been great for ten years; I'll introduce you.", on: -39)
        offer("lotte-accountant", "ingrid", "I do my own books and can show you how.", on: -38)
        h.on(h.day(-36), by: "lotte", request: "lotte-accountant") { .acceptOffer(request: $0, member: "martijn") }
        ask("emre-insurance", "emre", .advice, ["insurance", "equipment"],
            "Which equipment insurance do you use for cameras? I'll arrange it myself, but tips are welcome.", on: -16)
        offer("emre-insurance", "jeroen", "I switched last year; the difference was the cover abroad.", on: -15)
        ask("koen-pricing", "koen", .advice, ["pricing", "contracts"],
            "How do I set my rate for my first big client? They ask for a fixed price.", on: -9)
        offer("koen-pricing", "pieter", "Never a fixed price without a fixed scope. Coffee on Thursday?", on: -8)
        offer("koen-pricing", "saskia", "I'll share the calculation sheet I use.", on: -7)
        ask("fleur-terms", "fleur", .advice, ["contracts", "legal"],
            "Does anyone use the model terms and conditions for the creative industry? Which version?", deadline: 14, on: -5)
        // Just asked, no offers yet: the help pane's suggestions have someone to point at.
        ask("nadia-animation", "nadia", .advice, ["animation", "video"],
            "A museum wants its audio tour as short animated clips. What does that take, and what does it cost?", on: -2)
    }
}
