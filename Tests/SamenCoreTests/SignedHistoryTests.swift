import Crypto
import Foundation
import Testing
@testable import SamenCore

/// Signs in process with swift-crypto, in OpenSSH's SSHSIG format: what
/// `ssh-keygen -Y sign` makes (the end-to-end tests use the real one).
struct InProcessSigner: ChangeSigner {
    /// The private keys' bytes (the key type itself is not Sendable).
    var raw: [[UInt8]]
    init(keys: [Curve25519.Signing.PrivateKey]) { raw = keys.map { Array($0.rawRepresentation) } }
    var whereItLooks: String { "the test's keys" }

    static func publicKey(_ k: Curve25519.Signing.PrivateKey, comment: String = "") -> SSHPublicKey {
        SSHPublicKey(raw: Array(k.publicKey.rawRepresentation), comment: comment)
    }

    /// An SSHSIG signature of `message` by `key`, in `namespace`.
    static func signature(_ message: [UInt8], by key: Curve25519.Signing.PrivateKey, namespace: String = SSHSignature.namespace) throws -> SSHSignature {
        var signed = SSHWireWriter()
        signed.bytes = Array("SSHSIG".utf8)
        signed.string(Array(namespace.utf8)); signed.string([]); signed.string(Array("sha512".utf8))
        signed.string(Array(SHA512.hash(data: message)))
        var sig = SSHWireWriter()
        sig.string(Array("ssh-ed25519".utf8)); sig.string(Array(try key.signature(for: signed.bytes)))
        var blob = SSHWireWriter()
        blob.bytes = Array("SSHSIG".utf8); blob.uint32(1)
        blob.string(publicKey(key).blob); blob.string(Array(namespace.utf8)); blob.string([]); blob.string(Array("sha512".utf8))
        blob.string(sig.bytes)
        return try SSHSignature(text: Data(blob.bytes).base64EncodedString())
    }

    func sign(_ line: [UInt8], withOneOf wanted: [SSHPublicKey]) throws -> SSHSignature? {
        let keys = try raw.map { try Curve25519.Signing.PrivateKey(rawRepresentation: $0) }
        guard let k = keys.first(where: { k in wanted.contains { $0.raw == Self.publicKey(k).raw } }) else { return nil }
        return try Self.signature(line, by: k)
    }
}

/// Issue 14: every change signed by its author, and verified by everyone.
@Suite("Signed history")
struct SignedHistoryTests {
    let pierreKey = Curve25519.Signing.PrivateKey()
    let katleenKey = Curve25519.Signing.PrivateKey()
    var katleen: ChangeContext { ChangeContext(actor: "katleen", now: Fixture.now, today: Fixture.today) }

    /// Pierre (a partner) and Katleen (an associate) register their keys and
    /// make a few signed changes; `body` gets the store and its directory.
    func withSignedStore(_ body: (Store, String) throws -> Void) throws {
        let dir = Fixture.temporaryDirectory("samen-signed")
        defer { Fixture.remove(dir) }
        let store = try Store.create(at: dir + "/data", state: try Fixture.state(), actor: "test", summary: "test")
        store.signer = InProcessSigner(keys: [pierreKey, katleenKey])
        try store.apply(.addKey(member: "pierre", key: InProcessSigner.publicKey(pierreKey, comment: "pierre@laptop")), context: Fixture.ctx)
        try store.apply(.addKey(member: "katleen", key: InProcessSigner.publicKey(katleenKey)), context: katleen)
        try store.apply(.addProject(Fixture.project()), context: Fixture.ctx)
        try store.apply(.addLedgerEntry(Fixture.entry(.revenue, 120_000, member: "katleen")), context: katleen)
        try body(store, dir + "/data")
    }

    func failure(_ dir: String, requireSignatures: Bool = false) -> HistoryVerification.Failure? {
        do { _ = try HistoryVerification.verify(directory: dir, requireSignatures: requireSignatures); return nil }
        catch let f as HistoryVerification.Failure { return f } catch { Issue.record("not a verification failure: \(error)"); return nil }
    }

