import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The help pane on the Unit-2 demo (today pinned): lists, filter, detail,
/// the keys, and the forms that ask, offer, accept and close.
@Suite("Help pane")
struct HelpPaneTests {
    static func model(width: Int = 80, height: Int = 24, actor: String = "eric") throws -> AppModel {
        var m = AppModel(state: try TUIFixture.unit2(), actor: actor, today: TUIFixture.today, width: width, height: height)
        m.send(Keys.press(.char("3")))
        return m
    }

    func shownIDs(_ m: AppModel) -> [Int] { m.help.rows.indices.map { m.help.request(atRow: $0).id } }

    @Test func openRequestsOldestFirstAt80x24() throws {
        let m = try Self.model()
        let screen = m.render().text
        Snapshot.check(screen, named: "help-80x24")
        #expect(m.pane == .help)
        // Lotte's accountant question (40 days) waits longest; Nadia's (2 days) is newest.
        #expect(shownIDs(m) == [3, 4, 5, 6, 7, 8, 9, 10])
        let rows = screen.split(separator: "\n").map(String.init)
        let lotte = try #require(rows.first { $0.contains("Lotte Hendriks") && $0.contains("40d") })
        #expect(lotte.contains("2 ✓"))            // two offers, one accepted
        #expect(rows.contains { $0.contains("Koen Brouwer") && $0.contains(" 9d") && $0.contains(" 2 ") })
        #expect(screen.contains("Open 8"))
        #expect(screen.contains("8/8 requests"))
    }

    @Test func whoCouldHelpAndWhyAt120x40() throws {
        var m = try Self.model(width: 120, height: 40)
        m.send(Keys.press(.char("G")))   // Nadia's animation question: no offers yet
        let screen = m.render().text
        Snapshot.check(screen, named: "help-120x40")
        #expect(screen.contains("Request 10 · advice · open"))
        #expect(screen.contains("Offers: none yet"))
        // Skills first, a pitch that says so too on top; the asker never.
        let names = m.help.suggestions.map(\.member)
        #expect(names == ["emre", "arjen", "jeroen", "noor", "tim"])
        #expect(screen.contains("│ Emre Çelik"))
        #expect(screen.contains("│   skill animation · skill video"))
        #expect(screen.contains("│   skill animation · Share: \"Data"))
    }

    @Test func offersWithTheirNotesAndTheAcceptedOne() throws {
        var m = try Self.model(width: 120, height: 40)
        m.send(Keys.press(.down, .down, .down, .down))   // Koen's pricing question, two offers
        let screen = m.render().text
        #expect(screen.contains("Request 7 · advice · open"))
        #expect(screen.contains("Offers (2)"))
        #expect(screen.contains("│ Pieter de Jong · 8 days ago"))
        #expect(screen.contains("│   Never a fixed price without a fixed"))
        m.send(Keys.press(.char("g")))                    // Lotte's: matched with Martijn
        let matched = m.render()
        let rows = matched.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let accepted = try #require(rows.firstIndex { $0.contains("✓ Martijn Koster · 39 days ago · accept") })
        #expect(matched.role(ofText: "✓ Martijn", onRow: accepted) == .success)
    }

    @Test func filterAsYouTypeOverTopicTextAndNames() throws {
        var m = try Self.model(width: 120, height: 40)
        m.send(Keys.press(.char("/")) + Keys.type("contracts"))      // a topic: Koen's and Fleur's
        #expect(shownIDs(m) == [7, 8])
        m.send(Keys.press(.ctrl("u")) + Keys.type("camera"))          // text: "equipment insurance ... for cameras"
        #expect(shownIDs(m) == [5])
        m.send(Keys.press(.ctrl("u")) + Keys.type("saskia"))          // a name: Saskia offered on Koen's
        #expect(shownIDs(m) == [7])
        m.send(Keys.press(.ctrl("u")) + Keys.type("çelik"))           // beyond ASCII: Emre Çelik asked
        #expect(shownIDs(m) == [5])
        m.send(Keys.press(.ctrl("u")) + Keys.type("work thijs"))      // several words: all must match
        #expect(shownIDs(m) == [6])
        let screen = m.render().text
        Snapshot.check(screen, named: "help-filter-120x40")
        #expect(screen.contains("/work thijs"))
        #expect(screen.contains("1/8 requests"))
        m.send(Keys.press(.escape))
        #expect(m.help.rows.count == 8)
        #expect(m.help.filter.isEmpty)
    }

