import Testing
@testable import SamenCore

/// Issue 16, part 2: an applicant from application to decision, with every
/// rule that refuses a step and leaves everything as it was.
@Suite struct AdmissionTests {
    static let lies = Member(id: "lies", name: "Lies Nieuw", role: .applicant, skills: ["sociotechnics", "drone", "Training"],
                             seniority: .medior, city: "Utrecht", pitch: "Films teams at work from above.",
                             joined: Fixture.today, application: Application(introducedBy: "katleen", appliedOn: Fixture.today))

    static func applied(_ extra: (inout NetworkState) throws -> Void = { _ in }) throws -> NetworkState {
        var s = try Fixture.state()
        _ = try s.apply(.addApplicant(lies), context: ChangeContext(actor: "katleen", now: Fixture.now, today: Day(iso: "2026-11-02")!))
        try extra(&s)
        return s
    }

    static func view(_ by: String, _ stance: ApplicantView.Stance, _ note: String = "") -> Change {
        .viewApplicant(applicant: "lies", ApplicantView(by: by, stance: stance, note: note, on: Fixture.today))
    }

    @Test func applyingKeepsWhoIntroducedThemAndTheDay() throws {
        let s = try Self.applied()
        let m = try #require(s.members[id: "lies"])
        #expect(m.role == .applicant)
        #expect(m.application == Application(introducedBy: "katleen", appliedOn: Day(iso: "2026-11-02")!))
        #expect(m.joined == Day(iso: "2026-11-02")!)
        #expect(m.skills == ["sociotechnics", "drone", "training"])
    }

    @Test func applyingAsAnythingButAnApplicantIsRefused() throws {
        var m = Self.lies
        m.role = .associate
        refuses(.addApplicant(m), as: "katleen", in: try Fixture.state(),
                with: "an application is for an applicant; this one would be added as an associate")
    }

    @Test func introducedBySomeoneUnknownIsRefused() throws {
        var m = Self.lies
        m.application?.introducedBy = "nobody"
        refuses(.addApplicant(m), as: "katleen", in: try Fixture.state(), with: "member 'nobody' does not exist")
    }

    @Test func theFactsSayWhatTheyWouldAdd() throws {
        let s = try Self.applied()
        let facts = InHouseSkills(s.members[id: "lies"]!, in: s, on: Fixture.today)
        #expect(facts.skills.map(\.name) == ["sociotechnics", "drone", "training"])
        // Pierre and Katleen (both medior) have sociotechnics; nobody flies a drone; Guido trains.
        #expect(facts.skills.map(\.holders) == [2, 0, 1])
        #expect(facts.skills[0].mediors == 2 && facts.skills[0].topSeniority == .medior)
        #expect(facts.added.map(\.name) == ["drone", "training"])
    }

    @Test func aViewIsKeptAndASecondOneFromTheSameMemberReplacesIt() throws {
        var s = try Self.applied()
        _ = try s.apply(Self.view("guido", .question, "Does she have clients of her own?"), context: Fixture.ctx)
        _ = try s.apply(Self.view("guido", .for, "She does: three care homes."), context: Fixture.ctx)
        _ = try s.apply(Self.view("pierre", .against), context: Fixture.ctx)
        let app = try #require(s.members[id: "lies"]?.application)
        #expect(app.views.map(\.by) == ["guido", "pierre"])
        #expect(app.views[0].stance == .for && app.views[0].note == "She does: three care homes.")
        #expect(app.count(.for) == 1 && app.count(.against) == 1)
    }

    @Test func viewingYourOwnApplicationIsRefused() throws {
        var s = try Self.applied()
        var lies = s.members[id: "lies"]!
        lies.login = "lies"
        s.members.upsert(lies)
        refuses(.viewApplicant(applicant: "lies", ApplicantView(by: "lies", stance: .for, on: Fixture.today)), as: "lies", in: s,
                with: "nobody gives a view on or notes about their own application; Lies Nieuw is the applicant")
        refuses(.noteCriterion(applicant: "lies", CriterionNote(criterion: "own-feet", by: "lies", note: "I have clients", on: Fixture.today)),
                as: "lies", in: s, with: "nobody gives a view on or notes about their own application; Lies Nieuw is the applicant")
    }

    @Test func aCriterionNotInTheNetworksListIsRefused() throws {
        let s = try Self.applied()
        refuses(.noteCriterion(applicant: "lies", CriterionNote(criterion: "income", by: "pierre", note: "earns enough", on: Fixture.today)),
                in: s, with: "'income' is not one of the network's criteria (admissionCriteria in network.json): in-house, own-feet, experiment")
    }

    @Test func aCriterionNoteIsKeptUnderTheNetworksID() throws {
        var s = try Self.applied()
        _ = try s.apply(.noteCriterion(applicant: "lies", CriterionNote(criterion: "Own-Feet", by: "pierre", note: " Three care homes as clients. ",
                                                                        on: Fixture.today)), context: Fixture.ctx)
        let notes = try #require(s.members[id: "lies"]?.application?.notes)
        #expect(notes == [CriterionNote(criterion: "own-feet", by: "pierre", note: "Three care homes as clients.", on: Fixture.today)])
        refuses(.noteCriterion(applicant: "lies", CriterionNote(criterion: "own-feet", by: "pierre", note: "  ", on: Fixture.today)),
                in: s, with: "a note on 'own-feet' must say something")
    }

    @Test func theNetworkDecidesAfterViews() throws {
        let s = try Self.applied()
        refuses(.admitApplicant(applicant: "lies", role: .associate, from: Fixture.today), in: s,
                with: "the network decides after members have given their views; nobody has given a view on Lies Nieuw yet")
    }

