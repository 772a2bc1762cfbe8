import Dispatch

/// Turns the files of a data directory into a `NetworkState`, collecting
/// every problem with its file and line instead of stopping at the first.
struct Loader {
    let directory: String
    var problems: [Problem] = []
    var stamps: [DataFile: FileIO.Stamp] = [:]
    var memberFile: RecordFile<String, Member>?
    /// Which layout holds the projects, from `network.json`'s format version.
    var projectLayout = ProjectShards.Layout.sharded
    /// The project files read, in id order, and their line bookkeeping by path.
    var projectParts: [ProjectPart] = []
    var projectFiles: [String: RecordFile<Int, Project>] = [:]
    /// Every file that holds projects in either layout, as it was when read
    /// (see `ProjectShards.stamps`): what a store compares to notice changes.
    var projectStamps: [String: FileIO.Stamp] = [:]
    var requestFile: RecordFile<Int, HelpRequest>?
    /// Where the last whole ledger line ends, for reading only what was appended later.
    var ledgerConsumed: Int64 = 0
    var ledgerCleanEnd = true
    var lineOfMember: [Int] = [], lineOfProject: [Int] = [], lineOfRequest: [Int] = [], lineOfEntry: [Int] = []
    /// The line of the ledger after the last one read, where a later read goes on counting.
    var ledgerNextLine = 1
    /// The load-time cache, when this load may use it (`samen check` never does).
    var cache: SnapshotCache?
    /// The files that came from the cache rather than from parsing.
    var fromSnapshot: Set<DataFile> = []
    /// Entries at the start of the ledger that came from its snapshot, and the bytes they cover.
    var ledgerFromSnapshot = 0
    var cachedLedgerCovered: Int64 = 0
    /// For money questions (`samen finance`): projects and requests are not
    /// read, and the ledger's project numbers are not checked against them.
    var onlyMoney = false
    /// How many shards `projects/` must hold: `network.json`'s record, or,
    /// in a directory written before it was kept, nil (nothing to hold the
    /// listing to; the next project save writes the record).
    var recordedShards: Int?
    /// Where committed saves end in the ledger, read from the history's last
    /// line before the ledger is (`HistoryCommit`); `.some(nil)`: no limit.
    private var ledgerLimit: (end: Int64, history: FileIO.Stamp)??
    /// The history as it was when the limit cut lines off the ledger's end
    /// (a ledger-only save between its two appends, or killed there); nil
    /// when the whole ledger was read. A store re-reads when it changes.
    var ledgerLimitedBy: FileIO.Stamp?

    init(directory: String, useCache: Bool = false) {
        self.directory = directory
        if useCache { cache = SnapshotCache(dataDirectory: directory) }
    }

    init(directory: String, cache: SnapshotCache?) {
        self.directory = directory
        self.cache = cache
    }

    func path(_ f: DataFile) -> String { "\(directory)/\(f.name)" }

    /// One project file of this load: its path relative to the directory,
    /// how many of the loaded projects (in order) came from it, the file's
    /// identity when read, and whether they came from its snapshot.
    struct ProjectPart {
        var path: String
        var count: Int
        var stamp: FileIO.Stamp?
        var fromSnapshot: Bool
    }

    mutating func read(_ f: DataFile) -> [UInt8]? {
        guard let (bytes, stamp) = read(relative: f.name) else { return nil }
        stamps[f] = stamp
        return bytes
    }

    mutating func read(relative name: String) -> ([UInt8], FileIO.Stamp)? {
        do {
            guard let (bytes, stamp) = try FileIO.read("\(directory)/\(name)") else { return nil }
            return (bytes, stamp)
        } catch {
            problems.append(Problem(file: name, error: error))
            return nil
        }
    }

    /// The file a project's problems are reported in.
    func projectFileName(_ id: Int) -> String {
        projectLayout == .sharded ? ProjectShards.path(forID: id) : ProjectShards.legacyFile
    }

