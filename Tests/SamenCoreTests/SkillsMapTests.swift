import Testing
@testable import SamenCore

/// The skills map (issue 16) on small networks built by hand, where the
/// answer can be seen at a glance: who holds what, the three flags, who
/// counts as inside, and the spare hours taken from the capacity index.
@Suite("Skills map")
struct SkillsMapTests {
    static let today = Day(iso: "2026-11-23")!   // Monday of W48
    static let joined = Day(iso: "2020-01-01")!

    func day(_ s: String) -> Day { Day(iso: s)! }
    func days(_ a: String, _ b: String) -> DateRange { DateRange(day(a), day(b))! }

    func member(_ id: String, _ skills: [String], role: Role = .member, seniority: Seniority = .medior,
                hours: Hours = 20, left: String? = nil, joined: String? = nil) -> Member {
        Member(id: id, name: id.capitalized, role: role, skills: skills, seniority: seniority, city: "Leiden",
               hours: [ContractedHours(hoursPerWeek: hours, from: Self.joined)],
               joined: joined.map(day) ?? Self.joined, left: left.map(day))
    }

    func project(_ id: Int, _ skills: [String], optional: [String] = [], status: ProjectStatus = .active,
                 _ period: DateRange, team: [Allocation] = []) -> Project {
        Project(id: id, title: "P\(id)", client: "C", skills: skills, optionalSkills: optional, city: "Leiden", estimatedHours: 100,
                period: period, status: status, lead: team.first?.member, allocations: team, received: Fixture.now)
    }

    func state(_ members: [Member], projects: [Project] = [], requests: [HelpRequest] = []) -> NetworkState {
        var s = NetworkState(network: Network(name: "T", place: "Leiden"))
        for m in members { s.insertForTesting(member: m) }
        for p in projects { s.insertForTesting(project: p) }
        for r in requests { s.insertForTesting(request: r) }
        return s
    }

    func map(_ s: NetworkState, weeks: Int = 4) throws -> SkillsMap {
        try SkillsMap(s, capacity: CapacityIndex(s), today: Self.today, weeks: weeks)
    }

    @Test func aSkillOnePersonHoldsIsFlaggedWithThatPerson() throws {
        let s = state([member("gijs", ["photography", "drone"], seniority: .senior), member("sanne", ["photography"])])
        let m = try map(s)
        let drone = try #require(m.skill("drone"))
        #expect(drone.holders.map(\.id) == ["gijs"])
        #expect(drone.holders.first?.seniority == .senior)
        #expect(drone.flags == [.onlyOne])
        #expect(try #require(m.skill("photography")).flags == [])
        #expect(m.count(.onlyOne) == 1)
    }

    @Test func aSkillManyHoldIsCrowdedFromTheThresholdOn() throws {
        let many = (1...SkillsMap.crowdedHolders).map { member("m\($0)", ["design"]) }
        let fewer = (1..<SkillsMap.crowdedHolders).map { member("w\($0)", ["web"]) }
        let m = try map(state(many + fewer))
        #expect(try #require(m.skill("design")).flags == [.crowded])
        #expect(try #require(m.skill("web")).flags == [])
        #expect(try #require(m.skill("design")).holders.count == SkillsMap.crowdedHolders)
    }

    @Test func aSkillAskedThatNobodyInsideHasSendsOutside() throws {
        let s = state([member("anna", ["video"])],
                      projects: [project(1, ["3d-animation", "video"], days("2026-12-01", "2026-12-31")),
                                 // Optional: staffing would not look outside for it, nor does the map.
                                 project(2, ["video", "drone"], optional: ["drone"], days("2026-12-01", "2026-12-31"))],
                      requests: [HelpRequest(id: 7, from: "anna", kind: .advice, tags: ["Legal"], text: "Contract?", created: Fixture.now)])
        let m = try map(s)
        let asked = try #require(m.skill("3d-animation"))
        #expect(asked.holders.isEmpty && asked.flags == [.nobodyInside])
        #expect(asked.projects.map(\.id) == [1])
        // A help request's topic counts too, compared in lower case.
        #expect(try #require(m.skill("legal")).requests == [7])
        #expect(try #require(m.skill("legal")).flags == [.nobodyInside])
        #expect(m.skill("drone") == nil)
        #expect(try #require(m.skill("video")).projects.map(\.id) == [1, 2])
        #expect(m.count(.nobodyInside) == 2)
    }

