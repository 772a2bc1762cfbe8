#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the projects live on disk: `projects/`, one file per 5,000 ids
/// (`000001-005000.jsonl`, `005001-010000.jsonl`, ...), each sorted by id
/// with keys sorted, in the same line format `projects.jsonl` had.
///
/// Why: at S100 the projects are 29 MB, and rewriting and `fsync`ing one
/// file of that size costs 60-80 ms, so saving one project could not meet
/// 30 ms. A save now rewrites only the shard(s) whose records changed, and
/// `cat projects/*.jsonl | jq` still reads them all in id order.
///
/// Which id goes where is fixed by the id alone, never by what files exist,
/// so a record can only ever have one home: the loader refuses a record in
/// the wrong shard (a save would otherwise write it twice), and a file in
/// `projects/` that is not a shard name is reported, never ignored.
///
/// Directories written before this layout (format version 1) keep
/// `projects.jsonl`; the first save that touches a project moves them (see
/// `Store.migrateProjects`). `network.json`'s `formatVersion` says which
/// layout holds the projects, so a directory caught half-way always has one
/// answer, and an older Samen refuses a moved directory instead of finding no projects.
enum ProjectShards {
    /// Ids per shard: about 3 MB of projects at S100's density, a 10-15 ms rewrite.
    static let size = 5_000
    static let directoryName = "projects"
    /// The one-file layout of format version 1.
    static let legacyFile = "projects.jsonl"
    /// The first format version that keeps projects in shards.
    static let formatVersion = 2
    /// Where an interrupted move to shards may have left its unfinished copy.
    static let stagingName = ".projects-new"

    enum Layout: Sendable, Equatable {
        /// Format version 1: `projects.jsonl`.
        case single
        /// Format version 2 and later: `projects/*.jsonl`.
        case sharded

        init(formatVersion: Int) { self = formatVersion >= ProjectShards.formatVersion ? .sharded : .single }
    }

    /// The shard an id belongs to. Ids start at 1 (the loader refuses others).
    static func index(of id: Int) -> Int { id >= 1 ? (id - 1) / size : 0 }

    static func ids(ofIndex k: Int) -> ClosedRange<Int> { (k * size + 1)...((k + 1) * size) }

    static func fileName(index k: Int) -> String {
        let r = ids(ofIndex: k)
        return pad(r.lowerBound) + "-" + pad(r.upperBound) + ".jsonl"
    }

    /// The shard's path relative to the data directory, as problems name it.
    static func path(index k: Int) -> String { "\(directoryName)/\(fileName(index: k))" }

    static func path(forID id: Int) -> String { path(index: index(of: id)) }

    private static func pad(_ n: Int) -> String {
        let s = String(n)
        return s.count >= 6 ? s : String(repeating: "0", count: 6 - s.count) + s
    }

    /// The shard index a file name stands for, when it is exactly a name
    /// Samen writes (so `000001-004999.jsonl` or `1-5000.jsonl` are not).
    static func index(ofFileName name: String) -> Int? {
        guard name.hasSuffix(".jsonl") else { return nil }
        let parts = name.dropLast(6).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = Int(parts[0]), first >= 1, (first - 1) % size == 0 else { return nil }
        let k = (first - 1) / size
        return fileName(index: k) == name ? k : nil
    }

    /// What is in `projects/`: the shards by index, and every other
    /// visible file (hidden ones are a writer's temporary files or an
    /// editor's). Nil when there is no such directory.
    struct Listing: Equatable {
        var shards: [Int] = []
        var others: [String] = []
    }

    static func list(_ dataDirectory: String) -> Listing? {
        guard let names = entries("\(dataDirectory)/\(directoryName)") else { return nil }
        var listing = Listing()
        for name in names where !name.hasPrefix(".") {
            if let k = index(ofFileName: name) { listing.shards.append(k) } else { listing.others.append(name) }
        }
        listing.shards.sort()
        listing.others.sort()
        return listing
    }

