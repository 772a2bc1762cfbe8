import Testing
@testable import SamenCore
@testable import SamenTUI

/// Fields of a kind (money, date, week, tags) take what can make sense and
/// say what is wrong as soon as the person leaves them, beside the field.
@Suite("Typed fields")
struct TypedFieldTests {
    static func form(_ model: AppModel) -> FormState? { model.openForm }

    /// The finances pane's new ledger entry, with the amount field focused.
    static func newEntry() throws -> AppModel {
        var model = FinancesFixture.model(try FinancesFixture.stGroep(), Keys.press(.char("n"), .tab))
        #expect(form(model)?.fields[try #require(form(model)).focus].key == "amount")
        return model
    }

    @Test func anAmountTakesNoLetters() throws {
        var model = try Self.newEntry()
        model.send(Keys.type("12x"))
        let form = try #require(Self.form(model))
        #expect(form.value("amount") == "12")
        #expect(form.errorField == "amount")
        #expect(form.error == "Amount takes an amount of money")
        #expect(model.render().text.contains("Amount takes an amount of money"))
        // What an amount is written with is all taken: euro sign, marks, a minus, spaces.
        model.send(Keys.press(.ctrl("u")) + Keys.type("€ 1.234,56"))
        #expect(Self.form(model)?.value("amount") == "€ 1.234,56")
        #expect(Self.form(model)?.error == nil)
    }

    @Test func leavingAnAmountThatIsNoAmountSaysSoAtOnce() throws {
        var model = try Self.newEntry()
        model.send(Keys.type("1,2,3") + Keys.press(.tab))
        let form = try #require(Self.form(model))
        #expect(form.fields[form.focus].key == "date", "the person may go on to the next field")
        #expect(form.errorField == "amount")
        #expect(form.error == "Amount: '1,2,3' is not an amount: ',' must separate groups of three digits")
        #expect(model.render().text.contains("'1,2,3' is not an amount"))
        // Typing in the next field leaves the amount's message where it is.
        model.send(Keys.type("2026-11-02"))
        #expect(Self.form(model)?.errorField == "amount")
    }

    @Test func leavingADateThatIsNoDateSaysSoBesideIt() throws {
        var model = try Self.newEntry()
        model.send(Keys.type("100") + Keys.press(.tab) + Keys.type("31-02") + Keys.press(.tab))
        var form = try #require(Self.form(model))
        #expect(form.errorField == "date")
        #expect(form.error == "Date must be a date like 31-12-2026, 2026-12-31, tomorrow or mon; got '31-02'")
        // A real date that does not exist is refused in the same words as saving would.
        model.send(Keys.press(.backTab) + Keys.type("2026-02-30") + Keys.press(.tab))
        form = try #require(Self.form(model))
        #expect(form.errorField == "date")
        #expect(form.error?.hasPrefix("Date ") == true)
        // Put right, leaving it is quiet; the message goes once the field is typed in.
        model.send(Keys.press(.backTab) + Keys.type("2026-11-02") + Keys.press(.tab))
        form = try #require(Self.form(model))
        #expect(form.error == nil)
    }

    @Test func anEmptyOptionalFieldIsNotAProblemOnLeaving() throws {
        var model = try TUIFixture.model()
        model.send(Keys.press(.char("2"), .char("n")))
        // Title through to description, every field left empty or as it came.
        model.send(Array(repeating: Keys.press(.tab)[0], count: 10))
        #expect(Self.form(model)?.error == nil)
    }

    @Test func aWeekFieldSaysWhatAWeekLooksLike() {
        var form = FormState(title: "t", purpose: .capacityQuestion, fields: [
            .init(key: "from", label: "From week", kind: .week, value: ""),
            .init(key: "weeks", label: "Weeks", kind: .number, value: "8"),
        ])
        _ = form.key(.char("x"))
        _ = form.key(.tab)
        #expect(form.errorField == "from")
        #expect(form.error == "From week must be a week like 2027-W02 or a date in it, got 'x'")
    }

    @Test func tagsAreTrimmedAndEmptyOnesLeftOut() {
        let form = FormState(title: "t", purpose: .newProject, fields: [
            .init(key: "skills", label: "Skills", kind: .tags, value: " print,, web design ,  ,film"),
        ])
        #expect(form.tags("skills") == ["print", "web design", "film"])
    }

    @Test func aPasteIntoAnAmountMustBeAnAmount() throws {
        var model = try Self.newEntry()
        model.send([.paste("about 12")])
        let form = try #require(Self.form(model))
        #expect(form.value("amount").isEmpty)
        #expect(form.error == "Amount takes an amount of money; nothing was pasted")
        model.send([.paste("€ 1.250,00")])
        #expect(Self.form(model)?.value("amount") == "€ 1.250,00")
    }
}

/// Dates in forms as people type them (issue 15): Dutch or English words
/// counted from the model's day, day-month-year, ISO.
@Suite("Dates typed in forms")
struct DatesTypedInFormsTests {
    @Test func aLedgerEntryDatedMorgenIsSavedForTheDayAfterTheModelsToday() throws {
        var model = try TypedFieldTests.newEntry()
        model.send(Keys.type("100") + Keys.press(.tab) + Keys.type("morgen") + Keys.press(.tab))
        let form = try #require(TypedFieldTests.form(model))
        #expect(form.error == nil, "\(form.error ?? "")")
        #expect(form.today == model.today)
        #expect(form.day("date", "Date") == .success(model.today.advanced(by: 1)))
    }

    @Test func dayMonthYearAndWeekdaysAreDays() throws {
        var model = try TypedFieldTests.newEntry()
        model.send(Keys.type("100") + Keys.press(.tab) + Keys.type("31-12-2026") + Keys.press(.tab))
        var form = try #require(TypedFieldTests.form(model))
        #expect(form.day("date", "Date") == .success(Day(iso: "2026-12-31")!))
        model.send(Keys.press(.backTab) + Keys.type("ma") + Keys.press(.tab))
        form = try #require(TypedFieldTests.form(model))
        let monday = try #require(DayInput.parse("mon", today: model.today))
        #expect(monday.weekday == 1)
        #expect(form.day("date", "Date") == .success(monday))
    }
}
