import Foundation
import Testing
@testable import SamenCore

/// The README's rights table, cell by cell: each role tries each kind of
/// change on the same small network, through `apply`, and either the change
/// is made or the person reads the refusal given here, word for word.
@Suite struct RightsTableTests {
    /// The table's columns: who tries.
    enum Who: String, CaseIterable, CustomStringConvertible, Sendable {
        case partner, coordinator, bookkeeper, associate, applicant, external, nonMember, administrator
        var description: String { rawValue }

        /// The member they are, if any.
        var id: String? {
            switch self {
            case .partner: "pia"
            case .coordinator: "colin"
            case .bookkeeper: "bea"
            case .associate: "ada"
            case .applicant: "appie"
            case .external: "ext"
            case .nonMember, .administrator: nil
            }
        }

        /// As the system names them: a Unix login.
        var identity: ChangeContext.Identity {
            switch self {
            case .nonMember: .login("mallory", actingFor: nil)
            case .administrator: .login("root", actingFor: nil)
            default: .login("u-\(id ?? "")", actingFor: nil)
            }
        }

        /// How a refusal names them ("you act as ...", with their role).
        var phrase: String {
            switch self {
            case .partner: "you act as Pia Partner (u-pia), a partner"
            case .coordinator: "you act as Colin Coord (u-colin), a member"
            case .bookkeeper: "you act as Bea Books (u-bea), an associate"
            case .associate: "you act as Ada Assoc (u-ada), an associate"
            case .applicant: "you act as Appie Applicant (u-appie), an applicant"
            case .external: "you act as Eke External (u-ext), an external"
            case .nonMember: "you act as 'mallory', who is not a member of this network"
            case .administrator: "you act as 'root', who is not a member of this network"
            }
        }

        /// Without the role, as the help requests' refusals put it.
        var plainPhrase: String {
            guard let comma = phrase.range(of: "), ") else { return phrase }
            return String(phrase[..<comma.lowerBound]) + ")"
        }
    }

    static let today = Day(iso: "2026-11-23")!
    static let now = Timestamp(iso: "2026-11-23T10:00:00Z")!
    static let joined = Day(iso: "2020-01-01")!
    static let period = DateRange(start: Day(iso: "2026-12-07")!, weeks: 4)

    /// Seven members, one of each kind, plus Tom, the "someone else" of the rows.
    /// Project 1 is incoming with Tom as its lead, project 2 a proposal led by
    /// Tom, request 1 Tom's open request with an offer by Ada.
    static func network() throws -> NetworkState {
        var n = Network(name: "Test", place: "Utrecht", costCategories: ["rent"], coordinatorRoles: [.member],
                        bookkeepers: [], administrators: ["root"])
        n.rateCard = []
        var s = NetworkState(network: n)
        let setup = ChangeContext(identity: .administrator("root"), now: now, today: today)
        for (id, name, role) in [("pia", "Pia Partner", Role.partner), ("colin", "Colin Coord", .member), ("bea", "Bea Books", .associate),
                                 ("ada", "Ada Assoc", .associate), ("appie", "Appie Applicant", .applicant),
                                 ("ext", "Eke External", .external), ("tom", "Tom Other", .associate)] {
            _ = try s.apply(.addMember(Member(id: id, name: name, role: role, city: "Utrecht", login: "u-\(id)",
                                              hours: [ContractedHours(hoursPerWeek: 24, from: joined)], joined: joined)), context: setup)
        }
        var withBooks = s.network
        withBooks.bookkeepers = ["bea"]
        _ = try s.apply(.updateNetwork(withBooks), context: setup)
        for title in ["Incoming", "Proposal"] {
            _ = try s.apply(.addProject(Project(id: 0, title: title, client: "Client", source: "tom", city: "Utrecht",
                                                estimatedHours: 40, period: period, received: now)), context: setup)
        }
        _ = try s.apply(.setLead(project: 1, member: "tom"), context: setup)
        _ = try s.apply(.setLead(project: 2, member: "tom"), context: setup)
        _ = try s.apply(.moveProject(project: 2, to: .proposal, reason: nil, note: ""), context: setup)
        _ = try s.apply(.addRequest(HelpRequest(id: 0, from: "tom", kind: .advice, text: "Who knows a printer?", created: now)), context: setup)
        _ = try s.apply(.offerHelp(request: 1, member: "ada", note: "I do"), context: setup)
        _ = try s.apply(.addTimeOff(member: "tom", TimeOff(range: DateRange(start: Day(iso: "2027-02-01")!, weeks: 1))), context: setup)
        _ = try s.apply(.addKey(member: "tom", key: tomsKey), context: setup)
        // Pia's share of 2025's result, waiting to be paid out.
        var shares = s.network
        shares.partnerShares = [PartnerShare(member: "pia", weight: 1)]
        _ = try s.apply(.updateNetwork(shares), context: setup)
        _ = try s.apply(.addLedgerEntry(LedgerEntry(id: 0, kind: .income, date: Day(iso: "2025-06-01")!, amount: Money(cents: 10_000), at: now, by: "")), context: setup)
        _ = try s.apply(.closeYear(2025), context: setup)
        // Everyone who takes on work is asked to join project 2 (issue 16), so each can answer their own question.
        _ = try s.apply(.askToJoin(project: 2, members: ["pia", "colin", "bea", "ada", "tom"], hoursPerWeek: 4, note: ""), context: setup)
        _ = try s.apply(.addProduct(Product(id: "kit", name: "The kit", started: joined)), context: setup)
        return s
    }

