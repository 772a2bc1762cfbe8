import Dispatch

/// Turns the files of a data directory into a `NetworkState`, collecting
/// every problem with its file and line instead of stopping at the first.
struct Loader {
    let directory: String
    var problems: [Problem] = []
    var stamps: [DataFile: FileIO.Stamp] = [:]
    var memberFile: RecordFile<String, Member>?
    var projectFile: RecordFile<Int, Project>?
    var requestFile: RecordFile<Int, HelpRequest>?
    /// Where the last whole ledger line ends, for reading only what was appended later.
    var ledgerConsumed: Int64 = 0
    var ledgerCleanEnd = true
    var lineOfMember: [Int] = [], lineOfProject: [Int] = [], lineOfRequest: [Int] = [], lineOfEntry: [Int] = []

    init(directory: String) { self.directory = directory }

    func path(_ f: DataFile) -> String { "\(directory)/\(f.name)" }

    mutating func read(_ f: DataFile) -> [UInt8]? {
        do {
            guard let (bytes, stamp) = try FileIO.read(path(f)) else { return nil }
            stamps[f] = stamp
            return bytes
        } catch {
            problems.append(Problem(file: f.name, message: "\(error)"))
            return nil
        }
    }

    mutating func loadNetwork() -> Network? {
        guard let bytes = read(.network) else {
            if problems.isEmpty {
                problems.append(Problem(file: DataFile.network.name, message: "not found: \(directory) is not a Samen data directory (run `samen init --data \(directory)`)"))
            }
            return nil
        }
        do {
            return try Network(jsonBytes: bytes)
        } catch let e as JSONParser.Failure {
            let (line, column) = Self.lineAndColumn(bytes, offset: e.column - 1)
            problems.append(Problem(file: DataFile.network.name, line: line, message: "\(e.message) at column \(column)"))
        } catch {
            problems.append(Problem(file: DataFile.network.name, message: "\(error)"))
        }
        return nil
    }

    static func lineAndColumn(_ bytes: [UInt8], offset: Int) -> (Int, Int) {
        var line = 1, col = 1
        for b in bytes.prefix(offset) { if b == 0x0A { line += 1; col = 1 } else { col += 1 } }
        return (line, col)
    }

    mutating func loadMembers() -> [Member] {
        guard let bytes = read(.members) else { return [] }
        let parsed = RecordFile<String, Member>.parse(bytes, file: DataFile.members.name, what: "member", id: { $0.id }, cache: &memberFile)
        problems += parsed.problems
        lineOfMember = parsed.lineOf
        return parsed.records
    }

    mutating func loadProjects() -> [Project] {
        guard let bytes = read(.projects) else { return [] }
        let parsed = RecordFile<Int, Project>.parse(bytes, file: DataFile.projects.name, what: "project", id: { $0.id }, cache: &projectFile)
        problems += parsed.problems
        lineOfProject = parsed.lineOf
        return parsed.records
    }

    mutating func loadRequests() -> [HelpRequest] {
        guard let bytes = read(.requests) else { return [] }
        let parsed = RecordFile<Int, HelpRequest>.parse(bytes, file: DataFile.requests.name, what: "request", id: { $0.id }, cache: &requestFile)
        problems += parsed.problems
        lineOfRequest = parsed.lineOf
        return parsed.records
    }

    /// Reads ledger lines from `offset` on (0 for the whole file), appending
    /// to `entries`.
    mutating func loadLedger(into entries: inout [LedgerEntry], from offset: Int64 = 0, firstLine: Int = 1) {
        do {
            guard let read = try LedgerReader(path: path(.ledger)).read(from: offset, firstLine: firstLine) else { ledgerConsumed = 0; return }
            take(read, into: &entries)
        } catch {
            problems.append(Problem(file: DataFile.ledger.name, message: "\(error)"))
        }
    }

