import Testing
@testable import SamenCore

/// Who may change the money: partners, coordinator roles and named bookkeepers
/// keep the books; a member records their own revenue and payments; everyone
/// may look. Refusals say who may, and who the acting person is.
@Suite struct MoneyRightsTests {
    static func ctx(_ actor: String) -> ChangeContext { ChangeContext(actor: actor, now: Fixture.now, today: Fixture.today) }

    static let associate = "you act as Katleen Verbeek (katleen), an associate"

    @Test func onlyThoseWhoKeepTheBooksAddCostsIncomeAndCharges() throws {
        let s = try Fixture.state()
        refuses(.addLedgerEntry(Fixture.entry(.cost, 500, category: "rent")), as: "katleen", in: s,
                with: "only a partner or a coordinator may add a cost; \(Self.associate)")
        refuses(.addLedgerEntry(Fixture.entry(.income, 500)), as: "katleen", in: s,
                with: "only a partner or a coordinator may add other income; \(Self.associate)")
        refuses(.addLedgerEntry(Fixture.entry(.charge, 500, member: "katleen")), as: "katleen", in: s,
                with: "only a partner or a coordinator may charge a member a share of a cost; \(Self.associate)")
        refuses(.addLedgerEntry(Fixture.entry(.cost, 500, category: "rent")), as: "tester", in: s,
                with: "only a partner or a coordinator may add a cost; you act as 'tester', who is not a member of this network")
        var ok = s
        _ = try ok.apply(.addLedgerEntry(Fixture.entry(.cost, 500, category: "rent")), context: Self.ctx("guido"))
        #expect(ok.ledger.last?.by == "guido")
    }

