import Testing
@testable import SamenTUI

/// The one text field every form uses: what a person types is what is kept.
@Suite("Text input")
struct TextInputTests {
    private func typed(_ start: String, focused: Bool = true, _ keys: [Key]) -> TextInput {
        var input = TextInput(start)
        if focused { input.focus() }
        for k in keys { input.key(k) }
        return input
    }

    @Test func typingOverAPrefilledValueReplacesIt() {
        #expect(typed("4", [.char("2")]).text == "2", "weeks 4, typed 2: 2 weeks, not 42")
        #expect(typed("4", [.char("4"), .char("8")]).text == "48")
        #expect(typed("Leiden", [.backspace]).text == "", "Backspace on the selection clears it")
    }

    @Test func anArrowKeepsThePrefilledValue() {
        #expect(typed("4", [.right, .char("2")]).text == "42")
        #expect(typed("Den Haag", [.left, .char("X")]).text == "XDen Haag", "← on a selection goes to its start")
        #expect(typed("Den Haag", [.end, .char("!")]).text == "Den Haag!")
        #expect(typed("Den Haag", [.home, .char("'"), .char("s"), .char("-")]).text == "'s-Den Haag")
    }

    @Test func theCursorMovesInsideTheText() {
        #expect(typed("Leidn", [.right, .left, .char("e")]).text == "Leiden")
        #expect(typed("Leiden", [.home, .right, .delete]).text == "Liden")
        #expect(typed("Leiden", [.ctrl("a"), .char(">")]).text == ">Leiden")
        #expect(typed("Leiden", [.ctrl("a"), .ctrl("e"), .char("<")]).text == "Leiden<")
    }

    @Test func readlineKeys() {
        #expect(typed("design, print", [.end, .ctrl("w")]).text == "design, ")
        #expect(typed("design, print", [.end, .alt("b"), .ctrl("k")]).text == "design, ")
        #expect(typed("design, print", [.end, .alt("b"), .ctrl("u")]).text == "print")
        #expect(typed("design, print", [.home, .alt("f"), .char("s")]).text == "designs, print")
        #expect(typed("Zoë", [.end, .left, .backspace]).text == "Zë", "a character is one step, accents included")
    }

    @Test func anUnfocusedFieldAppends() {
        // Only entering a field selects; a field built empty or with the cursor placed appends.
        #expect(typed("ab", focused: false, [.char("c")]).text == "abc")
    }

    @Test func otherKeysAreLeftToTheOwner() {
        var input = TextInput("x")
        #expect(input.key(.enter) == .ignored)
        #expect(input.key(.tab) == .ignored)
        #expect(input.key(.char("y")) == .edited)
        #expect(input.key(.left) == .moved)
    }

    @Test func aLongValueScrollsToKeepTheCursorInView() {
        var input = TextInput(String(repeating: "a", count: 30) + "XYZ")
        var shown = input.visible(width: 10)
        #expect(shown.text.hasSuffix("XYZ") && shown.cursorColumn == 9)
        input.key(.home)
        shown = input.visible(width: 10)
        #expect(shown.text == String(repeating: "a", count: 10) && shown.cursorColumn == 0)
    }
}

/// Forms built on the text input, on the member form of the demo.
@Suite("Forms that do what people mean")
struct FormMeaningTests {
    @Test func theWeeksOfANewAssignmentAreWhatWasTyped() throws {
        var form = FormState(title: "t", purpose: .addMember, fields: [
            .init(key: "title", label: "Title", kind: .text, value: ""),
            .init(key: "weeks", label: "Weeks", kind: .number, value: "4"),
        ])
        _ = form.key(.tab)
        _ = form.key(.char("2"))
        #expect(form.value("weeks") == "2")
    }

    @Test func escWithChangesAsksAndAnyOtherKeyKeepsEditing() {
        var form = FormState(title: "t", purpose: .addMember, fields: [.init(key: "name", label: "Name", kind: .text, value: "Noa")])
        #expect(form.key(.end) == .editing)
        _ = form.key(.char("h"))
        #expect(form.key(.escape) == .editing)
        #expect(form.confirmingDiscard)
        #expect(form.key(.char("!")) == .editing)
        #expect(form.value("name") == "Noah!")
        #expect(form.key(.escape) == .editing)
        #expect(form.key(.escape) == .cancelled)
    }

    @Test func homeAndEndInAChoiceTakeTheFirstAndLastOption() {
        var form = FormState(title: "t", purpose: .addMember, fields: [.init(key: "role", label: "Role", kind: .choice(["a", "b", "c"]), value: "b")])
        _ = form.key(.end)
        #expect(form.value("role") == "c")
        _ = form.key(.home)
        #expect(form.value("role") == "a")
    }
}
