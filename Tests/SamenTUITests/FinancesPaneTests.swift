import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The ST-groep demo on 2026-11-23, as the Finances pane shows it: 2024 and
/// 2025 closed (distributed in January), 2026 open; a computers cost booked
/// twice in September 2026 and corrected.
enum FinancesFixture {
    static let today = TUIFixture.today

    static func stGroep() throws -> NetworkState { try DemoNetwork.stGroep.build(today: today) }

    /// The pane open, as Pierre (a partner), then `keys`.
    static func model(_ state: NetworkState, width: Int = 120, height: Int = 40, actor: String = "pierre", _ keys: [InputEvent] = []) -> AppModel {
        var model = AppModel(state: state, actor: actor, today: today, width: width, height: height)
        model.send(Keys.press(.char("4")) + keys)
        return model
    }

    /// A data directory with the ST-groep demo, removed when `body` returns.
    static func withStore(_ body: (Store, String) throws -> Void) throws {
        var template = "/tmp/samen-fin-XXXXXX".utf8CString
        let dir = String(cString: template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }!)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try Store.create(at: dir + "/data", state: try stGroep(), actor: "test", summary: "test")
        try body(store, dir + "/data")
    }

    /// Runs the dashboard on the store with `events` after `4`.
    @discardableResult
    static func run(_ store: Store, _ events: [InputEvent], actor: String = "pierre", width: Int = 120, height: Int = 40) throws -> (Dashboard, FakeBackend) {
        let backend = FakeBackend(width: width, height: height, events: Keys.press(.char("4")) + events)
        let dashboard = Dashboard.scripted(store: store, actor: actor, backend: backend, today: today)
        dashboard.executor = .inline
        try dashboard.run()
        return (dashboard, backend)
    }

    static func money(_ m: Money) -> String { m.format(.nl) }
}

@Suite("Finances pane")
struct FinancesPaneTests {
    // MARK: Overview

