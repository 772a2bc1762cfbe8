import Foundation
import Testing
@testable import SamenCore
#if canImport(Glibc)
import Glibc
#endif

/// Who acts, tried the way a member of a shared server would: real logins,
/// real processes, one network directory of the group samen-net, where
/// samen-alice is Alice, an associate, and samen-bob is Bob, a partner.
@Suite("Identity with real Unix users", .serialized)
struct IdentityTests {
    static let decline = ["project", "triage", "1", "--decline", "no-capacity"]

    /// A network made by root (its administrator), handed to the group.
    func withNetwork(_ body: (String) throws -> Void) throws {
        #expect(UnixUsers.ensured)
        let scratch = UnixUsers.scratchDirectory("samen-identity")
        defer { SamenBinary.remove(scratch) }
        let dir = scratch + "/net"
        let today = ["SAMEN_TODAY": "2026-03-02"]
        func root(_ args: [String]) throws {
            let r = try SamenBinary.run(args + ["--data", dir], environment: today)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        try root(["init", "--name", "Samen-net", "--place", "Leiden"])
        try root(["member", "add", "--id", "bob", "--name", "Bob Partner", "--role", "partner", "--city", "Leiden", "--login", UnixUsers.bob])
        try root(["member", "add", "--id", "alice", "--name", "Alice Associate", "--role", "associate", "--city", "Leiden", "--login", UnixUsers.alice])
        try root(["project", "add", "--title", "Annual report", "--client", "Gemeente", "--hours", "40", "--start", "2026-04-06",
                  "--weeks", "4", "--city", "Leiden"])
        #expect(Self.shell("chgrp -R \(UnixUsers.group) '\(dir)' && chmod -R g+rwX,o-rwx '\(dir)' && find '\(dir)' -type d -exec chmod g+s {} +") == 0)
        try body(dir)
    }

    static func shell(_ script: String) -> Int32 { UnixUsers.system("/bin/sh", ["-c", script]) }

    /// Everything a change could touch, to show a refusal touched nothing.
    static func snapshot(_ dir: String) throws -> [String] {
        try ["network.json", "members.jsonl", "projects/000001-005000.jsonl", "requests.jsonl", "ledger.jsonl", "history.jsonl"].map {
            try String(contentsOfFile: "\(dir)/\($0)", encoding: .utf8)
        }
    }

    /// `user` with the group samen-net added to their own: someone on the
    /// server who can read the directory but is no member of the network.
    static func runInGroup(as user: String, _ args: [String]) throws -> SamenBinary.Result {
        let env = ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8", "SAMEN_TODAY": "2026-03-02", "TERM": "dumb"]
        let groups = "\(getpwnam(user)!.pointee.pw_gid),\(UnixUsers.gid(ofGroup: UnixUsers.group))"
        return try SamenBinary.runProgram("/usr/bin/setpriv",
                                          ["--reuid=\(user)", "--regid=\(getpwnam(user)!.pointee.pw_gid)", "--groups=\(groups)", "--",
                                           UnixUsers.binary] + args,
                                          environment: env, inheritEnvironment: false)
    }

    @Test(.enabled(if: UnixUsers.available)) func aliceCannotActAsBobThroughAsOrSamenUser() throws {
        try withNetwork { dir in
            let before = try Self.snapshot(dir)
            let refusal = "you are samen-alice (Alice Associate, an associate); only a partner or an administrator may act for Bob Partner"
            let viaFlag = try UnixUsers.run(as: UnixUsers.alice, Self.decline + ["--as", "bob", "--data", dir])
            #expect(viaFlag.status != 0)
            #expect(viaFlag.stderr.contains(refusal), "\(viaFlag.stderr)")
            let viaEnvironment = try UnixUsers.run(as: UnixUsers.alice, Self.decline + ["--data", dir], environment: ["SAMEN_USER": "bob"])
            #expect(viaEnvironment.status != 0)
            #expect(viaEnvironment.stderr.contains(refusal), "\(viaEnvironment.stderr)")
            // Bob's login works no better than his id.
            let viaLogin = try UnixUsers.run(as: UnixUsers.alice, Self.decline + ["--as", UnixUsers.bob, "--data", dir])
            #expect(viaLogin.stderr.contains(refusal), "\(viaLogin.stderr)")
            #expect(try Self.snapshot(dir) == before, "a refused change writes nothing")
            // As herself, Alice (an associate) may not decline either: ST-groep-like default, partners and coordinators triage.
            let herself = try UnixUsers.run(as: UnixUsers.alice, Self.decline + ["--data", dir])
            #expect(herself.stderr.contains("only a partner may decline project 1 in Samen-net (triage: coordinators); you act as Alice Associate (samen-alice), an associate"),
                    "\(herself.stderr)")
            #expect(try Self.snapshot(dir) == before)
        }
    }

