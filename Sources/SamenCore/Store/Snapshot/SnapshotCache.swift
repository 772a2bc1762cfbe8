#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A load-time cache of the parsed data files in `DIR/.samen-cache/`, so
/// opening a large network (110 MB of JSON at S100) decodes compact binary
/// snapshots instead of parsing every line again.
///
/// The JSON files stay the only record of truth: a snapshot is used only
/// when it provably describes the file as it is now, and is otherwise
/// ignored and rewritten. `samen check` never uses it.
///
/// - A record file's snapshot (members, projects, requests) is valid while
///   the file's identity is unchanged: device, inode, size, mtime and ctime.
///   Every write changes ctime, and the kernel sets it, never a user. A file
///   is only snapshotted once it has *settled* (its ctime is two seconds
///   old), so a second write within the same clock tick as the first, which
///   would leave the identity unchanged, cannot be mistaken for no write.
/// - The ledger only grows, so its snapshot covers a prefix: valid while the
///   file has the same inode, is at least that long, and the last 64 KiB of
///   the prefix are byte-for-byte what they were, and the file has not been
///   written since without growing (a rewrite in place, not an append).
///   Lines appended since are parsed as usual. An edit in place far before
///   the end *and* an append after it, with no load between, is the one
///   change this does not see without reading the whole prefix; the ledger
///   is append-only, and `samen check` never uses the cache.
/// - Each snapshot carries the schema fingerprint (`SnapshotSchema`) and a
///   checksum of its payload: a different build or a file damaged by a crash
///   is ignored, never half-read.
///
/// Writing is best effort (a read-only data directory simply gets no cache)
/// and atomic (temp file, rename), so concurrent loaders never see a mix.
///
/// The directory is shared by a Unix group, so a snapshot is only ever read
/// from the reader's own `.samen-cache/<uid>/`: a real directory (not a
/// link) owned by the effective user and writable by nobody else, reached
/// through descriptors opened without following links, holding plain files
/// of that user. Another member can delete or rename it (the cache is then
/// rebuilt), but never put a snapshot in it, so nothing they write can make
/// a reader see, or a writer save, what the data files do not say.
struct SnapshotCache {
    let dataDirectory: String
    /// Shared by the group: the markers, and one directory per user.
    var sharedDirectory: String { "\(dataDirectory)/.samen-cache" }
    var userDirectoryName: String { String(geteuid()) }
    var directory: String { "\(sharedDirectory)/\(userDirectoryName)" }

    /// How old a file's last change must be before it is snapshotted
    /// (tests shorten it rather than sleep).
    var settleNanos: Int64 = 2_000_000_000
    /// Ledger entries per chunk, at most four chunks: enough to share the
    /// decoding over the cores beside the record files.
    var entriesPerChunk = 50_000
    /// How much of the ledger's covered prefix is compared byte for byte.
    static let ledgerGuardBytes: Int64 = 65_536
    /// Appended ledger bytes beyond the snapshot after which it is refreshed.
    static let ledgerRefreshBytes: Int64 = 2 << 20
    private static let magic: UInt64 = 0x504E_5353_4E45_4D41  // "AMENSSNP", little-endian

    init(dataDirectory: String) { self.dataDirectory = dataDirectory }

    init(dataDirectory: String, settleNanos: Int64, entriesPerChunk: Int = 50_000) {
        self.dataDirectory = dataDirectory
        self.settleNanos = settleNanos
        self.entriesPerChunk = entriesPerChunk
    }

    /// A data file's snapshot, by the file's path relative to the data
    /// directory (`members.jsonl`, `projects/000001-005000.jsonl`): one
    /// flat directory, so a shard's `/` becomes `-`.
    func path(_ name: String) -> String {
        "\(directory)/\(fileName(name))"
    }

    func fileName(_ name: String) -> String { "\(name.replacingOccurrences(of: "/", with: "-")).snapshot" }

    // MARK: Trust