    /// Narrowing reuses the previous result; it must agree with a fresh filter.
    @Test func narrowingAgreesWithAFreshFilter() throws {
        var m = try Self.model(width: 120, height: 40)
        m.send(Keys.press(.char("/")))
        let script: [Key] = "work".map { .char($0) } + [.backspace, .backspace] + "rk es".map { .char($0) } + [.ctrl("u")] + "o".map { .char($0) }
        for key in script {
            m.send([.key(key)])
            var fresh = try Self.model(width: 120, height: 40)
            fresh.help.filter = m.help.filter
            fresh.help.applyFilter()
            #expect(m.help.rows == fresh.help.rows, "filter '\(m.help.filter)'")
        }
    }

    @Test func mineClosedAndShareLists() throws {
        var m = try Self.model(width: 120, height: 40)
        m.send(Keys.press(.right))
        #expect(m.help.list == .mine)
        #expect(shownIDs(m) == [9])              // Eric offered Tim the congress team
        m.send(Keys.press(.right))
        #expect(m.help.list == .closed)
        #expect(shownIDs(m) == [2, 1])            // most recently closed first: Mei's, then Ruben's
        #expect(m.render().text.contains("Back on track") == false)  // Mei's is selected
        m.send(Keys.press(.down))
        #expect(m.render().text.contains("Back on track"))
        m.send(Keys.press(.right))
        #expect(m.help.list == .share)
        #expect(m.help.rows.count == 40)   // Lieke, who applied, has a Share pitch too
        m.send(Keys.press(.left, .left, .left))
        #expect(m.help.list == .open)
        m.send(Keys.press(.left))
        #expect(m.help.list == .share)   // round the end
    }

    @Test func shareFindsPeopleByWhatTheySaidTheyAreGoodAt() throws {
        var m = try Self.model(width: 120, height: 40)
        m.send(Keys.press(.left) + Keys.press(.char("/")) + Keys.type("microscope"))
        #expect(m.help.list == .share)
        #expect(m.help.rows.map { m.help.members[$0].id } == ["olga"])
        let screen = m.render().text
        Snapshot.check(screen, named: "help-share-120x40")
        #expect(screen.contains("│ Scientific illustrator: anatomy, biology"))
    }

    @Test func asciiWithoutUTF8() throws {
        var m = AppModel(state: try TUIFixture.unit2(), actor: "eric", today: TUIFixture.today, width: 120, height: 40, unicode: false)
        m.send(Keys.press(.char("3"), .char("G")))
        let text = m.render().text
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("| Request 10 - advice - open"))
        #expect(text.contains("|   skill animation - Share: \"Data"))
        #expect(text.contains("  2 +"))       // Lotte's accepted offer, marked without a check mark
    }

    @Test func keysOverlayListsEveryKeyOfThePane() throws {
        var m = try Self.model(width: 100, height: 30)
        m.send(Keys.press(.char("?")))
        let screen = m.render().text
        Snapshot.check(screen, named: "help-keys-100x30")
        for key in ["Keys: Help", "← →  h l", "Enter", "/", "n ", "o ", "m ", "c ", "w ", "e ", "q  Ctrl-C"] {
            #expect(screen.contains(key), "\(key)")
        }
        let bottom = try Self.model(width: 120, height: 40).render().text.split(separator: "\n").last.map(String.init) ?? ""
        for key in ["/ filter", "n ask", "o offer", "m accept", "c close", "w withdraw", "? all keys"] {
            #expect(bottom.contains(key), "bottom line: \(bottom)")
        }
    }

    @Test func needsWorkShowsWhatIsStillToFind() throws {
        var m = try Self.model(width: 120, height: 40)
        m.send(Keys.press(.down, .down, .down))   // Thijs: 16 hours
        let canvas = m.render()
        let rows = canvas.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = try #require(rows.firstIndex { $0.contains("✱ Needs work: 16 of 16 h/week to find") })
        #expect(canvas.role(ofText: "✱ Needs work", onRow: line) == .needsWork)
        #expect(!canvas.text.contains("Could help"))   // work, not advice: staffing suggestions do that
    }

    @Test func actionsTheRulesWouldRefuseSaySoBeforeAnyTyping() throws {
        var m = try Self.model(width: 120, height: 40)
        m.send(Keys.press(.down, .down, .down, .down))    // Koen's request; Eric is not Koen, and not a partner
        #expect(m.send(Keys.press(.char("m"))) == [])
        #expect(m.overlay == nil)
        #expect(m.render().text.contains("not possible: request 7 is Koen Brouwer's; only they or a partner can accept an offer on it"))
        m.send(Keys.press(.char("w")))
        #expect(m.render().text.contains("not possible: only Koen Brouwer, who asked, can withdraw request 7"))
        m.send(Keys.press(.char("j"), .char("j")))       // Tim's, on which Eric already offered
        m.send(Keys.press(.char("o")))
        #expect(m.render().text.contains("not possible: Eric Went already offered help on request 9"))
        m.send(Keys.press(.right, .right, .char("o")))   // Closed: Mei's
        #expect(m.render().text.contains("not possible: request 2 is closed; offers are closed"))
    }
}

