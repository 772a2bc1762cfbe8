#if canImport(Glibc)
import Glibc
#endif

/// A data directory opened for reading and changing.
///
/// Readers take a shared lock while they read, writers an exclusive one, so
/// a load always sees one consistent version of all files. A change is
/// applied to the freshest state: under the exclusive lock the store first
/// re-reads whatever another process changed, then validates, writes and
/// records the change. Two processes never lose each other's updates.
public final class Store {
    public let directory: String
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
    /// Set when a save failed half-way: memory may differ from disk, so the
    /// next operation reloads everything.
    private var mustReloadAll = false
    /// The file versions a reload last failed on: not worth retrying until
    /// one of them changes again (a typo would otherwise be re-read every tick).
    private var failedStamps: DirectoryStamps?
    private let lock: DirectoryLock

    /// What a poll compares: the identity of every data file.
    struct DirectoryStamps: Equatable {
        var files: [DataFile: FileIO.Stamp?]
        var projects: [String: FileIO.Stamp]
    }

    /// For tests: the step of a move to shards after which to stop with an
    /// error, leaving the files as a crash at that point would.
    enum MoveStep { case staged, renamed, versionWritten }
    var interruptMoveAfter: MoveStep?

    /// Opens an existing data directory, or throws a `StoreError` listing
    /// every problem (file, line, reason). Nothing is written.
    public init(directory: String) throws {
        self.directory = Store.normalise(directory)
        guard FileIO.isDirectory(self.directory) else {
            throw StoreError(file: self.directory, "no such directory (create one with `samen init --data \(self.directory)`)")
        }
        lock = try DirectoryLock(directory: self.directory, mode: 0o660)
        var loader = Loader(directory: self.directory, useCache: true)
        let loaded = try lock.withLock(exclusive: false) { loader.loadAll() }
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
    }

    /// Reads a directory for a question that never looks at money (capacity,
    /// staffing): everything but `ledger.jsonl`, which is two thirds of the
    /// bytes at S100. Under the shared lock, checked like a full load, and
    /// returned as a plain state with an empty ledger: there is no store to
    /// write through, so the books can never be saved without their entries.
    public static func readWithoutLedger(directory: String) throws -> NetworkState {
        let dir = normalise(directory)
        guard FileIO.isDirectory(dir) else {
            throw StoreError(file: dir, "no such directory (create one with `samen init --data \(dir)`)")
        }
        let lock = try DirectoryLock(directory: dir, mode: 0o660)
        var loader = Loader(directory: dir, useCache: true)
        let loaded = try lock.withLock(exclusive: false) { loader.loadAll(ledger: false) }
        guard let loaded else { throw StoreError(loader.problems.filter { !$0.isWarning } + loader.problems.filter(\.isWarning)) }
        return loaded
    }

    /// Reads a directory for a money question (`samen finance`): the
    /// network, members and the books, without projects and help requests
    /// (a third of the bytes at S100). Checked like a full load but for the
    /// ledger's project numbers; like `readWithoutLedger`, a plain state with
    /// no store to write through, so it can never be saved half-read.
    public static func readForFinances(directory: String) throws -> NetworkState {
        let dir = normalise(directory)
        guard FileIO.isDirectory(dir) else {
            throw StoreError(file: dir, "no such directory (create one with `samen init --data \(dir)`)")
        }
        let lock = try DirectoryLock(directory: dir, mode: 0o660)
        var loader = Loader(directory: dir, useCache: true)
        loader.onlyMoney = true
        let loaded = try lock.withLock(exclusive: false) { loader.loadAll() }
        guard let loaded else { throw StoreError(loader.problems.filter { !$0.isWarning } + loader.problems.filter(\.isWarning)) }
        return loaded
    }

