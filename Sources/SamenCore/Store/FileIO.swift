#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin, checked wrappers over the POSIX calls the store needs. Foundation's
/// file APIs cannot fsync a directory, take an flock, or say which inode a
/// path has, and the store's promises rest on exactly those.
enum FileIO {
    /// What went wrong, in words chosen when shown (Dutch or English).
    struct Failure: Error, CustomStringConvertible, Phrase {
        var phrase: any Phrase
        init(_ phrase: some Phrase) { self.phrase = phrase }
        /// Words the same in both languages (a test's own interruption).
        init(message: String) { self.init(Untranslated(message)) }
        /// The words in the language shown now.
        var message: String { phrase.text }
        var description: String { phrase.text }
        var en: String { phrase.en }
        var nl: String { phrase.nl }
    }

    static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    static func fail(_ what: FileAction, _ path: String, _ code: Int32 = errno) -> Failure {
        Failure(StoreWords.failed(what, path: path, reason: errorText(code)))
    }

    /// What identifies a version of a file without reading it.
    struct Stamp: Equatable, Sendable {
        var device: UInt64, inode: UInt64, size: Int64, mtimeSeconds: Int64, mtimeNanos: Int64
        /// The inode change time: set by the kernel on every write and never
        /// by a user (unlike mtime, which `touch -d` or an unpacker can set).
        var ctimeSeconds: Int64 = 0, ctimeNanos: Int64 = 0
    }