@Suite("Help pane, saving")
struct HelpPaneSavingTests {
    @Test func askForAdviceSeeWhoCouldHelpAndWhy() throws {
        try TUIFixture.withStore { store, dir in
            var events = Keys.press(.char("3"), .char("n"))
            events += Keys.press(.tab) + Keys.type("infographic, print")                     // Topic: a near miss
            let backend = FakeBackend(width: 120, height: 40, events: events)
            let dashboard = Dashboard.scripted(store: store, actor: "lotte", backend: backend, today: TUIFixture.today)
            backend.onIdle = [{
                Snapshot.check(backend.lastScreen, named: "help-ask-form-120x40")
                #expect(backend.lastScreen.contains("new topic 'infographic': did you mean 'infographics'? (Enter keeps it)"))
                backend.events = Keys.press(.tab) + Keys.type("Who knows a good risograph printer?") + Keys.press(.enter)
            }, {}]
            try dashboard.run()
            let saved = try #require(try Store(directory: dir).state.requests.last)
            #expect(saved.from == "lotte")
            #expect(saved.tags == ["infographic", "print"])
            #expect(saved.text == "Who knows a good risograph printer?")
            let screen = backend.lastScreen
            Snapshot.check(screen, named: "help-asked-120x40")
            #expect(screen.contains("saved, note: topic 'infographic' is new; did you mean 'infographics' (used 6 times)?"))
            #expect(screen.contains("Request 11 · advice · open"))
            #expect(screen.contains("Could help (skills or Share pitch match)"))
            #expect(screen.contains("Zoë de Vries"))
            #expect(screen.contains("│   skill infographics (for infographic) ·"))
            #expect(dashboard.model.help.selectedRequest == 11)
        }
    }

    @Test func offerAcceptAndCloseThroughTheForms() throws {
        try TUIFixture.withStore { store, dir in
            // Zoë offers on Fleur's question (the newest advice request, 8).
            let offer = FakeBackend(width: 100, height: 30, events: Keys.press(.char("3"), .char("G"), .char("k"), .char("k"), .char("o"))
                                    + Keys.type("I use the 2024 version; happy to send it.") + Keys.press(.enter))
            try Dashboard.scripted(store: store, actor: "zoe", backend: offer, today: TUIFixture.today).run()
            #expect(try Store(directory: dir).state.request(8)?.offers.map(\.member) == ["zoe"])
            #expect(offer.lastScreen.contains("saved: Zoë de Vries offers help on request 8"))

            // Fleur accepts (one offer: Enter takes it) and closes with a note.
            let accept = FakeBackend(width: 100, height: 30, events: Keys.press(.char("3"), .char("G"), .char("k"), .char("k"), .char("m"), .enter))
            try Dashboard.scripted(store: store, actor: "fleur", backend: accept, today: TUIFixture.today).run()
            #expect(try Store(directory: dir).state.request(8)?.accepted == "zoe")
            #expect(accept.lastScreen.contains("saved: request 8 matched: Fleur Mulder accepts Zoë de Vries's offer"))

            let close = FakeBackend(width: 100, height: 30, events: Keys.press(.char("3"), .char("G"), .char("k"), .char("k"), .char("c"))
                                    + Keys.type("Zoë's copy was what I needed.") + Keys.press(.enter))
            try Dashboard.scripted(store: store, actor: "fleur", backend: close, today: TUIFixture.today).run()
            let r = try #require(try Store(directory: dir).state.request(8))
            #expect(r.status == .closed)
            #expect(r.closingNote == "Zoë's copy was what I needed.")
            #expect(try HistoryLog.read(directory: dir).suffix(3).map(\.by) == ["zoe", "fleur", "fleur"])
        }
    }