    @Test(.enabled(if: UnixUsers.available)) func nobodyTakesOverALogin() throws {
        try withNetwork { dir in
            let before = try Self.snapshot(dir)
            let takeBobs = try UnixUsers.run(as: UnixUsers.alice, ["member", "edit", "alice", "--login", UnixUsers.bob, "--data", dir])
            #expect(takeBobs.status != 0)
            #expect(takeBobs.stderr.contains("login 'samen-bob' already belongs to Bob Partner (bob)"), "\(takeBobs.stderr)")
            let giveBobHers = try UnixUsers.run(as: UnixUsers.alice, ["member", "edit", "bob", "--login", UnixUsers.alice, "--data", dir])
            #expect(giveBobHers.status != 0)
            #expect(giveBobHers.stderr.contains("only Bob Partner or a partner may change Bob Partner's login; you act as Alice Associate (samen-alice), an associate"),
                    "\(giveBobHers.stderr)")
            let rootsLogin = try UnixUsers.run(as: UnixUsers.alice, ["member", "edit", "alice", "--login", "root", "--data", dir])
            #expect(rootsLogin.stderr.contains("login 'root' belongs to an administrator of this network and cannot be a member's"), "\(rootsLogin.stderr)")
            #expect(try Self.snapshot(dir) == before)
        }
    }

    @Test(.enabled(if: UnixUsers.available)) func aNonMemberCannotDeclineTheCollectivesAssignment() throws {
        try withNetwork { dir in
            let before = try Self.snapshot(dir)
            // Outside the group, the server itself keeps Mallory out.
            let outside = try UnixUsers.run(as: UnixUsers.mallory, Self.decline + ["--data", dir])
            #expect(outside.status != 0)
            // In the group but no member of the network: Samen refuses.
            let inGroup = try Self.runInGroup(as: UnixUsers.mallory, Self.decline + ["--data", dir])
            #expect(inGroup.status != 0)
            #expect(inGroup.stderr.contains("only a partner may decline project 1 in Samen-net (triage: coordinators); you act as 'samen-mallory', who is not a member of this network"),
                    "\(inGroup.stderr)")
            let asBob = try Self.runInGroup(as: UnixUsers.mallory, Self.decline + ["--as", "bob", "--data", dir])
            #expect(asBob.stderr.contains("you are samen-mallory, who is not a member of this network; only a partner or an administrator may act for Bob Partner"),
                    "\(asBob.stderr)")
            #expect(try Self.snapshot(dir) == before)
            // Root is no member either; once the network no longer names it an administrator, it may only read.
            let network = try String(contentsOfFile: dir + "/network.json", encoding: .utf8)
            try network.replacingOccurrences(of: #""administrators": ["root"],"#, with: "").write(toFile: dir + "/network.json", atomically: true, encoding: .utf8)
            #expect(!(try String(contentsOfFile: dir + "/network.json", encoding: .utf8)).contains("administrators"))
            let handedOver = try Self.snapshot(dir)
            let root = try SamenBinary.run(Self.decline + ["--data", dir])
            #expect(root.status != 0)
            #expect(root.stderr.contains("only a partner may decline project 1 in Samen-net (triage: coordinators); you act as 'root', who is not a member of this network"),
                    "\(root.stderr)")
            let rootAsBob = try SamenBinary.run(Self.decline + ["--as", "bob", "--data", dir])
            #expect(rootAsBob.stderr.contains("you are root, who is not a member of this network; only a partner or an administrator may act for Bob Partner"),
                    "\(rootAsBob.stderr)")
            #expect(try Self.snapshot(dir) == handedOver)
            #expect(try SamenBinary.run(["project", "show", "1", "--data", dir]).stdout.contains("incoming"), "reading is still allowed")
        }
    }

    @Test(.enabled(if: UnixUsers.available)) func bobActsForAliceAndTheHistorySaysBoth() throws {
        try withNetwork { dir in
            let asked = try UnixUsers.run(as: UnixUsers.bob, ["request", "add", "--text", "Who knows a risograph printer?", "--as", "alice", "--data", dir])
            #expect(asked.status == 0, "\(asked.stderr)")
            #expect(asked.stdout.contains("Alice Associate asks (advice): Who knows a risograph printer?"))
            let last = try #require(try HistoryLog.read(directory: dir).last)
            #expect(last.by == UnixUsers.bob)
            #expect(last.actedFor == "alice")
            let history = try UnixUsers.run(as: UnixUsers.alice, ["history", "--limit", "1", "--data", dir])
            #expect(history.stdout.contains("samen-bob for alice  Alice Associate asks (advice): Who knows a risograph printer?"), "\(history.stdout)")
            // And Bob, a partner, declines the collective's assignment as himself.
            let declined = try UnixUsers.run(as: UnixUsers.bob, Self.decline + ["--data", dir])
            #expect(declined.status == 0, "\(declined.stderr)")
            #expect(try HistoryLog.read(directory: dir).last?.who == UnixUsers.bob)
        }
    }
}