    static func normalise(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
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
            if mkdir(dir, 0o770) != 0 && errno != EEXIST { throw StoreError(file: dir, "cannot create the directory: \(FileIO.errorText())") }
        }
        let lock = try DirectoryLock(directory: dir, mode: state.network.fileModeBits)
        try lock.withLock(exclusive: true) {
            for name in DataFile.allCases.map(\.name) + [ProjectShards.legacyFile] where FileIO.exists("\(dir)/\(name)") {
                throw StoreError(file: "\(dir)/\(name)", "already exists; Samen will not overwrite a data directory (choose an empty one)")
            }
            try Loader.referenceProblemsThrowing(state)
            let mode = state.network.fileModeBits
            do {
                func write(_ f: DataFile, _ bytes: [UInt8]) throws {
                    _ = try FileIO.atomicReplace("\(dir)/\(f.name)", in: dir, with: bytes, newFileMode: mode)
                }
                var network = state.network
                network.formatVersion = Network.currentFormatVersion
                try write(.network, JSONWriter.pretty(network.json))
                try write(.members, Self.lines(state.members))
                let shards = "\(dir)/\(ProjectShards.directoryName)"
                try ProjectShards.makeDirectory(shards, in: dir, fileMode: mode)
                for (k, positions) in ProjectShards.groups(state.projects) {
                    _ = try FileIO.atomicReplace("\(shards)/\(ProjectShards.fileName(index: k))", in: shards,
                                                 with: Self.lines(state.projects[positions]), newFileMode: mode)
                }
                try write(.requests, Self.lines(state.requests))
                try write(.ledger, Self.lines(state.ledger))
                var h = JSONObjectBuilder()
                h.set("at", Timestamp.now()); h.set("by", actor)
                var c = JSONObjectBuilder(); c.set("change", "create")
                h.set("change", c.value); h.set("summary", summary)
                try write(.history, JSONWriter.line(h.value) + [0x0A])
            } catch let e as FileIO.Failure {
                throw StoreError(file: dir, e.message)
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

    /// Applies one change: lock, catch up with other processes, validate,
    /// write, record in history, unlock. Throws `DomainError` when a rule
    /// refuses it and `StoreError` when the directory cannot be read or its
    /// data written; then nothing of the change is on disk. If the data was
    /// written but its history line could not be, throws `HistoryNotRecorded`:
    /// the change *is* saved and must not be retried.
    @discardableResult
    public func apply(_ change: Change, context: ChangeContext) throws -> ChangeOutcome {
        try lock.withLock(exclusive: true) {
            try catchUp()
            let outcome = try state.apply(change, context: context)
            do {
                try writeData(outcome)
            } catch {
                // Memory holds a change the disk may not; read the disk back
                // now (under the lock) so nobody is shown what was not saved.
                mustReloadAll = true
                _ = try? catchUp()
                if let f = error as? FileIO.Failure { throw StoreError(file: directory, "the change was not saved: \(f.message)") }
                throw error
            }
            do {
                try writeHistory(outcome, context: context)
            } catch {
                mustReloadAll = true
                throw HistoryNotRecorded(outcome: outcome, reason: "\(error)")
            }
            return outcome
        }
    }

    /// Re-reads what other processes changed since this store last looked.
    /// Returns the files that were re-read. Takes a shared lock.
    @discardableResult
    public func reloadIfChanged() throws -> [DataFile] {
        try lock.withLock(exclusive: false) {
            do {
                let changed = try catchUp()
                failedStamps = nil
                return changed
            } catch {
                failedStamps = currentStamps()
                throw error
            }
        }
    }

    /// Whether any file differs from what this store last read or wrote:
    /// cheap (a few stats), for a UI to poll.
    public func hasExternalChanges() -> Bool {
        let now = currentStamps()
        if let failedStamps, failedStamps == now { return false }
        return mustReloadAll || now.projects != projectStamps || DataFile.allCases.contains { $0 != .projects && now.files[$0]! != stamps[$0] }
    }

    private func currentStamps() -> DirectoryStamps {
        var files: [DataFile: FileIO.Stamp?] = [:]
        for f in DataFile.allCases where f != .projects { files[f] = FileIO.stamp(path(f)) }
        return DirectoryStamps(files: files, projects: ProjectShards.stamps(directory))
    }

    @discardableResult
    private func catchUp() throws -> [DataFile] {
        // A save by another process, a new shard, a shard removed, or the move to shards.
        let projectsChanged = ProjectShards.stamps(directory) != projectStamps
        let changed = DataFile.allCases.filter {
            $0 == .projects ? projectsChanged : $0 != .history && FileIO.stamp(path($0)) != stamps[$0]
        }
        if let h = FileIO.stamp(path(.history)) { stamps[.history] = h }
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
                loader.problems.append(Problem(file: DataFile.ledger.name, message: "entry id \(bad.id) is not greater than the one before (\(lastID)); the ledger is append-only, in id order"))
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
        mustReloadAll = false
        return changed.isEmpty ? DataFile.allCases : changed
    }

    /// Writes what `outcome` touched, in `DataFile` order (see there why).
    private func writeData(_ outcome: ChangeOutcome) throws {
        let mode = state.network.fileModeBits
        if outcome.networkChanged {
            stamps[.network] = try FileIO.atomicReplace(path(.network), in: directory, with: JSONWriter.pretty(state.network.json), newFileMode: mode)
        }
        if !outcome.members.isEmpty {
            let bytes = memberFile.render(state.members, id: { $0.id }, touched: outcome.members, old: unchanged(.members))
            stamps[.members] = try FileIO.atomicReplace(path(.members), in: directory, with: bytes, newFileMode: mode)
        }
        if !outcome.projects.isEmpty {
            switch projectLayout {
            case .sharded: try writeShards(touched: outcome.projects, mode: mode)
            case .single: try moveProjectsToShards(touched: outcome.projects, mode: mode)
            }
        }
        if !outcome.requests.isEmpty {
            let bytes = requestFile.render(state.requests, id: { $0.id }, touched: outcome.requests, old: unchanged(.requests))
            stamps[.requests] = try FileIO.atomicReplace(path(.requests), in: directory, with: bytes, newFileMode: mode)
        }
        if !outcome.ledgerAppended.isEmpty {
            var bytes: [UInt8] = []
            for e in outcome.ledgerAppended { bytes += JSONWriter.line(e.json); bytes.append(0x0A) }
            let st = try FileIO.append(path(.ledger), in: directory, bytes: bytes, newFileMode: mode, completeLine: Store.isCompleteLedgerLine)
            stamps[.ledger] = st
            ledgerConsumed = st.size
            ledgerNextLine += outcome.ledgerAppended.count
            ledgerCleanEnd = true
        }
    }

    /// The history line: who, when, which change. Last, so a line in the
    /// history always describes data that is on disk.
    private func writeHistory(_ outcome: ChangeOutcome, context: ChangeContext) throws {
        let mode = state.network.fileModeBits
        var h = JSONObjectBuilder()
        h.set("at", context.now); h.set("by", context.person); h.set("for", outcome.actedFor)
        h.set("change", outcome.applied.json); h.set("summary", outcome.summary)
        stamps[.history] = try FileIO.append(path(.history), in: directory, bytes: JSONWriter.line(h.value) + [0x0A],
                                             newFileMode: mode, completeLine: { (try? JSONParser.parse($0)) != nil })
    }

    /// Rewrites the shards holding the touched projects, and only those:
    /// at S100 one shard is 3 MB of 29. Each is replaced atomically; a
    /// change touching two shards is written like one touching two files.
    private func writeShards(touched: Set<Int>, mode: UInt16) throws {
        let shards = "\(directory)/\(ProjectShards.directoryName)"
        if !FileIO.isDirectory(shards) { try ProjectShards.makeDirectory(shards, in: directory, fileMode: mode) }
        for k in Set(touched.map(ProjectShards.index(of:))).sorted() {
            let rel = ProjectShards.path(index: k)
            var file = projectFiles[rel] ?? RecordFile()
            let positions = ProjectShards.positions(ofIndex: k, in: state.projects)
            let bytes = file.render(state.projects[positions], id: { $0.id }, touched: touched, old: unchanged(rel, projectStamps[rel]))
            projectStamps[rel] = try FileIO.atomicReplace("\(directory)/\(rel)", in: shards, with: bytes, newFileMode: mode)
            projectFiles[rel] = file
        }
        removeLeftoverProjectsFile()
    }

    /// Moves a format 1 directory's `projects.jsonl` into shards, on the
    /// first save that touches a project. The order makes every crash point
    /// load with every acknowledged change (`network.json`'s format version
    /// says which layout holds the projects):
    /// 1. all shards are written and synced in `.projects-new/` (a crash
    ///    leaves version 1 and `projects.jsonl` as they were);
    /// 2. that directory is renamed to `projects/` and the data directory
    ///    synced (still version 1: `projects/` is ignored, and replaced by
    ///    the next attempt);
    /// 3. `network.json` is replaced with format version 2: the commit point,
    ///    from which the shards are the projects and an older Samen refuses
    ///    the directory instead of finding no projects;
    /// 4. `projects.jsonl` is removed (if a crash leaves it, it is ignored,
    ///    reported by `samen check`, and removed by the next project save).
    /// Untouched lines are copied from `projects.jsonl`, not re-encoded.
    private func moveProjectsToShards(touched: Set<Int>, mode: UInt16) throws {
        let legacy = ProjectShards.legacyFile
        let staging = "\(directory)/\(ProjectShards.stagingName)"
        let target = "\(directory)/\(ProjectShards.directoryName)"
        try ProjectShards.removeWrittenDirectory(staging)
        try ProjectShards.makeDirectory(staging, in: directory, fileMode: mode)
        let old = unchanged(legacy, projectStamps[legacy])
        let oldRanges = projectFiles[legacy]?.ranges ?? [:]
        var files: [String: RecordFile<Int, Project>] = [:]
        for (k, positions) in ProjectShards.groups(state.projects) {
            var ranges: [Int: Range<Int>] = [:]
            for i in positions { if let r = oldRanges[state.projects.ids[i]] { ranges[state.projects.ids[i]] = r } }
            var file = RecordFile<Int, Project>(ranges: ranges)
            let bytes = file.render(state.projects[positions], id: { $0.id }, touched: touched, old: old)
            _ = try FileIO.atomicReplace("\(staging)/\(ProjectShards.fileName(index: k))", in: staging, with: bytes, newFileMode: mode)
            files[ProjectShards.path(index: k)] = file
        }
        if interruptMoveAfter == .staged { throw FileIO.Failure(message: "interrupted after staging (test)") }
        if FileIO.exists(target) { try ProjectShards.removeWrittenDirectory(target) }
        if rename(staging, target) != 0 { throw FileIO.fail("cannot move the shards into place as", target) }
        try FileIO.syncDirectory(directory)
        if interruptMoveAfter == .renamed { throw FileIO.Failure(message: "interrupted after the rename (test)") }
        var network = state.network
        network.formatVersion = max(network.formatVersion, ProjectShards.formatVersion)
        stamps[.network] = try FileIO.atomicReplace(path(.network), in: directory, with: JSONWriter.pretty(network.json), newFileMode: mode)
        state.network = network
        projectLayout = .sharded
        projectFiles = files
        if interruptMoveAfter == .versionWritten { throw FileIO.Failure(message: "interrupted after the version (test)") }
        removeLeftoverProjectsFile()
    }

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

/// The change was saved, but the line saying so in `history.jsonl` could not
/// be written (disk full, permissions). Retrying would apply it twice.
public struct HistoryNotRecorded: Error, CustomStringConvertible {
    public var outcome: ChangeOutcome
    public var reason: String
    public var description: String {
        "saved (\(outcome.summary)), but it could not be recorded in history.jsonl: \(reason); do not repeat the change"
    }
}

extension Loader {
    /// For `Store.create`: a state built in code must be as valid as one read from disk.
    static func referenceProblemsThrowing(_ s: NetworkState) throws {
        let problems = Loader(directory: "").referenceProblems(s)
        if !problems.isEmpty { throw StoreError(problems) }
    }
}
