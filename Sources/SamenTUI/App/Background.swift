import SamenCore

/// Work that takes longer than a keypress may (a year's search text: 250 ms
/// at S100), done off the UI thread. A pane asks for it as an effect; the
/// runner does it on another core and hands the result back as a message
/// through the one `update`, so the UI never waits on it (bubbletea's Cmd).
public struct BackgroundJob: @unchecked Sendable, Equatable, CustomStringConvertible {
    /// What is being done and for which data: the runner starts a name once.
    public let name: String
    let work: @Sendable () -> BackgroundResult

    init(_ name: String, work: @escaping @Sendable () -> BackgroundResult) {
        self.name = name
        self.work = work
    }

    /// Does the work, on whatever thread calls it.
    public func run() -> BackgroundResult { work() }

    public var description: String { name }
    public static func == (a: BackgroundJob, b: BackgroundJob) -> Bool { a.name == b.name }
}

/// What background work brings back; `generation` says which version of the
/// data it was made from, so a result that arrives after the data changed is
/// dropped rather than shown.
public struct BackgroundResult: @unchecked Sendable {
    enum Value {
        case ledgerYearText(LedgerYearText)
        /// `samen verify` of the directory: nil when it verifies.
        /// What verifying said, and what it proved, to go on from next time.
        case verification(Result<HistoryVerification.Report, HistoryVerification.Failure>, proven: VerifiedPrefix?)
    }
    let value: Value
    let generation: Int
}

extension AppModel {
    /// The background work the panes want now. Asked after every message, as
    /// Elm asks for subscriptions: a pane says what it lacks for as long as
    /// it lacks it, and the runner starts each job once (by name), so an
    /// effect dropped on the way is asked for again rather than lost.
    func wantedWork() -> [Effect] {
        [finances.wantedWork(state: state), verification.wantedWork(state: state)].compactMap { $0.map(Effect.background) }
    }

    /// A result of background work, back through `update`.
    mutating func received(_ result: BackgroundResult) {
        switch result.value {
        case let .ledgerYearText(text):
            finances.received(text, generation: result.generation, state: state, listHeight: financesListHeight)
        case let .verification(outcome, proven):
            if let problem = verification.received(outcome, proven: proven, dataVersion: result.generation), overlay == nil {
                message = StatusLine(text: TerminalText.sanitise(problem), kind: .warning)
            }
        }
    }

    /// Runs the background work among `effects` here and now, each result
    /// back through `update` as if it had arrived, and returns the other
    /// effects. For tests, the bench and the fuzzer, which have no runner.
    public mutating func finishInline(_ effects: [Effect]) -> [Effect] {
        var rest: [Effect] = []
        var queue = effects[...]
        while let effect = queue.popFirst() {
            if case let .background(job) = effect {
                queue.append(contentsOf: update(.background(job.run())))
            } else {
                rest.append(effect)
            }
        }
        return rest
    }
}
