import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Real Unix users in one group, for testing Samen the way an attacker on a
/// shared server would try it: as another login, through real processes.
///
/// The users are made once per machine with `groupadd`/`useradd` (CI runs
/// as root) and kept; they own nothing but what a test gives them. Tests that
/// need them are enabled only where `UnixUsers.available` holds.
enum UnixUsers {
    /// The group a network's members share on the server.
    static let group = "samen-net"
    /// Two members of the network, and one login outside it.
    static let alice = "samen-alice"
    static let bob = "samen-bob"
    static let mallory = "samen-mallory"

    /// Whether real users can be made and switched to (root, with the tools).
    static let available: Bool = {
        guard getuid() == 0 else { return false }
        let tools = ["/usr/sbin/useradd", "/usr/sbin/groupadd", "/usr/bin/setpriv"]
        return tools.allSatisfy { access($0, X_OK) == 0 }
    }()

    /// Makes the group and users if they are missing; idempotent, safe to call from every test.
    static let ensured: Bool = {
        guard available else { return false }
        if getgrnam(group) == nil { _ = system("/usr/sbin/groupadd", [group]) }
        for user in [alice, bob] where getpwnam(user) == nil {
            _ = system("/usr/sbin/useradd", ["-M", "-N", "-g", group, "-s", "/usr/sbin/nologin", user])
        }
        if getpwnam(mallory) == nil {
            _ = system("/usr/sbin/useradd", ["-M", "-U", "-s", "/usr/sbin/nologin", mallory])
        }
        return getpwnam(alice) != nil && getpwnam(bob) != nil && getpwnam(mallory) != nil && getgrnam(group) != nil
    }()

    static func uid(_ user: String) -> uid_t { getpwnam(user)!.pointee.pw_uid }
    static func gid(ofGroup name: String) -> gid_t { getgrnam(name)!.pointee.gr_gid }

    /// A copy of the `samen` binary that every user may run: the build
    /// directory may sit under a home only root can enter.
    ///
    /// Written through a descriptor opened with `O_CLOEXEC`, and run once
    /// before it is handed out: tests run in parallel and start processes,
    /// and a child forked while the copy is open for writing keeps that
    /// descriptor, so every exec of the copy fails with ETXTBSY ("Text file
    /// busy") for as long as the child runs (FileManager's copy leaves the
    /// flag off; CI failed four runs of one test this way).
    static let binary: String = {
        let dir = SamenBinary.temporaryDirectory("samen-bin")
        chmod(dir, 0o755)
        let copy = dir + "/samen"
        let bytes = FileManager.default.contents(atPath: SamenBinary.path) ?? Data()
        let fd = open(copy, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        if fd >= 0 {
            bytes.withUnsafeBytes { raw in
                var done = 0
                while done < raw.count {
                    let n = write(fd, raw.baseAddress! + done, raw.count - done)
                    if n <= 0 { break }
                    done += n
                }
            }
            close(fd)
        }
        chmod(copy, 0o755)
        // A child forked in the instant the copy was open closes it at its own exec: wait that out.
        for _ in 0..<100 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: copy)
            p.arguments = ["--help"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            if (try? p.run()) != nil { p.waitUntilExit(); break }
            usleep(20_000)
        }
        return copy
    }()

    /// A fresh directory every test user can enter, for a test's data or a planted target.
    static func scratchDirectory(_ label: String) -> String {
        let dir = SamenBinary.temporaryDirectory(label)
        chmod(dir, 0o777)
        return dir
    }

    /// Runs `samen args...` as `user` (real and effective uid, their groups),
    /// with a pinned day and no `SAMEN_USER` unless the test sets one.
    static func run(as user: String, _ args: [String], environment extra: [String: String] = [:]) throws -> SamenBinary.Result {
        var env: [String: String] = ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8",
                                     "SAMEN_TODAY": "2026-03-02", "TERM": "dumb"]
        for (k, v) in extra { env[k] = v }
        env = SamenBinary.pinnedClock(env)
        return try SamenBinary.runProgram("/usr/bin/setpriv",
                                          ["--reuid=\(user)", "--regid=\(getpwnam(user)!.pointee.pw_gid)", "--init-groups", "--", binary] + args,
                                          environment: env, inheritEnvironment: false)
    }

    @discardableResult
    static func system(_ tool: String, _ args: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }
}
