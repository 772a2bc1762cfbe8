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

    /// Writes the files as the baseline: staged whole in a directory of
    /// their own, then renamed into place, so there is a whole baseline or none.
    static func write(_ files: [(String, [UInt8])], in directory: String, mode: UInt16) throws {
        let staging = "\(directory)/\(stagingName)"
        if FileIO.isDirectory(staging) { try ProjectShards.removeWrittenDirectory(staging) }
        try ProjectShards.makeDirectory(staging, in: directory, fileMode: mode)
        // The projects' directory is there even with no project, as in the data directory.
        try ProjectShards.makeDirectory("\(staging)/\(ProjectShards.directoryName)", in: staging, fileMode: mode)
        for (name, bytes) in files {
            let parts = name.split(separator: "/")
            var parent = staging
            if parts.count == 2 { parent = "\(staging)/\(parts[0])" }
            _ = try FileIO.atomicReplace("\(staging)/\(name)", in: parent, with: bytes, newFileMode: mode)
        }
        guard rename(staging, path(directory)) == 0 else { throw FileIO.fail("cannot put the baseline in place as", path(directory)) }
        try FileIO.syncDirectory(directory)
    }
}
