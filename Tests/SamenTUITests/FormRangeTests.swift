import Testing
@testable import SamenCore
@testable import SamenTUI

/// The dashboard's forms refuse what the command line and the loader refuse,
/// with the same words, beside the field, and ask for no change.
@Suite("Form ranges")
struct FormRangeTests {
    static func form(_ model: AppModel) -> FormState? { model.openForm }

    /// `n` on the projects pane, the fields typed in order, Enter.
    static func newProject(start: String, weeks: String = "4", hours: String = "10") throws -> (AppModel, [Effect]) {
        var model = try TUIFixture.model()
        model.send(Keys.press(.char("2"), .char("n")))
        #expect(form(model)?.purpose == .newProject)
        model.send(Keys.type("Far away") + Keys.press(.tab) + Keys.type("Future BV") + Keys.press(.tab, .tab, .tab) + Keys.type(hours)
                   + Keys.press(.tab, .ctrl("u")) + Keys.type(start) + Keys.press(.tab, .ctrl("u")) + Keys.type(weeks)
                   + Keys.press(.tab) + Keys.type("Leiden"))
        let effects = model.send(Keys.press(.enter))
        return (model, effects)
    }

    @Test func aStartOn9999IsRefusedBesideTheStart() throws {
        let (model, effects) = try Self.newProject(start: "9999-12-31")
        #expect(effects.isEmpty, "nothing is saved")
        let form = try #require(Self.form(model))
        #expect(form.errorField == "start")
        #expect(form.error == "the start must be between 1900-01-01 and 2200-12-31, got 9999-12-31")
        #expect(model.render().text.contains("the start must be between 1900-01-01 and 2200-12-31, got 9999-12-31"))
    }

    @Test func weeksRunningPastTheLastDayAreRefusedBesideTheWeeks() throws {
        let (model, effects) = try Self.newProject(start: "2200-12-01", weeks: "10")
        #expect(effects.isEmpty)
        let form = try #require(Self.form(model))
        #expect(form.errorField == "weeks")
        #expect(form.error == "10 weeks from 2200-12-01 would end after the last day: the end must be between 1900-01-01 and 2200-12-31, got 2201-02-08")
    }

    @Test(arguments: [
        ("99999999999999999999", "hours", "estimated hours must be between 1 and 100000 hours, got 99999999999999999999"),
        ("0", "hours", "estimated hours must be between 1 and 100000 hours, got 0"),
    ])
    func estimatedHoursOutOfRangeAreRefusedBesideTheHours(typed: String, field: String, message: String) throws {
        let (model, effects) = try Self.newProject(start: "2027-01-04", hours: typed)
        #expect(effects.isEmpty)
        let form = try #require(Self.form(model))
        #expect(form.errorField == field)
        #expect(form.error == message)
    }

    @Test func theCapacityQuestionRefusesAWeekThatDoesNotExist() {
        var form = FormState(title: "t", purpose: .addMember, fields: [.init(key: "from", label: "From", kind: .text, value: "2025-W53")])
        #expect(form.week("from", "From week") == .failure(.init(message: "From week must be a week that exists: 2025 has weeks 1 to 52, got '2025-W53'", field: "from")))
        form.fields[0].value = "0000-W01"
        #expect(form.week("from", "From week") == .failure(.init(message: "From week must be in a year between 1900 and 2200, got '0000-W01'", field: "from")))
    }
}
