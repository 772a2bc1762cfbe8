#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A redo journal that makes a save of several files, its ledger lines and
/// its history line land together, or not at all. (A save that only adds
/// ledger lines commits through its history line instead: `HistoryCommit`.)
///
/// A writer, under the exclusive lock, first stages every new file beside
/// its target (synced, under an unpredictable name), then writes this
/// journal naming the renames and appends still to do. The journal is one
/// file, `.samen-journal`, written in place: a header line with the length
/// and checksum of what follows, then the steps. Its `fdatasync` is the
/// commit point. Only then are the files renamed into place and the lines
/// appended, and the journal emptied. An empty (or absent) journal means no
/// save is under way. Writing in place costs one data sync; creating,
/// syncing, renaming and removing a new file each save cost a metadata
/// commit of the file system and tripled the time of an append (0.4 to
/// 1.6 ms at S100).
///
/// Whoever next finds a committed journal without a live writer rolls it
/// forward: each step can be done again without harm, so a crash during the
/// roll-forward only means doing it once more. A journal whose checksum does
/// not match was torn by a crash while it was written: its save never
/// committed (nothing was done before the sync returned), so it counts as
/// empty. Staged files without a committed journal belong to a save that
/// never committed and are removed.
struct SaveJournal: Equatable {
    /// A staged file (or, for the move to shards, a staged directory) and
    /// where it goes; both relative to the data directory.
    struct Rename: Equatable {
        var staged: String
        var target: String
    }

    /// Lines to append to an append-only file that was `before` bytes long
    /// when the save was planned.
    struct Append: Equatable {
        var file: String
        var before: Int64
        var bytes: [UInt8]
        var mode: UInt16
    }

    var renames: [Rename] = []
    var appends: [Append] = []
    /// Files that only repeat old data once the renames are done.
    var removes: [String] = []

    static let fileName = ".samen-journal"
    /// Marks staged files: `.<name>.stage-<random>`.
    static let stageMarker = ".stage-"

    static func path(_ directory: String) -> String { "\(directory)/\(fileName)" }

    static func exists(_ directory: String) -> Bool { stamp(directory) != nil }

    /// Which journal is there, if any: a reader tells one save's from the
    /// next's (each commit changes the file's time and size). Nil when the
    /// journal is empty or absent. A torn one counts until the next writer or
    /// reader with the lock empties it (`recover`).
    static func stamp(_ directory: String) -> FileIO.Stamp? {
        var st = stat()
        guard lstat(path(directory), &st) == 0, st.st_size > 0 else { return nil }
        // Cleared in place: the size stays, the first line says so.
        if st.st_size >= headerWidth, (st.st_mode & S_IFMT) == S_IFREG {
            let fd = open(path(directory), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
            if fd >= 0 {
                defer { close(fd) }
                var head = [UInt8](repeating: 0, count: headerWidth)
                if pread(fd, &head, headerWidth, 0) == headerWidth, head == clearedHeader { return nil }
            }
        }
        return FileIO.stamp(of: st)
    }

    /// The first line of a journal: what follows is `length` bytes whose
    /// FNV-1a 64 is `checksum`. A save of an older Samen wrote the JSON alone.
    static let magic = "samen-journal 1"

    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// The whole file a commit writes.
    var fileBytes: [UInt8] {
        let body = JSONWriter.line(json) + [0x0A]
        return Self.header(length: body.count, checksum: Self.checksum(body)) + body
    }

    /// The first line, always `headerWidth` bytes (numbers padded with
    /// zeros): a save overwrites the one before in place, and a cleared
    /// journal is only this line saying "0 bytes follow".
    static func header(length: Int, checksum: UInt64) -> [UInt8] {
        let digits = String(length), hex = String(checksum, radix: 16)
        let line = "\(magic) \(String(repeating: "0", count: max(0, 10 - digits.count)))\(digits) \(String(repeating: "0", count: 16 - hex.count))\(hex)\n"
        return Array(line.utf8)
    }

    static let headerWidth = 44

    /// What a cleared journal starts with: no save under way. The bytes
    /// after it are an earlier save's, done long ago.
    static let clearedHeader = header(length: 0, checksum: checksum([]))

    // MARK: Reading and writing the journal

    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("renames", .array(renames.map { r in
            var o = JSONObjectBuilder(); o.set("staged", r.staged); o.set("target", r.target); return o.value
        }))
        b.set("appends", .array(appends.map { a in
            var o = JSONObjectBuilder()
            o.set("file", a.file); o.set("before", a.before); o.set("mode", Int(a.mode))
            o.set("text", String(decoding: a.bytes, as: UTF8.self))
            return o.value
        }))
        b.set("removes", removes)
        return b.value
    }

