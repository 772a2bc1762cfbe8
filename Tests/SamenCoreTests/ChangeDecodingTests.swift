import Foundation
import Testing
@testable import SamenCore

/// A history line's change reads back as the very change that was applied:
/// the first step of replaying the history (issue 14).
@Suite("Change decoding")
struct ChangeDecodingTests {
    static func roundTrip(_ change: Change) throws -> Change {
        try Change(json: try JSONParser.parse(JSONWriter.line(change.json)))
    }

    /// One change of every kind, carrying records of the ST-groep demo.
    static func everyKind() throws -> [Change] {
        let state = try DemoNetwork.stGroep.build(today: Fixture.today)
        let member = try #require(state.members.records.first { $0.timeOff.isEmpty == false } ?? state.members.records.first)
        let project = try #require(state.projects.records.first { !$0.allocations.isEmpty })
        let request = try #require(state.requests.records.first)
        let entry = try #require(state.ledger.records.first { $0.member != nil })
        var edit = MemberEdit(id: member.id)
        edit.name = "Renamed"; edit.role = .associate; edit.skills = ["a", "b"]; edit.seniority = .senior; edit.city = "Delft"
        edit.email = "x@example.org"; edit.phone = "+31 6"; edit.login = "renamed"; edit.pitch = "line one\nline two"
        edit.involvement = member.involvement; edit.hoursPerWeek = Hours(halfHours: 33); edit.hoursFrom = Fixture.today; edit.desks = 2
        var pedit = ProjectEdit(project: project.id)
        pedit.title = "T"; pedit.client = "C"; pedit.description = "D"; pedit.skills = []; pedit.estimatedHours = 120
        pedit.start = Fixture.today; pedit.weeks = 6; pedit.city = "Leiden"; pedit.clearBudget = true; pedit.maxTravelKm = 40
        var onlyTravel = ProjectEdit(project: project.id)
        onlyTravel.clearMaxTravel = true; onlyTravel.budget = Money(cents: 480_000)
        let allocation = try #require(project.allocations.first)
        let steps: [Change] = [.setLead(project: project.id, member: member.id), .moveProject(project: project.id, to: .active, reason: nil, note: "")]
        return [
            .addMember(member), .editMember(edit), .editMember(MemberEdit(id: member.id)),
            .memberLeft(member: member.id, on: Fixture.today),
            .addTimeOff(member: member.id, TimeOff(range: DateRange(start: Fixture.today, weeks: 1), note: "holiday")),
            .removeTimeOff(member: member.id, from: Fixture.today),
            .setDeclinedClients(member: member.id, clients: ["Shell", "Zorgpunt"]), .setDeclinedClients(member: member.id, clients: []),
            .addKey(member: member.id, key: SSHPublicKey(raw: Array(repeating: 7, count: 32), comment: "me@laptop")),
            .addKey(member: member.id, key: SSHPublicKey(raw: Array(repeating: 8, count: 32))),
            .revokeKey(member: member.id, fingerprint: SSHPublicKey(raw: Array(repeating: 7, count: 32)).fingerprint),
            .addProject(project), .editProject(pedit), .editProject(onlyTravel),
            .setLead(project: project.id, member: member.id),
            .moveProject(project: project.id, to: .declined, reason: .noCapacity, note: "too busy"),
            .moveProject(project: project.id, to: .active, reason: nil, note: ""),
            .allocate(project: project.id, allocation), .removeAllocation(project: project.id, member: allocation.member),
            .hireExternal(project: project.id, ExternalHire(name: "Studio X", reason: "nobody films", hoursPerWeek: 8)),
            .hireExternal(project: project.id, ExternalHire(name: "Studio Y", reason: "", hoursPerWeek: nil)),
            .markSkillsOptional(project: project.id, skills: ["film"]),
            .addRequest(request), .offerHelp(request: request.id, member: member.id, note: "I can"),
            .acceptOffer(request: request.id, member: member.id), .closeRequest(request: request.id, note: ""),
            .withdrawRequest(request: request.id),
            .addLedgerEntry(entry), .correctLedgerEntry(entry: entry.id, reason: "booked twice", date: nil),
            .correctLedgerEntry(entry: entry.id, reason: "wrong year", date: Fixture.today),
            .closeYear(2025), .updateNetwork(state.network),
            .setHourlyRate(seniority: .junior, band: try #require(SizeBand.allCases.first), hourly: Money(cents: 8_500), from: Fixture.today),
            .setContributionRate(role: .associate, basisPoints: 1_250, from: Fixture.today),
            .shareCost(CostShare(cost: entry.id, parts: [.init(member: "pierre", weight: 2), .init(member: "guido")], note: "desks", unit: "desks")),
            .shareCost(.equally(cost: entry.id, members: ["pierre"])),
            .steps(steps),
        ]
    }

    @Test func everyKindOfChangeReadsBackAsItself() throws {
        let all = try Self.everyKind()
        // Every kind Samen makes is among them (a new kind must be added here, and to the decoder).
        let kinds = Set(all.map(\.name))
        #expect(kinds.count == 29, "kinds covered: \(kinds.sorted())")
        for change in all {
            #expect(try Self.roundTrip(change) == change, "\(change.name)")
        }
    }

    /// What a real save wrote to history.jsonl reads back as what was applied.
    @Test func theHistoryLinesOfRealSavesReadBack() throws {
        let dir = Fixture.temporaryDirectory()
        defer { Fixture.remove(dir) }
        let store = try Store.create(at: dir + "/data", state: try Fixture.state(), actor: "test", summary: "test")
        let ctx = Fixture.ctx
        var applied: [Change] = []
        applied.append(try store.apply(.addProject(Fixture.project()), context: ctx).applied)
        applied.append(try store.apply(.addLedgerEntry(Fixture.entry(.revenue, 120_000, member: "katleen")), context: ctx).applied)
        var edit = MemberEdit(id: "katleen")
        edit.city = "Amersfoort"
        applied.append(try store.apply(.editMember(edit), context: ctx).applied)
        let lines = try String(contentsOfFile: dir + "/data/history.jsonl", encoding: .utf8).split(separator: "\n").suffix(3)
        var read: [Change] = []
        for line in lines {
            guard case let .object(pairs) = try JSONParser.parse(String(line)), let change = pairs.first(where: { $0.0 == "change" })?.1 else {
                Issue.record("no change in \(line)"); continue
            }
            read.append(try Change(json: change))
        }
        #expect(read == applied)
    }

    @Test(arguments: [
        (#"{"change":"rename-everything"}"#, "'rename-everything' is not a change Samen makes"),
        (#"{"change":"close-year","year":2025,"by":"pierre"}"#, "close-year: unknown field 'by'"),
        (#"{"change":"close-year"}"#, "change: 'year' is missing"),
        (#"{"change":"set-lead","project":"seven","member":"pierre"}"#, "change: 'project'"),
        (#"{"change":"member-left","member":"katleen","on":"2026-02-30"}"#, "change: 'on'"),
        (#"{"change":"set-lead","project":-4,"member":"pierre"}"#, "'project' must be an id from 0 to 999999999, got -4"),
        (#"{"change":"steps","steps":[{"change":"close-year","year":2025},{"change":"nope"}]}"#, "step 2: 'nope' is not a change Samen makes"),
        (#"{"change":"edit-project","edit":{"project":3,"clearBudget":"yes"}}"#, "'clearBudget' must be true or false"),
    ])
    func aLineSamenDidNotWriteIsRefusedSayingWhy(line: String, message: String) throws {
        let value = try JSONParser.parse(line)
        do {
            _ = try Change(json: value)
            Issue.record("\(line) was read")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }
}
