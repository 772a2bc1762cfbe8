#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of a data directory as entries: present, plain files (or
/// the `projects/` directory), never symbolic links, and no temporary files
/// left by a save that was interrupted.
///
/// A member of the group can create and rename entries in the shared
/// directory. A link planted where Samen writes would make another member's
/// save write into a file of the planter's choosing with the victim's
/// rights; a file removed would make a count start again and ids repeat.
/// Both are refused here, before anything is read or written.
enum DataDirectoryEntries {
    /// The files every initialised directory has, besides `network.json`.
    static let requiredFiles: [DataFile] = [.members, .requests, .ledger, .history]

    /// Problems with the entries themselves, named by file. `layout` says
    /// whether `projects/` or `projects.jsonl` must be there.
    static func problems(_ directory: String, layout: ProjectShards.Layout) -> [Problem] {
        var out: [Problem] = []
        for f in requiredFiles { out += fileProblem(directory, f.name, required: true) }
        out += fileProblem(directory, DataFile.network.name, required: false)
        switch layout {
        case .single:
            out += fileProblem(directory, ProjectShards.legacyFile, required: true)
        case .sharded:
            let rel = ProjectShards.directoryName
            var st = stat()
            if lstat("\(directory)/\(rel)", &st) != 0 {
                // With `projects.jsonl` still here the loader says more precisely what happened.
                if !FileIO.exists("\(directory)/\(ProjectShards.legacyFile)") {
                    out.append(Problem(file: rel + "/", LoadWords.entryMissing))
                }
            } else if (st.st_mode & S_IFMT) == S_IFLNK {
                out.append(Problem(file: rel + "/", linkText("\(directory)/\(rel)")))
            } else if (st.st_mode & S_IFMT) != S_IFDIR {
                out.append(Problem(file: rel + "/", LoadWords.notADirectory(rel)))
            }
        }
        return out
    }

    /// Throws a `StoreError` naming every problem with the entries.
    static func require(_ directory: String, layout: ProjectShards.Layout) throws {
        let found = problems(directory, layout: layout)
        if !found.isEmpty { throw StoreError(found) }
    }

    static func fileProblem(_ directory: String, _ name: String, required: Bool) -> [Problem] {
        var st = stat()
        guard lstat("\(directory)/\(name)", &st) == 0 else {
            return required && errno == ENOENT ? [Problem(file: name, LoadWords.entryMissing)] : []
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return []
        case S_IFLNK: return [Problem(file: name, linkText("\(directory)/\(name)"))]
        default: return [Problem(file: name, LoadWords.notAPlainFile)]
        }
    }

    static func linkText(_ path: String) -> LoadWords { .entryLink(target: target(path)) }

    private static func target(_ path: String) -> String? {
        var buf = [CChar](repeating: 0, count: 4097)
        let n = readlink(path, &buf, 4096)
        guard n > 0 else { return nil }
        return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    // MARK: Temporary files

    /// A temporary file a save left behind.
    struct Temporary: Equatable {
        /// Relative to the data directory (`projects/.x.tmp-…` for a shard's).
        var name: String
        var owner: uid_t
        var modified: Int64
    }

    /// The directories a save writes temporary files into.
    static func temporaryDirectories(_ directory: String) -> [(relative: String, path: String)] {
        [("", directory), (ProjectShards.directoryName + "/", "\(directory)/\(ProjectShards.directoryName)")]
    }

    /// Every temporary file (`FileIO.isTemporaryName`) in the directory and
    /// `projects/`. A save holds the exclusive lock for as long as its
    /// temporary files exist, so under any lock every one found is stale.
    static func temporaries(_ directory: String) -> [Temporary] {
        var out: [Temporary] = []
        for (relative, path) in temporaryDirectories(directory) {
            guard let names = ProjectShards.entries(path) else { continue }
            for name in names.sorted() where FileIO.isTemporaryName(name) {
                var st = stat()
                guard lstat("\(path)/\(name)", &st) == 0 else { continue }
                out.append(Temporary(name: relative + name, owner: st.st_uid, modified: Int64(st.st_mtim.tv_sec)))
            }
        }
        return out
    }

    /// Removes the stale temporary files of this Unix user, except those
    /// named in `keeping` (relative paths, such as files a journal is about
    /// to rename into place). Another user's are left for them and for
    /// `samen check` to report: removing what someone else wrote is not a
    /// save's business. Call under the exclusive lock. Best effort: returns
    /// what was removed.
    @discardableResult
    static func removeStaleTemporaries(in directory: String, keeping: Set<String> = []) -> [String] {
        var removed: [String] = []
        let me = geteuid()
        for (relative, path) in temporaryDirectories(directory) {
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            guard let names = ProjectShards.entries(path) else { continue }
            for name in names where FileIO.isTemporaryName(name) && !keeping.contains(relative + name) {
                guard let st = FileIO.entry(fd, name), st.st_uid == me,
                      (st.st_mode & S_IFMT) == S_IFREG || (st.st_mode & S_IFMT) == S_IFLNK else { continue }
                if unlinkat(fd, name, 0) == 0 { removed.append(relative + name) }
            }
        }
        return removed
    }

    /// `samen check`'s report of stale temporary files: who left each and
    /// how long ago, as warnings (they hold nothing that was saved).
    static func temporaryProblems(_ directory: String, now: Int64) -> [Problem] {
        temporaries(directory).map { t in
            let who = getpwuid(t.owner).map { String(cString: $0.pointee.pw_name) } ?? "uid \(t.owner)"
            return Problem(file: t.name, LoadWords.temporaryFile(owner: who, age: age(now - t.modified)), isWarning: true)
        }
    }

    static func age(_ seconds: Int64) -> Age { Age(seconds: seconds) }
}
