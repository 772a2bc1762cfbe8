import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The operations the dashboard lacked (issue 13), each through its form to
/// a real store: what is saved, what the screen shows after, and what is
/// refused beside its field in the domain's words.
@Suite("Project edit and cancel")
struct ProjectEditFormTests {
    static func project(_ id: Int) throws -> Project { try #require(try TUIFixture.unit2().project(id)) }

    /// Project 17 (incoming, 12 weeks, nobody on it) selected, then `e`.
    static func editSeventeen() throws -> [InputEvent] { TriageKeysTests.select(try project(17)) + Keys.press(.char("e")) }

    @Test func theFormOpensFilledInAndTypingOverTheWeeksSavesTwoWeeks() throws {
        try TUIFixture.withStore { store, dir in
            let p = try Self.project(17)
            #expect(p.weeks == 12)
            var (dashboard, backend) = try TriageKeysTests.run(store, try Self.editSeventeen(), width: 100, height: 30)
            Snapshot.check(backend.lastScreen, named: "project-edit-form-100x30")
            guard case let .form(form)? = dashboard.model.overlay else { Issue.record("no edit form"); return }
            #expect(form.title == "Edit project 17: \(p.title)")
            #expect(form.value("title") == p.title && form.value("client") == p.client && form.value("weeks") == "12")
            #expect(form.value("start") == p.period.start.iso && form.value("hours") == p.estimatedHours.description)
            // Six fields down is Weeks; "2" typed replaces the 12 (it never becomes 122).
            (dashboard, backend) = try TriageKeysTests.run(store, try Self.editSeventeen() + Keys.press(.tab, .tab, .tab, .tab, .tab, .tab)
                                                           + Keys.type("2") + Keys.press(.enter), width: 100, height: 30)
            let saved = try #require(try Store(directory: dir).state.project(17))
            #expect(saved.weeks == 2 && saved.period.start == p.period.start && saved.title == p.title)
            #expect(saved.log.last?.note == "edited: weeks 12 -> 2" && saved.log.last?.by == "eric")
            #expect(dashboard.model.overlay == nil)
            #expect(backend.lastScreen.contains("saved: project 17 edited: weeks 12 -> 2"))
            #expect(backend.lastScreen.contains("(2 weeks)"))
            #expect(try HistoryLog.read(directory: dir).last?.change == "edit-project")
        }
    }

    @Test func aBadValueOrATeamOutsideTheNewPeriodIsRefusedBesideTheWeeks() throws {
        try TUIFixture.withStore { store, dir in
            var (dashboard, backend) = try TriageKeysTests.run(store, try Self.editSeventeen() + Keys.press(.tab, .tab, .tab, .tab, .tab, .tab)
                                                               + Keys.type("0") + Keys.press(.enter), width: 100, height: 30)
            guard case let .form(form)? = dashboard.model.overlay else { Issue.record("the form closed"); return }
            #expect(form.errorField == "weeks")
            #expect(form.error?.hasPrefix("weeks must be between 1 and 520") == true, "\(form.error ?? "")")
            // Project 16 has Femke and Noor on it for all four weeks: two weeks would leave them outside.
            let p = try Self.project(16)
            (dashboard, backend) = try TriageKeysTests.run(store, TriageKeysTests.select(p) + Keys.press(.char("e"), .tab, .tab, .tab, .tab, .tab, .tab)
                                                           + Keys.type("2") + Keys.press(.enter), width: 100, height: 30)
            Snapshot.check(backend.lastScreen, named: "project-edit-refused-100x30")
            guard case let .form(refused)? = dashboard.model.overlay else { Issue.record("the form closed"); return }
            #expect(refused.errorField == "weeks")
            #expect(backend.lastScreen.contains("Femke de Wit is on the team for 2026-12-28..2027-01-24"))
            #expect(try Store(directory: dir).state.project(16)?.weeks == 4)   // nothing written
        }
    }

    /// A city that looks like a slip is asked about, as in the new-assignment form; Enter keeps it.
    @Test func aCityLikeASlipIsAskedAboutFirst() throws {
        var model = ProjectsFixture.model(try TUIFixture.unit2())
        model.send(try Self.editSeventeen() + Keys.press(.tab, .tab, .tab, .tab, .tab, .tab, .tab) + Keys.type("Leidn"))
        #expect(model.send(Keys.press(.enter)).isEmpty)
        guard case let .form(form)? = model.overlay else { Issue.record("the form closed"); return }
        #expect(form.question?.contains("Leiden") == true, "\(form.question ?? "no question")")
        guard case let .apply(.editProject(e), _)? = model.send(Keys.press(.enter)).first else { Issue.record("Enter did not keep it"); return }
        #expect(e.city == "Leidn" && e.weeks == nil)
    }

    @Test func aClosedProjectIsRefusedInTheDomainsWordsWithoutAForm() throws {
        var model = ProjectsFixture.model(try TUIFixture.unit2())
        model.send(TriageKeysTests.select(try Self.project(3)) + Keys.press(.char("e")))
        #expect(model.overlay == nil)
        #expect(model.message?.text == "not allowed: project 3 is cancelled; a closed project cannot be changed")
        model.send(Keys.press(.char("c")))
        #expect(model.overlay == nil && model.message?.text.hasPrefix("not allowed:") == true)
    }

    @Test func cancellingNeedsAReasonAsksThenLogsIt() throws {
        try TUIFixture.withStore { store, dir in
            let open = try Self.editSeventeen().dropLast() + Keys.press(.char("c"))
            var (dashboard, backend) = try TriageKeysTests.run(store, Array(open) + Keys.press(.enter), width: 100, height: 30)
            guard case let .form(form)? = dashboard.model.overlay else { Issue.record("no cancel form"); return }
            #expect(form.errorField == "reason" && form.error == "cancelling project 17 needs a reason saying why")
            let why = Keys.type("the cooperative found a volunteer") + Keys.press(.enter)
            (dashboard, backend) = try TriageKeysTests.run(store, Array(open) + why, width: 100, height: 30)
            Snapshot.check(backend.lastScreen, named: "project-cancel-confirm-100x30")
            #expect(backend.lastScreen.contains("Cancel project 17"))
            #expect(try Store(directory: dir).state.project(17)?.status == .incoming)   // asked, not yet done
            (dashboard, backend) = try TriageKeysTests.run(store, Array(open) + why + Keys.press(.char("y")), width: 100, height: 30)
            let saved = try #require(try Store(directory: dir).state.project(17))
            #expect(saved.status == .cancelled && saved.log.last?.note == "the cooperative found a volunteer")
            #expect(dashboard.model.projects.stage == .closed)
        }
    }
}

@Suite("Member availability forms")
struct MemberAvailabilityFormTests {
    /// The directory as Anaïs (its first row), then `events`.
    @discardableResult
    static func run(_ store: Store, _ events: [InputEvent], width: Int = 100, height: Int = 40) throws -> (Dashboard, FakeBackend) {
        let backend = FakeBackend(width: width, height: height, events: events)
        let dashboard = Dashboard.scripted(store: store, actor: "anais", backend: backend, today: TUIFixture.today)
        try dashboard.run()
        return (dashboard, backend)
    }