    /// A row: the change each column tries (`own` is the column's member id,
    /// Tom's for those who are none), who may, and the refusal of the rest
    /// (`{phrase}` / `{plain}` stand for the person's phrase).
    struct Row: CustomStringConvertible, Sendable {
        var name: String
        var allowed: Set<Who>
        var change: @Sendable (_ own: String, _ state: NetworkState) -> Change
        var refusal: @Sendable (_ own: String) -> String
        var description: String { name }
    }

    static let everyone = Set(Who.allCases).subtracting([.nonMember])
    static let keepers: Set<Who> = [.partner, .coordinator, .bookkeeper, .administrator]
    static let coordinators: Set<Who> = [.partner, .coordinator, .administrator]
    static let workers: Set<Who> = [.partner, .coordinator, .bookkeeper, .associate, .administrator]
    static let books = "a partner, a member or Bea Books (bea)"
    static func name(_ id: String) -> String {
        ["pia": "Pia Partner", "colin": "Colin Coord", "bea": "Bea Books", "ada": "Ada Assoc", "appie": "Appie Applicant",
         "ext": "Eke External", "tom": "Tom Other"][id] ?? id
    }
    @Sendable static func edit(_ id: String, _ set: (inout MemberEdit) -> Void) -> Change {
        var e = MemberEdit(id: id)
        set(&e)
        return .editMember(e)
    }

    /// A signing key each: Tom's registered in the network, the others' made for the rows.
    static let tomsKey = SSHPublicKey(raw: Array(repeating: 0x70, count: 32))
    static func newKey(_ own: String) -> SSHPublicKey { SSHPublicKey(raw: Array(repeating: UInt8(truncatingIfNeeded: own.utf8.count + Int(own.utf8.first!)), count: 32)) }

