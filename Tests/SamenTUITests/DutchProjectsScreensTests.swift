import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The Projects pane in Dutch: the list, a project's detail, the key list,
/// the new-assignment form with a Dutch date, a triage question and "wie kan
/// dit doen?". Everything, from building the model on, happens in Dutch, as
/// it does in a process started with `--lang nl`.
@Suite("Projects pane in Dutch")
struct DutchProjectsScreensTests {
    func dutch<R>(_ body: () throws -> R) rethrows -> R { try Language.$scoped.withValue(.nl, operation: body) }

    @Test func theIncomingListAt80x24() throws {
        let screen = try dutch {
            var model = try TUIFixture.model(width: 80, height: 24)
            model.send(Keys.press(.char("2")))
            return model.render().text
        }
        Snapshot.check(screen, named: "projects-incoming-80x24.nl")
        #expect(screen.contains(" Binnengekomen 5 ") && screen.contains(" Offerte 2 ") && screen.contains(" Lopend 5 "))
        #expect(screen.contains("03-11-2026") || screen.contains("07-12-2026"))   // days as Dutch writes them
        #expect(try DutchScreensTests.untranslated(in: screen) == [])
    }

    @Test func theClosedStagesAt80x24ShowTheStatusWhole() throws {
        let screen = try dutch {
            var model = try TUIFixture.model(width: 80, height: 24)
            model.send(Keys.press(.char("2"), .char("[")))
            return model.render().text
        }
        Snapshot.check(screen, named: "projects-closed-80x24.nl")
        #expect(screen.contains("geannuleerd") && screen.contains("afgewezen") && screen.contains("verloren"))
    }

    /// Project 12 (under way, a team of members): its detail whole at 80x24
    /// and with its decision log at 80x40.
    @Test func aProjectsDetail() throws {
        for (w, h) in [(80, 24), (80, 40)] {
            let screen = try dutch {
                var model = ProjectsFixture.model(try Language.$scoped.withValue(.nl) { try TUIFixture.unit2() }, width: w, height: h)
                model.projects.select(id: 12, listHeight: model.projectsListHeight)
                model.send(Keys.press(.enter))
                return model.render().text
            }
            Snapshot.check(screen, named: "projects-detail-12-\(w)x\(h).nl")
            for text in ["lopend · project 12 · ontvangen ", "Klant     ", "Periode   ", " t/m ", "Trekker   ", "Besluiten (UTC)", " u/wk"] {
                #expect(screen.contains(text), "\(text)")
            }
        }
    }

    @Test func theKeyList() throws {
        for (w, h) in [(80, 24), (100, 30)] {
            let screen = try dutch {
                var model = ProjectsFixture.model(try Language.$scoped.withValue(.nl) { try TUIFixture.unit2() }, width: w, height: h)
                model.send(Keys.press(.char("?")))
                return model.render().text
            }
            Snapshot.check(screen, named: "projects-keys-\(w)x\(h).nl")
            #expect(screen.contains("aannemen als offerte"))
        }
    }

    /// `n`, with the start typed the Dutch way: `volgende week`, then `31-12-2026`.
    @Test func theNewAssignmentFormWithADutchDate() throws {
        try dutch {
            var model = ProjectsFixture.model(try Language.$scoped.withValue(.nl) { try TUIFixture.unit2() }, width: 80, height: 24)
            let start = Keys.press(.char("n")) + Keys.type("Bewegwijzering") + Keys.press(.tab) + Keys.type("Hortus botanicus")
                + Keys.press(.tab, .tab) + Keys.type("illustration") + Keys.press(.tab) + Keys.type("60") + Keys.press(.tab, .ctrl("u"))
            model.send(start + Keys.type("volgende week"))
            let form = try #require(model.openForm)
            #expect(form.title == "Nieuwe binnengekomen opdracht")
            Snapshot.check(model.render().text, named: "project-new-form-80x24.nl")
            #expect(try form.day("start", "het begin").get() == Day(iso: "2026-11-30")!)
            model.send(Keys.press(.ctrl("u")) + Keys.type("31-12-2026"))
            #expect(try model.openForm?.day("start", "het begin").get() == Day(iso: "2026-12-31")!)
        }
    }

