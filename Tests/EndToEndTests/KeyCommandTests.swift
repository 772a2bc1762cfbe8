import Foundation
import Testing
@testable import SamenCore

/// `samen member key` as an administrator at the shell uses it: register,
/// list, replace, revoke, and the refusals a person reads (issue 14). Keys
/// made here by the real ssh-keygen; the day pinned.
@Suite("samen member key")
struct KeyCommandTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]
    static let available = FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen")

    func run(_ args: [String], _ dir: String) throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir], environment: Self.env)
    }

    /// A new key pair in `dir`; its public half.
    func makeKey(_ dir: String, _ name: String, type: String = "ed25519") throws -> String {
        let r = try SamenBinary.runProgram("/usr/bin/ssh-keygen", ["-q", "-t", type, "-N", "", "-C", "\(name)@test", "-f", "\(dir)/\(name)"],
                                           environment: ["PATH": "/usr/bin:/bin"], inheritEnvironment: false)
        #expect(r.status == 0, "\(r.stderr)")
        return "\(dir)/\(name).pub"
    }

    @Test(.enabled(if: available)) func keysAreRegisteredListedReplacedAndRevoked() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let keys = SamenBinary.temporaryDirectory()
            defer { SamenBinary.remove(keys) }
            let first = try makeKey(keys, "laptop"), second = try makeKey(keys, "desktop")
            let fp1 = try SSHPublicKey(line: String(contentsOfFile: first, encoding: .utf8)).fingerprint
            let fp2 = try SSHPublicKey(line: String(contentsOfFile: second, encoding: .utf8)).fingerprint

            let added = try run(["member", "key", "add", "eric", first], dir)
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdout == "Eric Went signs with key \(fp1) from now on\n")
            let twice = try run(["member", "key", "add", "anais", first], dir)
            #expect(twice.status == 1)
            #expect(twice.stderr.contains("key \(fp1) is registered to Eric Went; a key signs for one member only"), "\(twice.stderr)")

            let listed = try run(["member", "key", "list", "eric"], dir)
            #expect(listed.stdout == "\(fp1) laptop@test, since 2026-11-23\n", "\(listed.stdout)")
            #expect(listed.stderr.contains("Eric Went: 1 key(s) in use, 0 revoked"))

            let replaced = try run(["member", "key", "replace", "eric", fp1, second], dir)
            #expect(replaced.status == 0, "\(replaced.stderr)")
            let after = try run(["member", "key", "list", "eric", "--json"], dir)
            #expect(after.stdout.contains("\"revoked\": \"2026-11-23T"), "\(after.stdout)")
            #expect(try run(["member", "show", "eric"], dir).stdout.contains("\(fp2) desktop@test, since 2026-11-23"))
            let again = try run(["member", "key", "revoke", "eric", fp1], dir)
            #expect(again.status == 1)
            #expect(again.stderr.contains("Eric Went's key \(fp1) is revoked already"), "\(again.stderr)")
            let unknown = try run(["member", "key", "revoke", "eric", "SHA256:nothing"], dir)
            #expect(unknown.stderr.contains("Eric Went has no key SHA256:nothing; theirs: \(fp2)"), "\(unknown.stderr)")

            let rsa = try makeKey(keys, "old", type: "rsa")
            let refused = try run(["member", "key", "add", "eric", rsa], dir)
            #expect(refused.status == 64)
            #expect(refused.stderr.contains("only ssh-ed25519 keys can be registered, and this is a 'ssh-rsa' key; make one with: ssh-keygen -t ed25519"), "\(refused.stderr)")

            // The administrator is no member, so none of this is signed; it all verifies.
            let verified = try run(["verify"], dir)
            #expect(verified.status == 0, "\(verified.stderr)")
            #expect(verified.stdout.contains("signed: 0 of 3 line(s)"), "\(verified.stdout)")
        }
    }
}
