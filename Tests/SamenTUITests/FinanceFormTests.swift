import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// `n` (a new entry by form, a revenue's contribution shown before saving)
/// and `r` (correct an entry: a reason, a question, then the save), through
/// a model and through a real store.
@Suite("Finance forms")
struct FinanceFormTests {
    /// `n`, then the amount and member typed into their fields (the kind stays revenue).
    static func revenue(amount: String, member: String = "katleen") -> [InputEvent] {
        Keys.press(.char("n"), .tab) + Keys.type(amount) + Keys.press(.tab, .tab, .ctrl("u")) + Keys.type(member)
    }

    static func form(_ model: AppModel) -> FormState? { model.openForm }

    @Test func theFormShowsTheContributionBeforeSaving() throws {
        let state = try FinancesFixture.stGroep()
        var model = FinancesFixture.model(state, width: 80, height: 24, Self.revenue(amount: "1.234,56"))
        let form = try #require(Self.form(model))
        #expect(form.notice == "contribution € 123,46: 10 % of € 1.234,56 (associate rate)")
        let screen = model.render().text
        Snapshot.check(screen, named: "finances-new-revenue-80x24")
        #expect(screen.contains("contribution € 123,46: 10 % of € 1.234,56 (associate rate)"))
        // A partner pays 15 %; the preview follows the member as it is typed.
        model.send(Keys.press(.ctrl("u")) + Keys.type("pierre"))
        #expect(Self.form(model)?.notice == "contribution € 185,18: 15 % of € 1.234,56 (partner rate)")
        model.send(Keys.press(.ctrl("u")) + Keys.type("nobody"))
        #expect(Self.form(model)?.notice == "no member 'nobody': the contribution follows their role's rate")
    }

    @Test func bothWaysOfWritingAnAmountSaveTheSameCents() throws {
        let state = try FinancesFixture.stGroep()
        for typed in ["1.234,56", "1234.56", "1234,56"] {
            var model = FinancesFixture.model(state, Self.revenue(amount: typed))
            let effects = model.send(Keys.press(.enter))
            guard case let .apply(.addLedgerEntry(e), origin)? = effects.first else { Issue.record("\(typed): nothing to save"); continue }
            #expect(origin == .financeForm)
            #expect(e.kind == .revenue && e.amount == Money(cents: 123_456) && e.member == "katleen" && e.date == FinancesFixture.today)
        }
    }

    @Test func anAmountThatDoesNotParseIsRefusedBesideItsField() throws {
        let state = try FinancesFixture.stGroep()
        for typed in ["12,3,4", "1.000.00"] {
            var model = FinancesFixture.model(state, Self.revenue(amount: typed))
            #expect(model.send(Keys.press(.enter)).isEmpty, "\(typed) was not saved")
            let form = try #require(Self.form(model))
            #expect(form.errorField == "amount")
            #expect(form.error?.hasPrefix("amount: '\(typed)' is not an amount") == true, "\(form.error ?? "")")
        }
        // Letters are not taken at all: the amount stays empty, and saving asks for one.
        var model = FinancesFixture.model(state, Self.revenue(amount: "abc"))
        #expect(Self.form(model)?.value("amount") == "")
        #expect(model.send(Keys.press(.enter)).isEmpty)
        #expect(Self.form(model)?.error == "amount: how much? e.g. 1.234,56")
    }

    /// Saved through the store: the contribution written is the one the form
    /// showed, and the ledger shows the revenue with its contribution below it.
    @Test func aSavedRevenueAndItsContributionAreInTheLedger() throws {
        try FinancesFixture.withStore { store, dir in
            let (dashboard, backend) = try FinancesFixture.run(store, Self.revenue(amount: "1.234,56") + Keys.press(.enter), width: 80, height: 24)
            let saved = try Store(directory: dir).state
            let revenue = try #require(saved.ledger.last { $0.kind == .revenue })
            let contribution = try #require(saved.ledger.last)
            #expect(revenue.amount == Money(cents: 123_456) && revenue.member == "katleen" && revenue.by == "pierre")
            #expect(contribution.kind == .contribution && contribution.relatesTo == revenue.id && contribution.amount == Money(cents: 12_346))
            let model = dashboard.model
            #expect(model.overlay == nil)
            #expect(model.finances.view == .ledger && model.finances.selectedEntry?.id == revenue.id)
            let screen = backend.lastScreen
            #expect(screen.contains("saved: revenue € 1.234,56 on 2026-11-23 (katleen)"))
            #expect(screen.contains(" \(contribution.id) 2026-11-23 contribution Katleen Verbeek"))
            #expect(screen.contains("entry \(contribution.id): € 123,46, 10 % of € 1.234,56"))
        }
    }

