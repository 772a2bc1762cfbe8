import Testing
@testable import SamenCore

/// "Who should take this assignment, and why?" on small networks where the
/// right answer is plain to see.
@Suite("Staffing suggestions")
struct StaffingTests {
    static let today = Day(iso: "2026-11-23")!   // Monday of 2026-W48
    static let joined = Day(iso: "2020-01-01")!

    func day(_ s: String) -> Day { Day(iso: s)! }
    func days(_ a: String, _ b: String) -> DateRange { DateRange(day(a), day(b))! }

    func member(_ id: String, skills: [String] = ["illustration"], city: String = "Leiden", hours: Hours = 24,
                seniority: Seniority = .junior, role: Role = .member, timeOff: [TimeOff] = [], declined: [String] = [],
                left: String? = nil) -> Member {
        Member(id: id, name: id.capitalized, role: role, skills: skills, seniority: seniority, city: city,
               hours: hours > 0 ? [ContractedHours(hoursPerWeek: hours, from: Self.joined)] : [], timeOff: timeOff,
               declinedClients: declined, joined: Self.joined, left: left.map(day))
    }

    /// 48 hours over three whole weeks from 2026-12-07 (W50-W52): 16 h a week, a small job.
    func project(id: Int = 100, skills: [String] = ["illustration"], optional: [String] = [], city: String = "Leiden",
                 hours: Hours = 48, period: DateRange? = nil, maxTravel: Int? = nil, client: String = "Naturalis") -> Project {
        Project(id: id, title: "Brochure", client: client, skills: skills, optionalSkills: optional, city: city,
                estimatedHours: hours, period: period ?? DateRange(start: day("2026-12-07"), weeks: 3),
                maxTravelKm: maxTravel, received: Fixture.now)
    }

    func state(_ members: [Member], projects: [Project] = [], requests: [HelpRequest] = []) -> NetworkState {
        var s = NetworkState(network: Network(name: "T", place: "Leiden"))
        for m in members { s.insertForTesting(member: m) }
        for p in projects { s.insertForTesting(project: p) }
        for r in requests { s.insertForTesting(request: r) }
        return s
    }

    func work(_ id: Int, _ member: String, _ hours: Hours, _ range: DateRange, status: ProjectStatus = .active) -> Project {
        Project(id: id, title: "Work \(id)", client: "Other", skills: ["illustration"], city: "Leiden", estimatedHours: 100,
                period: range, status: status, lead: member,
                allocations: [Allocation(member: member, hoursPerWeek: hours, range: range)], received: Fixture.now)
    }

    func needsWork(_ id: Int, _ member: String, hours: Hours = 16) -> HelpRequest {
        HelpRequest(id: id, from: member, kind: .needsWork, text: "Any work helps", hoursPerWeek: hours, created: Fixture.now)
    }

    func suggest(_ s: NetworkState, _ p: Project) -> StaffingReport {
        StaffingAdvisor(s, today: Self.today).suggest(for: p, today: Self.today)
    }

    @Test func theFreeNearbyIllustratorComesFirst() {
        let s = state([member("ideal"), member("busy"), member("far", city: "Groningen"), member("nodraw", skills: ["design"])],
                      projects: [work(1, "busy", 20, days("2026-11-01", "2027-03-01"))])
        let r = suggest(s, project())
        #expect(r.suggestions.map(\.member.id) == ["ideal", "far", "busy"])
        #expect(r.excluded.map(\.memberID) == ["nodraw"])
        #expect(r.excluded.first?.reason == .missingSkills(["illustration"]))
        #expect(r.neededPerWeek == 16)
        let ideal = r.suggestions[0]
        #expect(ideal.line == "skills 1/1 · 24 h/wk free · 0 km · little work lately (0 %) ↑ · no network assignment yet")
        let busy = r.suggestions[2]
        #expect(busy.line == "skills 1/1 · 4 h/wk free · 0 km · on an assignment now")
        #expect(busy.parts.first { $0.kind == .spare }?.value == 0.25)   // 4 of the 16 hours a week it needs
        #expect(r.suggestions[1].line.contains("skills 1/1 · 24 h/wk free · 183 km ~248 min"))
        #expect(ideal.score > r.suggestions[1].score && r.suggestions[1].score > busy.score)
    }