    mutating func loadNetwork() -> Network? {
        guard let bytes = read(.network) else {
            if problems.isEmpty {
                problems.append(Problem(file: DataFile.network.name, LoadWords.notADataDirectory(directory)))
            }
            return nil
        }
        do {
            let network = try Network(jsonBytes: bytes)
            projectLayout = ProjectShards.Layout(formatVersion: network.formatVersion)
            recordedShards = network.projectShards
            return network
        } catch let e as JSONParser.Failure {
            let (line, column) = Self.lineAndColumn(bytes, offset: e.column - 1)
            problems.append(Problem(file: DataFile.network.name, line: line, JSONParser.Failure(phrase: e.phrase, column: column)))
        } catch {
            problems.append(Problem(file: DataFile.network.name, error: error))
        }
        return nil
    }

    static func lineAndColumn(_ bytes: [UInt8], offset: Int) -> (Int, Int) {
        var line = 1, col = 1
        for b in bytes.prefix(offset) { if b == 0x0A { line += 1; col = 1 } else { col += 1 } }
        return (line, col)
    }

    mutating func loadMembers() -> [Member] {
        let (list, file, lines) = loadRecords(.members, what: "member", id: \Member.id)
        memberFile = file; lineOfMember = lines
        return list
    }

    /// Reads the projects from whichever layout the format version names
    /// (see `ProjectShards`), shard by shard in id order. Files the other
    /// layout left behind are reported as warnings and not read.
    mutating func loadProjects() -> [Project] {
        projectStamps = ProjectShards.stamps(directory)
        let legacy = ProjectShards.legacyFile
        let listing = ProjectShards.list(directory)
        var files: [String] = []
        switch projectLayout {
        case .single:
            if FileIO.exists("\(directory)/\(legacy)") { files = [legacy] }
            if listing != nil {
                problems.append(Problem(file: ProjectShards.directoryName + "/", LoadWords.interruptedShardMove(legacy: legacy), isWarning: true))
            }
        case .sharded:
            if let listing {
                for name in listing.others {
                    let data = name.hasSuffix(".jsonl")
                    problems.append(Problem(file: "\(ProjectShards.directoryName)/\(name)", data
                        ? LoadWords.notAShardName(size: ProjectShards.size, example: ProjectShards.fileName(index: 0))
                        : LoadWords.notAProjectFile(directory: ProjectShards.directoryName), isWarning: !data))
                }
                files = listing.shards.map(ProjectShards.path(index:))
                problems += ProjectShards.missingShards(listing, recorded: recordedShards)
                if FileIO.exists("\(directory)/\(legacy)") {
                    problems.append(Problem(file: legacy, LoadWords.leftFromBeforeShards(directory: ProjectShards.directoryName), isWarning: true))
                }
            } else if FileIO.exists("\(directory)/\(legacy)") {
                problems.append(Problem(file: DataFile.network.name, LoadWords.shardsMissing(formatVersion: ProjectShards.formatVersion, directory: ProjectShards.directoryName, legacy: legacy)))
            }
        }
        var all: [Project] = [], lines: [Int] = []
        projectParts = []; projectFiles = [:]
        for rel in files {
            let loaded = loadRecordFile(rel, what: "project", id: \Project.id)
            var list = loaded.records, lineList = loaded.lines
            let home = projectLayout == .sharded ? ProjectShards.index(ofFileName: String(rel.dropFirst(ProjectShards.directoryName.count + 1))) : nil
            var bad: [Int] = []
            for i in list.indices {
                let id = list[i].id
                if id < 1 || (home.map { !ProjectShards.ids(ofIndex: $0).contains(id) } ?? false) { bad.append(i) }
            }
            if !bad.isEmpty {
                for i in bad {
                    let id = list[i].id
                    let line = i < lineList.count ? lineList[i] : nil
                    if id < 1 {
                        problems.append(Problem(file: rel, line: line, LoadWords.projectIDNotPositive(id)))
                    } else if let home {
                        let r = ProjectShards.ids(ofIndex: home)
                        problems.append(Problem(file: rel, line: line, LoadWords.projectInWrongShard(id, low: r.lowerBound, high: r.upperBound, move: ProjectShards.path(forID: id))))
                    }
                }
                // Left out, so the rest stays sorted and unique for the checks that follow.
                let drop = Set(bad)
                list = list.indices.filter { !drop.contains($0) }.map { list[$0] }
                lineList = lineList.indices.filter { !drop.contains($0) }.map { lineList[$0] }
            }
            all += list; lines += lineList
            projectFiles[rel] = loaded.file
            projectParts.append(ProjectPart(path: rel, count: list.count, stamp: loaded.stamp, fromSnapshot: loaded.fromSnapshot))
        }
        // All from snapshots *and* the same files as the last checked load: see `SnapshotCache.projectFiles`.
        if projectParts.allSatisfy(\.fromSnapshot), let cache, cache.projectFiles() == files { fromSnapshot.insert(.projects) }
        lineOfProject = lines
        return all
    }

