/// What a writer says while it waits for the data directory's lock, and
/// when it gives up. The directory, pid and login stay as they are.
public enum LockWords: Phrase {
    case waiting(directory: String, holder: LockHolder)
    case gaveUp(seconds: String, directory: String, holder: LockHolder, reading: Bool)
    case badTimeout(max: Int, got: String)

    public var en: String {
        switch self {
        case let .waiting(directory, holder): "waiting for the lock on \(directory) held by \(Self.holder(holder, .en))…"
        case let .gaveUp(seconds, directory, holder, reading):
            "gave up after \(seconds) s waiting for the lock on \(directory), held by \(Self.holder(holder, .en)); \(reading ? "nothing was read" : "nothing was saved"). "
                + "If that process is stopped (Ctrl-Z), continue it with fg or end it; SAMEN_LOCK_TIMEOUT sets how long to wait"
        case let .badTimeout(max, got): "must be a number of seconds from 0 to \(max), got '\(got)'"
        }
    }

    public var nl: String {
        switch self {
        case let .waiting(v1, v2): "wachten op het slot van \(v1), dat \(Self.holder(v2, .nl)) heeft…"
        case let .gaveUp(v1, v2, v3, v4):
            "gestopt na \(v1) s wachten op het slot van \(v2), dat \(Self.holder(v3, .nl)) heeft; \(v4 ? "er is niets gelezen" : "er is niets opgeslagen"). "
                + "Staat dat proces stil (Ctrl-Z), ga er dan mee verder met fg of stop het; met SAMEN_LOCK_TIMEOUT stel je in hoe lang Samen wacht"
        case let .badTimeout(v1, v2): "moet een aantal seconden van 0 tot \(v1) zijn, niet '\(v2)'"
        }
    }

    /// `pid 123 (anna)`, or who else when the lock file does not say.
    static func holder(_ h: LockHolder, _ language: Language) -> String {
        guard let pid = h.pid else { return language == .nl ? "een ander proces" : "another process" }
        return "pid \(pid)" + (h.login.map { " (\($0))" } ?? "")
    }
}
