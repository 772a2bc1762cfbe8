import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// Hours fields take a decimal comma or point: `2,5` is two and a half
/// hours, never 25 (the comma used to be refused as "not a number", leaving
/// the digits around it to run together).
@Suite("Hours fields")
struct HoursFieldTests {
    @Test func aMemberAddedWithTwoAndAHalfHoursHasTwoAndAHalf() throws {
        try TUIFixture.withStore { store, dir in
            var events = Keys.press(.char("n")) + Keys.type("Noa Visser")
            events += Keys.press(.tab, .tab, .tab, .tab) + Keys.type("Leiden")
            events += Keys.press(.tab, .ctrl("u")) + Keys.type("2,5") + Keys.press(.enter)
            let backend = FakeBackend(width: 120, height: 30, events: events)
            let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            let noa = try #require(try Store(directory: dir).state.member("noa"))
            #expect(noa.contractedHours(on: TUIFixture.today) == Hours(halfHours: 5))
            #expect(backend.lastScreen.contains("2.5 h/week"))
        }
    }

    @Test func aQuarterHourIsRefusedBesideTheFieldSayingTheStep() throws {
        try TUIFixture.withStore { store, dir in
            var events = Keys.press(.char("n")) + Keys.type("Noa Visser")
            events += Keys.press(.tab, .tab, .tab, .tab) + Keys.type("Leiden")
            events += Keys.press(.tab, .ctrl("u")) + Keys.type("2,25") + Keys.press(.enter)
            let backend = FakeBackend(width: 120, height: 30, events: events)
            let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            guard case let .form(form)? = dashboard.model.overlay else { Issue.record("the form closed"); return }
            #expect(form.errorField == "hours")
            #expect(backend.lastScreen.contains("hours per week must be in half-hour steps (like 2.5), got '2,25'"))
            #expect(try Store(directory: dir).state.member("noa") == nil)
        }
    }

    @Test func aNeedsWorkRequestAsksForHalfHours() throws {
        var form = HelpForms.ask(asker: "eric")
        form.focus(0)
        _ = form.key(.right)   // advice -> needs-work
        let hoursField = form.fields.firstIndex { field in field.key == "hours" }
        form.focus(try #require(hoursField))
        for c in "7,5" { _ = form.key(.char(c)) }
        #expect(form.error == nil && form.value("hours") == "7,5")
        #expect(form.value("kind") == "needs-work")
        guard case let .success(.addRequest(r)) = HelpForms.change(from: form, me: "eric", today: TUIFixture.today) else {
            Issue.record("no request"); return
        }
        #expect(r.hoursPerWeek == Hours(halfHours: 15))
    }

    @Test func whoIsFreeTakesHalfHours() throws {
        var form = CapacityQueryForm.make(CapacityView(from: ISOWeek(containing: TUIFixture.today)), maxWeeks: 12)
        for c in "2,5" { _ = form.key(.char(c)) }   // the first field, its value selected: typing replaces it
        #expect(form.value("free") == "2,5")
        let answer = CapacityQueryForm.answer(form, today: TUIFixture.today, maxWeeks: 12, knownSkills: [])
        #expect((try? answer.get())?.minFree == Hours(halfHours: 5))
        form = CapacityQueryForm.make(CapacityView(from: ISOWeek(containing: TUIFixture.today)), maxWeeks: 12)
        for c in "2,25" { _ = form.key(.char(c)) }
        guard case let .failure(problem) = CapacityQueryForm.answer(form, today: TUIFixture.today, maxWeeks: 12, knownSkills: []) else {
            Issue.record("2,25 was taken"); return
        }
        #expect(problem.message == "Free h/week must be in half-hour steps (like 2.5), got '2,25'; empty for anyone")
    }
}

/// A skill or city that looks like a slip is asked about before saving;
/// Enter keeps it as typed, another key goes back to the field.
@Suite("Did you mean, in forms")
struct SpellingQuestionTests {
    func addMember(skills: String, city: String, then more: [InputEvent] = []) throws -> (String, FakeBackend, Dashboard) {
        var result: (String, FakeBackend, Dashboard)?
        try TUIFixture.withStore { store, dir in
            var events = Keys.press(.char("n")) + Keys.type("Noa Visser")
            events += Keys.press(.tab, .tab) + Keys.type(skills)
            events += Keys.press(.tab, .tab) + Keys.type(city) + Keys.press(.enter) + more
            let backend = FakeBackend(width: 120, height: 30, events: events)
            let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            let saved = try Store(directory: dir).state.member("noa").map { "\($0.skills) \($0.city)" } ?? "not saved"
            result = (saved, backend, dashboard)
        }
        return try #require(result)
    }

    @Test func aSlipInASkillIsAskedAboutAndNothingIsSavedYet() throws {
        let (saved, backend, dashboard) = try addMember(skills: "ilustration", city: "Leiden")
        #expect(saved == "not saved")
        #expect(backend.lastScreen.contains("ilustration: did you mean illustration? (Enter keeps it as typed)"), "\(backend.lastScreen)")
        guard case let .form(form)? = dashboard.model.overlay else { Issue.record("the form closed"); return }
        #expect(form.fields[form.focus].key == "skills")
    }

    @Test func enterKeepsTheNewSkillAsTyped() throws {
        let (saved, _, _) = try addMember(skills: "ilustration", city: "Leiden", then: Keys.press(.enter))
        #expect(saved == #"["ilustration"] Leiden"#)
    }

    @Test func aSlipInTheCityIsAskedAbout() throws {
        let (saved, backend, _) = try addMember(skills: "illustration", city: "Leidn")
        #expect(saved == "not saved")
        #expect(backend.lastScreen.contains("Leidn: did you mean Leiden?"), "\(backend.lastScreen)")
    }
}
