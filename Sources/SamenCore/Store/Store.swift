#if canImport(Glibc)
import Glibc
#endif

/// A data directory opened for reading and changing.
///
/// Writers take an exclusive lock; readers take none, so a stopped writer
/// never stops them. A reader still sees one consistent version of all
/// files: each save commits through a journal (`SaveJournal`), and a read
/// that overlapped a save is done again (`readConsistently`). A change is
/// applied to the freshest state: under the exclusive lock the store first
/// finishes any interrupted save, re-reads whatever another process
/// changed, then validates and saves the change with its history line as
/// one step. Two processes never lose each other's updates.
public final class Store {
    public let directory: String
    /// How a change waits for the lock, and whom it tells.
    public var lockPolicy: LockPolicy
    /// The history's size that goes with `state`: the lines of every change
    /// it holds, read or written under the same lock (`verifyIncrementally`).
    public var historyLength: Int64 { stamps[.history]?.size ?? 0 }
    /// Signs each change's history line for its author when they have a
    /// registered key they hold here (`SSHKeygenSigner`); nil: lines are
    /// saved unsigned (tests and benchmarks that do not look at signatures).
    public var signer: (any ChangeSigner)?
    public private(set) var state: NetworkState
    /// Warnings found while loading (an interrupted append, for instance).
    public private(set) var warnings: [Problem]

    /// Every data file but the projects, as last read or written.
    private var stamps: [DataFile: FileIO.Stamp]
    /// Every file holding projects in either layout (`ProjectShards.stamps`).
    private var projectStamps: [String: FileIO.Stamp]
    private var projectLayout: ProjectShards.Layout
    private var memberFile: RecordFile<String, Member>
    /// Line bookkeeping per project file, by its path relative to the directory.
    private var projectFiles: [String: RecordFile<Int, Project>]
    private var requestFile: RecordFile<Int, HelpRequest>
    private var ledgerConsumed: Int64
    /// The ledger's line after `ledgerConsumed`, so problems in lines read later name the right line.
    private var ledgerNextLine: Int
    private var ledgerCleanEnd: Bool
    /// The history as it was when the ledger was last read short of its end
    /// (lines no history line covers yet, `HistoryCommit`): once the history
    /// changes, those lines may have committed, so the ledger is read again.
    private var ledgerLimitedBy: FileIO.Stamp?
    /// The ledger and the history as this store's last ledger-only save left
    /// them: while both are still so, nothing was written since (their
    /// stamps change with every write), so the next such save needs no
    /// recovery of them and no reading back of the history's last line.
    private var ownCommit: (ledger: FileIO.Stamp, history: FileIO.Stamp)?
    /// Set when a save failed half-way: memory may differ from disk, so the
    /// next operation reloads everything.
    private var mustReloadAll = false
    /// The file versions a reload last failed on: not worth retrying until
    /// one of them changes again (a typo would otherwise be re-read every tick).
    private var failedStamps: DirectoryStamps?
    private let lock: DirectoryLock
    private var removedStaleTemporaries = false

    /// What a poll compares: the identity of every data file.
    struct DirectoryStamps: Equatable {
        var files: [DataFile: FileIO.Stamp?]
        var projects: [String: FileIO.Stamp]
    }

    /// For tests: the step of a save (as named in `reached`) after which to
    /// stop with an error, leaving the files as a crash at that point would.
    var interruptAfter: String?

    /// Opens an existing data directory, or throws a `StoreError` listing
    /// every problem (file, line, reason). Nothing is written, unless an
    /// interrupted save waits to be finished.
    public init(directory: String, lockPolicy: LockPolicy? = nil) throws {
        self.directory = Store.normalise(directory)
        guard FileIO.isDirectory(self.directory) else {
            throw StoreError(file: self.directory, StoreWords.noSuchDirectory(self.directory))
        }
        self.lockPolicy = try lockPolicy ?? LockPolicy.fromEnvironment()
        lock = try DirectoryLock(directory: self.directory, mode: 0o660)
        let dir = self.directory
        let (loader, loaded) = try Store.readConsistently(dir, lock: lock, policy: self.lockPolicy) {
            var loader = Loader(directory: dir, useCache: true)
            let loaded = loader.loadAll()
            return (loader, loaded)
        }
        guard let loaded else { throw StoreError(loader.problems.filter { !$0.isWarning } + loader.problems.filter(\.isWarning)) }
        state = loaded
        warnings = loader.problems
        stamps = loader.stamps
        projectStamps = loader.projectStamps
        projectLayout = loader.projectLayout
        memberFile = loader.memberFile ?? RecordFile()
        projectFiles = loader.projectFiles
        requestFile = loader.requestFile ?? RecordFile()
        ledgerConsumed = loader.ledgerConsumed
        ledgerNextLine = loader.ledgerNextLine
        ledgerCleanEnd = loader.ledgerCleanEnd
        ledgerLimitedBy = loader.ledgerLimitedBy
    }

