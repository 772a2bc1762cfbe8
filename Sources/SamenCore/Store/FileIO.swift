#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin, checked wrappers over the POSIX calls the store needs. Foundation's
/// file APIs cannot fsync a directory, take an flock, or say which inode a
/// path has, and the store's promises rest on exactly those.
enum FileIO {
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    static func fail(_ what: String, _ path: String, _ code: Int32 = errno) -> Failure {
        Failure(message: "\(what) \(path): \(errorText(code))")
    }

    /// What identifies a version of a file without reading it.
    struct Stamp: Equatable, Sendable {
        var device: UInt64, inode: UInt64, size: Int64, mtimeSeconds: Int64, mtimeNanos: Int64
        /// The inode change time: set by the kernel on every write and never
        /// by a user (unlike mtime, which `touch -d` or an unpacker can set).
        var ctimeSeconds: Int64 = 0, ctimeNanos: Int64 = 0
    }

    static func stamp(_ path: String) -> Stamp? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
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

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Reads a whole file; nil when it does not exist.
    static func read(_ path: String, from offset: Int64 = 0) throws -> (bytes: [UInt8], stamp: Stamp)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw fail("cannot open", path)
        }
        defer { close(fd) }
        guard let st = stamp(fd: fd) else { throw fail("cannot stat", path) }
        let size = max(0, Int(st.size - offset))
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, size - done, off_t(offset) + off_t(done)) }
            if n < 0 { if errno == EINTR { continue }; throw fail("cannot read", path) }
            if n == 0 { break }  // shrank under us; what we have is what there is
            done += n
        }
        if done < size { bytes.removeLast(size - done) }
        return (bytes, st)
    }

    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 { if errno == EINTR { continue }; throw fail("cannot write", path) }
            done += n
        }
    }

    static func fsyncOrFail(_ fd: Int32, path: String) throws {
        // An fsync error is fatal for this save and is reported; retrying could
        // report success for data the kernel already dropped.
        if fsync(fd) != 0 { throw fail("cannot flush to disk (fsync)", path) }
    }

    static func syncDirectory(_ dir: String) throws {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw fail("cannot open directory", dir) }
        defer { close(fd) }
        try fsyncOrFail(fd, path: dir)
    }

    /// Gives a new file the requested mode (umask must not loosen or tighten
    /// it unexpectedly) and the directory's group, as DESIGN.md asks. Changing
    /// the group may be refused when the user is not in it; that is not an error.
    static func applyModeAndGroup(_ fd: Int32, mode: UInt16, directory: String, path: String) throws {
        if fchmod(fd, mode_t(mode)) != 0 { throw fail("cannot set the mode of", path) }
        var st = stat()
        if stat(directory, &st) == 0 { _ = fchown(fd, uid_t.max, st.st_gid) }
    }

    /// Replaces `path` atomically: write a temp file beside it, fsync it,
    /// rename it over the old one, fsync the directory. A reader sees the old
    /// file or the new one, never a mix; a crash leaves one of the two.
    static func atomicReplace(_ path: String, in directory: String, with bytes: [UInt8], newFileMode: UInt16) throws -> Stamp {
        let mode = existingMode(path) ?? newFileMode
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temp = "\(directory)/.\(name).tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(0o600))
        guard fd >= 0 else { throw fail("cannot create", temp) }
        var closed = false
        defer { if !closed { close(fd) } }
        do {
            try applyModeAndGroup(fd, mode: mode, directory: directory, path: temp)
            try bytes.withUnsafeBytes { try writeAll(fd, $0, path: temp) }
            try fsyncOrFail(fd, path: temp)
            closed = true
            if close(fd) != 0 { throw fail("cannot close", temp) }
            if rename(temp, path) != 0 { throw fail("cannot replace", path) }
            try syncDirectory(directory)
        } catch {
            unlink(temp)
            throw error
        }
        guard let st = stamp(path) else { throw fail("cannot stat", path) }
        return st
    }

    static func existingMode(_ path: String) -> UInt16? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return UInt16(st.st_mode & 0o777)
    }

    /// Appends lines to an append-only file and fsyncs it. A partial last
    /// line left by an interrupted writer is dealt with first (`repairTail`).
    static func append(_ path: String, in directory: String, bytes: [UInt8], newFileMode: UInt16,
                       completeLine: ([UInt8]) -> Bool) throws -> Stamp {
        let created = !exists(path)
        let fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, mode_t(0o600))
        guard fd >= 0 else { throw fail("cannot open", path) }
        defer { close(fd) }
        if created { try applyModeAndGroup(fd, mode: newFileMode, directory: directory, path: path) }
        let prefix = try repairTail(fd, path: path, completeLine: completeLine)
        try (prefix + bytes).withUnsafeBytes { try writeAll(fd, $0, path: path) }
        try fsyncOrFail(fd, path: path)
        if created { try syncDirectory(directory) }
        guard let st = stamp(fd: fd) else { throw fail("cannot stat", path) }
        return st
    }

    /// When a writer was killed mid-append, the file ends in a partial line.
    /// If that line is nevertheless complete JSON, it only lacks its newline,
    /// which is returned to be written first. Otherwise it was never
    /// acknowledged: its bytes are kept aside in `<file>.torn-<time>` for a
    /// person to look at, and the file is cut back to its last whole line.
    static func repairTail(_ fd: Int32, path: String, completeLine: ([UInt8]) -> Bool) throws -> [UInt8] {
        guard let st = stamp(fd: fd), st.size > 0 else { return [] }
        var last: UInt8 = 0
        guard pread(fd, &last, 1, off_t(st.size - 1)) == 1 else { throw fail("cannot read", path) }
        if last == 0x0A { return [] }
        // Find the start of the partial line, reading backwards in blocks.
        var start = st.size
        var tail: [UInt8] = []
        let block = 4096
        search: while start > 0 {
            let from = max(0, start - Int64(block))
            var buf = [UInt8](repeating: 0, count: Int(start - from))
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(from)) }
            guard n == buf.count else { throw fail("cannot read", path) }
            for i in stride(from: buf.count - 1, through: 0, by: -1) where buf[i] == 0x0A {
                tail = Array(buf[(i + 1)...]) + tail
                start = from + Int64(i) + 1
                break search
            }
            tail = buf + tail
            start = from
        }
        if completeLine(tail) { return [0x0A] }
        // Never overwrite an earlier set-aside: a new name each time.
        var aside = "\(path).torn-\(Timestamp.now().secondsSinceEpoch)"
        var afd = open(aside, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o600))
        var n = 1
        while afd < 0 && errno == EEXIST {
            n += 1
            aside = "\(path).torn-\(Timestamp.now().secondsSinceEpoch)-\(n)"
            afd = open(aside, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o600))
        }
        guard afd >= 0 else { throw fail("cannot create", aside) }
        defer { close(afd) }
        try tail.withUnsafeBytes { try writeAll(afd, $0, path: aside) }
        try fsyncOrFail(afd, path: aside)
        if let dir = path.range(of: "/", options: .backwards).map({ String(path[..<$0.lowerBound]) }) { try syncDirectory(dir.isEmpty ? "/" : dir) }
        if ftruncate(fd, off_t(start)) != 0 { throw fail("cannot cut back the incomplete line of", path) }
        try fsyncOrFail(fd, path: path)
        return []
    }
}

/// An advisory lock on a separate lock file. Files are replaced by rename,
/// which swaps their inodes, so locking a data file itself would lock nothing.
final class DirectoryLock {
    let fd: Int32
    let path: String

    init(directory: String, mode: UInt16) throws {
        path = "\(directory)/.samen.lock"
        var fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, mode_t(mode))
        // A read-only viewer can still take a shared lock on an existing file.
        if fd < 0 && (errno == EACCES || errno == EROFS) { fd = open(path, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { throw FileIO.fail("cannot open the lock file", path) }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Blocks until the lock is held. Shared for readers, exclusive for writers.
    func lock(exclusive: Bool) throws {
        while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if errno == EINTR { continue }
            throw FileIO.fail("cannot lock", path)
        }
    }

    func unlock() { _ = flock(fd, LOCK_UN) }

    func withLock<T>(exclusive: Bool, _ body: () throws -> T) throws -> T {
        try lock(exclusive: exclusive)
        defer { unlock() }
        return try body()
    }
}