    /// `a` on an incoming project without a lead: the lead picker, then the question.
    @Test func theTriageQuestion() throws {
        let (picker, question) = try dutch {
            var model = ProjectsFixture.model(try Language.$scoped.withValue(.nl) { try TUIFixture.unit2() }, width: 80, height: 24)
            model.send(Keys.press(.char("a")))
            let picker = model.render().text
            model.send(Keys.press(.enter))
            return (picker, model.render().text)
        }
        Snapshot.check(picker, named: "triage-lead-picker-80x24.nl")
        Snapshot.check(question, named: "triage-accept-question-80x24.nl")
        #expect(question.contains("aannemen als") && question.contains("als trekker?"))
    }

    @Test func theDeclineForm() throws {
        let screen = try dutch {
            var model = ProjectsFixture.model(try Language.$scoped.withValue(.nl) { try TUIFixture.unit2() }, width: 80, height: 24)
            model.send(Keys.press(.char("d")))
            return model.render().text
        }
        Snapshot.check(screen, named: "triage-decline-80x24.nl")
        #expect(screen.contains("(kies een reden)"))
    }

    /// Project 15 of the demo (the leaflet of the English tests is not a
    /// demo project: its title would read as English to the scan).
    @Test func theSuggestionsAt120x40() throws {
        let screen = try dutch {
            var model = ProjectsFixture.model(try Language.$scoped.withValue(.nl) { try TUIFixture.unit2() }, width: 120, height: 40)
            model.projects.select(id: 15, listHeight: model.projectsListHeight)
            model.send(Keys.press(.char("t")))
            return model.render().text
        }
        Snapshot.check(screen, named: "suggestions-portraits-120x40.nl")
        #expect(screen.contains("Wie kan dit doen?") && screen.contains("Spatie: bemensen, voorlopig"))
        #expect(screen.contains("  #  SCORE  NAAM"))
    }

    /// The decline form offers the reasons in Dutch and still saves the
    /// reason the person chose; the new-assignment form reads a Dutch date.
    @Test func dutchFormsBecomeTheSameChanges() throws {
        try dutch {
            let state = try Language.$scoped.withValue(.nl) { try TUIFixture.unit2() }
            let p = try #require(state.project(15))
            var decline = ProjectForms.decline(p)
            guard case let .choice(reasons) = decline.fields[0].kind else { Issue.record("no choice"); return }
            #expect(reasons == ["(kies een reden)", "past niet bij onze visie of kennis", "kans van slagen te klein", "geen capaciteit",
                                "klant of voorwaarden", "anders"])
            decline.fields[0].value = "geen capaciteit"
            decline.fields[1].value = "iedereen zit vol"
            let changes = try ProjectForms.changes(from: decline, today: TUIFixture.today).get()
            #expect(changes == [.moveProject(project: 15, to: .declined, reason: .noCapacity, note: "iedereen zit vol")])

            var new = ProjectForms.new(today: TUIFixture.today, source: "eric")
            new.today = TUIFixture.today   // as the shell sets it when it opens the form
            #expect(new.value("start") == "23-11-2026")
            for (key, value) in [("title", "Bewegwijzering"), ("client", "Hortus"), ("skills", "illustration"), ("hours", "60"),
                                 ("start", "31-12-2026"), ("weeks", "2"), ("city", "Leiden")] {
                new.fields[new.fields.firstIndex { $0.key == key }!].value = value
            }
            guard case let .addProject(added)? = try ProjectForms.changes(from: new, today: TUIFixture.today).get().first else {
                Issue.record("no project"); return
            }
            #expect(added.period == DateRange(start: Day(iso: "2026-12-31")!, weeks: 2))
            new.fields[new.fields.firstIndex { $0.key == "weeks" }!].value = ""
            guard case let .failure(problem) = ProjectForms.changes(from: new, today: TUIFixture.today) else { Issue.record("accepted"); return }
            #expect(problem.message == "weken: hoeveel weken loopt het?" && problem.field == "weeks")
        }
    }

    /// In Dutch the filter finds a stage and "collectief" by their Dutch words too.
    @Test func theFilterKnowsTheDutchWords() throws {
        try dutch {
            var model = ProjectsFixture.model(try Language.$scoped.withValue(.nl) { try TUIFixture.unit2() }, width: 120, height: 40)
            model.send(Keys.press(.char("/")) + Keys.type("geannuleerd") + Keys.press(.enter))
            #expect(model.projects.matchCount == 1 && model.projects.count(.closed) == 1)
            model.send(Keys.press(.escape, .char("/")) + Keys.type("collectief") + Keys.press(.enter))
            let collective = try Language.$scoped.withValue(.nl) { try TUIFixture.unit2() }.projects.records.filter { $0.source == nil }.count
            #expect(collective > 0 && model.projects.matchCount == collective)
        }
    }
}
