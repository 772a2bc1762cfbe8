import Crypto

/// What a verification proved, to go on from: the history's bytes up to
/// there (by their SHA-256), and the state they make, which was the files'.
///
/// Kept in the memory of the process that proved it (the dashboard), never
/// in the shared directory, where anyone in the group could write a
/// "verified" of their own.
public struct VerifiedPrefix: Sendable {
    /// How many bytes of the history are covered, and their digest.
    public let historyLength: Int
    let historyDigest: [UInt8]
    /// History lines covered (the next line's number is this plus one).
    public let lines: Int
    public let report: HistoryVerification.Report
    let state: NetworkState
    let requireSignatures: Bool

    init(history: ArraySlice<UInt8>, lines: Int, report: HistoryVerification.Report, state: NetworkState, requireSignatures: Bool) {
        historyLength = history.count
        historyDigest = Array(SHA256.hash(data: history))
        self.lines = lines; self.report = report; self.state = state; self.requireSignatures = requireSignatures
    }
}

extension HistoryVerification {
    /// Verifies again after changes, at about the cost of those changes:
    /// checks that the history up to `prefix` is byte for byte what was
    /// proven, replays only the lines after it onto the state proven then,
    /// and compares the result with `current`, the state this process has
    /// read of the files (the store's: every file it saw change read again,
    /// the load cache used only as the loader trusts it). `historyLength`
    /// is the history's size that goes with `current` (`Store.historyLength`).
    ///
    /// Anything it cannot go on from (the history's earlier bytes changed, a
    /// new baseline, lines cut) is proven whole again, with
    /// `verifyRemembering`, reading every file afresh.
    public static func verifyIncrementally(directory: String, after prefix: VerifiedPrefix, current: NetworkState,
                                           historyLength: Int64) throws -> (report: Report, prefix: VerifiedPrefix) {
        let dir = Store.normalise(directory)
        func whole() throws -> (report: Report, prefix: VerifiedPrefix) {
            try verifyRemembering(directory: dir, requireSignatures: prefix.requireSignatures)
        }
        guard historyLength >= Int64(prefix.historyLength),
              let (bytes, _) = try FileIO.read("\(dir)/\(DataFile.history.name)"), bytes.count >= Int(historyLength) else { return try whole() }
        let history = bytes[..<Int(historyLength)]
        guard Array(SHA256.hash(data: history[..<prefix.historyLength])) == prefix.historyDigest else { return try whole() }
        let added = try HistoryLine.parse(history[prefix.historyLength...], firstNumber: prefix.lines + 1)
        // A line after the prefix that starts over from a new baseline: the whole proof, from it.
        if added.contains(where: \.namesBaseline) { return try whole() }
        var replay = Replay(state: prefix.state, requireSignatures: prefix.requireSignatures,
                            signed: prefix.report.signed, unsigned: prefix.report.unsigned)
        for line in added { try replay.apply(line) }
        if let difference = firstDifference(replayed: replay.state, onDisk: current, proven: prefix.state) { throw difference }
        var report = prefix.report
        report.changes += added.count
        report.signed = replay.signed
        report.unsigned = replay.unsigned
        // From here on the proven state is the one read: equal, and sharing its storage makes the next comparison cheap.
        return (report, VerifiedPrefix(history: history, lines: prefix.lines + added.count, report: report, state: current,
                                       requireSignatures: prefix.requireSignatures))
    }
}
