import Foundation
import Testing
@testable import SamenCore
#if canImport(Glibc)
import Glibc
#endif

/// A writer gives up on a holder that is stuck, not on a lock that is busy:
/// the limit counts from when the lock file last named a new holder.
///
/// The holders here are another open lock file in this same process (flock
/// locks belong to an open file, so the two exclude each other), and the
/// pids other processes would write are written into the lock file by hand.
@Suite("Waiting for the lock", .serialized)
struct LockWaitingTests {
    /// The lock needs only a directory to put its file in.
    func withDirectory(_ body: (String) throws -> Void) throws {
        let dir = Fixture.temporaryDirectory("samen-lock")
        defer { Fixture.remove(dir) }
        try body(dir)
    }

    /// Holds the lock on `dir` from another open file for `seconds`, writing
    /// a new pid into the lock file every `every` seconds when `handing` (as
    /// a queue of writers would), then lets go. Returns once it holds it.
    func holdLock(_ dir: String, for seconds: Double, handing: Bool, every: Double = 0.1) throws -> Thread {
        // Only the thread below touches it once it starts.
        nonisolated(unsafe) let other = try DirectoryLock(directory: dir, mode: 0o660)
        try other.lock(exclusive: true, policy: LockPolicy(timeout: 1), directory: dir)
        try "40000 first\n".write(toFile: dir + "/.samen.lock", atomically: false, encoding: .utf8)
        let thread = Thread {
            let end = Date().addingTimeInterval(seconds)
            var pid = 40001
            while Date() < end {
                Thread.sleep(forTimeInterval: every)
                if handing {
                    try? "\(pid) next\n".write(toFile: dir + "/.samen.lock", atomically: false, encoding: .utf8)
                    pid += 1
                }
            }
            other.clearHolder()
            other.unlock()
        }
        thread.start()
        return thread
    }

    func waitFor(_ dir: String, timeout: Double) -> (Result<Void, Error>, Double) {
        let start = Date()
        let result = Result { () throws -> Void in
            let lock = try DirectoryLock(directory: dir, mode: 0o660)
            try lock.lock(exclusive: true, policy: LockPolicy(timeout: timeout), directory: dir)
            lock.clearHolder()
            lock.unlock()
        }
        return (result, Date().timeIntervalSince(start))
    }

    /// Eight writers in a row, each well within the limit, hold the lock
    /// longer than the limit together: the ninth waits its turn.
    @Test func aWriterBehindABusyLockWaitsWhileItChangesHands() throws {
        try withDirectory { dir in
            // A new holder every 0.1 s, a limit ten times that: a busy machine may stall the holder's thread a little, not a whole second.
            let holder = try holdLock(dir, for: 2.5, handing: true)
            let (result, waited) = waitFor(dir, timeout: 1)
            #expect(throws: Never.self) { try result.get() }
            #expect(waited >= 2.3, "took the lock after \(waited) s, while it was held")
            while !holder.isFinished { usleep(20_000) }
        }
    }

    /// One holder that keeps the lock (stopped with Ctrl-Z) is given up on
    /// at the limit, named in the message.
    @Test func aWriterGivesUpOnOneHolderThatKeepsTheLock() throws {
        try withDirectory { dir in
            let holder = try holdLock(dir, for: 2, handing: false)
            let (result, waited) = waitFor(dir, timeout: 0.5)
            #expect { try result.get() } throws: { error in
                "\(error)".hasPrefix("gave up after 0.5 s waiting for the lock on \(dir), held by pid 40000 (first); nothing was saved")
            }
            #expect(waited < 1.5, "gave up after \(waited) s")
            while !holder.isFinished { usleep(20_000) }
        }
    }

    /// Anyone in the group can write the lock file, so new pids in it keep
    /// nobody waiting for ever: the whole wait ends at ten times the limit.
    @Test func aLockFileThatKeepsNamingNewHoldersIsGivenUpOnInTheEnd() throws {
        try withDirectory { dir in
            let holder = try holdLock(dir, for: 6, handing: true, every: 0.05)
            let (result, waited) = waitFor(dir, timeout: 0.4)
            #expect { try result.get() } throws: { error in
                "\(error)".hasPrefix("gave up after 4 s waiting for the lock on \(dir)")
            }
            #expect(waited >= 3.9 && waited < 5.5, "gave up after \(waited) s")
            while !holder.isFinished { usleep(20_000) }
        }
    }
}
