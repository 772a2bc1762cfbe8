import Testing
@testable import SamenCore

/// The demos are what a new user sees first: they must build on any day, hold
/// what the seed cases describe, and come out the same every time.
@Suite struct DemoTests {
    static let days: [Day] = [
        Day(year: 2026, month: 11, day: 22)!,
        Day(year: 2028, month: 2, day: 29)!,
        Day(year: 2027, month: 1, day: 1)!,
        Day(year: 2030, month: 12, day: 31)!,
    ]
    static let today = days[0]

    /// Each demo built once per day for the whole suite: a build replays two
    /// years of history through the rules, which takes a while in a debug build.
    static let unit2 = builds(.unit2)
    static let stGroep = builds(.stGroep)

    static func builds(_ demo: DemoNetwork) -> [Day: Result<NetworkState, any Error>] {
        var out: [Day: Result<NetworkState, any Error>] = [:]
        for day in days { out[day] = Result { try demo.build(today: day) } }
        return out
    }

    static func built(_ demo: DemoNetwork, _ day: Day = today) throws -> NetworkState {
        try #require((demo == .unit2 ? unit2 : stGroep)[day]).get()
    }

    @Test(arguments: DemoNetwork.allCases, days)
    func buildsOnAnyDay(demo: DemoNetwork, today: Day) throws {
        let state = try Self.built(demo, today)
        #expect(!state.members.isEmpty)
        #expect(!state.projects.isEmpty)
        #expect(!state.ledger.isEmpty)
        // Nothing in a demo has happened after today.
        #expect(state.ledger.allSatisfy { $0.at.day <= today && $0.date <= today })
        #expect(state.projects.allSatisfy { $0.received.day <= today })
    }

    @Test(arguments: DemoNetwork.allCases)
    func sameDaySameDemo(demo: DemoNetwork) throws {
        let a = try Self.built(demo), b = try demo.build(today: Self.today)
        #expect(a.network.json == b.network.json)
        #expect(a.members.map(\.json) == b.members.map(\.json))
        #expect(a.projects.map(\.json) == b.projects.map(\.json))
        #expect(a.requests.map(\.json) == b.requests.map(\.json))
        #expect(a.ledger.map(\.json) == b.ledger.map(\.json))
    }

    @Test func rawValuesAreTheNamesPeopleType() {
        #expect(DemoNetwork(rawValue: "unit-2") == .unit2)
        #expect(DemoNetwork(rawValue: "st-groep") == .stGroep)
    }

    // MARK: Unit-2

    @Test(arguments: days)
    func unit2Members(today: Day) throws {
        let s = try Self.built(.unit2, today)
        #expect(s.network.name == "Unit-2")
        #expect(s.network.contributionRates.isEmpty)
        // 39 members, and Lieke, who applied (issue 16).
        #expect(s.members.count == 40)
        #expect(s.members.filter { $0.role == .member }.count == 39)
        #expect(s.members.allSatisfy { ($0.role == .member || $0.id == "lieke") && !$0.pitch.isEmpty })
        #expect(s.member("lieke")?.application?.views.count == 3)
        let eric = try #require(s.member("eric"))
        #expect(eric.name == "Eric Went")
        #expect(eric.hasSkill("journalism"))
        #expect(eric.joined.year == 2007)
        #expect(s.members.filter { $0.hasSkill("illustration") }.count >= 4)
        #expect(Set(s.members.map(\.involvement)).count == 4)
        // Accented and wide characters, for the terminal's alignment to cope with.
        #expect(s.members.contains { $0.name.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } })
        #expect(s.members.contains { $0.name == "Zoë de Vries" })
        #expect(s.members.contains { !$0.timeOff.isEmpty && $0.timeOff[0].range.start > today })
    }

    @Test func unit2NeedsWork() throws {
        let s = try Self.built(.unit2)
        let open = s.requests.filter { $0.kind == .needsWork && $0.isOpen }
        #expect(open.count == 3)
        #expect(open.allSatisfy { ($0.hoursPerWeek ?? 0) > 0 })
        #expect(open.contains { s.member($0.from)?.hasSkill("illustration") == true })
        #expect(s.needsWork.count == 3)
        // Advice: some offered, one matched, one closed.
        let advice = s.requests.filter { $0.kind == .advice }
        #expect(advice.contains { $0.status == .matched })
        #expect(advice.contains { $0.status == .closed })
        #expect(advice.contains { $0.status == .open && !$0.offers.isEmpty })
    }