    /// The identity of the entry itself: a symbolic link has its own, never its target's.
    static func stamp(_ path: String) -> Stamp? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return stamp(of: st)
    }

    static func stamp(fd: Int32) -> Stamp? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        return stamp(of: st)
    }

    static func stamp(of st: stat) -> Stamp {
        Stamp(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int64(st.st_size),
              mtimeSeconds: Int64(st.st_mtim.tv_sec), mtimeNanos: Int64(st.st_mtim.tv_nsec),
              ctimeSeconds: Int64(st.st_ctim.tv_sec), ctimeNanos: Int64(st.st_ctim.tv_nsec))
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    /// The last part of a path, as messages name a file.
    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.range(of: "/", options: .backwards) else { return "." }
        let dir = String(path[..<slash.lowerBound])
        return dir.isEmpty ? "/" : dir
    }

    /// The refusal for a symbolic link where Samen reads or writes. Another
    /// member of the group could point one at a file of the victim's
    /// (`~/.bashrc`), and a write through it would run as the victim.
    static func symbolicLinkRefusal(_ path: String) -> Failure {
        Failure(StoreWords.symbolicLink(path))
    }

    static func notRegularRefusal(_ path: String) -> Failure {
        Failure(StoreWords.notRegular(path))
    }

    static func missing(_ path: String) -> Failure {
        Failure(StoreWords.missing(path))
    }

    /// A failed open, explained: a symbolic link (`ELOOP` under `O_NOFOLLOW`)
    /// or a directory where a file belongs gets its own message.
    static func openFailure(_ what: FileAction, _ path: String, _ code: Int32) -> Failure {
        switch code {
        case ELOOP: return symbolicLinkRefusal(path)
        case ENOTDIR, EISDIR, ENXIO: return notRegularRefusal(path)
        case ENOENT: return missing(path)
        default: return fail(what, path, code)
        }
    }

    /// Opens a directory Samen writes into, never through a symbolic link
    /// (the data directory's own path is resolved once, by `Store.normalise`).
    static func openDirectory(_ path: String) throws -> Int32 {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd >= 0 { return fd }
        let code = errno
        if code == ELOOP || (code == ENOTDIR && isSymbolicLink(path)) { throw symbolicLinkRefusal(path) }
        throw fail(.openDirectory, path, code)
    }

    /// Opens a data file for reading: never through a symbolic link, never
    /// anything but a regular file (a FIFO would block the reader forever).
    /// Nil when it does not exist.
    static func openForReading(_ path: String) throws -> Int32? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw openFailure(.open, path, errno)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else { let code = errno; close(fd); throw fail(.stat, path, code) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { close(fd); throw notRegularRefusal(path) }
        return fd
    }

    /// Reads a whole file; nil when it does not exist.
    static func read(_ path: String, from offset: Int64 = 0) throws -> (bytes: [UInt8], stamp: Stamp)? {
        guard let fd = try openForReading(path) else { return nil }
        defer { close(fd) }
        return try read(fd: fd, path: path, from: offset)
    }

    static func read(fd: Int32, path: String, from offset: Int64 = 0) throws -> (bytes: [UInt8], stamp: Stamp) {
        guard let st = stamp(fd: fd) else { throw fail(.stat, path) }
        let size = max(0, Int(st.size - offset))
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, size - done, off_t(offset) + off_t(done)) }
            if n < 0 { if errno == EINTR { continue }; throw fail(.read, path) }
            if n == 0 { break }  // shrank under us; what we have is what there is
            done += n
        }
        if done < size { bytes.removeLast(size - done) }
        return (bytes, st)
    }

    /// Writes all of `bytes` at `offset`.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int64, path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, $0.count - done, off_t(offset) + off_t(done)) }
            if n < 0 { if errno == EINTR { continue }; throw fail(.write, path) }
            done += n
        }
    }

    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 { if errno == EINTR { continue }; throw fail(.write, path) }
            done += n
        }
    }

    static func fsyncOrFail(_ fd: Int32, path: String) throws {
        // An fsync error is fatal for this save and is reported; retrying could
        // report success for data the kernel already dropped.
        if fsync(fd) != 0 { throw fail(.flush, path) }
    }

    static func syncDirectory(_ dir: String) throws {
        let fd = try openDirectory(dir)
        defer { close(fd) }
        try fsyncOrFail(fd, path: dir)
    }

    /// Gives a new file the requested mode (umask must not loosen or tighten
    /// it unexpectedly) and the directory's group, as DESIGN.md asks. Changing
    /// the group may be refused when the user is not in it; that is not an error.
    static func applyModeAndGroup(_ fd: Int32, mode: UInt16, directoryFD: Int32, path: String) throws {
        if fchmod(fd, mode_t(mode)) != 0 { throw fail(.setMode, path) }
        var st = stat()
        if fstat(directoryFD, &st) == 0 { _ = fchown(fd, uid_t.max, st.st_gid) }
    }

    /// Random bits from the system (getrandom), never the pid or the time:
    /// a name another user cannot guess cannot be planted in advance.
    static func unpredictableSuffix() -> String {
        var g = SystemRandomNumberGenerator()
        let n = g.next() as UInt64
        let hex = String(n, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The name of a temporary file for `name`: hidden, and recognisable
    /// (`isTemporaryName`) so stale ones can be found and removed.
    static func temporaryName(for name: String) -> String { ".\(name).tmp-\(unpredictableSuffix())" }

    /// Whether `name` is a temporary file Samen writes (this version's
    /// random suffix, or an earlier version's pid).
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), let r = name.range(of: ".tmp-", options: .backwards) else { return false }
        let suffix = name[r.upperBound...]
        return !suffix.isEmpty && suffix.count <= 16 && suffix.allSatisfy(\.isHexDigit) && r.lowerBound > name.index(after: name.startIndex)
    }

    /// What `fstatat` says about `name` in `dirFD` without following a link;
    /// nil when there is nothing there.
    static func entry(_ dirFD: Int32, _ name: String) -> stat? {
        var st = stat()
        return fstatat(dirFD, name, &st, AT_SYMLINK_NOFOLLOW) == 0 ? st : nil
    }

    /// Replaces `path` atomically: write a temp file beside it, fsync it,
    /// rename it over the old one, fsync the directory. A reader sees the old
    /// file or the new one, never a mix; a crash leaves one of the two.
    /// Everything happens relative to the directory opened once without
    /// following links, so swapping a directory for a link mid-save changes
    /// nothing, and a link planted at `path` is refused, not replaced quietly.
    static func atomicReplace(_ path: String, in directory: String, with bytes: [UInt8], newFileMode: UInt16) throws -> Stamp {
        let temp = try stage(path, in: directory, with: bytes, newFileMode: newFileMode)
        return try commit(temp, to: path, in: directory)
    }

    /// The first half of `atomicReplace`: writes and fsyncs a new temporary
    /// file (`temporaryName`) beside `path` and returns its name, for a caller
    /// that renames several files at once after a commit point.
    static func stage(_ path: String, in directory: String, with bytes: [UInt8], newFileMode: UInt16,
                      temporaryName: (String) -> String = FileIO.temporaryName(for:)) throws -> String {
        let dfd = try openDirectory(directory)
        defer { close(dfd) }
        let name = baseName(path)
        var mode = newFileMode
        if let old = entry(dfd, name) {
            switch old.st_mode & S_IFMT {
            case S_IFLNK: throw symbolicLinkRefusal(path)
            case S_IFREG: mode = UInt16(old.st_mode & 0o777)
            default: throw notRegularRefusal(path)
            }
        }
        let temp = temporaryName(name)
        let tempPath = "\(directory)/\(temp)"
        let fd = openat(dfd, temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(0o600))
        guard fd >= 0 else { throw fail(.create, tempPath) }
        var closed = false
        defer { if !closed { close(fd) } }
        do {
            try applyModeAndGroup(fd, mode: mode, directoryFD: dfd, path: tempPath)
            try bytes.withUnsafeBytes { try writeAll(fd, $0, path: tempPath) }
            try fsyncOrFail(fd, path: tempPath)
            closed = true
            if close(fd) != 0 { throw fail(.close, tempPath) }
        } catch {
            unlinkat(dfd, temp, 0)
            throw error
        }
        return temp
    }

    /// The second half: renames the staged `temp` over `path` (refusing a
    /// link planted there since) and fsyncs the directory. On failure the
    /// temporary file is removed.
    static func commit(_ temp: String, to path: String, in directory: String) throws -> Stamp {
        let dfd = try openDirectory(directory)
        defer { close(dfd) }
        let name = baseName(path)
        do {
            if let old = entry(dfd, name), (old.st_mode & S_IFMT) == S_IFLNK { throw symbolicLinkRefusal(path) }
            if renameat(dfd, temp, dfd, name) != 0 { throw fail(.replace, path) }
            try fsyncOrFail(dfd, path: directory)
        } catch {
            unlinkat(dfd, temp, 0)
            throw error
        }
        guard let st = entry(dfd, name) else { throw fail(.stat, path) }
        return stamp(of: st)
    }

    /// Opens an append-only file (ledger, history) for writing, with its
    /// directory: it must exist (a missing ledger is never started afresh),
    /// be a plain file reached without a link, and have one name, since a
    /// hard link planted by another user would let a write land in a file of
    /// theirs choosing. The caller closes both descriptors.
    static func openAppendOnly(_ path: String, in directory: String, flags: Int32 = 0) throws -> (directory: Int32, file: Int32) {
        let dfd = try openDirectory(directory)
        let fd = openat(dfd, baseName(path), O_RDWR | flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { let code = errno; close(dfd); throw openFailure(.open, path, code) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { let code = errno; close(fd); close(dfd); throw fail(.stat, path, code) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { close(fd); close(dfd); throw notRegularRefusal(path) }
        guard st.st_nlink == 1 else {
            close(fd); close(dfd)
            throw Failure(StoreWords.hardLinks(path, names: Int(st.st_nlink)))
        }
        return (dfd, fd)
    }

    static func existingMode(_ path: String) -> UInt16? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return UInt16(st.st_mode & 0o777)
    }

    /// Appends lines to an append-only file and fsyncs it. A partial last
    /// line left by an interrupted writer is dealt with first (`repairTail`).
    /// The file must exist (a missing ledger is never started afresh), be a
    /// plain file and have one name: a hard link planted by another user
    /// would let an append land in a file of theirs choosing.
    static func append(_ path: String, in directory: String, bytes: [UInt8], newFileMode: UInt16,
                       completeLine: ([UInt8]) -> Bool) throws -> Stamp {
        let (dfd, fd) = try openAppendOnly(path, in: directory, flags: O_APPEND)
        defer { close(fd); close(dfd) }
        let prefix = try repairTail(fd, path: path, directoryFD: dfd, completeLine: completeLine)
        try (prefix + bytes).withUnsafeBytes { try writeAll(fd, $0, path: path) }
        try fsyncOrFail(fd, path: path)
        guard let after = stamp(fd: fd) else { throw fail(.stat, path) }
        return after
    }

    /// When a writer was killed mid-append, the file ends in a partial line.
    /// If that line is nevertheless complete JSON, it only lacks its newline,
    /// which is returned to be written first. Otherwise it was never
    /// acknowledged: its bytes are kept aside in `<file>.torn-<time>` for a
    /// person to look at, and the file is cut back to its last whole line.
    static func repairTail(_ fd: Int32, path: String, directoryFD dfd: Int32, completeLine: ([UInt8]) -> Bool) throws -> [UInt8] {
        guard let st = stamp(fd: fd), st.size > 0 else { return [] }
        var last: UInt8 = 0
        guard pread(fd, &last, 1, off_t(st.size - 1)) == 1 else { throw fail(.read, path) }
        if last == 0x0A { return [] }
        // Find the start of the partial line, reading backwards in blocks.
        var start = st.size
        var tail: [UInt8] = []
        let block = 4096
        search: while start > 0 {
            let from = max(0, start - Int64(block))
            var buf = [UInt8](repeating: 0, count: Int(start - from))
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(from)) }
            guard n == buf.count else { throw fail(.read, path) }
            for i in stride(from: buf.count - 1, through: 0, by: -1) where buf[i] == 0x0A {
                tail = Array(buf[(i + 1)...]) + tail
                start = from + Int64(i) + 1
                break search
            }
            tail = buf + tail
            start = from
        }
        if completeLine(tail) { return [0x0A] }
        try setAside(tail, from: fd, at: start, path: path, directoryFD: dfd)
        return []
    }

    /// Copies `tail`, the bytes of the file from `start` to its end, into
    /// `<name>.torn-<time>` beside it for a person to look at, then cuts the
    /// file back to `start`; both synced.
    static func setAside(_ tail: [UInt8], from fd: Int32, at start: Int64, path: String, directoryFD dfd: Int32) throws {
        // Never overwrite an earlier set-aside (nor anything planted under its name): a new name each time.
        let name = baseName(path)
        var aside = "\(name).torn-\(Timestamp.now().secondsSinceEpoch)"
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var afd = openat(dfd, aside, flags, mode_t(0o600))
        var n = 1
        while afd < 0 && errno == EEXIST && n < 1000 {
            n += 1
            aside = "\(name).torn-\(Timestamp.now().secondsSinceEpoch)-\(n)"
            afd = openat(dfd, aside, flags, mode_t(0o600))
        }
        let asidePath = "\(parent(path))/\(aside)"
        guard afd >= 0 else { throw fail(.create, asidePath) }
        defer { close(afd) }
        try tail.withUnsafeBytes { try writeAll(afd, $0, path: asidePath) }
        try fsyncOrFail(afd, path: asidePath)
        try fsyncOrFail(dfd, path: parent(path))
        if ftruncate(fd, off_t(start)) != 0 { throw fail(.cutBack, path) }
        try fsyncOrFail(fd, path: path)
    }
}

