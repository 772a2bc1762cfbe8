import Testing
@testable import SamenCore

/// The "left out" line under staffing suggestions counts people per reason;
/// its verb or noun agrees with the count in both languages ("1 said no"
/// but "1 zei nee", never "1 zeiden nee").
@Suite struct LeftOutWordsTests {
    @Test func oneAndManyInDutch() {
        Language.$scoped.withValue(.nl) {
            #expect(StaffingWords.excluded(1, code: "said-no").text == "1 zei nee")
            #expect(StaffingWords.excluded(2, code: "said-no").text == "2 zeiden nee")
            #expect(StaffingWords.excluded(1, code: "missing-skills").text == "1 mist een vereiste vaardigheid")
            #expect(StaffingWords.excluded(34, code: "missing-skills").text == "34 missen een vereiste vaardigheid")
            #expect(StaffingWords.excluded(1, code: "declined-client").text == "1 weigert deze klant")
            #expect(StaffingWords.excluded(1, code: "already-on-project").text == "1 zit er al op")
            #expect(StaffingWords.excluded(3, code: "applicant").text == "3 aspirant-leden")
            #expect(StaffingWords.excluded(1, code: "applicant").text == "1 aspirant-lid")
        }
    }

    @Test func oneAndManyInEnglish() {
        Language.$scoped.withValue(.en) {
            #expect(StaffingWords.excluded(1, code: "missing-skills").text == "1 lacks a required skill")
            #expect(StaffingWords.excluded(9, code: "missing-skills").text == "9 lack a required skill")
            #expect(StaffingWords.excluded(2, code: "applicant").text == "2 applicants")
            #expect(StaffingWords.excluded(1, code: "said-no").text == "1 said no")
        }
    }
}
