#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes a data directory a whole Unix group can use, whatever the
/// creator's umask: setgid, so every file made in it belongs to the group
/// (not to whoever saved last), and mode `2770` for files of `0660`, so the
/// group reads and writes and nobody else even lists it. Finances are never
/// world-readable.
public enum SharedDirectory {
    public struct Refusal: Error, CustomStringConvertible, Phrase {
        /// What is wrong, in words chosen when shown.
        public var phrase: any Phrase
        init(_ phrase: some Phrase) { self.phrase = phrase }
        public var description: String { phrase.text }
        public var en: String { phrase.en }
        public var nl: String { phrase.nl }
    }

    /// The directory's mode for files of `fileMode`: search wherever files
    /// have read, and setgid.
    public static func mode(fileMode: UInt16) -> UInt16 { ProjectShards.directoryMode(fileMode) | UInt16(S_ISGID) }

    /// Creates `path` (if missing) and gives it the network's mode and, when
    /// `group` is named, that Unix group. Refuses a group the user is not in
    /// before anything is made. A directory of someone else's keeps its
    /// owner's settings.
    public static func prepare(_ path: String, fileMode: UInt16, group: String?) throws {
        var gid: gid_t?
        if let group {
            gid = try groupID(group)
        }
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw Refusal(StoreWords.failed(.createDirectory, path: path, reason: FileIO.errorText()))
        }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Refusal(StoreWords.failed(.openTheDirectory, path: path, reason: FileIO.errorText())) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Refusal(StoreWords.failed(.stat, path: path, reason: FileIO.errorText())) }
        guard st.st_uid == geteuid() else {
            if let group { throw Refusal(SharedDirectoryWords.groupOfAnother(path, group: group)) }
            return
        }
        if let gid, fchown(fd, uid_t.max, gid) != 0 {
            throw Refusal(SharedDirectoryWords.groupFailed(path, group: group ?? "", reason: FileIO.errorText()))
        }
        // After the chown, which clears setgid.
        if fchmod(fd, mode_t(mode(fileMode: fileMode))) != 0 {
            throw Refusal(StoreWords.failed(.setMode, path: path, reason: FileIO.errorText()))
        }
    }

    /// The group's id, if the user is in it (root may choose any group).
    static func groupID(_ name: String) throws -> gid_t {
        guard let g = getgrnam(name) else {
            throw Refusal(SharedDirectoryWords.noGroup(name))
        }
        let gid = g.pointee.gr_gid
        if geteuid() == 0 || getegid() == gid { return gid }
        let n = getgroups(0, nil)
        var groups = [gid_t](repeating: 0, count: Int(max(n, 0)))
        let got = getgroups(n, &groups)
        if got >= 0 && groups.prefix(Int(got)).contains(gid) { return gid }
        let me = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? "uid \(geteuid())"
        throw Refusal(SharedDirectoryWords.notInGroup(name, me: me))
    }
}