    @Test func membersWhoLeftApplicantsAndExternalsAreNotInside() throws {
        let s = state([member("eva", ["translation"]),
                       member("ingrid", ["translation"], left: "2026-10-01"),
                       member("paul", ["translation"], role: .applicant),
                       member("xavier", ["translation", "legal"], role: .external),
                       member("newcomer", ["translation"], joined: "2027-01-04")])
        let m = try map(s)
        let translation = try #require(m.skill("translation"))
        #expect(translation.holders.map(\.id) == ["eva"])
        #expect(translation.flags == [.onlyOne])
        // Held only outside and asked by nothing: not part of the network's shape.
        #expect(m.skill("legal") == nil)
        #expect(m.inside == 1)
    }

    @Test func skillsAreComparedWithoutCaseAsStaffingDoes() throws {
        let s = state([member("a", ["Illustration"]), member("b", ["illustration"])],
                      projects: [project(1, ["ILLUSTRATION"], days("2026-12-01", "2026-12-31"))])
        let m = try map(s)
        #expect(m.skills.map(\.name) == ["illustration"])
        #expect(try #require(m.skill("Illustration")).holders.count == 2)
        #expect(try #require(m.skill("illustration")).projects.count == 1)
    }

    @Test func spareHoursAreTheCapacityIndexsOverTheComingWeeks() throws {
        // 20 h a week, 8 of them on an active project for all four weeks: 12 spare a week.
        let team = [Allocation(member: "zoe", hoursPerWeek: 8, range: days("2026-11-23", "2026-12-20"))]
        let s = state([member("zoe", ["infographics"])], projects: [project(1, ["infographics"], days("2026-11-23", "2026-12-20"), team: team)])
        let m = try map(s)
        let zoe = try #require(m.skill("infographics")?.holders.first)
        #expect(zoe.spare == 48)
        #expect(zoe.spare == CapacityIndex(s).spare(from: ISOWeek(containing: Self.today), weeks: 4, of: s.members.records[0]))
        #expect(try #require(try map(s, weeks: 1).skill("infographics")?.holders.first).spare == 12)
    }

    /// The dashboard hands the map the weekly free hours its directory
    /// already has; the map is the same as when it asks the index itself,
    /// and hours that do not fit (another roster, too few weeks) are not used.
    @Test func weeklySpareFromTheDirectoryGivesTheSameMap() throws {
        let team = [Allocation(member: "zoe", hoursPerWeek: 8, range: days("2026-11-23", "2026-12-06"))]
        let s = state([member("zoe", ["infographics"]), member("ben", ["infographics", "video"])],
                      projects: [project(1, ["infographics"], days("2026-11-23", "2026-12-06"), team: team)])
        let capacity = CapacityIndex(s)
        let first = ISOWeek(containing: Self.today)
        let weekly = s.members.records.map { m in capacity.weeks(first, count: 5, of: m).map(\.spare) }
        func holders(_ m: SkillsMap) -> [String] { m.skills.flatMap { $0.holders.map { "\($0.id) \($0.spare)" } } }
        let asked = try SkillsMap(s, capacity: capacity, today: Self.today)
        let given = try SkillsMap(s, capacity: capacity, today: Self.today, weeklySpare: weekly)
        #expect(holders(given) == holders(asked))
        #expect(holders(given).contains("zoe 64.0"))   // 12 + 12 + 20 + 20
        // Hours for another roster, or fewer weeks than asked: not used.
        let wrong = try SkillsMap(s, capacity: capacity, today: Self.today, weeklySpare: [[99, 99, 99, 99, 99]])
        #expect(holders(wrong) == holders(asked))
        let short = try SkillsMap(s, capacity: capacity, today: Self.today, weeks: 8, weeklySpare: weekly)
        #expect(holders(short) == holders(try SkillsMap(s, capacity: capacity, today: Self.today, weeks: 8)))
    }