    static let holiday = Keys.press(.char("o")) + Keys.type("2026-12-21") + Keys.press(.tab) + Keys.type("2027-01-03")
        + Keys.press(.tab) + Keys.type("holiday") + Keys.press(.enter)

    @Test func timeOffIsAddedShownInTheDetailAndCapacityAndTakenBack() throws {
        try TUIFixture.withStore { store, dir in
            let week = ISOWeek(containing: Day(iso: "2026-12-28")!)
            let before = try #require(store.state.member("anais"))
            let freeBefore = try #require(CapacityIndex(store.state).weeks(week, count: 1, of: before).first)
            #expect(freeBefore.effective > 0)
            var (_, backend) = try Self.run(store, Keys.press(.char("o")) + Keys.type("2026-12-21") + Keys.press(.tab) + Keys.type("2027-01-03"))
            Snapshot.check(backend.lastScreen, named: "member-time-off-form-100x40")
            (_, backend) = try Self.run(store, Self.holiday)
            let saved = try #require(try Store(directory: dir).state.member("anais"))
            #expect(saved.timeOff.contains(TimeOff(range: DateRange(Day(iso: "2026-12-21")!, Day(iso: "2027-01-03")!)!, note: "holiday")))
            #expect(backend.lastScreen.contains("Time off  2026-12-21 to 2027-01-03 (holiday)"))
            let freeAfter = try #require(CapacityIndex(try Store(directory: dir).state).weeks(week, count: 1, of: saved).first)
            #expect(freeAfter.effective == 0, "a week off has no hours to give")
            Snapshot.check(backend.lastScreen, named: "member-time-off-saved-100x40")

            // `O`: the period chosen, asked about, then gone.
            let (asking, _) = try Self.run(store, Keys.press(.char("O"), .enter))
            guard case let .confirm(c)? = asking.model.overlay else { Issue.record("not asked"); return }
            #expect(c.question == "Take back Anaïs Laurent's time off 2026-12-21 to 2027-01-03 (holiday)? Their capacity counts those days again.")
            (_, backend) = try Self.run(store, Keys.press(.char("O"), .enter, .char("y")))
            #expect(try Store(directory: dir).state.member("anais")?.timeOff.contains { $0.note == "holiday" } == false)
            #expect(!backend.lastScreen.contains("2026-12-21 to 2027-01-03"))
        }
    }

