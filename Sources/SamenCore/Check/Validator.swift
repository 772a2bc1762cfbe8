#if canImport(Glibc)
import Glibc
#endif

/// The domain rules that must hold for a whole state, whichever way it was
/// written: by Samen, by a script, or by a person with a text editor.
/// `samen check` runs these after the loader's parse and reference checks.
struct Validator {
    let state: NetworkState
    var lineOfMember: [Int] = [], lineOfProject: [Int] = [], lineOfRequest: [Int] = [], lineOfEntry: [Int] = []
    /// The file a project's line is in (its shard, or `projects.jsonl` in a format 1 directory).
    var projectFile: (Int) -> String = { ProjectShards.path(forID: $0) }
    private(set) var problems: [Problem] = []

    init(state: NetworkState) { self.state = state }

    private mutating func report(_ file: DataFile, _ lines: [Int], _ index: Int, _ message: String) {
        report(file.name, lines, index, message)
    }

    private mutating func report(_ file: String, _ lines: [Int], _ index: Int, _ message: String) {
        problems.append(Problem(file: file, line: index < lines.count ? lines[index] : nil, message: message))
    }

    mutating func run() -> [Problem] {
        checkNetwork()
        checkMembers()
        checkProjects()
        checkRequests()
        checkLedger()
        return problems
    }

    mutating func checkNetwork() {
        for share in state.network.partnerShares {
            if let m = state.member(share.member), m.role != .partner {
                problems.append(Problem(file: DataFile.network.name, message: "partnerShares names '\(m.id)', who is \(m.role.rawValue), not a partner"))
            }
        }
        for id in state.network.bookkeepers where state.member(id) == nil {
            problems.append(Problem(file: DataFile.network.name, message: "bookkeepers names '\(id)', who is not a member"))
        }
        if state.network.largeProjectHours <= state.network.mediumProjectHours {
            problems.append(Problem(file: DataFile.network.name, message: "largeProjectHours (\(state.network.largeProjectHours)) must be more than mediumProjectHours (\(state.network.mediumProjectHours))"))
        }
    }

    mutating func checkMembers() {
        var logins: [String: String] = [:]
        for (i, m) in state.members.enumerated() {
            let where_ = "member '\(m.id)'"
            do { try Rules.memberID(m.id) } catch { report(.members, lineOfMember, i, "\(error)") }
            if m.name.trimmingSpaces().isEmpty { report(.members, lineOfMember, i, "\(where_) has an empty name") }
            for h in m.hours where !(0...Rules.maxHoursPerWeek).contains(h.hoursPerWeek) {
                report(.members, lineOfMember, i, "\(where_): hours per week must be between 0 and \(Rules.maxHoursPerWeek), got \(h.hoursPerWeek)")
            }
            if !zip(m.hours, m.hours.dropFirst()).allSatisfy({ $0.from < $1.from }) {
                report(.members, lineOfMember, i, "\(where_): contracted hours must be listed oldest first, one per date")
            }
            if let left = m.left, left < m.joined { report(.members, lineOfMember, i, "\(where_) left (\(left)) before joining (\(m.joined))") }
            if let login = m.login {
                if let other = logins[login] { report(.members, lineOfMember, i, "\(where_) has login '\(login)', which '\(other)' has too") }
                logins[login] = m.id
            }
        }
    }

    mutating func checkProjects() {
        for (i, p) in state.projects.enumerated() {
            let where_ = "project \(p.id)"
            let file = projectFile(p.id)
            if !Limits.estimatedHours.contains(p.estimatedHours) { report(file, lineOfProject, i, "\(where_): estimated hours must be between 1 and 100000, got \(p.estimatedHours)") }
            if [.proposal, .active, .done].contains(p.status), p.lead == nil {
                report(file, lineOfProject, i, "\(where_) is \(p.status.rawValue) but has no lead")
            }
            if p.status == .declined, p.declineReason == nil { report(file, lineOfProject, i, "\(where_) is declined without a reason") }
            do { try Rules.optionalSkills(p.optionalSkills, of: p.skills) } catch { report(file, lineOfProject, i, "\(where_): \(error)") }
            if let b = p.budget, b.cents < 0 { report(file, lineOfProject, i, "\(where_) has a negative budget") }
            for a in p.allocations {
                if !p.period.contains(a.range) { report(file, lineOfProject, i, "\(where_): allocation of '\(a.member)' \(a.range) falls outside the project period \(p.period)") }
                if !(Hours(halfHours: 1)...Rules.maxHoursPerWeek).contains(a.hoursPerWeek) { report(file, lineOfProject, i, "\(where_): allocation of '\(a.member)' must be 0.5 to \(Rules.maxHoursPerWeek) hours per week, got \(a.hoursPerWeek)") }
            }
            if Set(p.allocations.map(\.member)).count != p.allocations.count {
                report(file, lineOfProject, i, "\(where_) allocates the same member twice")
            }
        }
    }

