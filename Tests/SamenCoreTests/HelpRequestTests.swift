import Testing
@testable import SamenCore

/// Help requests: who may do what, in which order, and the messages people see.
@Suite("Help requests")
struct HelpRequestTests {
    static func ctx(_ actor: String) -> ChangeContext { ChangeContext(actor: actor, now: Fixture.now, today: Fixture.today) }

    /// The fixture (partners Pierre and Guido, associate Katleen) plus two
    /// more associates, so a request can be someone else's without a partner in it.
    static func state() throws -> NetworkState {
        var s = try Fixture.state()
        for (id, name, skills) in [("miriam", "Miriam de Boer", ["healthcare", "instruments"]), ("jasper", "Jasper Kuipers", ["lean"])] {
            _ = try s.apply(.addMember(Member(id: id, name: name, role: .associate, skills: skills, city: "Utrecht",
                                              joined: Day(iso: "2021-01-01")!)), context: Fixture.ctx)
        }
        return s
    }

    static func ask(_ from: String, _ tags: [String] = ["instruments"], _ text: String = "Who has used the team scan?") -> Change {
        .addRequest(HelpRequest(id: 0, from: from, kind: .advice, tags: tags, text: text, created: Fixture.now))
    }

    /// Applies `change` as `actor` and expects it refused with exactly `message`, leaving the requests as they were.
    @Test func aRequestGoesFromOpenToMatchedToClosed() throws {
        var s = try Self.state()
        let added = try s.apply(Self.ask("katleen"), context: Self.ctx("katleen"))
        #expect(added.summary == "Katleen Verbeek asks (advice): Who has used the team scan?")
        #expect(s.request(1)?.status == .open)
        _ = try s.apply(.offerHelp(request: 1, member: "miriam", note: "Twice, at De Linde"), context: Self.ctx("miriam"))
        _ = try s.apply(.offerHelp(request: 1, member: "jasper", note: ""), context: Self.ctx("jasper"))
        #expect(s.request(1)?.offers.map(\.member) == ["miriam", "jasper"])
        let accepted = try s.apply(.acceptOffer(request: 1, member: "miriam"), context: Self.ctx("katleen"))
        #expect(accepted.summary == "request 1 matched: Katleen Verbeek accepts Miriam de Boer's offer")
        #expect(s.request(1)?.status == .matched)
        #expect(s.request(1)?.accepted == "miriam")
        // Matched is still open to more offers, but not to a second acceptance.
        _ = try s.apply(.offerHelp(request: 1, member: "guido", note: "me too"), context: Self.ctx("guido"))
        refuses(.acceptOffer(request: 1, member: "guido"), as: "katleen", in: s,
                with: "request 1 is matched; only an open request can accept an offer")
        let closed = try s.apply(.closeRequest(request: 1, note: "Miriam's notes were what I needed."), context: Self.ctx("katleen"))
        #expect(closed.summary == "request 1 closed: Miriam's notes were what I needed.")
        #expect(s.request(1)?.status == .closed)
        #expect(s.request(1)?.closingNote == "Miriam's notes were what I needed.")
        #expect(s.request(1)?.closed == Fixture.now)
        refuses(.closeRequest(request: 1, note: ""), as: "katleen", in: s, with: "request 1 is already closed")
        refuses(.withdrawRequest(request: 1), as: "katleen", in: s, with: "request 1 is already closed")
    }

    @Test func offeringOnAClosedOrWithdrawnRequestIsRefused() throws {
        var s = try Self.state()
        _ = try s.apply(Self.ask("katleen"), context: Self.ctx("katleen"))
        _ = try s.apply(Self.ask("katleen", ["lean"], "Lean in care: any experience?"), context: Self.ctx("katleen"))
        _ = try s.apply(.closeRequest(request: 1, note: ""), context: Self.ctx("katleen"))
        _ = try s.apply(.withdrawRequest(request: 2), context: Self.ctx("katleen"))
        refuses(.offerHelp(request: 1, member: "miriam", note: "late"), as: "miriam", in: s, with: "request 1 is closed; offers are closed")
        refuses(.offerHelp(request: 2, member: "miriam", note: "late"), as: "miriam", in: s, with: "request 2 is withdrawn; offers are closed")
        refuses(.offerHelp(request: 9, member: "miriam", note: ""), as: "miriam", in: s, with: "request 9 does not exist")
    }