    @Test func theLastDayBeforeTheFirstIsRefusedBesideIt() throws {
        var model = AppModel(state: try TUIFixture.unit2(), actor: "anais", today: TUIFixture.today, width: 100, height: 30)
        model.send(Keys.press(.char("o")) + Keys.type("2027-01-03") + Keys.press(.tab) + Keys.type("2026-12-21") + Keys.press(.enter))
        guard case let .form(form)? = model.overlay else { Issue.record("the form closed"); return }
        #expect(form.errorField == "until" && form.error == "the last day off (2026-12-21) is before the first (2027-01-03)")
    }

    @Test func newContractedHoursAskFromWhichDay() throws {
        try TUIFixture.withStore { store, dir in
            // Hours/week is the sixth field, the day they start the seventh; typing replaces both.
            let events = Keys.press(.char("e"), .tab, .tab, .tab, .tab, .tab) + Keys.type("8") + Keys.press(.tab) + Keys.type("2027-01-04")
            var (_, backend) = try Self.run(store, events)
            Snapshot.check(backend.lastScreen, named: "member-edit-hours-from-100x40")
            (_, backend) = try Self.run(store, events + Keys.press(.enter))
            let saved = try #require(try Store(directory: dir).state.member("anais"))
            #expect(saved.contractedHours(on: TUIFixture.today) == 12 && saved.contractedHours(on: Day(iso: "2027-01-04")!) == 8)
            #expect(backend.lastScreen.contains("contracted hours 12 -> 8 h/week from 2027-01-04"))
            #expect(backend.lastScreen.contains("8 h/week from 2027-01-04"))
        }
    }

    @Test func theClientsAMemberWillNotWorkForAreSavedAndShown() throws {
        try TUIFixture.withStore { store, dir in
            // From the first field, Shift-Tab reaches the pitch (the last), then "Won't work for".
            let (_, backend) = try Self.run(store, Keys.press(.char("e"), .backTab, .backTab) + Keys.type("LuckySpin NL, Shell") + Keys.press(.enter))
            #expect(try Store(directory: dir).state.member("anais")?.declinedClients == ["LuckySpin NL", "Shell"])
            #expect(try HistoryLog.read(directory: dir).last?.change == "set-declined-clients")
            #expect(backend.lastScreen.contains("Declines  LuckySpin NL, Shell"))
        }
    }
}

@Suite("Finance operation forms")
struct FinanceOperationFormTests {
    /// `n`, the kind one to the left of revenue (payout, the last), the amount, then the member.
    static func payout(amount: String, member: String = "pierre") -> [InputEvent] {
        Keys.press(.char("n"), .left, .tab) + Keys.type(amount) + Keys.press(.tab, .tab, .ctrl("u")) + Keys.type(member)
    }