    @Test func overviewAtBothSizesShowsTheReportsNumbers() throws {
        let state = try FinancesFixture.stGroep()
        let report = state.financeReport(year: 2026)
        for (w, h) in [(80, 24), (120, 40)] {
            let model = FinancesFixture.model(state, width: w, height: h)
            let screen = model.render().text
            Snapshot.check(screen, named: "finances-overview-\(w)x\(h)")
            #expect(screen.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= w })
            #expect(screen.contains("2026 · open"))
            #expect(screen.contains("Result") && screen.contains(FinancesFixture.money(report.result)))
            #expect(screen.contains(FinancesFixture.money(report.contributions)))
            // Each partner's share, and why: the weight.
            for s in report.distribution {
                #expect(screen.contains(s.name) && screen.contains(FinancesFixture.money(s.amount)))
            }
            #expect(screen.contains("1/3"))
            #expect(screen.contains("projected: 2026 is not closed"))
        }
        // At 120 columns everything is on one screen: costs by category with bars, and the months.
        let wide = FinancesFixture.model(state).render().text
        for c in report.costsByCategory { #expect(wide.contains(c.category)) }
        #expect(wide.contains("Month by month") && wide.contains("Dec ") && wide.contains("Contributions by member"))
        #expect(wide.contains("secretary     29.207,40 ████"))
    }

    @Test func bracketsWalkTheYearsAndAClosedYearSaysWhenItWasDistributed() throws {
        let state = try FinancesFixture.stGroep()
        var model = FinancesFixture.model(state)
        #expect(model.finances.years == 2024...2026)
        // The latest years' reports are worked out with the pane, so `[` and `]` only draw.
        #expect(Set(model.finances.reportYears) == [2024, 2025, 2026])
        #expect(model.finances.reports[2025] == state.financeReport(year: 2025))
        model.send(Keys.press(.char("[")))
        #expect(model.finances.year == 2025)
        let screen = model.render().text
        let r2025 = state.financeReport(year: 2025)
        #expect(r2025.isClosed)
        #expect(screen.contains("2025 · closed 2026-01-20"))
        #expect(screen.contains("distributed on 2026-01-20"))
        #expect(screen.contains(FinancesFixture.money(r2025.result)))
        for s in r2025.distribution { #expect(screen.contains(FinancesFixture.money(s.amount))) }
        model.send(Keys.press(.char("["), .char("[")))
        #expect(model.finances.year == 2024)
        #expect(model.render().text.contains("no entries before 2024"))
        model.send(Keys.press(.char("]"), .char("]"), .char("]")))
        #expect(model.finances.year == 2026)
        #expect(model.render().text.contains("2026 is the last year with entries"))
    }

    // MARK: Ledger

    @Test func ledgerAtBothSizes() throws {
        let state = try FinancesFixture.stGroep()
        for (w, h) in [(80, 24), (120, 40)] {
            let model = FinancesFixture.model(state, width: w, height: h, Keys.press(.char("l")))
            let screen = model.render().text
            Snapshot.check(screen, named: "finances-ledger-\(w)x\(h)")
            #expect(screen.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= w })
            #expect(screen.contains("BALANCE €"))
            #expect(screen.contains("entries in 2026"))
        }
    }

    /// The balance column is the undistributed result: it ends each year at
    /// what it began with plus the year's result, minus what was distributed.
    @Test func runningBalanceAgreesWithTheReport() throws {
        let state = try FinancesFixture.stGroep()
        var model = FinancesFixture.model(state, Keys.press(.char("l"), .char("G")))
        let index = model.finances.index
        for year in 2024...2026 {
            let r = state.financeReport(year: year)
            let distributed = r.isClosed ? r.distribution.reduce(Money.zero) { $0 + $1.amount } : .zero
            let last = try #require(index.positions(in: year).last)
            #expect(index.balance[last] == index.opening[year]! + r.result.cents - distributed.cents, "year \(year)")
        }
        // The last row of 2026 shows it.
        let last = try #require(index.positions(in: 2026).last)
        let shown = Money(cents: index.balance[last]).format(.nl, symbol: false)
        #expect(model.render().text.contains(shown))
        model.send(Keys.press(.char("[")))
        #expect(model.render().text.contains("entries in 2025"))
    }

    @Test func filterAsYouTypeWithWordsAndFields() throws {
        let state = try FinancesFixture.stGroep()
        var model = FinancesFixture.model(state, Keys.press(.char("l"), .char("/")) + Keys.type("kind:cost"))
        let costs = model.finances.rows.map { model.finances.index.entries[$0] }
        #expect(!costs.isEmpty)
        #expect(costs.allSatisfy { $0.kind == .cost || model.finances.index.countsAs[model.finances.index.position(of: $0.id)!] == .cost })
        #expect(model.render().text.contains("Filter: kind:cost"))
        // A second word narrows: the replacement laptop booked twice, and its correction.
        model.send(Keys.type(" replacement"))
        let laptop = model.finances.rows.map { model.finances.index.entries[$0] }
        #expect(laptop.map(\.kind) == [.cost, .cost, .correction])
        model.send(Keys.press(.ctrl("u")) + Keys.type("member:katleen"))
        let katleen = model.finances.rows.map { model.finances.index.entries[$0] }
        #expect(!katleen.isEmpty && katleen.allSatisfy { $0.member == "katleen" })
        // Part of a name works too; nothing matching says so.
        model.send(Keys.press(.ctrl("u")) + Keys.type("member:verbeek"))
        #expect(model.finances.rows.count == katleen.count)
        model.send(Keys.press(.ctrl("u")) + Keys.type("zzzz"))
        #expect(model.render().text.contains("Nothing in 2026 matches 'zzzz'. Esc clears the filter."))
        model.send(Keys.press(.escape))
        #expect(model.finances.filter.isEmpty && !model.finances.filtering)
        #expect(model.finances.rows.count == model.finances.yearCount)
    }

    @Test func theDoubleBookingShowsItsCorrectionBothWays() throws {
        let state = try FinancesFixture.stGroep()
        var model = FinancesFixture.model(state, Keys.press(.char("/")) + Keys.type("replacement") + Keys.press(.enter, .down))
        let twice = try #require(model.finances.selectedEntry)
        let correction = try #require(state.ledger.first { $0.kind == .correction && $0.relatesTo == twice.id })
        var screen = model.render().text
        #expect(screen.contains("Entry \(twice.id) · cost · \(twice.date)"))
        #expect(screen.contains("Corrected by entry \(correction.id) on \(correction.date)"))
        #expect(screen.contains("annemiek: booked twice; the supplier") && screen.contains("│ sent one invoice"))
        model.send(Keys.press(.down, .enter))
        screen = model.render().text
        #expect(model.finances.detailOnly)
        #expect(screen.contains("Entry \(correction.id) · correction of a cost"))
        #expect(screen.contains("Reverses entry \(twice.id)"))
        Snapshot.check(screen, named: "finances-correction-detail-120x40")
    }

    @Test func aRevenueShowsItsContribution() throws {
        let state = try FinancesFixture.stGroep()
        let model = FinancesFixture.model(state, Keys.press(.char("/")) + Keys.type("kind:revenue member:katleen") + Keys.press(.enter))
        let revenue = try #require(model.finances.selectedEntry)
        let contribution = try #require(state.ledger.first { $0.kind == .contribution && $0.relatesTo == revenue.id })
        let screen = model.render().text
        #expect(screen.contains("Contribution"))
        #expect(screen.contains("entry \(contribution.id): \(FinancesFixture.money(contribution.amount)), 10 % of \(FinancesFixture.money(revenue.amount))"))
    }

    // MARK: Statements and rates

    @Test func statementsAtBothSizesAndOneOpened() throws {
        let state = try FinancesFixture.stGroep()
        for (w, h) in [(80, 24), (120, 40)] {
            let model = FinancesFixture.model(state, width: w, height: h, Keys.press(.char("s")))
            let screen = model.render().text
            Snapshot.check(screen, named: "finances-statements-\(w)x\(h)")
            #expect(screen.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= w })
        }
        var model = FinancesFixture.model(state, width: 80, height: 24, Keys.press(.char("s")))
        let names = model.finances.yearStatements.map(\.name)
        #expect(names == names.sorted())
        let at = try #require(names.firstIndex(of: "Katleen Verbeek"))
        model.send(Array(repeating: .key(.down), count: at) + Keys.press(.enter))
        let statement = try state.memberStatement(member: "katleen", year: 2026)
        var screen = model.render().text
        Snapshot.check(screen, named: "finances-statement-katleen-80x24")
        #expect(screen.contains("Katleen Verbeek (katleen) · associate · statement 2026"))
        #expect(screen.contains("= balance due at the end of 2026") && screen.contains(FinancesFixture.money(statement.balanceDue)))
        #expect(screen.contains("+ contributions (10 % of revenue)") && screen.contains(FinancesFixture.money(statement.contributions)))
        // Another year keeps the same member open.
        model.send(Keys.press(.char("[")))
        screen = model.render().text
        let earlier = try state.memberStatement(member: "katleen", year: 2025)
        #expect(screen.contains("statement 2025") && screen.contains(FinancesFixture.money(earlier.balanceDue)))
    }

    @Test func aPartnersStatementShowsTheirShareAndWhy() throws {
        let state = try FinancesFixture.stGroep()
        var model = FinancesFixture.model(state, width: 120, height: 40, Keys.press(.char("s")))
        let at = try #require(model.finances.yearStatements.firstIndex { $0.member == "pierre" })
        model.send(Array(repeating: .key(.down), count: at) + Keys.press(.enter))
        let statement = try state.memberStatement(member: "pierre", year: 2026)
        let screen = model.render().text
        #expect(screen.contains("Share of the 2026 result (1/3)"))
        #expect(screen.contains(FinancesFixture.money(try #require(statement.shareOfResult))))
        #expect(screen.contains("projected"))
    }

    @Test func rateCardWithItsHistoryAtBothSizes() throws {
        let state = try FinancesFixture.stGroep()
        for (w, h) in [(80, 24), (120, 40)] {
            let model = FinancesFixture.model(state, width: w, height: h, Keys.press(.char("R")))
            let screen = model.render().text
            Snapshot.check(screen, named: "finances-rates-\(w)x\(h)")
            #expect(screen.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= w })
            // The raise of January 2026, with the rate before it.
            #expect(screen.contains("medior     small     € 102,00  2026-01-01  € 95,00 from 2020-01-01 (+7,4 %)"))
            #expect(screen.contains("associate                10 %  2023-01-01"))
        }
        // A year before the raise shows the rate then, and the raise as what came later, not as planned.
        let before = FinancesFixture.model(state, width: 120, height: 40, Keys.press(.char("R")) + Keys.press(.char("["))).render().text
        #expect(before.contains("medior     small      € 95,00  2020-01-01  € 102,00 from 2026-01-01 (later)"))
    }

    // MARK: Keys

    @Test func theKeyListAndTheBottomLineNameEveryFinancesKey() throws {
        let state = try FinancesFixture.stGroep()
        var model = FinancesFixture.model(state, width: 120, height: 40, Keys.press(.char("l")))
        let bottom = model.render().text.split(separator: "\n").last.map(String.init) ?? ""
        for k in ["[ ] year", "/ filter", "n new", "r correct", "Enter open", "? all keys", "q quit"] { #expect(bottom.contains(k), "\(k)") }
        model.send(Keys.press(.char("?")))
        let screen = model.render().text
        Snapshot.check(screen, named: "finances-keys-120x40")
        for k in ["[ ]", "o l s R", "Enter", "Esc", "/", "n ", "r ", "Tab Shift-Tab", "1 2 3 4", "Ctrl-L", "q  Ctrl-C"] {
            #expect(screen.contains("│ \(k)"), "\(k) is listed")
        }
        #expect(screen.contains("correct the selected entry"))
    }

    @Test func viewsSwitchWithLettersAndArrows() throws {
        var model = FinancesFixture.model(try FinancesFixture.stGroep())
        #expect(model.finances.view == .overview)
        model.send(Keys.press(.right))
        #expect(model.finances.view == .ledger)
        model.send(Keys.press(.char("s")))
        #expect(model.finances.view == .statements)
        model.send(Keys.press(.char("R")))
        #expect(model.finances.view == .rates)
        model.send(Keys.press(.right))
        #expect(model.finances.view == .overview)
        model.send(Keys.press(.left))
        #expect(model.finances.view == .rates)
        // Tab and 1-4 are still the dashboard's.
        model.send(Keys.press(.tab))
        #expect(model.pane == .members)
    }

    /// A cost booked ahead as planned is "still to come" until its day, and
    /// not after it: the overview is worked out for the day it is shown on,
    /// as `samen finance report` is (issue 13: it counted every planned entry).
    @Test func aPlannedCostIsAheadUntilItsDayComes() throws {
        // Unit-2: a collective without partners, whose overview says what is still open and what is ahead.
        var state = try TUIFixture.unit2()
        let day = FinancesFixture.today.advanced(by: 5)
        var cost = LedgerEntry(id: 0, kind: .cost, date: day, amount: Money(cents: 12_345_00), category: "rent",
                               at: Timestamp(iso: "2026-11-23T10:00:00Z")!, by: "eric")
        cost.planned = true
        _ = try state.apply(.addLedgerEntry(cost), context: ChangeContext(identity: .administrator("test"), today: FinancesFixture.today))
        var model = FinancesFixture.model(state, actor: "eric")
        #expect(model.render().text.contains("booked ahead as planned, not yet come: costs € 12.345,00"))
        _ = model.update(.today(day.advanced(by: 1)))
        let after = model.render().text
        #expect(!after.contains("booked ahead as planned"), "\(after)")
    }
}

extension FinancesPaneTests {
    /// Without a UTF-8 locale every view is drawn in ASCII: bars of `#`,
    /// `x` and `<` for corrected entries and corrections, `-` for the dot.
    @Test func everyViewIsASCIIWithoutUnicode() throws {
        let state = try FinancesFixture.stGroep()
        for key in ["o", "l", "s", "R"] {
            var model = AppModel(state: state, actor: "pierre", today: FinancesFixture.today, width: 120, height: 40, unicode: false)
            model.send(Keys.press(.char("4"), .char(Character(key))))
            let screen = model.render().text
            #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "view \(key)")
            if key == "o" {
                Snapshot.check(screen, named: "finances-overview-ascii-120x40")
                #expect(screen.contains("secretary     29.207,40 #####"))
                #expect(screen.contains("2026 - open"))
            }
        }
    }

    @Test func anUnknownFieldIsSaidAndSearchedAsText() throws {
        var model = FinancesFixture.model(try FinancesFixture.stGroep(), Keys.press(.char("/")) + Keys.type("colour:red"))
        #expect(model.finances.rows.isEmpty)
        let screen = model.render().text
        #expect(screen.contains("'colour:' is not a field (kind: member: project: category:),") && screen.contains("searched as text."))
        model.send(Keys.press(.escape))
        #expect(model.finances.rows.count == model.finances.yearCount)
    }

    @Test func aClickSelectsAStatementAndAView() throws {
        var model = FinancesFixture.model(try FinancesFixture.stGroep(), Keys.press(.char("s")))
        model.send([.mouse(MouseEvent(kind: .click, x: 5, y: 2 + 2 + 3))])
        #expect(model.finances.statementCursor.selection == 3)
        let ledgerTab = try #require(model.financesViewTabs.first { $0.view == .ledger })
        model.send([.mouse(MouseEvent(kind: .click, x: ledgerTab.x + 1, y: 1))])
        #expect(model.finances.view == .ledger)
    }
}
