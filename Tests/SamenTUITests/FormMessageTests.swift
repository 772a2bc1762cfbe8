import Testing
@testable import SamenTUI
import SamenCore

/// Issue 13: a field's error is shown whole, never cut at the form's width,
/// and a field nobody is typing in shows its start.
@Suite("Form messages and long fields")
struct FormMessageTests {
    func form() -> FormState {
        FormState(title: "Edit project 7", purpose: .addMember, fields: [
            .init(key: "title", label: "Title", kind: .text, value: "Congress report"),
            .init(key: "members", label: "Members", kind: .text,
                  value: "anais, arjen, chloe, daan, emre, eric, esther, eva, femke, fleur, sanne, saskia, stefan, thijs, tim, wouter, yara, zoe"),
        ])
    }

    @Test func aLongRefusalIsWrappedOntoAsManyRowsAsItNeedsAndEveryWordIsShown() {
        var f = form()
        let refusal = "Femke de Wit is on the team for 2026-12-28..2027-01-24, outside the new period 2026-12-28..2027-01-10; "
            + "change or take off their allocation first, or choose a period that still holds everyone on the team"
        f.showError(refusal, field: "title")
        for (w, h) in [(80, 24), (60, 15)] {
            var canvas = Canvas(width: w, height: h)
            f.render(into: &canvas, width: w, height: h)
            let shown = canvas.text.split(separator: "\n").map { $0.replacingOccurrences(of: "│", with: " ") }.joined(separator: " ")
            let missing = refusal.split(separator: " ").filter { !shown.contains($0) }
            #expect(missing.isEmpty, "at \(w)x\(h) these words were cut: \(missing)\n\(canvas.text)")
        }
    }

    @Test func aFieldNotBeingTypedInShowsItsStartAndMarksWhatIsHidden() {
        var f = form()
        f.focus(0)
        var canvas = Canvas(width: 80, height: 24)
        f.render(into: &canvas, width: 80, height: 24)
        let row = canvas.text.split(separator: "\n").first { $0.contains("Members") } ?? ""
        #expect(row.contains("anais, arjen") && row.contains("…"), "\(row)")
        #expect(!row.contains("yara, zoe"))
        // Typed in, it scrolls to the cursor as before.
        f.focus(1)
        var typing = Canvas(width: 80, height: 24)
        f.render(into: &typing, width: 80, height: 24)
        let typed = typing.text.split(separator: "\n").first { $0.contains("Members") } ?? ""
        #expect(typed.contains("zoe"), "\(typed)")
    }
}