    @Test func aPartnersPayoutBringsTheStatementsBalanceToZero() throws {
        try FinancesFixture.withStore { store, dir in
            var (dashboard, backend) = try FinancesFixture.run(store, Self.payout(amount: "11.711,00"))
            Snapshot.check(backend.lastScreen, named: "finances-payout-form-120x40")
            #expect(backend.lastScreen.contains("owed to Pierre Hermans: € 13.358,24; no amount pays it all"))
            (dashboard, backend) = try FinancesFixture.run(store, Self.payout(amount: "11.711,00") + Keys.press(.enter))
            #expect(backend.lastScreen.contains("saved: payout € 11.711,00 on 2026-11-23 (pierre)"))
            let entry = try #require(try Store(directory: dir).state.ledger.last)
            #expect(entry.kind == .payout && entry.member == "pierre" && entry.amount == Money(cents: 11_711_00) && entry.by == "pierre")
            // Pierre's statement: what was paid out to him, and nothing left either way.
            let list = FinancesFixture.model(try Store(directory: dir).state, Keys.press(.char("s"))).finances.yearStatements
            let pierre = try #require(list.firstIndex { $0.member == "pierre" })
            (dashboard, backend) = try FinancesFixture.run(store, Keys.press(.char("s")) + Array(repeating: .key(.down), count: pierre) + Keys.press(.enter))
            Snapshot.check(backend.lastScreen, named: "finances-statement-after-payout-120x40")
            let lines = backend.lastScreen.split(separator: "\n")
            #expect(lines.contains { $0.contains("+ paid out to them") && $0.contains("11.711,00") })
            #expect(lines.contains { $0.contains("= balance due at the end of 2026") && $0.contains("€ 0,00") }, "\(backend.lastScreen)")
        }
    }

    @Test func aPayoutWithoutAnAmountPaysAllThatIsOwed() throws {
        var model = FinancesFixture.model(try FinancesFixture.stGroep(), Self.payout(amount: ""))
        let effects = model.send(Keys.press(.enter))
        guard case let .apply(.addLedgerEntry(e), _)? = effects.first else { Issue.record("nothing to save"); return }
        #expect(e.kind == .payout && e.member == "pierre" && e.amount == Money(cents: 13_358_24))
    }

    @Test func anEntryAfterTodayNeedsPlanned() throws {
        try FinancesFixture.withStore { store, dir in
            let entry = Keys.press(.char("n"), .tab) + Keys.type("100") + Keys.press(.tab, .ctrl("u")) + Keys.type("2027-01-15")
                + Keys.press(.tab, .ctrl("u")) + Keys.type("katleen")
            var (dashboard, backend) = try FinancesFixture.run(store, entry + Keys.press(.enter))
            guard case let .form(form)? = dashboard.model.overlay else { Issue.record("the form closed"); return }
            #expect(form.errorField == "planned")
            #expect(form.error == "an entry dated 2027-01-15 is after today (2026-11-23); mark it as planned to book it ahead")
            // Planned is the last field: five down from the member, → says yes.
            (dashboard, backend) = try FinancesFixture.run(store, entry + Keys.press(.tab, .tab, .tab, .tab, .tab, .right, .enter))
            #expect(backend.lastScreen.contains("saved: planned revenue € 100,00 on 2027-01-15 (katleen)"))
            #expect(try Store(directory: dir).state.ledger.last { $0.kind == .revenue }?.planned == true)
        }
    }

    /// The last cost of 2025 (a closed year), selected in the ledger.
    static let lastCostOf2025 = Keys.press(.char("l"), .char("["), .char("/")) + Keys.type("kind:cost") + Keys.press(.enter, .char("G"))