    mutating func loadRequests() -> [HelpRequest] {
        let (list, file, lines) = loadRecords(.requests, what: "request", id: \HelpRequest.id)
        requestFile = file; lineOfRequest = lines
        return list
    }

    /// Reads one record file: from its snapshot when the cache is on and
    /// holds one for the file as it is now, else by parsing every line.
    mutating func loadRecords<ID, R: JSONRecord & SnapshotCodable>(
        _ f: DataFile, what: String, id: (R) -> ID
    ) -> ([R], RecordFile<ID, R>?, [Int]) {
        let loaded = loadRecordFile(f.name, what: what, id: id)
        if let stamp = loaded.stamp { stamps[f] = stamp }
        if loaded.fromSnapshot { fromSnapshot.insert(f) }
        return (loaded.records, loaded.file, loaded.lines)
    }

    struct LoadedRecords<ID: Hashable & Comparable & Sendable, R: JSONRecord & Sendable> {
        var records: [R] = []
        var file: RecordFile<ID, R>?
        var lines: [Int] = []
        var stamp: FileIO.Stamp?
        var fromSnapshot = false
    }

    /// Reads one file of records (`name` relative to the directory, as
    /// problems name it).
    mutating func loadRecordFile<ID, R: JSONRecord & SnapshotCodable>(
        _ name: String, what: String, id: (R) -> ID
    ) -> LoadedRecords<ID, R> {
        if let cache, let current = FileIO.stamp("\(directory)/\(name)"), let snap: SnapshotCache.Records<R> = cache.records(name, current: current) {
            var ranges: [ID: Range<Int>] = [:]
            ranges.reserveCapacity(snap.records.count)
            for (record, range) in zip(snap.records, snap.ranges) { ranges[id(record)] = range }
            return LoadedRecords(records: snap.records, file: RecordFile(ranges: ranges), lines: snap.lines, stamp: current, fromSnapshot: true)
        }
        guard let (bytes, stamp) = read(relative: name) else { return LoadedRecords() }
        var file: RecordFile<ID, R>?
        let parsed = RecordFile<ID, R>.parse(bytes, file: name, what: what, id: id, cache: &file)
        problems += parsed.problems
        return LoadedRecords(records: parsed.records, file: file, lines: parsed.lineOf, stamp: stamp)
    }

    /// The ledger's reader, stopping where committed saves end.
    mutating func ledgerReader() -> LedgerReader {
        if ledgerLimit == nil { ledgerLimit = .some(HistoryCommit.committedLedgerEnd(directory)) }
        return LedgerReader(path: path(.ledger), limit: ledgerLimit??.end)
    }

    /// Notes whether the limit left lines of the file unread, and says so once.
    private mutating func noteLimit(fileSize: Int64?) {
        guard let limit = ledgerLimit ?? nil, let size = fileSize, size > limit.end else { ledgerLimitedBy = nil; return }
        ledgerLimitedBy = limit.history
        let phrase = LoadWords.ledgerPastHistory(bytes: size - limit.end, from: limit.end)
        if !problems.contains(where: { $0.file == DataFile.ledger.name && $0.phrase.en == phrase.en }) {
            problems.append(Problem(file: DataFile.ledger.name, phrase, isWarning: true))
        }
    }

