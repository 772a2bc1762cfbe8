import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// Issue 15: every screen at 80x24 in both languages, nothing cut off in a
/// way that loses meaning. The other suites draw these screens where they
/// test them, mostly at 100x30 or 120x40 where a form or a key list has
/// room; here each is drawn again at the smallest size Samen supports, in
/// English and in Dutch, from the same keys. Each must fit the width, and
/// the Dutch one must show no English (`DutchScreensTests` scans it too).
///
/// The keys and typed text are the person's, so a reason or a search is
/// typed in the language of the screen (`say`): English typed into a Dutch
/// screen would be English on it.
@Suite("Every screen at 80x24, in English and in Dutch")
struct EveryScreenAt80x24Tests {
    static let width = 80, height = 24

    /// The Unit-2 demo in the language being drawn. In Dutch, Anaïs (the
    /// directory's first row, whose detail most member screens show) has a
    /// Dutch pitch and a `.nl` address, as `DutchMembersScreensTests` gives
    /// her: the demo's addresses end in `.example`, data the scan cannot
    /// tell from English.
    static func unit2() throws -> NetworkState {
        Language.current == .nl ? try DutchMembersScreensTests.state() : try TUIFixture.unit2()
    }

    static func members() throws -> AppModel {
        AppModel(state: try unit2(), actor: "eric", today: TUIFixture.today, width: width, height: height)
    }