    /// Reads a directory for a question that never looks at money (capacity,
    /// staffing): everything but `ledger.jsonl`, which is two thirds of the
    /// bytes at S100. Read like a full load (without waiting on a writer), checked like one, and
    /// returned as a plain state with an empty ledger: there is no store to
    /// write through, so the books can never be saved without their entries.
    public static func readWithoutLedger(directory: String, lockPolicy: LockPolicy? = nil) throws -> NetworkState {
        let dir = normalise(directory)
        guard FileIO.isDirectory(dir) else {
            throw StoreError(file: dir, StoreWords.noSuchDirectory(dir))
        }
        let lock = try DirectoryLock(directory: dir, mode: 0o660)
        let (loader, loaded) = try readConsistently(dir, lock: lock, policy: lockPolicy ?? LockPolicy.fromEnvironment()) {
            var loader = Loader(directory: dir, useCache: true)
            let loaded = loader.loadAll(ledger: false)
            return (loader, loaded)
        }
        guard let loaded else { throw StoreError(loader.problems.filter { !$0.isWarning } + loader.problems.filter(\.isWarning)) }
        return loaded
    }

    /// Reads a directory for a money question (`samen finance`): the
    /// network, members and the books, without projects and help requests
    /// (a third of the bytes at S100). Checked like a full load but for the
    /// ledger's project numbers; like `readWithoutLedger`, a plain state with
    /// no store to write through, so it can never be saved half-read.
    public static func readForFinances(directory: String, lockPolicy: LockPolicy? = nil) throws -> NetworkState {
        let dir = normalise(directory)
        guard FileIO.isDirectory(dir) else {
            throw StoreError(file: dir, StoreWords.noSuchDirectory(dir))
        }
        let lock = try DirectoryLock(directory: dir, mode: 0o660)
        let (loader, loaded) = try readConsistently(dir, lock: lock, policy: lockPolicy ?? LockPolicy.fromEnvironment()) {
            var loader = Loader(directory: dir, useCache: true)
            loader.onlyMoney = true
            let loaded = loader.loadAll()
            return (loader, loaded)
        }
        guard let loaded else { throw StoreError(loader.problems.filter { !$0.isWarning } + loader.problems.filter(\.isWarning)) }
        return loaded
    }