    @Test func acceptingAnOfferOnSomeoneElsesRequestNeedsAPartnerOrCoordinator() throws {
        var s = try Self.state()
        _ = try s.apply(Self.ask("katleen"), context: Self.ctx("katleen"))
        _ = try s.apply(.offerHelp(request: 1, member: "miriam", note: ""), context: Self.ctx("miriam"))
        refuses(.acceptOffer(request: 1, member: "miriam"), as: "jasper", in: s,
                with: "request 1 is Katleen Verbeek's; only they or a partner can accept an offer on it; you act as Jasper Kuipers (jasper)")
        refuses(.acceptOffer(request: 1, member: "miriam"), as: "miriam", in: s,
                with: "request 1 is Katleen Verbeek's; only they or a partner can accept an offer on it; you act as Miriam de Boer (miriam)")
        refuses(.acceptOffer(request: 1, member: "miriam"), as: "nobody", in: s,
                with: "request 1 is Katleen Verbeek's; only they or a partner can accept an offer on it; you act as 'nobody', who is not a member of this network")
        refuses(.closeRequest(request: 1, note: "done"), as: "jasper", in: s,
                with: "request 1 is Katleen Verbeek's; only they or a partner can close it; you act as Jasper Kuipers (jasper)")
        // A partner may: they pass work and advice around (ST-groep).
        var partner = s
        _ = try partner.apply(.acceptOffer(request: 1, member: "miriam"), context: Self.ctx("pierre"))
        #expect(partner.request(1)?.status == .matched)
        // So may a role the network names as coordinating.
        var n = s.network
        n.coordinatorRoles = [.associate]
        _ = try s.apply(.updateNetwork(n), context: Fixture.ctx)
        refuses(.acceptOffer(request: 1, member: "miriam"), as: "nobody", in: s,
                with: "request 1 is Katleen Verbeek's; only they or a partner or an associate can accept an offer on it; you act as 'nobody', who is not a member of this network")
        _ = try s.apply(.acceptOffer(request: 1, member: "miriam"), context: Self.ctx("jasper"))
        #expect(s.request(1)?.accepted == "miriam")
    }

    @Test func onlyTheAskerWithdraws() throws {
        var s = try Self.state()
        _ = try s.apply(Self.ask("katleen"), context: Self.ctx("katleen"))
        refuses(.withdrawRequest(request: 1), as: "pierre", in: s,
                with: "only Katleen Verbeek, who asked, can withdraw request 1; you act as Pierre (pierre)")
        _ = try s.apply(.withdrawRequest(request: 1), context: Self.ctx("katleen"))
        #expect(s.request(1)?.status == .withdrawn)
        #expect(s.request(1)?.closed == Fixture.now)
    }

    @Test func peopleAskAndOfferInTheirOwnName() throws {
        var s = try Self.state()
        refuses(Self.ask("katleen"), as: "jasper", in: s,
                with: "only Katleen Verbeek or a partner can ask in Katleen Verbeek's name; you act as Jasper Kuipers (jasper)")
        _ = try s.apply(Self.ask("katleen"), context: Self.ctx("guido"))   // a partner notes it down for her
        refuses(.offerHelp(request: 1, member: "miriam", note: ""), as: "jasper", in: s,
                with: "only Miriam de Boer or a partner can offer help in Miriam de Boer's name; you act as Jasper Kuipers (jasper)")
        // A login finds the member as well as an id does.
        var e = MemberEdit(id: "miriam"); e.login = "mboer"
        _ = try s.apply(.editMember(e), context: Fixture.ctx)
        _ = try s.apply(.offerHelp(request: 1, member: "miriam", note: ""), context: Self.ctx("mboer"))
        #expect(s.request(1)?.offers.count == 1)
    }

