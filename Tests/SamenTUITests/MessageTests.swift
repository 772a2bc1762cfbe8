import Testing
@testable import SamenCore
@testable import SamenTUI

/// One way in: keys, a save's result, a reload, a new day and a problem are
/// all messages through the one `update`.
@Suite("Messages")
struct MessageTests {
    @Test func aNewDayMovesTheMapOn() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        model.send(Keys.press(.char("c")))
        let thisWeek = ISOWeek(containing: TUIFixture.today)
        #expect(model.capacityView?.first == thisWeek)
        _ = model.update(.today(TUIFixture.today.advanced(by: 7)))
        #expect(model.today == TUIFixture.today.advanced(by: 7))
        #expect(model.capacityView?.first == thisWeek.advanced(by: 1), "past weeks are not planned: the map moves on")
    }

    @Test func aSaveClosesItsFormAndARefusalStaysBesideItsField() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        model.send(Keys.press(.char("e")))
        let effects = model.send(Keys.press(.char("x"), .enter))
        guard case let .apply(change, origin)? = effects.first else { Issue.record("no change to save"); return }
        var saved = model.state
        let outcome = try saved.apply(change, context: model.changeContext)
        var refused = model
        _ = refused.update(.saved(.failure(DomainError("a member's name is too long", field: .name)), origin: origin, newState: nil))
        guard case let .form(form)? = refused.overlay else { Issue.record("the form closed on a refusal"); return }
        #expect(form.error == "a member's name is too long" && form.errorField == "name")
        _ = model.update(.saved(.success(outcome), origin: origin, newState: saved))
        #expect(model.overlay == nil)
        #expect(model.render().text.contains("saved:"))
    }

    /// Issue 13: a refusal names its field as a type, and the form puts it
    /// there; words that merely mention a field do not move it.
    @Test func aRefusalGoesBesideTheFieldItsTypeNamesNotTheOneItsWordsMention() throws {
        var model = try TUIFixture.model(width: 120, height: 40)
        model.send(Keys.press(.char("e")))
        guard case let .form(opened)? = model.overlay, case let .editMember(id) = opened.purpose else {
            Issue.record("e did not open the member form"); return
        }
        // The domain's own refusal (the rules or the rights): another member's login.
        let other = try #require(model.state.members.first { $0.id != id && $0.login != nil })
        var edit = MemberEdit(id: id)
        edit.login = other.login
        var copy = model.state
        var refusal: Error?
        do { _ = try copy.apply(.editMember(edit), context: model.changeContext) } catch { refusal = error }
        let error = try #require(refusal as? DomainError)
        #expect(error.field == .login)
        var refused = model
        _ = refused.update(.saved(.failure(error), origin: .memberForm, newState: nil))
        guard case let .form(form)? = refused.overlay else { Issue.record("the form closed on a refusal"); return }
        #expect(form.errorField == "login" && form.error == error.message)
        #expect(form.fields[form.focus].key == "login", "the cursor goes to the field the refusal is about")

        // A refusal about the change as a whole stays below the fields, even
        // when its words mention one ("name", "hours", "city").
        var whole = model
        _ = whole.update(.saved(.failure(DomainError("the member's name and city are fine; only a partner may do this")), origin: .memberForm, newState: nil))
        guard case let .form(general)? = whole.overlay else { Issue.record("the form closed on a refusal"); return }
        #expect(general.errorField == nil && general.error?.hasPrefix("the member's name") == true)
    }

    @Test func aProblemIsShownOnTheBottomLine() throws {
        var model = try TUIFixture.model()
        _ = model.update(.problem("cannot reload: disk gone"))
        #expect(model.render().text.contains("cannot reload: disk gone"))
    }
}
