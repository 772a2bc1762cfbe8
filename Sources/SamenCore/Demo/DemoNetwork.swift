/// The two networks Samen ships with, built from the seed cases, so a new user
/// walks through a living network before typing in their own.
public enum DemoNetwork: String, CaseIterable, Sendable {
    /// Leiden's "Working Apart Together": 39 communication freelancers sharing a unit.
    case unit2 = "unit-2"
    /// A sociotechnics network: three partners over an operating company, seven associates.
    case stGroep = "st-groep"

    /// Builds the demo relative to `today`, so it never looks stale. Deterministic for a given day.
    ///
    /// Every record is made by replaying its history as `Change`s through
    /// `NetworkState.apply`, each on its own historical day, so the demo obeys
    /// exactly the rules a user's own data does.
    public func build(today: Day) throws -> NetworkState {
        switch self {
        case .unit2: return try Unit2Demo.build(today: today)
        case .stGroep: return try STGroepDemo.build(today: today)
        }
    }
}

/// A demo's past, replayed in date order through the real rules.
///
/// Events are scheduled in whatever order reads best in the demo's source and
/// played sorted by moment, so generated ids (projects, requests, ledger) rise
/// with time as they would in a network that lived through it. An event dated
/// after `today` has not happened yet and is dropped: a project whose end lies
/// ahead simply stays active.
struct DemoHistory {
    typealias Action = (inout DemoHistory, ChangeContext) throws -> Void

    private struct Event {
        var day: Day
        var hour: Int
        var seq: Int
        var actor: String
        var label: String
        var run: Action
    }

    private(set) var state: NetworkState
    let today: Day
    private var events: [Event] = []
    /// Ids the rules assigned, by the demo's own names for the records.
    private var projectIDs: [String: Int] = [:]
    private var requestIDs: [String: Int] = [:]
    private var entryIDs: [String: Int] = [:]

    init(network: Network, today: Day) {
        state = NetworkState(network: network)
        self.today = today
    }

    /// The day `n` days from today (negative: in the past).
    func day(_ n: Int) -> Day { today.advanced(by: n) }

    mutating func on(_ day: Day, hour: Int = 10, by actor: String, _ label: String, _ run: @escaping Action) {
        guard day <= today else { return }
        events.append(Event(day: day, hour: hour, seq: events.count, actor: actor, label: label, run: run))
    }

    mutating func on(_ day: Day, hour: Int = 10, by actor: String, _ change: Change) {
        on(day, hour: hour, by: actor, change.name) { h, ctx in _ = try h.apply(change, ctx) }
    }

    /// A change to a project known by its demo key; its id exists only once it has been added.
    mutating func on(_ day: Day, hour: Int = 10, by actor: String, project key: String, _ make: @escaping (Int) -> Change) {
        on(day, hour: hour, by: actor, "project \(key)") { h, ctx in _ = try h.apply(make(try h.projectID(key)), ctx) }
    }

    /// A change to a help request known by its demo key.
    mutating func on(_ day: Day, hour: Int = 10, by actor: String, request key: String, _ make: @escaping (Int) -> Change) {
        on(day, hour: hour, by: actor, "request \(key)") { h, ctx in _ = try h.apply(make(try h.requestID(key)), ctx) }
    }

    @discardableResult
    mutating func apply(_ change: Change, _ ctx: ChangeContext) throws -> ChangeOutcome {
        try state.apply(Language.current == .nl ? DemoDutch.translate(change) : change, context: ctx)
    }

    mutating func addProject(_ key: String, _ p: Project, _ ctx: ChangeContext) throws {
        let out = try apply(.addProject(p), ctx)
        guard case let .addProject(applied) = out.applied else { throw DomainError("demo: addProject came back as \(out.applied.name)") }
        projectIDs[key] = applied.id
    }

    mutating func addRequest(_ key: String, _ r: HelpRequest, _ ctx: ChangeContext) throws {
        let out = try apply(.addRequest(r), ctx)
        guard case let .addRequest(applied) = out.applied else { throw DomainError("demo: addRequest came back as \(out.applied.name)") }
        requestIDs[key] = applied.id
    }

    /// Adds a ledger entry and remembers its id under `key` (for charges that relate to a cost).
    @discardableResult
    mutating func addEntry(_ e: LedgerEntry, key: String? = nil, _ ctx: ChangeContext) throws -> Int {
        let out = try apply(.addLedgerEntry(e), ctx)
        guard let id = out.ledgerAppended.first?.id else { throw DomainError("demo: ledger entry was not appended") }
        if let key { entryIDs[key] = id }
        return id
    }

    func projectID(_ key: String) throws -> Int {
        guard let id = projectIDs[key] else { throw DomainError("demo: project '\(key)' has not been added yet") }
        return id
    }

    func requestID(_ key: String) throws -> Int {
        guard let id = requestIDs[key] else { throw DomainError("demo: request '\(key)' has not been added yet") }
        return id
    }

    func entryID(_ key: String) throws -> Int {
        guard let id = entryIDs[key] else { throw DomainError("demo: ledger entry '\(key)' has not been added yet") }
        return id
    }

    /// Plays every event in order and hands back the resulting state.
    mutating func finish() throws -> NetworkState {
        let pending = events.sorted { ($0.day, $0.hour, $0.seq) < ($1.day, $1.hour, $1.seq) }
        events = []
        for e in pending {
            let seconds = Int64(e.day.daysSinceEpoch) * 86_400 + Int64(e.hour) * 3_600 + Int64(e.seq % 60) * 60
            // The story's author adds its first members; from then on each step
            // is made by a member and must pass the rights any member's would.
            let who: ChangeContext.Identity = state.member(actingAs: e.actor) == nil ? .administrator(e.actor) : .member(e.actor)
            let ctx = ChangeContext(identity: who, now: Timestamp(secondsSinceEpoch: seconds), today: e.day)
            do { try e.run(&self, ctx) } catch {
                // A demo that breaks a rule is a bug in the demo; say where.
                throw DomainError("demo \(state.network.name), \(e.day) (\(e.label)): \(error)")
            }
        }
        return state
    }
}

/// Calendar arithmetic the demos need. Kept here rather than on `Day`, so the
/// demos add nothing to the domain's vocabulary.
enum DemoCalendar {
    /// The Monday of `day`'s ISO week: work is planned in weeks.
    static func monday(of day: Day) -> Day { ISOWeek(containing: day).monday }

    static func firstOfMonth(_ day: Day) -> Day { Day(year: day.year, month: day.month, day: 1)! }

    static func lastOfMonth(_ day: Day) -> Day {
        Day(year: day.year, month: day.month, day: Day.daysIn(month: day.month, year: day.year))!
    }

    /// Working days (Monday to Friday) in `range`.
    static func workingDays(_ range: DateRange) -> Int {
        var n = 0, d = range.start
        while d <= range.end { if d.weekday <= 5 { n += 1 }; d = d.advanced(by: 1) }
        return n
    }

    /// The months (as their first days) from `start`'s month through `end`'s month.
    static func months(from start: Day, through end: Day) -> [Day] {
        var out: [Day] = []
        var m = firstOfMonth(start)
        while m <= end { out.append(m); m = m.addingMonths(1) }
        return out
    }
}
