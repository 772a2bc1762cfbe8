import Foundation
import Testing
@testable import SamenCore

/// The work a member wants more of (issue 16, part 1): on the member, in
/// history, and in staffing as one more explained part of the score, weighed
/// by `network.json`'s `matchingWeights.wantsMore`.
@Suite("Wanting more of some work")
struct WantsMoreTests {
    static func state(weight: Int) throws -> NetworkState {
        var s = try AskToJoinTests.state()
        var e = MemberEdit(id: "katleen")
        e.wantsMore = ["Sociotechnics", "facilitation"]
        _ = try s.apply(.editMember(e), context: ChangeContext(actor: "katleen", now: Fixture.now, today: Fixture.today))
        var n = s.network
        n.matchingWeights.wantsMore = weight
        _ = try s.apply(.updateNetwork(n), context: Fixture.ctx)
        return s
    }

    static func report(_ s: NetworkState) throws -> StaffingReport {
        StaffingAdvisor(s, today: Fixture.today).suggest(for: try #require(s.project(1)), today: Fixture.today)
    }

    @Test func theWishIsKeptLowerCasedAndReadsBack() throws {
        let s = try Self.state(weight: 10)
        let m = try #require(s.member("katleen"))
        #expect(m.wantsMore == ["sociotechnics", "facilitation"])
        #expect(try JSONScanner.decode(JSONWriter.line(m.json)) { try Member(from: &$0) } == m)
        #expect(try JSONScanner.decode(JSONWriter.line(s.network.json)) { try Network(from: &$0) }.matchingWeights.wantsMore == 10)
        var e = MemberEdit(id: "katleen")
        e.wantsMore = ["training"]
        #expect(try ChangeDecodingTests.roundTrip(.editMember(e)) == .editMember(e))
    }

    @Test func aWishTheProjectAnswersRaisesTheMemberAndSaysWhy() throws {
        let without = try Self.report(try Self.state(weight: 0))
        let with = try Self.report(try Self.state(weight: 10))
        let k0 = try #require(without.suggestions.first { $0.member.id == "katleen" })
        let k1 = try #require(with.suggestions.first { $0.member.id == "katleen" })
        let e1 = try #require(with.suggestions.first { $0.member.id == "ellen" })
        // Without a weight the part is not there and nothing changes.
        #expect(!k0.parts.contains { $0.kind == .wantsMore })
        #expect(!k0.line.contains("wants more"))
        #expect(k1.line.contains("wants more sociotechnics ↑"))
        #expect(k1.parts.first { $0.kind == .wantsMore }?.value == 1)
        #expect(e1.parts.first { $0.kind == .wantsMore }?.value == 0 && !e1.line.contains("wants more"))
        // Katleen gains on Ellen: her share of the new part is full, Ellen's empty.
        let e0 = try #require(without.suggestions.first { $0.member.id == "ellen" })
        #expect(k1.score - e1.score > k0.score - e0.score)
        #expect(Language.$scoped.withValue(.nl) { k1.line.contains("wil meer sociotechnics ↑") })
    }

    /// Only the member themself (or who may act for them) says what they
    /// want more of, as with their skills; a wish that cannot be a tag is
    /// refused about the wish, not about their skills.
    @Test func onlyTheyOrTheirPartnerSayAndABadWishNamesItsField() throws {
        var s = try AskToJoinTests.state()
        var e = MemberEdit(id: "katleen")
        e.wantsMore = ["facilitation"]
        let byEllen = ChangeContext(actor: "ellen", now: Fixture.now, today: Fixture.today)
        let refused = #expect(throws: DomainError.self) { try s.apply(.editMember(e), context: byEllen) }
        #expect(refused?.message.contains("may change Katleen Verbeek's details") == true)
        #expect(s.member("katleen")?.wantsMore == [])
        e.wantsMore = ["facilitation", " "]
        let bad = #expect(throws: DomainError.self) {
            try s.apply(.editMember(e), context: ChangeContext(actor: "katleen", now: Fixture.now, today: Fixture.today))
        }
        #expect(bad?.field == .wantsMore)
        #expect(s.member("katleen")?.wantsMore == [])
    }
}
