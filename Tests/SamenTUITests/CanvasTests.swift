import Foundation
import Testing
@testable import SamenTUI
import SamenCore

/// What the canvas puts on screen without a UTF-8 locale.
@Suite struct CanvasTests {
    /// The quick way for printable ASCII draws exactly what the grapheme
    /// way draws, at every position and clip; and `fit` cuts it as before.
    @Test func asciiIsDrawnAndCutAsTheGraphemeWayWould() {
        var seed = UInt64(time(nil))
        print("asciiIsDrawnAndCutAsTheGraphemeWayWould seed \(seed)")
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        let letters = Array(" abcXYZ019~!|-.,:/()[]{}'\"")
        for _ in 0..<500 {
            let text = String((0..<(next() % 40)).map { _ in letters[next() % letters.count] })
            let x = next() % 30 - 5, maxWidth = next() % 45
            var quick = Canvas(width: 30, height: 1), slow = Canvas(width: 30, height: 1)
            let a = quick.put(text, x: x, y: 0, role: .label, maxWidth: maxWidth)
            let limit = min(30, x + maxWidth)
            let b = x < 30 ? slow.putGraphemes(text, from: x, x: x, y: 0, limit: limit, role: .label) : 0
            #expect(a == b && quick.text == slow.text, "'\(text)' at \(x), \(maxWidth) columns")
            let columns = next() % 45
            var cut = "", used = 0
            for ch in text where used + 1 <= columns - 1 { cut.append(ch); used += 1 }
            let expected = text.count <= columns ? text : (columns > 0 ? cut + "…" : "")
            #expect(DisplayWidth.fit(text, columns, pad: false) == expected, "fit '\(text)' to \(columns)")
        }
    }

    @Test func withoutUnicodeTheEuroSignIsWrittenOutLettersLoseTheirAccentsAndOthersKeepTheirColumn() {
        var canvas = Canvas(width: 30, height: 2, unicode: false)
        _ = canvas.put("contribution € 123,46", x: 0, y: 0)
        _ = canvas.put("Zoë Çelik 東 → x", x: 0, y: 1)
        let lines = canvas.text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        #expect(lines[0].hasPrefix("contribution EUR 123,46"))
        // A letter with an accent keeps its letter; a wide one and a sign keep their columns.
        #expect(lines[1].hasPrefix("Zoe Celik ?? ? x"))
        var fancy = Canvas(width: 30, height: 1, unicode: true)
        _ = fancy.put("€ 5,00", x: 0, y: 0)
        #expect(fancy.text.hasPrefix("€ 5,00"))
    }
}
