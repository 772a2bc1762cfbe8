/// `samen verify`: proves that the data files are exactly what the history
/// makes of the directory's baseline (issue 14).
///
/// It reads the baseline (`Baseline`), checks it is the one the history's
/// first line names, replays every later line through the same `apply` that
/// made it, with the same person, rights, instant and day, and compares what
/// comes out with the data files, record by record and field by field. The
/// first place where this fails is named: the history line the rules
/// refuse (a right its author did not have then), the line that is not a
/// change Samen writes, or the file and record edited outside Samen.
///
/// Signatures: a signed line must be signed, over its own bytes, by a key
/// its author had registered and not revoked before it (`signingKeys`); an
/// unsigned line is counted and listed. An unsigned line proves only that
/// someone who could write the directory wrote it, so a network whose
/// members all have keys asks for `requireSignatures`.
public enum HistoryVerification {
    public struct Report: Sendable, Equatable {
        /// Changes replayed since the baseline.
        public var changes: Int
        /// The history line the baseline is named on, and when it was made.
        public var baselineLine: Int
        public var baselineAt: Timestamp
        /// Lines from the baseline on that carry a valid signature by a key
        /// of their author, and the numbers of those that carry none.
        public var signed: Int = 0
        public var unsigned: [Int] = []
    }

    /// Where the proof fails: a file, a line of it if there is one, and why.
    public struct Failure: Error, CustomStringConvertible, Equatable, Phrase {
        /// `cannotReplay`: the history has no baseline, or lines an older
        /// Samen wrote without their day; nothing says the files are wrong,
        /// only that they cannot be proven right. `differs`: they are not
        /// what the history makes, or the history holds what the rules refuse.
        public enum Kind: Sendable, Equatable { case cannotReplay, differs }
        public var file: String
        public var line: Int?
        /// Why, in words chosen when shown: `message` now, `phrase.en` for `--json`.
        public var phrase: any Phrase
        public var kind: Kind = .differs
        public var message: String { phrase.text }
        public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
        public var en: String { phrase.en }
        public var nl: String { phrase.nl }

        public init(file: String, line: Int?, _ phrase: any Phrase, kind: Kind = .differs) {
            self.file = file; self.line = line; self.phrase = phrase; self.kind = kind
        }

        /// Words the same in both languages (an error of the system's own).
        public init(file: String, line: Int?, message: String, kind: Kind = .differs) {
            self.init(file: file, line: line, Untranslated(message), kind: kind)
        }

        public static func == (a: Failure, b: Failure) -> Bool {
            a.file == b.file && a.line == b.line && a.phrase.en == b.phrase.en && a.kind == b.kind
        }
    }

    public static func verify(directory: String, requireSignatures: Bool = false) throws -> Report {
        try verifyRemembering(directory: directory, requireSignatures: requireSignatures).report
    }

