import Foundation
import Testing
@testable import SamenCore

/// Asking members whether they want to join a project, and their answers
/// (issue 16, part 1): what each does to the data, and every refusal in
/// its words with nothing changed.
@Suite("Asking to join")
struct AskToJoinTests {
    static let guido = ChangeContext(actor: "guido", now: Fixture.now, today: Fixture.today)
    static let katleen = ChangeContext(actor: "katleen", now: Timestamp(iso: "2026-11-25T09:00:00Z")!, today: Day(iso: "2026-11-25")!)

    /// The fixture with project 1 (80 hours over 4 weeks: 20 a week) led by
    /// Pierre, a proposal, and Ellen, a second associate.
    static func state() throws -> NetworkState {
        var s = try Fixture.state()
        _ = try s.apply(.addMember(Member(id: "ellen", name: "Ellen de Bruijn", role: .associate, skills: ["sociotechnics"], city: "Utrecht",
                                          hours: [ContractedHours(hoursPerWeek: 24, from: Day(iso: "2020-01-01")!)], joined: Day(iso: "2020-01-01")!)),
                        context: Fixture.setup)
        _ = try s.apply(.addProject(Fixture.project()), context: Fixture.ctx)
        _ = try s.apply(.setLead(project: 1, member: "pierre"), context: Fixture.ctx)
        _ = try s.apply(.moveProject(project: 1, to: .proposal, reason: nil, note: ""), context: Fixture.ctx)
        return s
    }

    static func asked() throws -> NetworkState {
        var s = try state()
        _ = try s.apply(.askToJoin(project: 1, members: ["katleen", "ellen"], hoursPerWeek: 8, note: "Kick-off on the 7th"), context: Fixture.ctx)
        return s
    }

    @Test func askingPutsAnOpenQuestionOnTheProjectForEachMember() throws {
        let s = try Self.asked()
        let p = try #require(s.project(1))
        #expect(p.asks.map(\.member) == ["katleen", "ellen"])
        #expect(p.asks.allSatisfy { $0.isOpen && $0.hoursPerWeek == 8 && $0.by == "pierre" && $0.note == "Kick-off on the 7th" })
        #expect(p.allocations.isEmpty, "asking staffs nobody")
        #expect(p.log.last?.note == "asked Katleen Verbeek, Ellen de Bruijn to join, 8 h/wk")
        // What Katleen sees: open, with its age two days later.
        let mine = s.asks(of: "katleen")
        #expect(mine.map(\.project.id) == [1])
        #expect(JoinWords.state(mine[0].ask, today: Day(iso: "2026-11-25")!).en == "asked 2 days ago")
        #expect(s.openAsks().count == 2)
    }

    @Test func aYesStaffsTentativelyWithTheHoursGivenNotThoseAsked() throws {
        var s = try Self.asked()
        let out = try s.apply(.answerAsk(project: 1, member: "katleen", reply: .yes(hoursPerWeek: 6)), context: Self.katleen)
        #expect(out.summary == "Katleen Verbeek said yes to project 1, 6 h/wk")
        let p = try #require(s.project(1))
        #expect(p.status == .proposal, "tentative: the proposal is not won")
        #expect(p.allocations == [Allocation(member: "katleen", hoursPerWeek: 6, range: p.period)])
        #expect(p.ask(to: "katleen")?.answer == .yes(hoursPerWeek: 6, at: Self.katleen.now))
        #expect(JoinWords.state(try #require(p.ask(to: "katleen")), today: Fixture.today).en == "yes, 6 h/wk")
    }