    @Test func aCorrectionOnAnotherDateAsksAndSaysItMovesMoneyBetweenYears() throws {
        try FinancesFixture.withStore { store, dir in
            let cost = try #require(store.state.ledger.last { $0.kind == .cost && $0.date.year == 2025 })
            // On its own date it would fall in 2025, which is closed: said beside the date.
            let correct = Self.lastCostOf2025 + Keys.press(.char("r")) + Keys.type("paid by the landlord") + Keys.press(.enter)
            var (dashboard, backend) = try FinancesFixture.run(store, correct)
            guard case let .form(form)? = dashboard.model.overlay else { Issue.record("the form closed"); return }
            #expect(form.title == "Correct entry \(cost.id)" && form.value("date") == cost.date.iso)
            #expect(form.errorField == "date" && form.error == "the year 2025 is closed; date the correction in an open year")
            // Another date, typed over the entry's: asked first, saying what it moves.
            (dashboard, backend) = try FinancesFixture.run(store, correct + Keys.type("2026-11-23") + Keys.press(.enter))
            Snapshot.check(backend.lastScreen, named: "finances-correct-other-year-120x40")
            guard case let .confirm(c)? = dashboard.model.overlay else { Issue.record("not asked"); return }
            #expect(c.question.contains("with a correction dated 2026-11-23, not on the entry's date?"))
            #expect(c.question.contains("It moves \(FinancesFixture.money(cost.amount)) from 2025's figures into 2026's."))
            (dashboard, backend) = try FinancesFixture.run(store, correct + Keys.type("2026-11-23") + Keys.press(.enter, .char("y")))
            let correction = try #require(try Store(directory: dir).state.ledger.last)
            #expect(correction.kind == .correction && correction.relatesTo == cost.id && correction.date == TUIFixture.today)
        }
    }
}

@Suite("Sharing a cost and a collective's overview")
struct CostShareAndCollectiveTests {
    /// Unit-2 with a new, unshared cost of € 700 for the printer, selected
    /// as the last entry of the ledger; eric keeps the books.
    static func withNewCost(_ body: (Store, String, LedgerEntry) throws -> Void) throws {
        var template = "/tmp/samen-share-XXXXXX".utf8CString
        let dir = String(cString: template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }!)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var state = try TUIFixture.unit2()
        let cost = LedgerEntry(id: 0, kind: .cost, date: TUIFixture.today, amount: Money(euros: 700), category: "events", payee: "Copyshop",
                               note: "printer", at: Timestamp(secondsSinceEpoch: 0), by: "")
        // Booked at a pinned moment: the entry's detail shows it, and a snapshot must not move with the clock.
        let noon = try #require(Timestamp(iso: TUIFixture.today.iso + "T12:00:00Z"))
        _ = try state.apply(.addLedgerEntry(cost), context: ChangeContext(identity: .administrator("root"), now: noon, today: TUIFixture.today))
        let store = try Store.create(at: dir + "/data", state: state, actor: "test", summary: "test")
        try body(store, dir + "/data", try #require(state.ledger.last))
    }

    static func run(_ store: Store, _ events: [InputEvent]) throws -> (Dashboard, FakeBackend) {
        let backend = FakeBackend(width: 120, height: 40, events: Keys.press(.char("4"), .char("l"), .char("G")) + events)
        let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
        try dashboard.run()
        return (dashboard, backend)
    }

    @Test func aCostIsSharedByDesksFromTheLedger() throws {
        try Self.withNewCost { store, dir, cost in
            var (dashboard, backend) = try Self.run(store, Keys.press(.char("S")))
            Snapshot.check(backend.lastScreen, named: "finances-share-cost-120x40")
            guard case let .form(form)? = dashboard.model.overlay else { Issue.record("no share form"); return }
            let holders = CostShareForm.deskHolders(on: cost.date, state: store.state)
            #expect(form.value("how") == "by desks" && form.value("members") == holders.map(\.id).joined(separator: ", "))
            // Before saving: what each is charged (thirty-odd desks: how many, and the range).
            #expect(form.notice == "charges to \(holders.count) members: € 21,21 to € 42,43 each")
            (dashboard, backend) = try Self.run(store, Keys.press(.char("S"), .enter))
            let charges = try Store(directory: dir).state.ledger.records.filter { $0.kind == .charge && $0.relatesTo == cost.id }
            #expect(charges.count == holders.count)
            #expect(charges.reduce(Money.zero) { $0 + $1.amount } == cost.amount, "to the cent")
            #expect(backend.lastScreen.contains("saved: shared cost \(cost.id) (€ 700,00) among \(holders.count) members"))
            // Shared once: a second time is refused at once (the save selected its last charge; the cost is the last cost).
            (dashboard, backend) = try Self.run(store, Keys.press(.char("/")) + Keys.type("kind:cost") + Keys.press(.enter, .char("G"), .char("S")))
            #expect(dashboard.model.overlay == nil)
            #expect(backend.lastScreen.contains("not allowed: cost \(cost.id) is already shared"))
        }
    }