    /// Reads ledger lines from `offset` on (0 for the whole file), appending
    /// to `entries`.
    mutating func loadLedger(into entries: inout [LedgerEntry], from offset: Int64 = 0, firstLine: Int = 1) {
        do {
            guard let read = try ledgerReader().read(from: offset, firstLine: firstLine) else { ledgerConsumed = 0; return }
            noteLimit(fileSize: read.stamp?.size)
            take(read, into: &entries)
        } catch {
            problems.append(Problem(file: DataFile.ledger.name, error: error))
        }
    }

    /// Adopts what the ledger reader found. Ids must keep increasing: the
    /// ledger is append-only, in id order.
    mutating func take(_ read: LedgerReader.Result, into entries: inout [LedgerEntry]) {
        stamps[.ledger] = read.stamp
        problems += read.problems
        var lastID = entries.last?.id ?? 0
        var outOfOrder = false
        // By index: iterating the entries themselves would copy each one.
        for i in read.entries.indices {
            let id = read.entries[i].id
            if id <= lastID {
                let line = i < read.lines.count ? read.lines[i] : nil
                problems.append(Problem(file: DataFile.ledger.name, line: line, LoadWords.ledgerOutOfOrder(id, before: lastID)))
                outOfOrder = true
            }
            lastID = max(lastID, id)
        }
        if entries.isEmpty && !outOfOrder {
            entries = read.entries
            lineOfEntry = read.lines
        } else {
            entries += read.entries
            lineOfEntry += read.lines
        }
        ledgerCleanEnd = read.endsClean
        ledgerConsumed = read.endsClean ? read.consumed : 0
        ledgerNextLine = read.nextLine
    }

