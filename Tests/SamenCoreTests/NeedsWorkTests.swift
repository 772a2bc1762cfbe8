import Testing
@testable import SamenCore

/// The "needs work" signal: open until closed, or until the network staffs
/// the member for the hours they asked.
@Suite("Needs work")
struct NeedsWorkTests {
    static let ctx = HelpRequestTests.ctx

    /// Katleen says she needs 16 hours a week; Pierre has a project to staff.
    static func state() throws -> NetworkState {
        var s = try HelpRequestTests.state()
        _ = try s.apply(.addRequest(HelpRequest(id: 0, from: "katleen", kind: .needsWork, tags: ["healthcare"], text: "",
                                                hoursPerWeek: 16, created: Fixture.now)), context: ctx("katleen"))
        return s
    }

    /// A project run by Pierre, active, with `member` on it for `hours` a week from `start`.
    static func staff(_ s: inout NetworkState, _ member: String, hours: Hours, start: String = "2026-12-07", weeks: Int = 4,
                      context: ChangeContext = Fixture.ctx) throws {
        _ = try s.apply(.addProject(Fixture.project(start: start, weeks: weeks)), context: context)
        let id = s.projects.lastID!
        _ = try s.apply(.setLead(project: id, member: "pierre"), context: context)
        _ = try s.apply(.moveProject(project: id, to: .proposal, reason: nil, note: ""), context: context)
        _ = try s.apply(.moveProject(project: id, to: .active, reason: nil, note: ""), context: context)
        _ = try s.apply(.allocate(project: id, Allocation(member: member, hoursPerWeek: hours, range: s.project(id)!.period)), context: context)
    }

    @Test func anOpenSignalIsUnmetUntilStaffed() throws {
        var s = try Self.state()
        var unmet = s.unmetNeedsWork(on: Fixture.today)
        #expect(Array(unmet.keys) == ["katleen"])
        #expect(unmet["katleen"]?.unmetHoursPerWeek == 16)
        #expect(unmet["katleen"]?.request.id == 1)

        // Eight hours of new work: half met, still signalled with what is left.
        try Self.staff(&s, "katleen", hours: 8)
        unmet = s.unmetNeedsWork(on: Fixture.today)
        #expect(unmet["katleen"]?.staffedHoursPerWeek == 8)
        #expect(unmet["katleen"]?.unmetHoursPerWeek == 8)
        #expect(unmet["katleen"]?.staffedOn == [1])

        // Another eight in the same weeks: met, so no marker and no boost,
        // though the request itself stays open until she closes it.
        try Self.staff(&s, "katleen", hours: 8, start: "2026-12-14", weeks: 2)
        #expect(s.unmetNeedsWork(on: Fixture.today).isEmpty)
        let signal = try #require(s.needsWorkSignals(on: Fixture.today)["katleen"])
        #expect(signal.isMet)
        #expect(signal.staffedHoursPerWeek == 16)
        #expect(signal.staffedOn == [1, 2])
        #expect(s.request(1)?.isOpen == true)
        #expect(s.needsWork["katleen"] != nil)
    }

    @Test func closingTheRequestEndsTheSignal() throws {
        var s = try Self.state()
        _ = try s.apply(.closeRequest(request: 1, note: "Found a client myself"), context: Self.ctx("katleen"))
        #expect(s.unmetNeedsWork(on: Fixture.today).isEmpty)
        #expect(s.needsWorkSignals(on: Fixture.today).isEmpty)
    }

    @Test func onlyNewActiveWorkThatHasNotEndedCounts() throws {
        var s = try HelpRequestTests.state()
        // Work she already had when she asked is not an answer to it.
        let lastWeek = ChangeContext(actor: "pierre", now: Timestamp(iso: "2026-11-16T10:00:00Z")!, today: Day(iso: "2026-11-16")!)
        try Self.staff(&s, "katleen", hours: 20, start: "2026-11-16", weeks: 6, context: lastWeek)
        _ = try s.apply(.addRequest(HelpRequest(id: 0, from: "katleen", kind: .needsWork, text: "", hoursPerWeek: 16,
                                                created: Fixture.now)), context: Self.ctx("katleen"))
        #expect(s.unmetNeedsWork(on: Fixture.today)["katleen"]?.unmetHoursPerWeek == 16)
        // A proposal can still be lost: tentative work does not count.
        _ = try s.apply(.addProject(Fixture.project(start: "2026-12-07")), context: Fixture.ctx)
        let proposal = s.projects.lastID!
        _ = try s.apply(.setLead(project: proposal, member: "pierre"), context: Fixture.ctx)
        _ = try s.apply(.moveProject(project: proposal, to: .proposal, reason: nil, note: ""), context: Fixture.ctx)
        _ = try s.apply(.allocate(project: proposal, Allocation(member: "katleen", hoursPerWeek: 16, range: s.project(proposal)!.period)),
                        context: Fixture.ctx)
        #expect(s.unmetNeedsWork(on: Fixture.today)["katleen"]?.unmetHoursPerWeek == 16)
        // Once it is won, it counts; once its weeks are over, it no longer does.
        _ = try s.apply(.moveProject(project: proposal, to: .active, reason: nil, note: ""), context: Fixture.ctx)
        #expect(s.unmetNeedsWork(on: Fixture.today)["katleen"] == nil)
        #expect(s.unmetNeedsWork(on: Day(iso: "2027-02-01")!)["katleen"]?.unmetHoursPerWeek == 16)
    }
}