    /// Without trailing slashes; a data directory named through a symbolic
    /// link (the user's own choice) is resolved once here, because every
    /// directory below it is opened without following links.
    static func normalise(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        if FileIO.isSymbolicLink(p), let real = realpath(p, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        return p
    }

    func path(_ f: DataFile) -> String { "\(directory)/\(f.name)" }

    // MARK: Creating

    /// Writes a new data directory from a complete state (for `init`,
    /// `generate` and tests). Refuses to touch a directory that already holds
    /// a network, so nobody's data is overwritten by accident.
    @discardableResult
    public static func create(at directory: String, state: NetworkState, actor: String, summary: String) throws -> Store {
        let dir = normalise(directory)
        if !FileIO.isDirectory(dir) {
            do { try SharedDirectory.prepare(dir, fileMode: state.network.fileModeBits, group: nil) } catch {
                throw StoreError(file: dir, Said.error(error), kind: .notSaved)
            }
        }
        let lock = try DirectoryLock(directory: dir, mode: state.network.fileModeBits)
        try lock.withLock(exclusive: true, policy: LockPolicy.fromEnvironment(), directory: dir) {
            // A create that was killed: finished if it committed, cleared away if not.
            try SaveJournal.recover(in: dir)
            for name in DataFile.allCases.map(\.name) + [ProjectShards.legacyFile] where FileIO.exists("\(dir)/\(name)") {
                throw StoreError(file: "\(dir)/\(name)", StoreWords.alreadyExists, kind: .refused)
            }
            try Loader.referenceProblemsThrowing(state)
            let mode = state.network.fileModeBits
            // Every file at once, through a journal like any save: a crash
            // leaves a directory with all of them, or with none.
            var plan = SavePlan(directory: dir)
            // What the directory starts as, kept as the history's baseline (see `Baseline`).
            var baseline: [(String, [UInt8])] = []
            do {
                func stage(_ f: DataFile, _ bytes: [UInt8]) throws {
                    try plan.stage(f.name, bytes: bytes, mode: mode)
                    if f != .history { baseline.append((f.name, bytes)) }
                }
                var network = state.network
                network.formatVersion = Network.currentFormatVersion
                network.projectShards = ProjectShards.count(state.projects)
                try stage(.network, JSONWriter.pretty(network.json))
                try stage(.members, Self.lines(state.members))
                let shards = "\(dir)/\(ProjectShards.stagingName)"
                try ProjectShards.makeDirectory(shards, in: dir, fileMode: mode)
                plan.stagedDirectory(ProjectShards.stagingName, target: ProjectShards.directoryName)
                for (k, positions) in ProjectShards.groups(state.projects) {
                    let bytes = Self.lines(state.projects[positions])
                    _ = try FileIO.atomicReplace("\(shards)/\(ProjectShards.fileName(index: k))", in: shards, with: bytes, newFileMode: mode)
                    baseline.append(("\(ProjectShards.directoryName)/\(ProjectShards.fileName(index: k))", bytes))
                }
                try stage(.requests, Self.lines(state.requests))
                let ledger = Self.lines(state.ledger)
                try stage(.ledger, ledger)
                var h = JSONObjectBuilder()
                h.set("at", Timestamp.now()); h.set("by", actor)
                h.set(HistoryCommit.field, Int64(ledger.count))
                h.set(HistoryCommit.tailField, String(SaveJournal.checksum(Array(ledger.suffix(Int(HistoryCommit.tailWidth)))), radix: 16))
                var c = JSONObjectBuilder(); c.set("change", "create")
                c.set("baseline", Baseline.fingerprints(baseline))
                h.set("change", c.value); h.set("summary", summary)
                let line = JSONWriter.line(h.value) + [0x0A]
                try stage(.history, line)
                // The baseline lands with the directory, in the same journal.
                try Baseline.stage(baseline + [(DataFile.history.name, line)], in: dir, mode: mode)
                plan.stagedDirectory(Baseline.stagingName, target: Baseline.directoryName)
                try plan.syncStaged()
                signalForTest("staged")
                try plan.journal.commit(to: dir, mode: mode)
                signalForTest("journal")
            } catch let e as FileIO.Failure {
                plan.discard()
                throw StoreError(file: dir, e, kind: .notSaved)
            }
            do { try plan.journal.rollForward(in: dir) } catch let e as FileIO.Failure {
                throw StoreError(file: dir, StoreWords.createdNotWritten(e), kind: .notSaved)
            }
        }
        return try Store(directory: dir)
    }

    static func lines<R: JSONRecord>(_ records: some Collection<R>) -> [UInt8] {
        var out: [UInt8] = []
        for r in records { out += JSONWriter.line(r.json); out.append(0x0A) }
        return out
    }

    // MARK: Changing

    /// Applies one change: lock, finish any interrupted save, catch up with
    /// other processes, validate, save the data with its history line as one
    /// step, unlock. Throws `DomainError` when a rule refuses it, `LockTimeout`
    /// when the lock stays taken, and `StoreError` when the directory cannot
    /// be read or the change not saved; then nothing of it is on disk. Once
    /// the save's journal is written the change is saved (a change that only
    /// adds ledger entries: once its history line is, `HistoryCommit`): if
    /// putting its files in place then fails, throws `HistoryNotRecorded`,
    /// and the next reader or writer finishes it; it must not be retried.
    @discardableResult
    public func apply(_ change: Change, context: ChangeContext) throws -> ChangeOutcome {
        try lock.withLock(exclusive: true, policy: lockPolicy, directory: directory) {
            try reached("locked")
            let journalLeft = SaveJournal.exists(directory)
            if journalLeft { mustReloadAll = true }
            let own = ownCommit.flatMap { c in
                !journalLeft && !mustReloadAll && FileIO.stamp(path(.ledger)) == c.ledger && FileIO.stamp(path(.history)) == c.history ? c : nil
            }
            ownCommit = nil
            try SaveJournal.recover(in: directory, ledgerCommitted: own != nil)
            try catchUp()
            // Stale ones come from saves that crashed before this store saved: once is enough.
            if !removedStaleTemporaries {
                DataDirectoryEntries.removeStaleTemporaries(in: directory)
                removedStaleTemporaries = true
            }
            // Who may sign, on the state before the change; only asked when something will sign.
            let signingKeys = signer == nil ? [] : state.signingKeys(context, for: change).keys
            var outcome = try state.apply(change, context: context)
            if outcome.onlyAppendsToLedger, let ends = try own.map({ (ledger: $0.ledger.size, history: $0.history.size) }) ?? ledgerOnlySaveCanCommitThroughHistory() {
                try saveLedgerOnly(&outcome, context: context, keys: signingKeys, ledgerFrom: ends.ledger, historyFrom: ends.history)
                return outcome
            }
            var plan = SavePlan(directory: directory)
            var moved: [String: RecordFile<Int, Project>]?
            do {
                moved = try stageData(outcome, into: &plan)
                try stageHistory(&outcome, context: context, keys: signingKeys, into: &plan)
                try plan.syncStaged()
                try reached("staged")
                try plan.journal.commit(to: directory, mode: state.network.fileModeBits)
            } catch {
                // Memory holds a change the disk does not; read the disk back
                // now (under the lock) so nobody is shown what was not saved.
                plan.discard()
                mustReloadAll = true
                _ = try? catchUp()
                if let f = error as? FileIO.Failure { throw StoreError(file: directory, StoreWords.changeNotSaved(f), kind: .notSaved) }
                throw error
            }
            do {
                try reached("journal")
                let written = try plan.journal.rollForward(in: directory) { step in
                    switch step {
                    case let .renamed(n): try reached("rename-\(n)")
                    case let .appended(file):
                        try reached(file == DataFile.ledger.name ? "ledger" : file == DataFile.history.name ? "history" : "shard")
                    case .removed: try reached("removed")
                    }
                }
                record(written, outcome: outcome, moved: moved)
                try reached("done")
            } catch {
                mustReloadAll = true
                throw HistoryNotRecorded(outcome: outcome, reason: Said.error(error))
            }
            return outcome
        }
    }

    /// Makes the files as they are now the baseline that `samen verify`
    /// replays the history from (a directory made before Samen kept one, or
    /// one whose earlier history cannot be replayed): the files are copied
    /// into `.samen-baseline/`, then a history line names them, by the
    /// person, with their rights checked by the one policy. Returns the
    /// history line's number. A crash between the two leaves a baseline no
    /// line names, which `verify` reports; making it again puts it right.
    @discardableResult
    public func makeBaseline(context: ChangeContext) throws -> Int {
        try lock.withLock(exclusive: true, policy: lockPolicy, directory: directory) {
            if SaveJournal.exists(directory) { mustReloadAll = true }
            try SaveJournal.recover(in: directory)
            try catchUp()
            let who = try state.acting(context)
            if let refusal = state.refusalToMakeBaseline(by: who) { throw refusal }
            let mode = state.network.fileModeBits
            var plan = SavePlan(directory: directory)
            do {
                let files = try Baseline.currentFiles(directory)
                // The loader wants a history beside the files; the baseline's own is empty.
                try Baseline.stage(files + [(DataFile.history.name, [])], in: directory, mode: mode)
                plan.stagedDirectory(Baseline.stagingName, target: Baseline.directoryName)
                var h = JSONObjectBuilder()
                h.set("at", context.now); h.set("today", context.today); h.set("by", context.person); h.set("as", context.identity.kind)
                h.set("for", who.actsFor?.id)
                var c = JSONObjectBuilder(); c.set("change", "baseline"); c.set("baseline", Baseline.fingerprints(files))
                h.set("change", c.value)
                h.set("summary", "the files as they were became the baseline that verification starts from")
                let ledger = try HistoryCommit.fields(ledger: path(.ledger), before: FileIO.stamp(path(.ledger))?.size ?? 0, appending: [])
                h.set(HistoryCommit.field, ledger.end); h.set(HistoryCommit.tailField, ledger.sum)
                // Signed by whoever declares the files true, with a key those very files give them.
                var line = JSONWriter.line(h.value)
                if let signer, case let keys = state.signingKeys(context, for: .steps([])).keys, !keys.isEmpty, let signature = try signer.sign(line, withOneOf: keys) {
                    line = SignedLine.appending(signature, to: line)
                }
                try plan.append(DataFile.history.name, bytes: line + [0x0A], mode: mode,
                                completeLine: { (try? JSONParser.parse($0)) != nil })
                try plan.syncStaged()
                try plan.journal.commit(to: directory, mode: mode)
            } catch {
                plan.discard()
                if let f = error as? FileIO.Failure { throw StoreError(file: directory, StoreWords.noBaseline(f), kind: .notSaved) }
                throw error
            }
            // Committed: the baseline and its line are made; putting them in place can be finished by anyone after a crash.
            do {
                let written = try plan.journal.rollForward(in: directory)
                if let history = written[DataFile.history.name] { stamps[.history] = history }
            } catch let f as FileIO.Failure {
                throw StoreError(file: directory, StoreWords.baselineNotInPlace(f), kind: .notSaved)
            }
            let lines = try FileIO.read("\(directory)/\(DataFile.history.name)")?.bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } ?? 0
            return lines
        }
    }

