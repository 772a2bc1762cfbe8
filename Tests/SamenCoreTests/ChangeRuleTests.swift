import Testing
@testable import SamenCore

/// Every rule a change can break, with the message the person sees, and the
/// promise that a refused change leaves the state exactly as it was.
@Suite("Domain rules")
struct ChangeRuleTests {
    @Test func membersNeedValidFieldsAndUniqueIds() throws {
        let s = try Fixture.state()
        let joined = Fixture.today
        refuses(.addMember(Member(id: "pierre", name: "Pierre Two", role: .member, city: "Leiden", joined: joined)), in: s,
                with: "member id 'pierre' is already taken by Pierre")
        refuses(.addMember(Member(id: "", name: "  ", role: .member, city: "Leiden", joined: joined)), in: s,
                with: "a member's name must not be empty")
        refuses(.addMember(Member(id: "", name: "Lotte", role: .member, city: "Leiden",
                                  hours: [ContractedHours(hoursPerWeek: 95, from: joined)], joined: joined)), in: s,
                with: "contracted hours per week must be between 0 and 80, got 95")
        refuses(.addMember(Member(id: "Bad Id", name: "Lotte", role: .member, city: "Leiden", joined: joined)), in: s,
                with: "member id 'Bad Id' must be 1 to 40 lower-case letters, digits or dashes, starting with a letter or digit")
        refuses(.editMember(MemberEdit(id: "lotte")), in: s, with: "member 'lotte' does not exist")
        var e = MemberEdit(id: "katleen"); e.hoursPerWeek = 81
        refuses(.editMember(e), in: s, with: "contracted hours per week must be between 0 and 80, got 81")
        var r = MemberEdit(id: "pierre"); r.role = .associate
        refuses(.editMember(r), in: s, with: "member 'pierre' has a share in the result; change the partner shares in network.json before changing the role")
    }

    @Test func idsAreDerivedFromNames() throws {
        var s = try Fixture.state()
        for name in ["Zoë de Vries", "Zoë Bakker", "Zoë de Vries"] {
            _ = try s.apply(.addMember(Member(id: "", name: name, role: .member, city: "Leiden", joined: Fixture.today)), context: Fixture.ctx)
        }
        #expect(s.members.map(\.id).sorted() == ["guido", "katleen", "pierre", "zoe", "zoe-bakker", "zoe-de-vries"])
    }

    @Test func contractedHoursKeepTheirHistory() throws {
        var s = try Fixture.state()
        var e = MemberEdit(id: "katleen"); e.hoursPerWeek = 16; e.hoursFrom = Day(iso: "2027-01-04")!
        _ = try s.apply(.editMember(e), context: Fixture.ctx)
        let k = s.member("katleen")!
        #expect(k.contractedHours(on: Day(iso: "2026-12-31")!) == 24)
        #expect(k.contractedHours(on: Day(iso: "2027-01-04")!) == 16)
        var back = MemberEdit(id: "katleen"); back.hoursPerWeek = 20; back.hoursFrom = Day(iso: "2026-12-01")!
        refuses(.editMember(back), in: s, with: "new contracted hours must start on or after 2027-01-04, when the last change took effect")
    }

    @Test func theProjectPipeline() throws {
        var s = try Fixture.state()
        let added = try s.apply(.addProject(Fixture.project()), context: Fixture.ctx)
        #expect(added.projects == [1])
        #expect(s.project(1)!.status == .incoming)
        refuses(.moveProject(project: 1, to: .proposal, reason: nil, note: ""), in: s,
                with: "project 1 needs a lead (main contractor) before it becomes a proposal")
        refuses(.moveProject(project: 1, to: .active, reason: nil, note: ""), in: s,
                with: "project 1 cannot go from incoming to active; from incoming it can go to proposal, declined, cancelled")
        refuses(.setLead(project: 1, member: "lotte"), in: s, with: "member 'lotte' does not exist")
        _ = try s.apply(.setLead(project: 1, member: "pierre"), context: Fixture.ctx)
        _ = try s.apply(.moveProject(project: 1, to: .proposal, reason: nil, note: "fits us"), context: Fixture.ctx)
        #expect(s.project(1)!.accepted == Fixture.today)
        _ = try s.apply(.moveProject(project: 1, to: .active, reason: nil, note: "won"), context: Fixture.ctx)
        refuses(.moveProject(project: 1, to: .declined, reason: .vision, note: ""), in: s,
                with: "project 1 cannot go from active to declined; from active it can go to done, cancelled")
        _ = try s.apply(.moveProject(project: 1, to: .done, reason: nil, note: ""), context: Fixture.ctx)
        refuses(.setLead(project: 1, member: "guido"), in: s, with: "project 1 is done; a closed project cannot be changed")
        #expect(s.project(1)!.log.map(\.to) == [.incoming, .incoming, .proposal, .active, .done])
        #expect(s.project(1)!.log.allSatisfy { $0.by == "pierre" })
    }