    func lines(_ dir: String) throws -> [String] {
        try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func write(_ lines: [String], _ dir: String) throws {
        try (lines.joined(separator: "\n") + "\n").write(toFile: dir + "/history.jsonl", atomically: true, encoding: .utf8)
    }

    /// A line as the store writes it, signed by `key`.
    func signedLine(_ body: String, by key: Curve25519.Signing.PrivateKey) throws -> String {
        String(decoding: SignedLine.appending(try InProcessSigner.signature(Array(body.utf8), by: key), to: Array(body.utf8)), as: UTF8.self)
    }

    @Test func signedChangesVerifyAndTheCreateLineIsCountedUnsigned() throws {
        try withSignedStore { _, dir in
            let report = try HistoryVerification.verify(directory: dir)
            #expect(report.changes == 4)
            #expect(report.signed == 4)
            // Nobody had a key when the directory was made.
            #expect(report.unsigned == [1])
            let shown = try HistoryLog.read(directory: dir).map(\.signature)
            #expect(shown.first == HistoryLog.Entry.Signature.none)
            #expect(shown.dropFirst().allSatisfy { if case .valid = $0 { return true } else { return false } })
            #expect(shown[1] == .valid(key: InProcessSigner.publicKey(pierreKey).fingerprint))
        }
    }

    @Test func aSignedLineChangedAfterItWasSignedIsNamed() throws {
        try withSignedStore { _, dir in
            // Katleen's revenue of € 1.200,00 made € 12,00 in the history and in the ledger.
            var all = try lines(dir)
            all[4] = all[4].replacingOccurrences(of: "\"amount\":120000", with: "\"amount\":1200")
            try write(all, dir)
            let ledger = try String(contentsOfFile: dir + "/ledger.jsonl", encoding: .utf8)
            try ledger.replacingOccurrences(of: "\"amount\":120000", with: "\"amount\":1200").write(toFile: dir + "/ledger.jsonl", atomically: true, encoding: .utf8)
            let f = try #require(failure(dir))
            #expect(f.description == "history.jsonl:5: has a signature that does not hold: it was not made over this line's bytes: the line was changed after it was signed, or the signature belongs to another line")
            // `samen history` says the same of it, in the same words.
            #expect(try HistoryLog.read(directory: dir)[4].signature == .invalid(String(f.description.dropFirst("history.jsonl:5: ".count))))
        }
    }

    @Test func aLineSignedWithAKeyNobodyRegisteredIsNamed() throws {
        try withSignedStore { _, dir in
            let stranger = Curve25519.Signing.PrivateKey()
            let body = #"{"as":"member","at":"2026-11-23T12:00:00Z","by":"pierre","change":{"change":"edit-member","edit":{"city":"Zwolle","id":"katleen"}},"summary":"forged","today":"2026-11-23"}"#
            try write(try lines(dir) + [try signedLine(body, by: stranger)], dir)
            let f = try #require(failure(dir))
            #expect(f.line == 6)
            #expect(f.message == "is signed with key \(InProcessSigner.publicKey(stranger).fingerprint), which is not registered to its author Pierre (pierre), nor to anyone", "\(f.message)")
        }
    }

    @Test func aLineSignedWithAnotherMembersKeyIsNamed() throws {
        try withSignedStore { _, dir in
            // Katleen's key on a line that says Pierre made it.
            let body = #"{"as":"member","at":"2026-11-23T12:00:00Z","by":"pierre","change":{"change":"edit-member","edit":{"city":"Zwolle","id":"katleen"}},"summary":"forged","today":"2026-11-23"}"#
            try write(try lines(dir) + [try signedLine(body, by: katleenKey)], dir)
            let f = try #require(failure(dir))
            #expect(f.message.hasPrefix("is signed with key \(InProcessSigner.publicKey(katleenKey).fingerprint), which is registered to Katleen"), "\(f.message)")
            #expect(f.message.hasSuffix("not to its author Pierre (pierre)"), "\(f.message)")
        }
    }

    @Test func aChangeSignedAfterItsKeyWasRevokedIsNamedAndEarlierOnesStayValid() throws {
        try withSignedStore { store, dir in
            let later = Timestamp(iso: "2026-11-24T09:00:00Z")!
            let ctx = ChangeContext(actor: "katleen", now: later, today: Day(iso: "2026-11-24")!)
            try store.apply(.revokeKey(member: "katleen", fingerprint: InProcessSigner.publicKey(katleenKey).fingerprint), context: ctx)
            // Her earlier signed revenue still verifies; now a change signed with the revoked key.
            #expect(try HistoryVerification.verify(directory: dir).signed == 5)
            let body = #"{"as":"member","at":"2026-11-24T10:00:00Z","by":"katleen","change":{"change":"edit-member","edit":{"city":"Zwolle","id":"katleen"}},"summary":"after","today":"2026-11-24"}"#
            try write(try lines(dir) + [try signedLine(body, by: katleenKey)], dir)
            let f = try #require(failure(dir))
            #expect(f.line == 7)
            #expect(f.message.hasSuffix("key \(InProcessSigner.publicKey(katleenKey).fingerprint), which was revoked at 2026-11-24T09:00:00Z, before this change"), "\(f.message)")
        }
    }

    @Test func aRightTheSignerDidNotHaveFailsEvenWithAValidSignature() throws {
        try withSignedStore { store, dir in
            // Refused when she tries it through Samen...
            #expect(throws: DomainError.self) {
                try store.apply(.setContributionRate(role: .associate, basisPoints: 0, from: Fixture.today), context: katleen)
            }
            // ...and a line she signs by hand fails verification, though her signature holds.
            let body = #"{"as":"member","at":"2026-11-23T12:00:00Z","by":"katleen","change":{"basisPoints":0,"change":"set-contribution-rate","from":"2026-11-23","role":"associate"},"summary":"no contribution","today":"2026-11-23"}"#
            try write(try lines(dir) + [try signedLine(body, by: katleenKey)], dir)
            let f = try #require(failure(dir))
            #expect(f.line == 6)
            #expect(f.message.hasPrefix("set-contribution-rate by katleen on 2026-11-23 is refused by the rules: "), "\(f.message)")
        }
    }

