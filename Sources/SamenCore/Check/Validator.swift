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

    private mutating func report(_ file: DataFile, _ lines: [Int], _ index: Int, _ message: CheckWords) {
        report(file.name, lines, index, message)
    }

    private mutating func report(_ file: String, _ lines: [Int], _ index: Int, _ message: CheckWords) {
        problems.append(Problem(file: file, line: index < lines.count ? lines[index] : nil, message))
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
                problems.append(Problem(file: DataFile.network.name, CheckWords.partnerShareNotPartner(m.id, role: m.role)))
            }
        }
        for id in state.network.bookkeepers where state.member(id) == nil {
            problems.append(Problem(file: DataFile.network.name, CheckWords.bookkeeperNotMember(id)))
        }
        if state.network.largeProjectHours <= state.network.mediumProjectHours {
            problems.append(Problem(file: DataFile.network.name, CheckWords.largeNotMoreThanMedium(large: state.network.largeProjectHours, medium: state.network.mediumProjectHours)))
        }
    }

    mutating func checkMembers() {
        var logins: [String: String] = [:]
        for (i, m) in state.members.enumerated() {
            do { try Rules.memberID(m.id) } catch { report(.members, lineOfMember, i, .memberRule(member: m.id, Said.error(error))) }
            if m.name.trimmingSpaces().isEmpty { report(.members, lineOfMember, i, .emptyName(member: m.id)) }
            for h in m.hours where !(0...Rules.maxHoursPerWeek).contains(h.hoursPerWeek) {
                report(.members, lineOfMember, i, .memberHours(member: m.id, max: Rules.maxHoursPerWeek, got: h.hoursPerWeek))
            }
            if !zip(m.hours, m.hours.dropFirst()).allSatisfy({ $0.from < $1.from }) {
                report(.members, lineOfMember, i, .hoursOrder(member: m.id))
            }
            if let left = m.left, left < m.joined { report(.members, lineOfMember, i, .leftBeforeJoining(member: m.id, left: left, joined: m.joined)) }
            if let login = m.login {
                if let other = logins[login] { report(.members, lineOfMember, i, .loginTwice(member: m.id, login: login, other: other)) }
                logins[login] = m.id
            }
        }
    }

    mutating func checkProjects() {
        for (i, p) in state.projects.enumerated() {
            let file = projectFile(p.id)
            if !Limits.estimatedHours.contains(p.estimatedHours) { report(file, lineOfProject, i, .estimatedHours(project: p.id, got: p.estimatedHours)) }
            if [.proposal, .active, .done].contains(p.status), p.lead == nil {
                report(file, lineOfProject, i, .noLead(project: p.id, status: p.status))
            }
            if p.status == .declined, p.declineReason == nil { report(file, lineOfProject, i, .declinedWithoutReason(project: p.id)) }
            do { try Rules.optionalSkills(p.optionalSkills, of: p.skills) } catch { report(file, lineOfProject, i, .projectRule(project: p.id, Said.error(error))) }
            if let b = p.budget, b.cents < 0 { report(file, lineOfProject, i, .negativeBudget(project: p.id)) }
            for a in p.allocations {
                if !p.period.contains(a.range) { report(file, lineOfProject, i, .allocationOutside(project: p.id, member: a.member, range: a.range, period: p.period)) }
                if !(Hours(halfHours: 1)...Rules.maxHoursPerWeek).contains(a.hoursPerWeek) { report(file, lineOfProject, i, .allocationHours(project: p.id, member: a.member, max: Rules.maxHoursPerWeek, got: a.hoursPerWeek)) }
            }
            if Set(p.allocations.map(\.member)).count != p.allocations.count {
                report(file, lineOfProject, i, .allocatedTwice(project: p.id))
            }
        }
    }

    mutating func checkRequests() {
        for (i, r) in state.requests.enumerated() {
            if r.kind == .needsWork, (r.hoursPerWeek ?? 0) <= 0 { report(.requests, lineOfRequest, i, .needsWorkWithoutHours(request: r.id)) }
            if r.status == .matched, r.accepted == nil { report(.requests, lineOfRequest, i, .matchedWithoutOffer(request: r.id)) }
            if let a = r.accepted, !r.offers.contains(where: { $0.member == a }) {
                report(.requests, lineOfRequest, i, .acceptedNoOffer(request: r.id, member: a))
            }
            if r.text.trimmingSpaces().isEmpty { report(.requests, lineOfRequest, i, .emptyText(request: r.id)) }
        }
    }

    mutating func checkLedger() {
        var corrected = Set<Int>()
        let entries = state.ledger.records
        for (i, e) in entries.enumerated() {
            switch e.kind {
            case .correction:
                guard let t = e.relatesTo, let target = state.ledgerEntry(t) else {
                    report(.ledger, lineOfEntry, i, .correctionWithoutTarget(entry: e.id)); continue
                }
                if target.kind == .correction { report(.ledger, lineOfEntry, i, .correctsCorrection(entry: e.id, target: t)) }
                if e.amount != -target.amount { report(.ledger, lineOfEntry, i, .correctionAmount(entry: e.id, target: t, must: -target.amount, got: e.amount)) }
                if !corrected.insert(t).inserted { report(.ledger, lineOfEntry, i, .correctedTwice(entry: t)) }
            case .distribution:
                if e.year == nil { report(.ledger, lineOfEntry, i, .distributionWithoutYear(entry: e.id)) }
                if e.member == nil { report(.ledger, lineOfEntry, i, .distributionWithoutPartner(entry: e.id)) }
            default:
                if e.amount.cents <= 0 { report(.ledger, lineOfEntry, i, .notPositive(entry: e.id, kind: e.kind, got: e.amount)) }
            }
            switch e.kind {
            case .revenue, .charge, .payment, .contribution, .payout:
                if e.member == nil { report(.ledger, lineOfEntry, i, .needsMember(entry: e.id, kind: e.kind)) }
            case .cost:
                if let c = e.category, !state.network.costCategories.contains(c) {
                    report(.ledger, lineOfEntry, i, .unknownCategory(entry: e.id, category: c))
                } else if e.category == nil { report(.ledger, lineOfEntry, i, .costWithoutCategory(entry: e.id)) }
            default: break
            }
            if e.kind == .contribution {
                if let r = e.relatesTo, state.ledgerEntry(r)?.kind != .revenue { report(.ledger, lineOfEntry, i, .contributionNotOnRevenue(entry: e.id)) }
                if let rate = e.rate, !(0...10_000).contains(rate) { report(.ledger, lineOfEntry, i, .rateRange(entry: e.id, got: rate)) }
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
            return CheckReport(problems: [Problem(file: dir, CheckWords.noSuchDirectory)], counts: [:])
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
                progress(CheckWords.reading("network.json").text)
                guard let network = loader.loadNetwork() else { return }
                // Links and missing files, and what interrupted saves left (stale
                // only while nobody holds the exclusive lock, as now).
                entryProblems = DataDirectoryEntries.problems(dir, layout: loader.projectLayout)
                    + DataDirectoryEntries.temporaryProblems(dir, now: Int64(time(nil)))
                var s = NetworkState(network: network)
                progress(CheckWords.reading("members.jsonl").text)
                s.members.replaceAll(sortedUnique: loader.loadMembers())
                progress(CheckWords.reading(loader.projectLayout == .sharded ? "projects/" : "projects.jsonl").text)
                s.projects.replaceAll(sortedUnique: loader.loadProjects())
                progress(CheckWords.reading("requests.jsonl").text)
                s.requests.replaceAll(sortedUnique: loader.loadRequests())
                progress(CheckWords.reading("ledger.jsonl").text)
                var entries: [LedgerEntry] = []
                loader.loadLedger(into: &entries)
                s.replaceLedger(entries)
                progress(CheckWords.reading("history.jsonl").text)
                (historyCount, historyProblems) = checkHistory(dir)
                state = s
            }
        } catch {
            return CheckReport(problems: [Problem(file: dir, error: error)], counts: [:])
        }
        // A file refused as a link is named once, by the entry check, not again by its read.
        let named = Set(entryProblems.filter { !$0.isWarning }.map(\.file))
        var problems = entryProblems + (loader.problems + historyProblems).filter { !named.contains($0.file) }
        var counts: [DataFile: Int] = [.history: historyCount]
        if let s = state {
            progress(CheckWords.checkingReferences.text)
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
            progress(CheckWords.verifyingHistory.text)
            do { _ = try HistoryVerification.verify(directory: dir) } catch let f as HistoryVerification.Failure {
                problems.append(Problem(file: f.file, line: f.line, f.kind == .differs ? CheckWords.doesNotVerify(f.phrase) : f.phrase,
                                        isWarning: f.kind == .cannotReplay))
            } catch {
                problems.append(Problem(file: dir, CheckWords.cannotVerify(Said.error(error)), isWarning: true))
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
                    problems.append(Problem(file: file, line: number, last ? LoadWords.lastLineIncomplete : Said.error(error), isWarning: last))
                }
            }
        }
        return (count, problems)
    }
}
