#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a data directory started as, kept beside it in `.samen-baseline/`
/// (the same files, the same layout): the state `samen verify` replays the
/// history from. The history's first line names each of its files by size
/// and checksum, so a baseline changed afterwards is told apart from the
/// one the directory was made with.
///
/// Until changes are signed (issue 14's next step) the checksum is FNV-1a:
/// it catches a baseline edited by hand, not one forged together with the
/// history line that names it.
enum Baseline {
    static let directoryName = ".samen-baseline"
    static let stagingName = ".samen-baseline-new"

    static func path(_ directory: String) -> String { "\(directory)/\(directoryName)" }

    /// `{"members.jsonl": "1234:9f0c…", …}`: each file's size and checksum.
    static func fingerprints(_ files: [(String, [UInt8])]) -> JSONValue {
        var b = JSONObjectBuilder()
        for (name, bytes) in files.sorted(by: { $0.0 < $1.0 }) { b.set(name, fingerprint(bytes)) }
        return b.value
    }

    static func fingerprint(_ bytes: [UInt8]) -> String {
        "\(bytes.count):\(String(SaveJournal.checksum(bytes), radix: 16))"
    }

    /// Writes the files into `.samen-baseline-new/`, each synced, for a
    /// save's journal to rename into place with the rest of the save
    /// (`SavePlan.stagedDirectory`): the baseline lands with the save that
    /// names it, or not at all. A staging left by a save that never
    /// committed is cleared first.
    static func stage(_ files: [(String, [UInt8])], in directory: String, mode: UInt16) throws {
        let staging = "\(directory)/\(stagingName)"
        if FileIO.isDirectory(staging) { try remove(staging) }
        try ProjectShards.makeDirectory(staging, in: directory, fileMode: mode)
        // The projects' directory is there even with no project, as in the data directory.
        let shards = "\(staging)/\(ProjectShards.directoryName)"
        try ProjectShards.makeDirectory(shards, in: staging, fileMode: mode)
        for (name, bytes) in files {
            let parent = name.contains("/") ? shards : staging
            _ = try FileIO.atomicReplace("\(staging)/\(name)", in: parent, with: bytes, newFileMode: mode)
        }
        try FileIO.syncDirectory(shards)
        try FileIO.syncDirectory(staging)
    }

    /// Removes a baseline directory Samen wrote: its data files and shards,
    /// nothing else (anything else in it is a person's, and it stays, and the
    /// directory with it). Never through a link: the directory and its
    /// `projects/` are opened without following one, and every name is
    /// removed relative to them, so a link planted in their place by another
    /// member of the group makes Samen refuse, not delete their files.
    static func remove(_ dir: String) throws {
        var st = stat()
        guard lstat(dir, &st) == 0 else { if errno == ENOENT { return }; throw FileIO.fail(.lookAt, dir) }
        let fd = try FileIO.openDirectory(dir)
        defer { close(fd) }
        let shards = openat(fd, ProjectShards.directoryName, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if shards >= 0 {
            defer { close(shards) }
            for name in ProjectShards.entries("\(dir)/\(ProjectShards.directoryName)") ?? [] where ProjectShards.index(ofFileName: name) != nil {
                if unlinkat(shards, name, 0) != 0 && errno != ENOENT { throw FileIO.fail(.remove, "\(dir)/\(ProjectShards.directoryName)/\(name)") }
            }
            if unlinkat(fd, ProjectShards.directoryName, AT_REMOVEDIR) != 0 && errno != ENOENT {
                throw FileIO.fail(.removeDirectory, "\(dir)/\(ProjectShards.directoryName)")
            }
        } else if errno == ELOOP || errno == ENOTDIR {
            throw FileIO.symbolicLinkRefusal("\(dir)/\(ProjectShards.directoryName)")
        }
        for name in DataFile.allCases.filter({ $0 != .projects }).map(\.name) + [ProjectShards.legacyFile] {
            if unlinkat(fd, name, 0) != 0 && errno != ENOENT { throw FileIO.fail(.remove, "\(dir)/\(name)") }
        }
        if rmdir(dir) != 0 && errno != ENOENT { throw FileIO.fail(.removeDirectory, dir) }
    }

    /// Whether `name` may be a file of a baseline, as a history line names
    /// it: a data file, `projects.jsonl`, or a shard. Anything else (a path
    /// out of the directory) is not read.
    static func isFileName(_ name: String) -> Bool {
        if name == ProjectShards.legacyFile { return true }
        if let f = DataFile(rawValue: name) { return f != .projects }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == Substring(ProjectShards.directoryName) && ProjectShards.index(ofFileName: String(parts[1])) != nil
    }

    /// The data files as they are on disk now, by their names in the
    /// directory (`projects/000001-005000.jsonl`), for a new baseline.
    static func currentFiles(_ directory: String) throws -> [(String, [UInt8])] {
        var out: [(String, [UInt8])] = []
        for f in DataFile.allCases where f != .projects && f != .history {
            guard let (bytes, _) = try FileIO.read("\(directory)/\(f.name)") else {
                if f == .network { continue }
                throw FileIO.Failure(StoreWords.baselineOfPartDirectory("\(directory)/\(f.name)"))
            }
            out.append((f.name, bytes))
        }
        // A directory of format version 1 keeps its projects in one file.
        if let (bytes, _) = try FileIO.read("\(directory)/\(ProjectShards.legacyFile)") { out.append((ProjectShards.legacyFile, bytes)) }
        let shards = "\(directory)/\(ProjectShards.directoryName)"
        for name in (ProjectShards.entries(shards) ?? []).sorted() where ProjectShards.index(ofFileName: name) != nil {
            guard let (bytes, _) = try FileIO.read("\(shards)/\(name)") else { continue }
            out.append(("\(ProjectShards.directoryName)/\(name)", bytes))
        }
        return out
    }
}