    @Test func theDomainsRefusalComesBackIntoTheForm() throws {
        try FinancesFixture.withStore { store, dir in
            let before = try String(contentsOfFile: dir + "/ledger.jsonl", encoding: .utf8)
            // A revenue dated in 2025, which is closed.
            let keys = Self.revenue(amount: "100") + Keys.press(.up, .ctrl("u")) + Keys.type("2025-06-30") + Keys.press(.enter)
            let (dashboard, backend) = try FinancesFixture.run(store, keys)
            let form = try #require(Self.form(dashboard.model))
            #expect(form.error == "the year 2025 is closed; an entry dated 2025-06-30 would change its result")
            #expect(form.errorField == "date")
            #expect(backend.lastScreen.contains("the year 2025 is closed"))
            #expect(try String(contentsOfFile: dir + "/ledger.jsonl", encoding: .utf8) == before)
        }
    }

    @Test func correctingAnEntryAsksWhyThenConfirms() throws {
        let state = try FinancesFixture.stGroep()
        let cost = try #require(state.ledger.last { $0.kind == .cost && $0.date.year == 2026 })
        var model = FinancesFixture.model(state, Keys.press(.char("l"), .char("G")))
        while model.finances.selectedEntry?.id != cost.id { model.send(Keys.press(.up)) }
        model.send(Keys.press(.char("r")))
        var form = try #require(Self.form(model))
        #expect(form.title == "Correct entry \(cost.id)")
        // No reason: asked for, nothing saved.
        #expect(model.send(Keys.press(.enter)).isEmpty)
        form = try #require(Self.form(model))
        #expect(form.errorField == "reason")
        model.send(Keys.type("wrong supplier"))
        #expect(model.send(Keys.press(.enter)).isEmpty)
        guard case let .confirm(c)? = model.overlay else { Issue.record("not asked"); return }
        #expect(c.question.hasPrefix("Correct entry \(cost.id), cost \(FinancesFixture.money(cost.amount)) of \(cost.date)"))
        let screen = model.render().text
        Snapshot.check(screen, named: "finances-correct-confirm-120x40")
        // Dated on the entry it corrects: the domain is sent no date of its own.
        #expect(c.question.contains("A correction dated on the entry's date reverses it"))
        #expect(model.send(Keys.press(.char("y"))) == [.apply(.correctLedgerEntry(entry: cost.id, reason: "wrong supplier", date: nil), .confirmation)])
    }

    @Test func aSavedCorrectionShowsOnTheEntry() throws {
        try FinancesFixture.withStore { store, dir in
            let cost = try #require(store.state.ledger.last { $0.kind == .cost })
            let find = Keys.press(.char("l"), .char("/")) + Keys.type("kind:cost") + Keys.press(.enter, .char("G"))
            let (dashboard, backend) = try FinancesFixture.run(store, find + Keys.press(.char("r")) + Keys.type("wrong supplier") + Keys.press(.enter, .char("y")))
            let saved = try Store(directory: dir).state
            let correction = try #require(saved.ledger.last)
            #expect(correction.kind == .correction && correction.relatesTo == cost.id && correction.amount == -cost.amount && correction.by == "pierre")
            #expect(dashboard.model.finances.selectedEntry?.id == correction.id)
            #expect(correction.date == cost.date)
            #expect(backend.lastScreen.contains("saved: corrected ledger entry \(cost.id) on \(cost.date): wrong supplier"))
            #expect(backend.lastScreen.contains("Reverses entry \(cost.id)"))
            // Correcting it again is refused at once, in the domain's words.
            let (again, screen) = try FinancesFixture.run(store, find + Keys.press(.up, .char("r")))
            #expect(again.model.finances.selectedEntry?.id == cost.id)
            #expect(again.model.overlay == nil)
            #expect(screen.lastScreen.contains("not allowed: ledger entry \(cost.id) has already been corrected"))
            #expect(try Store(directory: dir).state.ledger.count == saved.ledger.count)
        }
    }
}

