import Testing
@testable import SamenCore

/// Who acts: the login the system vouches for; `--as` only says for whom,
/// where the rules allow it, and the outcome says so for the history.
@Suite struct ActingForTests {
    static func context(_ person: String, for member: String? = nil) -> ChangeContext {
        ChangeContext(identity: .login(person, actingFor: member), now: RightsTableTests.now, today: RightsTableTests.today)
    }

    static let tomsPitch: Change = {
        var e = MemberEdit(id: "tom")
        e.pitch = "Printing"
        return .editMember(e)
    }()

    func refused(_ change: Change, _ ctx: ChangeContext, in state: NetworkState) -> String? {
        var s = state
        do { _ = try s.apply(change, context: ctx); return nil } catch { return "\(error)" }
    }

    @Test func anAssociateCannotActForSomeoneElse() throws {
        let s = try RightsTableTests.network()
        #expect(refused(Self.tomsPitch, Self.context("u-ada", for: "tom"), in: s)
                == "you are u-ada (Ada Assoc, an associate); only a partner or a member or an administrator may act for Tom Other")
        // Naming a partner is no way round it either.
        #expect(refused(Self.tomsPitch, Self.context("u-ada", for: "pia"), in: s)
                == "you are u-ada (Ada Assoc, an associate); only a partner or a member or an administrator may act for Pia Partner")
        #expect(refused(Self.tomsPitch, Self.context("mallory", for: "pia"), in: s)
                == "you are mallory, who is not a member of this network; only a partner or a member or an administrator may act for Pia Partner")
    }

    @Test func aLoginIsMatchedByTheLoginFieldNotByAMemberID() throws {
        // A Unix user who happens to be called "pia" is not Pia, whose login is u-pia.
        let s = try RightsTableTests.network()
        #expect(refused(Self.tomsPitch, Self.context("pia"), in: s)
                == "only Tom Other, a partner, a member or Bea Books (bea) may change Tom Other's details; you act as 'pia', who is not a member of this network")
    }

    @Test func aPartnerActsForAnAssociateWithTheAssociatesRights() throws {
        var s = try RightsTableTests.network()
        let out = try s.apply(.addRequest(HelpRequest(id: 0, from: "tom", kind: .advice, text: "Phoned in", created: RightsTableTests.now)),
                              context: Self.context("u-pia", for: "tom"))
        #expect(out.actedFor == "tom")
        // Acting for Tom lends Pia only what Tom may do.
        #expect(refused(.addLedgerEntry(LedgerEntry(id: 0, kind: .cost, date: RightsTableTests.today, amount: Money(cents: 1), category: "rent",
                                                    at: RightsTableTests.now, by: "")), Self.context("u-pia", for: "tom"), in: s)
                == "only a partner, a member or Bea Books (bea) may add a cost; you act as Tom Other (tom), an associate")
        // Acting for oneself is no acting for someone else.
        let own = try s.apply(Self.tomsPitch, context: Self.context("u-tom", for: "tom"))
        #expect(own.actedFor == nil)
    }

    @Test func anAdministratorMayActForAnyoneAndANameThatIsNoMemberIsTheirOwn() throws {
        var s = try RightsTableTests.network()
        #expect(try s.apply(Self.tomsPitch, context: Self.context("root", for: "tom")).actedFor == "tom")
        // $SAMEN_USER left set to someone unknown: the administrator acts as themselves.
        #expect(try s.apply(Self.tomsPitch, context: Self.context("root", for: "tester")).actedFor == nil)
        // ... and the name set aside signs nothing: the decision log says root.
        _ = try s.apply(.moveProject(project: 1, to: .declined, reason: .noCapacity, note: ""), context: Self.context("root", for: "tester"))
        #expect(s.project(1)?.log.last?.by == "root")
        // A member with a stale name is told, not silently made someone else.
        #expect(refused(Self.tomsPitch, Self.context("u-pia", for: "tester"), in: s)
                == "'tester' is not a member of this network, so nobody can act for them; you are u-pia (Pia Partner, a partner)")
    }

    @Test func inASandboxAnyoneMayBeAnyone() throws {
        var s = try RightsTableTests.network()
        var n = s.network
        n.sandbox = true
        s.network = n
        #expect(try s.apply(Self.tomsPitch, context: Self.context("mallory", for: "tom")).actedFor == "tom")
        // Only samen demo makes a sandbox: no change turns one on or off.
        n.sandbox = false
        #expect(refused(.updateNetwork(n), Self.context("root"), in: s)
                == "a network becomes a sandbox only as a copy made by samen demo; you act as 'root', who is not a member of this network")
        let plain = try RightsTableTests.network()
        var on = plain.network
        on.sandbox = true
        #expect(refused(.updateNetwork(on), Self.context("u-pia"), in: plain)
                == "a network becomes a sandbox only as a copy made by samen demo; you act as Pia Partner (u-pia), a partner")
    }

    @Test func someoneWhoLeftMayNoLongerChangeAnything() throws {
        var s = try RightsTableTests.network()
        _ = try s.apply(.memberLeft(member: "pia", on: RightsTableTests.today), context: Self.context("root"))
        #expect(refused(.moveProject(project: 1, to: .declined, reason: .noCapacity, note: ""), Self.context("u-pia"), in: s)
                == "only a partner or a member may decline project 1 in Test (triage: coordinators); you act as 'u-pia', who is not a member of this network")
        #expect(refused(Self.tomsPitch, Self.context("u-pia", for: "tom"), in: s)
                == "you are u-pia, who is not a member of this network; only a partner or a member or an administrator may act for Tom Other")
    }

    @Test func nobodyTakesAnotherMembersOrAnAdministratorsLogin() throws {
        let s = try RightsTableTests.network()
        var takeTom = MemberEdit(id: "ada")
        takeTom.login = "u-tom"
        #expect(refused(.editMember(takeTom), Self.context("u-ada"), in: s) == "login 'u-tom' already belongs to Tom Other (tom)")
        var takeRoot = MemberEdit(id: "ada")
        takeRoot.login = "root"
        #expect(refused(.editMember(takeRoot), Self.context("u-ada"), in: s)
                == "login 'root' belongs to an administrator of this network and cannot be a member's")
        // Even a partner, who may fix logins, cannot hand out an administrator's.
        var fix = MemberEdit(id: "tom")
        fix.login = "root"
        #expect(refused(.editMember(fix), Self.context("u-pia"), in: s)
                == "login 'root' belongs to an administrator of this network and cannot be a member's")
    }

    /// ST-groep's partners pass work on; Unit-2's members decide together.
    @Test func whoTriagesIsTheNetworksSetting() throws {
        var s = try RightsTableTests.network()
        var n = s.network
        n.triage = .partners
        _ = try s.apply(.updateNetwork(n), context: Self.context("root"))
        #expect(refused(.moveProject(project: 1, to: .declined, reason: .noCapacity, note: ""), Self.context("u-colin"), in: s)
                == "only a partner may decline project 1 in Test (triage: partners); you act as Colin Coord (u-colin), a member")
        #expect(refused(.moveProject(project: 1, to: .declined, reason: .noCapacity, note: ""), Self.context("u-pia"), in: s) == nil)
        n.triage = .members
        _ = try s.apply(.updateNetwork(n), context: Self.context("root"))
        #expect(refused(.moveProject(project: 1, to: .declined, reason: .noCapacity, note: ""), Self.context("u-ada"), in: s) == nil)
        #expect(refused(.moveProject(project: 1, to: .declined, reason: .noCapacity, note: ""), Self.context("u-appie"), in: s)
                == "only a member who takes on work may decline project 1 in Test (triage: members); you act as Appie Applicant (u-appie), an applicant")
        #expect(refused(.moveProject(project: 1, to: .declined, reason: .noCapacity, note: ""), Self.context("mallory"), in: s)
                == "only a member who takes on work may decline project 1 in Test (triage: members); you act as 'mallory', who is not a member of this network")
    }

    @Test(arguments: DemoNetwork.allCases)
    func theDemosSayWhoTriages(_ demo: DemoNetwork) throws {
        let s = try demo.build(today: RightsTableTests.today)
        #expect(s.network.triage == (demo == .unit2 ? .members : .partners))
        #expect(!s.network.sandbox)
    }

    @Test func aFileWithoutTheSettingsReadsAsTheDefaults() throws {
        let json = #"{"formatVersion":2,"name":"Old","place":"Leiden","currency":"EUR"}"#
        let n = try JSONScanner.decode(Array(json.utf8)) { try Network(from: &$0) }
        #expect(n.triage == .coordinators && n.administrators.isEmpty && !n.sandbox)
    }
}