    /// Checks that every reference points at something that exists.
    /// `checkProjects`, `checkRequests` and `ledgerFrom` let a load skip what
    /// a snapshot already stands for (see `loadAll`).
    func referenceProblems(_ s: NetworkState, ledgerFrom: Int = 0, checkProjects: Bool = true, checkRequests: Bool = true) -> [Problem] {
        var out: [Problem] = []
        let memberIDs = Set(s.members.lazy.map(\.id))
        // `what` is built only for a problem: 200,000 references at S100 are fine.
        func member(_ id: String?, _ file: @autoclosure () -> String, _ line: @autoclosure () -> Int?, _ what: @autoclosure () -> LoadWords.RefersFrom) {
            if let id, !memberIDs.contains(id) {
                out.append(Problem(file: file(), line: line(), LoadWords.unknownMember(what(), member: id)))
            }
        }
        for share in s.network.partnerShares { member(share.member, DataFile.network.name, nil, .partnerShares) }
        for (i, p) in s.projects.enumerated() where checkProjects {
            let line = lineOfProject.count == s.projects.count ? lineOfProject[i] : nil
            member(p.source, projectFileName(p.id), line, .projectSource(p.id))
            member(p.lead, projectFileName(p.id), line, .projectLead(p.id))
            for a in p.allocations { member(a.member, projectFileName(p.id), line, .projectAllocation(p.id)) }
        }
        for (i, r) in s.requests.enumerated() where checkRequests {
            let line = lineOfRequest.count == s.requests.count ? lineOfRequest[i] : nil
            member(r.from, DataFile.requests.name, line, .request(r.id))
            for o in r.offers { member(o.member, DataFile.requests.name, line, .requestOffer(r.id)) }
            member(r.accepted, DataFile.requests.name, line, .requestAccepted(r.id))
        }
        // The ledger is most of the work at S100: check it in halves, on both cores.
        let entries = s.ledger.records
        let lines = lineOfEntry.count == entries.count ? lineOfEntry : []
        let parts = entries.count - ledgerFrom > 100_000 ? 2 : 1
        let found = (0..<parts).map { _ in Box<[Problem]>() }
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var problems: [Problem] = []
            let span = entries.count - ledgerFrom
            for i in (ledgerFrom + span * part / parts)..<(ledgerFrom + span * (part + 1) / parts) {
                let e = entries[i]
                let line = lines.isEmpty ? nil : lines[i]
                if let m = e.member, !memberIDs.contains(m) {
                    problems.append(Problem(file: DataFile.ledger.name, line: line, LoadWords.entryUnknownMember(e.id, member: m)))
                }
                if !onlyMoney, let p = e.project, !s.projects.contains(id: p) {
                    problems.append(Problem(file: DataFile.ledger.name, line: line, LoadWords.entryUnknownProject(e.id, project: p)))
                }
                if let r = e.relatesTo, r >= e.id || !s.ledger.contains(id: r) {
                    problems.append(Problem(file: DataFile.ledger.name, line: line, LoadWords.entryUnknownEntry(e.id, entry: r)))
                }
            }
            found[part].value = problems
        }
        for f in found { out += f.value ?? [] }
        return out
    }

    /// Loads everything. The caller makes sure the files belong to one
    /// consistent version of the directory (`Store.readConsistently`).
    /// Without `ledger`, the books are not read at all (the state's ledger
    /// is empty): for read-only questions that never look at money.
    mutating func loadAll(ledger includeLedger: Bool = true) -> NetworkState? {
        guard let network = loadNetwork() else { return nil }
        // Links and missing files first: nothing is read through the one or
        // taken as empty for the other.
        let entryProblems = DataDirectoryEntries.problems(directory, layout: projectLayout)
        guard entryProblems.isEmpty else { problems += entryProblems; return nil }
        var state = NetworkState(network: network)
        var entries: [LedgerEntry] = []
        var indexed: (ids: [Int], index: LedgerIndex)?
        if !includeLedger {
            runRecordJobs(extra: 0) { _ in }
        } else if let cache, case let reader = ledgerReader(), let current = FileIO.stamp(path(.ledger)), let snap = cache.ledger(current: current),
                  snap.covered <= reader.limit ?? snap.covered {
            // The snapshot's chunks decode beside the three record files, one job each.
            // Room for the lines appended since (no ledger line is shorter than
            // 64 bytes), so adding them never copies the half million before.
            let appended = Int(max(0, current.size - snap.covered) / 64) + 1
            indexed = decodeLedger(snap, into: &entries, room: appended)
            if indexed != nil {
                ledgerFromSnapshot = entries.count
                cachedLedgerCovered = snap.covered
                fromSnapshot.insert(.ledger)
                lineOfEntry = snap.lines
                stamps[.ledger] = current
                ledgerConsumed = snap.covered
                ledgerNextLine = snap.nextLine
                ledgerCleanEnd = true
                noteLimit(fileSize: current.size)
                if min(current.size, reader.limit ?? current.size) > snap.covered {
                    do {
                        if let tail = try reader.read(from: snap.covered, firstLine: snap.nextLine) {
                            take(tail, into: &entries)
                            noteLimit(fileSize: tail.stamp?.size)
                        }
                    } catch {
                        problems.append(Problem(file: DataFile.ledger.name, error: error))
                        return nil
                    }
                }
            } else {
                loadLedger(into: &entries)
            }
        } else {
            let plan: LedgerReader.Plan?
            do {
                plan = try ledgerReader().plan(parts: 3)
                noteLimit(fileSize: plan?.stamp.size)
            } catch {
                problems.append(Problem(file: DataFile.ledger.name, error: error))
                return nil
            }
            // One pool of jobs for every core: the three record files and the
            // parts of the ledger (two thirds of the bytes at S100).
            let partCount = plan?.parts ?? 0
            let failures = (0..<partCount).map { _ in Box<Error>() }
            var ledger = LedgerReader.Result()
            if let plan {
                ledger = LedgerReader.assemble(plan, firstLine: 1) { base in
                    let slots = (0..<partCount).map { _ in Box<LedgerReader.PartResult>() }
                    let target = SendablePointer(base)
                    runRecordJobs(extra: partCount) { i in
                        do { slots[i].value = try LedgerReader.parse(plan, part: i, into: target.pointer + plan.offsets[i]) } catch { failures[i].value = error }
                    }
                    return slots.map(\.value)
                }
            } else {
                runRecordJobs(extra: 0) { _ in }
            }
            if let e = failures.compactMap(\.value).first { problems.append(Problem(file: DataFile.ledger.name, error: e)); return nil }
            if plan != nil { take(ledger, into: &entries) } else { ledgerConsumed = 0 }
        }
        state.members.replaceAll(sortedUnique: loadedMembers)
        state.projects.replaceAll(sortedUnique: loadedProjects)
        state.requests.replaceAll(sortedUnique: loadedRequests)
        loadedMembers = []; loadedProjects = []; loadedRequests = []
        state.replaceLedger(entries, indexed: indexed)
        entries = []; indexed = nil
        if let historyStamp = FileIO.stamp(path(.history)) { stamps[.history] = historyStamp }
        guard !problems.contains(where: { !$0.isWarning }) else { return nil }
        // A snapshot stands for a load that passed these checks: references
        // between two files both read from snapshots were checked when the
        // later of the two was parsed, and neither has changed since.
        let unchanged = fromSnapshot
        let ledgerChecked = unchanged.isSuperset(of: onlyMoney ? [.members] : [.members, .projects]) ? ledgerFromSnapshot : 0
        problems += referenceProblems(state, ledgerFrom: ledgerChecked,
                                      checkProjects: !onlyMoney && !unchanged.isSuperset(of: [.members, .projects]),
                                      checkRequests: !onlyMoney && !unchanged.isSuperset(of: [.members, .requests]))
        guard !problems.contains(where: { !$0.isWarning }) else { return nil }
        if let cache { refresh(cache, state) }
        return state
    }

    /// Decodes the ledger's snapshot into `entries`, its chunks in parallel
    /// with the record files; returns the entries' ids and index, or nil
    /// (and no entries) when a chunk is damaged.
    private mutating func decodeLedger(_ snap: LedgerSnapshot, into entries: inout [LedgerEntry], room: Int) -> (ids: [Int], index: LedgerIndex)? {
        let n = snap.count
        let chunks = snap.chunks.count
        let indexes = (0..<chunks).map { _ in Box<LedgerIndex>() }
        let failed = (0..<chunks).map { _ in Box<Error>() }
        var ids: [Int] = []
        var ok = false
        entries = Array(unsafeUninitializedCapacity: n + room) { entryBuffer, entriesDone in
            // 90 MB at S100, touched for the first time: in 2 MB pages the
            // kernel takes 45 faults instead of 22,000.
            preferHugePages(UnsafeMutableRawBufferPointer(entryBuffer))
            ids = Array(unsafeUninitializedCapacity: max(1, n)) { idBuffer, idsDone in
                let e = SendablePointer(entryBuffer.baseAddress!), i = SendablePointer(idBuffer.baseAddress!)
                runRecordJobs(extra: chunks) { c in
                    var index = LedgerIndex()
                    do {
                        try snap.decode(chunk: c, entries: e.pointer + snap.starts[c], ids: i.pointer + snap.starts[c], index: &index)
                        indexes[c].value = index
                    } catch {
                        failed[c].value = error
                    }
                }
                ok = failed.allSatisfy { $0.value == nil }
                if !ok {
                    // Chunks that decoded are initialised; undo them so nothing leaks.
                    for c in 0..<chunks where failed[c].value == nil {
                        (e.pointer + snap.starts[c]).deinitialize(count: snap.chunks[c].count)
                    }
                }
                idsDone = ok ? n : 0
            }
            entriesDone = ok ? n : 0
        }
        guard ok else { entries = []; return nil }
        var index = LedgerIndex()
        index.reserve(indexes.reduce(0) { $0 + ($1.value?.count ?? 0) })
        for part in indexes { if let v = part.value { index.merge(v) } }
        return (ids, index)
    }

    /// Parsed record files waiting to go into the state (the jobs fill them).
    private var loadedMembers: [Member] = [], loadedProjects: [Project] = [], loadedRequests: [HelpRequest] = []

    /// Loads the three record files in parallel with `extra` other jobs
    /// (numbered from 0), on every core, and adopts what they found.
    private mutating func runRecordJobs(extra: Int, _ job: @Sendable (Int) -> Void) {
        let members = Box<(Loader, [Member])>(), projects = Box<(Loader, [Project])>(), requests = Box<(Loader, [HelpRequest])>()
        let start = self
        DispatchQueue.concurrentPerform(iterations: 3 + extra) { i in
            var loader = start
            switch i {
            case 0: let list = start.onlyMoney ? [] : loader.loadProjects(); projects.value = (loader, list)
            case 1: let list = loader.loadMembers(); members.value = (loader, list)
            case 2: let list = start.onlyMoney ? [] : loader.loadRequests(); requests.value = (loader, list)
            default: job(i - 3)
            }
        }
        let (m, mList) = members.value!, (p, pList) = projects.value!, (r, rList) = requests.value!
        for l in [m, p, r] { problems += l.problems; stamps.merge(l.stamps) { a, _ in a }; fromSnapshot.formUnion(l.fromSnapshot) }
        memberFile = m.memberFile; requestFile = r.requestFile
        projectParts = p.projectParts; projectFiles = p.projectFiles; projectStamps = p.projectStamps
        lineOfMember = m.lineOfMember; lineOfProject = p.lineOfProject; lineOfRequest = r.lineOfRequest
        loadedMembers = mList; loadedProjects = pList; loadedRequests = rList
    }

    /// Snapshots what this load had to parse, for the next one. Best effort.
    private func refresh(_ cache: SnapshotCache, _ state: NetworkState) {
        let mode = state.network.fileModeBits
        let now = SnapshotCache.now()
        func records<ID, R: SnapshotCodable>(_ f: DataFile, _ table: SortedTable<ID, R>, _ file: RecordFile<ID, R>?, _ lines: [Int], id: (R) -> ID) {
            guard !fromSnapshot.contains(f), let stamp = stamps[f], let file, lines.count == table.count else { return }
            let list = Array(table.records)
            let ranges = list.compactMap { file.ranges[id($0)] }
            guard ranges.count == list.count else { return }
            cache.storeRecords(f.name, SnapshotCache.Records(records: list, lines: lines, ranges: ranges), source: stamp, mode: mode, now: now)
        }
        records(.members, state.members, memberFile, lineOfMember, id: \.id)
        if !onlyMoney { records(.requests, state.requests, requestFile, lineOfRequest, id: \.id) }
        // Projects shard by shard: only the ones parsed, each with its own lines and byte ranges.
        if !onlyMoney, lineOfProject.count == state.projects.count, projectParts.reduce(0, { $0 + $1.count }) == state.projects.count {
            var start = 0
            for part in projectParts {
                defer { start += part.count }
                guard !part.fromSnapshot, let stamp = part.stamp, let file = projectFiles[part.path] else { continue }
                let list = Array(state.projects.records[start..<(start + part.count)])
                let ranges = list.compactMap { file.ranges[$0.id] }
                guard ranges.count == list.count else { continue }
                cache.storeRecords(part.path, SnapshotCache.Records(records: list, lines: Array(lineOfProject[start..<(start + part.count)]), ranges: ranges),
                                   source: stamp, mode: mode, now: now)
            }
            cache.storeProjectFiles(projectParts.map(\.path), mode: mode)
        }
        let appended = ledgerConsumed - (fromSnapshot.contains(.ledger) ? cachedLedgerCovered : 0)
        if let stamp = stamps[.ledger], ledgerCleanEnd, ledgerConsumed > 0, lineOfEntry.count == state.ledger.count,
           !fromSnapshot.contains(.ledger) || appended >= SnapshotCache.ledgerRefreshBytes {
            cache.storeLedger(SnapshotCache.Ledger(entries: Array(state.ledger.records), lines: lineOfEntry,
                                                   covered: ledgerConsumed, nextLine: ledgerNextLine), source: stamp, mode: mode)
        }
    }
}