    @Test func decliningNeedsAReason() throws {
        var s = try Fixture.state()
        _ = try s.apply(.addProject(Fixture.project()), context: Fixture.ctx)
        refuses(.moveProject(project: 1, to: .declined, reason: nil, note: ""), in: s,
                with: "declining project 1 needs a reason: does-not-fit, unlikely-to-succeed, no-capacity, client-terms, other")
        refuses(.moveProject(project: 1, to: .declined, reason: .other, note: " "), in: s,
                with: "declining for 'other' needs a note saying why")
        _ = try s.apply(.moveProject(project: 1, to: .declined, reason: .unlikelyToSucceed, note: "no intrinsic motivation"), context: Fixture.ctx)
        #expect(s.project(1)!.log.last!.note == "not likely to succeed: no intrinsic motivation")
        refuses(.moveProject(project: 1, to: .proposal, reason: nil, note: ""), in: s,
                with: "project 1 is declined; a closed project cannot move to proposal")
    }

    @Test func allocationsStayInsideThePeriod() throws {
        var s = try Fixture.state()
        _ = try s.apply(.addProject(Fixture.project()), context: Fixture.ctx)
        let period = s.project(1)!.period
        let outside = DateRange(period.start.advanced(by: -7), period.end)!
        refuses(.allocate(project: 1, Allocation(member: "katleen", hoursPerWeek: 8, range: outside)), in: s,
                with: "allocation 2026-11-30..2027-01-03 falls outside project 1's period 2026-12-07..2027-01-03")
        refuses(.allocate(project: 1, Allocation(member: "katleen", hoursPerWeek: 95, range: period)), in: s,
                with: "hours per week must be between 0 and 80, got 95")
        refuses(.allocate(project: 1, Allocation(member: "nobody", hoursPerWeek: 8, range: period)), in: s,
                with: "member 'nobody' does not exist")
        _ = try s.apply(.allocate(project: 1, Allocation(member: "katleen", hoursPerWeek: 8, range: period)), context: Fixture.ctx)
        _ = try s.apply(.allocate(project: 1, Allocation(member: "katleen", hoursPerWeek: 12, range: period)), context: Fixture.ctx)
        #expect(s.project(1)!.allocations.map(\.hoursPerWeek) == [12])
        _ = try s.apply(.memberLeft(member: "guido", on: Fixture.today), context: Fixture.ctx)
        refuses(.allocate(project: 1, Allocation(member: "guido", hoursPerWeek: 8, range: period)), in: s,
                with: "member 'guido' left the network on 2026-11-23")
    }

    @Test func helpRequests() throws {
        var s = try Fixture.state()
        refuses(.addRequest(HelpRequest(id: 0, from: "katleen", kind: .advice, text: "  ", created: Fixture.now)), in: s,
                with: "the request's text must not be empty")
        refuses(.addRequest(HelpRequest(id: 0, from: "katleen", kind: .needsWork, text: "", created: Fixture.now)), in: s,
                with: "a 'needs work' request needs the hours a week you would like to fill")
        _ = try s.apply(.addRequest(HelpRequest(id: 0, from: "katleen", kind: .needsWork, text: "", hoursPerWeek: 16, created: Fixture.now)), context: Fixture.ctx)
        #expect(s.needsWork["katleen"]?.hoursPerWeek == 16)
        refuses(.offerHelp(request: 1, member: "katleen", note: ""), in: s,
                with: "Katleen Verbeek asked this; you cannot offer help on your own request")
        _ = try s.apply(.offerHelp(request: 1, member: "pierre", note: "I have a training in January"), context: Fixture.ctx)
        refuses(.offerHelp(request: 1, member: "pierre", note: ""), in: s, with: "Pierre already offered help on request 1")
        refuses(.acceptOffer(request: 1, member: "guido"), in: s, with: "'guido' has not offered help on request 1")
        _ = try s.apply(.acceptOffer(request: 1, member: "pierre"), context: Fixture.ctx)
        _ = try s.apply(.closeRequest(request: 1, note: "staffed on the clinic"), context: Fixture.ctx)
        #expect(s.needsWork["katleen"] == nil)
        refuses(.offerHelp(request: 1, member: "guido", note: ""), in: s, with: "request 1 is closed; offers are closed")
    }

