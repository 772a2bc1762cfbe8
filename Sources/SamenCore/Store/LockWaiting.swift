#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who holds a data directory's lock, as the holder wrote it into the lock
/// file after taking it. Group members can write that file, so this is a
/// hint for a person, never a fact to act on.
public struct LockHolder: Sendable, Equatable, CustomStringConvertible {
    public var pid: Int32?
    public var login: String?

    public var description: String { LockWords.holder(self, Language.current) }
}

/// A writer has waited for the lock long enough that a person should know why.
public struct LockWait: Sendable, CustomStringConvertible {
    public var directory: String
    public var holder: LockHolder
    public var description: String { LockWords.waiting(directory: directory, holder: holder).text }
}

/// A writer (or a reader that had to wait) gave up waiting for the lock;
/// nothing was written.
public struct LockTimeout: Error, Sendable, CustomStringConvertible, Phrase {
    public var directory: String
    public var holder: LockHolder
    public var seconds: Double
    public var reading = false

    var words: LockWords { .gaveUp(seconds: LockPolicy.format(seconds), directory: directory, holder: holder, reading: reading) }
    public var description: String { words.text }
    public var en: String { words.en }
    public var nl: String { words.nl }
}

/// How long a writer waits for the lock, and whom it tells that it waits.
/// Core prints nothing: the command line and the dashboard show the wait
/// in their own way.
public struct LockPolicy {
    public static let defaultTimeout: Double = 30
    public static let maxTimeout: Double = 86_400

    /// How long one holder may keep the lock before a waiter gives up.
    public var timeout: Double
    /// The longest a waiter waits in all, however often the lock changes
    /// hands: ten times `timeout`.
    public var longestWait: Double { timeout * 10 }
    /// How long a wait goes unmentioned: a save takes milliseconds, so a
    /// wait of a second means someone is slow or stopped.
    public var noticeAfter: Double = 1
    public var onWait: ((LockWait) -> Void)?

    public init(timeout: Double = LockPolicy.defaultTimeout, onWait: ((LockWait) -> Void)? = nil) {
        self.timeout = timeout
        self.onWait = onWait
    }

    /// `SAMEN_LOCK_TIMEOUT` seconds, else the default; a value that is not a
    /// number of seconds in range is refused with a message saying so.
    public static func fromEnvironment(_ value: String? = getenv("SAMEN_LOCK_TIMEOUT").map { String(cString: $0) },
                                       onWait: ((LockWait) -> Void)? = nil) throws -> LockPolicy {
        guard let value, !value.isEmpty else { return LockPolicy(onWait: onWait) }
        guard let seconds = Double(value), seconds.isFinite, (0...maxTimeout).contains(seconds) else {
            throw StoreError(file: "SAMEN_LOCK_TIMEOUT", LockWords.badTimeout(max: Int(maxTimeout), got: String(value.prefix(40))), kind: .setting)
        }
        return LockPolicy(timeout: seconds, onWait: onWait)
    }

    public static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

extension DirectoryLock {
    /// Takes the lock if it is free; false when another process holds it.
    func tryLock(exclusive: Bool) throws -> Bool {
        while true {
            if flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0 { return true }
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK { return false }
            throw FileIO.fail(.lock, path)
        }
    }

    /// Waits for the lock without ever blocking for good: a stopped holder
    /// (Ctrl-Z) is reported after `policy.noticeAfter` and given up on once
    /// it has held the lock for `policy.timeout`, with who holds it.
    ///
    /// The limit is on one holder, not on the whole wait: when the lock
    /// passes from one process to another, work is being done, and a writer
    /// behind a busy stretch (eight people saving at once on a loaded
    /// server) keeps its place instead of giving up while nobody is stuck.
    /// The holder is what the lock file says, which anyone in the group can
    /// write, so the whole wait is still bounded: `policy.longestWait`.
    func lock(exclusive: Bool, policy: LockPolicy, directory: String) throws {
        do { try waitForLock(exclusive: exclusive, policy: policy, directory: directory) } catch var timeout as LockTimeout {
            timeout.reading = !exclusive
            throw timeout
        }
    }

    private func waitForLock(exclusive: Bool, policy: LockPolicy, directory: String) throws {
        let start = Self.seconds()
        var told = false
        var pause: UInt32 = 500
        // Who holds it is read only once there is a wait; the first one seen
        // starts the clock (an uncontended save reads nothing more).
        var holding: Int32?
        var holdingSince = start
        while try !tryLock(exclusive: exclusive) {
            let now = Self.seconds()
            let seen = holder()
            // An empty lock file says nothing (between a release and the
            // next holder's pid, or a reader): only a new pid is progress.
            if let pid = seen.pid, pid != holding {
                holding = pid
                holdingSince = now
            }
            if now - holdingSince >= policy.timeout {
                throw LockTimeout(directory: directory, holder: seen, seconds: policy.timeout)
            }
            if now - start >= policy.longestWait {
                throw LockTimeout(directory: directory, holder: seen, seconds: policy.longestWait)
            }
            if !told && now - start >= policy.noticeAfter {
                told = true
                policy.onWait?(LockWait(directory: directory, holder: seen))
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        if exclusive { recordHolder() }
    }

    func withLock<T>(exclusive: Bool, policy: LockPolicy, directory: String, _ body: () throws -> T) throws -> T {
        try lock(exclusive: exclusive, policy: policy, directory: directory)
        defer {
            if exclusive { clearHolder() }
            unlock()
        }
        return try body()
    }

    /// Writes "pid login" into the lock file, for those who wait. The login
    /// is the Unix user's: who acts is the system's to say.
    func recordHolder() {
        let text = Array("\(getpid()) \(Self.ownLogin)\n".utf8)
        guard ftruncate(fd, 0) == 0 else { return }
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    /// This process's Unix login, looked up once: the user database is read
    /// on every save otherwise. A process does not change its user.
    static let ownLogin: String = {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid \(geteuid())"
    }()

    /// Emptied before the lock is released, so nobody reads a holder that has gone.
    func clearHolder() { _ = ftruncate(fd, 0) }

    func holder() -> LockHolder {
        var buf = [UInt8](repeating: 0, count: 128)
        let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return LockHolder() }
        let line = String(decoding: buf[..<n].prefix { $0 != 0x0A }, as: UTF8.self)
        let parts = line.split(separator: " ", maxSplits: 1)
        guard let first = parts.first, let pid = Int32(first), pid > 0 else { return LockHolder() }
        // Anyone in the group can write the lock file: keep only what a login is made of.
        let login = parts.count > 1 ? String(parts[1].prefix(64).filter { $0.isASCII && ($0.isLetter || $0.isNumber || "._-$".contains($0)) }) : ""
        return LockHolder(pid: pid, login: login.isEmpty ? nil : login)
    }

    static func seconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
