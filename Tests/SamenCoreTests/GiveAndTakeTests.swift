import Testing
@testable import SamenCore

/// A year's bringing and taking on a network small enough to check by hand.
@Suite struct GiveAndTakeTests {
    static let today = Day(iso: "2026-11-23")!
    static let now = Timestamp(iso: "2026-03-02T10:00:00Z")!
    static let joined = Day(iso: "2020-01-01")!

    /// Ann brings in project 1 (won, 100 h estimated, senior small rate € 80)
    /// and project 2 (declined). Bob works 10 h a week on project 1 for the
    /// two weeks 2026-03-02..2026-03-13 (10 working days: 10 * 10 / 5 = 20 h).
    /// Ann works 8 h a week on her own project 1, which is not "taken".
    /// Bob asks for help once; Ann's offer is accepted. Both build the kit.
    static func network() throws -> NetworkState {
        var n = Network(name: "Test", place: "Utrecht", mediumProjectHours: 200, administrators: ["root"])
        n.rateCard = [RateCardEntry(seniority: .senior, sizeBand: .small, hourly: Money(cents: 8_000), from: joined),
                      RateCardEntry(seniority: .medior, sizeBand: .small, hourly: Money(cents: 6_000), from: joined)]
        var s = NetworkState(network: n)
        let ctx = ChangeContext(identity: .administrator("root"), now: now, today: today)
        for (id, name, sen) in [("ann", "Ann", Seniority.senior), ("bob", "Bob", .medior)] {
            _ = try s.apply(.addMember(Member(id: id, name: name, role: .associate, seniority: sen, city: "Utrecht",
                                              hours: [ContractedHours(hoursPerWeek: 24, from: joined)], joined: joined)), context: ctx)
        }
        let period = DateRange(Day(iso: "2026-03-02")!, Day(iso: "2026-03-13")!)!
        _ = try s.apply(.addProject(Project(id: 0, title: "Won", client: "C", source: "ann", city: "Utrecht", estimatedHours: 100,
                                            period: period, received: now)), context: ctx)
        _ = try s.apply(.addProject(Project(id: 0, title: "Declined", client: "D", source: "ann", city: "Utrecht", estimatedHours: 40,
                                            period: period, received: now)), context: ctx)
        _ = try s.apply(.setLead(project: 1, member: "ann"), context: ctx)
        _ = try s.apply(.moveProject(project: 1, to: .proposal, reason: nil, note: ""), context: ctx)
        _ = try s.apply(.allocate(project: 1, Allocation(member: "bob", hoursPerWeek: 10, range: period)), context: ctx)
        _ = try s.apply(.allocate(project: 1, Allocation(member: "ann", hoursPerWeek: 8, range: period)), context: ctx)
        _ = try s.apply(.moveProject(project: 1, to: .active, reason: nil, note: ""), context: ctx)
        _ = try s.apply(.moveProject(project: 2, to: .declined, reason: .noCapacity, note: ""), context: ctx)
        _ = try s.apply(.addRequest(HelpRequest(id: 0, from: "bob", kind: .advice, text: "Anyone?", created: now)), context: ctx)
        _ = try s.apply(.offerHelp(request: 1, member: "ann", note: ""), context: ctx)
        _ = try s.apply(.acceptOffer(request: 1, member: "ann"), context: ctx)
        _ = try s.apply(.addProduct(Product(name: "Facilitation kit", started: Day(iso: "2025-05-01")!, contributors: ["ann", "bob"])), context: ctx)
        return s
    }

    @Test func countsWhatEachBroughtAndTook() throws {
        let view = try GiveAndTake(try Self.network(), year: 2026, today: Self.today)
        #expect(view.rows.map(\.name) == ["Ann", "Bob"])
        let ann = try #require(view.row("ann")), bob = try #require(view.row("bob"))
        #expect(ann.broughtIn == [1, 2] && ann.broughtWon == [1])
        #expect(ann.broughtHours == 100)
        // 100 h shared by allocated hours 8:10 -> Ann 44.4 h at € 80, Bob 55.6 h at € 60.
        #expect(ann.broughtValue == Money(cents: 355_556 + 333_333))
        #expect(ann.takenHours == 0, "her own project is not taken")
        #expect(bob.takenHours == 20 && bob.takenProjects == 1)
        #expect(ann.helpGiven == 1 && ann.helpAsked == 0 && bob.helpAsked == 1 && bob.helpGiven == 0)
        #expect(ann.products == ["Facilitation kit"] && bob.products == ["Facilitation kit"])
        #expect(ann.balance.word == .mostlyBrought && bob.balance.word == .mostlyTook)
        #expect(ann.bar(width: 10) == "██████████" && bob.bar(width: 10) == "░░░░░░░░░░")
    }

    @Test func anotherYearHasNothing() throws {
        let view = try GiveAndTake(try Self.network(), year: 2025, today: Self.today)
        let bob = try #require(view.row("bob"))
        #expect(bob.takenHours == 0 && bob.helpAsked == 0 && bob.broughtIn.isEmpty)
        #expect(bob.products == ["Facilitation kit"], "started in May 2025")
        #expect(try GiveAndTake(try Self.network(), year: 2024, today: Self.today).row("bob")?.products == [])
        #expect(bob.balance.word == .none && bob.bar(width: 4) == "····")
    }

    @Test func aYearOutOfRangeIsRefused() throws {
        #expect(throws: DomainError(LimitRefusal.yearBetween(1900, 2200, got: 3000))) {
            try GiveAndTake(try Self.network(), year: 3000, today: Self.today)
        }
    }

    @Test func evenBalanceAndBar() {
        let b = GiveAndTake.Balance(brought: 30, taken: 30)
        #expect(b.word == .even && b.broughtCells(of: 10) == 5)
        #expect(GiveAndTake.Balance(brought: 1, taken: 99).broughtCells(of: 10) == 1, "something brought always shows")
    }

    @Test func productRules() throws {
        var s = try Self.network()
        let ctx = ChangeContext(identity: .administrator("root"), now: Self.now, today: Self.today)
        #expect(throws: DomainError(ProductRefusal.exists("facilitation-kit"), field: .name)) {
            try s.apply(.addProduct(Product(name: "Facilitation kit", started: Self.today)), context: ctx)
        }
        #expect(throws: DomainError(ProductRefusal.contributesAlready("Ann", product: "Facilitation kit"), field: .member)) {
            try s.apply(.addProductContributor(product: "facilitation-kit", member: "ann"), context: ctx)
        }
        #expect(throws: DomainError(ProductRefusal.noProduct("kit", known: ["facilitation-kit"]))) {
            try s.apply(.addProductContributor(product: "kit", member: "ann"), context: ctx)
        }
        #expect(throws: DomainError(ProductRefusal.startsAfterToday(Day(iso: "2027-01-01")!))) {
            try s.apply(.addProduct(Product(name: "Later", started: Day(iso: "2027-01-01")!)), context: ctx)
        }
        // Saved in network.json and read back, and replayed from its history line.
        let change = Change.addProduct(Product(id: "x", name: "X", started: Self.today, contributors: ["bob"]))
        #expect(try Change(json: try JSONParser.parse(JSONWriter.line(change.json))) == change)
        let back = try Network(jsonBytes: JSONWriter.line(s.network.json))
        #expect(back.products == s.network.products)
    }
}
