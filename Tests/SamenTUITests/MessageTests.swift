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
        _ = refused.update(.saved(.failure(DomainError("name: too short")), origin: origin, newState: nil))
        guard case let .form(form)? = refused.overlay else { Issue.record("the form closed on a refusal"); return }
        #expect(form.error == "name: too short" && form.errorField == "name")
        _ = model.update(.saved(.success(outcome), origin: origin, newState: saved))
        #expect(model.overlay == nil)
        #expect(model.render().text.contains("saved:"))
    }

    @Test func aProblemIsShownOnTheBottomLine() throws {
        var model = try TUIFixture.model()
        _ = model.update(.problem("cannot reload: disk gone"))
        #expect(model.render().text.contains("cannot reload: disk gone"))
    }
}
