import Testing
@testable import SamenCore

/// Issue 5: every step of staffing is in the project's decision log too.
@Suite("Staffing in the decision log")
struct StaffingLogTests {
    @Test func puttingOnChangingAndTakingOffAreLogged() throws {
        var s = try DemoTests.built(.unit2)
        let p = try #require(s.projects.first { $0.status == .incoming && $0.period.end > DemoTests.today })
        let range = DateRange(max(p.period.start, DemoTests.today), p.period.end)!
        let ctx = ChangeContext(actor: "eric", now: Fixture.now, today: DemoTests.today)
        _ = try s.apply(.allocate(project: p.id, Allocation(member: "daan", hoursPerWeek: 8, range: range)), context: ctx)
        _ = try s.apply(.allocate(project: p.id, Allocation(member: "daan", hoursPerWeek: 12, range: range)), context: ctx)
        _ = try s.apply(.removeAllocation(project: p.id, member: "daan"), context: ctx)
        let log = try #require(s.project(p.id)).log.suffix(3)
        #expect(log.map(\.note) == ["Daan Peters on the team, 8 h/wk, \(range)",
                                    "Daan Peters from 8 to 12 h/wk, \(range)",
                                    "Daan Peters off the team"])
        #expect(log.allSatisfy { $0.by == "eric" && $0.from == .incoming && $0.to == .incoming })
    }
}

/// Issue 5: the pipeline's state machine, every pair of stages, legal or not.
@Suite("Project pipeline")
struct PipelineTests {
    /// Written out here, not derived from `ProjectStatus.next`, so a change
    /// to the rules shows up as a failing pair.
    static let legal: Set<String> = [
        "incoming>proposal", "incoming>declined", "incoming>cancelled",
        "proposal>active", "proposal>lost", "proposal>declined", "proposal>cancelled",
        "active>done", "active>cancelled",
    ]

    @Test(arguments: ProjectStatus.allCases)
    func everyMoveFrom(_ from: ProjectStatus) throws {
        let base = try DemoTests.built(.unit2)
        let ctx = ChangeContext(actor: "eric", now: Fixture.now, today: DemoTests.today)
        for to in ProjectStatus.allCases {
            var s = base
            var p = Project(id: 999, title: "Pipeline", client: "Test", skills: ["design"], city: "Leiden", estimatedHours: 40,
                            period: DateRange(start: DemoTests.today, weeks: 4), status: from, lead: "daan",
                            declineReason: from == .declined ? .vision : nil, received: Fixture.now)
            p.log = [Decision(at: Fixture.now, by: "eric", from: nil, to: from, note: "")]
            s.insertForTesting(project: p)
            let reason: DeclineReason? = to == .declined ? .noCapacity : nil
            let before = s.project(999)
            do {
                _ = try s.apply(.moveProject(project: 999, to: to, reason: reason, note: "why"), context: ctx)
                #expect(Self.legal.contains("\(from)>\(to)"), "\(from) -> \(to) was allowed")
                #expect(s.project(999)?.status == to)
                #expect(s.project(999)?.log.last?.note.contains("why") == true)
            } catch let e as DomainError {
                #expect(!Self.legal.contains("\(from)>\(to)"), "\(from) -> \(to) was refused: \(e)")
                #expect(s.project(999) == before, "a refused move changes nothing")
                #expect(e.message.contains("project 999"), "the refusal names the project: \(e)")
            }
        }
    }
}