    /// Re-reads what other processes changed since this store last looked.
    /// Returns the files that were re-read. Takes no lock: a read that a
    /// save overlapped is done again.
    @discardableResult
    public func reloadIfChanged() throws -> [DataFile] {
        do {
            let changed = try Store.readConsistently(directory, lock: lock, policy: lockPolicy) { try catchUp() }
            failedStamps = nil
            return changed
        } catch {
            failedStamps = currentStamps()
            throw error
        }
    }

    /// Whether any file differs from what this store last read or wrote:
    /// cheap (a few stats), for a UI to poll.
    public func hasExternalChanges() -> Bool {
        let now = currentStamps()
        if let failedStamps, failedStamps == now { return false }
        // A journal left by a writer that died: the next reload finishes its save.
        return mustReloadAll || SaveJournal.exists(directory) || now.projects != projectStamps || DataFile.allCases.contains { $0 != .projects && now.files[$0]! != stamps[$0] }
    }

    private func currentStamps() -> DirectoryStamps { Store.directoryStamps(directory) }

    @discardableResult
    private func catchUp() throws -> [DataFile] {
        // With network.json as last read the projects' layout is known and the
        // files are checked here; otherwise (an interrupted save finished, the
        // move to shards made by someone else) the full reload below checks
        // them against the layout on disk.
        if !mustReloadAll && FileIO.stamp(path(.network)) == stamps[.network] {
            try DataDirectoryEntries.require(directory, layout: projectLayout)
        }
        // A save by another process, a new shard, a shard removed, or the move to shards.
        let projectsChanged = ProjectShards.stamps(directory) != projectStamps
        let history = FileIO.stamp(path(.history))
        let changed = DataFile.allCases.filter {
            switch $0 {
            case .projects: return projectsChanged
            case .history: return false
            // Lines read past before may have committed since.
            case .ledger: return FileIO.stamp(path(.ledger)) != stamps[.ledger] || (ledgerLimitedBy != nil && history != ledgerLimitedBy)
            default: return FileIO.stamp(path($0)) != stamps[$0]
            }
        }
        if let history { stamps[.history] = history }
        if changed.isEmpty && !mustReloadAll { return [] }
        var loader = Loader(directory: directory, useCache: true)
        // The ledger only grows; when that is all that happened, read just the new lines.
        let ledgerOnly = changed == [.ledger] && !mustReloadAll && ledgerCleanEnd
        if ledgerOnly, let st = FileIO.stamp(path(.ledger)), let old = stamps[.ledger],
           st.inode == old.inode, st.device == old.device, st.size >= ledgerConsumed {
            var entries: [LedgerEntry] = []
            let before = state.ledger.count
            loader.loadLedger(into: &entries, from: ledgerConsumed, firstLine: ledgerNextLine)
            var candidate = state
            let lastID = state.ledger.lastID ?? 0
            if let bad = entries.first(where: { $0.id <= lastID }) {
                loader.problems.append(Problem(file: DataFile.ledger.name, LoadWords.ledgerOutOfOrder(bad.id, before: lastID)))
            }
            guard !loader.problems.contains(where: { !$0.isWarning }) else { throw StoreError(loader.problems) }
            candidate.appendLedger(entries)
            let refs = loader.referenceProblems(candidate, ledgerFrom: before)
            guard refs.isEmpty else { throw StoreError(refs) }
            state = candidate
            stamps[.ledger] = loader.stamps[.ledger]
            ledgerConsumed = loader.ledgerConsumed
            ledgerNextLine = loader.ledgerNextLine
            ledgerCleanEnd = loader.ledgerCleanEnd
            ledgerLimitedBy = loader.ledgerLimitedBy
            warnings = loader.problems
            return changed
        }
        guard let fresh = loader.loadAll() else {
            throw StoreError(loader.problems.filter { !$0.isWarning })
        }
        state = fresh
        warnings = loader.problems
        stamps = loader.stamps
        projectStamps = loader.projectStamps
        projectLayout = loader.projectLayout
        memberFile = loader.memberFile ?? RecordFile()
        projectFiles = loader.projectFiles
        requestFile = loader.requestFile ?? RecordFile()
        ledgerConsumed = loader.ledgerConsumed
        ledgerNextLine = loader.ledgerNextLine
        ledgerCleanEnd = loader.ledgerCleanEnd
        ledgerLimitedBy = loader.ledgerLimitedBy
        mustReloadAll = false
        return changed.isEmpty ? DataFile.allCases : changed
    }