    /// The names in a directory (without `.` and `..`); nil when it cannot be opened.
    /// Never through a symbolic link: `projects/` pointing elsewhere is
    /// refused by `DataDirectoryEntries`, and must not be listed meanwhile.
    static func entries(_ path: String) -> [String]? {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        guard let d = fdopendir(fd) else { close(fd); return nil }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Every file that holds projects in either layout, with its identity:
    /// `projects.jsonl` and each visible file in `projects/`. A store
    /// compares these to see another process's save, a new shard, or a move.
    static func stamps(_ dataDirectory: String) -> [String: FileIO.Stamp] {
        var out: [String: FileIO.Stamp] = [:]
        if let st = FileIO.stamp("\(dataDirectory)/\(legacyFile)") { out[legacyFile] = st }
        if let names = entries("\(dataDirectory)/\(directoryName)") {
            for name in names where !name.hasPrefix(".") {
                let rel = "\(directoryName)/\(name)"
                if let st = FileIO.stamp("\(dataDirectory)/\(rel)") { out[rel] = st }
            }
        }
        return out
    }

    /// The mode for a directory holding files of `fileMode`: the search bit
    /// wherever the files have read.
    static func directoryMode(_ fileMode: UInt16) -> UInt16 { fileMode | ((fileMode & 0o444) >> 2) }

    /// Creates `path` as a directory with the data's group and mode, and
    /// makes its entry durable in the parent.
    static func makeDirectory(_ path: String, in parent: String, fileMode: UInt16) throws {
        let mode = directoryMode(fileMode)
        if mkdir(path, mode_t(mode)) != 0 {
            let code = errno
            if code == EEXIST {
                if FileIO.isSymbolicLink(path) { throw FileIO.symbolicLinkRefusal(path) }
                if FileIO.isDirectory(path) { return }
            }
            throw FileIO.fail(.createDirectory, path, code)
        }
        // Through a descriptor opened without following links, so a link
        // swapped in after mkdir gets no chmod or chown.
        let fd = try FileIO.openDirectory(path)
        defer { close(fd) }
        var st = stat()
        let known = stat(parent, &st) == 0
        // chmod would clear the setgid bit the parent passed on: keep it, so the group stays the network's.
        if fchmod(fd, mode_t(mode) | (known ? st.st_mode & S_ISGID : 0)) != 0 { throw FileIO.fail(.setMode, path) }
        if known { _ = fchown(fd, uid_t.max, st.st_gid) }
        try FileIO.syncDirectory(parent)
    }

    /// Removes a directory of shards Samen wrote and no longer reads (an
    /// interrupted move's copy). Refuses, and removes nothing, when it holds
    /// anything but shards and hidden temporary files: those are a person's.
    static func removeWrittenDirectory(_ path: String) throws {
        guard let names = entries(path) else { return }
        if let foreign = names.first(where: { !$0.hasPrefix(".") && index(ofFileName: $0) == nil }) {
            throw FileIO.Failure(StoreWords.foreign(path, holds: foreign))
        }
        for name in names where unlink("\(path)/\(name)") != 0 && errno != ENOENT {
            throw FileIO.fail(.remove, "\(path)/\(name)")
        }
        if rmdir(path) != 0 && errno != ENOENT { throw FileIO.fail(.removeDirectory, path) }
    }
}

extension ProjectShards {
    /// The projects of each shard: positions in `table` (sorted by id),
    /// shard by shard, from the first to the last, an empty range for a
    /// shard with no projects. Every shard up to the last is written, even
    /// empty, so that one missing is always a file lost, never a gap.
    static func groups(_ table: SortedTable<Int, Project>) -> [(index: Int, positions: Range<Int>)] {
        var out: [(index: Int, positions: Range<Int>)] = []
        var lo = 0
        while lo < table.count {
            let k = index(of: table.ids[lo])
            while out.count < k { out.append((out.count, lo..<lo)) }
            let hi = max(lo + 1, table.position(of: ids(ofIndex: k).upperBound + 1).index)
            out.append((k, lo..<hi))
            lo = hi
        }
        return out
    }

    /// How many shards there must be once `table` is written: one past the
    /// last project's.
    static func count(_ table: SortedTable<Int, Project>) -> Int {
        table.ids.last.map { index(of: $0) + 1 } ?? 0
    }

    /// The shards `network.json` says exist and `listing` lacks, each named.
    /// More shards than recorded are accepted: a crash between writing a new
    /// shard and its record leaves exactly that.
    static func missingShards(_ listing: Listing, recorded: Int?) -> [Problem] {
        guard let recorded, recorded > 0 else { return [] }
        let have = Set(listing.shards)
        let missing = (0..<recorded).filter { !have.contains($0) }
        var out = missing.prefix(20).map { Problem(file: path(index: $0), LoadWords.shardMissing(recorded: recorded)) }
        if missing.count > 20 { out.append(Problem(file: directoryName + "/", LoadWords.moreShardsMissing(missing.count - 20))) }
        return out
    }

    /// The positions in `table` of the projects that belong in shard `k`.
    static func positions(ofIndex k: Int, in table: SortedTable<Int, Project>) -> Range<Int> {
        let r = ids(ofIndex: k)
        return table.position(of: r.lowerBound).index..<table.position(of: r.upperBound + 1).index
    }
}
