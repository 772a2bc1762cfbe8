import Foundation
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

    /// The byte patterns that skip clean text agree with the scalar rule, for
    /// every scalar, between neighbours whose bytes start the same way.
    @Test func theFastCheckAgreesWithTheRuleForEveryScalar() {
        var disagree: [String] = []
        // Every unsafe scalar is in the BMP; the planes above are sampled.
        for v in Array(UInt32(1)...0xFFFF) + Array(stride(from: UInt32(0x10000), through: 0x10FFFF, by: 97)) {
            guard let s = Unicode.Scalar(v), s != "\n", s != "\t", s != "\r" else { continue }
            let text = "\u{2026}\u{B7}" + String(Character(s)) + "\u{2026}\u{FFFD}"
            if TerminalText.isClean(text, keeping: .nothing) == TerminalText.isUnsafe(s) { disagree.append(String(format: "U+%04X", v)) }
        }
        #expect(disagree.isEmpty, "\(disagree.prefix(20))")
    }

    @Test func linesAndDocumentsKeepTheirLayoutOnly() {
        #expect(TerminalText.sanitiseLines("a\u{1B}]52;c;eA==\u{07}\nb\tc\rd") == "a\u{FFFD}]52;c;eA==\u{FFFD}\nb c d")
        #expect(TerminalText.sanitiseDocument("id,note\r\n1,\"x\ty\u{202E}\u{85}\"\r\n") == "id,note\r\n1,\"x\ty\u{FFFD}\u{FFFD}\"\r\n")
        let clean = "Zoë · € 1.234,56 … “quoted” \u{200D}\u{2028}"
        #expect(TerminalText.sanitiseLines(clean) == clean)
    }

    @Test func displayWidth() {
        #expect(DisplayWidth.of("Zoë") == 3)
        #expect(DisplayWidth.of("Zoe\u{0308}") == 3)   // combining diaeresis
        #expect(DisplayWidth.of("李小龙") == 6)
        #expect(DisplayWidth.of("Çelik") == 5)
        #expect(DisplayWidth.of("😀") == 2)
    }

    /// The quick way for accented Latin and symbols must count exactly as
    /// grapheme by grapheme does, whatever the scalars are mixed with.
    @Test func theQuickWidthAgreesWithGraphemesOnMixedText() {
        let pieces: [String] = ["a", "é", "e\u{0301}", "·", "€", "–", "…", "“", "\u{200D}", "\u{FE0F}", "⌚", "☺", "☺\u{FE0F}",
                                "李", "😀", "👩\u{200D}💻", "🇳🇱", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{202E}", "\u{20D7}",
                                "ᄀ", "\u{1161}", "\u{0600}", "ß", "Ω", "→", "⎯", "\u{2BFF}", "\u{2060}", "\u{00AD}", " "]
        var seed = UInt64(time(nil))
        print("theQuickWidthAgreesWithGraphemesOnMixedText seed \(seed)")
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        for _ in 0..<2_000 {
            let text = (0..<(next() % 8)).map { _ in pieces[next() % pieces.count] }.joined()
            let slow = text.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(text) == slow, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func fitCutsByColumns() {
        #expect(DisplayWidth.fit("李小龙", 5) == "李小…")
        #expect(DisplayWidth.fit("李小龙", 4) == "李… ")
        #expect(DisplayWidth.fit("Zoë", 5) == "Zoë  ")
        #expect(DisplayWidth.fit("Zoë", 5, pad: false) == "Zoë")
    }
}