    /// Stages what `outcome` touched, beside each file, into `plan`. Returns
    /// the line bookkeeping of the shards when this save moves a format 1
    /// directory's projects into shards.
    private func stageData(_ outcome: ChangeOutcome, into plan: inout SavePlan) throws -> [String: RecordFile<Int, Project>]? {
        let mode = state.network.fileModeBits
        if !outcome.members.isEmpty {
            let bytes = memberFile.render(state.members, touched: outcome.members, old: unchanged(.members))
            try plan.stage(DataFile.members.name, bytes: bytes, mode: mode)
        }
        var moved: [String: RecordFile<Int, Project>]?
        var shardRecordChanged = false
        if !outcome.projects.isEmpty {
            switch projectLayout {
            case .sharded: shardRecordChanged = try stageShards(touched: outcome.projects, mode: mode, into: &plan)
            case .single: moved = try stageMoveToShards(touched: outcome.projects, mode: mode, into: &plan)
            }
        }
        if !outcome.requests.isEmpty {
            let bytes = requestFile.render(state.requests, touched: outcome.requests, old: unchanged(.requests))
            try plan.stage(DataFile.requests.name, bytes: bytes, mode: mode)
        }
        // Last among the renames: after a move, its format version is what
        // says the shards hold the projects.
        if outcome.networkChanged || moved != nil || shardRecordChanged {
            var network = state.network
            if moved != nil {
                network.formatVersion = max(network.formatVersion, ProjectShards.formatVersion)
                network.projectShards = ProjectShards.count(state.projects)
            }
            try plan.stage(DataFile.network.name, bytes: JSONWriter.pretty(network.json), mode: mode)
            state.network = network
        }
        if !outcome.ledgerAppended.isEmpty {
            var bytes: [UInt8] = []
            for e in outcome.ledgerAppended { bytes += JSONWriter.line(e.json); bytes.append(0x0A) }
            try plan.append(DataFile.ledger.name, bytes: bytes, mode: mode, completeLine: Store.isCompleteLedgerLine)
        }
        return moved
    }

