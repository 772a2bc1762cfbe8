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
    /// or slow. A read starts when no save is being put in place, or when
    /// this reader has itself done what the save's journal says (a writer
    /// stopped right after committing); it counts only if, when it ends, no
    /// other save has begun and no file has changed, else it is done again.
    /// A journal whose writer is gone (the lock is free) is rolled forward,
    /// as the next writer would. Only when writers keep changing the files,
    /// or a stopped save cannot be finished by a reader (the move to shards,
    /// or no right to write), does it wait for the lock as a writer does:
    /// it says so after a second and gives up at `policy.timeout`.
    static func readConsistently<T>(_ dir: String, lock: DirectoryLock, policy: LockPolicy, _ body: () throws -> T) throws -> T {
        let start = DirectoryLock.seconds()
        var told = false
        var overlapped = 0
        var journalSeen: (stamp: FileIO.Stamp, at: Double)?
        while true {
            let journal = SaveJournal.stamp(dir)
            if let journal {
                if try lock.tryLock(exclusive: true) {
                    defer { lock.unlock() }
                    try SaveJournal.recover(in: dir)
                    continue
                }
                // Its writer is putting it in place: milliseconds, unless it was stopped right then.
                let now = DirectoryLock.seconds()
                if journalSeen?.stamp != journal { journalSeen = (journal, now) }
                let helped = now - (journalSeen?.at ?? now) >= 0.05 && helpStoppedWriter(dir)
                if !helped {
                    if now - start >= policy.timeout { throw LockTimeout(directory: dir, holder: lock.holder(), seconds: policy.timeout, reading: true) }
                    if !told && now - start >= policy.noticeAfter {
                        told = true
                        policy.onWait?(LockWait(directory: dir, holder: lock.holder()))
                    }
                    usleep(5_000)
                    continue
                }
            }
            let before = directoryStamps(dir)
            let result = Result { try body() }
            if SaveJournal.stamp(dir).map({ $0 == journal }) ?? true && directoryStamps(dir) == before { return try result.get() }
            overlapped += 1
            if overlapped >= 3 {
                try lock.lock(exclusive: false, policy: policy, directory: dir)
                defer { lock.unlock() }
                if !SaveJournal.exists(dir) { return try body() }
                overlapped = 0
            }
        }
    }

    /// Does the renames and appends of the journal a live writer left
    /// standing, where that is safe (`SaveJournal.isSafeToHelp`); true when
    /// every step is done, so the files hold its change whole.
    private static func helpStoppedWriter(_ dir: String) -> Bool {
        guard let journal = try? SaveJournal.read(dir), journal.isSafeToHelp else { return false }
        return (try? journal.complete(in: dir)) != nil
    }
}