    @Test func aTieIsBrokenBySolidarity() {
        // Two illustrators alike in every way; Bram said he needs work.
        let s = state([member("anna"), member("bram")], requests: [needsWork(1, "bram")])
        let r = suggest(s, project())
        #expect(r.suggestions.map(\.member.id) == ["bram", "anna"])
        #expect(r.suggestions[0].line.contains("needs work ↑"))
        #expect(!r.suggestions[1].line.contains("needs work"))
        // The only difference is solidarity: 1 against 0.5 (idle), at weight 15 of 100.
        #expect(abs(r.suggestions[0].score - r.suggestions[1].score - 7.5) < 1e-9)
        // Without the signal, the name decides and Anna is first.
        let plain = suggest(state([member("anna"), member("bram")]), project())
        #expect(plain.suggestions.map(\.member.id) == ["anna", "bram"])
        #expect(plain.suggestions[0].score == plain.suggestions[1].score)
    }

    /// Issue 6: the boost lasts until new work covers the hours asked.
    @Test func aNeedsWorkSignalAnsweredByNewWorkNoLongerRaisesTheMember() throws {
        var signal = needsWork(1, "bram", hours: 16)
        signal.created = Timestamp(iso: "2026-11-16T09:00:00Z")!
        // New work since the signal, 16 h a week from this week on: the signal is met.
        var staffed = work(2, "bram", 16, days("2026-11-23", "2027-02-01"))
        staffed.log = [Decision(at: Timestamp(iso: "2026-11-20T09:00:00Z")!, by: "eric", from: .proposal, to: .active, note: "won")]
        let s = state([member("anna"), member("bram")], projects: [staffed], requests: [signal])
        #expect(s.unmetNeedsWork(on: Self.today).isEmpty)
        let r = suggest(s, project())
        #expect(r.suggestions.allSatisfy { !$0.line.contains("needs work") })
        // Half the hours: still unmet, and the reason says how many are left.
        staffed.allocations[0].hoursPerWeek = 8
        let half = suggest(state([member("anna"), member("bram")], projects: [staffed], requests: [signal]), project())
        let bram = try #require(half.suggestions.first { $0.member.id == "bram" })
        #expect(bram.line.contains("needs work ↑"))
        #expect(bram.reasons.contains(.needsWork(hoursPerWeek: 8)))
    }

    /// Booked on work that has not begun is not "on an assignment now".
    @Test func anAssignmentThatHasNotStartedIsNotNow() {
        let s = state([member("later"), member("now")],
                      projects: [work(1, "later", 4, days("2027-02-01", "2027-03-01")),
                                 work(2, "now", 4, days("2026-11-01", "2027-03-01"))])
        let r = suggest(s, project())
        let later = try! #require(r.suggestions.first { $0.member.id == "later" })
        #expect(later.line.hasSuffix("booked on an assignment that starts later"), "\(later.line)")
        #expect(!later.line.contains("now"))
        let now = try! #require(r.suggestions.first { $0.member.id == "now" })
        #expect(now.line.hasSuffix("on an assignment now"))
    }

    @Test func rotationFavoursWhoseLastAssignmentIsLongest() {
        // Both had work; Cas finished nine weeks ago, Dewi two weeks ago.
        let s = state([member("cas"), member("dewi")],
                      projects: [work(1, "cas", 8, days("2026-08-01", "2026-09-21"), status: .done),
                                 work(2, "dewi", 8, days("2026-08-01", "2026-11-09"), status: .done)])
        let r = suggest(s, project())
        #expect(r.suggestions.map(\.member.id) == ["cas", "dewi"])
        #expect(r.suggestions[0].line.hasSuffix("last assignment 9 wk ago"))
        #expect(r.suggestions[1].line.hasSuffix("last assignment 2 wk ago"))
    }

