import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// `e` on the help pane's Share list: the member's pitch alone, whole, in a
/// field of several lines; saved as their edit, if the rules allow it.
@Suite("Share pitch form")
struct SharePitchTests {
    static let newPitch = "Illustrator and animator of short explainer films with a hand-drawn feel; also storyboards, "
        + "title sequences and the odd risograph poster for a festival that wants to look handmade."

    /// The Share list (Help, then ← round to the last list), filtered to one member.
    static func toShare(_ who: String) -> [InputEvent] {
        Keys.press(.char("3"), .left, .char("/")) + Keys.type(who) + Keys.press(.enter)
    }

    @Test func eOpensThePitchWholeAndSavingShowsTheNewPitchWhole() throws {
        try TUIFixture.withStore { store, dir in
            // Zoë edits her own pitch: typed over what was there, longer than one line of the form.
            var events = Self.toShare("zoë") + Keys.press(.char("e"))
            let backend = FakeBackend(width: 120, height: 40, events: events)
            events = Keys.type(Self.newPitch) + Keys.press(.enter)
            backend.events += events
            var formScreen = ""
            backend.onIdle = []
            let dashboard = Dashboard.scripted(store: store, actor: "zoe", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            formScreen = backend.frames.first { $0.text.contains("Share pitch of Zoë de Vries") }?.text ?? ""
            #expect(formScreen.contains("Draws complicated things simply"), "the form opens pre-filled:\n\(formScreen)")
            #expect(try Store(directory: dir).state.member("zoe")?.pitch == Self.newPitch)
            let screen = backend.lastScreen
            Snapshot.check(screen, named: "share-pitch-saved-120x40")
            #expect(screen.contains("saved:"))
            // The detail beside the list shows all of it, wrapped.
            let detail = screen.split(separator: "\n").compactMap { $0.split(separator: "│", maxSplits: 1).dropFirst().first }
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            #expect(detail.contains(Self.newPitch), "\(detail)")
        }
    }

    @Test func theFormShowsAllOfALongPitchWhileTyping() throws {
        var m = AppModel(state: try TUIFixture.unit2(), actor: "zoe", today: TUIFixture.today, width: 80, height: 24)
        m.send(Self.toShare("zoë") + Keys.press(.char("e")) + Keys.type(Self.newPitch + " " + Self.newPitch))
        guard case let .form(form)? = m.overlay else { Issue.record("no form open"); return }
        #expect(form.purpose == .editPitch(member: "zoe"))
        let screen = m.render().text
        Snapshot.check(screen, named: "share-pitch-form-80x24")
        let inside = screen.split(separator: "\n").compactMap { $0.split(separator: "│", omittingEmptySubsequences: false).dropFirst().first }
            .map { $0.replacingOccurrences(of: "Share pitch", with: "").trimmingCharacters(in: .whitespaces) }
            .map { $0.hasSuffix("▏") ? String($0.dropLast()) : $0 }
            .filter { !$0.isEmpty }.joined(separator: " ")
        #expect(inside.contains(Self.newPitch + " " + Self.newPitch), "\(inside)")
        #expect(screen.contains("↑↓ lines"))
    }

    @Test func aMemberMayNotEditAnothersPitchAndIsToldAtOnce() throws {
        var m = AppModel(state: try TUIFixture.unit2(), actor: "zoe", today: TUIFixture.today, width: 120, height: 40)
        m.send(Self.toShare("anaïs") + Keys.press(.char("e")))
        #expect(m.overlay == nil, "no form to fill in only to be refused")
        let status = m.message?.text ?? ""
        #expect(status.hasPrefix("not allowed:"), "the policy's refusal, not a hint: \(status)")
        #expect(status.contains("Anaïs Laurent"))
    }

    @Test func unchangedSaysSoAndEscLeavesIt() throws {
        var m = AppModel(state: try TUIFixture.unit2(), actor: "eric", today: TUIFixture.today, width: 120, height: 40)
        let effects = m.send(Self.toShare("olga") + Keys.press(.char("e"), .enter))
        #expect(effects.isEmpty)
        guard case let .form(form)? = m.overlay else { Issue.record("no form open"); return }
        #expect(form.error == "nothing changed; edit the pitch or press Esc")
        m.send(Keys.press(.escape))
        #expect(m.overlay == nil)
    }

    @Test func theKeyIsDeclaredOnTheShareList() throws {
        var m = AppModel(state: try TUIFixture.unit2(), actor: "eric", today: TUIFixture.today, width: 120, height: 40)
        m.send(Keys.press(.char("3"), .left))
        #expect(m.render().text.split(separator: "\n").last?.contains("e edit pitch") == true)
        m.send(Keys.press(.char("?")))
        #expect(m.render().text.contains("on the Share list: edit the member's Share pitch"))
    }

    @Test func theMemberFormsPitchIsTheSameKindOfField() throws {
        let state = try TUIFixture.unit2()
        let form = MemberForm.edit(try #require(state.member("zoe")), today: TUIFixture.today)
        #expect(form.fields.first { $0.key == "pitch" }?.kind == .paragraph)
    }
}
