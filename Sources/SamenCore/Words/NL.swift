/// The values of the refusal catalogues as Dutch says them, under names of
/// one or two letters: the Dutch-screens test takes every word between the
/// quotes of a `var nl` block for Dutch, interpolations included, so a value
/// named `date` or `from` there would let those English words pass on a
/// Dutch screen. The catalogues' Dutch blocks name their values `v1`, `v2`…
/// for the same reason.
enum NL {
    /// A day in a sentence: `3 dec 2026`.
    static func d(_ day: Day) -> String { day.spoken }
    /// A period in a sentence: `3 dec 2026 t/m 9 jan 2027`.
    static func pr(_ range: DateRange) -> String { "\(range.start.spoken) t/m \(range.end.spoken)" }
    /// A week: `wk 49 2026`.
    static func w(_ week: ISOWeek) -> String { week.shown }
    /// A day in a table's width: `03-12-2026`.
    static func s(_ day: Day) -> String { day.shown }
    /// Hours with a decimal comma: `2,5`.
    static func s(_ hours: Hours) -> String { hours.shown }
    /// A number written with a point, with a decimal comma.
    static func dc(_ text: String) -> String { Decimal1.localised(text) }
    /// `a, b, c`.
    static func ls(_ items: [String]) -> String { items.joined(separator: ", ") }
    static func ns(_ items: [Int]) -> String { items.map(String.init).joined(separator: ", ") }
    /// `a, b, c`, or `geen`.
    static func lg(_ items: [String]) -> String { items.isEmpty ? "geen" : ls(items) }
    /// A seniority, the same words in Dutch: `junior`, `medior`, `senior`.
    static func sn(_ s: Seniority) -> String { s.rawValue }
    /// A ledger entry's kind, as a Dutch bookkeeper says it.
    static func k(_ kind: LedgerKind) -> String { RightsRefusal.kindWord(kind) }
    /// A role's name: `associé`; with its article: `een associé`.
    static func ro(_ role: Role) -> String { RightsRefusal.roleName(role).nl }
    static func ar(_ role: Role) -> String { RightsRefusal.aRole(role).nl }
    /// A role's members: `associés`, `leden`.
    static func rp(_ role: Role) -> String {
        switch role {
        case .partner: "partners"
        case .associate: "associés"
        case .member: "leden"
        case .applicant: "aspirant-leden"
        case .external: "externen"
        }
    }
    /// `'zorg' (3 keer gebruikt) of 'zorgen' (1 keer gebruikt)`.
    static func tu(_ tags: [String], _ counts: [Int]) -> String {
        zip(tags, counts).map { "'\($0)' (\($1) keer gebruikt)" }.joined(separator: " of ")
    }
    /// A project's stage: `binnengekomen`, `voorstel`…
    static func ps(_ status: ProjectStatus) -> String { ProjectRefusal.status(status) }
    static func ps(_ statuses: [ProjectStatus]) -> String { statuses.map(ProjectRefusal.status).joined(separator: ", ") }
    /// A help request's state: `open`, `gekoppeld`…
    static func rs(_ status: RequestStatus) -> String { RequestRefusal.status(status) }
    /// A size band before a noun: `middelgroot`.
    static func bd(_ band: SizeBand) -> String { LedgerRefusal.band(band) }
    /// The same before a de-word: `een middelgrote klus`.
    static func bk(_ band: SizeBand) -> String {
        switch band {
        case .small: "kleine"
        case .medium: "middelgrote"
        case .large: "grote"
        }
    }
    /// A unit with its space: ` weken`.
    static func un(_ unit: String) -> String { LimitRefusal.dutchUnit(unit) }

    // What a person types or a file is called, the same in both languages
    // (here, so their English words count for no Dutch).
    static let ot = "'other'"
    static let hireExternal = "hire-external"
    static let ao = "--allow-overbooking"
    static let networkJSON = "network.json"
    static let rateSet = "samen finance rate set"
    static let b64 = "base64"
}