    /// The whole proof: the baseline, every line since, every record of
    /// every file read afresh (never the cache). Also returns what was
    /// proven, for `verifyIncrementally` to go on from.
    public static func verifyRemembering(directory: String, requireSignatures: Bool = false) throws -> (report: Report, prefix: VerifiedPrefix) {
        let dir = Store.normalise(directory)
        let history = DataFile.history.name
        func fail(_ phrase: any Phrase, line: Int? = nil, file: String = history) -> Failure { Failure(file: file, line: line, phrase) }

        // The history and the files as one save left them: read again if a
        // save overlapped (a save a killed writer committed is finished first).
        let lock = try DirectoryLock(directory: dir, mode: 0o660)
        let (read, onDiskState, diskProblems) = try Store.readConsistently(dir, lock: lock, policy: try LockPolicy.fromEnvironment()) {
            () throws -> ([UInt8]?, NetworkState?, [Problem]) in
            // The ledger as far as the history covers it, as every reader reads it: lines past
            // that are no part of the books (a save killed before its history line, or added
            // outside Samen); `samen check` warns of them and the next save sets them aside.
            let bytes = try FileIO.read("\(dir)/\(history)")?.bytes
            var files = Loader(directory: dir, useCache: false)
            return (bytes, files.loadAll(), files.problems)
        }
        guard let bytes = read else { throw fail(VerifyWords.missing) }
        let parsed = try HistoryLine.parse(bytes[...], firstNumber: 1)
        guard let start = parsed.lastIndex(where: \.namesBaseline) else {
            let made = parsed.first(where: \.isCreateWithoutBaseline)
            var f = fail(VerifyWords.noBaseline(madeWithout: made != nil),
                         line: made?.number)
            f.kind = .cannotReplay
            throw f
        }
        let base = parsed[start]

        // The baseline: the files the history names, unchanged.
        guard case let .object(createPairs) = base.change, case let .object(named)? = createPairs.first(where: { $0.0 == "baseline" })?.1 else {
            throw fail(VerifyWords.baselineNotNamed, line: base.number)
        }
        let baseDir = Baseline.path(dir)
        for (name, expected) in named {
            guard Baseline.isFileName(name) else { throw fail(VerifyWords.baselineNamesNonFile(name), line: base.number) }
            let shown = "\(Baseline.directoryName)/\(name)"
            guard let (have, _) = try? FileIO.read("\(baseDir)/\(name)") else { throw fail(VerifyWords.baselineFileMissing(line: base.number), file: shown) }
            guard case let .string(fingerprint) = expected, Baseline.fingerprint(have) == fingerprint else {
                throw fail(VerifyWords.baselineFileChanged(line: base.number), file: shown)
            }
        }
        var loader = Loader(directory: baseDir, useCache: false)
        guard let baseState = loader.loadAll() else {
            throw fail(ProblemList(loader.problems), file: Baseline.directoryName)
        }
        let baselineAt = (try? base.fields.required("at") { try $0.timestamp() }) ?? Timestamp(secondsSinceEpoch: 0)
        var replay = Replay(state: baseState, requireSignatures: requireSignatures)
        try replay.signBaseline(base, at: baselineAt)
        // Every later change, through the same rules, as the same person on the same day.
        for line in parsed[(start + 1)...] { try replay.apply(line) }

        // What the files say, read afresh (never from the cache), against what the history makes.
        guard let onDisk = onDiskState else {
            throw fail(ProblemList(diskProblems), file: dir)
        }
        if let difference = Self.firstDifference(replayed: replay.state, onDisk: onDisk) { throw difference }
        let report = Report(changes: parsed.count - start - 1, baselineLine: base.number, baselineAt: baselineAt,
                            signed: replay.signed, unsigned: replay.unsigned)
        return (report, VerifiedPrefix(history: bytes[...], lines: parsed.count, report: report,
                                       state: onDisk, requireSignatures: requireSignatures))
    }

    /// The key that signed `raw`, nil when it is unsigned; a `Failure` when
    /// the signature is not over these bytes, or not by a key its author
    /// may sign with at this point of the history.
    static func checkSignature(_ raw: ArraySlice<UInt8>, fields: ChangeFields, number: Int, by: String,
                               signing: (author: Member?, keys: [SSHPublicKey]), in state: NetworkState) throws -> SSHPublicKey? {
        func fail(_ m: any Phrase) -> Failure { Failure(file: DataFile.history.name, line: number, m) }
        let text: String?
        do { text = try fields.optional("sig") { try $0.string() } } catch { throw fail(VerifyWords.signatureNotString) }
        guard let text else { return nil }
        let key: SSHPublicKey
        switch SignedLine.check(raw, claimed: text) {
        case let .success(signature): key = signature.key
        case let .failure(why): throw fail(Said.error(why))
        }
        guard let author = signing.author else {
            throw fail(VerifyWords.signedByNonMember(fingerprint: key.fingerprint, author: by))
        }
        if signing.keys.contains(where: { $0.raw == key.raw }) { return key }
        if let old = author.keys.first(where: { $0.key.raw == key.raw }), let revoked = old.revoked {
            throw fail(VerifyWords.signedWithRevokedKey(name: author.name, fingerprint: key.fingerprint, revoked: revoked.iso))
        }
        if let other = state.members.firstRecord(where: { $0.keys.contains { $0.key.raw == key.raw } }) {
            throw fail(VerifyWords.signedWithOthersKey(fingerprint: key.fingerprint, owner: other.name, author: author.name, id: by))
        }
        throw fail(VerifyWords.signedWithUnknownKey(fingerprint: key.fingerprint, author: author.name, id: by))
    }