    /// The history line: who, when, which change. In the same journal as
    /// the data, so a line in the history always describes saved data, and
    /// saved data always has its line.
    private func stageHistory(_ outcome: inout ChangeOutcome, context: ChangeContext, keys: [SSHPublicKey], into plan: inout SavePlan) throws {
        let appended = plan.journal.appends.first { $0.file == DataFile.ledger.name }
        let ledger = try HistoryCommit.fields(ledger: path(.ledger), before: appended?.before ?? FileIO.stamp(path(.ledger))?.size ?? 0,
                                              appending: appended?.bytes ?? [])
        let line = try historyLine(&outcome, context: context, keys: keys, ledger: ledger)
        try plan.append(DataFile.history.name, bytes: line + [0x0A], mode: state.network.fileModeBits,
                        completeLine: { (try? JSONParser.parse($0)) != nil })
    }

    /// A change's history line, without its newline, signed when its author
    /// can. It records the ledger's length with the change in it
    /// (`HistoryCommit`): where readers stop, and what a ledger-only save commits.
    private func historyLine(_ outcome: inout ChangeOutcome, context: ChangeContext, keys: [SSHPublicKey], ledger: (end: Int64, sum: String)) throws -> [UInt8] {
        var h = JSONObjectBuilder()
        // Everything replaying the change needs (`samen verify`): who, as what, when, and the day.
        h.set("at", context.now); h.set("today", context.today); h.set("by", context.person); h.set("as", context.identity.kind)
        h.set("for", outcome.actedFor)
        h.set("change", outcome.applied.json); h.set("summary", outcome.summary)
        h.set(HistoryCommit.field, ledger.end); h.set(HistoryCommit.tailField, ledger.sum)
        var line = JSONWriter.line(h.value)
        if !keys.isEmpty, let signer {
            if let signature = try signer.sign(line, withOneOf: keys) {
                line = SignedLine.appending(signature, to: line)
            } else {
                outcome.warnings.append(SigningWords.savedUnsigned(fingerprints: keys.map(\.fingerprint).joined(separator: ", "), at: signer.whereItLooks).text)
            }
        }
        return line
    }

    /// Where a ledger-only save's lines and history line go, when it may
    /// commit through its history line (`HistoryCommit`): the last history
    /// line is complete and records the ledger's length as it is. Nil
    /// otherwise (a history an older Samen wrote last, a line an older
    /// writer left cut short): the save goes through the journal, which
    /// handles those, and its line then records the length.
    private func ledgerOnlySaveCanCommitThroughHistory() throws -> (ledger: Int64, history: Int64)? {
        guard let tail = try HistoryCommit.tail(directory), tail.end == tail.size, let committed = HistoryCommit.committedLedgerEnd(directory),
              committed.history == tail.stamp, let ledger = FileIO.stamp(path(.ledger)), ledger.size == committed.end else { return nil }
        return (committed.end, tail.end)
    }