    @Test func revenueBringsItsContribution() throws {
        var s = try Fixture.state()
        let out = try s.apply(.addLedgerEntry(Fixture.entry(.revenue, 425_000, member: "katleen")), context: Fixture.ctx)
        #expect(out.ledgerAppended.map(\.kind) == [.revenue, .contribution])
        #expect(out.ledgerAppended[1].amount.cents == 42_500)
        #expect(out.ledgerAppended[1].rate == 1000)
        #expect(out.ledgerAppended[1].relatesTo == 1)
    }

    @Test func ledgerRules() throws {
        var s = try Fixture.state()
        refuses(.addLedgerEntry(Fixture.entry(.revenue, -5, member: "katleen")), in: s, with: "the amount of a revenue must be more than zero, got € -0,05")
        refuses(.addLedgerEntry(Fixture.entry(.revenue, 500, member: "lotte")), in: s, with: "member 'lotte' does not exist")
        refuses(.addLedgerEntry(Fixture.entry(.cost, 500, category: "yachts")), in: s,
                with: "cost category 'yachts' does not exist; the categories are: rent, accountant")
        refuses(.addLedgerEntry(Fixture.entry(.cost, 500)), in: s, with: "a cost needs a category: rent, accountant")
        refuses(.addLedgerEntry(Fixture.entry(.correction, 500)), in: s, with: "a correction is made by correcting an entry, not by adding one")
        _ = try s.apply(.memberLeft(member: "katleen", on: Day(iso: "2026-11-01")!), context: Fixture.ctx)
        refuses(.addLedgerEntry(Fixture.entry(.revenue, 500, member: "katleen")), in: s,
                with: "member 'katleen' had left on 2026-11-01, before this revenue (2026-11-20)")
    }

    @Test func correctionsReverseAndNeverEdit() throws {
        var s = try Fixture.state()
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.revenue, 100_000, member: "katleen")), context: Fixture.ctx)
        let out = try s.apply(.correctLedgerEntry(entry: 1, reason: "wrong project", date: Fixture.today), context: Fixture.ctx)
        #expect(out.ledgerAppended.map(\.amount.cents) == [-100_000, -10_000])
        #expect(out.ledgerAppended.map(\.relatesTo) == [1, 2])
        #expect(s.ledgerEntry(1)!.amount.cents == 100_000)
        refuses(.correctLedgerEntry(entry: 1, reason: "again", date: Fixture.today), in: s, with: "ledger entry 1 has already been corrected")
        refuses(.correctLedgerEntry(entry: 3, reason: "x", date: Fixture.today), in: s,
                with: "entry 3 is itself a correction; correct the original entry instead")
        refuses(.correctLedgerEntry(entry: 99, reason: "x", date: Fixture.today), in: s, with: "ledger entry 99 does not exist")
    }

    @Test func closingAYearDistributesExactlyOnce() throws {
        var s = try Fixture.state()
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.revenue, 1_000_001, member: "katleen", date: "2025-06-01")), context: Fixture.ctx)
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.cost, 33_333, category: "accountant", date: "2025-12-01")), context: Fixture.ctx)
        let result = s.financeReport(year: 2025)
        #expect(result.contributions.cents == 100_000)
        #expect(result.result.cents == 66_667)
        let out = try s.apply(.closeYear(2025), context: Fixture.ctx)
        #expect(out.ledgerAppended.map(\.amount.cents) == [33_334, 33_333])
        refuses(.closeYear(2025), in: s, with: "2025 is already closed; reopening it needs a correction of its distribution")
        refuses(.addLedgerEntry(Fixture.entry(.cost, 100, category: "rent", date: "2025-03-01")), in: s,
                with: "the year 2025 is closed; an entry dated 2025-03-01 would change its result")
        refuses(.closeYear(2026), in: s, with: "2026 is not over yet; it can be closed from 2027-01-01 on")
    }

    @Test func aLossIsSharedToo() throws {
        var s = try Fixture.state()
        _ = try s.apply(.addLedgerEntry(Fixture.entry(.cost, 10_001, category: "rent", date: "2025-06-01")), context: Fixture.ctx)
        let out = try s.apply(.closeYear(2025), context: Fixture.ctx)
        #expect(out.ledgerAppended.map(\.amount.cents) == [-5_001, -5_000])
    }
}
