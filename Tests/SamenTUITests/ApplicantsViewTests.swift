import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The applicants in the Members pane (`A`, issue 16), on the Unit-2 demo:
/// Lieke Kuipers applied, introduced by Fleur, with three views and two of
/// the three criteria noted. The application screen sets the network's
/// criteria beside the facts; its forms take her to a decision.
@Suite("Applicants view")
struct ApplicantsViewTests {
    func dutch<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.nl) { try body() } }

    func opened(width: Int, height: Int, full: Bool = false) throws -> AppModel {
        var model = AppModel(state: try TUIFixture.unit2(), actor: "eric", today: TUIFixture.today, width: width, height: height)
        model.send(Keys.press(.char("A")))
        if full { model.send(Keys.press(.enter)) }
        return model
    }

    @Test func theListAt80x24() throws {
        let model = try opened(width: 80, height: 24)
        let screen = model.render().text
        Snapshot.check(screen, named: "applicants-80x24")
        #expect(screen.contains("Lieke Kuipers") && screen.contains("waiting"))
        #expect(screen.contains("1 waiting, 0 not now, 0 admitted"))
        #expect(screen.contains("Esc back") && screen.contains("a admit"))
    }

    @Test func theListAt120x40ShowsTheApplicationBeside() throws {
        let model = try opened(width: 120, height: 40)
        let screen = model.render().text
        Snapshot.check(screen, named: "applicants-120x40")
        #expect(screen.contains("Better at something than what is"))
        #expect(screen.contains("podcast") && screen.contains("nobody inside") && screen.contains("would add"))
        #expect(screen.contains("Views: 2 for, 0 against, 1 question"))
    }

    @Test func theApplicationAt80x24() throws {
        let model = try opened(width: 80, height: 24, full: true)
        let screen = model.render().text
        Snapshot.check(screen, named: "application-80x24")
        #expect(screen.contains("introduced by Fleur Mulder"))
        #expect(screen.contains("Open to the experiment") && screen.contains("nothing noted yet"))
        // Longer than the pane: the bottom line offers to scroll it.
        #expect(screen.split(separator: "\n").last?.contains("scroll") == true, "\(screen)")
    }

    @Test func theApplicationAt120x40() throws {
        let model = try opened(width: 120, height: 40, full: true)
        let screen = model.render().text
        Snapshot.check(screen, named: "application-120x40")
        // copywriting: four members inside have it, so it is not marked as something she would add.
        let row = screen.split(separator: "\n").first { $0.contains("copywriting") && $0.contains("inside") }
        #expect(row != nil && row?.contains("would add") == false)
        #expect(screen.contains("Decision: open: waiting for the decision"))
        // It all fits: nothing to scroll, so the bottom line does not offer it.
        #expect(screen.split(separator: "\n").last?.contains("scroll") == false, "\(screen)")
    }

    @Test func inDutchAt80x24() throws {
        try dutch {
            let list = try opened(width: 80, height: 24)
            Snapshot.check(list.render().text, named: "applicants-80x24.nl")
            #expect(list.render().text.contains("1 wachtend, 0 nu niet, 0 toegelaten"))
            let application = try opened(width: 80, height: 24, full: true)
            let screen = application.render().text
            Snapshot.check(screen, named: "application-80x24.nl")
            #expect(screen.contains("voorgesteld door Fleur Mulder"))
        }
    }

    @Test func inDutchAt120x40() throws {
        try dutch {
            Snapshot.check(try opened(width: 120, height: 40).render().text, named: "applicants-120x40.nl")
            let screen = try opened(width: 120, height: 40, full: true).render().text
            Snapshot.check(screen, named: "application-120x40.nl")
            #expect(screen.contains("Ergens beter in dan wat er in huis is") && screen.contains("voegt toe"))
        }
    }

    /// The whole way, by keys, through a data directory: a note on the open
    /// criterion, a view, and the decision; then admitting twice is refused.
    @Test func takingLiekeThroughToADecision() throws {
        try TUIFixture.withStore { store, dir in
            let open = Keys.press(.char("1"), .char("A"))
            // Eric notes "open to the experiment": the criterion chosen with → twice.
            var keys = open + Keys.press(.char("c"), .right, .right, .tab) + Keys.type("Came to two Friday lunches.") + Keys.press(.enter)
            _ = try TriageKeysTests.run(store, keys, width: 120, height: 40)
            var lieke = try #require(try Store(directory: dir).state.member("lieke"))
            #expect(lieke.application?.notes(on: "experiment").first?.by == "eric")
            keys = open + Keys.press(.char("v"), .tab) + Keys.type("Yes.") + Keys.press(.enter)
            _ = try TriageKeysTests.run(store, keys, width: 120, height: 40)
            lieke = try #require(try Store(directory: dir).state.member("lieke"))
            #expect(lieke.application?.views.contains { $0.by == "eric" && $0.stance == .for && $0.note == "Yes." } == true)
            var (_, backend) = try TriageKeysTests.run(store, open + Keys.press(.char("a"), .enter), width: 120, height: 40)
            lieke = try #require(try Store(directory: dir).state.member("lieke"))
            #expect(lieke.role == .member && lieke.application?.isAdmitted == true)
            #expect(backend.lastScreen.contains("Decision: admitted as member"))
            // A second admission is refused beside the form with the rule, and nothing changes.
            (_, backend) = try TriageKeysTests.run(store, open + Keys.press(.char("a"), .enter), width: 120, height: 40)
            #expect(backend.lastScreen.contains("already admitted as a member"), "\(backend.lastScreen)")
            #expect(try Store(directory: dir).state.member("lieke")?.application?.decisions.count == 1)
        }
    }

    /// At 80x24 the application is longer than the screen: its body
    /// scrolls (↑↓, PgUp PgDn, g G, the wheel) and says there is more, while
    /// the decision and the key line stay where they are.
    @Test func theApplicationScrollsAt80x24AndSaysThereIsMore() throws {
        var model = try opened(width: 80, height: 24, full: true)
        func rows() -> [String] { model.render().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        let lastView = "The audio tour needed exactly her."
        var screen = rows()
        #expect(screen[2] == " Lieke Kuipers (lieke)")
        #expect(screen.contains { $0.hasSuffix("↓ more") }, "\(screen.joined(separator: "\n"))")
        #expect(!screen.contains { $0.contains(lastView) })
        #expect(screen[22].hasPrefix(" Decision: open: waiting for the decision"))
        #expect(screen[23].contains("d not now"))
        // To the end: the last view shows, the top is out of sight and said to be above.
        model.send(Keys.press(.char("G")))
        screen = rows()
        Snapshot.check(screen.joined(separator: "\n"), named: "application-end-80x24")
        #expect(screen.contains { $0.contains(lastView) }, "\(screen.joined(separator: "\n"))")
        #expect(!screen.contains { $0.contains("Lieke Kuipers (lieke)") })
        #expect(screen.contains { $0.hasSuffix("↑ more") })
        #expect(screen[22].hasPrefix(" Decision: open: waiting for the decision"))
        // A row, a page and back to the top; the wheel too.
        model.send(Keys.press(.up))
        #expect(model.members.applicantsView?.pageScroll ?? 0 > 0)
        let end = model.members.applicantsView?.pageScroll ?? 0
        model.send(Keys.press(.pageUp))
        #expect((model.members.applicantsView?.pageScroll ?? 99) < end)
        model.send(Keys.press(.char("g")))
        #expect(model.members.applicantsView?.pageScroll == 0)
        #expect(rows()[2] == " Lieke Kuipers (lieke)")
        model.send([.mouse(MouseEvent(kind: .wheelDown, x: 10, y: 10))])
        #expect(model.members.applicantsView?.pageScroll == ListMotion.wheelStep)
        // The selection stays on Lieke: in the application the arrows scroll, they do not move.
        #expect(model.members.applicantsView?.selectedID == "lieke")
        // Scrolled past the end it stays at the end.
        model.send(Keys.press(.pageDown, .pageDown, .pageDown, .down))
        #expect(rows().contains { $0.contains(lastView) })
        #expect(rows().contains { $0.hasSuffix("↑ more") })
    }

    /// In Dutch at 80 columns the bottom line keeps the application's four
    /// steps (v c a d) with `?` and `q`; the arrows give way first.
    @Test func theDutchKeyLineKeepsEveryStepAt80() throws {
        try dutch {
            for full in [false, true] {
                let last = try opened(width: 80, height: 24, full: full).render().text.split(separator: "\n").last.map(String.init) ?? ""
                for key in ["Esc terug", "v mening", "c notitie", "a toelaten", "d nu niet", "? toetsen", "q stoppen"] {
                    #expect(last.contains(key), "\(key) on \(last)")
                }
            }
        }
        // In English there is room for the arrows too.
        let last = try opened(width: 80, height: 24, full: true).render().text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains("d not now") && last.contains("↑↓ scroll"), "\(last)")
    }

    @Test func escGoesBackToTheDirectory() throws {
        var model = try opened(width: 80, height: 24, full: true)
        model.send(Keys.press(.escape))
        #expect(model.members.applicantsView?.full == false)
        model.send(Keys.press(.escape))
        #expect(model.members.applicantsView == nil)
        #expect(model.render().text.contains("40/40 members"))
    }
}