    /// Saves a change that only appends ledger lines, committed by its
    /// history line instead of the journal: the ledger lines are written and
    /// synced, then the history line that covers them, and synced. Two
    /// device flushes, where the journal took three. Until the history line
    /// is whole, readers do not read the new ledger lines, and a crash
    /// leaves them for the next writer to cut off (`HistoryCommit.recover`).
    /// Steps for the kill tests: ledger, history, done.
    private func saveLedgerOnly(_ outcome: inout ChangeOutcome, context: ChangeContext, keys: [SSHPublicKey], ledgerFrom: Int64, historyFrom: Int64) throws {
        var lines: [UInt8] = []
        for e in outcome.ledgerAppended { lines += JSONWriter.line(e.json); lines.append(0x0A) }
        let ledgerPath = path(.ledger), historyPath = path(.history)
        var opened: [(directory: Int32, file: Int32)] = []
        defer { for o in opened { close(o.file); close(o.directory) } }
        var historyWritten = false
        do {
            opened.append(try FileIO.openAppendOnly(ledgerPath, in: directory))
            opened.append(try FileIO.openAppendOnly(historyPath, in: directory))
            let sum = try HistoryCommit.tailSum(ledger: opened[0].file, path: ledgerPath, before: ledgerFrom, appending: lines)
            let line = try historyLine(&outcome, context: context, keys: keys, ledger: (ledgerFrom + Int64(lines.count), sum)) + [0x0A]
            try FileIO.writeAll(opened[0].file, lines, at: ledgerFrom, path: ledgerPath)
            try FileIO.fsyncOrFail(opened[0].file, path: ledgerPath)
            try reached("ledger")
            try FileIO.writeAll(opened[1].file, line, at: historyFrom, path: historyPath)
            historyWritten = true
            try FileIO.fsyncOrFail(opened[1].file, path: historyPath)
        } catch {
            if !historyWritten {
                // Not committed: what was written goes, as the next writer would cut it.
                if opened.count == 2 { _ = ftruncate(opened[1].file, off_t(historyFrom)) }
                if !opened.isEmpty { _ = ftruncate(opened[0].file, off_t(ledgerFrom)) }
                mustReloadAll = true
                _ = try? catchUp()
                if let f = error as? FileIO.Failure { throw StoreError(file: directory, StoreWords.changeNotSaved(f), kind: .notSaved) }
                throw error
            }
            // Written whole, so readers may have seen it, but the disk did not confirm it.
            mustReloadAll = true
            throw HistoryNotRecorded(outcome: outcome, reason: Said.error(error))
        }
        guard let ledger = FileIO.stamp(fd: opened[0].file), let history = FileIO.stamp(fd: opened[1].file) else {
            mustReloadAll = true
            throw HistoryNotRecorded(outcome: outcome, reason: Said.error(FileIO.fail(.stat, historyPath)))
        }
        record([DataFile.ledger.name: ledger, DataFile.history.name: history], outcome: outcome, moved: nil)
        ledgerLimitedBy = nil
        ownCommit = (ledger, history)
        do { try reached("history"); try reached("done") } catch {
            mustReloadAll = true
            throw HistoryNotRecorded(outcome: outcome, reason: Said.error(error))
        }
    }

    /// After a save is in place: what this store now knows is on disk.
    private func record(_ written: [String: FileIO.Stamp], outcome: ChangeOutcome, moved: [String: RecordFile<Int, Project>]?) {
        for (relative, stamp) in written {
            if let f = DataFile(rawValue: relative), f != .projects { stamps[f] = stamp }
        }
        if let ledger = written[DataFile.ledger.name] {
            ledgerConsumed = ledger.size
            ledgerNextLine += outcome.ledgerAppended.count
            ledgerCleanEnd = true
        }
        if let moved {
            projectLayout = .sharded
            projectFiles = moved
        }
        if !outcome.projects.isEmpty { removeLeftoverProjectsFile() }
    }

    /// Stages the shards holding the touched projects, and only those: at
    /// S100 one shard is 3 MB of 29.
    /// Returns whether the record of shards in network.json changed.
    private func stageShards(touched: Set<Int>, mode: UInt16, into plan: inout SavePlan) throws -> Bool {
        let shards = "\(directory)/\(ProjectShards.directoryName)"
        if !FileIO.isDirectory(shards) { try ProjectShards.makeDirectory(shards, in: directory, fileMode: mode) }
        let recorded = state.network.projectShards
        let needed = max(ProjectShards.count(state.projects), recorded ?? 0)
        // Shards between the recorded ones and a new one are written too (empty), so none is ever a gap.
        let fill: [Int]
        if let recorded {
            fill = Array(recorded..<max(recorded, needed))
        } else {
            let existing = Set(ProjectShards.list(directory)?.shards ?? [])
            fill = (0..<needed).filter { !existing.contains($0) }
        }
        for k in Set(touched.map(ProjectShards.index(of:))).union(fill).sorted() {
            let rel = ProjectShards.path(index: k)
            var file = projectFiles[rel] ?? RecordFile()
            let positions = ProjectShards.positions(ofIndex: k, in: state.projects)
            let old = unchanged(rel, projectStamps[rel])
            let bytes = file.render(state.projects, positions: positions, touched: touched, old: old)
            if let old, old.last == 0x0A, bytes.count > old.count, bytes.starts(with: old) {
                // Only new lines at the end (a new project): appended under the
                // journal like a ledger line, which spares the shard a new file
                // of its own, its sync and its rename (issue 12: a new project
                // took 1.2 ms at S100 against 1.0 before the journal).
                try plan.append(rel, bytes: Array(bytes[old.count...]), mode: mode) { $0.last == 0x0A }
            } else {
                try plan.stage(rel, bytes: bytes, mode: mode)
            }
            projectFiles[rel] = file
        }
        // The record of which shards exist goes into network.json, renamed
        // after the shards in the same journal.
        if recorded != needed { state.network.projectShards = needed; return true }
        return false
    }

