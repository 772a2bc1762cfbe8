#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One save being prepared under the exclusive lock: the new files staged
/// beside their targets and the lines to append, gathered into the journal
/// that commits them all at once.
struct SavePlan {
    let directory: String
    var journal = SaveJournal()
    /// Directories holding staged entries, synced before the journal names them.
    private var stagedIn: Set<String> = []

    init(directory: String) { self.directory = directory }

    /// Writes the new content of `relative` (a path in the data directory) beside it.
    mutating func stage(_ relative: String, bytes: [UInt8], mode: UInt16) throws {
        let (dir, _) = SaveJournal.split(relative)
        let parent = dir.isEmpty ? directory : "\(directory)/\(dir)"
        let staged = try FileIO.stage("\(directory)/\(relative)", in: parent, bytes: bytes, newFileMode: mode)
        let name = SaveJournal.split(String(staged.dropFirst(parent.count + 1))).1
        journal.renames.append(SaveJournal.Rename(staged: dir.isEmpty ? name : "\(dir)/\(name)", target: relative))
        stagedIn.insert(parent)
    }

    /// A directory already written in full (the shards of a move), to be renamed into place.
    mutating func stagedDirectory(_ staged: String, target: String) {
        journal.renames.append(SaveJournal.Rename(staged: staged, target: target))
        stagedIn.insert(directory)
    }

    /// Lines for an append-only file. A partial last line left by a writer of
    /// an older Samen is dealt with first (`FileIO.repairTail`), so the
    /// journal records the length the lines follow.
    mutating func append(_ file: String, bytes: [UInt8], mode: UInt16, completeLine: ([UInt8]) -> Bool) throws {
        let path = "\(directory)/\(file)"
        let (dfd, fd) = try FileIO.openAppendOnly(path, in: FileIO.parent(path))
        defer { close(fd); close(dfd) }
        let prefix = try FileIO.repairTail(fd, path: path, directoryFD: dfd, completeLine: completeLine)
        guard let st = FileIO.stamp(fd: fd) else { throw FileIO.fail(.stat, path) }
        journal.appends.append(SaveJournal.Append(file: file, before: st.size, bytes: prefix + bytes, mode: mode))
    }

    func syncStaged() throws {
        for d in stagedIn.sorted() { try FileIO.syncDirectory(d) }
    }

    /// Removes what was staged, when the save does not go ahead.
    func discard() {
        for r in journal.renames {
            let staged = "\(directory)/\(r.staged)"
            if r.target == ProjectShards.directoryName { try? ProjectShards.removeWrittenDirectory(staged) }
            else if r.target == Baseline.directoryName { try? Baseline.remove(staged) }
            else { unlink(staged) }
        }
    }
}
