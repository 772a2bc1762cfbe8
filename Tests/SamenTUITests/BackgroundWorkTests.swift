import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// A year's search text is built off the UI thread: keys never wait for it,
/// the screen says it is coming, and it arrives as a message through `update`.
@Suite("Background work")
struct BackgroundWorkTests {
    /// The pane open on the ledger as Pierre, with no background work done yet.
    static func ledgerWaiting() throws -> AppModel {
        var model = AppModel(state: try FinancesFixture.stGroep(), actor: "pierre", today: FinancesFixture.today, width: 120, height: 40)
        model.sendWithoutWaiting(Keys.press(.char("4"), .char("l")))
        return model
    }

    static func jobs(_ effects: [Effect]) -> [BackgroundJob] {
        effects.compactMap { if case let .background(job) = $0 { return job } else { return nil } }
    }

    @Test func showingTheFinancesAsksForTheYearsSearchTextAsWork() throws {
        var model = AppModel(state: try FinancesFixture.stGroep(), actor: "pierre", today: FinancesFixture.today, width: 120, height: 40)
        #expect(Self.jobs(model.update(.key(.char("1")))).isEmpty, "the directory needs no background work")
        let jobs = Self.jobs(model.update(.key(.char("4"))))
        #expect(jobs.map(\.name) == ["ledger search text of 2026, data version 1"])
    }

    @Test func aFilterTypedBeforeTheTextArrivesSaysSoAndIsAppliedWhenItComes() throws {
        var model = try Self.ledgerWaiting()
        let effects = model.sendWithoutWaiting(Keys.press(.char("/")) + Keys.type("kind:cost"))
        // The keys were all taken (the filter reads what was typed), nothing blocked on the text.
        #expect(model.finances.filter == "kind:cost")
        let screen = model.render().text
        #expect(screen.contains("Searching the 2026 entries..."))
        #expect(screen.contains("searching"))
        #expect(!screen.contains("Nothing in 2026 matches"))
        #expect(model.finances.rows.isEmpty)
        // The work comes back as a message; the filter is applied then.
        let job = try #require(Self.jobs(effects).last)
        #expect(Self.jobs(model.update(.background(job.run()))).isEmpty, "nothing more is wanted once it is here")
        #expect(!model.finances.rows.isEmpty)
        #expect(model.finances.rows.allSatisfy { model.finances.index.entries[$0].kind == .cost || model.finances.index.countsAs[$0] == .cost })
        #expect(!model.render().text.contains("Searching"))
    }

    @Test func aResultMadeFromDataSinceReplacedIsDropped() throws {
        var model = try Self.ledgerWaiting()
        let old = try #require(Self.jobs(model.sendWithoutWaiting(Keys.press(.char("/")) + Keys.type("kind:cost"))).last)
        // The data changes (another process saved) before the text arrives.
        let reloaded = model.update(.reloaded(model.state, summary: "reloaded: the data changed on disk"))
        let fresh = try #require(Self.jobs(reloaded).last)
        #expect(fresh.name == "ledger search text of 2026, data version 2")
        _ = model.update(.background(old.run()))
        #expect(model.finances.awaitingText, "a text of the old data is not used for the new")
        _ = model.update(.background(fresh.run()))
        #expect(!model.finances.awaitingText && !model.finances.rows.isEmpty)
    }

    /// The real runner: work on another core, keys handled meanwhile, the
    /// result shown once it is back, with no key pressed after it.
    @Test func theDashboardShowsTheResultWhenItComesBack() throws {
        try FinancesFixture.withStore { store, _ in
            let backend = FakeBackend(width: 120, height: 40, events: Keys.press(.char("4"), .char("l"), .char("/")) + Keys.type("kind:cost"))
            // Quiet turns of the loop after the keys (up to two seconds), for the work to come back.
            let dashboard = Dashboard(store: store, actor: "pierre", backend: backend, today: FinancesFixture.today)
            backend.onIdle = Array(repeating: { [weak dashboard] in if dashboard?.model.finances.awaitingText == true { usleep(20_000) } }, count: 100)
            try dashboard.run()
            #expect(!dashboard.model.finances.awaitingText)
            #expect(!dashboard.model.finances.rows.isEmpty)
            #expect(backend.lastScreen.contains("/\(dashboard.model.finances.yearCount) entries in 2026"))
            #expect(!backend.lastScreen.contains("Searching"))
        }
    }
}