    @Test func admittingGivesTheRoleAndStartAndAdmittingTwiceIsRefused() throws {
        var s = try Self.applied { s in _ = try s.apply(Self.view("guido", .for), context: Fixture.ctx) }
        let start = Day(iso: "2026-12-01")!
        _ = try s.apply(.admitApplicant(applicant: "lies", role: .associate, from: start), context: Fixture.ctx)
        let m = try #require(s.members[id: "lies"])
        #expect(m.role == .associate && m.joined == start)
        #expect(m.hours.allSatisfy { $0.from >= start })
        #expect(m.application?.decision == AdmissionDecision(outcome: .admit, role: .associate, from: start, by: "pierre", on: Fixture.today))
        refuses(.admitApplicant(applicant: "lies", role: .associate, from: start), in: s,
                with: "Lies Nieuw was already admitted as an associate on 2026-11-23; a member is admitted once")
        refuses(.declineApplicant(applicant: "lies", reason: "changed our minds"), in: s,
                with: "Lies Nieuw was already admitted as an associate on 2026-11-23; a member is admitted once")
        refuses(Self.view("guido", .against), in: s,
                with: "the network admitted Lies Nieuw on 2026-11-23; views and notes on the application are closed")
    }

    @Test func admittingAsAnExternalOrBeforeTheyAppliedIsRefused() throws {
        let s = try Self.applied { s in _ = try s.apply(Self.view("guido", .for), context: Fixture.ctx) }
        refuses(.admitApplicant(applicant: "lies", role: .external, from: Fixture.today), in: s,
                with: "an applicant is admitted as a partner, an associate or a member, not as an external")
        refuses(.admitApplicant(applicant: "lies", role: .associate, from: Day(iso: "2026-10-01")!), in: s,
                with: "the start date (2026-10-01) is before they applied (2026-11-02)")
        refuses(.admitApplicant(applicant: "katleen", role: .associate, from: Fixture.today), in: s,
                with: "Katleen Verbeek (katleen) has no application to decide on")
    }

    @Test func notNowKeepsTheApplicationWithItsReason() throws {
        var s = try Self.applied { s in _ = try s.apply(Self.view("guido", .against, "Too close to what Katleen does."), context: Fixture.ctx) }
        refuses(.declineApplicant(applicant: "lies", reason: " "), in: s, with: "not now needs a reason: the applicant and the members read it")
        let outcome = try s.apply(.declineApplicant(applicant: "lies", reason: "We have enough sociotechnics; ask again next year."), context: Fixture.ctx)
        #expect(outcome.summary == "not now for Lies Nieuw: We have enough sociotechnics; ask again next year.")
        let m = try #require(s.members[id: "lies"])
        #expect(m.role == .applicant)
        #expect(m.application?.views.count == 1)
        #expect(m.application?.decision?.outcome == .notNow)
        #expect(m.application?.decision?.reason == "We have enough sociotechnics; ask again next year.")
        refuses(.declineApplicant(applicant: "lies", reason: "again"), in: s, with: "the network already said not now to Lies Nieuw on 2026-11-23")
        // Not now is not never: a later admission still may.
        _ = try s.apply(.admitApplicant(applicant: "lies", role: .associate, from: Fixture.today), context: Fixture.ctx)
        #expect(s.members[id: "lies"]?.application?.decisions.map(\.outcome) == [.notNow, .admit])
    }

    @Test func theApplicationAndEveryStepReadBackAsWritten() throws {
        var s = try Self.applied { s in _ = try s.apply(Self.view("guido", .for, "Yes"), context: Fixture.ctx) }
        let steps: [Change] = [
            .noteCriterion(applicant: "lies", CriterionNote(criterion: "experiment", by: "guido", note: "Curious", on: Fixture.today)),
            .declineApplicant(applicant: "lies", reason: "Not yet"),
            .admitApplicant(applicant: "lies", role: .member, from: Fixture.today),
        ]
        for step in steps {
            let applied = try s.apply(step, context: Fixture.ctx).applied
            #expect(try Change(json: applied.json) == applied)
        }
        let m = try #require(s.members[id: "lies"])
        let read = try JSONScanner.decode(JSONWriter.line(m.json)) { try Member(from: &$0) }
        #expect(read == m)
        #expect(try Change(json: Change.addApplicant(Self.lies).json) == .addApplicant(Self.lies))
    }

    @Test func aNetworkFileWithoutCriteriaWeighsUnit2sThreeAndOneWithItsOwnKeepsThem() throws {
        let plain = Network(name: "N", place: "Utrecht")
        var json = plain.json
        if case let .object(pairs) = json { json = .object(pairs.filter { $0.0 != "admissionCriteria" }) }
        let read = try JSONScanner.decode(JSONWriter.line(json)) { try Network(from: &$0) }
        #expect(read.admissionCriteria.map(\.id) == ["in-house", "own-feet", "experiment"])
        var own = plain
        own.admissionCriteria = AdmissionCriterion.stGroep
        let back = try JSONScanner.decode(JSONWriter.line(own.json)) { try Network(from: &$0) }
        #expect(back.admissionCriteria == AdmissionCriterion.stGroep)
    }

    @Test func refusalsAreSaidInDutch() throws {
        let s = try Self.applied()
        Language.$scoped.withValue(.nl) {
            refuses(.noteCriterion(applicant: "lies", CriterionNote(criterion: "inkomen", by: "pierre", note: "genoeg", on: Fixture.today)),
                    in: s, with: "'inkomen' is geen criterium van het netwerk (admissionCriteria in network.json): in-house, own-feet, experiment")
        }
    }
}
