import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The member directory, a member's detail, its keys and forms, and the
/// capacity heat map, in Dutch (issue 15). Each screen is drawn in Dutch
/// inside `Language.$scoped`, so the English suites running beside it are
/// not touched; `DutchScreensTests` scans every snapshot here for English.
///
/// The demo's Share pitches are data written in English, and its e-mail
/// addresses end in `.example`; the first member's are shown on most of
/// these screens, so here she writes her pitch in Dutch and has a `.nl`
/// address, as a member of a Dutch network would (the scan looks for the
/// interface's English, and data is no part of the interface). Overlays
/// are drawn at sizes the English snapshots do not use: a name or skill
/// cut by a box's edge would otherwise leave the same fragment ("copyw")
/// that the English snapshot has, which the scan cannot tell from a word.
@Suite("Dutch member screens")
struct DutchMembersScreensTests {
    /// `body` in Dutch.
    func dutch<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.nl) { try body() } }

    static let pitch = "Vertaalt Frans en Engels naar Nederlands dat leest alsof het zo geschreven is."

    /// The Unit-2 demo with Anaïs's pitch in Dutch.
    static func state() throws -> NetworkState {
        var state = try Language.$scoped.withValue(.nl) { try TUIFixture.unit2() }
        var edit = MemberEdit(id: "anais")
        edit.pitch = pitch
        edit.email = "anais@unit-2.nl"
        _ = try state.apply(.editMember(edit), context: ChangeContext(identity: .administrator("test"), today: TUIFixture.today))
        return state
    }

    func model(width: Int, height: Int) throws -> AppModel {
        AppModel(state: try Self.state(), actor: "eric", today: TUIFixture.today, width: width, height: height)
    }

    /// A data directory with that network, removed when `body` returns.
    static func withStore(_ body: (Store, String) throws -> Void) throws {
        var template = "/tmp/samen-tui-nl-XXXXXX".utf8CString
        let dir = String(cString: template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }!)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try Store.create(at: dir + "/data", state: try state(), actor: "test", summary: "test")
        try body(store, dir + "/data")
    }

    @Test func theDirectoryAt80x24() throws {
        let screen = try dutch { try model(width: 80, height: 24).render().text }
        Snapshot.check(screen, named: "members-80x24.nl")
        #expect(screen.contains("NAAM"))
        #expect(screen.contains("40/40 leden"))
        #expect(screen.contains("Lid sinds"))
        #expect(try DutchScreensTests.untranslated(in: screen) == [])
    }

    @Test func theDirectoryAt120x40() throws {
        let screen = try dutch { try model(width: 120, height: 40).render().text }
        Snapshot.check(screen, named: "members-120x40.nl")
        #expect(screen.contains("VAARDIGHEDEN"))
        // Weeks as Dutch writes them in the member's capacity bars.
        #expect(screen.contains("wk 48 "))
        #expect(try DutchScreensTests.untranslated(in: screen) == [])
    }

    /// Enter: a member's detail, the whole pane.
    @Test func aMembersDetail() throws {
        let screen = try dutch { () throws -> String in
            var model = try model(width: 80, height: 24)
            model.send(Keys.press(.enter))
            return model.render().text
        }
        Snapshot.check(screen, named: "member-detail-80x24.nl")
        #expect(screen.contains("Komende 8 weken"))
        #expect(try DutchScreensTests.untranslated(in: screen) == [])
    }

    @Test func theDirectorysKeys() throws {
        let screen = try dutch { () throws -> String in
            var model = try model(width: 110, height: 30)
            model.send(Keys.press(.char("?")))
            return model.render().text
        }
        Snapshot.check(screen, named: "members-keys-110x30.nl")
        #expect(screen.contains("een lid toevoegen"))
        #expect(try DutchScreensTests.untranslated(in: screen) == [])
    }

    /// `n`: the add form, its choices in Dutch words (the value saved stays the English one).
    @Test func theAddMemberForm() throws {
        let (screen, form) = try dutch { () throws -> (String, FormState?) in
            var model = try model(width: 110, height: 32)
            model.send(Keys.press(.char("n")))
            return (model.render().text, model.openForm)
        }
        Snapshot.check(screen, named: "member-add-form-110x32.nl")
        #expect(screen.contains("Nieuw lid"))
        #expect(screen.contains("‹ lid ›"))
        #expect(form?.value("role") == "member")
        #expect(try DutchScreensTests.untranslated(in: screen) == [])
    }

    /// The sort and the filter in Dutch; a role is found by its Dutch name.
    @Test func sortingAndFilteringSpeakDutch() throws {
        try dutch {
            var model = try model(width: 120, height: 40)
            model.send(Keys.press(.char("s")))
            #expect(model.render().text.contains("volgorde: vrije uren, meeste eerst"))
            model.send(Keys.press(.char("s"), .char("s"), .char("s"), .char("/")) + Keys.type("lid"))
            let screen = model.render().text
            #expect(screen.contains("Zoeken: lid"))
            #expect(model.members.rows.count == 39)
        }
    }

    /// `/` while typing: the bar, and the keys that leave the filter.
    @Test func filteringAt80x24() throws {
        let screen = try dutch { () throws -> String in
            var model = try model(width: 80, height: 24)
            // Anaïs first, whose pitch is Dutch here (the demo's others are English data).
            model.send(Keys.press(.char("/")) + Keys.type("trans"))
            return model.render().text
        }
        Snapshot.check(screen, named: "members-filter-trans-80x24.nl")
        #expect(screen.contains("typ zoekterm"))
        #expect(try DutchScreensTests.untranslated(in: screen) == [])
    }

    /// `o` with Dutch dates typed (`vandaag`, `31-12`), and the detail after saving.
    @Test func timeOffWithADutchDate() throws {
        try Self.withStore { store, dir in
            let typed = Keys.press(.char("o")) + Keys.type("vandaag") + Keys.press(.tab) + Keys.type("31-12-2026")
            let form = FakeBackend(width: 110, height: 36, events: typed)
            try dutch { try Dashboard.scripted(store: store, actor: "anais", backend: form, today: TUIFixture.today).run() }
            Snapshot.check(form.lastScreen, named: "member-time-off-form-110x36.nl")
            #expect(form.lastScreen.contains("Vrij voor Anaïs Laurent"))
            #expect(try DutchScreensTests.untranslated(in: form.lastScreen) == [])

            let enter = typed + Keys.press(.tab) + Keys.type("vakantie") + Keys.press(.enter)
            let saving = FakeBackend(width: 110, height: 36, events: enter)
            try dutch { try Dashboard.scripted(store: store, actor: "anais", backend: saving, today: TUIFixture.today).run() }
            // The summary after "opgeslagen:" is the domain's (SamenCore's words, translated apart);
            // the next key clears the line, and the detail shows what was saved.
            #expect(saving.lastScreen.contains(" opgeslagen: "))
            let saved = FakeBackend(width: 110, height: 36, events: Keys.press(.down, .up))
            try dutch { try Dashboard.scripted(store: store, actor: "anais", backend: saved, today: TUIFixture.today).run() }
            let anais = try #require(try Store(directory: dir).state.member("anais"))
            #expect(anais.timeOff.contains(TimeOff(range: DateRange(TUIFixture.today, Day(iso: "2026-12-31")!)!, note: "vakantie")))
            #expect(saved.lastScreen.contains("Vrij         23-11-2026 t/m 31-12-2026 (vakantie)"))
            Snapshot.check(saved.lastScreen, named: "member-time-off-saved-110x36.nl")
        }
    }

    @Test func theHeatMapAt80x24() throws {
        let screen = try dutch { () throws -> String in
            var model = try model(width: 80, height: 24)
            model.send(Keys.press(.char("c")))
            return model.render().text
        }
        Snapshot.check(screen, named: "capacity-80x24.nl")
        #expect(screen.contains("wk  48  49  50"))
        #expect(screen.contains("overboekt"))
        #expect(try DutchScreensTests.untranslated(in: screen) == [])
    }

    /// `x` and `O`: the day asked, then the question before what cannot be undone.
    @Test func leavingAndTakingBackAskInDutch() throws {
        let screens = try dutch { () throws -> [String] in
            var state = try Self.state()
            let holiday = TimeOff(range: DateRange(Day(iso: "2026-12-21")!, Day(iso: "2027-01-03")!)!, note: "vakantie")
            _ = try state.apply(.addTimeOff(member: "anais", holiday), context: ChangeContext(identity: .administrator("test"), today: TUIFixture.today))
            var eric = AppModel(state: state, actor: "eric", today: TUIFixture.today, width: 104, height: 30)
            eric.send(Keys.press(.char("x")))
            let leaves = eric.render().text
            eric.send(Keys.press(.enter))
            let sure = eric.render().text
            var anais = AppModel(state: state, actor: "anais", today: TUIFixture.today, width: 104, height: 30)
            anais.send(Keys.press(.char("O")))
            let takeBack = anais.render().text
            #expect(anais.openForm?.value("period").hasPrefix("2026-12-21") == true, "the value stays ISO; the form shows Dutch")
            anais.send(Keys.press(.enter))
            return [leaves, sure, takeBack, anais.render().text]
        }
        Snapshot.check(screens[0], named: "member-leaves-form-104x30.nl")
        Snapshot.check(screens[1], named: "member-left-confirm-104x30.nl")
        Snapshot.check(screens[2], named: "member-take-back-form-104x30.nl")
        Snapshot.check(screens[3], named: "member-take-back-confirm-104x30.nl")
        #expect(screens[2].contains("21-12-2026 t/m 03-01-2027 (vakantie)"))
        for screen in screens { #expect(try DutchScreensTests.untranslated(in: screen) == []) }
    }

    /// `e`: new hours typed with a decimal comma from a Dutch day; a slip is named in Dutch.
    @Test func theEditFormInDutch() throws {
        let screen = try dutch { () throws -> String in
            var model = try model(width: 104, height: 36)
            model.send(Keys.press(.char("e"), .tab, .tab, .tab, .tab, .tab) + Keys.type("2,5") + Keys.press(.tab) + Keys.type("overmorgen") + Keys.press(.tab))
            return model.render().text
        }
        Snapshot.check(screen, named: "member-edit-form-104x36.nl")
        #expect(try DutchScreensTests.untranslated(in: screen) == [])
    }

    /// `m` on the heat map: the question, and a week count that does not fit.
    @Test func whoIsFreeInDutch() throws {
        let screen = try dutch { () throws -> String in
            var model = try model(width: 80, height: 24)
            model.send(Keys.press(.char("c"), .char("m"), .tab, .ctrl("u")) + Keys.type("99") + Keys.press(.enter))
            return model.render().text
        }
        Snapshot.check(screen, named: "capacity-who-is-free-80x24.nl")
        #expect(screen.contains("Wie is vrij?"))
        #expect(try DutchScreensTests.untranslated(in: screen) == [])
    }

    /// Enter on the map: the member, and the way back.
    @Test func aMemberFromTheHeatMap() throws {
        let screen = try dutch { () throws -> String in
            var model = try model(width: 80, height: 24)
            model.send(Keys.press(.char("c"), .enter))
            return model.render().text
        }
        Snapshot.check(screen, named: "capacity-member-80x24.nl")
        #expect(screen.contains("Esc terug naar de kaart"))
        #expect(try DutchScreensTests.untranslated(in: screen) == [])
    }

    @Test func theHeatMapsKeysInDutch() throws {
        let screen = try dutch { () throws -> String in
            var model = try model(width: 104, height: 30)
            model.send(Keys.press(.char("c"), .char("?")))
            return model.render().text
        }
        Snapshot.check(screen, named: "capacity-keys-104x30.nl")
        #expect(try DutchScreensTests.untranslated(in: screen) == [])
    }

    /// What the shell and a form say, in Dutch: the header's mark, a reload, a paste a number field refuses.
    @Test func theShellAndTheFormsSayItInDutch() {
        var verification = VerificationStatus()
        verification.directory = "/tmp/none"
        #expect(dutch { verification.mark(unicode: true)?.text } == "controleren")
        #expect(dutch { Dashboard.summary(of: []) } == "opnieuw geladen: de gegevens op schijf zijn veranderd")
        let error = dutch { () -> String? in
            var form = FormState(title: "Nieuw lid", purpose: .addMember,
                                 fields: [.init(key: "desks", label: "Werkplekken", kind: .number, value: "")])
            form.paste("twee")
            return form.error
        }
        #expect(error == "Werkplekken neemt alleen een getal; er is niets geplakt")
    }

    /// Decimals as Dutch writes them: the network's totals and a form's hours.
    @Test func decimalsHaveACommaInDutch() {
        #expect(dutch { CapacityCell.compact(7_240) } == "7,2k")
        #expect(CapacityCell.compact(7_240) == "7.2k")
        #expect(dutch { AppModel.hours(2.5) } == "2,5")
        #expect(AppModel.hours(2.5) == "2.5")
    }
}