    @Test func aMemberRecordsTheirOwnRevenueAndPaymentsAndPartnersAnyones() throws {
        var s = try Fixture.state()
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.revenue, 10_000, member: "katleen")), context: Self.ctx("katleen"))
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.payment, 1_000, member: "katleen")), context: Self.ctx("katleen"))
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.revenue, 10_000, member: "katleen")), context: Self.ctx("pierre"))
        refuses(.addLedgerEntry(Fixture.entry(.revenue, 10_000, member: "guido")), as: "katleen", in: s,
                with: "only Guido, a partner or a coordinator may add Guido's revenue; \(Self.associate)")
        refuses(.addLedgerEntry(Fixture.entry(.payment, 10_000, member: "katleen")), as: "tester", in: s,
                with: "only Katleen Verbeek, a partner or a coordinator may add Katleen Verbeek's payment; you act as 'tester', who is not a member of this network")
        // Undoing follows the same rule: her own revenue yes, a partner's cost no.
        _ = try s.apply(.correctLedgerEntry(entry: 1, reason: "wrong month", date: Fixture.today), context: Self.ctx("katleen"))
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.cost, 500, category: "rent")), context: Self.ctx("pierre"))
        let cost = s.ledger.last!.id
        refuses(.correctLedgerEntry(entry: cost, reason: "no", date: Fixture.today), as: "katleen", in: s,
                with: "only a partner or a coordinator may correct entry \(cost) (a cost); \(Self.associate)")
    }

    @Test func onlyThoseWhoKeepTheBooksChangeRatesSharesAndCloseTheYear() throws {
        var s = try Fixture.state()
        let from = Day(iso: "2027-01-01")!
        refuses(.setHourlyRate(seniority: .senior, band: .small, hourly: Money(euros: 120), from: from), as: "katleen", in: s,
                with: "only a partner or a coordinator may change the rate card; \(Self.associate)")
        refuses(.setContributionRate(role: .associate, basisPoints: 500, from: from), as: "katleen", in: s,
                with: "only a partner or a coordinator may change contribution percentages; \(Self.associate)")
        refuses(.closeYear(2025), as: "katleen", in: s, with: "only a partner or a coordinator may close a year; \(Self.associate)")
        var n = s.network
        n.partnerShares = [PartnerShare(member: "pierre", weight: 2), PartnerShare(member: "guido", weight: 1)]
        refuses(.updateNetwork(n), as: "katleen", in: s,
                with: "only a partner or a coordinator may change rates, contribution percentages, partner shares, cost categories or who keeps the books; \(Self.associate)")
        // The other settings are the network's too: those who keep the books change them.
        var named = s.network
        named.name = "ST-groep"
        refuses(.updateNetwork(named), as: "katleen", in: s,
                with: "only a partner or a coordinator may change the network's settings; \(Self.associate)")
        _ = try s.apply(.updateNetwork(named), context: Self.ctx("guido"))
        #expect(s.network.name == "ST-groep")
    }

    @Test func aCoordinatorRoleAndANamedBookkeeperKeepTheBooksToo() throws {
        var s = try Fixture.state()
        _ = try s.apply(.addMember(Member(id: "eric", name: "Eric Went", role: .member, city: "Leiden",
                                          joined: Day(iso: "2020-01-01")!)), context: Fixture.ctx)
        refuses(.addLedgerEntry(Fixture.entry(.cost, 500, category: "rent")), as: "eric", in: s,
                with: "only a partner or a coordinator may add a cost; you act as Eric Went (eric), a member")
        var n = s.network
        n.bookkeepers = ["eric"]
        _ = try s.apply(.updateNetwork(n), context: Fixture.ctx)
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.cost, 500, category: "rent")), context: Self.ctx("eric"))
        refuses(.addLedgerEntry(Fixture.entry(.cost, 500, category: "rent")), as: "katleen", in: s,
                with: "only a partner, a coordinator or Eric Went (eric) may add a cost; \(Self.associate)")
        n = s.network
        n.coordinatorRoles = [.associate]
        _ = try s.apply(.updateNetwork(n), context: Fixture.ctx)
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.cost, 700, category: "rent")), context: Self.ctx("katleen"))
        #expect(s.ledger.last?.amount.cents == 700)
        n.bookkeepers = ["nobody"]
        refuses(.updateNetwork(n), as: "pierre", in: s, with: "member 'nobody' does not exist")
    }

    @Test func nobodyMakesThemselvesAPartnerToGetAtTheMoney() throws {
        var s = try Fixture.state()
        var promote = MemberEdit(id: "katleen")
        promote.role = .partner
        do {
            var t = s
            _ = try t.apply(.editMember(promote), context: Self.ctx("katleen"))
            Issue.record("katleen made herself a partner")
        } catch {
            #expect("\(error)" == "only a partner or a coordinator may change Katleen Verbeek's role from associate to partner; \(Self.associate)")
        }
        let newcomer = Member(id: "bart", name: "Bart", role: .partner, city: "Utrecht", joined: Day(iso: "2026-01-01")!)
        do {
            var t = s
            _ = try t.apply(.addMember(newcomer), context: Self.ctx("katleen"))
            Issue.record("katleen added a partner")
        } catch {
            #expect("\(error)" == "only a partner or a coordinator may add Bart as a partner; \(Self.associate)")
        }
        _ = try s.apply(.editMember(promote), context: Self.ctx("guido"))
        #expect(s.member("katleen")?.role == .partner)
        // A new network's first partner is added by its administrator; a passer-by may not.
        var fresh = NetworkState(network: Network(name: "New", place: "Delft", administrators: ["root"]))
        refuses(.addMember(newcomer), as: "tester", in: fresh,
                with: "only a partner or a coordinator may add Bart as a partner; you act as 'tester', who is not a member of this network")
        _ = try fresh.apply(.addMember(newcomer), context: ChangeContext(identity: .login("root", actingFor: nil), now: Fixture.now, today: Fixture.today))
        #expect(fresh.member("bart")?.role == .partner)
    }

    /// The demos replay their history through the rules, so they act as
    /// whoever keeps the books there: a partner at ST-groep, Eric at Unit-2.
    @Test(arguments: DemoNetwork.allCases)
    func theDemosKeepTheirBooksAsThoseWhoMay(_ demo: DemoNetwork) throws {
        let s = try demo.build(today: Fixture.today)
        for e in s.ledger where [.cost, .income, .charge, .distribution].contains(e.kind) {
            let by = try #require(s.member(actingAs: e.by))
            #expect(s.network.keepsTheBooks(by), "\(e.kind) \(e.id) by \(e.by)")
        }
        #expect(s.ledger.contains { $0.kind == .cost })
    }
}