    @Test func aNoLeavesTheMemberOutOfThisProjectsSuggestionsWithTheReason() throws {
        var s = try Self.asked()
        let before = StaffingAdvisor(s, today: Fixture.today).suggest(for: try #require(s.project(1)), today: Fixture.today)
        #expect(before.suggestions.contains { $0.member.id == "ellen" })
        _ = try s.apply(.answerAsk(project: 1, member: "ellen", reply: .no(reason: .noTime, note: "")),
                        context: ChangeContext(actor: "ellen", now: Fixture.now, today: Fixture.today))
        let after = StaffingAdvisor(s, today: Fixture.today).suggest(for: try #require(s.project(1)), today: Fixture.today)
        #expect(!after.suggestions.contains { $0.member.id == "ellen" })
        let why = try #require(after.excluded.first { $0.memberID == "ellen" })
        #expect(why.reason == .saidNo(.noTime))
        #expect(why.reason.en == "said no to this project: no time")
        #expect(s.member("ellen")?.declinedClients == [], "only 'not this client' is remembered on the member")
    }

    @Test func notThisClientIsRecordedAsADeclinedClient() throws {
        var s = try Self.asked()
        let out = try s.apply(.answerAsk(project: 1, member: "ellen", reply: .no(reason: .notThisClient, note: "worked there")),
                              context: ChangeContext(actor: "ellen", now: Fixture.now, today: Fixture.today))
        #expect(out.members == ["ellen"])
        #expect(s.member("ellen")?.declinedClients == ["Zorgpunt"])
        // The staffing filter already understands it: a new project of the same client leaves Ellen out too.
        _ = try s.apply(.addProject(Fixture.project(title: "Second")), context: Fixture.ctx)
        let report = StaffingAdvisor(s, today: Fixture.today).suggest(for: try #require(s.project(2)), today: Fixture.today)
        #expect(report.excluded.first { $0.memberID == "ellen" }?.reason == .declinedClient("Zorgpunt"))
    }

    @Test func askingAgainAfterANoOpensANewQuestion() throws {
        var s = try Self.asked()
        _ = try s.apply(.answerAsk(project: 1, member: "ellen", reply: .no(reason: nil, note: "")), context: Fixture.ctx)
        _ = try s.apply(.askToJoin(project: 1, members: ["ellen"], hoursPerWeek: 4, note: ""), context: Fixture.ctx)
        let p = try #require(s.project(1))
        #expect(p.asks.count == 3)
        #expect(p.ask(to: "ellen")?.isOpen == true)
        #expect(p.saidNo["ellen"] == nil, "the latest question counts")
    }

    // MARK: Refusals, each with nothing written

    @Test func askingSomeoneWhoLeftOrIsAnApplicantIsRefused() throws {
        var s = try Self.state()
        _ = try s.apply(.memberLeft(member: "ellen", on: Day(iso: "2026-11-01")!), context: Fixture.setup)
        _ = try s.apply(.addMember(Member(id: "anna", name: "Anna", role: .applicant, city: "Utrecht", joined: Fixture.today)), context: Fixture.setup)
        refuses(.askToJoin(project: 1, members: ["katleen", "ellen"], hoursPerWeek: 8, note: ""), in: s,
                with: "member 'ellen' left the network on 2026-11-01")
        refuses(.askToJoin(project: 1, members: ["anna"], hoursPerWeek: 8, note: ""), in: s,
                with: "member 'anna' is an applicant and cannot take on work yet")
        refuses(.askToJoin(project: 1, members: [], hoursPerWeek: 8, note: ""), in: s, with: "name at least one member to ask")
        refuses(.askToJoin(project: 1, members: ["katleen"], hoursPerWeek: 0, note: ""), in: s, with: "ask for more than 0 hours a week")
    }

    @Test func askingTwiceOrSomeoneOnTheTeamIsRefused() throws {
        var s = try Self.asked()
        refuses(.askToJoin(project: 1, members: ["katleen"], hoursPerWeek: 8, note: ""), in: s,
                with: "Katleen Verbeek was already asked to join project 1 on 2026-11-23 and has not answered yet")
        _ = try s.apply(.answerAsk(project: 1, member: "katleen", reply: .yes(hoursPerWeek: 8)), context: Self.katleen)
        refuses(.askToJoin(project: 1, members: ["katleen"], hoursPerWeek: 8, note: ""), in: s, with: "Katleen Verbeek is already on the team of project 1")
    }

    @Test func answeringAQuestionNotAskedOfYouIsRefused() throws {
        let s = try Self.asked()
        // Nobody asked Guido.
        refuses(.answerAsk(project: 1, member: "guido", reply: .yes(hoursPerWeek: 8)), as: "guido", in: s,
                with: "nobody asked Guido to join project 1; only a question asked of you can be answered")
        // Katleen's question is not Ellen's to answer.
        refuses(.answerAsk(project: 1, member: "katleen", reply: .no(reason: nil, note: "")), as: "ellen", in: s,
                with: "only Katleen Verbeek or a partner may answer the question to Katleen Verbeek about project 1; you act as Ellen de Bruijn (ellen), an associate")
    }

    @Test func aYesForMoreHoursThanTheProjectNeedsIsRefused() throws {
        let s = try Self.asked()
        refuses(.answerAsk(project: 1, member: "katleen", reply: .yes(hoursPerWeek: 21)), as: "katleen", in: s,
                with: "project 1 needs about 20 hours a week (80 hours over its period); a yes for 21 is more than it needs")
        refuses(.answerAsk(project: 1, member: "katleen", reply: .yes(hoursPerWeek: 0)), as: "katleen", in: s,
                with: "a yes gives more than 0 hours a week; with no time, answer no")
    }

    @Test func answeringTwiceIsRefused() throws {
        var s = try Self.asked()
        _ = try s.apply(.answerAsk(project: 1, member: "katleen", reply: .no(reason: .notMyKind, note: "")), context: Self.katleen)
        refuses(.answerAsk(project: 1, member: "katleen", reply: .yes(hoursPerWeek: 8)), as: "katleen", in: s,
                with: "Katleen Verbeek already answered no to project 1")
    }

    @Test func anAssociateMayNotAskOnAProjectTheyDoNotLead() throws {
        let s = try Self.state()
        refuses(.askToJoin(project: 1, members: ["ellen"], hoursPerWeek: 8, note: ""), as: "katleen", in: s,
                with: "only its lead (Pierre) or a partner may ask members to join project 1; you act as Katleen Verbeek (katleen), an associate")
    }

    @Test func refusalsInDutch() throws {
        let s = try Self.asked()
        Language.$scoped.withValue(.nl) {
            refuses(.answerAsk(project: 1, member: "katleen", reply: .yes(hoursPerWeek: 21)), as: "katleen", in: s,
                    with: "project 1 vraagt zo'n 20 uur per week (80 uur over de looptijd); een ja voor 21 is meer dan nodig")
            refuses(.answerAsk(project: 1, member: "guido", reply: .yes(hoursPerWeek: 8)), as: "guido", in: s,
                    with: "niemand heeft Guido gevraagd voor project 1; je kunt alleen een vraag aan jou beantwoorden")
        }
    }

    // MARK: On disk and in history

    @Test func theChangesReadBackFromHistoryAsApplied() throws {
        let changes: [Change] = [
            .askToJoin(project: 1, members: ["katleen", "ellen"], hoursPerWeek: Hours(halfHours: 17), note: "a note"),
            .askToJoin(project: 1, members: ["katleen"], hoursPerWeek: 8, note: ""),
            .answerAsk(project: 1, member: "katleen", reply: .yes(hoursPerWeek: 6)),
            .answerAsk(project: 1, member: "katleen", reply: .no(reason: .notThisClient, note: "worked there")),
            .answerAsk(project: 1, member: "katleen", reply: .no(reason: nil, note: "")),
        ]
        for c in changes { #expect(try ChangeDecodingTests.roundTrip(c) == c) }
    }

    @Test func aProjectWithQuestionsReadsBackAndAnOldOneWithoutLoads() throws {
        var s = try Self.asked()
        _ = try s.apply(.answerAsk(project: 1, member: "katleen", reply: .yes(hoursPerWeek: 6)), context: Self.katleen)
        _ = try s.apply(.answerAsk(project: 1, member: "ellen", reply: .no(reason: .other, note: "sabbatical")),
                        context: ChangeContext(actor: "ellen", now: Fixture.now, today: Fixture.today))
        let p = try #require(s.project(1))
        let back = try JSONScanner.decode(JSONWriter.line(p.json)) { try Project(from: &$0) }
        #expect(back == p)
        var old = p
        old.asks = []
        let text = String(decoding: JSONWriter.line(old.json), as: UTF8.self)
        #expect(!text.contains("asks"))
        #expect(try JSONScanner.decode(Array(text.utf8)) { try Project(from: &$0) } == old)
    }

    @Test func aQuestionWithAnUnknownAnswerIsRefusedOnLoad() throws {
        let line = #"{"member":"katleen","hoursPerWeek":16,"by":"pierre","at":"2026-11-23T10:00:00Z","answer":"maybe"}"#
        #expect(throws: (any Error).self) { try JSONScanner.decode(Array(line.utf8)) { try JoinAsk(from: &$0) } }
    }
}
