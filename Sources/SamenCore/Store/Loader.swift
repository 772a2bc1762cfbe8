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
            return try Network(json: try JSONParser.parse(bytes))
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
    /// to `entries`. Ids must keep increasing: the ledger is append-only.
    mutating func loadLedger(into entries: inout [LedgerEntry], from offset: Int64 = 0, firstLine: Int = 1) {
        let file = DataFile.ledger.name
        let bytes: [UInt8]
        do {
            guard let (b, stamp) = try FileIO.read(path(.ledger), from: offset) else { ledgerConsumed = 0; return }
            stamps[.ledger] = stamp
            bytes = b
        } catch {
            problems.append(Problem(file: file, message: "\(error)"))
            return
        }
        var lastID = entries.last?.id ?? 0
        var lastLine = firstLine
        var consumed = 0
        let endsClean = bytes.last.map { $0 == 0x0A } ?? true
        var lines: [Int] = []
        bytes.withUnsafeBufferPointer { buf in
            RecordFile<Int, LedgerEntry>.forEachLine(buf, firstLine: firstLine) { number, range in
                lastLine = number
                let isFinalPartial = !endsClean && range.upperBound >= buf.count - (buf.last == 0x0D ? 1 : 0)
                do {
                    let entry = try LedgerEntry(json: try JSONParser.parse(buffer: UnsafeBufferPointer(rebasing: buf[range])))
                    if entry.id <= lastID {
                        problems.append(Problem(file: file, line: number, message: "entry id \(entry.id) is not greater than the one before (\(lastID)); the ledger is append-only, in id order"))
                        return
                    }
                    lastID = entry.id
                    entries.append(entry)
                    lines.append(number)
                } catch {
                    if isFinalPartial {
                        // A writer was killed mid-append; that entry was never acknowledged.
                        problems.append(Problem(file: file, line: number,
                                                message: "the last line is incomplete (a save was interrupted); it is not part of the ledger and will be set aside on the next save",
                                                isWarning: true))
                    } else {
                        problems.append(Problem(file: file, line: number, message: "\(error)"))
                    }
                }
            }
        }
        _ = lastLine
        if endsClean { consumed = bytes.count }
        ledgerCleanEnd = endsClean
        ledgerConsumed = offset + Int64(consumed)
        lineOfEntry += lines
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
        let entries = s.ledger.records
        for i in ledgerFrom..<entries.count {
            let e = entries[i]
            let line = lineOfEntry.count == entries.count ? lineOfEntry[i] : nil
            member(e.member, .ledger, line, "entry \(e.id)")
            if let p = e.project, !s.projects.contains(id: p) {
                out.append(Problem(file: DataFile.ledger.name, line: line, message: "entry \(e.id) refers to project \(p), which does not exist"))
            }
            if let r = e.relatesTo, r >= e.id || !s.ledger.contains(id: r) {
                out.append(Problem(file: DataFile.ledger.name, line: line, message: "entry \(e.id) refers to entry \(r), which does not exist before it"))
            }
        }
        return out
    }

    /// Loads everything. The caller holds at least a shared lock, so the
    /// files belong to one consistent version of the directory.
    mutating func loadAll() -> NetworkState? {
        guard let network = loadNetwork() else { return nil }
        var state = NetworkState(network: network)
        state.members.replaceAll(sortedUnique: loadMembers())
        state.projects.replaceAll(sortedUnique: loadProjects())
        state.requests.replaceAll(sortedUnique: loadRequests())
        var entries: [LedgerEntry] = []
        loadLedger(into: &entries)
        state.ledger.replaceAll(sortedUnique: entries)
        if let historyStamp = FileIO.stamp(path(.history)) { stamps[.history] = historyStamp }
        guard !problems.contains(where: { !$0.isWarning }) else { return nil }
        problems += referenceProblems(state)
        guard !problems.contains(where: { !$0.isWarning }) else { return nil }
        return state
    }
}
