/// The domain's own names as a person reads them, in one place: every
/// catalogue that shows a role, a stage, a ledger kind, a request's kind or
/// state, or a seniority says it with these. The raw values stay the files'
/// and `--json`'s; these are only shown.

extension ProjectStatus {
    /// The Dutch word, whatever language is shown now (a catalogue's `nl`).
    public var dutch: String {
        switch self {
        case .incoming: "binnengekomen"
        case .proposal: "offerte"
        case .active: "lopend"
        case .done: "afgerond"
        case .declined: "afgewezen"
        case .lost: "verloren"
        case .cancelled: "geannuleerd"
        }
    }

    public var shown: String { Language.current == .nl ? dutch : rawValue }
}

extension Role {
    /// The Dutch word, whatever language is shown now (a catalogue's `nl`).
    public var dutch: String {
        switch self {
        case .partner: "partner"
        case .associate: "associé"
        case .member: "lid"
        case .applicant: "aspirant"
        case .external: "extern"
        }
    }

    public var shown: String { Language.current == .nl ? dutch : rawValue }
}

extension LedgerKind {
    /// The Dutch word, whatever language is shown now (a catalogue's `nl`).
    public var dutch: String {
        switch self {
        case .revenue: "omzet"
        case .contribution: "afdracht"
        case .income: "inkomsten"
        case .cost: "kosten"
        case .charge: "doorbelast"
        case .payment: "betaling"
        case .distribution: "verdeling"
        case .payout: "uitbetaling"
        case .correction: "correctie"
        }
    }

    public var shown: String { Language.current == .nl ? dutch : rawValue }
}

extension RequestKind {
    /// The Dutch word, whatever language is shown now (a catalogue's `nl`).
    public var dutch: String {
        switch self {
        case .advice: "advies"
        case .needsWork: "zoekt werk"
        case .other: "anders"
        }
    }

    public var shown: String { Language.current == .nl ? dutch : rawValue }
}

extension DateRange {
    /// `2026-12-21..2027-01-03` in English, as before; `21-12-2026 t/m 03-01-2027` in Dutch.
    public var shown: String {
        switch Language.current {
        case .en: description
        case .nl: "\(start.shown) t/m \(end.shown)"
        }
    }
}

extension RequestStatus {
    /// The Dutch word, whatever language is shown now (a catalogue's `nl`).
    public var dutch: String {
        switch self {
        case .open: "open"
        case .matched: "gekoppeld"
        case .closed: "gesloten"
        case .withdrawn: "ingetrokken"
        }
    }

    public var shown: String { Language.current == .nl ? dutch : rawValue }
}

extension Seniority {
    /// junior, medior, senior: the same words in Dutch.
    public var dutch: String { rawValue }
    public var shown: String { rawValue }
}

extension Involvement {
    /// How often a member takes part, in Dutch, whatever language is shown
    /// now: the same words on the dashboard and the command line.
    public var dutch: String {
        switch self {
        case .daily: "per dag"
        case .weekly: "per week"
        case .monthly: "per maand"
        case .rarely: "zelden"
        }
    }

    public var shown: String { Language.current == .nl ? dutch : rawValue }
}
