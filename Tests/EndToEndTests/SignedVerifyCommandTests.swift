import Foundation
import Testing
@testable import SamenCore
#if canImport(Glibc)
import Glibc
#endif

/// Issue 14's "done when": a ST-groep directory on a shared server, where
/// samen-bob is the partner Guido and samen-alice the associate Bart, each
/// with an ssh key made here by the real `ssh-keygen`, which also signs.
@Suite("samen verify with signed changes and real ssh keys", .serialized)
struct SignedVerifyCommandTests {
    static let available = UnixUsers.available && FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen")
    static let today = "2026-03-02"

    struct Network {
        let dir: String
        let scratch: String
        /// The private key file of each user, theirs alone (mode 0600).
        func key(_ user: String) -> String { "\(scratch)/\(user)-key" }
        func run(as user: String, _ args: [String]) throws -> SamenBinary.Result {
            try UnixUsers.run(as: user, args + ["--data", dir], environment: ["SAMEN_SIGNING_KEY": key(user), "SAMEN_TODAY": SignedVerifyCommandTests.today])
        }
        func history() throws -> [String] {
            try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
        }
    }

    /// `samen init --demo st-groep` by root, logins given to Guido and Bart,
    /// the directory shared with the group, and each user's key registered by
    /// themselves (so that line is signed by the key it registers).
    func withKeyedNetwork(_ body: (Network) throws -> Void) throws {
        #expect(UnixUsers.ensured)
        let scratch = UnixUsers.scratchDirectory("samen-signed")
        defer { SamenBinary.remove(scratch) }
        let net = Network(dir: scratch + "/st", scratch: scratch)
        func root(_ args: [String]) throws {
            let r = try SamenBinary.run(args + ["--data", net.dir], environment: ["SAMEN_TODAY": Self.today])
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        try root(["init", "--demo", "st-groep"])
        try root(["member", "edit", "guido", "--login", UnixUsers.bob])
        try root(["member", "edit", "bart", "--login", UnixUsers.alice])
        #expect(IdentityTests.shell("chgrp -R \(UnixUsers.group) '\(net.dir)' && chmod -R g+rwX,o-rwx '\(net.dir)' && find '\(net.dir)' -type d -exec chmod g+s {} +") == 0)
        for (user, member) in [(UnixUsers.bob, "guido"), (UnixUsers.alice, "bart")] {
            let key = net.key(user)
            #expect(UnixUsers.system("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "\(user)@test", "-f", key]) == 0)
            #expect(chown(key, UnixUsers.uid(user), getpwnam(user)!.pointee.pw_gid) == 0)
            let added = try net.run(as: user, ["member", "key", "add", member, key + ".pub"])
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stderr.isEmpty, "signed, so no warning: \(added.stderr)")
        }
        try body(net)
    }

    @Test(.enabled(if: available)) func thePartnersSignedChangesVerify() throws {
        try withKeyedNetwork { net in
            let rate = try net.run(as: UnixUsers.bob, ["finance", "contribution", "set", "--role", "associate", "--percent", "9"])
            #expect(rate.status == 0, "\(rate.stderr)")
            let revenue = try net.run(as: UnixUsers.alice, ["ledger", "add", "--kind", "revenue", "--amount", "1000", "--member", "bart"])
            #expect(revenue.status == 0, "\(revenue.stderr)")
            let r = try net.run(as: UnixUsers.alice, ["verify"])
            #expect(r.status == 0, "\(r.stderr)")
            // The creation and root's two logins are unsigned (no keys yet); both key lines, the rate and the revenue signed.
            #expect(r.stdout.contains("verified: the 6 change(s) since the baseline of "), "\(r.stdout)")
            #expect(r.stdout.contains("signed: 4 of 7 line(s) from the baseline on, each by a key its author had registered; unsigned: lines 1, 2, 3"), "\(r.stdout)")
            let history = try net.run(as: UnixUsers.bob, ["history"])
            let fingerprint = try SSHPublicKey(line: try String(contentsOfFile: net.key(UnixUsers.bob) + ".pub", encoding: .utf8)).fingerprint
            #expect(history.stdout.contains("signed \(fingerprint.prefix(14))…  samen-bob  contribution of associates: 9 % of revenue from 2026-03-02"), "\(history.stdout)")

            // OpenSSH agrees: the partner's line, without its signature, verifies with his key and the namespace samen.
            let line = try #require(try net.history().first { $0.contains("set-contribution-rate") })
            let (signed, text) = try #require(SignedLine.split(Array(line.utf8)))
            let pub = try String(contentsOfFile: net.key(UnixUsers.bob) + ".pub", encoding: .utf8).split(separator: " ")
            try "guido \(pub[0]) \(pub[1])\n".write(toFile: net.scratch + "/allowed", atomically: true, encoding: .utf8)
            try SSHSignature(text: text).armoured.write(toFile: net.scratch + "/line.sig", atomically: true, encoding: .utf8)
            try Data(signed).write(to: URL(fileURLWithPath: net.scratch + "/line"))
            let ssh = try SamenBinary.runProgram("/bin/sh", ["-c", "/usr/bin/ssh-keygen -Y verify -f '\(net.scratch)/allowed' -I guido -n samen -s '\(net.scratch)/line.sig' < '\(net.scratch)/line'"],
                                                 environment: ["PATH": "/usr/bin:/bin"], inheritEnvironment: false)
            #expect(ssh.status == 0, "\(ssh.stdout) \(ssh.stderr)")
            #expect(ssh.stdout.contains("Good \"samen\" signature for guido with ED25519 key \(fingerprint)"), "\(ssh.stdout)")
        }
    }

