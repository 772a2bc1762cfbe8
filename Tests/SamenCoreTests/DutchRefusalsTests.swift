import Testing
@testable import SamenCore

/// The domain's refusals are phrases with their values: the words are
/// chosen when the error is shown, so the same error reads in English as it
/// always did and in Dutch when Dutch is spoken.
@Suite struct DutchRefusalsTests {
    /// The error `change` is refused with, made by `person` (a login).
    func refusal(_ change: Change, by person: String, for member: String? = nil, in state: NetworkState) throws -> any Error {
        var s = state
        do { _ = try s.apply(change, context: ActingForTests.context(person, for: member)) } catch { return error }
        Issue.record("\(change) was not refused")
        throw DomainError("not refused")
    }

    func dutch(_ error: any Error) -> String { Language.$scoped.withValue(.nl) { "\(error)" } }
    func english(_ error: any Error) -> String { Language.$scoped.withValue(.en) { "\(error)" } }

    @Test func aNonMemberTriaging() throws {
        let s = try RightsTableTests.network()
        let e = try refusal(.moveProject(project: 1, to: .proposal, reason: nil, note: ""), by: "mallory", in: s)
        #expect(english(e) == "only a partner or a member may accept project 1 in Test (triage: coordinators); you act as 'mallory', who is not a member of this network")
        #expect(dutch(e) == "alleen een partner of een lid mag in Test project 1 aannemen (beoordelen: coordinators); je handelt als 'mallory', geen lid van dit netwerk")
    }

    @Test func actingForSomeoneYouMayNot() throws {
        let s = try RightsTableTests.network()
        let e = try refusal(ActingForTests.tomsPitch, by: "u-ada", for: "tom", in: s)
        #expect(english(e) == "you are u-ada (Ada Assoc, an associate); only a partner or a member or an administrator may act for Tom Other")
        #expect(dutch(e) == "je bent u-ada (Ada Assoc, een associé); alleen een partner of een lid of een beheerder mag namens Tom Other handelen")
    }

    @Test func aBookkeepersRightWithTheNamesOfWhoMay() throws {
        let s = try RightsTableTests.network()
        let e = try refusal(.addLedgerEntry(LedgerEntry(id: 0, kind: .cost, date: RightsTableTests.today, amount: Money(cents: 1), category: "rent",
                                                        at: RightsTableTests.now, by: "")), by: "u-tom", in: s)
        #expect(english(e) == "only a partner, a member or Bea Books (bea) may add a cost; you act as Tom Other (u-tom), an associate")
        #expect(dutch(e) == "alleen een partner, een lid of Bea Books (bea) mag een kostenpost toevoegen; je handelt als Tom Other (u-tom), een associé")
    }

    @Test func aDateOutOfRange() throws {
        let today = Day(iso: "2026-12-07")!
        guard case let .failure(e) = Limits.day("31-12-2201", today: today) else { Issue.record("accepted"); return }
        #expect(english(e) == "must be between 1900-01-01 and 2200-12-31, got 2201-12-31")
        #expect(dutch(e) == "moet tussen 01-01-1900 en 31-12-2200 liggen, niet 31-12-2201")
        guard case let .failure(typo) = Limits.day("7 december", today: today) else { Issue.record("accepted"); return }
        #expect(dutch(typo) == "moet een datum zijn als 31-12-2026, 2026-12-31, morgen of ma; niet '7 december'")
    }

    @Test func hoursOutOfRange() throws {
        guard case let .failure(e) = Hours.parse("80,5", in: Limits.hoursPerWeek) else { Issue.record("accepted"); return }
        #expect(english(e) == "must be between 0 and 80 hours, got 80,5")
        #expect(dutch(e) == "moet tussen 0 en 80 uur liggen, niet 80,5")
        // The same through a change: the rule names what it is about.
        let s = try RightsTableTests.network()
        let allocation = Allocation(member: "ada", hoursPerWeek: Hours(halfHours: 181), range: RightsTableTests.period)
        let refused = try refusal(.allocate(project: 2, allocation), by: "root", in: s)
        #expect(english(refused) == "hours per week must be between 0 and 80, got 90.5")
        #expect(dutch(refused) == "het aantal uren per week moet tussen 0 en 80 liggen, niet 90,5")
    }

