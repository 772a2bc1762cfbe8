import Testing
@testable import SamenCore
@testable import SamenTUI

/// A paste is text for the field or filter being typed in, never keys: its
/// line breaks do not press Enter and its letters do not run commands.
@Suite("Pasting")
struct PasteTests {
    @Test func aPasteIntoAFormFieldReplacesThePrefilledValueAndSavesNothing() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        model.send(Keys.press(.char("e")))
        let effects = model.update(.paste("Anna\nde Vries\tq"))
        #expect(effects.isEmpty, "a line break in a paste is not Enter")
        guard case let .form(form)? = model.overlay else { Issue.record("the paste closed the form"); return }
        #expect(form.fields[form.focus].value == "Anna de Vries q")
        #expect(!model.quitting)
    }

    @Test func aPasteWithNoFieldOrFilterRunsNoKeys() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        let before = model.render().text
        let effects = model.update(.paste("qx4"))
        #expect(effects.isEmpty && !model.quitting && model.pane == .members)
        let after = model.render().text
        #expect(after.contains("pasted text goes into a filter (/) or a form's field"))
        #expect(before.components(separatedBy: "\n")[1] == after.components(separatedBy: "\n")[1], "the list is as it was")
    }

    @Test func aPasteIntoTheFilterFiltersAsTyping() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        model.send(Keys.press(.char("/")))
        _ = model.update(.paste("illustr\n"))
        #expect(model.members.filter == "illustr")
        #expect(model.render().text.contains("Filter: illustr"))
    }

    @Test func aChoiceOrANumberTakesNoTextAndAParagraphKeepsItsLines() {
        var form = FormState(title: "t", purpose: .addMember, fields: [
            .init(key: "role", label: "Role", kind: .choice(["member", "partner"]), value: "member"),
            .init(key: "desks", label: "Desks", kind: .number, value: "1"),
            .init(key: "pitch", label: "Share", kind: .paragraph, value: ""),
        ])
        form.paste("partner")
        #expect(form.value("role") == "member" && form.errorField == "role")
        form.focus(1)
        form.paste("two")
        #expect(form.value("desks") == "1" && form.errorField == "desks" && form.error?.contains("takes a number") == true)
        form.paste(" 2\n")
        #expect(form.value("desks") == "2")
        form.focus(2)
        form.paste("I draw.\nI also animate.\u{7}")
        #expect(form.value("pitch") == "I draw.\nI also animate.")
    }
}
