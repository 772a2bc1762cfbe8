import ArgumentParser
import SamenCore

/// The one version of Samen, printed by `samen --version`.
enum SamenVersion {
    static let current = "0.9.0"
}

/// The exit status of a command, so a script can tell what went wrong
/// without reading the message (the README has the table):
///
/// - 0: done.
/// - 1: refused or not saved. The rules or the rights refused the change,
///   or it could not be written (a full disk); nothing was changed.
/// - 2: the data cannot be read. A data file is missing, does not parse, is
///   out of range, is a link, or is from a newer Samen, or the directory
///   does not exist; `samen check` found a problem. Someone has to look.
/// - 3: `samen verify` found the data files are not what the history makes
///   of them (an edit outside Samen, a change the rules refuse).
/// - 64 (`EX_USAGE`): the command was used wrongly: an unknown command or
///   option, a value that is not one the option takes, a setting like
///   `SAMEN_LOCK_TIMEOUT` that is not a number of seconds.
/// - 75 (`EX_TEMPFAIL`): another save held the lock past
///   `SAMEN_LOCK_TIMEOUT`. Nothing was written, and trying again later may
///   work, unlike a refusal.
enum ExitStatus {
    static let refused: Int32 = 1
    static let unreadableData: Int32 = 2
    static let notVerified: Int32 = 3
    static let usage: Int32 = 64
    static let lockBusy: Int32 = 75

    static func code(for error: Error) -> ExitCode {
        switch error {
        case let e as StoreError:
            switch e.kind {
            case .unreadable: return ExitCode(unreadableData)
            case .setting: return ExitCode(usage)
            case .notSaved, .refused: return ExitCode(refused)
            }
        case is LockTimeout: return ExitCode(lockBusy)
        case is UsageRefusal: return ExitCode(usage)
        case let code as ExitCode: return code
        default: return Samen.exitCode(for: error)
        }
    }
}
