import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The smallest screens: words stay apart, and the too-small message says
/// all it has to say, or as much as fits, in whole words.
@Suite("Narrow screens")
struct NarrowScreenTests {
    @Test func theHeaderAt60ColumnsKeepsWordsApart() throws {
        for pane in ["1", "2", "3", "4"] {
            var model = try TUIFixture.model(width: 60, height: 15)
            model.send(Keys.type(pane))
            let header = model.render().text.components(separatedBy: "\n")[0] + " "
            // Every tab label is whole and set apart by a space on either side.
            for label in ["1 Members", "2 Projects", "3 Help", "4 Finances"] {
                #expect(header.contains(" \(label) "), "pane \(pane): '\(label)' in \(header)")
            }
            let words = header.split(separator: " ")
            #expect(!words.contains { $0.hasSuffix("Finances") && $0 != "Finances" }, "\(header)")
            #expect(!words.contains { $0.contains("Leiden") && $0 != "Leiden" && !$0.hasPrefix("Leid") }, "\(header)")
        }
    }

    /// Issue 13: a table drops its least needed columns whole as the
    /// screen narrows, rather than running off the right edge.
    @Test func theDirectoryAt60ColumnsDropsWholeColumnsAndKeepsTheSkills() throws {
        let model = try TUIFixture.model(width: 60, height: 15)
        let lines = model.render().text.components(separatedBy: "\n")
        let header = try #require(lines.first { $0.contains("NAME") })
        let titles = header.split(separator: " ").map(String.init)
        #expect(titles == ["NAME", "ROLE", "FREE", "NEXT", "4", "SKILLS"], "\(header)")
        #expect(DisplayWidth.of(header.trimmingCharacters(in: .whitespaces)) <= 58, "one column of margin on each side")
        // The filter hint gives way to the sort and count instead of running into them.
        #expect(lines[1].range(of: #"^ / to filter +sort: name"#, options: .regularExpression) != nil, "\(lines[1])")
        // And at 96 columns, how involved each member is comes back.
        let wide = try TUIFixture.model(width: 96, height: 24).render().text
        #expect(wide.contains("INVOLVED") && wide.contains("CITY") && wide.contains("H/WK"))
    }

    @Test(arguments: [(40, 12), (20, 6), (59, 14)])
    func theTooSmallMessageFits(width: Int, height: Int) throws {
        let model = try TUIFixture.model(width: width, height: height)
        let lines = model.render().text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let text = lines.joined(separator: " ")
        #expect(text.contains("60×15"), "\(lines)")
        #expect(text.contains("\(width)×\(height)"), "\(lines)")
        #expect(text.contains("q"), "how to leave is always said: \(lines)")
        for line in lines { #expect(DisplayWidth.of(line) <= width) }
        // No word is cut: every word shown is one of the message's words.
        let wordings = "Samen needs at least 60×15; this terminal is \(width)×\(height). Make the window bigger, or press q to quit. "
            + "Too small: \(width)×\(height), need 60×15. Resize, or q to quit. \(width)×\(height), need 60×15; q quits"
        let words = Set(wordings.split(separator: " ").map(String.init))
        for w in text.split(separator: " ") { #expect(words.contains(String(w)), "'\(w)' is cut: \(lines)") }
    }
}