    /// The first record whose file says something the history does not.
    /// `proven`: a state both descend from, proven before; the ledger's
    /// records it has are then the same in both when all three are of one
    /// lineage (appended to since, never otherwise changed), and only those
    /// after them are compared.
    static func firstDifference(replayed: NetworkState, onDisk: NetworkState, proven: NetworkState? = nil) -> Failure? {
        // Where the projects are kept and the file format's version are the store's, not the history's.
        var network = replayed.network
        network.formatVersion = onDisk.network.formatVersion
        network.projectShards = onDisk.network.projectShards
        if network != onDisk.network {
            return Failure(file: DataFile.network.name, line: nil,
                           VerifyWords.networkNotWhatHistoryMakes(fieldDifference(network.json, onDisk.network.json)))
        }
        if let f = compare(replayed.members.records, onDisk.members.records, file: DataFile.members.name, what: "member", id: { $0.id }) { return f }
        if let f = compare(replayed.projects.records, onDisk.projects.records, file: ProjectShards.directoryName + "/", what: "project", id: { String($0.id) }) { return f }
        if let f = compare(replayed.requests.records, onDisk.requests.records, file: DataFile.requests.name, what: "request", id: { String($0.id) }) { return f }
        if let proven, proven.ledger.lineage === replayed.ledger.lineage, proven.ledger.lineage === onDisk.ledger.lineage {
            let known = proven.ledger.count
            if replayed.ledger.count >= known, onDisk.ledger.count >= known {
                return compare(Array(replayed.ledger.records[known...]), Array(onDisk.ledger.records[known...]), file: DataFile.ledger.name,
                               what: "entry", id: { String($0.id) }, lineNumbers: true, firstLine: known + 1)
            }
        }
        return compare(replayed.ledger.records, onDisk.ledger.records, file: DataFile.ledger.name, what: "entry", id: { String($0.id) }, lineNumbers: true)
    }

    /// Both lists are in id order. `lineNumbers`: one record a line, so the
    /// position on disk is the line (the ledger).
    static func compare<R: JSONRecord & Equatable>(_ replayed: [R], _ disk: [R], file: String, what: String,
                                                    id: (R) -> String, lineNumbers: Bool = false, firstLine: Int = 1) -> Failure? {
        // Equal, and at once when both share their storage (a state proven before and read since).
        if replayed == disk { return nil }
        let history = Dictionary(replayed.map { (id($0), $0) }, uniquingKeysWith: { a, _ in a })
        for (i, record) in disk.enumerated() {
            let line = lineNumbers ? i + firstLine : nil
            guard let made = history[id(record)] else {
                return Failure(file: file, line: line, VerifyWords.notInHistory(what, id: id(record)))
            }
            if made != record {
                return Failure(file: file, line: line, VerifyWords.notWhatHistoryMakes(what, id: id(record), difference: fieldDifference(made.json, record.json)))
            }
        }
        let onDisk = Set(disk.map(id))
        if let gone = replayed.first(where: { !onDisk.contains(id($0)) }) {
            return Failure(file: file, line: nil, VerifyWords.recordMissing(what, id: id(gone)))
        }
        return nil
    }

    /// "amount: the file says 125000, the history 1250".
    static func fieldDifference(_ history: JSONValue, _ file: JSONValue) -> VerifyWords.Difference {
        guard case let .object(h) = history, case let .object(f) = file else { return .differs }
        let made = Dictionary(h, uniquingKeysWith: { a, _ in a }), found = Dictionary(f, uniquingKeysWith: { a, _ in a })
        for key in (h.map(\.0) + f.map(\.0)) where made[key] != found[key] {
            func show(_ v: JSONValue?) -> String? { v.map { String(decoding: JSONWriter.line($0), as: UTF8.self) } }
            return .field(key, file: show(found[key]), history: show(made[key]))
        }
        return .differs
    }
}