    /// A data directory holding `unit2()`, removed when `body` returns.
    static func withStore(_ body: (Store) throws -> Void) throws {
        var template = "/tmp/samen-80x24-XXXXXX".utf8CString
        let dir = String(cString: template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }!)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try body(try Store.create(at: dir + "/data", state: try unit2(), actor: "test", summary: "test"))
    }

    /// What a person types, in the language being drawn.
    static func say(_ en: String, _ nl: String) -> String { Language.current == .nl ? nl : en }

    /// Draws `make` in both languages (or only `languages`), snapshots each
    /// as `name-80x24` and `name-80x24.nl`, and checks what both must hold.
    static func check(_ name: String, in languages: [Language] = [.en, .nl], _ make: () throws -> String) throws {
        for language in languages {
            let screen = try Language.$scoped.withValue(language) { try make() }
            Snapshot.check(screen, named: "\(name)-80x24" + (language == .nl ? ".nl" : ""))
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count <= height, "\(name) in \(language): \(lines.count) lines")
            #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= width }, "\(name) in \(language) is wider than \(width)")
            if language == .nl {
                let left = try DutchScreensTests.untranslated(in: screen)
                #expect(left.isEmpty, "\(name) shows English in Dutch: \(left)")
            }
        }
    }

    // MARK: Members

    @Test func theMemberKeyList() throws {
        try Self.check("members-keys") {
            var model = try Self.members()
            model.send(Keys.press(.char("?")))
            return model.render().text
        }
    }

    /// At 80x24 the members' key list is longer than the screen: it says so
    /// on its frame and the bottom line, and scrolls to its last key.
    @Test func theKeyListScrollsToItsLastKey() throws {
        var model = try Self.members()
        model.send(Keys.press(.char("?")))
        var screen = model.render().text
        #expect(screen.contains("↓ more") && screen.contains("↑↓ scroll"))
        #expect(!screen.contains("q  Ctrl-C"))
        model.send(Keys.press(.char("G")))
        screen = model.render().text
        #expect(screen.contains("q  Ctrl-C        quit") && !screen.contains("↓ more"))
        #expect(screen.contains("filter by name, skill, city or role as you type; Esc") && screen.contains("clears"))
        // Made taller while scrolled to the end: the whole list, nothing above it hidden.
        var taller = model
        taller.send([.resize(width: 100, height: 40)])
        screen = taller.render().text
        #expect(screen.contains("↑ ↓  j k") && screen.contains("q  Ctrl-C") && !screen.contains(" ↑ ─") && !screen.contains("↓ more"))
        model.send(Keys.press(.char("g"), .escape))
        #expect(model.overlay == nil)
    }

    @Test func theDirectoryFilteredAsYouType() throws {
        try Self.check("members-filter-illus") {
            var model = try Self.members()
            model.send(Keys.press(.char("/")) + Keys.type("illus"))
            return model.render().text
        }
    }

    @Test func theFormForLeaving() throws {
        try Self.check("member-leaves-form") {
            var model = try Self.members()
            model.send(Keys.press(.char("x")))
            return model.render().text
        }
        try Self.check("member-left-confirm") {
            var model = try Self.members()
            model.send(Keys.press(.char("x"), .enter))
            return model.render().text
        }
    }

    @Test func theTimeOffForm() throws {
        try Self.check("member-time-off-form") {
            var model = try Self.members()
            model.send(Keys.press(.char("o")) + Keys.type("2026-12-21") + Keys.press(.tab) + Keys.type("2027-01-03")
                       + Keys.press(.tab) + Keys.type(Self.say("holiday", "vakantie")))
            return model.render().text
        }
    }

    @Test func newHoursAskFromWhichDay() throws {
        try Self.check("member-edit-hours-from") {
            var model = try Self.members()
            model.send(Keys.press(.char("e"), .tab, .tab, .tab, .tab, .tab) + Keys.type("8") + Keys.press(.tab) + Keys.type("2027-01-04"))
            return model.render().text
        }
    }

    /// Saved through a store: the refusal and the saved line come from the domain.
    @Test func aRefusedMemberFormAndSavedTimeOff() throws {
        try Self.check("member-form-refused") {
            var screen = ""
            try Self.withStore { store in
                var events = Keys.press(.char("n")) + Keys.type(Self.say("Noa Visser", "Sanne de Wit")) + Keys.press(.tab, .tab, .tab, .tab) + Keys.type("Leiden")
                events += Keys.press(.tab, .ctrl("u")) + Keys.type("95") + Keys.press(.enter)
                screen = try Self.dashboard(store, actor: "eric", events).lastScreen
            }
            return screen
        }
        try Self.check("member-time-off-saved") {
            var screen = ""
            try Self.withStore { store in
                let events = Keys.press(.char("o")) + Keys.type("2026-12-21") + Keys.press(.tab) + Keys.type("2027-01-03")
                    + Keys.press(.tab) + Keys.type(Self.say("holiday", "vakantie")) + Keys.press(.enter)
                screen = try Self.dashboard(store, actor: "anais", events).lastScreen
            }
            return screen
        }
    }

    // MARK: Projects

    @Test func theProjectKeyList() throws {
        // The Dutch one is `DutchProjectsScreensTests`'.
        try Self.check("projects-keys", in: [.en]) {
            var model = ProjectsFixture.model(try TUIFixture.unit2(), width: Self.width, height: Self.height)
            model.send(Keys.press(.char("?")))
            return model.render().text
        }
    }

    @Test func editingAndCancellingAProject() throws {
        try Self.check("project-edit-form") {
            var model = ProjectsFixture.model(try TUIFixture.unit2(), width: Self.width, height: Self.height)
            model.send(try ProjectEditFormTests.editSeventeen())
            return model.render().text
        }
        try Self.check("project-cancel-confirm") {
            var model = ProjectsFixture.model(try TUIFixture.unit2(), width: Self.width, height: Self.height)
            model.send(Array(try ProjectEditFormTests.editSeventeen().dropLast()) + Keys.press(.char("c"))
                       + Keys.type(Self.say("the cooperative found a volunteer", "de coöperatie vond een vrijwilliger")) + Keys.press(.enter))
            return model.render().text
        }
        try Self.check("project-edit-refused") {
            var screen = ""
            try TUIFixture.withStore { store, _ in
                let p = try ProjectEditFormTests.project(16)
                let events = TriageKeysTests.select(p) + Keys.press(.char("e"), .tab, .tab, .tab, .tab, .tab, .tab) + Keys.type("2") + Keys.press(.enter)
                screen = try TriageKeysTests.run(store, events, width: Self.width, height: Self.height).1.lastScreen
            }
            return screen
        }
    }

    @Test func aTeamJobNobodyCanDoAlone() throws {
        try Self.check("suggestions-congress-team") {
            SuggestionsViewTests().open(19, in: try TUIFixture.unit2(), width: Self.width, height: Self.height).render().text
        }
    }

    // MARK: Help

    @Test func theHelpKeyListShareAndFilter() throws {
        try Self.check("help-keys") {
            var m = try HelpPaneTests.model()
            m.send(Keys.press(.char("?")))
            return m.render().text
        }
        try Self.check("help-share") {
            var m = try HelpPaneTests.model()
            m.send(Keys.press(.left, .char("/")) + Keys.type(Self.say("microscope", "microscoop")))
            return m.render().text
        }
        try Self.check("help-filter") {
            var m = try HelpPaneTests.model()
            m.send(Keys.press(.char("/")) + Keys.type("saskia"))
            return m.render().text
        }
    }

    @Test func askingForHelp() throws {
        // The Dutch form is `DutchFinancesHelpScreensTests`'.
        try Self.check("help-ask-form", in: [.en]) {
            var m = try HelpPaneTests.model(actor: "lotte")
            m.send(Keys.press(.char("n")))
            return m.render().text
        }
        try Self.check("help-asked") {
            var screen = ""
            try TUIFixture.withStore { store, _ in
                let events = Keys.press(.char("3"), .char("n"), .tab) + Keys.type("infographics, print") + Keys.press(.tab)
                    + Keys.type(Self.say("Who knows a good risograph printer?", "Wie kent een goede risodrukker?")) + Keys.press(.enter)
                screen = try Self.dashboard(store, actor: "lotte", events).lastScreen
            }
            return screen
        }
    }

    @Test func aSharePitchSaved() throws {
        try Self.check("share-pitch-saved") {
            var screen = ""
            try TUIFixture.withStore { store, _ in
                let pitch = Self.say(SharePitchTests.newPitch, "Illustrator en animator van korte uitlegfilms die met de pen getekend lijken; "
                                     + "ook schetsreeksen, titels en af en toe een risoposter voor een festival dat ambachtelijk wil ogen.")
                let events = SharePitchTests.toShare("zoë") + Keys.press(.char("e")) + Keys.type(pitch) + Keys.press(.enter)
                screen = try Self.dashboard(store, actor: "zoe", events).lastScreen
            }
            return screen
        }
    }

    // MARK: Finances

    @Test func theFinanceKeyListAndTheOverviewInASCII() throws {
        try Self.check("finances-keys") {
            var model = FinancesFixture.model(try FinancesFixture.stGroep(), width: Self.width, height: Self.height, Keys.press(.char("l")))
            model.send(Keys.press(.char("?")))
            return model.render().text
        }
        try Self.check("finances-overview-ascii") {
            var model = AppModel(state: try FinancesFixture.stGroep(), actor: "pierre", today: FinancesFixture.today,
                                 width: Self.width, height: Self.height, unicode: false)
            model.send(Keys.press(.char("4"), .char("o")))
            return model.render().text
        }
    }

    @Test func aCorrectionAskedAndShown() throws {
        try Self.check("finances-correct-confirm") {
            let state = try FinancesFixture.stGroep()
            let cost = try #require(state.ledger.last { $0.kind == .cost && $0.date.year == 2026 })
            var model = FinancesFixture.model(state, width: Self.width, height: Self.height, Keys.press(.char("l"), .char("G")))
            while model.finances.selectedEntry?.id != cost.id { model.send(Keys.press(.up)) }
            model.send(Keys.press(.char("r")) + Keys.type(Self.say("wrong supplier", "verkeerde leverancier")) + Keys.press(.enter))
            return model.render().text
        }
        try Self.check("finances-correct-other-year") {
            let kindCost = Self.say("kind:cost", "soort:kosten")
            var model = FinancesFixture.model(try FinancesFixture.stGroep(), width: Self.width, height: Self.height)
            model.send(Keys.press(.char("l"), .char("["), .char("/")) + Keys.type(kindCost) + Keys.press(.enter, .char("G"), .char("r"))
                       + Keys.type(Self.say("paid by the landlord", "betaald door de verhuurder")) + Keys.press(.enter)
                       + Keys.type("2026-11-23") + Keys.press(.enter))
            return model.render().text
        }
        try Self.check("finances-correction-detail") {
            var model = FinancesFixture.model(try FinancesFixture.stGroep(), width: Self.width, height: Self.height)
            model.send(Keys.press(.char("l"), .char("/")) + Keys.type(Self.say("booked twice", "twee keer geboekt")) + Keys.press(.enter, .enter))
            return model.render().text
        }
    }

    @Test func sharingACost() throws {
        try Self.check("finances-share-cost") {
            var state = try TUIFixture.unit2()
            let cost = LedgerEntry(id: 0, kind: .cost, date: TUIFixture.today, amount: Money(euros: 700), category: Self.say("events", "activiteiten"),
                                   payee: "Copyshop", note: "printer", at: Timestamp(secondsSinceEpoch: 0), by: "")
            let noon = try #require(Timestamp(iso: TUIFixture.today.iso + "T12:00:00Z"))
            _ = try state.apply(.addLedgerEntry(cost), context: ChangeContext(identity: .administrator(Self.say("root", "penningmeester")), now: noon, today: TUIFixture.today))
            var model = AppModel(state: state, actor: "eric", today: TUIFixture.today, width: Self.width, height: Self.height)
            model.send(Keys.press(.char("4"), .char("l"), .char("G"), .char("S")))
            return model.render().text
        }
    }

    @Test func aPartnersPayoutAndHisStatementAfter() throws {
        try Self.check("finances-payout-form") {
            var model = FinancesFixture.model(try FinancesFixture.stGroep(), width: Self.width, height: Self.height)
            model.send(FinanceOperationFormTests.payout(amount: "11.711,00"))
            return model.render().text
        }
        try Self.check("finances-statement-after-payout") {
            var screen = ""
            try FinancesFixture.withStore { store, dir in
                try FinancesFixture.run(store, FinanceOperationFormTests.payout(amount: "11.711,00") + Keys.press(.enter), width: Self.width, height: Self.height)
                let list = FinancesFixture.model(try Store(directory: dir).state, Keys.press(.char("s"))).finances.yearStatements
                let pierre = try #require(list.firstIndex { $0.member == "pierre" })
                let events = Keys.press(.char("s")) + Array(repeating: .key(.down), count: pierre) + Keys.press(.enter)
                screen = try FinancesFixture.run(store, events, width: Self.width, height: Self.height).1.lastScreen
            }
            return screen
        }
    }

    /// The dashboard on `store` as `actor`, after `events`, run to the end.
    static func dashboard(_ store: Store, actor: String, _ events: [InputEvent]) throws -> FakeBackend {
        let backend = FakeBackend(width: width, height: height, events: events)
        let dashboard = Dashboard.scripted(store: store, actor: actor, backend: backend, today: TUIFixture.today)
        dashboard.executor = .inline
        try dashboard.run()
        return backend
    }
}