    /// An empty closing note asks first; the keys typed after the question
    /// go into the note, never to the list behind the form.
    @Test func closingWithoutANoteAsksFirst() throws {
        try TUIFixture.withStore { store, dir in
            let close = FakeBackend(width: 100, height: 30, events: Keys.press(.char("3"), .char("G"), .char("k"), .char("k"), .char("c"), .enter))
            close.onIdle = [{
                #expect(close.lastScreen.contains("Close request 8 without a note on what came of it?"))
                close.events += Keys.type("jk") + Keys.press(.enter)
            }]
            try Dashboard.scripted(store: store, actor: "fleur", backend: close, today: TUIFixture.today).run()
            let r = try #require(try Store(directory: dir).state.request(8))
            #expect(r.status == .closed)
            #expect(r.closingNote == "jk", "the keys went into the note")
        }
        try TUIFixture.withStore { store, dir in
            let empty = FakeBackend(width: 100, height: 30, events: Keys.press(.char("3"), .char("G"), .char("k"), .char("k"), .char("c"), .enter))
            empty.onIdle = [{
                #expect((try? Store(directory: dir).state.request(8)?.status) != .closed, "not closed before the answer")
                empty.events += Keys.press(.enter)
            }]
            try Dashboard.scripted(store: store, actor: "fleur", backend: empty, today: TUIFixture.today).run()
            let r = try #require(try Store(directory: dir).state.request(8))
            #expect(r.status == .closed, "Enter twice closes without a note")
            #expect(r.closingNote ?? "" == "")
        }
    }

    @Test func withdrawAsksFirstAndOnlyTheAskerCan() throws {
        try TUIFixture.withStore { store, dir in
            let no = FakeBackend(width: 100, height: 30, events: Keys.press(.char("3"), .char("G"), .char("k"), .char("k"), .char("w"), .char("n")))
            try Dashboard.scripted(store: store, actor: "fleur", backend: no, today: TUIFixture.today).run()
            #expect(try Store(directory: dir).state.request(8)?.status == .open)
            let yes = FakeBackend(width: 100, height: 30, events: Keys.press(.char("3"), .char("G"), .char("k"), .char("k"), .char("w")))
            yes.onIdle = [{
                #expect(yes.lastScreen.contains("Withdraw request 8"))
                yes.events = Keys.press(.char("y"))
            }, {}]
            try Dashboard.scripted(store: store, actor: "fleur", backend: yes, today: TUIFixture.today).run()
            #expect(try Store(directory: dir).state.request(8)?.status == .withdrawn)
            #expect(yes.lastScreen.contains("saved: request 8 withdrawn"))
        }
    }