    @Test func unit2Projects() throws {
        let s = try Self.built(.unit2)
        let statuses = Set(s.projects.map(\.status))
        #expect(statuses == Set(ProjectStatus.allCases))
        let recent = s.projects.filter { $0.status == .incoming && $0.received.day >= Self.today.advanced(by: -42) }
        #expect(recent.count >= 4)
        let skills = Set(s.members.flatMap(\.skills))
        #expect(recent.contains { p in p.skills.contains { !skills.contains($0) } })
        #expect(recent.contains { $0.source == nil } && recent.contains { $0.source != nil })
        #expect(s.projects.contains { $0.title.hasPrefix("Congress media team") && $0.status == .incoming })
        #expect(s.projects.contains { !$0.externalHires.isEmpty })
        #expect(s.projects.filter { $0.status == .declined }.allSatisfy { $0.declineReason != nil })
        // Active work has a lead on its team, with hours inside the project's period.
        for p in s.projects where p.status == .active {
            #expect(p.lead != nil)
            #expect(p.allocations.contains { $0.member == p.lead })
            #expect(p.allocations.allSatisfy { p.period.contains($0.range) })
        }
    }

    @Test(arguments: days)
    func unit2RentIsChargedByDesksToTheCent(today: Day) throws {
        let s = try Self.built(.unit2, today)
        let rents = s.ledger.filter { $0.kind == .cost && $0.category == "rent" }
        #expect(rents.count >= 24)
        for rent in rents {
            let charges = s.ledger.filter { $0.kind == .charge && $0.relatesTo == rent.id }
            #expect(charges.reduce(Money.zero) { $0 + $1.amount } == rent.amount)
            #expect(charges.allSatisfy { (s.member($0.member ?? "")?.desks ?? 0) > 0 })
        }
        #expect(s.ledger.contains { $0.kind == .payment })
        #expect(s.ledger.first?.date == DemoCalendar.firstOfMonth(today.addingMonths(-24)))
    }

    // MARK: ST-groep

    @Test func stGroepMembers() throws {
        let s = try Self.built(.stGroep)
        #expect(s.members.filter { $0.role == .partner }.count == 3)
        #expect(s.members.filter { $0.role == .associate }.count == 7)
        #expect(s.members.contains { $0.name == "Katleen Verbeek" && $0.role == .associate })
        #expect(Set(s.network.partnerShares.map(\.member)) == Set(s.members.filter { $0.role == .partner }.map(\.id)))
        for m in s.members where m.role == .associate {
            #expect((8...28).contains(m.contractedHours(on: Self.today)))
        }
    }

    @Test func stGroepRateCardWasRaisedOnce() throws {
        let s = try Self.built(.stGroep)
        let card = s.network.rateCard
        let froms = Set(card.map(\.from)).sorted()
        #expect(froms.count == 2)
        for e in card where e.from == froms[0] {
            let newer = try #require(s.network.hourlyRate(e.seniority, e.sizeBand, on: Self.today))
            #expect(newer > e.hourly)
        }
    }

    @Test func stGroepPipeline() throws {
        let s = try Self.built(.stGroep)
        let declined = s.projects.filter { $0.status == .declined }
        #expect(!declined.isEmpty && declined.allSatisfy { $0.declineReason != nil })
        #expect(declined.contains { $0.declineReason == .unlikelyToSucceed && $0.log.last?.note.contains("intrinsic motivation") == true })
        #expect(s.projects.contains { $0.status == .proposal })
        #expect(s.projects.contains { $0.status == .incoming })
        #expect(s.projects.contains { $0.status == .done })
        let partners = Set(STGroepDemo.partners)
        for p in s.projects where p.status == .active {
            // A partner leads, with one associate, as they usually work.
            #expect(partners.contains(p.lead ?? ""))
            #expect(p.allocations.filter { s.member($0.member)?.role == .associate }.count == 1)
            #expect(partners.contains(p.source ?? ""))
        }
    }

    @Test(arguments: days)
    func stGroepYearIsClosedAndDistributed(today: Day) throws {
        let s = try Self.built(.stGroep, today)
        let lastYear = today.year - 1
        let result = s.financeReport(year: lastYear).result
        #expect(result > .zero)
        let shares = s.ledger.filter { $0.kind == .distribution && $0.year == lastYear }
        #expect(shares.count == 3)
        #expect(shares.reduce(Money.zero) { $0 + $1.amount } == result)
        #expect(s.financeReport(year: lastYear - 1).result > .zero)
        // Every revenue brought its contribution at the role's percentage.
        for r in s.ledger where r.kind == .revenue {
            let c = s.ledger.first { $0.kind == .contribution && $0.relatesTo == r.id }
            let role = try #require(s.member(r.member ?? "")?.role)
            #expect(c?.rate == (role == .partner ? 1500 : 1000))
        }
        #expect(s.ledger.contains { $0.kind == .correction })
    }
}
