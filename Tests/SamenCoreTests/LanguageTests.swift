import Testing
@testable import SamenCore

/// Which language a person gets, from the names of their locale variables
/// alone: the machine need not have the locale (these have only C.UTF-8).
@Suite("Language from the environment") struct LanguageTests {
    @Test func aDutchLocaleNameMeansDutchWhetherOrNotTheMachineHasIt() {
        #expect(Language.fromEnvironment(["LANG": "nl_NL.UTF-8"]) == .nl)
        #expect(Language.fromEnvironment(["LANG": "nl_BE.utf8"]) == .nl)
        #expect(Language.fromEnvironment(["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "de_DE.UTF-8"]) == nil)
        #expect(Language.fromEnvironment([:]) == nil)
    }

    @Test func lcAllThenLcMessagesThenLang() {
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8", "LANG": "nl_NL.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"]) == .nl)
        #expect(Language.fromEnvironment(["LANG": "C", "LANGUAGE": "nl"]) == .en)  // C means C, as gettext has it
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8", "LANGUAGE": "nl:en"]) == .nl)
    }

    @Test func theFlagAndTheConfigTakeNamesAndCodes() {
        for text in ["nl", "NL", "nederlands", "Dutch", "nl_NL.UTF-8"] { #expect(Language.parse(text) == .nl, "\(text)") }
        for text in ["en", "english", "en_GB"] { #expect(Language.parse(text) == .en, "\(text)") }
        #expect(Language.parse("fr") == nil)
    }

    @Test func daysWeeksAndHoursAsEachLanguageWritesThem() {
        let day = Day(year: 2026, month: 12, day: 3)!
        #expect(Language.$scoped.withValue(.en) { day.shown } == "2026-12-03")
        #expect(Language.$scoped.withValue(.nl) { day.shown } == "03-12-2026")
        #expect(Language.$scoped.withValue(.nl) { day.spoken } == "3 dec 2026")
        #expect(Language.$scoped.withValue(.nl) { ISOWeek(containing: day).shortShown } == "wk 49")
        #expect(Language.$scoped.withValue(.nl) { Hours(halfHours: 5).shown } == "2,5")
        #expect(Language.$scoped.withValue(.en) { Hours(halfHours: 5).shown } == "2.5")
        #expect(plural(1, "1 lid", "# leden") == "1 lid")
        #expect(plural(3, "1 lid", "# leden") == "3 leden")
    }
}