    /// Adopts what the ledger reader found. Ids must keep increasing: the
    /// ledger is append-only, in id order.
    mutating func take(_ read: LedgerReader.Result, into entries: inout [LedgerEntry]) {
        stamps[.ledger] = read.stamp
        problems += read.problems
        var lastID = entries.last?.id ?? 0
        var outOfOrder = false
        for (entry, line) in zip(read.entries, read.lines) {
            if entry.id <= lastID {
                problems.append(Problem(file: DataFile.ledger.name, line: line, message: "entry id \(entry.id) is not greater than the one before (\(lastID)); the ledger is append-only, in id order"))
                outOfOrder = true
            }
            lastID = max(lastID, entry.id)
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
    }

    /// Checks that every reference points at something that exists.
    func referenceProblems(_ s: NetworkState, ledgerFrom: Int = 0) -> [Problem] {
        var out: [Problem] = []
        let memberIDs = Set(s.members.lazy.map(\.id))
        func member(_ id: String?, _ file: DataFile, _ line: Int?, _ what: String) {
            if let id, !memberIDs.contains(id) {
                out.append(Problem(file: file.name, line: line, message: "\(what) refers to member '\(id)', who does not exist"))
            }
        }
        for share in s.network.partnerShares { member(share.member, .network, nil, "partnerShares") }
        for (i, p) in s.projects.enumerated() {
            let line = lineOfProject.count == s.projects.count ? lineOfProject[i] : nil
            member(p.source, .projects, line, "project \(p.id) source")
            member(p.lead, .projects, line, "project \(p.id) lead")
            for a in p.allocations { member(a.member, .projects, line, "project \(p.id) allocation") }
        }
        for (i, r) in s.requests.enumerated() {
            let line = lineOfRequest.count == s.requests.count ? lineOfRequest[i] : nil
            member(r.from, .requests, line, "request \(r.id)")
            for o in r.offers { member(o.member, .requests, line, "request \(r.id) offer") }
            member(r.accepted, .requests, line, "request \(r.id) accepted offer")
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
                    problems.append(Problem(file: DataFile.ledger.name, line: line, message: "entry \(e.id) refers to member '\(m)', who does not exist"))
                }
                if let p = e.project, !s.projects.contains(id: p) {
                    problems.append(Problem(file: DataFile.ledger.name, line: line, message: "entry \(e.id) refers to project \(p), which does not exist"))
                }
                if let r = e.relatesTo, r >= e.id || !s.ledger.contains(id: r) {
                    problems.append(Problem(file: DataFile.ledger.name, line: line, message: "entry \(e.id) refers to entry \(r), which does not exist before it"))
                }
            }
            found[part].value = problems
        }
        for f in found { out += f.value ?? [] }
        return out
    }

    /// Loads everything. The caller holds at least a shared lock, so the
    /// files belong to one consistent version of the directory.
    /// Without `ledger`, the books are not read at all (the state's ledger
    /// is empty): for read-only questions that never look at money.
    mutating func loadAll(ledger includeLedger: Bool = true) -> NetworkState? {
        guard let network = loadNetwork() else { return nil }
        var state = NetworkState(network: network)
        let plan: LedgerReader.Plan?
        do {
            plan = includeLedger ? try LedgerReader(path: path(.ledger)).plan(parts: 3) : nil
        } catch {
            problems.append(Problem(file: DataFile.ledger.name, message: "\(error)"))
            return nil
        }
        // One pool of jobs for every core: the three record files and the
        // parts of the ledger (two thirds of the bytes at S100).
        let members = Box<(Loader, [Member])>(), projects = Box<(Loader, [Project])>(), requests = Box<(Loader, [HelpRequest])>()
        let start = self
        let partCount = plan?.parts ?? 0
        var ledger = LedgerReader.Result()
        let failures = (0..<partCount).map { _ in Box<Error>() }
        func runJobs(_ target: SendablePointer<LedgerEntry>?) -> [LedgerReader.PartResult?] {
            let slots = (0..<partCount).map { _ in Box<LedgerReader.PartResult>() }
            DispatchQueue.concurrentPerform(iterations: 3 + partCount) { job in
                var loader = start
                switch job {
                case 0: let list = loader.loadProjects(); projects.value = (loader, list)
                case 1: let list = loader.loadMembers(); members.value = (loader, list)
                case 2: let list = loader.loadRequests(); requests.value = (loader, list)
                default:
                    let i = job - 3
                    do { slots[i].value = try LedgerReader.parse(plan!, part: i, into: target!.pointer + plan!.offsets[i]) } catch { failures[i].value = error }
                }
            }
            return slots.map(\.value)
        }
        if let plan {
            ledger = LedgerReader.assemble(plan, firstLine: 1) { base in runJobs(SendablePointer(base)) }
        } else {
            _ = runJobs(nil)
        }
        if let e = failures.compactMap(\.value).first { problems.append(Problem(file: DataFile.ledger.name, message: "\(e)")); return nil }
        let (m, mList) = members.value!, (p, pList) = projects.value!, (r, rList) = requests.value!
        for l in [m, p, r] { problems += l.problems; stamps.merge(l.stamps) { a, _ in a } }
        memberFile = m.memberFile; projectFile = p.projectFile; requestFile = r.requestFile
        lineOfMember = m.lineOfMember; lineOfProject = p.lineOfProject; lineOfRequest = r.lineOfRequest
        var entries: [LedgerEntry] = []
        if plan != nil { take(ledger, into: &entries) } else { ledgerConsumed = 0 }
        ledger = LedgerReader.Result()
        state.members.replaceAll(sortedUnique: mList)
        state.projects.replaceAll(sortedUnique: pList)
        state.requests.replaceAll(sortedUnique: rList)
        state.replaceLedger(entries)
        if let historyStamp = FileIO.stamp(path(.history)) { stamps[.history] = historyStamp }
        guard !problems.contains(where: { !$0.isWarning }) else { return nil }
        problems += referenceProblems(state)
        guard !problems.contains(where: { !$0.isWarning }) else { return nil }
        return state
    }
}
