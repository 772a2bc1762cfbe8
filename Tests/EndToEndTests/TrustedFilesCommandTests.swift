import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A shared network directory tried the way another member of its Unix
/// group would: real users, real processes, the built binary.
@Suite struct TrustedFilesCommandTests {
    /// Runs a shell command as `user`, with their groups, and returns its exit status.
    @discardableResult
    func shell(as user: String, _ script: String) throws -> SamenBinary.Result {
        try SamenBinary.runProgram("/usr/bin/setpriv",
                                   ["--reuid=\(user)", "--regid=\(getpwnam(user)!.pointee.pw_gid)", "--init-groups", "--", "/bin/sh", "-c", script],
                                   environment: ["PATH": "/usr/bin:/bin"], inheritEnvironment: false)
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    func mode(_ path: String) -> mode_t {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
    }

    /// Every data file's bytes, without the load cache.
    func contents(_ dir: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for name in (try? FileManager.default.subpathsOfDirectory(atPath: dir)) ?? [] where !name.hasPrefix(".samen-cache") {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir + "/" + name, isDirectory: &isDir), !isDir.boolValue { out[name] = bytes(dir + "/" + name) }
        }
        return out
    }

    /// Bob plants links in the group's directory to files of Alice's outside
    /// it; Alice's next change is refused with a message naming them, and
    /// her files are exactly as they were.
    @Test(.enabled(if: UnixUsers.available)) func linksPlantedByAnotherMemberAreRefusedAndTheirTargetsUntouched() throws {
        #expect(UnixUsers.ensured)
        let root = UnixUsers.scratchDirectory("samen-plant")
        defer { SamenBinary.remove(root) }
        let net = root + "/net", home = root + "/alice-home"
        #expect(try UnixUsers.run(as: UnixUsers.alice, ["init", "--demo", "st-groep", "--group", UnixUsers.group, "--data", net]).status == 0)
        // Alice's own files, outside the network: what a takeover would write to.
        let alice = UnixUsers.uid(UnixUsers.alice)
        try FileManager.default.createDirectory(atPath: home + "/projects", withIntermediateDirectories: true)
        try "export PATH=/usr/bin\n".write(toFile: home + "/.bashrc", atomically: false, encoding: .utf8)
        try "ssh-ed25519 AAAA alice\n".write(toFile: home + "/projects/000001-005000.jsonl", atomically: false, encoding: .utf8)
        for path in [home, home + "/projects", home + "/.bashrc", home + "/projects/000001-005000.jsonl"] {
            #expect(chown(path, alice, getpwnam(UnixUsers.alice)!.pointee.pw_gid) == 0)
        }
        chmod(home, 0o755)
        let before = [home + "/.bashrc", home + "/projects/000001-005000.jsonl"].map(bytes)

        let plant = try shell(as: UnixUsers.bob, """
            cd '\(net)' && mv history.jsonl h.bak && ln -s '\(home)/.bashrc' history.jsonl \
              && mv ledger.jsonl l.bak && ln -s '\(home)/.bashrc' ledger.jsonl \
              && mv projects p.bak && ln -s '\(home)/projects' projects
            """)
        #expect(plant.status == 0, "\(plant.stderr)")

        let r = try UnixUsers.run(as: UnixUsers.alice, ["member", "add", "--name", "Lotte de Vries", "--city", "Leiden", "--data", net])
        #expect(r.status != 0)
        for name in ["history.jsonl", "ledger.jsonl", "projects/"] {
            #expect(r.stderr.contains("\(name): is a symbolic link"), "\(name): \(r.stderr)")
        }
        #expect(r.stderr.contains("Samen never reads or writes through one"))
        #expect([home + "/.bashrc", home + "/projects/000001-005000.jsonl"].map(bytes) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home + "/projects") == ["000001-005000.jsonl"])
        #expect(!(bytes(net + "/members.jsonl").map { String(decoding: $0, as: UTF8.self) } ?? "").contains("Lotte"))

        // samen check names them too, and fails.
        let check = try UnixUsers.run(as: UnixUsers.alice, ["check", "--data", net])
        #expect(check.status != 0)
        #expect(check.stderr.contains("history.jsonl: is a symbolic link"), "\(check.stderr)")
    }

