import Testing
@testable import SamenCore

/// The small pieces the exports are written with: amounts from cents,
/// descriptions and account names safe for a journal, CSV cells.
@Suite("Finance export text")
struct FinanceExportTextTests {
    @Test func csvAmountsArePlainDecimalsFromCents() {
        #expect(CSVTable.amount(Money(cents: 123_456)) == .number("1234.56"))
        #expect(CSVTable.amount(Money(cents: -5)) == .number("-0.05"))
        #expect(CSVTable.amount(Money(cents: 0)) == .number("0.00"))
        #expect(CSVTable.amount(Money(cents: Int64.min + 1)) == .number("-92233720368547758.07"))
        #expect(CSVTable.percent(1250) == "12.50")
    }

    @Test func journalAmountsUseTheDeclaredDutchFormat() {
        #expect(JournalText.amount(Money(cents: 123_456_789)) == "€ 1.234.567,89")
        #expect(JournalText.amount(Money(cents: -1)) == "€ -0,01")
    }

    @Test func descriptionsStayOnOneLineWithoutCommentsOrPayeeSplits() {
        #expect(JournalText.description(payee: "  Evil\n; x:y |\tpay\u{1B}[2J", note: "a;b\r\nc") == "Evil , x:y / pay [2J | a,b c")
        #expect(JournalText.description(payee: "", note: "") == "-")
        #expect(JournalText.comment("Note: a; b") == "Note- a, b")
    }

    @Test func accountComponentsCannotSplitOrEndAnAccountName() {
        #expect(ChartOfAccounts.component("rent:office;  main (x)") == "rent-office- main -x-")
        #expect(ChartOfAccounts.component("Zoë de Vries") == "Zoë de Vries")
        #expect(ChartOfAccounts.component(" \t\n") == "unnamed")
    }

    @Test func csvQuotesWhatNeedsItAndGuardsFormulas() {
        var t = CSVTable(header: ["a", "b", "c"])
        t.add([.text("=1+1"), .text("say \"hi\", then\nbye"), .number("-1.00")])
        t.add([.text("plain"), .text("\u{1B}[31m-x"), .text("@x")])
        #expect(t.text == "a,b,c\r\n'=1+1,\"say \"\"hi\"\", then\nbye\",-1.00\r\nplain,[31m-x,'@x\r\n")
    }
}
