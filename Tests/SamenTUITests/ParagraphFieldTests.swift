import Foundation
import Testing
@testable import SamenTUI

/// The form field of several lines (a Share pitch): it wraps to the field's
/// width, shows all of its text, and its cursor moves by line and column.
@Suite("Paragraph field")
struct ParagraphFieldTests {
    static let pitch = "Draws complicated things simply: explainers, infographics, editorial illustration, and maps for annual reports."

    func rows(_ text: String, width: Int) -> [String] {
        let chars = Array(text)
        return WrappedText(chars, width: width).rows.map { String(chars[$0.start..<$0.end]) }
    }

    @Test func wrapsAtSpacesAndKeepsEveryCharacter() {
        #expect(rows("one two three", width: 8) == ["one two ", "three"])
        #expect(rows("", width: 8) == [""])
        #expect(rows("illustration", width: 5) == ["illus", "trati", "on"], "a word longer than a row is broken")
        #expect(rows("first\nsecond", width: 20) == ["first", "second"], "a line break in the data starts a row")
        #expect(rows(Self.pitch, width: 30).joined() == Self.pitch.replacingOccurrences(of: "\n", with: ""))
        #expect(rows(Self.pitch, width: 30).allSatisfy { $0.trimmingCharacters(in: .whitespaces).count <= 30 })
    }

    /// A pitch field 20 columns wide (19 for text, one for the cursor), focused, its cursor placed.
    func field(_ text: String, keys: [Key]) -> TextInput {
        var input = TextInput(text)
        input.focus()
        for k in keys { input.lineKey(k, columns: 20) }
        return input
    }

    @Test func upAndDownMoveBetweenLinesKeepingTheColumn() {
        // "one two three four " / "five six seven eight" ... rows of at most 19 columns.
        let text = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii"
        let lines = TextInput(text).wrapped(columns: 20)
        #expect(lines.count == 3)
        // From the end (last row), up twice: the first row, at the same column.
        var input = field(text, keys: [.right, .up, .up])
        #expect(input.cursor == lines.position(row: 0, column: lines.column(of: text.count)))
        input.lineKey(.char("X"), columns: 20)
        #expect(input.text.hasPrefix("aaaaX bbbb"), "typed on the first line, column 4: \(input.text)")
        // Up on the first line is the owner's (a form goes to the field before).
        #expect(field(text, keys: [.pageUp]).cursor == 0)
        var top = field(text, keys: [.pageUp])
        #expect(top.lineKey(.up, columns: 20) == .ignored)
        var bottom = field(text, keys: [.right])
        #expect(bottom.lineKey(.down, columns: 20) == .ignored)
    }

    @Test func theColumnIsKeptThroughAShortLine() {
        // A long row, a short one, a long one: ↓ ↓ from column 10 lands on column 10 again.
        let text = "abcdefghijklmnop\nab\nabcdefghijklmnop"
        let input = field(text, keys: [.pageUp, .end, .left, .left, .left, .left, .left, .left, .down, .down])
        let lines = input.wrapped(columns: 20)
        #expect(lines.row(of: input.cursor) == 2)
        #expect(lines.column(of: input.cursor) == 10)
    }

    @Test func homeAndEndGoToTheLineReadlineKeysAsTextInput() {
        let text = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii"
        // Home on the last line: the start of that line, not of the text.
        var input = field(text, keys: [.right, .home, .char(">")])
        #expect(input.text.hasSuffix("hhhh >iiii"), "\(input.text)")
        // Selected on entry: typing replaces it all, as in every field.
        #expect(field(text, keys: [.char("N"), .char("o")]).text == "No")
        #expect(field(text, keys: [.backspace]).text == "")
        // Ctrl-W takes the word before the cursor, Ctrl-U all before it.
        #expect(field("print and web", keys: [.right, .ctrl("w")]).text == "print and ")
        #expect(field("print and web", keys: [.right, .alt("b"), .ctrl("u")]).text == "web")
        input = field(text, keys: [.home, .char("<")])
        #expect(input.text.hasPrefix("<"), "Home on a selected value goes to its start, as in TextInput")
    }

    func form(_ pitch: String) -> FormState {
        FormState(title: "Edit", purpose: .editMember("olga"), fields: [
            .init(key: "name", label: "Name", kind: .text, value: "Olga"),
            .init(key: "pitch", label: "Share pitch", kind: .paragraph, value: pitch),
            .init(key: "email", label: "Email", kind: .text, value: ""),
        ])
    }

    @Test func inAFormArrowsLeaveTheFieldOnlyAtItsEdgesAndEnterSaves() {
        var f = form(Self.pitch)
        #expect(f.key(.tab, screenWidth: 80) == .editing)
        #expect(f.isParagraph)
        _ = f.key(.up, screenWidth: 80)            // from the end: the line above, still in the pitch
        #expect(f.focus == 1)
        _ = f.key(.up, screenWidth: 80)             // the first line: ↑ leaves for the name
        #expect(f.focus == 0)
        _ = f.key(.down, screenWidth: 80)
        #expect(f.focus == 1)
        _ = f.key(.down, screenWidth: 80)           // entered at the end, the last line: ↓ leaves
        #expect(f.focus == 2)
        _ = f.key(.backTab, screenWidth: 80)
        for c in "Maps." { _ = f.key(.char(c), screenWidth: 80) }
        #expect(f.value("pitch") == "Maps.", "typing over the pre-filled pitch replaces it")
        #expect(f.key(.enter, screenWidth: 80) == .submitted)
        #expect(f.value("pitch") == "Maps.", "Enter saves; it types no line break")
    }

    @Test func theFormGrowsToShowTheWholePitch() {
        let f = form(Self.pitch + " " + Self.pitch)
        var canvas = Canvas(width: 80, height: 24)
        f.render(into: &canvas, width: 80, height: 24)
        let shown = canvas.text.split(separator: "\n").map { row in
            row.split(separator: "│", omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
        }
        let text = shown.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for word in ["Draws", "reports.", "annual", "infographics,"] { #expect(text.contains(word), "\(word) in \(canvas.text)") }
        #expect(canvas.text.contains("Email"), "the field after the pitch is still shown")
        #expect(!canvas.text.contains("▼"), "nothing hidden")
    }

    @Test func onAShortScreenTheRowsScrollToTheCursor() {
        var f = form(String(repeating: Self.pitch + " ", count: 4))
        _ = f.key(.tab, screenWidth: 80)
        _ = f.key(.pageUp, screenWidth: 80)          // the start of the pitch
        var canvas = Canvas(width: 80, height: 12)
        f.render(into: &canvas, width: 80, height: 12)
        #expect(canvas.text.contains("Draws complicated"), "\(canvas.text)")
        #expect(canvas.text.contains("▼"), "rows hidden below are marked")
        _ = f.key(.pageDown, screenWidth: 80)        // the end: the last line shows, the first scrolled away
        canvas = Canvas(width: 80, height: 12)
        f.render(into: &canvas, width: 80, height: 12)
        #expect(canvas.text.contains("▲"), "rows hidden above are marked")
        #expect(canvas.text.contains("reports."), "\(canvas.text)")
        #expect(canvas.text.contains("↑↓ lines"))
    }
}