    @Test func onlyNeedsOfTheLastTwelveMonthsCount() throws {
        let s = state([member("a", ["web"])],
                      projects: [project(1, ["cobol"], status: .done, days("2024-01-01", "2024-03-01")),
                                 project(2, ["web"], status: .done, days("2025-11-01", "2025-12-31")),
                                 project(3, ["web"], status: .done, days("2025-09-01", "2025-11-01"))])
        let m = try map(s)
        #expect(m.since == day("2025-11-23"))
        #expect(m.skill("cobol") == nil)
        #expect(try #require(m.skill("web")).projects.map(\.id) == [2])
    }

    @Test func orderIsTheSameWhateverTheFilesOrder() throws {
        let people = [member("b", ["video", "animation"], seniority: .junior), member("a", ["video"], seniority: .senior),
                      member("c", ["video", "zines"], seniority: .senior)]
        let one = try map(state(people)), other = try map(state(people.reversed()))
        #expect(one.skills.map(\.name) == ["animation", "video", "zines"])
        #expect(one.skills == other.skills)
        // Most senior first, then by name.
        #expect(try #require(one.skill("video")).holders.map(\.id) == ["a", "c", "b"])
    }

    /// Holders are sorted on the first sixteen bytes of their names as
    /// integers, then in full: names that share those bytes, a name that is
    /// the start of another, the same name twice (then by id) and names
    /// beyond ASCII all come out in byte order. Needs come latest first,
    /// then by id, and a skill named twice counts once.
    @Test func holdersAndNeedsKeepTheirOrderAtTheEdges() throws {
        func named(_ id: String, _ name: String, _ seniority: Seniority = .medior) -> Member {
            var m = member(id, ["video", "Video"], seniority: seniority); m.name = name; return m
        }
        let people = [named("p1", "Annemarie van der Berg-Zwart"), named("p2", "Annemarie van der Berg"),
                      named("p3", "Annemarie van der Bosch"), named("p4", "Ann"), named("p5", "Anna"),
                      named("p6", "Zoë Ångström"), named("p7", "Zoe Angstrom"), named("p9", "Ann"), named("p8", "Ann"),
                      named("s1", "Zed", .senior), named("j1", "Aaron", .junior)]
        let shuffled = try map(state(people.reversed())), ordered = try map(state(people))
        let video = try #require(ordered.skill("video"))
        #expect(video.holders.map(\.id) == ["s1", "p4", "p8", "p9", "p5", "p2", "p1", "p3", "p7", "p6", "j1"])
        #expect(shuffled.skills == ordered.skills)
        let needs = state([member("a", ["web"])],
                          projects: [project(4, ["web", "WEB"], days("2026-06-01", "2026-07-01")),
                                     project(2, ["web"], days("2026-09-01", "2026-10-01")),
                                     project(3, ["web"], days("2026-06-01", "2026-06-20")),
                                     project(1, ["web"], optional: ["web"], days("2026-10-01", "2026-11-01"))])
        #expect(try #require(try map(needs).skill("web")).projects.map(\.id) == [2, 3, 4])
    }

    @Test func weeksOutsideTheRangeAreRefusedWithTheRange() throws {
        let s = state([member("a", ["web"])])
        for bad in [0, 53, 999, -1] {
            #expect(throws: DomainError.self) { try map(s, weeks: bad) }
            do { _ = try map(s, weeks: bad) } catch let e as DomainError {
                #expect(e.phrase.en == "weeks must be between 1 and 52, got \(bad)")
            }
        }
    }
}