    @Test func nobodyInsideQualifiesSoItLooksOutside() throws {
        var earlier = project(id: 7, skills: ["translation", "sign-language"])
        earlier.externalHires = [ExternalHire(name: "Marloes Kramer", reason: "Dutch Sign Language video; nobody inside fits", hoursPerWeek: 6)]
        let s = state([member("tim", skills: ["video"]), member("sanne", skills: ["photography"]),
                       member("ext", skills: ["sign-language", "video"], hours: 0, role: .external),
                       member("ext2", skills: ["knitting"], hours: 0, role: .external)],
                      projects: [earlier])
        let r = suggest(s, project(skills: ["sign-language"]))
        #expect(r.suggestions.isEmpty)
        #expect(r.nobodyInsideQualifies)
        #expect(!r.needsATeam)
        #expect(r.skillsNobodyHas == ["sign-language"])
        #expect(r.uncoveredSkills == ["sign-language"])
        #expect(r.outside.map(\.name) == ["Ext", "Marloes Kramer"])
        guard case let .contact(_, skills) = try #require(r.outside.first) else { Issue.record("not a contact"); return }
        #expect(skills == ["sign-language"])
        guard case let .pastHire(_, p, shared) = r.outside[1] else { Issue.record("not a past hire"); return }
        #expect(p.id == 7 && shared == ["sign-language"])
        // Externals are never suggested as if they were inside, nor counted as left out.
        #expect(!r.excluded.contains { $0.memberID.hasPrefix("ext") })
    }

    @Test func whenNobodyHasEverySkillATeamIsSuggestedSkillBySkill() {
        // A congress team: nobody writes and photographs, but Eva writes and Sanne photographs.
        let s = state([member("eva", skills: ["journalism"]), member("sanne", skills: ["photography"]),
                       member("both", skills: ["journalism", "photography"], city: "Maastricht"),
                       member("away", skills: ["film"], timeOff: [TimeOff(range: days("2026-12-01", "2027-01-31"))])])
        let p = project(skills: ["journalism", "photography", "film"], hours: 90)
        let r = suggest(s, p)
        #expect(r.suggestions.isEmpty)
        #expect(r.needsATeam)
        #expect(r.perSkill.map(\.skill) == ["journalism", "photography", "film"])
        #expect(r.perSkill[0].suggestions.map(\.member.id) == ["eva", "both"])
        #expect(r.perSkill[1].suggestions.map(\.member.id) == ["sanne", "both"])
        #expect(r.perSkill[2].suggestions.isEmpty)           // the only filmmaker is away
        #expect(r.perSkill[0].neededPerWeek == 10)          // 90 h over 3 weeks, split over 3 skills
        #expect(r.perSkill[0].suggestions[1].line.hasPrefix("skills 2/3 · "))
        #expect(r.uncoveredSkills == ["film"])
        #expect(r.nobodyInsideQualifies)                    // so it looks outside, for film only
        #expect(r.skillsNobodyHas.isEmpty)                  // someone has film, just not now

        // Within 100 km and without film, Eva and Sanne cover everything and nobody is sent outside.
        let covered = suggest(s, project(skills: ["journalism", "photography"], hours: 60, maxTravel: 100))
        #expect(covered.excluded.first { $0.memberID == "both" }?.reason == .tooFar(kilometres: 168, max: 100))
        #expect(covered.needsATeam && !covered.nobodyInsideQualifies)
        #expect(covered.outside.isEmpty)
        // Someone who has both skills is suggested as one person; no team needed.
        let s2 = state([member("eva", skills: ["journalism"]), member("both", skills: ["journalism", "photography"])])
        let one = suggest(s2, project(skills: ["journalism", "photography"]))
        #expect(one.suggestions.map(\.member.id) == ["both"])
        #expect(one.perSkill.isEmpty)
    }