    mutating func checkRequests() {
        for (i, r) in state.requests.enumerated() {
            let where_ = "request \(r.id)"
            if r.kind == .needsWork, (r.hoursPerWeek ?? 0) <= 0 { report(.requests, lineOfRequest, i, "\(where_) is 'needs work' without hours per week") }
            if r.status == .matched, r.accepted == nil { report(.requests, lineOfRequest, i, "\(where_) is matched but names no accepted offer") }
            if let a = r.accepted, !r.offers.contains(where: { $0.member == a }) {
                report(.requests, lineOfRequest, i, "\(where_) accepted an offer from '\(a)', who made none")
            }
            if r.text.trimmingSpaces().isEmpty { report(.requests, lineOfRequest, i, "\(where_) has an empty text") }
        }
    }

    mutating func checkLedger() {
        var corrected = Set<Int>()
        let entries = state.ledger.records
        for (i, e) in entries.enumerated() {
            let where_ = "entry \(e.id)"
            switch e.kind {
            case .correction:
                guard let t = e.relatesTo, let target = state.ledgerEntry(t) else {
                    report(.ledger, lineOfEntry, i, "\(where_) is a correction but does not say which entry it corrects"); continue
                }
                if target.kind == .correction { report(.ledger, lineOfEntry, i, "\(where_) corrects entry \(t), which is itself a correction") }
                if e.amount != -target.amount { report(.ledger, lineOfEntry, i, "\(where_) must reverse entry \(t) exactly (\((-target.amount).format(.nl))), not \(e.amount.format(.nl))") }
                if !corrected.insert(t).inserted { report(.ledger, lineOfEntry, i, "entry \(t) is corrected more than once") }
            case .distribution:
                if e.year == nil { report(.ledger, lineOfEntry, i, "\(where_) is a distribution without the year it closes") }
                if e.member == nil { report(.ledger, lineOfEntry, i, "\(where_) is a distribution without a partner") }
            default:
                if e.amount.cents <= 0 { report(.ledger, lineOfEntry, i, "\(where_): a \(e.kind.rawValue) must be more than zero, got \(e.amount.format(.nl))") }
            }
            switch e.kind {
            case .revenue, .charge, .payment, .contribution, .payout:
                if e.member == nil { report(.ledger, lineOfEntry, i, "\(where_): a \(e.kind.rawValue) needs a member") }
            case .cost:
                if let c = e.category, !state.network.costCategories.contains(c) {
                    report(.ledger, lineOfEntry, i, "\(where_): cost category '\(c)' is not in network.json's costCategories")
                } else if e.category == nil { report(.ledger, lineOfEntry, i, "\(where_): a cost needs a category") }
            default: break
            }
            if e.kind == .contribution {
                if let r = e.relatesTo, state.ledgerEntry(r)?.kind != .revenue { report(.ledger, lineOfEntry, i, "\(where_): a contribution must relate to a revenue entry") }
                if let rate = e.rate, !(0...10_000).contains(rate) { report(.ledger, lineOfEntry, i, "\(where_): rate must be 0 to 10000 basis points, got \(rate)") }
            }
        }
    }
}

/// The result of checking a data directory: every problem, with file and line.
public struct CheckReport: Sendable {
    public var problems: [Problem]
    public var counts: [DataFile: Int]
    public var isValid: Bool { !problems.contains { !$0.isWarning } }
}