    static let rows: [Row] = [
        Row(name: "add an associate", allowed: keepers,
            change: { _, _ in .addMember(Member(id: "nina", name: "Nina New", role: .associate, city: "Utrecht", joined: today)) },
            refusal: { _ in "only \(books) may add Nina New as an associate; {phrase}" }),
        Row(name: "add a partner", allowed: coordinators,
            change: { _, _ in .addMember(Member(id: "paul", name: "Paul New", role: .partner, city: "Utrecht", joined: today)) },
            refusal: { _ in "only a partner or a member may add Paul New as a partner; {phrase}" }),
        Row(name: "edit someone else's details", allowed: keepers,
            change: { _, _ in edit("tom") { $0.pitch = "Printing" } },
            refusal: { _ in "only Tom Other, \(books) may change Tom Other's details; {phrase}" }),
        Row(name: "edit own details", allowed: everyone,
            change: { own, _ in edit(own) { $0.pitch = "Printing" } },
            refusal: { _ in "only Tom Other, \(books) may change Tom Other's details; {phrase}" }),
        Row(name: "change someone else's hours", allowed: keepers,
            change: { _, _ in edit("tom") { $0.hoursPerWeek = 20 } },
            refusal: { _ in "only Tom Other, \(books) may change Tom Other's contracted hours; {phrase}" }),
        Row(name: "change someone else's role", allowed: keepers,
            change: { _, _ in edit("tom") { $0.role = .applicant } },
            refusal: { _ in "only \(books) may change Tom Other's role from associate to applicant; {phrase}" }),
        Row(name: "give yourself a role with more rights", allowed: [.partner, .coordinator, .administrator],
            change: { own, _ in edit(own) { $0.role = .partner } },
            refusal: { own in
                own == "bea" ? "nobody may give themselves a role with more rights; {phrase} and may not change Bea Books's role from associate to partner"
                    : "only \(books) may change \(name(own))'s role from \(own == "appie" ? "applicant" : own == "ext" ? "external" : "associate") to partner; {phrase}"
            }),
        Row(name: "change someone else's login", allowed: [.partner, .administrator],
            change: { _, _ in edit("tom") { $0.login = "u-thomas" } },
            refusal: { _ in "only Tom Other or a partner may change Tom Other's login; {phrase}" }),
        Row(name: "change own login", allowed: everyone,
            change: { own, _ in edit(own) { $0.login = "u-new-\(own)" } },
            refusal: { _ in "only Tom Other or a partner may change Tom Other's login; {phrase}" }),
        Row(name: "record that someone else leaves", allowed: keepers,
            change: { _, _ in .memberLeft(member: "tom", on: today) },
            refusal: { _ in "only Tom Other, \(books) may record that Tom Other leaves; {phrase}" }),
        Row(name: "add someone else's time off", allowed: keepers,
            change: { _, _ in .addTimeOff(member: "tom", TimeOff(range: DateRange(start: today, weeks: 1))) },
            refusal: { _ in "only Tom Other, \(books) may add time off for Tom Other; {phrase}" }),
        Row(name: "remove someone else's time off", allowed: keepers,
            change: { _, _ in .removeTimeOff(member: "tom", from: Day(iso: "2027-02-01")!) },
            refusal: { _ in "only Tom Other, \(books) may remove time off for Tom Other; {phrase}" }),
        Row(name: "say which clients someone else declines", allowed: keepers,
            change: { _, _ in .setDeclinedClients(member: "tom", clients: ["Shell"]) },
            refusal: { _ in "only Tom Other, \(books) may say which clients Tom Other will not work for; {phrase}" }),
        Row(name: "register a signing key for someone else", allowed: keepers,
            change: { own, _ in .addKey(member: "tom", key: newKey(own)) },
            refusal: { _ in "only Tom Other, \(books) may register a signing key for Tom Other; {phrase}" }),
        Row(name: "register one's own signing key", allowed: everyone,
            change: { own, _ in .addKey(member: own, key: newKey(own)) },
            refusal: { _ in "only Tom Other, \(books) may register a signing key for Tom Other; {phrase}" }),
        Row(name: "revoke someone else's signing key", allowed: keepers,
            change: { _, _ in .revokeKey(member: "tom", fingerprint: tomsKey.fingerprint) },
            refusal: { _ in "only Tom Other, \(books) may revoke Tom Other's signing key; {phrase}" }),
        Row(name: "say which clients one declines", allowed: everyone,
            change: { own, _ in .setDeclinedClients(member: own, clients: ["Shell"]) },
            refusal: { _ in "only Tom Other, \(books) may say which clients Tom Other will not work for; {phrase}" }),
        Row(name: "register an assignment", allowed: workers,
            change: { own, _ in .addProject(Project(id: 0, title: "New", client: "C", source: own == "tom" ? nil : own, city: "Utrecht",
                                                    estimatedHours: 8, period: period, received: now)) },
            refusal: { _ in "only members who take on work may register an assignment; {phrase}" }),
        Row(name: "accept an incoming assignment", allowed: coordinators,
            change: { _, _ in .moveProject(project: 1, to: .proposal, reason: nil, note: "") },
            refusal: { _ in "only a partner or a member may accept project 1 in Test (triage: coordinators); {phrase}" }),
        Row(name: "decline an assignment", allowed: coordinators,
            change: { _, _ in .moveProject(project: 1, to: .declined, reason: .noCapacity, note: "") },
            refusal: { _ in "only a partner or a member may decline project 1 in Test (triage: coordinators); {phrase}" }),
        Row(name: "choose the lead", allowed: coordinators,
            change: { _, _ in .setLead(project: 1, member: "ada") },
            refusal: { _ in "only a partner or a member may choose who leads project 1 in Test (triage: coordinators); {phrase}" }),
        Row(name: "staff a project led by someone else", allowed: coordinators,
            change: { _, _ in .allocate(project: 2, Allocation(member: "tom", hoursPerWeek: 8, range: period)) },
            refusal: { _ in "only its lead (Tom Other) or a partner or a member may staff project 2; {phrase}" }),
        Row(name: "mark won a project led by someone else", allowed: coordinators,
            change: { _, _ in .moveProject(project: 2, to: .active, reason: nil, note: "") },
            refusal: { _ in "only its lead (Tom Other) or a partner or a member may mark project 2 as won; {phrase}" }),
        Row(name: "edit a project led by someone else", allowed: coordinators,
            change: { _, _ in var e = ProjectEdit(project: 2); e.estimatedHours = 60; return .editProject(e) },
            refusal: { _ in "only its lead (Tom Other) or a partner or a member may edit project 2; {phrase}" }),
        Row(name: "cancel a project led by someone else", allowed: coordinators,
            change: { _, _ in .moveProject(project: 2, to: .cancelled, reason: nil, note: "the client withdrew") },
            refusal: { _ in "only its lead (Tom Other) or a partner or a member may cancel project 2; {phrase}" }),
        Row(name: "ask for help in own name", allowed: everyone,
            change: { own, _ in .addRequest(HelpRequest(id: 0, from: own, kind: .advice, text: "Anyone?", created: now)) },
            refusal: { _ in "only Tom Other or a partner or a member can ask in Tom Other's name; {plain}" }),
        Row(name: "ask in someone else's name", allowed: coordinators,
            change: { _, _ in .addRequest(HelpRequest(id: 0, from: "tom", kind: .advice, text: "Anyone?", created: now)) },
            refusal: { _ in "only Tom Other or a partner or a member can ask in Tom Other's name; {plain}" }),
        Row(name: "offer help in Bea's name", allowed: coordinators.union([.bookkeeper]),
            change: { _, _ in .offerHelp(request: 1, member: "bea", note: "") },
            refusal: { _ in "only Bea Books or a partner or a member can offer help in Bea Books's name; {plain}" }),
        Row(name: "accept an offer on someone else's request", allowed: coordinators,
            change: { _, _ in .acceptOffer(request: 1, member: "ada") },
            refusal: { _ in "request 1 is Tom Other's; only they or a partner or a member can accept an offer on it; {plain}" }),
        Row(name: "close someone else's request", allowed: coordinators,
            change: { _, _ in .closeRequest(request: 1, note: "") },
            refusal: { _ in "request 1 is Tom Other's; only they or a partner or a member can close it; {plain}" }),
        Row(name: "withdraw someone else's request", allowed: [.administrator],
            change: { _, _ in .withdrawRequest(request: 1) },
            refusal: { _ in "only Tom Other, who asked, can withdraw request 1; {plain}" }),
        Row(name: "add own payment", allowed: everyone,
            change: { own, _ in .addLedgerEntry(LedgerEntry(id: 0, kind: .payment, date: today, amount: Money(cents: 100), member: own, at: now, by: "")) },
            refusal: { _ in "only Tom Other, \(books) may add Tom Other's payment; {phrase}" }),
        Row(name: "add someone else's payment", allowed: keepers,
            change: { _, _ in .addLedgerEntry(LedgerEntry(id: 0, kind: .payment, date: today, amount: Money(cents: 100), member: "tom", at: now, by: "")) },
            refusal: { _ in "only Tom Other, \(books) may add Tom Other's payment; {phrase}" }),
        Row(name: "add a cost", allowed: keepers,
            change: { _, _ in .addLedgerEntry(LedgerEntry(id: 0, kind: .cost, date: today, amount: Money(cents: 100), category: "rent", at: now, by: "")) },
            refusal: { _ in "only \(books) may add a cost; {phrase}" }),
        Row(name: "pay a partner out", allowed: keepers,
            change: { _, _ in .addLedgerEntry(LedgerEntry(id: 0, kind: .payout, date: today, amount: Money(cents: 10_000), member: "pia", at: now, by: "")) },
            refusal: { _ in "only \(books) may pay a partner out; {phrase}" }),
        Row(name: "change the rate card", allowed: keepers,
            change: { _, _ in .setHourlyRate(seniority: .senior, band: .small, hourly: Money(cents: 10_000), from: Day(iso: "2027-01-01")!) },
            refusal: { _ in "only \(books) may change the rate card; {phrase}" }),
        Row(name: "rename the network", allowed: keepers,
            change: { _, s in var n = s.network; n.name = "Renamed"; return .updateNetwork(n) },
            refusal: { _ in "only \(books) may change the network's settings; {phrase}" }),
        Row(name: "change who triages", allowed: coordinators,
            change: { _, s in var n = s.network; n.triage = .members; return .updateNetwork(n) },
            refusal: { _ in "only a partner or a member may change who coordinates or who triages; {phrase}" }),
        Row(name: "change who administers", allowed: [.administrator],
            change: { _, s in var n = s.network; n.administrators.append("u-ada"); return .updateNetwork(n) },
            refusal: { _ in "only an administrator may change who administers the network; {phrase}" }),
        // Products have their own rules; a settings change must not rewrite them past those.
        Row(name: "change the products with the network's settings", allowed: [.administrator],
            change: { _, s in var n = s.network; n.products.append(Product(name: "Side door", started: today)); return .updateNetwork(n) },
            refusal: { _ in "the network's products and who built them change only through samen product (registering one, or naming who helped build it), not with the network's settings; {phrase}" }),
        Row(name: "ask members to join a project led by someone else", allowed: coordinators,
            change: { _, _ in .askToJoin(project: 1, members: ["ada"], hoursPerWeek: 4, note: "") },
            refusal: { _ in "only its lead (Tom Other) or a partner or a member may ask members to join project 1; {phrase}" }),
        Row(name: "answer a question asked of oneself", allowed: workers,
            change: { own, _ in .answerAsk(project: 2, member: own, reply: .yes(hoursPerWeek: 4)) },
            refusal: { own in
                own == "tom" ? "only Tom Other or a partner or a member may answer the question to Tom Other about project 2; {phrase}"
                    : "nobody asked \(name(own)) to join project 2; only a question asked of you can be answered"
            }),
        Row(name: "answer someone else's question", allowed: coordinators,
            change: { _, _ in .answerAsk(project: 2, member: "tom", reply: .no(reason: .noTime, note: "")) },
            refusal: { _ in "only Tom Other or a partner or a member may answer the question to Tom Other about project 2; {phrase}" }),
        Row(name: "register a product of the network", allowed: coordinators,
            change: { _, _ in .addProduct(Product(name: "Congress media team", started: today)) },
            refusal: { _ in "only a partner or a member may register a product of the network; {phrase}" }),
        Row(name: "add someone else as a product's contributor", allowed: coordinators,
            change: { _, _ in .addProductContributor(product: "kit", member: "tom") },
            refusal: { _ in "only Tom Other, a partner or a member may add Tom Other as a contributor to The kit; {phrase}" }),
        Row(name: "add oneself as a product's contributor", allowed: [.partner, .coordinator, .bookkeeper, .associate, .administrator],
            change: { own, _ in .addProductContributor(product: "kit", member: own) },
            refusal: { own in
                own == "appie" || own == "ext" ? "'\(own)' is not a member who takes on work (an applicant, an external, or someone who left)"
                    : "only Tom Other, a partner or a member may add Tom Other as a contributor to The kit; {phrase}" }),
    ]

    @Test(arguments: rows, Who.allCases)
    func everyCell(_ row: Row, _ who: Who) throws {
        let before = try Self.network()
        var s = before
        let own = who.id ?? "tom"
        let change = row.change(own, before)
        let context = ChangeContext(identity: who.identity, now: Self.now, today: Self.today)
        do {
            _ = try s.apply(change, context: context)
            #expect(row.allowed.contains(who), "\(who) was allowed to \(row.name)")
        } catch {
            let expected = row.refusal(own).replacingOccurrences(of: "{phrase}", with: who.phrase)
                .replacingOccurrences(of: "{plain}", with: who.plainPhrase)
            #expect(!row.allowed.contains(who), "\(who) may \(row.name) but was refused: \(error)")
            if !row.allowed.contains(who) { #expect("\(error)" == expected) }
            #expect(s.members.records == before.members.records && s.projects.records == before.projects.records
                    && s.requests.records == before.requests.records && Array(s.ledger) == Array(before.ledger)
                    && s.network == before.network, "a refusal changes nothing")
        }
    }
}
