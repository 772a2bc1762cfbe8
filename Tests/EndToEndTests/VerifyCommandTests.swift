import Foundation
import Testing
@testable import SamenCore
#if canImport(Glibc)
import Glibc
#endif

/// `samen verify` on a network directory shared by real Unix users (issue
/// 14): samen-bob is a partner, samen-alice an associate, both in the group
/// samen-net that owns the directory.
@Suite("samen verify with real Unix users", .serialized)
struct VerifyCommandTests {
    /// A shell command run as `user`, with their groups: an edit by hand.
    static func shell(as user: String, _ script: String) throws -> SamenBinary.Result {
        try SamenBinary.runProgram("/usr/bin/setpriv",
                                   ["--reuid=\(user)", "--regid=\(getpwnam(user)!.pointee.pw_gid)", "--init-groups", "--", "/bin/sh", "-c", script],
                                   environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"], inheritEnvironment: false)
    }

    static func verify(as user: String, _ dir: String) throws -> SamenBinary.Result {
        try UnixUsers.run(as: user, ["verify", "--data", dir])
    }

    @Test(.enabled(if: UnixUsers.available)) func thePartnersChangesVerify() throws {
        try IdentityTests().withNetwork { dir in
            let declined = try UnixUsers.run(as: UnixUsers.bob, IdentityTests.decline + ["--data", dir])
            #expect(declined.status == 0, "\(declined.stderr)")
            let revenue = try UnixUsers.run(as: UnixUsers.alice, ["ledger", "add", "--kind", "revenue", "--amount", "1000", "--member", "alice", "--data", dir])
            #expect(revenue.status == 0, "\(revenue.stderr)")
            for user in [UnixUsers.bob, UnixUsers.alice] {
                let r = try Self.verify(as: user, dir)
                #expect(r.status == 0, "\(r.stderr)")
                // root's three additions when the network was set up, Bob's decline, Alice's revenue.
                #expect(r.stdout.hasPrefix("verified: the 5 change(s) since the baseline of "), "\(r.stdout)")
            }
        }
    }

    @Test(.enabled(if: UnixUsers.available)) func anAmountAliceLoweredByHandIsNamed() throws {
        try IdentityTests().withNetwork { dir in
            let revenue = try UnixUsers.run(as: UnixUsers.alice, ["ledger", "add", "--kind", "revenue", "--amount", "1000", "--member", "alice", "--data", dir])
            #expect(revenue.status == 0, "\(revenue.stderr)")
            // Her revenue of € 1.000,00 made € 10,00 by hand: less contribution to pay.
            let edited = try Self.shell(as: UnixUsers.alice, "sed -i '1s/\"amount\":100000,/\"amount\":1000,/' '\(dir)/ledger.jsonl'")
            #expect(edited.status == 0, "\(edited.stderr)")
            #expect(try String(contentsOfFile: dir + "/ledger.jsonl", encoding: .utf8).hasPrefix(#"{"amount":1000,"#))
            let r = try Self.verify(as: UnixUsers.bob, dir)
            #expect(r.status == 3)
            #expect(r.stderr.contains("ledger.jsonl:1: entry 1 is not what the history makes of it: amount: the file says 1000, the history 100000"), "\(r.stderr)")
            #expect(r.stderr.contains("does not verify: nothing was changed"))
        }
    }

    @Test(.enabled(if: UnixUsers.available)) func aPartnersRightAliceTookIsRefusedAndHerHandMadeLineFailsVerification() throws {
        try IdentityTests().withNetwork { dir in
            let before = try IdentityTests.snapshot(dir)
            let set = ["finance", "contribution", "set", "--role", "associate", "--percent", "0", "--data", dir]
            let refused = try UnixUsers.run(as: UnixUsers.alice, set)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("only a partner or a coordinator may change contribution percentages"), "\(refused.stderr)")
            #expect(try IdentityTests.snapshot(dir) == before)
            // The same change, written into the history by hand, with the rate changed to match.
            let line = #"{"as":"login","at":"2026-03-02T10:00:00Z","by":"samen-alice","change":{"basisPoints":0,"change":"set-contribution-rate","from":"2026-03-02","role":"associate"},"summary":"associate contribution 0 %","today":"2026-03-02"}"#
            let forged = try Self.shell(as: UnixUsers.alice, "printf '%s\\n' '\(line)' >> '\(dir)/history.jsonl'")
            #expect(forged.status == 0, "\(forged.stderr)")
            let lines = try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8).split(separator: "\n").count
            let r = try Self.verify(as: UnixUsers.bob, dir)
            #expect(r.status == 3)
            #expect(r.stderr.contains("history.jsonl:\(lines): set-contribution-rate by samen-alice on 2026-03-02 is refused by the rules: only a partner or a coordinator may change contribution percentages"),
                    "\(r.stderr)")
        }
    }

    /// A directory an earlier Samen made: no baseline, lines without their day.
    @Test(.enabled(if: UnixUsers.available)) func thePartnerMakesABaselineForAnOlderDirectory() throws {
        try IdentityTests().withNetwork { dir in
            try FileManager.default.removeItem(atPath: dir + "/.samen-baseline")
            let history = try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8)
            let old = history.replacingOccurrences(of: #""baseline":\{[^}]*\},?"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #","today":"[0-9-]*""#, with: "", options: .regularExpression)
            try old.write(toFile: dir + "/history.jsonl", atomically: false, encoding: .utf8)
            let before = try Self.verify(as: UnixUsers.bob, dir)
            #expect(before.status == 3)
            #expect(before.stderr.contains("history.jsonl:1: the directory was made by a Samen that kept no baseline, so its history cannot be replayed; a partner or an administrator can make the files as they are the baseline with `samen verify --make-baseline`"),
                    "\(before.stderr)")
            let alice = try UnixUsers.run(as: UnixUsers.alice, ["verify", "--make-baseline", "--data", dir])
            #expect(alice.status == 1)
            #expect(alice.stderr.contains("only a partner or an administrator may make the files as they are the baseline that verification starts from"), "\(alice.stderr)")
            let bob = try UnixUsers.run(as: UnixUsers.bob, ["verify", "--make-baseline", "--data", dir])
            #expect(bob.status == 0, "\(bob.stderr)")
            #expect(bob.stdout.contains("baseline made: the files as they are now, named on history line 5; verification starts from here"), "\(bob.stdout)")
            let after = try Self.verify(as: UnixUsers.alice, dir)
            #expect(after.status == 0, "\(after.stderr)")
            #expect(after.stdout.hasPrefix("verified: the 0 change(s) since the baseline of "))
            #expect(after.stdout.contains("(history line 5)"))
        }
    }
}
