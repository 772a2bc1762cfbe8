import SamenCore

/// Whether the data directory verifies (`samen verify`), as the header
/// shows it: checked on another core when the dashboard opens and again
/// after every change to the data, its own or anyone's.
///
/// The first check is the whole proof, every file read afresh. Later ones
/// go on from what it proved (`verifyIncrementally`): only the new history
/// lines are replayed, and compared with the data as the dashboard has read
/// it, so a change costs about itself, not a second copy of the network.
struct VerificationStatus {
    /// The directory to verify; nil where there is none (a model under test).
    var directory: String?
    /// The history's size that goes with the data on screen (`Store.historyLength`), set with each new version.
    var historyLength: Int64 = 0
    /// What the last verification proved; nil before the first, and after one that failed.
    private(set) var proven: VerifiedPrefix?
    /// Counts the versions of the data the dashboard has shown.
    private(set) var dataVersion = 0
    private(set) var checkedVersion: Int?
    private(set) var outcome: Result<HistoryVerification.Report, HistoryVerification.Failure>?

    mutating func dataChanged() { dataVersion += 1 }

    /// Verification of the data as it is now, while it is not known: one at a
    /// time (a result for an older version brings the next).
    func wantedWork(state: NetworkState) -> BackgroundJob? {
        guard let directory, checkedVersion != dataVersion else { return nil }
        let version = dataVersion, proven = proven, historyLength = historyLength
        return BackgroundJob("verify the history") {
            let outcome: Result<HistoryVerification.Report, HistoryVerification.Failure>
            var next: VerifiedPrefix?
            do {
                let (report, prefix) = try proven.map {
                    try HistoryVerification.verifyIncrementally(directory: directory, after: $0, current: state, historyLength: historyLength)
                } ?? HistoryVerification.verifyRemembering(directory: directory)
                outcome = .success(report)
                next = prefix
            }
            catch let f as HistoryVerification.Failure { outcome = .failure(f) }
            catch { outcome = .failure(HistoryVerification.Failure(file: directory, line: nil, message: "\(error)", kind: .cannotReplay)) }
            return BackgroundResult(value: .verification(outcome, proven: next), generation: version)
        }
    }

    /// Keeps a result; returns what to say when the data has just stopped
    /// verifying (edited outside Samen), so it is never shown quietly.
    mutating func received(_ result: Result<HistoryVerification.Report, HistoryVerification.Failure>, proven: VerifiedPrefix? = nil,
                           dataVersion version: Int) -> String? {
        let wasFine: Bool = { if case .success? = outcome { return true } else { return outcome == nil } }()
        checkedVersion = version
        outcome = result
        // A failure starts over with the whole proof next time: what it names may be put right by hand.
        self.proven = proven
        guard case let .failure(f) = result, f.kind == .differs, wasFine else { return nil }
        // One line: where, and where to read what (the whole of it rarely fits).
        return AppWords.doesNotVerifyAt("\(f.file)\(f.line.map { ":\($0)" } ?? "")").text
    }

    /// The header's mark: in words, never by colour alone.
    func mark(unicode: Bool) -> (text: String, role: StyleRole)? {
        guard directory != nil else { return nil }
        switch outcome {
        // On the header's bar: its own colours, but for the alarm.
        case nil: return (AppWords.verifying.text, .statusBar)
        case let .success(r)?:
            // Signatures are named once the network signs (someone has a key): before, every line is unsigned and saying so is noise.
            let signing = r.signed == 0 ? "" : r.unsigned.isEmpty ? AppWords.signedSuffix.text : AppWords.unsignedSuffix(r.unsigned.count).text
            return (AppWords.verified(check: unicode).text + signing, .statusKey)
        case let .failure(f)? where f.kind == .cannotReplay: return (AppWords.unverifiable.text, .statusBar)
        case .failure?: return (AppWords.doesNotVerify(mark: unicode ? "✗" : "!").text, .error)
        }
    }
}