    @Test func equallyAmongTheMembersNamed() throws {
        try Self.withNewCost { store, dir, cost in
            let events = Keys.press(.char("S"), .right, .tab, .ctrl("u")) + Keys.type("eric, anais")
            let (typed, _) = try Self.run(store, events)
            guard case let .form(form)? = typed.model.overlay else { Issue.record("no share form"); return }
            #expect(form.notice == "charges: Eric Went € 350,00, Anaïs Laurent € 350,00")
            _ = try Self.run(store, events + Keys.press(.enter))
            let charges = try Store(directory: dir).state.ledger.records.filter { $0.kind == .charge && $0.relatesTo == cost.id }
            #expect(charges.map(\.member) == ["eric", "anais"] && charges.allSatisfy { $0.amount == Money(euros: 350) })
        }
    }

    /// Unit-2 has no partners and charges its costs on: costs, charges, the
    /// result after them (no loss), what was paid and what is still open.
    @Test func theCollectivesOverviewShowsWhatItsChargesRecover() throws {
        let state = try TUIFixture.unit2()
        let r = state.financeReport(year: 2026)
        for (w, h) in [(120, 40), (80, 24)] {
            var model = AppModel(state: state, actor: "eric", today: TUIFixture.today, width: w, height: h)
            model.send(Keys.press(.char("4")))
            let screen = model.render().text
            Snapshot.check(screen, named: "finances-overview-unit2-\(w)x\(h)")
            let money = { (m: Money) in m.format(.nl, symbol: false) }
            #expect(screen.contains("Charged on to members") && screen.contains(money(r.charges)))
            #expect(screen.contains("Result after charges") && screen.contains("no loss: the costs are charged on to members in full"))
            if h >= 40 {
                #expect(screen.contains("Still open: members owe at year end") && screen.contains(money(r.owedByMembers)))
                #expect(screen.contains("Paid by members in 2026") && screen.contains(money(r.payments)))
            }
            #expect(!screen.contains("loss, shared") && !screen.contains("Result   "))
        }
    }
}

/// Who may do what is the rights policy's: a form is not even opened for
/// someone it would refuse, and the refusal is in the policy's words.
@Suite("Rights on the new forms")
struct OperationRightsTests {
    @Test func timeOffForSomeoneElseIsRefusedBeforeAnyForm() throws {
        var model = AppModel(state: try TUIFixture.unit2(), actor: "anais", today: TUIFixture.today, width: 100, height: 30)
        model.send(Keys.press(.down))   // Arjen Post
        #expect(model.members.selectedMember?.id == "arjen")
        for key in ["o", "x"] {
            model.send(Keys.press(.char(Character(key))))
            #expect(model.overlay == nil, "\(key) opened a form")
            #expect(model.message?.text.hasPrefix("not allowed: ") == true, "\(key): \(model.message?.text ?? "")")
        }
    }

    @Test func onlyWhoKeepsTheBooksSharesACostOrPaysAPartnerOut() throws {
        var state = try TUIFixture.unit2()
        let cost = LedgerEntry(id: 0, kind: .cost, date: TUIFixture.today, amount: Money(euros: 70), category: "coffee",
                               at: Timestamp(secondsSinceEpoch: 0), by: "")
        _ = try state.apply(.addLedgerEntry(cost), context: ChangeContext(identity: .administrator("root"), today: TUIFixture.today))
        var model = AppModel(state: state, actor: "anais", today: TUIFixture.today, width: 120, height: 40)
        model.send(Keys.press(.char("4"), .char("l"), .char("/")) + Keys.type("kind:cost") + Keys.press(.enter, .char("G"), .char("S")))
        #expect(model.overlay == nil)
        #expect(model.message?.text.contains("charge a shared cost to members") == true, "\(model.message?.text ?? "")")
        // A member who does not keep the books is not offered a payout at all.
        model.send(Keys.press(.char("n")))
        guard case let .form(form)? = model.overlay, case let .choice(kinds) = form.fields[0].kind else { Issue.record("no entry form"); return }
        #expect(!kinds.contains("payout") && !kinds.contains("cost"))
    }
}
