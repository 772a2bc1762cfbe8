/// The domain's own names as a person reads them. The raw values stay the
/// files' and `--json`'s; these are only shown.

extension ProjectStatus {
    public var shown: String {
        switch Language.current {
        case .en: rawValue
        case .nl:
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
    }
}

extension Role {
    public var shown: String {
        switch Language.current {
        case .en: rawValue
        case .nl:
            switch self {
            case .partner: "partner"
            case .associate: "associé"
            case .member: "lid"
            case .applicant: "aspirant"
            case .external: "extern"
            }
        }
    }
}

extension LedgerKind {
    public var shown: String {
        switch Language.current {
        case .en: rawValue
        case .nl:
            switch self {
            case .revenue: "omzet"
            case .contribution: "afdracht"
            case .income: "inkomsten"
            case .cost: "kosten"
            case .charge: "doorbelasting"
            case .payment: "betaling"
            case .distribution: "verdeling"
            case .payout: "uitbetaling"
            case .correction: "correctie"
            }
        }
    }
}

extension RequestKind {
    public var shown: String {
        switch Language.current {
        case .en: rawValue
        case .nl:
            switch self {
            case .advice: "advies"
            case .needsWork: "zoekt werk"
            case .other: "anders"
            }
        }
    }
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
