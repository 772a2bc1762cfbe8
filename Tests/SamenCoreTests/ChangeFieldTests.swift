import Testing
@testable import SamenCore

/// Issue 13: a refusal says which part of the change it is about as a type,
/// so a form puts it beside that field without reading the words.
@Suite("Refusals name their field")
struct ChangeFieldTests {
    /// The field of the refusal `change` gets, or a note that it was not refused.
    func field(of change: Change, in state: NetworkState, context: ChangeContext = Fixture.ctx) -> ChangeField?? {
        var s = state
        do { _ = try s.apply(change, context: context) } catch let e as DomainError { return .some(e.field) } catch { return .some(nil) }
        return .none
    }

    @Test func eachRuleNamesThePartItRefuses() throws {
        let s = try Fixture.state()
        let day = Day(iso: "2020-01-01")!
        let noName = Member(id: "anna", name: " ", role: .member, city: "Utrecht", joined: day)
        var desks = Member(id: "anna", name: "Anna", role: .member, city: "Utrecht", joined: day); desks.desks = 30
        var badLogin = MemberEdit(id: "katleen"); badLogin.login = "has space"
        let taken = Member(id: "pierre", name: "Pierre Two", role: .member, city: "Utrecht", joined: day)
        var budget = Fixture.project(); budget.budget = Money(cents: -100)
        var noTitle = Fixture.project(); noTitle.title = ""
        let cases: [(String, Change, ChangeField)] = [
            ("an empty name", .addMember(noName), .name),
            ("30 desks", .addMember(desks), .desks),
            ("a login with a space", .editMember(badLogin), .login),
            ("a taken member id", .addMember(taken), .name),
            ("a negative budget", .addProject(budget), .budget),
            ("no title", .addProject(noTitle), .title),
            ("an unknown cost category", .addLedgerEntry(Fixture.entry(.cost, 1000, category: "coffee")), .category),
            ("a cost of nothing", .addLedgerEntry(Fixture.entry(.cost, 0, category: "rent")), .amount),
            ("an entry after today not marked planned", .addLedgerEntry(Fixture.entry(.cost, 1000, category: "rent", date: "2026-12-24")), .planned),
            ("a revenue of someone unknown", .addLedgerEntry(Fixture.entry(.revenue, 1000, member: "nobody")), .member),
        ]
        for (what, change, expected) in cases {
            #expect(field(of: change, in: s) == .some(expected), "\(what)")
        }
    }

    @Test func aRightsRefusalNamesWhoseItIsAndTheWholeChangeNamesNothing() throws {
        let s = try Fixture.state()
        // An associate may not book a partner's revenue: whose revenue it is, is the field.
        let asKatleen = ChangeContext(actor: "katleen", now: Fixture.now, today: Fixture.today)
        #expect(field(of: .addLedgerEntry(Fixture.entry(.revenue, 1000, member: "pierre")), in: s, context: asKatleen) == .some(.member))
        // Nor a cost: what it is, is the field.
        #expect(field(of: .addLedgerEntry(Fixture.entry(.cost, 1000, category: "rent")), in: s, context: asKatleen) == .some(.kind))
        // A project that does not exist is about no field of a lead form.
        #expect(field(of: .setLead(project: 99, member: "pierre"), in: s) == .some(.project))
        // "Nothing to change" is about the change as a whole.
        #expect(field(of: .editMember(MemberEdit(id: "katleen")), in: s) == .some(nil))
    }
}
