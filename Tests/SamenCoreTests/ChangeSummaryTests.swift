import Testing
@testable import SamenCore

/// What a save says it did: in the person's language on screen, in English
/// in the history line (data, covered by the signature), the same facts.
@Suite("Change summaries in both languages") struct ChangeSummaryTests {
    @Test func timeOffIsSaidInDutchAndKeptInEnglish() throws {
        var s = try Fixture.state()
        let range = DateRange(Day(iso: "2026-12-21")!, Day(iso: "2027-01-03")!)!
        let out = try s.apply(.addTimeOff(member: "katleen", TimeOff(range: range, note: "holiday")), context: Fixture.ctx)
        #expect(out.summary == "time off for Katleen Verbeek: 2026-12-21..2027-01-03")
        #expect(Language.$scoped.withValue(.nl) { out.summary } == "time off for Katleen Verbeek: 2026-12-21..2027-01-03")
        #expect(Language.$scoped.withValue(.nl) { out.said.text } == "vrij voor Katleen Verbeek: 21-12-2026 t/m 03-01-2027")
        #expect(Language.$scoped.withValue(.en) { out.said.text } == out.summary)
    }

    @Test func aChangeOfStepsSaysTheMoveFirstInBothLanguages() {
        let said = ChangeSummary.steps([.leads(name: "Eva", project: 7, title: "Congres"),
                                        .moved(project: 7, from: .incoming, to: .proposal, title: "Congres")])
        #expect(said.en == "project 7 incoming -> proposal: Congres; Eva leads project 7: Congres")
        #expect(Language.$scoped.withValue(.nl) { said.text } == "project 7 binnengekomen -> offerte: Congres; Eva is hoofdaannemer van project 7: Congres")
    }
}

/// Notes the rules write into the ledger are data, in English; a Dutch
/// screen says them in Dutch, and leaves a typed note alone.
@Suite("Ledger notes the rules write, in Dutch") struct LedgerNoteWordsTests {
    @Test func theRulesNotesAreSaidInDutch() {
        #expect(LedgerNoteWords.dutch("10.0 % of revenue 1001") == "10,0 % van omzet 1001")
        #expect(LedgerNoteWords.dutch("share 2/5 of the 2025 result € 1.234,56") == "aandeel 2/5 in het resultaat over 2025 € 1.234,56")
        #expect(LedgerNoteWords.dutch("rent nov 2026: 1 of 39 desks") == "rent nov 2026: 1 van 39 werkplekken")
        #expect(LedgerNoteWords.dutch("coffee Jan 2026: 1 of 12 members") == "coffee Jan 2026: 1 van 12 leden")
        #expect(LedgerNoteWords.dutch("lunch with the members") == "lunch with the members")
        #expect(LedgerNoteWords.dutch("Koffie voor het kwartaal") == "Koffie voor het kwartaal")
    }
}

/// The decision log's notes the rules write, said in Dutch on a Dutch screen.
@Suite("Decision notes in Dutch") struct DecisionNoteWordsTests {
    func nl(_ note: String) -> String { Language.$scoped.withValue(.nl) { DecisionNoteWords.dutch(note) } }

    @Test func theRulesNotesAreSaidInDutch() {
        #expect(nl("brought in by eric") == "binnengebracht door eric")
        #expect(nl("Eva on the team, 16 h/wk, 2026-12-07..2026-12-20") == "Eva in het team, 16 u/wk, 07-12-2026 t/m 20-12-2026")
        #expect(nl("Eva from 8 to 16.5 h/wk, 2026-12-07..2026-12-20") == "Eva van 8 naar 16,5 u/wk, 07-12-2026 t/m 20-12-2026")
        #expect(nl("no capacity: too busy in December") == "geen capaciteit: too busy in December")
        #expect(nl("edited: weeks 4 -> 2") == "gewijzigd: weken 4 -> 2")
        #expect(nl("Eva off the team") == "Eva uit het team")
        #expect(nl("lead: zoe") == "trekker: zoe")
        #expect(nl("een eigen notitie") == "een eigen notitie")
    }
}