    @Test func aValueOutOfRangeInTheRecordAChangeCarries() throws {
        let s = try RightsTableTests.network()
        var p = Project(id: 0, title: "Far", client: "Client", city: "Utrecht", estimatedHours: 40, period: RightsTableTests.period,
                        received: RightsTableTests.now)
        p.maxTravelKm = 6000
        let e = try refusal(.addProject(p), by: "root", in: s)
        #expect(english(e) == "the project's field 'maxTravelKm' must be between 0 and 5000 km, got 6000 km")
        #expect(dutch(e) == "het project: veld 'maxTravelKm' moet tussen 0 en 5000 km liggen, niet 6000 km")
    }

    @Test func aNumberTooLongToRead() {
        guard case let .failure(e) = Limits.integer("99999999999999999999", in: Limits.weeks, unit: "weeks") else { Issue.record("accepted"); return }
        #expect(english(e) == "must be between 1 and 520 weeks, got 99999999999999999999")
        #expect(dutch(e) == "moet tussen 1 en 520 weken liggen, niet 99999999999999999999")
        guard case let .failure(w) = Limits.integer("600", in: Limits.weeks, unit: "weeks") else { Issue.record("accepted"); return }
        #expect(english(w) == "must be between 1 and 520 weeks, got 600 weeks")
    }

    @Test func aProjectThatDoesNotExist() throws {
        let s = try RightsTableTests.network()
        let e = try refusal(.setLead(project: 99, member: "tom"), by: "root", in: s)
        #expect(english(e) == "project 99 does not exist")
        #expect(dutch(e) == "project 99 bestaat niet")
        #expect((e as? DomainError)?.field == .project)
    }

    @Test func aDateInASentenceIsSpokenTheDutchWay() throws {
        let s = try RightsTableTests.network()
        let e = try refusal(.removeTimeOff(member: "tom", from: Day(iso: "2027-03-01")!), by: "root", in: s)
        #expect(english(e) == "Tom Other has no time off starting 2027-03-01; theirs: 2027-02-01..2027-02-07")
        #expect(dutch(e) == "Tom Other is niet vrij vanaf 1 mrt 2027; wel: 1 feb 2027 t/m 7 feb 2027")
    }

    @Test func noticesThatDoNotStopAChange() {
        let topic = NoticeWords.newTopic("zorgg", nearby: ["zorg"], uses: [3])
        #expect(english(topicError(topic)) == "topic 'zorgg' is new; did you mean 'zorg' (used 3 times)?")
        #expect(dutch(topicError(topic)) == "onderwerp 'zorgg' is nieuw; bedoel je 'zorg' (3 keer gebruikt)?")
        let kept = NoticeWords.contributionsKeepOldRate(1, .associate, from: Day(iso: "2026-07-01")!)
        #expect(Language.$scoped.withValue(.nl) { kept.text }
                == "1 omzetboeking van associés vanaf 1 jul 2026 houdt de afdracht van het oude percentage; corrigeer en boek hem opnieuw voor het nieuwe")
    }

    func topicError(_ p: NoticeWords) -> any Error { DomainError(p) }

    /// Two refusals the command line makes itself, ready in the catalogues
    /// with the English it says today.
    @Test func refusalsTheCommandLineMakes() {
        let declines = DomainError(MemberRefusal.doesNotDecline("Katleen", "Zorgpunt", declines: ["Rabo"]))
        #expect(english(declines) == "Katleen does not decline 'Zorgpunt'; they decline: Rabo")
        #expect(dutch(declines) == "Katleen weigert 'Zorgpunt' niet; geweigerd: Rabo")
        let over = DomainError(StaffingWords.wouldBeOverbooked("Eva", weeks: ["2026-W49 (-4 h)"]))
        #expect(english(over) == "Eva would be overbooked in 2026-W49 (-4 h); pass --allow-overbooking to staff them anyway")
        #expect(dutch(over) == "Eva zou overboekt zijn in 2026-W49 (-4 h); geef --allow-overbooking mee om toch te bemensen")
    }


    @Test func anAmountThatIsNoAmount() {
        do { _ = try Money.parse("12,3456"); Issue.record("accepted") } catch {
            #expect(english(error) == "'12,3456' is not an amount: use at most two digits after the decimal mark")
            #expect(dutch(error) == "'12,3456' is geen bedrag: hoogstens twee cijfers na de komma")
        }
    }


    @Test func refusalsAreEqualByTheirEnglishWords() {
        #expect(DomainError(ChangeRefusal.noProject(3)) == DomainError("project 3 does not exist"))
        #expect(LimitError(LimitRefusal.notAWholeNumber("x")) == LimitError("must be a whole number, got 'x'"))
        // Words are chosen when shown, not when the error is made.
        let e = DomainError(ChangeRefusal.noRequest(4))
        #expect(english(e) == "request 4 does not exist")
        #expect(dutch(e) == "hulpvraag 4 bestaat niet")
    }
}

