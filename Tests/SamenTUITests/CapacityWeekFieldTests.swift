import Testing
@testable import SamenCore
@testable import SamenTUI

/// The heat map's "from week" field (`m`) takes back what it shows (in
/// Dutch `wk 48 2026`) and what a person types in either language: `wk 2`,
/// `2`, `week 2`, `W02`, `volgende week`; what is no week is refused beside
/// the field in the language shown.
@Suite("The heat map's week field")
struct CapacityWeekFieldTests {
    /// The heat map with `m` open and `typed` in the week field (after the free hours and the weeks).
    static func form(_ typed: String, language: Language, width: Int = 80, height: Int = 24) throws -> AppModel {
        try Language.$scoped.withValue(language) {
            var model = try TUIFixture.model(width: width, height: height)
            model.send(Keys.press(.char("c"), .char("m"), .tab, .tab, .ctrl("u")) + Keys.type(typed))
            return model
        }
    }

    /// Enter on that form: the map's first week, or the form's error.
    static func answer(_ typed: String, language: Language) throws -> (first: ISOWeek, error: String?) {
        var model = try form(typed, language: language)
        return Language.$scoped.withValue(language) {
            model.send(Keys.press(.enter))
            return (model.capacityView!.first, model.openForm?.error)
        }
    }

    @Test func theFieldShowsTheWeekAsTheLanguageWritesItAndTakesItBack() throws {
        for (language, shown) in [(Language.nl, "wk 48 2026"), (.en, "2026-W48")] {
            let (filled, first, open) = try Language.$scoped.withValue(language) { () throws -> (String?, ISOWeek?, Bool) in
                var model = try TUIFixture.model()
                model.send(Keys.press(.char("c"), .char("m")))
                let filled = model.openForm?.value("from")
                model.send(Keys.press(.enter))   // what it shows, sent back as it is
                return (filled, model.capacityView?.first, model.overlay != nil)
            }
            #expect(filled == shown)
            #expect(first == ISOWeek(year: 2026, week: 48)! && !open, "\(language)")
        }
    }

    @Test(arguments: ["wk 2", "2", "wk 2 2027", "2027-W02", "week 2", "W02", "w2"])
    func weekTwoInDutch(_ typed: String) throws {
        let (first, error) = try Self.answer(typed, language: .nl)
        #expect(error == nil, "\(typed): \(error ?? "")")
        #expect(first == ISOWeek(year: 2027, week: 2)!, "\(typed)")
    }

    @Test(arguments: ["week 2", "W2", "W02", "2", "week 2 2027", "2027-W02"])
    func weekTwoInEnglish(_ typed: String) throws {
        let (first, error) = try Self.answer(typed, language: .en)
        #expect(error == nil, "\(typed): \(error ?? "")")
        #expect(first == ISOWeek(year: 2027, week: 2)!, "\(typed)")
    }

    @Test func nextWeekInBothLanguages() throws {
        #expect(try Self.answer("volgende week", language: .nl).first == ISOWeek(year: 2026, week: 49)!)
        #expect(try Self.answer("next week", language: .en).first == ISOWeek(year: 2026, week: 49)!)
    }

    @Test func badWeeksAreRefusedInTheLanguageShown() throws {
        #expect(try Self.answer("wk 54", language: .nl).error
                == "Vanaf week moet een bestaande week zijn: 2026 heeft week 1 tot en met 53, niet 'wk 54'")
        #expect(try Self.answer("week 54", language: .en).error == "From week must be a week that exists: 2026 has weeks 1 to 53, got 'week 54'")
        #expect(try Self.answer("wk 3 2300", language: .nl).error == "Vanaf week moet in een jaar tussen 1900 en 2200 vallen, niet 'wk 3 2300'")
        #expect(try Self.answer("wk 46", language: .nl).error == "Vanaf week: wk 46 2026 is voorbij; de kaart plant vanaf deze week (wk 48 2026)")
        #expect(try Self.answer("wkx", language: .nl).error
                == "Vanaf week moet een week zijn, zoals wk 48, 48, wk 48 2026 of volgende week, of een datum erin; niet 'wkx'")
        #expect(try Self.answer("kerst", language: .nl).error == "Vanaf week: 'kerst' is geen week als wk 48 2026 en geen datum als 23-11-2026")
    }

    /// Leaving the field judges it at once, in the words saving would use:
    /// a week as people type it passes, a week that does not exist is named.
    @Test func leavingTheFieldJudgesItAtOnce() throws {
        var good = try Self.form("wk 2", language: .nl)
        var bad = try Self.form("wk 54", language: .nl)
        Language.$scoped.withValue(.nl) {
            good.send(Keys.press(.tab))
            bad.send(Keys.press(.tab))
        }
        #expect(good.openForm?.error == nil)
        #expect(bad.openForm?.error == "Vanaf week moet een bestaande week zijn: 2026 heeft week 1 tot en met 53, niet 'wk 54'")
        #expect(bad.openForm?.errorField == "from")
    }

    /// The form on screen in Dutch, a week typed as people do, and a week that does not exist refused beside it.
    @Test func theFormOnScreenInDutch() throws {
        var model = try Self.form("wk 54", language: .nl, width: 80, height: 24)
        let screen = Language.$scoped.withValue(.nl) { () -> String in
            model.send(Keys.press(.enter))
            return model.render().text
        }
        Snapshot.check(screen, named: "capacity-week-refused-80x24.nl")
        #expect(screen.contains("wk 54"))
        #expect(try DutchScreensTests.untranslated(in: screen) == [])
        let moved = Language.$scoped.withValue(.nl) { () -> String in
            model.send(Keys.press(.ctrl("u")) + Keys.type("wk 2") + Keys.press(.enter))
            return model.render().text
        }
        Snapshot.check(moved, named: "capacity-from-wk2-80x24.nl")
        #expect(moved.contains("wk 2 "))
        #expect(try DutchScreensTests.untranslated(in: moved) == [])
    }
}