    @Test func hardFiltersSayWhyEachMemberIsLeftOut() {
        let p = project(skills: ["illustration", "animation"], optional: ["animation"], city: "Leiden", maxTravel: 30, client: "Naturalis")
        let s = state([
            member("ok"),                                                              // animation is optional
            member("gone", left: "2026-12-15"),                                        // leaves during the project
            member("picky", declined: ["naturalis"]),                                  // said no to this client
            member("away", timeOff: [TimeOff(range: days("2026-12-01", "2027-01-10"))]),
            member("zero", hours: 0),
            member("distant", city: "Utrecht"),                                        // about 44 km (published: 43-44)
            member("applies", role: .applicant),
            member("drawer", skills: ["animation"]),
        ])
        let r = suggest(s, p)
        #expect(r.suggestions.map(\.member.id) == ["ok"])
        #expect(r.suggestions[0].line.hasPrefix("skills 1/2 · "))
        let why = Dictionary(uniqueKeysWithValues: r.excluded.map { ($0.memberID, $0.reason) })
        #expect(why["gone"] == .left(on: day("2026-12-15")))
        #expect(why["picky"] == .declinedClient("naturalis"))
        #expect(why["away"] == .awayWholePeriod)
        #expect(why["zero"] == .noHours)
        #expect(why["distant"] == .tooFar(kilometres: 44, max: 30))
        #expect(why["applies"] == .applicant)
        #expect(why["drawer"] == .missingSkills(["illustration"]))
        #expect(why["distant"]?.text == "44 km away, more than the project's 30 km")
        #expect(r.exclusionCounts.first?.count == 1)
    }

    @Test func someoneAlreadyOnTheProjectIsNotSuggestedAgain() {
        var p = project()
        p.status = .proposal
        p.lead = "anna"
        p.allocations = [Allocation(member: "anna", hoursPerWeek: 8, range: p.period)]
        let s = state([member("anna"), member("bram")], projects: [p])
        let r = suggest(s, p)
        #expect(r.suggestions.map(\.member.id) == ["bram"])
        #expect(r.excluded.first { $0.memberID == "anna" }?.reason == .alreadyOnProject)
    }

    @Test func spareIsMeasuredOverTheProjectsOwnDaysIncludingPartialWeeks() throws {
        // Wednesday 2026-12-09 to Tuesday 2026-12-22: ten working days, two full-week
        // equivalents, 40 hours: 20 h/wk, 12 in the first (3 days) and 8 in the last (2 days).
        let period = days("2026-12-09", "2026-12-22")
        // Lisa has 20 h/wk but only 10 free in W51 (the full middle week).
        let s = state([member("lisa", hours: 20), member("kim", hours: 20)],
                      projects: [work(1, "lisa", 10, days("2026-12-14", "2026-12-20"))])
        let r = suggest(s, project(hours: 40, period: period))
        #expect(r.neededPerWeek == 20)
        let kim = try #require(r.suggestions.first { $0.member.id == "kim" })
        let lisa = try #require(r.suggestions.first { $0.member.id == "lisa" })
        #expect(kim.parts.first { $0.kind == .spare }?.value == 1)
        #expect(kim.reasons.contains(.spare(hoursPerWeek: 20, neededPerWeek: 20)))
        // Lisa covers 12 + 10 + 8 = 30 of the 40 hours.
        #expect(lisa.parts.first { $0.kind == .spare }?.value == 0.75)
        #expect(lisa.line.contains("15 h/wk free"))
    }

    @Test func anUnknownPlaceIsReportedAndNeverGuessed() {
        let s = state([member("ann", city: "Atlantis"), member("bob", city: "Leiden")])
        let r = suggest(s, project(maxTravel: 10))
        #expect(r.suggestions.map(\.member.id) == ["bob", "ann"])   // Ann is not left out for a distance nobody knows
        #expect(r.suggestions[1].reasons.contains(.travelUnknown(place: "Atlantis")))
        #expect(r.suggestions[1].line.contains("travel unknown: place 'Atlantis' not in the table"))
        #expect(r.suggestions[1].parts.first { $0.kind == .travel }?.value == 0)
    }