/// An advisory lock on a separate lock file. Files are replaced by rename,
/// which swaps their inodes, so locking a data file itself would lock nothing.
final class DirectoryLock {
    let fd: Int32
    let path: String

    init(directory: String, mode: UInt16) throws {
        path = "\(directory)/.samen.lock"
        // Never through a link: O_CREAT would make a file wherever it points.
        var fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(mode))
        if fd >= 0 {
            // The whole group locks it: its mode must not depend on the creator's umask.
            _ = fchmod(fd, mode_t(mode))
            var st = stat()
            if stat(directory, &st) == 0 { _ = fchown(fd, uid_t.max, st.st_gid) }
        } else if errno == EEXIST {
            fd = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
        }
        // A read-only viewer can still take a shared lock on an existing file.
        if fd < 0 && (errno == EACCES || errno == EROFS) { fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC) }
        guard fd >= 0 else { throw FileIO.openFailure(.openLockFile, path, errno) }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Blocks until the lock is held. Shared for readers, exclusive for writers.
    func lock(exclusive: Bool) throws {
        while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if errno == EINTR { continue }
            throw FileIO.fail(.lock, path)
        }
    }

    func unlock() { _ = flock(fd, LOCK_UN) }

    func withLock<T>(exclusive: Bool, _ body: () throws -> T) throws -> T {
        try lock(exclusive: exclusive)
        defer { unlock() }
        return try body()
    }
}