    @Test func aRefusalInAFormStaysInTheForm() throws {
        try TUIFixture.withStore { store, dir in
            // Needs work without hours: the domain's words beside the field.
            let events = Keys.press(.char("3"), .char("n"), .right, .tab, .tab, .tab, .enter)
            let backend = FakeBackend(width: 100, height: 30, events: events)
            let dashboard = Dashboard.scripted(store: store, actor: "lotte", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            #expect(backend.lastScreen.contains("a 'needs work' request needs the hours a week you would like to fill"))
            guard case let .form(form)? = dashboard.model.overlay else { Issue.record("the form closed"); return }
            #expect(form.fields[form.focus].key == "hours")
            #expect(try Store(directory: dir).state.requests.count == 10)
        }
    }

    @Test func anOfferFromAnotherProcessShowsUpInTheOpenPane() throws {
        try TUIFixture.withStore { store, dir in
            let backend = FakeBackend(width: 120, height: 40, events: Keys.press(.char("3"), .char("G"), .char("k"), .char("k")))
            let dashboard = Dashboard.scripted(store: store, actor: "fleur", backend: backend, today: TUIFixture.today)
            backend.onIdle = [{
                let other = try! Store(directory: dir)
                try! other.apply(.offerHelp(request: 8, member: "anais", note: "I translated them last year."),
                                 context: ChangeContext(actor: "anais", today: TUIFixture.today))
            }, {}]
            try dashboard.run()
            let screen = backend.lastScreen
            #expect(screen.contains("reloaded: anais Anaïs Laurent offers help on request 8"))
            #expect(screen.contains("Offers (1)"))
            #expect(screen.contains("I translated them last year."))
            #expect(dashboard.model.help.selectedRequest == 8)
        }
    }
}

@Suite("Help in the member directory")
struct HelpInTheDirectoryTests {
    @Test func aMembersDetailShowsTheirOpenRequestsAndOffers() throws {
        // Enter keeps the filter, the second opens the member full size.
        var m = AppModel(state: try TUIFixture.unit2(), actor: "eric", today: TUIFixture.today, width: 120, height: 45)
        m.send(Keys.press(.char("/")) + Keys.type("eric went") + Keys.press(.enter, .enter))
        let eric = m.render().text
        #expect(eric.contains("offers on 9 (Tim van Dijk): Quiet after the festival season"))
        m.send(Keys.press(.escape, .char("/"), .ctrl("u")) + Keys.type("lotte") + Keys.press(.enter, .enter))
        let lotte = m.render().text
        #expect(lotte.contains("asks 3 (matched, 2 offers): Looking for an accountant"))
    }

    @Test func staffingTheHoursTakesTheMarkAway() throws {
        var state = try TUIFixture.unit2()
        let ctx = ChangeContext(actor: "eric", today: TUIFixture.today)
        func thijsRow(_ s: NetworkState) -> String? {
            AppModel(state: s, actor: "eric", today: TUIFixture.today, width: 120, height: 45).render().text
                .split(separator: "\n").map(String.init).first { $0.contains("Thijs Bakker") }
        }
        #expect(thijsRow(state)?.contains("Thijs Bakker ✱") == true)
        // Incoming infographics work, won, with Thijs on it for his 16 hours.
        let p = try #require(state.projects.first { $0.title == "Infographics for a research report" })
        _ = try state.apply(.setLead(project: p.id, member: "zoe"), context: ctx)
        _ = try state.apply(.moveProject(project: p.id, to: .proposal, reason: nil, note: ""), context: ctx)
        _ = try state.apply(.moveProject(project: p.id, to: .active, reason: nil, note: ""), context: ctx)
        _ = try state.apply(.allocate(project: p.id, Allocation(member: "thijs", hoursPerWeek: 16, range: p.period)), context: ctx)
        #expect(thijsRow(state)?.contains("✱") == false)
        var m = AppModel(state: state, actor: "eric", today: TUIFixture.today, width: 120, height: 40)
        m.send(Keys.press(.char("3"), .down, .down, .down))
        #expect(m.render().text.contains("Needs work: met"))
    }

    @Test func theSharePitchEditedInTheDirectoryIsFoundInHelp() throws {
        try TUIFixture.withStore { store, dir in
            // Anaïs is first in the directory; her pitch is the form's last field.
            var events = Keys.press(.char("e"), .backTab, .ctrl("u")) + Keys.type("Translates and also prints on a risograph.")
            events += Keys.press(.enter, .char("3"), .left, .char("/")) + Keys.type("risograph")
            let backend = FakeBackend(width: 120, height: 40, events: events)
            let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            #expect(try Store(directory: dir).state.member("anais")?.pitch == "Translates and also prints on a risograph.")
            #expect(dashboard.model.help.rows.map { dashboard.model.help.members[$0].id } == ["anais"])
            #expect(backend.lastScreen.contains("│ Translates and also prints on a"))
        }
    }
}
