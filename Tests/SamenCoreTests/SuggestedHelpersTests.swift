import Testing
@testable import SamenCore

/// "Who could help?": members whose skills or Share pitch match a request's
/// topic, most relevant first, with the reason, never the asker.
@Suite("Suggested helpers")
struct SuggestedHelpersTests {
    static let unit2: NetworkState = try! DemoNetwork.unit2.build(today: Fixture.today)

    static func request(from: String, _ tags: [String], offers: [String] = []) -> HelpRequest {
        HelpRequest(id: 99, from: from, kind: .advice, tags: tags, text: "?",
                    offers: offers.map { Offer(member: $0, note: "", at: Fixture.now) }, created: Fixture.now)
    }

    func suggest(from: String, _ tags: [String], offers: [String] = []) -> [HelperSuggestion] {
        HelperIndex(Self.unit2, today: Fixture.today).suggestions(for: Self.request(from: from, tags, offers: offers))
    }

    @Test func skillAndPitchTogetherRankFirstAndTheReasonIsShown() {
        let s = suggest(from: "lotte", ["infographics", "charts"])
        #expect(s.map(\.member) == ["youssef", "zoe", "arjen", "olga"])
        #expect(s.map(\.score) == [8, 8, 6, 6])
        #expect(s[0].why == "skill infographics · Share: \"…spreadsheets into interactive charts for reports and…\"")
        #expect(s[1].why == "skill infographics · Share: \"…things simply: explainers, infographics, editorial illustration.\"")
        #expect(s[2].why == "skill infographics")
    }

    @Test func theAskerAndThoseWhoOfferedAreLeftOut() {
        #expect(!suggest(from: "zoe", ["infographics"]).contains { $0.member == "zoe" })
        let s = suggest(from: "lotte", ["infographics"], offers: ["youssef"])
        #expect(s.map(\.member) == ["zoe", "arjen", "olga"])
    }

    @Test func anotherSpellingOrPartOfASkillStillMatchesButLess() {
        let similar = suggest(from: "lotte", ["Infographic"])
        #expect(similar.map(\.member) == ["zoe", "arjen", "olga", "youssef"])
        #expect(similar[0].why == "skill infographics (for infographic) · Share: \"…things simply: explainers, infographics, editorial illustration.\"")
        #expect(similar[1].score == HelperIndex.similarSkillPoints)

        let twoWords = suggest(from: "lotte", ["social media"])
        #expect(twoWords.map(\.member) == ["fleur", "iris", "yara", "femke", "noor"])
        #expect(twoWords[0].score == HelperIndex.similarSkillPoints + HelperIndex.pitchPoints)

        let part = suggest(from: "lotte", ["media"])
        #expect(part.first { $0.member == "noor" }?.why == "skill social-media (for media)")
        #expect(part.first { $0.member == "esther" }?.why == "Share: \"…hire: press releases, media training and crisis…\"")
    }

    @Test func thePitchAloneFindsPeopleBySayingWhatTheyAreGoodAt() {
        // Nobody has "microscope" as a skill; Olga says it in her pitch.
        let s = suggest(from: "lotte", ["microscopes"])
        #expect(s.map(\.member) == ["olga"])
        #expect(s[0].matches == [HelperMatch(tag: "microscopes", how: .pitch,
                                             evidence: "…seen through a microscope.", points: HelperIndex.pitchPoints)])
        #expect(suggest(from: "lotte", ["pottery"]).isEmpty)
    }

    @Test func membersWhoLeftAndApplicantsAreNotSuggested() throws {
        var s = Self.unit2
        let ctx = ChangeContext(actor: "eric", now: Fixture.now, today: Fixture.today)
        _ = try s.apply(.memberLeft(member: "olga", on: Fixture.today), context: ctx)
        _ = try s.apply(.addMember(Member(id: "nieuw", name: "Nina Nieuw", role: .applicant, skills: ["infographics"], city: "Leiden",
                                          joined: Fixture.today)), context: ctx)
        let names = HelperIndex(s, today: Fixture.today).suggestions(for: Self.request(from: "lotte", ["infographics"])).map(\.member)
        #expect(names == ["zoe", "arjen", "youssef"])
    }

    @Test func theLimitKeepsTheMostRelevant() {
        let all = suggest(from: "lotte", ["design", "web"])
        let few = HelperIndex(Self.unit2, today: Fixture.today).suggestions(for: Self.request(from: "lotte", ["design", "web"]), limit: 3)
        #expect(few == Array(all.prefix(3)))
        #expect(all.map(\.score) == all.map(\.score).sorted(by: >))
        #expect(few.allSatisfy { $0.matches.count >= 2 })   // both topics, ahead of those with one
    }
}