    /// Bob writes a snapshot that matches Alice's members.jsonl in every
    /// stamp (device, inode, size, times) but holds other names, and puts it
    /// where a cache could be looked for. Alice sees what the file says.
    @Test(.enabled(if: UnixUsers.available)) func aSnapshotForgedByAnotherMemberIsNotBelieved() throws {
        #expect(UnixUsers.ensured)
        let root = UnixUsers.scratchDirectory("samen-forge")
        defer { SamenBinary.remove(root) }
        let net = root + "/net", copy = root + "/copy"
        #expect(try UnixUsers.run(as: UnixUsers.alice, ["init", "--demo", "st-groep", "--group", UnixUsers.group, "--data", net]).status == 0)
        let made = try shell(as: UnixUsers.bob, "mkdir '\(copy)' && cp '\(net)'/*.json '\(net)'/*.jsonl '\(copy)/' && cp -r '\(net)/projects' '\(copy)/'")
        #expect(made.status == 0, "\(made.stderr)")
        // Bob's copy differs in one name, byte for byte the same length.
        let text = try String(contentsOfFile: copy + "/members.jsonl", encoding: .utf8)
        let nameRange = try #require(text.range(of: #""name":""#))
        let real = String(text[nameRange.upperBound...].prefix { $0 != "\"" })
        let fake = String(repeating: "X", count: real.utf8.count)
        try text.replacingOccurrences(of: #""name":"\#(real)""#, with: #""name":"\#(fake)""#).write(toFile: copy + "/members.jsonl", atomically: false, encoding: .utf8)
        usleep(2_200_000)  // a file is snapshotted once it has settled
        #expect(try UnixUsers.run(as: UnixUsers.bob, ["member", "list", "--data", copy]).stdout.contains(fake))
        let found = FileManager.default.enumerator(atPath: copy + "/.samen-cache")?.compactMap { $0 as? String }.first { $0.hasSuffix("members.jsonl.snapshot") }
        let forged = copy + "/.samen-cache/" + (try #require(found))
        // The header's stamp made to match Alice's file.
        var st = stat()
        #expect(lstat(net + "/members.jsonl", &st) == 0)
        let fields: [Int64] = [Int64(bitPattern: UInt64(st.st_dev)), Int64(bitPattern: UInt64(st.st_ino)), Int64(st.st_size),
                               Int64(st.st_mtim.tv_sec), Int64(st.st_mtim.tv_nsec), Int64(st.st_ctim.tv_sec), Int64(st.st_ctim.tv_nsec)]
        let fd = open(forged, O_WRONLY)
        for (i, v) in fields.enumerated() { var le = v.littleEndian; _ = pwrite(fd, &le, 8, off_t(16 + 8 * i)) }
        close(fd)
        // As if Alice had never loaded: where her snapshots would go is free.
        let aliceDir = net + "/.samen-cache/\(UnixUsers.uid(UnixUsers.alice))"
        SamenBinary.remove(aliceDir)
        // Readable by the group, as a shared cache's files are.
        let planted = try shell(as: UnixUsers.bob, """
            cp '\(forged)' '\(net)/.samen-cache/members.jsonl.snapshot' && chmod 664 '\(net)/.samen-cache/members.jsonl.snapshot' \
            && mkdir -p '\(aliceDir)' && chmod 2775 '\(aliceDir)' && cp '\(forged)' '\(aliceDir)/members.jsonl.snapshot' \
            && chmod 664 '\(aliceDir)/members.jsonl.snapshot'
            """)
        #expect(planted.status == 0, "\(planted.stderr)")
        let seen = try UnixUsers.run(as: UnixUsers.alice, ["member", "list", "--data", net])
        #expect(seen.status == 0, "\(seen.stderr)")
        #expect(seen.stdout.contains(real))
        #expect(!seen.stdout.contains(fake))
        // And a change Alice saves carries the file's names, not the forged ones.
        _ = try UnixUsers.run(as: UnixUsers.alice, ["member", "add", "--name", "Lotte de Vries", "--city", "Leiden", "--data", net],
                              environment: ["SAMEN_USER": "pierre"])
        #expect(!(try String(contentsOfFile: net + "/members.jsonl", encoding: .utf8)).contains(fake))
    }

    /// `samen init` makes a directory the group shares, whatever the umask.
    @Test(arguments: ["077", "000"]) func initMakesAGroupDirectoryWhateverTheUmask(_ umask: String) throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let net = root + "/net"
        let r = try SamenBinary.runProgram("/bin/sh", ["-c", "umask \(umask) && exec \"$0\" \"$@\"", SamenBinary.path, "init", "--demo", "st-groep", "--data", net],
                                           environment: ["SAMEN_USER": "tester", "SAMEN_TODAY": "2026-03-02"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(mode(net) == 0o2770)
        #expect(mode(net + "/projects") == 0o2770)
        for name in ["network.json", "members.jsonl", "requests.jsonl", "ledger.jsonl", "history.jsonl", ".samen.lock", "projects/000001-005000.jsonl"] {
            #expect(mode(net + "/" + name) == 0o660, "\(name)")
        }
        // The load cache: the group may make their own directories in it, and none may remove another's.
        #expect(mode(net + "/.samen-cache") == 0o3770)
    }

    @Test(.enabled(if: UnixUsers.available)) func initGivesTheDirectoryTheChosenGroupAndRefusesOneTheUserIsNotIn() throws {
        #expect(UnixUsers.ensured)
        let root = UnixUsers.scratchDirectory("samen-group")
        defer { SamenBinary.remove(root) }
        let r = try UnixUsers.run(as: UnixUsers.alice, ["init", "--name", "Unit-2", "--group", UnixUsers.group, "--data", root + "/net"])
        #expect(r.status == 0, "\(r.stderr)")
        let gid = UnixUsers.gid(ofGroup: UnixUsers.group)
        for name in ["", "/network.json", "/projects", "/history.jsonl"] {
            var st = stat()
            #expect(lstat(root + "/net" + name, &st) == 0)
            #expect(st.st_gid == gid, "\(name)")
        }
        // Bob, in the group, can change it; Mallory, outside it, cannot even read it.
        #expect(try shell(as: UnixUsers.bob, "touch '\(root)/net/bob-was-here' && ls '\(root)/net'").status == 0)
        #expect(try shell(as: UnixUsers.mallory, "ls '\(root)/net'").status != 0)

        let refused = try UnixUsers.run(as: UnixUsers.mallory, ["init", "--name", "Unit-2", "--group", UnixUsers.group, "--data", root + "/other"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("you (\(UnixUsers.mallory)) are not in the Unix group '\(UnixUsers.group)'"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root + "/other"))
        let unknown = try UnixUsers.run(as: UnixUsers.alice, ["init", "--name", "Unit-2", "--group", "no-such-group-here", "--data", root + "/other"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("there is no Unix group 'no-such-group-here'"), "\(unknown.stderr)")
    }

    /// A missing file is named by every command and by `samen check`, and
    /// nothing is written.
    @Test(arguments: ["ledger.jsonl", "requests.jsonl", "history.jsonl", "projects/000001-005000.jsonl"])
    func aMissingFileIsNamedAndNothingIsWritten(_ name: String) throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let net = root + "/net"
        #expect(try SamenBinary.run(["init", "--demo", "st-groep", "--data", net], environment: ["SAMEN_TODAY": "2026-03-02"]).status == 0)
        try FileManager.default.removeItem(atPath: net + "/" + name)
        let before = contents(net)
        let r = try SamenBinary.run(["member", "add", "--name", "Lotte de Vries", "--city", "Leiden", "--data", net],
                                    environment: ["SAMEN_TODAY": "2026-03-02", "SAMEN_USER": "pierre"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("\(name): is missing; Samen never takes a missing file to mean an empty one"), "\(r.stderr)")
        #expect(contents(net) == before)
        let check = try SamenBinary.run(["check", "--data", net])
        #expect(check.status != 0)
        #expect(check.stderr.contains("\(name): is missing"), "\(check.stderr)")
        #expect(contents(net) == before)
    }

    @Test func checkReportsAStaleTemporaryFileWithItsOwnerAndAge() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let net = root + "/net"
        #expect(try SamenBinary.run(["init", "--demo", "st-groep", "--data", net], environment: ["SAMEN_TODAY": "2026-03-02"]).status == 0)
        let temp = net + "/projects/.000001-005000.jsonl.tmp-4f2a9c0d11e0b7a5"
        try "half".write(toFile: temp, atomically: false, encoding: .utf8)
        var times = [timespec(tv_sec: time(nil) - 2 * 86_400 - 60, tv_nsec: 0), timespec(tv_sec: time(nil) - 2 * 86_400 - 60, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, temp, &times, 0) == 0)
        let check = try SamenBinary.run(["check", "--data", net])
        let me = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        #expect(check.stderr.contains("projects/.000001-005000.jsonl.tmp-4f2a9c0d11e0b7a5: warning: a temporary file left by an interrupted save (owner \(me), 2 days old)"), "\(check.stderr)")
        #expect(check.status == 0)  // a warning: it holds nothing that was saved
    }
}
