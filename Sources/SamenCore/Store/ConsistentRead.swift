#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Store {
    /// The identity of every data file: a save changes at least one.
    static func directoryStamps(_ dir: String) -> DirectoryStamps {
        var files: [DataFile: FileIO.Stamp?] = [:]
        for f in DataFile.allCases where f != .projects { files[f] = FileIO.stamp("\(dir)/\(f.name)") }
        return DirectoryStamps(files: files, projects: ProjectShards.stamps(dir))
    }

    /// Runs `body`, a read of the directory, so that it sees one saved
    /// version of every file, without waiting on a writer that is stopped
    /// or slow: no save may be under way (no journal) when it starts, and no
    /// file may have changed when it ends; otherwise it reads again. A
    /// journal whose writer is gone (the lock is free) is rolled forward
    /// first, as the next writer would. Only when writers keep changing the
    /// files does it read under the shared lock, waiting as a writer does:
    /// it says so after a second and gives up at `policy.timeout`.
    static func readConsistently<T>(_ dir: String, lock: DirectoryLock, policy: LockPolicy, _ body: () throws -> T) throws -> T {
        let start = DirectoryLock.seconds()
        var told = false
        var overlapped = 0
        while true {
            if SaveJournal.exists(dir) {
                if try lock.tryLock(exclusive: true) {
                    defer { lock.unlock() }
                    try SaveJournal.recover(in: dir)
                    continue
                }
                // A save is being put in place: milliseconds, unless its writer was stopped right then.
                let waited = DirectoryLock.seconds() - start
                if waited >= policy.timeout { throw LockTimeout(directory: dir, holder: lock.holder(), seconds: policy.timeout) }
                if !told && waited >= policy.noticeAfter {
                    told = true
                    policy.onWait?(LockWait(directory: dir, holder: lock.holder()))
                }
                usleep(5_000)
                continue
            }
            let before = directoryStamps(dir)
            let result = Result { try body() }
            if !SaveJournal.exists(dir) && directoryStamps(dir) == before { return try result.get() }
            overlapped += 1
            if overlapped >= 3 {
                try lock.lock(exclusive: false, policy: policy, directory: dir)
                defer { lock.unlock() }
                if !SaveJournal.exists(dir) { return try body() }
                overlapped = 0
            }
        }
    }
}