/// Staffing's explanations, shared by `samen project suggest` and the
/// dashboard: the same report, said in either language.
@Suite struct DutchStaffingWordsTests {
    @Test func aReportReadsInDutchWithTheSameValues() throws {
        let today = Day(iso: "2026-11-23")!
        let state = try DemoNetwork.stGroep.build(today: today)
        let advisor = StaffingAdvisor(state)
        var checked = 0
        for project in state.projects where project.status == .incoming {
            checked += 1
            let report = advisor.suggest(for: project, today: today, limit: 5)
            func said() -> [String] {
                StaffingReportText.heading(report) + [StaffingReportText.summary(report)] + report.suggestions.map(\.line)
                    + (report.nobodyInsideQualifies ? StaffingReportText.outside(report) : [])
            }
            let english = Language.$scoped.withValue(.en) { said() }
            let dutch = Language.$scoped.withValue(.nl) { said() }
            #expect(english[0] == "Project \(project.id): \(project.title) for \(project.client) (incoming)")
            #expect(dutch[0] == "Project \(project.id): \(project.title) voor \(project.client) (binnengekomen)")
            #expect(dutch[1].contains(" t/m "))
            for line in dutch {
                for english in [" h/wk", "who qualify", "left out", " for a ", "skills ", "needs ", "Nobody"] {
                    #expect(!line.contains(english), "\(line)")
                }
            }
        }
        #expect(checked > 0)
    }

    @Test func aWeekSomeoneWouldBeOverbooked() {
        let week = OverbookedWeek(week: ISOWeek(year: 2026, week: 49)!, spareAfter: -4.5)
        #expect(Language.$scoped.withValue(.en) { week.description } == "2026-W49 (-4.5 h)")
        #expect(Language.$scoped.withValue(.nl) { week.description } == "wk 49 2026 (-4,5 u)")
    }

    @Test func whySomeoneCouldHelp() {
        let helper = HelperSuggestion(member: "eva", name: "Eva", score: 3,
                                      matches: [HelperMatch(tag: "infographic", how: .similarSkill, evidence: "infographics", points: 2),
                                                HelperMatch(tag: "zorg", how: .pitch, evidence: "…zorg en welzijn…", points: 1)])
        #expect(Language.$scoped.withValue(.en) { helper.why } == "skill infographics (for infographic) · Share: \"…zorg en welzijn…\"")
        #expect(Language.$scoped.withValue(.nl) { helper.why } == "vaardigheid infographics (voor infographic) · Share: \"…zorg en welzijn…\"")
    }

    @Test func whyAMemberIsLeftOut() {
        let far = ExclusionReason.tooFar(kilometres: 80, max: 50)
        #expect(Language.$scoped.withValue(.en) { far.text } == "80 km away, more than the project's 50 km")
        #expect(Language.$scoped.withValue(.nl) { far.text } == "80 km weg, meer dan de 50 km van het project")
        #expect(Language.$scoped.withValue(.nl) { ExclusionReason.left(on: Day(iso: "2026-03-01")!).text } == "heeft het netwerk verlaten op 1 mrt 2026")
    }
}
