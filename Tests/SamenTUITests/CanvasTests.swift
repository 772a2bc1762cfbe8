import Testing
@testable import SamenTUI

/// What the canvas puts on screen without a UTF-8 locale.
@Suite struct CanvasTests {
    @Test func withoutUnicodeTheEuroSignIsWrittenOutAndOtherLettersKeepTheirColumn() {
        var canvas = Canvas(width: 30, height: 2, unicode: false)
        _ = canvas.put("contribution € 123,46", x: 0, y: 0)
        _ = canvas.put("Zoë", x: 0, y: 1)
        let lines = canvas.text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        #expect(lines[0].hasPrefix("contribution EUR 123,46"))
        #expect(lines[1].hasPrefix("Zo?"))
        var fancy = Canvas(width: 30, height: 1, unicode: true)
        _ = fancy.put("€ 5,00", x: 0, y: 0)
        #expect(fancy.text.hasPrefix("€ 5,00"))
    }
}
