import Testing
@testable import SamenCore

@Suite("Terminal text")
struct TextTests {
    @Test func sanitiseDefusesControlsAndBidi() {
        #expect(TerminalText.sanitise("Lotte") == "Lotte")
        #expect(TerminalText.sanitise("Evil\u{1B}[2J\u{1B}]0;pwned\u{07}") == "Evil\u{FFFD}[2J\u{FFFD}]0;pwned\u{FFFD}")
        #expect(TerminalText.sanitise("abc\u{202E}fed") == "abc\u{FFFD}fed")
        #expect(TerminalText.sanitise("a\u{9B}b\u{7F}") == "a\u{FFFD}b\u{FFFD}")
        #expect(TerminalText.sanitise("two\nlines\tand tab") == "two lines and tab")
        #expect(TerminalText.sanitise("Zoë Çelik 李") == "Zoë Çelik 李")
    }

    @Test func displayWidth() {
        #expect(DisplayWidth.of("Zoë") == 3)
        #expect(DisplayWidth.of("Zoe\u{0308}") == 3)   // combining diaeresis
        #expect(DisplayWidth.of("李小龙") == 6)
        #expect(DisplayWidth.of("Çelik") == 5)
        #expect(DisplayWidth.of("😀") == 2)
    }

    @Test func fitCutsByColumns() {
        #expect(DisplayWidth.fit("李小龙", 5) == "李小…")
        #expect(DisplayWidth.fit("李小龙", 4) == "李… ")
        #expect(DisplayWidth.fit("Zoë", 5) == "Zoë  ")
        #expect(DisplayWidth.fit("Zoë", 5, pad: false) == "Zoë")
    }
}