    @Test func linesRemovedOrReorderedAreNamed() throws {
        try withSignedStore { _, dir in
            let all = try lines(dir)
            // The project's line gone: the files have a project the history does not make.
            try write(all.enumerated().filter { $0.offset != 3 }.map(\.element), dir)
            #expect(failure(dir)?.message.contains("is not in the history: it was added outside Samen") == true)
            // Katleen's key registered after her signed revenue: that line's key was not yet hers.
            try write([all[0], all[1], all[3], all[4], all[2]], dir)
            let f = try #require(failure(dir))
            #expect(f.line == 4)
            #expect(f.message.contains("which is not registered to its author Katleen"), "\(f.message)")
        }
    }

    @Test func requireSignaturesFailsOnTheFirstUnsignedLine() throws {
        try withSignedStore { store, dir in
            // Katleen makes a change where her key is not: saved unsigned, and she is told.
            store.signer = InProcessSigner(keys: [])
            var edit = MemberEdit(id: "katleen")
            edit.city = "Zwolle"
            let outcome = try store.apply(.editMember(edit), context: katleen)
            #expect(outcome.warnings.contains { $0.hasPrefix("this change is saved unsigned: none of your registered keys (\(InProcessSigner.publicKey(katleenKey).fingerprint)) is at the test's keys") })
            #expect(try HistoryVerification.verify(directory: dir).unsigned == [1, 6])
            #expect(failure(dir, requireSignatures: true)?.description == "history.jsonl:1: is not signed, and every change since the baseline must be (--require-signatures)")
        }
    }