public enum DataDirectoryCheck {
    /// Reads and validates everything in `directory`, without waiting on a writer.
    /// Writes nothing, but finishes a save a killed writer left committed. `progress` is called with a description of each step.
    public static func run(directory: String, progress: (String) -> Void = { _ in }) -> CheckReport {
        let dir = Store.normalise(directory)
        guard FileIO.isDirectory(dir) else {
            return CheckReport(problems: [Problem(file: dir, message: "no such directory")], counts: [:])
        }
        var loader = Loader(directory: dir)
        var state: NetworkState?
        var historyProblems: [Problem] = []
        var historyCount = 0
        var entryProblems: [Problem] = []
        do {
            let lock = try DirectoryLock(directory: dir, mode: 0o660)
            try Store.readConsistently(dir, lock: lock, policy: LockPolicy.fromEnvironment()) {
                // Read again from the start when a save overlapped the read.
                loader = Loader(directory: dir)
                state = nil
                progress("reading network.json")
                guard let network = loader.loadNetwork() else { return }
                // Links and missing files, and what interrupted saves left (stale
                // only while nobody holds the exclusive lock, as now).
                entryProblems = DataDirectoryEntries.problems(dir, layout: loader.projectLayout)
                    + DataDirectoryEntries.temporaryProblems(dir, now: Int64(time(nil)))
                var s = NetworkState(network: network)
                progress("reading members.jsonl")
                s.members.replaceAll(sortedUnique: loader.loadMembers())
                progress(loader.projectLayout == .sharded ? "reading projects/" : "reading projects.jsonl")
                s.projects.replaceAll(sortedUnique: loader.loadProjects())
                progress("reading requests.jsonl")
                s.requests.replaceAll(sortedUnique: loader.loadRequests())
                progress("reading ledger.jsonl")
                var entries: [LedgerEntry] = []
                loader.loadLedger(into: &entries)
                s.replaceLedger(entries)
                progress("reading history.jsonl")
                (historyCount, historyProblems) = checkHistory(dir)
                state = s
            }
        } catch {
            return CheckReport(problems: [Problem(file: dir, message: "\(error)")], counts: [:])
        }
        // A file refused as a link is named once, by the entry check, not again by its read.
        let named = Set(entryProblems.filter { !$0.isWarning }.map(\.file))
        var problems = entryProblems + (loader.problems + historyProblems).filter { !named.contains($0.file) }
        var counts: [DataFile: Int] = [.history: historyCount]
        if let s = state {
            progress("checking references and rules")
            problems += loader.referenceProblems(s)
            var v = Validator(state: s)
            v.lineOfMember = loader.lineOfMember; v.lineOfProject = loader.lineOfProject
            v.lineOfRequest = loader.lineOfRequest; v.lineOfEntry = loader.lineOfEntry
            v.projectFile = { [loader] in loader.projectFileName($0) }
            problems += v.run()
            counts[.network] = 1
            counts[.members] = s.members.count; counts[.projects] = s.projects.count
            counts[.requests] = s.requests.count; counts[.ledger] = s.ledger.count
        }
        // Files that read well may still not be what the history made of them
        // (`samen verify`); a directory whose history cannot be replayed is
        // only warned about.
        if state != nil && !problems.contains(where: { !$0.isWarning }) {
            progress("verifying the history")
            do { _ = try HistoryVerification.verify(directory: dir) } catch let f as HistoryVerification.Failure {
                problems.append(Problem(file: f.file, line: f.line, message: f.kind == .differs ? "does not verify: \(f.message)" : f.message,
                                        isWarning: f.kind == .cannotReplay))
            } catch {
                problems.append(Problem(file: dir, message: "cannot verify: \(error)", isWarning: true))
            }
        }
        return CheckReport(problems: problems, counts: counts)
    }

    /// History is never loaded into memory, but it must stay readable: every
    /// line a JSON object saying when, who and what.
    static func checkHistory(_ dir: String) -> (Int, [Problem]) {
        let file = DataFile.history.name
        guard let (bytes, _) = try? FileIO.read("\(dir)/\(file)") else { return (0, []) }
        var problems: [Problem] = []
        var count = 0
        let endsClean = bytes.last.map { $0 == 0x0A } ?? true
        bytes.withUnsafeBufferPointer { buf in
            RecordFile<Int, LedgerEntry>.forEachLine(buf) { number, range in
                do {
                    _ = try JSONScanner.decode(UnsafeBufferPointer(rebasing: buf[range])) { try HistoryLog.Entry(from: &$0) }
                    count += 1
                } catch {
                    let last = !endsClean && range.upperBound >= buf.count - 1
                    problems.append(Problem(file: file, line: number, message: last ? "the last line is incomplete (a save was interrupted)" : "\(error)", isWarning: last))
                }
            }
        }
        return (count, problems)
    }
}