    @Test func weightsComeFromTheNetwork() {
        // With only travel weighed, the nearer member wins despite having no free hours.
        var s = state([member("near", city: "Leiden"), member("free", city: "Den Haag")],
                      projects: [work(1, "near", 24, days("2026-11-01", "2027-03-01"))])
        var w = MatchingWeights()
        w.skills = 0; w.spare = 0; w.solidarity = 0; w.rotation = 0; w.seniority = 0; w.travel = 10
        s.network.matchingWeights = w
        let r = suggest(s, project())
        #expect(r.suggestions.map(\.member.id) == ["near", "free"])
        #expect(r.suggestions[0].score == 100)
        w.travel = 0; w.spare = 10
        s.network.matchingWeights = w
        #expect(suggest(s, project()).suggestions.map(\.member.id) == ["free", "near"])
    }

    @Test func seniorityIsWeighedAgainstTheProjectsSize() {
        // 400 hours or more is a large project by default: the senior fits it.
        let s = state([member("junior", seniority: .junior), member("senior", seniority: .senior)])
        let large = suggest(s, project(hours: 480, period: DateRange(start: day("2026-12-07"), weeks: 30)))
        #expect(large.sizeBand == .large)
        #expect(large.suggestions.map(\.member.id) == ["senior", "junior"])
        #expect(large.suggestions[1].line.hasSuffix("junior for a large job"))
        let small = suggest(s, project())
        #expect(small.suggestions.map(\.member.id) == ["junior", "senior"])
    }

    @Test func jsonCarriesTheSameNumbersAndReasons() {
        let s = state([member("anna"), member("bram")], requests: [needsWork(1, "bram")])
        let r = suggest(s, project())
        let text = JSONWriter.string(r.json)
        #expect(text.contains(#""line":"\#(r.suggestions[0].line)""#))
        #expect(text.contains(#""member":"bram","name":"Bram""#))
        #expect(text.contains(#""needsWork":true"#))
        #expect(text.contains(#""neededPerWeek":16"#))
        #expect(text.contains(#""candidates":2"#))
    }
}

/// A project's optional skills: in the file, in the rules, and in `samen check`.
@Suite("Optional skills")
struct OptionalSkillsTests {
    @Test func roundTripAndOldFilesStillRead() throws {
        var p = Fixture.project()
        p.skills = ["sociotechnics", "healthcare"]
        p.optionalSkills = ["healthcare"]
        let line = JSONWriter.string(p.json)
        #expect(line.contains(#""optionalSkills":["healthcare"]"#))
        let back = try Project(jsonText: line)
        #expect(back == p)
        #expect(back.requiredSkills == ["sociotechnics"])
        // A project without optional skills writes no such field, as before.
        p.optionalSkills = []
        #expect(!JSONWriter.string(p.json).contains("optionalSkills"))
    }

    @Test func anOptionalSkillMustBeOneOfTheProjects() throws {
        var s = try Fixture.state()
        var p = Fixture.project()
        p.optionalSkills = ["healthcare"]
        #expect(throws: DomainError("optional skill 'healthcare' is not one of the project's skills (sociotechnics)", field: .skills)) {
            try s.apply(.addProject(p), context: Fixture.ctx)
        }
        p.skills = ["sociotechnics", "Healthcare"]
        _ = try s.apply(.addProject(p), context: Fixture.ctx)
        let id = s.projects.last!.id
        #expect(s.project(id)?.optionalSkills == ["healthcare"])
        let out = try s.apply(.markSkillsOptional(project: id, skills: []), context: Fixture.ctx)
        #expect(out.summary == "project \(id): every skill required again")
        #expect(s.project(id)?.requiredSkills == ["sociotechnics", "healthcare"])
        #expect(throws: DomainError("optional skill 'film' is not one of the project's skills (sociotechnics, healthcare)", field: .skills)) {
            try s.apply(.markSkillsOptional(project: id, skills: ["film"]), context: Fixture.ctx)
        }
    }

    @Test func checkReportsAnOptionalSkillThatIsNotAmongTheSkills() throws {
        var s = try Fixture.state()
        var p = Fixture.project()
        p.id = 1
        p.optionalSkills = ["knitting"]
        s.insertForTesting(project: p)
        var v = Validator(state: s)
        let problems = v.run()
        #expect(problems.contains { $0.message == "project 1: optional skill 'knitting' is not one of the project's skills (sociotechnics)" })
    }
}
