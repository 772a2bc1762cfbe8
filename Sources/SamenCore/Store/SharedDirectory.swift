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
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
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
            throw Refusal(description: "cannot create the directory \(path): \(FileIO.errorText())")
        }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Refusal(description: "cannot open the directory \(path): \(FileIO.errorText())") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Refusal(description: "cannot stat \(path): \(FileIO.errorText())") }
        guard st.st_uid == geteuid() else {
            if let group { throw Refusal(description: "cannot give \(path) the group '\(group)': it belongs to another user, who can (chgrp \(group) \(path); chmod 2770 \(path))") }
            return
        }
        if let gid, fchown(fd, uid_t.max, gid) != 0 {
            throw Refusal(description: "cannot give \(path) the group '\(group ?? "")': \(FileIO.errorText())")
        }
        // After the chown, which clears setgid.
        if fchmod(fd, mode_t(mode(fileMode: fileMode))) != 0 {
            throw Refusal(description: "cannot set the mode of \(path): \(FileIO.errorText())")
        }
    }

    /// The group's id, if the user is in it (root may choose any group).
    static func groupID(_ name: String) throws -> gid_t {
        guard let g = getgrnam(name) else {
            throw Refusal(description: "there is no Unix group '\(name)' (an administrator creates it with `groupadd \(name)` and adds members with `usermod -aG \(name) LOGIN`)")
        }
        let gid = g.pointee.gr_gid
        if geteuid() == 0 || getegid() == gid { return gid }
        let n = getgroups(0, nil)
        var groups = [gid_t](repeating: 0, count: Int(max(n, 0)))
        let got = getgroups(n, &groups)
        if got >= 0 && groups.prefix(Int(got)).contains(gid) { return gid }
        let me = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? "uid \(geteuid())"
        throw Refusal(description: "you (\(me)) are not in the Unix group '\(name)'; an administrator adds you with `usermod -aG \(name) \(me)`, then log in again")
    }
}
