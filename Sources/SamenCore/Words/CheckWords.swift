/// What `samen check` finds against the domain's rules in files that read
/// well, and the steps it says it takes. Ids, field and file names stay as
/// they are in the files.
public enum CheckWords: Phrase {
    case partnerShareNotPartner(String, role: Role)
    case bookkeeperNotMember(String)
    case largeNotMoreThanMedium(large: Int, medium: Int)
    case emptyName(member: String)
    case memberHours(member: String, max: Hours, got: Hours)
    case hoursOrder(member: String)
    case leftBeforeJoining(member: String, left: Day, joined: Day)
    case loginTwice(member: String, login: String, other: String)
    case memberRule(member: String, any Phrase)
    case estimatedHours(project: Int, got: Hours)
    case noLead(project: Int, status: ProjectStatus)
    case declinedWithoutReason(project: Int)
    case projectRule(project: Int, any Phrase)
    case negativeBudget(project: Int)
    case allocationOutside(project: Int, member: String, range: DateRange, period: DateRange)
    case allocationHours(project: Int, member: String, max: Hours, got: Hours)
    case allocatedTwice(project: Int)
    case needsWorkWithoutHours(request: Int)
    case matchedWithoutOffer(request: Int)
    case acceptedNoOffer(request: Int, member: String)
    case emptyText(request: Int)
    case correctionWithoutTarget(entry: Int)
    case correctsCorrection(entry: Int, target: Int)
    case correctionAmount(entry: Int, target: Int, must: Money, got: Money)
    case correctedTwice(entry: Int)
    case distributionWithoutYear(entry: Int)
    case distributionWithoutPartner(entry: Int)
    case notPositive(entry: Int, kind: LedgerKind, got: Money)
    case needsMember(entry: Int, kind: LedgerKind)
    case unknownCategory(entry: Int, category: String)
    case costWithoutCategory(entry: Int)
    case contributionNotOnRevenue(entry: Int)
    case rateRange(entry: Int, got: Int64)
    case noSuchDirectory
    case doesNotVerify(any Phrase)
    case cannotVerify(any Phrase)
    case reading(String)
    case checkingReferences
    case verifyingHistory

    public var en: String {
        switch self {
        case let .partnerShareNotPartner(id, role): "partnerShares names '\(id)', who is \(role.rawValue), not a partner"
        case let .bookkeeperNotMember(id): "bookkeepers names '\(id)', who is not a member"
        case let .largeNotMoreThanMedium(large, medium): "largeProjectHours (\(large)) must be more than mediumProjectHours (\(medium))"
        case let .emptyName(m): "member '\(m)' has an empty name"
        case let .memberHours(m, max, got): "member '\(m)': hours per week must be between 0 and \(max), got \(got)"
        case let .hoursOrder(m): "member '\(m)': contracted hours must be listed oldest first, one per date"
        case let .leftBeforeJoining(m, left, joined): "member '\(m)' left (\(left)) before joining (\(joined))"
        case let .loginTwice(m, login, other): "member '\(m)' has login '\(login)', which '\(other)' has too"
        case let .memberRule(_, rule): rule.en
        case let .estimatedHours(p, got): "project \(p): estimated hours must be between 1 and 100000, got \(got)"
        case let .noLead(p, status): "project \(p) is \(status.rawValue) but has no lead"
        case let .declinedWithoutReason(p): "project \(p) is declined without a reason"
        case let .projectRule(p, rule): "project \(p): \(rule.en)"
        case let .negativeBudget(p): "project \(p) has a negative budget"
        case let .allocationOutside(p, m, range, period): "project \(p): allocation of '\(m)' \(range) falls outside the project period \(period)"
        case let .allocationHours(p, m, max, got): "project \(p): allocation of '\(m)' must be 0.5 to \(max) hours per week, got \(got)"
        case let .allocatedTwice(p): "project \(p) allocates the same member twice"
        case let .needsWorkWithoutHours(r): "request \(r) is 'needs work' without hours per week"
        case let .matchedWithoutOffer(r): "request \(r) is matched but names no accepted offer"
        case let .acceptedNoOffer(r, m): "request \(r) accepted an offer from '\(m)', who made none"
        case let .emptyText(r): "request \(r) has an empty text"
        case let .correctionWithoutTarget(e): "entry \(e) is a correction but does not say which entry it corrects"
        case let .correctsCorrection(e, t): "entry \(e) corrects entry \(t), which is itself a correction"
        case let .correctionAmount(e, t, must, got): "entry \(e) must reverse entry \(t) exactly (\(must.format(.nl))), not \(got.format(.nl))"
        case let .correctedTwice(t): "entry \(t) is corrected more than once"
        case let .distributionWithoutYear(e): "entry \(e) is a distribution without the year it closes"
        case let .distributionWithoutPartner(e): "entry \(e) is a distribution without a partner"
        case let .notPositive(e, kind, got): "entry \(e): a \(kind.rawValue) must be more than zero, got \(got.format(.nl))"
        case let .needsMember(e, kind): "entry \(e): a \(kind.rawValue) needs a member"
        case let .unknownCategory(e, c): "entry \(e): cost category '\(c)' is not in network.json's costCategories"
        case let .costWithoutCategory(e): "entry \(e): a cost needs a category"
        case let .contributionNotOnRevenue(e): "entry \(e): a contribution must relate to a revenue entry"
        case let .rateRange(e, got): "entry \(e): rate must be 0 to 10000 basis points, got \(got)"
        case .noSuchDirectory: "no such directory"
        case let .doesNotVerify(why): "does not verify: \(why.en)"
        case let .cannotVerify(why): "cannot verify: \(why.en)"
        case let .reading(file): "reading \(file)"
        case .checkingReferences: "checking references and rules"
        case .verifyingHistory: "verifying the history"
        }
    }