    @Test func aPartnersBaselineIsSignedAndEverythingAfterItIsToo() throws {
        try withSignedStore { store, dir in
            let line = try store.makeBaseline(context: Fixture.ctx)
            #expect(try lines(dir)[line - 1].contains(#","sig":""#))
            let report = try HistoryVerification.verify(directory: dir, requireSignatures: true)
            #expect(report.baselineLine == line)
            #expect(report.signed == 1 && report.unsigned.isEmpty)
        }
    }

    @Test func keysAreTheMembersOwnOrTheBookkeepers() throws {
        var state = try Fixture.state()
        let key = InProcessSigner.publicKey(Curve25519.Signing.PrivateKey())
        // Katleen (an associate) may not register a key for Pierre: it would sign in his name.
        do { _ = try state.apply(.addKey(member: "pierre", key: key), context: katleen); Issue.record("Katleen registered Pierre's key") } catch let e as DomainError {
            #expect(e.message.hasPrefix("only "), "\(e.message)")
            #expect(e.message.contains("may register a signing key for Pierre"), "\(e.message)")
        }
        // Pierre, a partner, may register one for her (a new laptop), and the same key not twice.
        _ = try state.apply(.addKey(member: "katleen", key: key), context: Fixture.ctx)
        do { _ = try state.apply(.addKey(member: "pierre", key: key), context: Fixture.ctx); Issue.record("a key registered twice") } catch let e as DomainError {
            #expect(e.message.hasSuffix("is registered to \(state.member("katleen")!.name); a key signs for one member only"))
        }
    }

    @Test func aKeyLineThatIsNotEd25519IsRefusedWithItsKind() {
        #expect(throws: DomainError("only ssh-ed25519 keys can be registered, and this is a 'ssh-rsa' key; make one with: ssh-keygen -t ed25519")) {
            _ = try SSHPublicKey(line: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ me@host")
        }
        #expect(throws: DomainError.self) { _ = try SSHPublicKey(line: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA== cut") }
    }

    @Test func aSignatureForAnotherNamespaceDoesNotCount() throws {
        let k = Curve25519.Signing.PrivateKey()
        let message = Array("{\"a\":1}".utf8)
        #expect(try InProcessSigner.signature(message, by: k).problem(signing: message) == nil)
        #expect(try InProcessSigner.signature(message, by: k, namespace: "git").problem(signing: message) == "it was made for 'git', not for Samen")
    }
}

/// The real signer, around a program that fails before it reads the line.
@Suite("Signing with ssh-keygen")
struct SSHKeygenSignerTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen")))
    func anSSHKeygenThatFailsBeforeReadingTheLineIsARefusalNotACrash() throws {
        let dir = Fixture.temporaryDirectory("samen-signer")
        defer { Fixture.remove(dir) }
        let keygen = Process()
        keygen.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
        keygen.arguments = ["-q", "-t", "ed25519", "-N", "", "-f", dir + "/key"]
        try keygen.run(); keygen.waitUntilExit()
        let key = try SSHPublicKey(line: try String(contentsOfFile: dir + "/key.pub", encoding: .utf8))
        // A long line (a project with a long description), more than a pipe holds, and a program that never reads it.
        let line = Array(("{\"summary\":\"" + String(repeating: "x", count: 1 << 20) + "\"}").utf8)
        let signer = SSHKeygenSigner(candidates: [dir + "/key"], agentSocket: nil, program: "/bin/false")
        do {
            _ = try signer.sign(line, withOneOf: [key])
            Issue.record("a failing ssh-keygen signed")
        } catch let e as SigningFailed {
            #expect(e.description.hasPrefix("the change was not saved: it could not be signed: ssh-keygen -Y sign with \(dir)/key failed: exit 1"), "\(e)")
        }
    }
}
