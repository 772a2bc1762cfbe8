/// Every way the data can change, as a value.
///
/// The TUI and the command line both produce these; `NetworkState.apply`
/// validates one against the current state and either applies all of it or
/// throws a `DomainError` and changes nothing. The store writes the applied
/// change to `history.jsonl`, so who changed what is always on record.
public enum Change: Sendable, Equatable {
    /// A new member. An empty `id` is derived from the name when applied.
    case addMember(Member)
    case editMember(MemberEdit)
    case memberLeft(member: String, on: Day)
    case addTimeOff(member: String, TimeOff)
    /// Takes back the member's time off that starts on `from`.
    case removeTimeOff(member: String, from: Day)
    /// The clients a member will not work for (replacing the earlier list; empty: none).
    case setDeclinedClients(member: String, clients: [String])
    /// Registers a public key the member signs their changes with.
    case addKey(member: String, key: SSHPublicKey)
    /// Stops a key from signing from now on; what it signed before stays valid.
    case revokeKey(member: String, fingerprint: String)
    /// A new incoming assignment; `id`, `status`, `received` and `log` are set when applied.
    case addProject(Project)
    /// Changes an assignment's details (title, client, skills, size, period,
    /// place, budget, travel); logged with what changed.
    case editProject(ProjectEdit)
    case setLead(project: Int, member: String)
    case moveProject(project: Int, to: ProjectStatus, reason: DeclineReason?, note: String)
    /// Puts a member on a project, replacing their earlier allocation on it.
    case allocate(project: Int, Allocation)
    case removeAllocation(project: Int, member: String)
    case hireExternal(project: Int, ExternalHire)
    /// The lead marks some of a project's skills as nice to have (replacing
    /// the earlier choice; an empty list makes every skill required again).
    case markSkillsOptional(project: Int, skills: [String])
    /// A new help request; `id`, `status`, `offers` and `created` are set when applied.
    case addRequest(HelpRequest)
    case offerHelp(request: Int, member: String, note: String)
    case acceptOffer(request: Int, member: String)
    case closeRequest(request: Int, note: String)
    case withdrawRequest(request: Int)
    /// A revenue, income, cost, charge or payment; `id`, `at` and `by` are set when applied.
    /// A revenue brings its contribution with it, at the rate in force.
    case addLedgerEntry(LedgerEntry)
    /// Reverses an entry; dated on the entry's own date unless `date` says
    /// otherwise (a date in another year moves the money to that year).
    case correctLedgerEntry(entry: Int, reason: String, date: Day?)
    /// Writes the year's distribution among the partners, once.
    case closeYear(Int)
    case updateNetwork(Network)
    /// A new hourly rate on the rate card from a day on; the card keeps its history.
    case setHourlyRate(seniority: Seniority, band: SizeBand, hourly: Money, from: Day)
    /// A new contribution percentage (basis points) for a role from a day on; earlier ones are kept.
    case setContributionRate(role: Role, basisPoints: Int64, from: Day)
    /// Charges a cost on to members, one `charge` each, adding up to the cost to the cent.
    case shareCost(CostShare)
    /// Asks members whether they want to join a project, for about these hours a week.
    case askToJoin(project: Int, members: [String], hoursPerWeek: Hours, note: String)
    /// The asked member answers; a yes puts them on the team tentatively, a
    /// "not this client" no also records that client as one they decline.
    case answerAsk(project: Int, member: String, reply: JoinReply)
    /// Several changes that a person makes as one (accepting a project and
    /// naming its lead): applied one after another, all or none, saved with
    /// one history line.
    case steps([Change])
    /// Someone applies, or a member enters them (issue 16): a member with
    /// the role applicant and an application; `appliedOn` is set when applied.
    case addApplicant(Member)
    /// A member's view on an application: for, against or a question; `on` is set when applied.
    case viewApplicant(applicant: String, ApplicantView)
    /// A member's note on one of the network's admission criteria; `on` is set when applied.
    case noteCriterion(applicant: String, CriterionNote)
    /// The network admits the applicant with a role from a day on.
    case admitApplicant(applicant: String, role: Role, from: Day)
    /// The network says not now, with a reason; the application stays.
    case declineApplicant(applicant: String, reason: String)
    /// Registers one of the network's own instruments or products (issue 16).
    case addProduct(Product)
    /// Names a member as one who co-developed a registered product.
    case addProductContributor(product: String, member: String)

    /// `changes` as one change: itself when there is one, else its steps.
    public static func one(_ changes: [Change]) -> Change {
        changes.count == 1 ? changes[0] : .steps(changes)
    }

