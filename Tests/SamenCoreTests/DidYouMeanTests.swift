import Testing
@testable import SamenCore

/// One function decides what a slip was meant to be, for skills, places and commands.
@Suite("Did you mean")
struct DidYouMeanTests {
    @Test func aSlipGetsTheNearestKnownWord() {
        #expect(DidYouMean.suggestion(for: "ilustration", among: ["design", "illustration", "animation"]) == "illustration")
        #expect(DidYouMean.suggestion(for: "membr", among: ["member", "project", "request"]) == "member")
        #expect(DidYouMean.suggestion(for: "desgin", among: ["design"]) == "design")   // a swap is one edit
        #expect(NearMiss(typed: "ilustration", suggestion: "illustration").description == "ilustration: did you mean illustration?")
    }

    @Test func aKnownWordOrOneLikeNothingGetsNoSuggestion() {
        #expect(DidYouMean.suggestion(for: "Illustration", among: ["illustration", "illustrations"]) == nil)
        #expect(DidYouMean.suggestion(for: "pottery", among: ["design", "illustration"]) == nil)
        #expect(DidYouMean.suggestion(for: "ux", among: ["ui"]) == nil)   // short words are not slips of each other
    }

    @Test func skillsAreCheckedAgainstTheOnesInUseUnlessNewOnPurpose() throws {
        let s = try DemoNetwork.unit2.build(today: Fixture.today)
        #expect(s.skillNearMisses(["ilustration", "design", "pottery"]) == [NearMiss(typed: "ilustration", suggestion: "illustration")])
        #expect(s.skillNearMisses(["ilustration"], allowing: ["Ilustration"]) == [])
    }

    @Test func placesAreCheckedAgainstTheTable() {
        #expect(DutchPlaces.shared.nearMiss("Leidn") == NearMiss(typed: "Leidn", suggestion: "Leiden"))
        #expect(DutchPlaces.shared.nearMiss("Leiden") == nil)
        #expect(DutchPlaces.shared.nearMiss("'s-Gravenhage") == nil)
        #expect(DutchPlaces.shared.nearMiss("Ulaanbaatar") == nil)
    }
}