    @Test(.enabled(if: available)) func anAmountTheAssociateChangedByHandIsNamed() throws {
        try withKeyedNetwork { net in
            let revenue = try net.run(as: UnixUsers.alice, ["ledger", "add", "--kind", "revenue", "--amount", "1000", "--member", "bart"])
            #expect(revenue.status == 0, "\(revenue.stderr)")
            let ledger = try String(contentsOfFile: net.dir + "/ledger.jsonl", encoding: .utf8).split(separator: "\n")
            // Her revenue, followed by the contribution it makes her pay.
            let lineNumber = try #require(ledger.lastIndex { $0.contains(#""kind":"revenue""#) && $0.contains("samen-alice") }) + 1
            guard case let .object(pairs) = try JSONParser.parse(Array(ledger[lineNumber - 1].utf8)),
                  case let .int(id)? = pairs.first(where: { $0.0 == "id" })?.1 else { Issue.record("no id on the ledger's last line"); return }
            // Her € 1.000,00 made € 10,00 in the file: less contribution to pay.
            let edited = try VerifyCommandTests.shell(as: UnixUsers.alice, "sed -i '\(lineNumber)s/\"amount\":100000,/\"amount\":1000,/' '\(net.dir)/ledger.jsonl'")
            #expect(edited.status == 0, "\(edited.stderr)")
            let after = try String(contentsOfFile: net.dir + "/ledger.jsonl", encoding: .utf8).split(separator: "\n")
            #expect(after[lineNumber - 1].hasPrefix(#"{"amount":1000,"#), "\(ledger[lineNumber - 1])")
            let r = try net.run(as: UnixUsers.bob, ["verify"])
            #expect(r.status == 3)
            #expect(r.stderr.contains("ledger.jsonl:\(lineNumber): entry \(id) is not what the history makes of it: amount: the file says 1000, the history 100000"), "\(r.stderr)")
        }
    }

    @Test(.enabled(if: available)) func aPartnersChangeTheAssociateSignsIsRefusedAndFailsVerification() throws {
        try withKeyedNetwork { net in
            let before = try net.history()
            let refused = try net.run(as: UnixUsers.alice, ["finance", "contribution", "set", "--role", "associate", "--percent", "0"])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("may change contribution percentages"), "\(refused.stderr)")
            #expect(try net.history() == before)

            // The same change, signed by her own registered key with the real ssh-keygen, written into the history by hand.
            let body = #"{"as":"login","at":"2026-03-02T11:00:00Z","by":"samen-alice","change":{"basisPoints":0,"change":"set-contribution-rate","from":"2026-03-02","role":"associate"},"summary":"associate contribution 0 %","today":"2026-03-02"}"#
            try body.write(toFile: net.scratch + "/forged", atomically: true, encoding: .utf8)
            let sign = try VerifyCommandTests.shell(as: UnixUsers.alice, "/usr/bin/ssh-keygen -Y sign -q -n samen -f '\(net.key(UnixUsers.alice))' < '\(net.scratch)/forged'")
            #expect(sign.status == 0, "\(sign.stderr)")
            let signature = try SSHSignature(text: sign.stdout)
            let line = String(decoding: SignedLine.appending(signature, to: Array(body.utf8)), as: UTF8.self)
            try line.write(toFile: net.scratch + "/line", atomically: true, encoding: .utf8)
            let appended = try VerifyCommandTests.shell(as: UnixUsers.alice, "cat '\(net.scratch)/line' >> '\(net.dir)/history.jsonl' && echo >> '\(net.dir)/history.jsonl'")
            #expect(appended.status == 0, "\(appended.stderr)")
            // Her signature holds: the history shows it signed.
            let shown = try net.run(as: UnixUsers.bob, ["history", "--limit", "1"])
            #expect(shown.stdout.contains("signed \(signature.key.fingerprint.prefix(14))…  samen-alice"), "\(shown.stdout)")
            let r = try net.run(as: UnixUsers.bob, ["verify"])
            #expect(r.status == 3)
            #expect(r.stderr.contains("history.jsonl:\(before.count + 1): set-contribution-rate by samen-alice on 2026-03-02 is refused by the rules: only a partner"), "\(r.stderr)")
        }
    }
}