    /// The name used in history.jsonl.
    public var name: String {
        switch self {
        case .addMember: return "add-member"
        case .editMember: return "edit-member"
        case .memberLeft: return "member-left"
        case .addTimeOff: return "add-time-off"
        case .removeTimeOff: return "remove-time-off"
        case .setDeclinedClients: return "set-declined-clients"
        case .addKey: return "add-key"
        case .revokeKey: return "revoke-key"
        case .addProject: return "add-project"
        case .editProject: return "edit-project"
        case .setLead: return "set-lead"
        case .moveProject: return "move-project"
        case .allocate: return "allocate"
        case .removeAllocation: return "remove-allocation"
        case .hireExternal: return "hire-external"
        case .markSkillsOptional: return "mark-skills-optional"
        case .addRequest: return "add-request"
        case .offerHelp: return "offer-help"
        case .acceptOffer: return "accept-offer"
        case .closeRequest: return "close-request"
        case .withdrawRequest: return "withdraw-request"
        case .addLedgerEntry: return "add-ledger-entry"
        case .correctLedgerEntry: return "correct-ledger-entry"
        case .closeYear: return "close-year"
        case .updateNetwork: return "update-network"
        case .setHourlyRate: return "set-hourly-rate"
        case .setContributionRate: return "set-contribution-rate"
        case .shareCost: return "share-cost"
        case .askToJoin: return "ask-to-join"
        case .answerAsk: return "answer-ask"
        case .steps: return "steps"
        case .addApplicant: return "add-applicant"
        case .viewApplicant: return "view-applicant"
        case .noteCriterion: return "note-criterion"
        case .admitApplicant: return "admit-applicant"
        case .declineApplicant: return "decline-applicant"
        case .addProduct: return "add-product"
        case .addProductContributor: return "add-product-contributor"
        }
    }

    /// The change as recorded in history: its name and what it carried.
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("change", name)
        switch self {
        case let .addMember(m): b.set("member", m.json)
        case let .editMember(e): b.set("edit", e.json)
        case let .memberLeft(m, day): b.set("member", m); b.set("on", day)
        case let .addTimeOff(m, t): b.set("member", m); b.set("timeOff", t.json)
        case let .removeTimeOff(m, from): b.set("member", m); b.set("from", from)
        case let .setDeclinedClients(m, clients): b.set("member", m); b.set("clients", clients)
        case let .addKey(m, key): b.set("member", m); b.set("key", key.line); if !key.comment.isEmpty { b.set("comment", key.comment) }
        case let .revokeKey(m, fingerprint): b.set("member", m); b.set("fingerprint", fingerprint)
        case let .addProject(p): b.set("project", p.json)
        case let .editProject(e): b.set("edit", e.json)
        case let .setLead(p, m): b.set("project", p); b.set("member", m)
        case let .moveProject(p, to, reason, note):
            b.set("project", p); b.set("to", to); b.set("reason", reason); if !note.isEmpty { b.set("note", note) }
        case let .allocate(p, a): b.set("project", p); b.set("allocation", a.json)
        case let .removeAllocation(p, m): b.set("project", p); b.set("member", m)
        case let .hireExternal(p, h): b.set("project", p); b.set("hire", h.json)
        case let .markSkillsOptional(p, skills): b.set("project", p); b.set("skills", skills)
        case let .addRequest(r): b.set("request", r.json)
        case let .offerHelp(r, m, note): b.set("request", r); b.set("member", m); b.set("note", note)
        case let .acceptOffer(r, m): b.set("request", r); b.set("member", m)
        case let .closeRequest(r, note): b.set("request", r); b.set("note", note)
        case let .withdrawRequest(r): b.set("request", r)
        case let .addLedgerEntry(e): b.set("entry", e.json)
        case let .correctLedgerEntry(e, reason, date): b.set("entry", e); b.set("reason", reason); b.set("date", date)
        case let .closeYear(y): b.set("year", y)
        case let .updateNetwork(n): b.set("network", n.json)
        case let .setHourlyRate(seniority, band, hourly, from):
            b.set("seniority", seniority); b.set("sizeBand", band); b.set("hourlyCents", hourly); b.set("from", from)
        case let .setContributionRate(role, bp, from): b.set("role", role); b.set("basisPoints", bp); b.set("from", from)
        case let .shareCost(share): b.set("share", share.json)
        case let .askToJoin(p, members, hours, note):
            b.set("project", p); b.set("members", members); b.set("hoursPerWeek", hours); if !note.isEmpty { b.set("note", note) }
        case let .answerAsk(p, m, reply): b.set("project", p); b.set("member", m); reply.write(into: &b)
        case let .steps(steps): b.set("steps", .array(steps.map(\.json)))
        case let .addApplicant(m): b.set("member", m.json)
        case let .viewApplicant(m, v): b.set("applicant", m); b.set("view", v.json)
        case let .noteCriterion(m, n): b.set("applicant", m); b.set("note", n.json)
        case let .admitApplicant(m, role, from): b.set("applicant", m); b.set("role", role); b.set("from", from)
        case let .declineApplicant(m, reason): b.set("applicant", m); b.set("reason", reason)
        case let .addProduct(p): b.set("product", p.json)
        case let .addProductContributor(p, m): b.set("product", p); b.set("member", m)
        }
        return b.value
    }
}