extension FinanceFormTests {
    /// `r` on a correction is refused at once, in the domain's words, and the
    /// key line does not offer it there.
    @Test func aCorrectionCannotBeCorrected() throws {
        let state = try FinancesFixture.stGroep()
        let correction = try #require(state.ledger.last { $0.kind == .correction })
        var model = FinancesFixture.model(state, Keys.press(.char("/")) + Keys.type("replacement") + Keys.press(.enter, .char("G")))
        #expect(model.finances.selectedEntry?.id == correction.id)
        #expect(!model.render().text.contains("r correct"))
        model.send(Keys.press(.char("r")))
        #expect(model.overlay == nil)
        #expect(model.render().text.contains("not allowed: entry \(correction.id) is itself a correction; correct the original entry instead"))
    }
}

extension FinanceFormTests {
    /// An associate records their own revenue and payments; the form offers
    /// nothing else, and revenue in a partner's name is refused by the
    /// domain, beside the member it names, with nothing written.
    @Test func anAssociateRecordsOnlyTheirOwnMoney() throws {
        try FinancesFixture.withStore { store, dir in
            let model = FinancesFixture.model(store.state, actor: "katleen", Keys.press(.char("n")))
            let form = try #require(Self.form(model))
            #expect(form.fields.first?.kind == .choice(["revenue", "payment"]))
            #expect(form.value("member") == "katleen")
            let before = try String(contentsOfFile: dir + "/ledger.jsonl", encoding: .utf8)
            let (dashboard, backend) = try FinancesFixture.run(store, Self.revenue(amount: "100", member: "pierre") + Keys.press(.enter), actor: "katleen")
            let refused = try #require(Self.form(dashboard.model))
            #expect(refused.errorField == "member")
            #expect(refused.error?.hasPrefix("only Pierre Hermans, a partner") == true, "\(refused.error ?? "")")
            #expect(refused.error?.hasSuffix("you act as Katleen Verbeek (katleen), an associate") == true)
            #expect(backend.lastScreen.contains("only Pierre Hermans, a partner"))
            #expect(try String(contentsOfFile: dir + "/ledger.jsonl", encoding: .utf8) == before)
        }
    }
}

extension FinanceFormTests {
    /// Someone who does not keep the books may correct their own revenue or
    /// payment: `r` asks why. On anyone else's entry it is refused at once,
    /// in the domain's words, before a reason is asked for.
    @Test func anAssociateCorrectsOnlyTheirOwnEntries() throws {
        let state = try FinancesFixture.stGroep()
        let cost = try #require(state.ledger.last { $0.kind == .cost && $0.date.year == 2026 && !state.isCorrected($0.id) })
        var model = FinancesFixture.model(state, actor: "katleen", Keys.press(.char("l"), .char("G")))
        while model.finances.selectedEntry?.id != cost.id { model.send(Keys.press(.up)) }
        model.send(Keys.press(.char("r")))
        #expect(model.overlay == nil)
        #expect(model.render().text.contains("not allowed: only a partner"), "\(model.render().text)")
        #expect(model.message?.text.hasSuffix("you act as Katleen Verbeek (katleen), an associate") == true)

        let own = try #require(state.ledger.last { $0.kind == .revenue && $0.member == "katleen" && $0.date.year == 2026 })
        var mine = FinancesFixture.model(state, actor: "katleen", Keys.press(.char("l"), .char("G")))
        while mine.finances.selectedEntry?.id != own.id { mine.send(Keys.press(.up)) }
        mine.send(Keys.press(.char("r")))
        #expect(Self.form(mine)?.title == "Correct entry \(own.id)")
    }
}