    @Test func emptyTextAndOtherBadInputAreRefused() throws {
        let s = try Self.state()
        refuses(Self.ask("katleen", ["instruments"], "   "), as: "katleen", in: s, with: "the request's text must not be empty")
        refuses(Self.ask("katleen", ["in,struments"]), as: "katleen", in: s, with: "topic tags 'in,struments' must not contain a comma")
        refuses(Self.ask("katleen", ["  "]), as: "katleen", in: s, with: "topic tags must not contain an empty name")
        refuses(Self.ask("nobody"), as: "nobody", in: s, with: "member 'nobody' does not exist")
        refuses(.addRequest(HelpRequest(id: 0, from: "katleen", kind: .advice, text: "Help", hoursPerWeek: 8, created: Fixture.now)),
                as: "katleen", in: s, with: "hours a week only go with a 'needs work' request")
        refuses(.addRequest(HelpRequest(id: 0, from: "katleen", kind: .advice, text: "Help", deadline: Day(iso: "2026-11-01")!,
                                        created: Fixture.now)), as: "katleen", in: s, with: "the deadline 2026-11-01 has already passed")
        refuses(.addRequest(HelpRequest(id: 0, from: "katleen", kind: .needsWork, text: "", hoursPerWeek: 0, created: Fixture.now)),
                as: "katleen", in: s, with: "a 'needs work' request needs the hours a week you would like to fill")
        var twice = s
        _ = try twice.apply(.addRequest(HelpRequest(id: 0, from: "katleen", kind: .needsWork, text: "", hoursPerWeek: 8, created: Fixture.now)),
                            context: Self.ctx("katleen"))
        #expect(twice.request(1)?.text == "Looking for 8 hours a week of work")
        refuses(.addRequest(HelpRequest(id: 0, from: "katleen", kind: .needsWork, text: "", hoursPerWeek: 8, created: Fixture.now)),
                as: "katleen", in: twice, with: "Katleen Verbeek already has an open 'needs work' request (1); close it first")
        refuses(.offerHelp(request: 1, member: "miriam", note: String(repeating: "x", count: 10_001)), as: "miriam", in: twice,
                with: "the offer's note is too long (10001 characters, at most 10000)")
    }
}

@Suite("Topic tag policy")
struct TagPolicyTests {
    @Test func aNewTagCloseToAnExistingOneIsWarnedAboutButKept() throws {
        var s = try HelpRequestTests.state()
        _ = try s.apply(HelpRequestTests.ask("katleen", ["infographics"]), context: HelpRequestTests.ctx("katleen"))
        let out = try s.apply(HelpRequestTests.ask("miriam", ["Infographic", "brand-new-topic"], "Charts for a report?"),
                              context: HelpRequestTests.ctx("miriam"))
        #expect(out.warnings == ["topic 'infographic' is new; did you mean 'infographics' (used 1 time)?"])
        #expect(s.request(2)?.tags == ["infographic", "brand-new-topic"])
        // Tags in use anywhere count, skills included; in use means no warning.
        let again = try s.apply(HelpRequestTests.ask("jasper", ["infographic", "healthcare"], "More charts?"), context: HelpRequestTests.ctx("jasper"))
        #expect(again.warnings.isEmpty)
    }

    @Test func nearMissesAreSlipsAndPluralsNotShortWords() {
        let v = TagVocabulary(uses: ["illustration": 5, "infographics": 3, "social-media": 2, "ux": 4, "video": 2, "design": 7])
        #expect(v.nearMisses(of: "ilustration") == ["illustration"])
        #expect(v.nearMisses(of: "social media") == ["social-media"])
        #expect(v.nearMisses(of: "Social-Medias") == ["social-media"])
        #expect(v.nearMisses(of: "vidoe") == ["video"])          // two letters swapped
        #expect(v.nearMisses(of: "designs") == ["design"])
        #expect(v.nearMisses(of: "ui").isEmpty)                   // short words differ by one letter and mean other things
        #expect(v.nearMisses(of: "illustration").isEmpty)         // in use
        #expect(v.nearMisses(of: "pottery").isEmpty)
        #expect(v.warnings(for: ["ilustration", "pottery"]) == ["topic 'ilustration' is new; did you mean 'illustration' (used 5 times)?"])
    }

    @Test func stemsAndDistances() {
        #expect(TagWords.stems("Social-Media, Zoë's infographics!") == ["social", "media", "zoe", "s", "infographic"])
        #expect(TagWords.stem("strategies") == "strategy")
        #expect(TagWords.stem("taxes") == "tax")
        #expect(TagWords.stem("business") == "business")
        #expect(TagWords.stem("analysis") == "analysis")
        #expect(TagWords.distance("kitten", "sitting", limit: 5) == 3)
        #expect(TagWords.distance("video", "vidoe", limit: 2) == 1)
        #expect(TagWords.distance("a", "abcdef", limit: 2) == 3)   // gave up early: more than the limit
    }
}