    /// Moves a format 1 directory's `projects.jsonl` into shards, on the
    /// first save that touches a project: all shards are written and synced
    /// in `.projects-new/`, which the journal then renames to `projects/`
    /// before `network.json` says format version 2 (from which an older
    /// Samen refuses the directory instead of finding no projects), and
    /// `projects.jsonl` goes. Untouched lines are copied, not re-encoded.
    private func stageMoveToShards(touched: Set<Int>, mode: UInt16, into plan: inout SavePlan) throws -> [String: RecordFile<Int, Project>] {
        let legacy = ProjectShards.legacyFile
        let staging = "\(directory)/\(ProjectShards.stagingName)"
        try ProjectShards.removeWrittenDirectory(staging)
        try ProjectShards.makeDirectory(staging, in: directory, fileMode: mode)
        plan.stagedDirectory(ProjectShards.stagingName, target: ProjectShards.directoryName)
        let old = unchanged(legacy, projectStamps[legacy])
        let oldRanges = projectFiles[legacy]?.ranges ?? [:]
        var files: [String: RecordFile<Int, Project>] = [:]
        for (k, positions) in ProjectShards.groups(state.projects) {
            var ranges: [Int: Range<Int>] = [:]
            for i in positions { if let r = oldRanges[state.projects.ids[i]] { ranges[state.projects.ids[i]] = r } }
            var file = RecordFile<Int, Project>(ranges: ranges)
            let bytes = file.render(state.projects, positions: positions, touched: touched, old: old)
            _ = try FileIO.atomicReplace("\(staging)/\(ProjectShards.fileName(index: k))", in: staging, with: bytes, newFileMode: mode)
            files[ProjectShards.path(index: k)] = file
        }
        plan.journal.removes.append(legacy)
        return files
    }

    /// A save's test hook: `SAMEN_TEST_KILL_AFTER` or `SAMEN_TEST_STOP_AFTER`
    /// naming a step makes the process kill or stop itself right after it,
    /// as a crash or Ctrl-Z there would; `interruptAfter` throws instead.
    /// Steps: locked, staged, journal, rename-N, ledger, history, removed,
    /// done; a ledger-only save (no journal): locked, ledger, history, done.
    private func reached(_ step: String) throws {
        Store.signalForTest(step)
        if interruptAfter == step { throw FileIO.Failure(message: "interrupted after \(step) (test)") }
    }

    private static func signalForTest(_ step: String) {
        if let t = Store.testSignal, t.step == step { kill(getpid(), t.signal) }
    }

    private static let testSignal: (step: String, signal: Int32)? = {
        if let s = getenv("SAMEN_TEST_KILL_AFTER") { return (String(cString: s), SIGKILL) }
        if let s = getenv("SAMEN_TEST_STOP_AFTER") { return (String(cString: s), SIGSTOP) }
        return nil
    }()

    /// After the move to shards, `projects.jsonl` only repeats old data: it
    /// goes, and the directory is synced. Best effort: if it stays, loads
    /// ignore it (format 2) and the next project save tries again.
    private func removeLeftoverProjectsFile() {
        let legacy = "\(directory)/\(ProjectShards.legacyFile)"
        if FileIO.exists(legacy), unlink(legacy) == 0 { try? FileIO.syncDirectory(directory) }
        projectStamps = ProjectShards.stamps(directory)
    }

    /// The bytes of `file` if it is still exactly what this store last read
    /// or wrote (so its remembered line ranges hold); nil otherwise.
    private func unchanged(_ file: DataFile) -> [UInt8]? {
        unchanged(file.name, stamps[file])
    }

    private func unchanged(_ relative: String, _ stamp: FileIO.Stamp?) -> [UInt8]? {
        guard let stamp, let (bytes, now) = try? FileIO.read("\(directory)/\(relative)"), now == stamp else { return nil }
        return bytes
    }

    static func isCompleteLedgerLine(_ bytes: [UInt8]) -> Bool {
        (try? LedgerEntry(jsonBytes: bytes)) != nil
    }
}

/// The change was saved (its journal is on disk) but its files, or its line
/// in `history.jsonl`, could not all be put in place (disk full,
/// permissions); the next reader or writer finishes that. Retrying would
/// apply it twice.
public struct HistoryNotRecorded: Error, CustomStringConvertible {
    public var outcome: ChangeOutcome
    /// Why, in words chosen when shown.
    public var why: any Phrase
    public init(outcome: ChangeOutcome, reason: any Phrase) { self.outcome = outcome; self.why = reason }
    public var reason: String { why.text }
    public var description: String { StoreWords.historyNotRecorded(outcome.said, reason: why).text }
}

extension Loader {
    /// For `Store.create`: a state built in code must be as valid as one read from disk.
    static func referenceProblemsThrowing(_ s: NetworkState) throws {
        let problems = Loader(directory: "").referenceProblems(s)
        if !problems.isEmpty { throw StoreError(problems, kind: .refused) }
    }
}