    /// The user's own cache directory, opened, when it can be trusted (see
    /// the type's comment); with `create`, made first if it is missing.
    /// Nil otherwise: the load then parses the files, as without a cache.
    func openUserDirectory(create: Bool, fileMode: UInt16 = 0o660) -> Int32? {
        var top = open(sharedDirectory, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if top < 0 && create && errno == ENOENT {
            guard makeSharedDirectory(fileMode: fileMode) else { return nil }
            top = open(sharedDirectory, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        }
        guard top >= 0 else { return nil }
        defer { close(top) }
        var fd = openat(top, userDirectoryName, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 && create && errno == ENOENT {
            guard mkdirat(top, userDirectoryName, 0o700) == 0 || errno == EEXIST else { return nil }
            removeSharedSnapshots(top)
            fd = openat(top, userDirectoryName, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if fd >= 0 { fchmod(fd, 0o700) }
        }
        guard fd >= 0 else { return nil }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR, st.st_uid == geteuid(), st.st_mode & 0o022 == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Snapshots this user wrote where every user's once went, straight in
    /// `.samen-cache/`: never read again, so they only take room.
    private func removeSharedSnapshots(_ top: Int32) {
        guard let names = ProjectShards.entries(sharedDirectory) else { return }
        for name in names where name.hasSuffix(".snapshot") || name == Self.projectListName || FileIO.isTemporaryName(name) || name.contains(".snapshot.tmp-") {
            if let st = FileIO.entry(top, name), st.st_uid == geteuid(), (st.st_mode & S_IFMT) == S_IFREG { unlinkat(top, name, 0) }
        }
    }

    /// Opens a snapshot in the user's directory: a plain file of the user's, not a link.
    private func openSnapshot(_ dfd: Int32, _ file: String) -> Int32? {
        let fd = openat(dfd, file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == geteuid(), st.st_mode & 0o022 == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    func path(_ f: DataFile) -> String { path(f.name) }

    // MARK: Header

    /// The fixed part of a snapshot file, before its payload.
    struct Header: Equatable {
        var source: FileIO.Stamp
        /// Bytes of the source the snapshot describes: all of a record file, a prefix of the ledger.
        var covered: Int64
        /// Checksum of the ledger's last `ledgerGuardBytes` before `covered`; 0 for record files.
        var guardSum: UInt64
        /// The line number after the covered bytes (the ledger's next line).
        var nextLine: Int64
        var payloadLength: Int64
        var payloadSum: UInt64

        static let size = 8 * 16

        func write(to w: inout SnapshotWriter) {
            w.int(Int64(bitPattern: SnapshotCache.magic)); w.int(Int64(bitPattern: SnapshotSchema.fingerprint))
            w.int(Int64(bitPattern: source.device)); w.int(Int64(bitPattern: source.inode)); w.int(source.size)
            w.int(source.mtimeSeconds); w.int(source.mtimeNanos); w.int(source.ctimeSeconds); w.int(source.ctimeNanos)
            w.int(covered); w.int(Int64(bitPattern: guardSum)); w.int(nextLine); w.int(payloadLength)
            w.int(Int64(bitPattern: payloadSum)); w.int(0); w.int(0)  // room to grow
        }

        init(source: FileIO.Stamp, covered: Int64, guardSum: UInt64, nextLine: Int64, payloadLength: Int64, payloadSum: UInt64) {
            self.source = source; self.covered = covered; self.guardSum = guardSum; self.nextLine = nextLine
            self.payloadLength = payloadLength; self.payloadSum = payloadSum
        }

        /// Nil when the bytes are not a snapshot of this schema.
        init?(_ r: inout SnapshotReader) {
            guard let magic = try? r.int(), UInt64(bitPattern: magic) == SnapshotCache.magic,
                  let schema = try? r.int(), UInt64(bitPattern: schema) == SnapshotSchema.fingerprint,
                  let v = try? (0..<14).map({ _ in try r.int() }) else { return nil }
            source = FileIO.Stamp(device: UInt64(bitPattern: v[0]), inode: UInt64(bitPattern: v[1]), size: v[2],
                                  mtimeSeconds: v[3], mtimeNanos: v[4], ctimeSeconds: v[5], ctimeNanos: v[6])
            covered = v[7]; guardSum = UInt64(bitPattern: v[8]); nextLine = v[9]; payloadLength = v[10]
            payloadSum = UInt64(bitPattern: v[11])
        }
    }

    /// Reads a snapshot file and hands its checked payload to `decode`; nil
    /// when there is none, it is of another schema, damaged, or `accept`
    /// refuses its header.
    private func load<T>(_ name: String, accept: (Header) -> Bool, decode: (inout SnapshotReader, Header) throws -> T) -> T? {
        guard let dfd = openUserDirectory(create: false) else { return nil }
        defer { close(dfd) }
        guard let fd = openSnapshot(dfd, fileName(name)) else { return nil }
        defer { close(fd) }
        guard let read = try? FileIO.read(fd: fd, path: path(name)), read.bytes.count >= Header.size else { return nil }
        return read.bytes.withUnsafeBytes { raw -> T? in
            var r = SnapshotReader(raw)
            guard let header = Header(&r), accept(header),
                  header.payloadLength == Int64(raw.count - Header.size) else { return nil }
            let payload = UnsafeRawBufferPointer(rebasing: raw[Header.size...])
            guard snapshotChecksum(payload) == header.payloadSum else { return nil }
            var p = SnapshotReader(payload)
            guard let value = try? decode(&p, header), p.atEnd else { return nil }
            return value
        }
    }

    /// Writes a snapshot through `write`, which writes the payload after
    /// the header's place and returns the header; it may also fill in
    /// earlier parts of the payload with `pwrite`. Temp file and rename, so
    /// a reader sees the old snapshot or the new one.
    private func store(_ name: String, mode: UInt16, _ write: (Int32, String) throws -> Header) {
        guard let dfd = openUserDirectory(create: true, fileMode: mode) else { return }
        defer { close(dfd) }
        let file = fileName(name)
        let tempName = FileIO.temporaryName(for: file)
        let temp = "\(directory)/\(tempName)"
        // Only this user reads it: 0600 whatever the data's mode.
        let fd = openat(dfd, tempName, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(0o600))
        guard fd >= 0 else { return }
        var ok = fchmod(fd, 0o600) == 0
        if ok, lseek(fd, off_t(Header.size), SEEK_SET) == off_t(Header.size), let header = try? write(fd, temp) {
            var w = SnapshotWriter(capacity: Header.size)
            header.write(to: &w)
            ok = w.bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) } == Header.size
        } else {
            ok = false
        }
        // No fsync: after a crash a damaged snapshot fails its checksum and is
        // rebuilt; the data files themselves were synced when they were written.
        ok = close(fd) == 0 && ok
        if !ok || renameat(dfd, tempName, dfd, file) != 0 { unlinkat(dfd, tempName, 0) }
    }

    /// Creates `.samen-cache/` with the data's group and a mode that lets
    /// the people who may read the data make their own directory in it,
    /// sticky so none can remove or rename another's, plus the markers that
    /// keep it out of git and backups.
    private func makeSharedDirectory(fileMode: UInt16) -> Bool {
        let dirMode = ProjectShards.directoryMode(fileMode)
        guard mkdir(sharedDirectory, mode_t(dirMode)) == 0 || errno == EEXIST else { return false }
        let fd = open(sharedDirectory, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_uid == geteuid() else { return true }  // another's: theirs to set up
        var parent = stat()
        if stat(dataDirectory, &parent) == 0 { _ = fchown(fd, uid_t.max, parent.st_gid) }
        fchmod(fd, mode_t(dirMode) | S_ISVTX | (parent.st_mode & S_ISGID))
        let markers = [
            (".gitignore", "# Samen's load cache: safe to delete, rebuilt when needed.\n*\n"),
            ("CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n# Samen's load cache (https://bford.info/cachedir/)\n"),
        ]
        for (name, text) in markers {
            let m = openat(fd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(fileMode & 0o664))
            if m >= 0 {
                fchmod(m, mode_t(fileMode & 0o664))
                _ = Array(text.utf8).withUnsafeBytes { try? FileIO.writeAll(m, $0, path: name) }
                close(m)
            }
        }
        return true
    }

    // MARK: Record files

    /// What a record file's snapshot holds: the records in id order, the
    /// line each came from, and each record's byte range in the file.
    struct Records<Record> {
        var records: [Record]
        var lines: [Int]
        var ranges: [Range<Int>]
    }

    /// The snapshot of `f`, if it describes the file whose identity is `current`.
    func records<R: SnapshotCodable>(_ name: String, current: FileIO.Stamp) -> Records<R>? {
        load(name, accept: { $0.source == current && $0.covered == current.size }) { r, _ in
            let records: [R] = try r.records()
            let lines = try r.array { Int(try $0.int32()) }
            let ranges = try r.array { r -> Range<Int> in
                let start = try r.smallInt(), end = try r.smallInt()
                guard start <= end, end <= current.size else { throw SnapshotReader.Corrupt() }
                return start..<end
            }
            guard lines.count == records.count, ranges.count == records.count else { throw SnapshotReader.Corrupt() }
            return Records(records: records, lines: lines, ranges: ranges)
        }
    }

    /// Snapshots a record file just parsed from `source`, if it has settled.
    func storeRecords<R: SnapshotCodable>(_ name: String, _ content: Records<R>, source: FileIO.Stamp, mode: UInt16, now: Int64) {
        guard settled(source, now: now) else { return }
        store(name, mode: mode) { fd, temp in
            // Written a few megabytes at a time, so the encoded copy never
            // sits whole in memory beside the records.
            var w = SnapshotWriter(capacity: 1 << 22)
            var hasher = SnapshotHasher()
            var length = 0
            func flush(final: Bool) throws {
                let n = final ? w.bytes.count : w.bytes.count & ~7  // whole words until the last piece
                guard n > 0 else { return }
                try w.bytes.withUnsafeBytes { raw in
                    let piece = UnsafeRawBufferPointer(rebasing: raw[0..<n])
                    hasher.update(piece)
                    try FileIO.writeAll(fd, piece, path: temp)
                }
                w.bytes.removeFirst(n)
                length += n
            }
            w.int32(Int32(content.records.count))
            for r in content.records {
                r.write(to: &w)
                if w.bytes.count >= 1 << 22 { try flush(final: false) }
            }
            w.array(content.lines) { $0.int32(Int32(clamping: $1)) }
            w.array(content.ranges) { $0.int($1.lowerBound); $0.int($1.upperBound) }
            try flush(final: true)
            return Header(source: source, covered: source.size, guardSum: 0, nextLine: 0,
                          payloadLength: Int64(length), payloadSum: hasher.finish())
        }
    }

    // MARK: The set of project files

    /// The project files (relative paths, in order) of the last load that
    /// passed every check. A load may skip cross-checks only while every
    /// project file comes from its snapshot *and* the set is still this one:
    /// a shard deleted by hand leaves the others' snapshots valid, and only
    /// this list shows that a file is missing.
    func projectFiles() -> [String]? {
        load(Self.projectListName, accept: { _ in true }) { r, _ in try r.strings() }
    }

    func storeProjectFiles(_ names: [String], mode: UInt16) {
        if projectFiles() == names { return }
        store(Self.projectListName, mode: mode) { fd, temp in
            var w = SnapshotWriter(capacity: 64 + names.count * 40)
            w.strings(names)
            try w.bytes.withUnsafeBytes { try FileIO.writeAll(fd, $0, path: temp) }
            return Header(source: FileIO.Stamp(device: 0, inode: 0, size: 0, mtimeSeconds: 0, mtimeNanos: 0), covered: 0, guardSum: 0,
                          nextLine: 0, payloadLength: Int64(w.bytes.count), payloadSum: w.bytes.withUnsafeBytes { snapshotChecksum($0) })
        }
    }

    /// Not a data file's name, so it cannot collide with one's snapshot.
    static let projectListName = "project-files"

    func settled(_ source: FileIO.Stamp, now: Int64) -> Bool {
        now - (source.ctimeSeconds * 1_000_000_000 + source.ctimeNanos) >= settleNanos
    }

    /// The wall clock in nanoseconds, as the kernel stamps file times.
    static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    // MARK: Ledger

    /// What the ledger's snapshot covers, and the entries in `chunks`
    /// (`LedgerSnapshot`) that decode on separate cores.
    struct Ledger {
        var entries: [LedgerEntry]
        var lines: [Int]
        /// Bytes of the ledger the entries came from, and the line after them.
        var covered: Int64
        var nextLine: Int
    }

    /// The ledger's snapshot, mapped and checked but not yet decoded, if it
    /// describes a prefix of the ledger whose identity is `current`.
    func ledger(current: FileIO.Stamp) -> LedgerSnapshot? {
        let ledgerPath = "\(dataDirectory)/\(DataFile.ledger.name)"
        guard let dfd = openUserDirectory(create: false) else { return nil }
        defer { close(dfd) }
        guard let fd = openSnapshot(dfd, fileName(DataFile.ledger.name)) else { return nil }
        defer { close(fd) }
        guard let mapped = MappedFile(fd: fd), mapped.count >= Header.size else { return nil }
        var r = SnapshotReader(mapped.bytes)
        guard let header = Header(&r),
              header.source.device == current.device, header.source.inode == current.inode,
              header.covered <= current.size, header.payloadLength == Int64(mapped.count - Header.size),
              // Written since, yet no longer: not an append but a rewrite in place (an editor's).
              current.size != header.source.size || current == header.source,
              Self.guardSum(ledgerPath, covered: header.covered) == header.guardSum else { return nil }
        // The table and the line numbers are checked here; each chunk by the job that decodes it.
        do {
            let chunkCount = try r.smallInt()
            guard chunkCount >= 0, chunkCount <= 1024 else { return nil }
            var chunks: [LedgerSnapshot.Chunk] = []
            for _ in 0..<chunkCount {
                chunks.append(LedgerSnapshot.Chunk(offset: try r.smallInt(), length: try r.smallInt(), count: try r.smallInt(),
                                                   sum: UInt64(bitPattern: try r.int())))
            }
            let lines = try r.array { Int(try $0.int32()) }
            let tableEnd = r.position
            guard snapshotChecksum(UnsafeRawBufferPointer(rebasing: mapped.bytes[Header.size..<tableEnd])) == header.payloadSum,
                  lines.count == chunks.reduce(0, { $0 + $1.count }),
                  chunks.allSatisfy({ $0.offset >= tableEnd && $0.length >= 0 && $0.count >= 0 && $0.offset + $0.length <= mapped.count })
            else { return nil }
            return LedgerSnapshot(file: mapped, chunks: chunks, lines: lines, covered: header.covered, nextLine: Int(header.nextLine))
        } catch {
            return nil
        }
    }

    /// Writes the ledger's snapshot a chunk at a time, so at most one
    /// chunk's bytes (about 10 MB at S100) are in memory beside the entries.
    func storeLedger(_ content: Ledger, source: FileIO.Stamp, mode: UInt16) {
        let ledgerPath = "\(dataDirectory)/\(DataFile.ledger.name)"
        guard content.covered > 0, let sum = Self.guardSum(ledgerPath, covered: content.covered) else { return }
        let n = content.entries.count
        let chunkCount = max(1, min(4, n / max(1, entriesPerChunk)))
        let tableLength = 8 + chunkCount * 32 + 4 + n * 4
        store(DataFile.ledger.name, mode: mode) { fd, temp in
            // The table comes first but is known last: leave its place, fill it in at the end.
            var offset = Header.size + tableLength
            guard lseek(fd, off_t(offset), SEEK_SET) == off_t(offset) else { throw SnapshotReader.Corrupt() }
            var table = SnapshotWriter(capacity: tableLength)
            table.int(chunkCount)
            for c in 0..<chunkCount {
                let range = (n * c / chunkCount)..<(n * (c + 1) / chunkCount)
                var w = SnapshotWriter(capacity: range.count * 90)
                for i in range { content.entries[i].write(to: &w) }
                try w.bytes.withUnsafeBytes { try FileIO.writeAll(fd, $0, path: temp) }
                table.int(offset); table.int(w.bytes.count); table.int(range.count)
                table.int(Int64(bitPattern: w.bytes.withUnsafeBytes { snapshotChecksum($0) }))
                offset += w.bytes.count
            }
            table.array(content.lines) { $0.int32(Int32(clamping: $1)) }
            precondition(table.bytes.count == tableLength)
            let written = table.bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(Header.size)) }
            guard written == tableLength else { throw SnapshotReader.Corrupt() }
            return Header(source: source, covered: content.covered, guardSum: sum, nextLine: Int64(content.nextLine),
                          payloadLength: Int64(offset - Header.size),
                          payloadSum: table.bytes.withUnsafeBytes { snapshotChecksum($0) })
        }
    }

    /// Checksum of the last `ledgerGuardBytes` of the ledger before `covered`.
    static func guardSum(_ path: String, covered: Int64) -> UInt64? {
        guard let fd = try? FileIO.openForReading(path) else { return nil }
        defer { close(fd) }
        let start = max(0, covered - ledgerGuardBytes)
        var buf = [UInt8](repeating: 0, count: Int(covered - start))
        var done = 0
        while done < buf.count {
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(start) + off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return nil }
            done += n
        }
        return buf.withUnsafeBytes { snapshotChecksum($0) }
    }
}
