import Foundation
import Testing
@testable import SamenCore

/// Hours in half-hour steps: typed with either decimal mark, shown as people
/// write them, kept exactly in the files and the load cache, and counted
/// exactly by capacity.
@Suite("Hours")
struct HoursTests {
    let week: ClosedRange<Hours> = Limits.hoursPerWeek

    @Test func bothDecimalMarksAreReadAsTheSameHalfHour() {
        #expect(Hours.parse("2,5", in: week) == .success(Hours(halfHours: 5)))
        #expect(Hours.parse("2.5", in: week) == .success(Hours(halfHours: 5)))
        #expect(Hours.parse(" 16 ", in: week) == .success(16))
        #expect(Hours.parse("7,50", in: week) == .success(Hours(halfHours: 15)))
        #expect(Hours.parse("0,5", in: week) == .success(Hours(halfHours: 1)))
        #expect(Hours.parse("80", in: week) == .success(80))
    }

    @Test func finerThanAHalfHourIsRefusedSayingTheStep() {
        #expect(Hours.parse("2,25", in: week) == .failure(LimitError("must be in half-hour steps (like 2.5), got '2,25'")))
        #expect(Hours.parse("7.3", in: week) == .failure(LimitError("must be in half-hour steps (like 2.5), got '7.3'")))
    }

    @Test func notANumberOrOutOfRangeIsRefusedWithTheReason() {
        #expect(Hours.parse("80,5", in: week) == .failure(LimitError("must be between 0 and 80 hours, got 80,5")))
        #expect(Hours.parse("-1", in: week) == .failure(LimitError("must be between 0 and 80 hours, got -1")))
        #expect(Hours.parse("2,", in: week) == .failure(LimitError("must be a number of hours like 16 or 2.5, got '2,'")))
        #expect(Hours.parse("2,5,5", in: week) == .failure(LimitError("must be a number of hours like 16 or 2.5, got '2,5,5'")))
        #expect(Hours.parse("", in: week) == .failure(LimitError("must be a number of hours like 16 or 2.5, got ''")))
        #expect(Hours.parse("1.000", in: Limits.estimatedHours)
                == .failure(LimitError("is ambiguous: '1.000' could be 1 or 1000 hours; write it without the point")))
    }

    @Test func wholeHoursShowAsBeforeAndHalvesWithAPoint() {
        #expect(Hours(16).description == "16")
        #expect(Hours(halfHours: 5).description == "2.5")
        #expect(Hours(halfHours: -5).description == "-2.5")
        #expect("\(Hours(halfHours: 15)) h/wk" == "7.5 h/wk")
    }

    @Test func filesKeepAPlainNumberAndOldWholeNumbersStillLoad() throws {
        let half = ContractedHours(hoursPerWeek: Hours(halfHours: 5), from: Fixture.today)
        #expect(JSONWriter.string(half.json) == #"{"from":"2026-11-23","hoursPerWeek":2.5}"#)
        #expect(JSONWriter.string(ContractedHours(hoursPerWeek: 16, from: Fixture.today).json) == #"{"from":"2026-11-23","hoursPerWeek":16}"#)
        #expect(try ContractedHours(jsonText: #"{"from":"2026-11-23","hoursPerWeek":2.5}"#) == half)
        #expect(try ContractedHours(jsonText: #"{"from":"2026-11-23","hoursPerWeek":16}"#).hoursPerWeek == 16)
        #expect(try ContractedHours(jsonText: #"{"from":"2026-11-23","hoursPerWeek":16.0}"#).hoursPerWeek == 16)
        #expect(throws: JSONFieldError("contracted hours field 'hoursPerWeek' must be in half-hour steps (like 2.5), got 2.25")) {
            try ContractedHours(jsonText: #"{"from":"2026-11-23","hoursPerWeek":2.25}"#)
        }
        let hire = ExternalHire(name: "Studio X", reason: "3d", hoursPerWeek: Hours(halfHours: 15))
        #expect(try ExternalHire(jsonText: JSONWriter.string(hire.json)) == hire)
    }

    @Test func capacityCountsHalfHoursExactly() {
        let joined = Day(iso: "2020-01-01")!
        var s = NetworkState(network: Network(name: "T", place: "Leiden"))
        s.insertForTesting(member: Member(id: "ann", name: "Ann", role: .member, city: "Leiden",
                                          hours: [ContractedHours(hoursPerWeek: Hours(halfHours: 33), from: joined)], joined: joined))
        let range = DateRange(start: Fixture.today, weeks: 2)
        s.insertForTesting(project: Project(id: 1, title: "P", client: "C", city: "Leiden", estimatedHours: Hours(halfHours: 15),
                                            period: range, status: .active, lead: "ann",
                                            allocations: [Allocation(member: "ann", hoursPerWeek: Hours(halfHours: 5), range: range)],
                                            received: Fixture.now))
        let w = CapacityIndex(s).week(ISOWeek(containing: Fixture.today), of: s.member("ann")!)
        #expect(w.contracted == 16.5 && w.allocated == 2.5 && w.spare == 14)
    }

    /// Half hours survive the binary load cache: a cached load is the parsed one.
    @Test func halfHoursSurviveTheLoadCache() throws {
        let root = Fixture.temporaryDirectory()
        defer { Fixture.remove(root) }
        let dir = root + "/data"
        var state = SyntheticNetwork(members: 10, projects: 12, requests: 5, entries: 20, seed: 7).build(today: Fixture.today)
        var m = state.members.records[2]
        m.hours = [ContractedHours(hoursPerWeek: Hours(halfHours: 33), from: m.joined)]
        state.insertForTesting(member: m)
        var p = state.projects.records[1]
        p.estimatedHours = Hours(halfHours: 81)
        p.externalHires = [ExternalHire(name: "Studio X", reason: "3d", hoursPerWeek: Hours(halfHours: 5))]
        state.insertForTesting(project: p)
        try Store.create(at: dir, state: state, actor: "test", summary: "created")
        let cache = { SnapshotCache(dataDirectory: dir, settleNanos: 0, entriesPerChunk: 100) }
        var first = Loader(directory: dir, cache: cache())
        _ = first.loadAll()
        var second = Loader(directory: dir, cache: cache())
        let loaded = second.loadAll()
        let cached = try #require(loaded)
        #expect(second.fromSnapshot.contains(.members) && second.fromSnapshot.contains(.projects))
        #expect(cached.member(m.id)?.hours.first?.hoursPerWeek == Hours(halfHours: 33))
        #expect(cached.project(p.id)?.estimatedHours == Hours(halfHours: 81))
        #expect(cached.project(p.id)?.externalHires.first?.hoursPerWeek == Hours(halfHours: 5))
    }
}