/// The fields of a member that an edit may change; nil leaves a field alone.
public struct MemberEdit: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var role: Role?
    public var skills: [String]?
    public var seniority: Seniority?
    public var city: String?
    public var email: String?
    public var phone: String?
    public var login: String?
    public var pitch: String?
    public var involvement: Involvement?
    /// New contracted hours, in force from `hoursFrom` (default: today).
    public var hoursPerWeek: Hours?
    public var hoursFrom: Day?
    public var desks: Int?
    /// The kinds of work the member would like more of (replacing the list; empty: none).
    public var wantsMore: [String]?

    public init(id: String) { self.id = id }

    public var isEmpty: Bool {
        name == nil && role == nil && skills == nil && seniority == nil && city == nil && email == nil
            && phone == nil && login == nil && pitch == nil && involvement == nil && hoursPerWeek == nil && desks == nil
            && wantsMore == nil
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", id); b.set("name", name); b.set("role", role)
        if let skills { b.set("skills", skills) }
        b.set("seniority", seniority); b.set("city", city); b.set("email", email); b.set("phone", phone)
        b.set("login", login); b.set("pitch", pitch); b.set("involvement", involvement)
        b.set("hoursPerWeek", hoursPerWeek); b.set("hoursFrom", hoursFrom); b.set("desks", desks)
        if let wantsMore { b.set("wantsMore", wantsMore) }
        return b.value
    }
}

/// Who makes a change, and when: recorded in history and on ledger entries.
public struct ChangeContext: Sendable {
    /// How the caller knows who is acting.
    public enum Identity: Sendable, Equatable {
        /// The system authenticated `person` (a Unix login); `actingFor` is
        /// whom they say they act for (`--as`, `$SAMEN_USER`), if anyone else.
        case login(String, actingFor: String?)
        /// A caller inside the program names the member (login or id) itself:
        /// a test, or a dashboard model under test.
        case member(String)
        /// A caller that writes a whole network by its own authority (a demo's
        /// story, a test fixture); `name` is what its records say.
        case administrator(String)
    }

    public var identity: Identity
    public var now: Timestamp
    public var today: Day

    public init(actor: String, now: Timestamp = .now(), today: Day = .today()) {
        self.init(identity: .member(actor), now: now, today: today)
    }

    public init(identity: Identity, now: Timestamp = .now(), today: Day = .today()) {
        self.identity = identity; self.now = now; self.today = today
    }

    /// Who is at the keyboard: recorded as `by` in the history.
    public var person: String {
        switch identity {
        case let .login(p, _): return p
        case let .member(m): return m
        case let .administrator(a): return a
        }
    }

    /// The name the change is made in: the member acted for, else the person.
    /// Decisions and ledger entries carry it.
    public var actor: String {
        if case let .login(_, actingFor?) = identity { return actingFor }
        return person
    }
}

extension ChangeContext.Identity {
    /// How the person was known, as a history line records it (`"as"`), so
    /// a replay checks the change against the rights it was made with.
    public var kind: String {
        switch self {
        case .login: return "login"
        case .member: return "member"
        case .administrator: return "administrator"
        }
    }

    /// The identity a history line names: `kind` as above, `person` its
    /// `by`, `actingFor` its `for`. Nil for a kind Samen does not write.
    public init?(kind: String, person: String, actingFor: String?) {
        switch kind {
        case "login": self = .login(person, actingFor: actingFor)
        case "member" where actingFor == nil: self = .member(person)
        case "administrator" where actingFor == nil: self = .administrator(person)
        default: return nil
        }
    }
}

/// A change refused by the rules, with the words a person understands and,
/// when the refusal is about one part of the change, which part.
///
/// The refusal is a phrase of a catalogue with its values, so the words are
/// chosen when it is shown, in the language then current. Two refusals are
/// the same when their English words and their field are.
public struct DomainError: Error, CustomStringConvertible, Equatable {
    public var phrase: any Phrase
    public var field: ChangeField?
    public init(_ phrase: some Phrase, field: ChangeField? = nil) { self.phrase = phrase; self.field = field }
    /// Words no person is meant to read, the same in both languages: the
    /// demo builder's checks of its own data, and tests. A refusal a person
    /// may see takes a phrase.
    public init(_ message: String, field: ChangeField? = nil) { self.init(Untranslated(message), field: field) }
    /// The words in the language shown now.
    public var message: String { phrase.text }
    public var description: String { phrase.text }
    public static func == (a: DomainError, b: DomainError) -> Bool { a.phrase.en == b.phrase.en && a.field == b.field }
}

/// What applying a change did, so the store writes only what it must.
public struct ChangeOutcome: Sendable {
    /// The change as applied, with generated ids and defaults filled in.
    public var applied: Change
    /// One line for people: "added member Lotte de Vries (lotte)", in the
    /// language shown now (`said.text`); `summary` is its English, which the
    /// history line keeps.
    public var said: ChangeSummary
    public var summary: String { said.en }
    public var networkChanged = false
    public var members: Set<String> = []
    public var projects: Set<Int> = []
    public var requests: Set<Int> = []
    public var ledgerAppended: [LedgerEntry] = []
    /// Things the person should know that did not stop the change, such as
    /// a new topic tag that looks like one in use. Shown, never blocking.
    public var warnings: [String] = []
    /// The member the change was made for, when the person made it for someone else.
    public var actedFor: String?

    init(applied: Change, said: ChangeSummary) { self.applied = applied; self.said = said }
}