    public var nl: String {
        switch self {
        case let .partnerShareNotPartner(v1, v2): "partnerShares noemt '\(v1)', en die is \(NL.ro(v2)), geen partner"
        case let .bookkeeperNotMember(v1): "bookkeepers noemt '\(v1)', en dat is geen lid"
        case let .largeNotMoreThanMedium(v1, v2): "largeProjectHours (\(v1)) moet meer zijn dan mediumProjectHours (\(v2))"
        case let .emptyName(v1): "lid '\(v1)' heeft een lege naam"
        case let .memberHours(v1, v2, v3): "lid '\(v1)': de uren per week moeten tussen 0 en \(NL.s(v2)) liggen, niet \(NL.s(v3))"
        case let .hoursOrder(v1): "lid '\(v1)': de contracturen moeten op datum staan, oudste eerst, één per datum"
        case let .leftBeforeJoining(v1, v2, v3): "lid '\(v1)' is vertrokken (\(NL.s(v2))) voordat het lid werd (\(NL.s(v3)))"
        case let .loginTwice(v1, v2, v3): "lid '\(v1)' heeft login '\(v2)', en '\(v3)' heeft die ook"
        case let .memberRule(_, v2): v2.nl
        case let .estimatedHours(v1, v2): "project \(v1): de geschatte uren moeten tussen 1 en 100000 liggen, niet \(NL.s(v2))"
        case let .noLead(v1, v2): "project \(v1) is \(NL.ps(v2)) maar heeft geen trekker"
        case let .declinedWithoutReason(v1): "project \(v1) is afgewezen zonder reden"
        case let .projectRule(v1, v2): "project \(v1): \(v2.nl)"
        case let .negativeBudget(v1): "project \(v1) heeft een negatief budget"
        case let .allocationOutside(v1, v2, v3, v4): "project \(v1): de inzet van '\(v2)' (\(NL.pr(v3))) valt buiten de looptijd van het project (\(NL.pr(v4)))"
        case let .allocationHours(v1, v2, v3, v4): "project \(v1): de inzet van '\(v2)' moet 0,5 tot \(NL.s(v3)) uur per week zijn, niet \(NL.s(v4))"
        case let .allocatedTwice(v1): "project \(v1) zet hetzelfde lid twee keer in"
        case let .needsWorkWithoutHours(v1): "hulpvraag \(v1) is 'zoekt werk' zonder uren per week"
        case let .matchedWithoutOffer(v1): "hulpvraag \(v1) is gekoppeld maar noemt geen gekozen aanbod"
        case let .acceptedNoOffer(v1, v2): "hulpvraag \(v1) koos een aanbod van '\(v2)', maar die deed er geen"
        case let .emptyText(v1): "hulpvraag \(v1) heeft een lege tekst"
        case let .correctionWithoutTarget(v1): "boeking \(v1) is een correctie maar zegt niet welke boeking ze corrigeert"
        case let .correctsCorrection(v1, v2): "boeking \(v1) corrigeert boeking \(v2), en die is zelf een correctie"
        case let .correctionAmount(v1, v2, v3, v4): "boeking \(v1) moet boeking \(v2) precies terugdraaien (\(v3.format(.nl))), niet \(v4.format(.nl))"
        case let .correctedTwice(v1): "boeking \(v1) is meer dan één keer gecorrigeerd"
        case let .distributionWithoutYear(v1): "boeking \(v1) is een winstuitkering zonder het jaar dat ze afsluit"
        case let .distributionWithoutPartner(v1): "boeking \(v1) is een winstuitkering zonder partner"
        case let .notPositive(v1, v2, v3): "boeking \(v1): een \(NL.k(v2))boeking moet meer dan nul zijn, niet \(v3.format(.nl))"
        case let .needsMember(v1, v2): "boeking \(v1): een \(NL.k(v2))boeking heeft een lid nodig"
        case let .unknownCategory(v1, v2): "boeking \(v1): kostensoort '\(v2)' staat niet in de costCategories van \(NL.networkJSON)"
        case let .costWithoutCategory(v1): "boeking \(v1): een kostenpost heeft een kostensoort nodig"
        case let .contributionNotOnRevenue(v1): "boeking \(v1): een afdracht moet bij een omzetboeking horen"
        case let .rateRange(v1, v2): "boeking \(v1): het percentage moet 0 tot 10000 basispunten zijn, niet \(v2)"
        case .noSuchDirectory: "die map bestaat niet"
        case let .doesNotVerify(v1): "klopt niet met de geschiedenis: \(v1.nl)"
        case let .cannotVerify(v1): "kan niet nagaan: \(v1.nl)"
        case let .reading(v1): "\(v1) lezen"
        case .checkingReferences: "verwijzingen en regels nagaan"
        case .verifyingHistory: "de geschiedenis nagaan"
        }
    }
}
