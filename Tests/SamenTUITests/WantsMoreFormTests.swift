import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// The work a member wants more of (issue 16) in the dashboard: a field of
/// the member's edit form, as their skills are, and a line in their detail
/// when they have said something.
@Suite("Wants more in the member form")
struct WantsMoreFormTests {
    /// From the edit form's first field, Shift-Tab reaches the pitch, then
    /// the clients they decline, then the work they want more of.
    static let toWantsMore = Keys.press(.char("e"), .backTab, .backTab, .backTab)

    @Test func typedInTheEditFormItIsSavedAndShownInTheDetail() throws {
        try TUIFixture.withStore { store, dir in
            // Eric, the coordinator, edits Anaïs (first in the directory).
            let events = Self.toWantsMore + Keys.type("Subtitling, Voice-over") + Keys.press(.enter)
            let backend = FakeBackend(width: 120, height: 40, events: events)
            let dashboard = Dashboard.scripted(store: store, actor: "eric", backend: backend, today: TUIFixture.today)
            try dashboard.run()
            let form = backend.frames.first { $0.text.contains("Edit Anaïs Laurent") }?.text ?? ""
            #expect(form.contains("Wants more"), "the field is on the form:\n\(form)")
            #expect(try Store(directory: dir).state.member("anais")?.wantsMore == ["subtitling", "voice-over"])
            let screen = backend.lastScreen
            Snapshot.check(screen, named: "member-wants-more-saved-120x40")
            #expect(screen.contains("saved:"))
            #expect(screen.contains("│ More of   subtitling, voice-over"), "\(screen)")
        }
    }

    @Test func theFormShowsWhatIsThereAndEmptyingItClearsIt() throws {
        var state = try TUIFixture.unit2()
        var e = MemberEdit(id: "anais")
        e.wantsMore = ["subtitling"]
        _ = try state.apply(.editMember(e), context: ChangeContext(actor: "eric", today: TUIFixture.today))
        var m = AppModel(state: state, actor: "eric", today: TUIFixture.today, width: 80, height: 24)
        m.send(Self.toWantsMore)
        guard case let .form(form)? = m.overlay else { Issue.record("no form open"); return }
        #expect(form.fields[form.focus].key == "wantsMore")
        #expect(form.value("wantsMore") == "subtitling")
        m.send(Keys.press(.ctrl("u")))
        guard case let .form(emptied)? = m.overlay,
              case let .success(change) = MemberForm.change(from: emptied, state: state, today: TUIFixture.today) else {
            Issue.record("no change from the form"); return
        }
        var cleared = MemberEdit(id: "anais")
        cleared.wantsMore = []
        #expect(change == .editMember(cleared))
    }

    @Test func theDetailSaysItInDutchAndOnlyWhenThereIsSomething() throws {
        var state = try TUIFixture.unit2()
        let before = AppModel(state: state, actor: "eric", today: TUIFixture.today, width: 120, height: 40).render().text
        #expect(!before.contains("More of"))
        var e = MemberEdit(id: "anais")
        e.wantsMore = ["subtitling", "voice-over"]
        _ = try state.apply(.editMember(e), context: ChangeContext(actor: "eric", today: TUIFixture.today))
        let dutch = Language.$scoped.withValue(.nl) {
            AppModel(state: state, actor: "eric", today: TUIFixture.today, width: 120, height: 40).render().text
        }
        #expect(dutch.contains("│ Wil meer     subtitling, voice-over"), "\(dutch)")
    }

    @Test func aMemberMayNotSayItForAnother() throws {
        // Zoë may not edit Anaïs: the form does not open, as for her skills.
        var m = AppModel(state: try TUIFixture.unit2(), actor: "zoe", today: TUIFixture.today, width: 120, height: 40)
        m.send(Keys.press(.char("e")))
        #expect(m.overlay == nil)
        #expect(m.message?.text.hasPrefix("not allowed:") == true, "\(m.message?.text ?? "")")
    }
}