    /// Makes the save durable as one step: staged files and directories are
    /// synced by the caller first, so everything the journal names survives a crash.
    func commit(to directory: String, mode: UInt16) throws {
        for a in appends where Array(String(decoding: a.bytes, as: UTF8.self).utf8) != a.bytes {
            throw FileIO.Failure(StoreWords.linesNotUTF8(a.file))
        }
        let target = Self.path(directory)
        let bytes = fileBytes
        if let fd = try Self.openForWriting(directory) {
            defer { close(fd) }
            // Cleared, as `recover` left it under this same lock, and written
            // over in place: the header says how much of the file is this
            // save's, so the tail of a longer one before does not matter, and
            // the file keeps its blocks. Growing or cutting it each save cost
            // the file system a metadata commit on every sync (the journal's
            // sync took 0.4 ms at S100, a ledger entry twice the time it had
            // before there was a journal).
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, $0.count - done, off_t(done)) }
                if n < 0 { if errno == EINTR { continue }; throw FileIO.fail(.commitIn, target) }
                done += n
            }
            guard fdatasync(fd) == 0 else { throw FileIO.fail(.commitIn, target) }
            return
        }
        // The first save in this directory: the journal is made once, as every new file is.
        let staged = try FileIO.stage(target, in: directory, bytes: bytes, newFileMode: mode)
        if rename(staged, target) != 0 {
            let code = errno
            unlink(staged)
            throw FileIO.fail(.commitAs, target, code)
        }
        try FileIO.syncDirectory(directory)
    }

    /// The journal, opened to be written in place; nil when there is none
    /// yet. Never through a link, and never a file with other names: it sits
    /// where the whole group may write.
    static func openForWriting(_ directory: String) throws -> Int32? {
        let file = path(directory)
        let fd = open(file, O_WRONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            // Made by another member with a mode that shuts others out: the
            // directory is the group's, so it is replaced (or removed) instead.
            if errno == ENOENT || errno == EACCES { return nil }
            throw FileIO.fail(.openJournal, file)
        }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_nlink == 1 else {
            close(fd)
            throw FileIO.Failure(StoreWords.journalNotPlain(file))
        }
        return fd
    }

    /// Marks the save done: the first line says nothing follows. Not
    /// synced: a journal that comes back after a power cut is done again,
    /// which changes nothing, and the next commit overwrites it with a
    /// synced one. The header is one write of 44 bytes at the start of the
    /// file, within one disk sector, so a crash leaves the old or the new.
    static func clear(_ directory: String) throws {
        guard let fd = try openForWriting(directory) else {
            if unlink(path(directory)) != 0 && errno != ENOENT { throw FileIO.fail(.remove, path(directory)) }
            return
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw FileIO.fail(.emptyJournal, path(directory)) }
        // Shorter than a header: a first journal torn while it was written.
        if st.st_size < headerWidth {
            guard ftruncate(fd, 0) == 0 else { throw FileIO.fail(.emptyJournal, path(directory)) }
            return
        }
        let header = clearedHeader
        let n = header.withUnsafeBytes { pwrite(fd, $0.baseAddress!, $0.count, 0) }
        guard n == header.count else { throw FileIO.fail(.emptyJournal, path(directory)) }
    }

    /// Reads the journal an interrupted save left; nil when there is none.
    /// A journal sits in a directory the whole group may write, so it is
    /// believed only as far as it names Samen's own files.
    static func read(_ directory: String) throws -> SaveJournal? {
        let file = path(directory)
        let fd = open(file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw FileIO.fail(.openInterruptedJournal, file)
        }
        defer { close(fd) }
        func bad(_ why: JournalFault) -> StoreError {
            StoreError(file: file, StoreWords.journalNotOurs(why: why))
        }
        var info = stat()
        guard fstat(fd, &info) == 0, let st = FileIO.stamp(fd: fd) else { throw FileIO.fail(.stat, file) }
        guard (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink == 1 else {
            throw StoreError(file: file, StoreWords.journalNotPlainNothingChanged)
        }
        guard st.size <= 64 << 20 else { throw bad(.tooLarge) }
        guard st.size > 0 else { return nil }
        let whole = try readRange(fd, from: 0, to: st.size, path: file)
        let bytes: ArraySlice<UInt8>
        if whole.first == UInt8(ascii: "{") {
            bytes = whole[...]  // an older Samen's journal: renamed into place whole, so never torn
        } else {
            let start = Array((magic + " ").utf8)
            // A header cut short by a crash is a prefix of the magic, or zeros; anything else was planted.
            guard whole.starts(with: start) || start.starts(with: whole) || whole.allSatisfy({ $0 == 0 }) else { throw bad(.noHeader) }
            guard let newline = whole.firstIndex(of: 0x0A) else { return nil }
            let head = String(decoding: whole[..<newline], as: UTF8.self).split(separator: " ")
            guard head.count == 4, "\(head[0]) \(head[1])" == magic else { throw bad(.noHeader) }
            guard let length = Int(head[2]), let sum = UInt64(head[3], radix: 16), length >= 0 else { throw bad(.noHeader) }
            if length == 0 { return nil }  // cleared
            let rest = whole[(newline + 1)...]
            // Torn by a crash while it was written: that save never committed.
            // What follows its length is an earlier, longer journal's tail.
            guard rest.count >= length, checksum(Array(rest.prefix(length))) == sum else { return nil }
            bytes = rest.prefix(length)
        }
        let value: JSONValue
        do { value = try JSONParser.parse(Array(bytes)) } catch { throw bad(.unreadable(Said.error(error))) }
        guard case let .object(fields) = value else { throw bad(.notAnObject) }
        func field(_ o: [(String, JSONValue)], _ key: String) -> JSONValue? { o.first { $0.0 == key }?.1 }
        var journal = SaveJournal()
        guard case let .array(renames)? = field(fields, "renames"), case let .array(appends)? = field(fields, "appends"),
              case let .array(removes)? = field(fields, "removes") else { throw bad(.partsMissing) }
        for r in renames {
            guard case let .object(o) = r, case let .string(staged)? = field(o, "staged"), case let .string(target)? = field(o, "target"),
                  isTarget(target), isStaged(staged, for: target) else { throw bad(.foreignRename) }
            journal.renames.append(Rename(staged: staged, target: target))
        }
        for a in appends {
            guard case let .object(o) = a, case let .string(name)? = field(o, "file"), case let .int(before)? = field(o, "before"),
                  case let .int(mode)? = field(o, "mode"), case let .string(text)? = field(o, "text"),
                  isAppendTarget(name), before >= 0, (0...0o777).contains(mode) else {
                throw bad(.foreignAppend)
            }
            journal.appends.append(Append(file: name, before: before, bytes: Array(text.utf8), mode: UInt16(mode)))
        }
        for r in removes {
            guard case let .string(name) = r, name == ProjectShards.legacyFile else { throw bad(.foreignRemoval(ProjectShards.legacyFile)) }
            journal.removes.append(name)
        }
        return journal
    }

    /// A file a journal may replace: any data file (the ledger and the
    /// history only when a directory is created), a shard, or `projects/`.
    static func isTarget(_ relative: String) -> Bool {
        if relative == ProjectShards.directoryName || relative == Baseline.directoryName { return true }
        if let f = DataFile(rawValue: relative) { return f != .projects }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == Substring(ProjectShards.directoryName) && ProjectShards.index(ofFileName: String(parts[1])) != nil
    }

    /// The files a save may append to: the ledger and history, and a shard
    /// of projects whose new lines all come after the ones it has (a new
    /// project goes at the end of the last shard).
    static func isAppendTarget(_ relative: String) -> Bool {
        if relative == DataFile.ledger.name || relative == DataFile.history.name { return true }
        return relative.contains("/") && isTarget(relative)
    }

    static func isStaged(_ staged: String, for target: String) -> Bool {
        if target == ProjectShards.directoryName { return staged == ProjectShards.stagingName }
        if target == Baseline.directoryName { return staged == Baseline.stagingName }
        let (dir, name) = split(target)
        let prefix = (dir.isEmpty ? "" : dir + "/") + "." + name + stageMarker
        guard staged.hasPrefix(prefix) else { return false }
        let suffix = staged.dropFirst(prefix.count)
        return !suffix.isEmpty && suffix.allSatisfy { $0.isHexDigit }
    }

    /// "projects/x.jsonl" -> ("projects", "x.jsonl"); "members.jsonl" -> ("", "members.jsonl").
    static func split(_ relative: String) -> (String, String) {
        guard let slash = relative.lastIndex(of: "/") else { return ("", relative) }
        return (String(relative[..<slash]), String(relative[relative.index(after: slash)...]))
    }

    // MARK: Doing what it says

    /// The steps of a roll-forward, for tests that stop a writer between them.
    enum Step: Equatable, Sendable {
        case renamed(Int), appended(String), removed
    }

    /// Whether a reader may do this journal's steps while its writer still
    /// holds the lock: renaming a file and writing lines at a fixed offset
    /// come out the same whoever does them first, but replacing `projects/`
    /// means removing the old one, which only the lock holder may do.
    var isSafeToHelp: Bool { !renames.contains { $0.target == ProjectShards.directoryName || $0.target == Baseline.directoryName } }

    /// Does every step not yet done, then removes the journal. Safe to run
    /// any number of times, and after a crash at any point of an earlier run.
    /// Returns the stamps of the files it put in place or appended to.
    @discardableResult
    func rollForward(in directory: String, after: (Step) throws -> Void = { _ in }) throws -> [String: FileIO.Stamp] {
        let stamps = try complete(in: directory, after: after)
        for name in removes where unlink("\(directory)/\(name)") != 0 && errno != ENOENT {
            throw FileIO.fail(.remove, "\(directory)/\(name)")
        }
        try Self.clear(directory)
        if !removes.isEmpty { try after(.removed) }
        return stamps
    }

    /// The renames and appends, without removing anything: what a reader
    /// may do for a writer that stopped after committing (`isSafeToHelp`).
    @discardableResult
    func complete(in directory: String, after: (Step) throws -> Void = { _ in }) throws -> [String: FileIO.Stamp] {
        var directories: Set<String> = []
        for (i, r) in renames.enumerated() {
            let staged = "\(directory)/\(r.staged)", target = "\(directory)/\(r.target)"
            var st = stat()
            if lstat(staged, &st) == 0 {
                if r.target == ProjectShards.directoryName, FileIO.isDirectory(target) { try ProjectShards.removeWrittenDirectory(target) }
                // A new baseline replaces the one before.
                if r.target == Baseline.directoryName, FileIO.isDirectory(target) { try Baseline.remove(target) }
                // ENOENT: a reader helping a stopped writer renamed it first.
                if rename(staged, target) != 0 && !(errno == ENOENT && lstat(staged, &st) != 0) {
                    throw FileIO.fail(.moveIntoPlace, target)
                }
            }
            // Else it was renamed before: staged files are synced before the journal is written.
            let (dir, _) = Self.split(r.target)
            directories.insert(dir.isEmpty ? directory : "\(directory)/\(dir)")
            try after(.renamed(i + 1))
        }
        // Every step is written first and synced after: each is durable
        // before the journal is emptied, which is all the journal needs, and
        // a journalling file system (ext4, XFS) commits the renames and both
        // appends in the transaction of the first sync, so the rest cost
        // little. Syncing each as it was done cost one more disk flush per
        // file (a ledger entry 0.4 ms at S100 against 0.2 before the journal).
        var written: [WrittenAppend] = []
        // Every file opened is closed, whichever step fails.
        defer { for w in written { w.release() } }
        for a in appends {
            written.append(try Self.write(a, in: directory))
            try after(.appended(a.file))
        }
        for d in directories.sorted() { try FileIO.syncDirectory(d) }
        var stamps: [String: FileIO.Stamp] = [:]
        for r in renames { stamps[r.target] = FileIO.stamp("\(directory)/\(r.target)") }
        for (a, w) in zip(appends, written) { stamps[a.file] = try w.sync() }
        return stamps
    }

    /// An append-only file whose new lines are written and not yet synced.
    struct WrittenAppend {
        let directoryFD: Int32, fd: Int32, path: String

        func sync() throws -> FileIO.Stamp {
            try FileIO.fsyncOrFail(fd, path: path)
            guard let after = FileIO.stamp(fd: fd) else { throw FileIO.fail(.stat, path) }
            return after
        }

        func release() {
            close(fd)
            close(directoryFD)
        }
    }

    /// Appends `a` unless it is already there: the bytes after `before` are
    /// its lines. After a part of them (a crash mid-append) they are written
    /// again at the same offset, so two processes doing this at once write
    /// the same bytes to the same place; anything else means someone else
    /// changed the file, and nothing is touched.
    static func write(_ a: Append, in directory: String) throws -> WrittenAppend {
        let path = "\(directory)/\(a.file)"
        // Never created here: a missing ledger is an error, not a file to start afresh.
        let (dfd, fd) = try FileIO.openAppendOnly(path, in: FileIO.parent(path))
        let opened = WrittenAppend(directoryFD: dfd, fd: fd, path: path)
        do {
            guard let st = FileIO.stamp(fd: fd) else { throw FileIO.fail(.stat, path) }
            let end = a.before + Int64(a.bytes.count)
            let have = try readRange(fd, from: a.before, to: min(st.size, end), path: path)
            // Already there (a roll-forward done before): synced again all the
            // same, since whoever wrote it may have died before its sync.
            if st.size >= end && have == a.bytes { return opened }
            guard st.size >= a.before, st.size <= end, have == Array(a.bytes.prefix(have.count)) else {
                throw FileIO.Failure(StoreWords.notAsLeft(path, size: Int64(st.size), before: Int64(a.before), end: Int64(end)))
            }
            var done = 0
            while done < a.bytes.count {
                let n = a.bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, $0.count - done, off_t(a.before) + off_t(done)) }
                if n < 0 { if errno == EINTR { continue }; throw FileIO.fail(.write, path) }
                done += n
            }
            return opened
        } catch {
            opened.release()
            throw error
        }
    }

    private static func readRange(_ fd: Int32, from: Int64, to: Int64, path: String) throws -> [UInt8] {
        guard to > from else { return [] }
        var buf = [UInt8](repeating: 0, count: Int(to - from))
        var done = 0
        while done < buf.count {
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(from) + off_t(done)) }
            if n < 0 { if errno == EINTR { continue }; throw FileIO.fail(.read, path) }
            if n == 0 { break }
            done += n
        }
        return Array(buf[..<done])
    }

    // MARK: Leftovers

    /// Removes staged files (and a staged shard directory) of saves that
    /// never committed. Only under the exclusive lock, with no journal left.
    static func removeUncommitted(in directory: String) throws {
        for dir in [directory, "\(directory)/\(ProjectShards.directoryName)"] {
            for name in ProjectShards.entries(dir) ?? [] where name.hasPrefix(".") && name.contains(stageMarker) {
                if unlink("\(dir)/\(name)") != 0 && errno != ENOENT { throw FileIO.fail(.removeUnsaved, "\(dir)/\(name)") }
            }
        }
        let staging = "\(directory)/\(ProjectShards.stagingName)"
        if FileIO.isDirectory(staging) { try ProjectShards.removeWrittenDirectory(staging) }
        let baseline = "\(directory)/\(Baseline.stagingName)"
        if FileIO.isDirectory(baseline) { try Baseline.remove(baseline) }
    }

    /// Finishes an interrupted save, if there is one, and clears away
    /// uncommitted ones, a ledger-only save's too (`HistoryCommit`), unless
    /// the caller knows the ledger and the history are as its own committed
    /// save left them (`ledgerCommitted`). The caller holds the exclusive lock.
    static func recover(in directory: String, ledgerCommitted: Bool = false) throws {
        guard stamp(directory) != nil else {
            try removeUncommitted(in: directory)
            if !ledgerCommitted { try HistoryCommit.recover(in: directory) }
            return
        }
        if let journal = try read(directory) {
            do { try journal.rollForward(in: directory) } catch let f as FileIO.Failure {
                throw StoreError(file: path(directory), StoreWords.interruptedNotFinished(f))
            }
        } else {
            try clear(directory)  // torn: its save never committed
        }
        try removeUncommitted(in: directory)
        try HistoryCommit.recover(in: directory)
    }
}

extension FileIO {
    /// Writes `bytes` to a new file beside `path`, under a name nobody can
    /// guess, created exclusively and never through a symlink; synced, but
    /// not yet in place. Returns the new file's path.
    static func stage(_ path: String, in directory: String, bytes: [UInt8], newFileMode: UInt16) throws -> String {
        // `FileIO.stage`, under the journal's own marker, so recovery knows a save's staged files.
        let name = try stage(path, in: directory, with: bytes, newFileMode: newFileMode) {
            ".\($0)\(SaveJournal.stageMarker)\(randomHex())"
        }
        return "\(directory)/\(name)"
    }

    static func randomHex() -> String { unpredictableSuffix() }
}
