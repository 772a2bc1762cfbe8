import Foundation

/// Signs the history line of a change for its author.
///
/// The store asks it only when the author has registered keys; it signs with
/// whichever of those keys the person at the keyboard holds here. Nil when
/// they hold none here (the change is saved unsigned, and said so); throws
/// when signing was tried and failed (the change is then not saved).
public protocol ChangeSigner: Sendable {
    func sign(_ line: [UInt8], withOneOf keys: [SSHPublicKey]) throws -> SSHSignature?
    /// Where it looked for keys, for the warning when none was there.
    var whereItLooks: String { get }
}

public struct SigningFailed: Error, CustomStringConvertible, Phrase {
    /// Why, in words chosen when shown.
    public var why: SigningWords
    public var message: String { why.text }
    public var description: String { text }
    public var en: String { SigningWords.notSaved(why).en }
    public var nl: String { SigningWords.notSaved(why).nl }
}

/// Signs with OpenSSH's `ssh-keygen -Y sign -n samen`: the person's own key
/// file, or ssh-agent (hardware keys, passphrases typed once a day).
///
/// Which key: `$SAMEN_SIGNING_KEY` (a private key file, or a `.pub` whose
/// private half is in the agent), else `~/.ssh/id_ed25519` of the real user.
/// A key is used only when its public half is one the author registered. A
/// private key protected by a passphrase is used only through the agent:
/// ssh-keygen would otherwise ask for it on the terminal while the data
/// directory is locked for everyone.
public struct SSHKeygenSigner: ChangeSigner {
    public let candidates: [String]
    public let agentSocket: String?
    public let program: String

    public init(candidates: [String], agentSocket: String?, program: String = "ssh-keygen") {
        self.candidates = candidates; self.agentSocket = agentSocket; self.program = program
    }

    /// The key files of the real user (never `$HOME`, which anyone can set).
    public static func forCurrentUser(environment: [String: String] = ProcessInfo.processInfo.environment) -> SSHKeygenSigner {
        var candidates: [String] = []
        if let k = environment["SAMEN_SIGNING_KEY"], !k.isEmpty { candidates.append(k) }
        if let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir { candidates.append(String(cString: dir) + "/.ssh/id_ed25519") }
        let agent = environment["SSH_AUTH_SOCK"].flatMap { $0.isEmpty ? nil : $0 }
        return SSHKeygenSigner(candidates: candidates, agentSocket: agent)
    }

    public var whereItLooks: String { candidates.joined(separator: ", ") + (agentSocket == nil ? "" : SigningWords.andAgent.text) }

    public func sign(_ line: [UInt8], withOneOf keys: [SSHPublicKey]) throws -> SSHSignature? {
        for candidate in candidates {
            let privatePath = candidate.hasSuffix(".pub") ? String(candidate.dropLast(4)) : candidate
            let publicPath = privatePath + ".pub"
            guard let text = try? String(contentsOfFile: publicPath, encoding: .utf8),
                  let key = try? SSHPublicKey(line: text),
                  keys.contains(where: { $0.raw == key.raw }) else { continue }
            // The private file unless it needs a passphrase; else the agent, named by the public half.
            let usable = Self.isUnencrypted(privatePath) ? privatePath : (agentSocket != nil ? publicPath : nil)
            guard let file = usable else { continue }
            let signature = try run(file: file, line: line)
            guard signature.key.raw == key.raw else { throw SigningFailed(why: .otherKey(fingerprint: key.fingerprint)) }
            return signature
        }
        return nil
    }

    private func run(file: String, line: [UInt8]) throws -> SSHSignature {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
        p.arguments = (program.hasPrefix("/") ? [] : [program]) + ["-Y", "sign", "-q", "-n", SSHSignature.namespace, "-f", file]
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "SSH_ASKPASS_REQUIRE": "never"]
        if let agentSocket { env["SSH_AUTH_SOCK"] = agentSocket }
        p.environment = env
        // The line from a file, not a pipe: an ssh-keygen that fails before
        // reading (a key it cannot load) would make writing to a pipe raise
        // SIGPIPE, which ends Samen in the middle of a save.
        let input = try Self.unlinkedFile(holding: line)
        let output = Pipe(), errors = Pipe()
        p.standardInput = input; p.standardOutput = output; p.standardError = errors
        // Told when the child is reaped: `waitUntilExit` polls a run loop every
        // 50 ms on Linux, which was most of a signed save's time.
        let exited = DispatchSemaphore(value: 0)
        p.terminationHandler = { _ in exited.signal() }
        do { try p.run() } catch { throw SigningFailed(why: .cannotStart(program: program, error: "\(error)")) }
        try? input.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        guard p.terminationStatus == 0 else {
            let said = String(decoding: err.prefix(400), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw SigningFailed(why: said.isEmpty ? .keygenExit(file: file, status: p.terminationStatus) : .keygenFailed(file: file, said: said))
        }
        do { return try SSHSignature(text: String(decoding: out, as: UTF8.self)) } catch {
            throw SigningFailed(why: .unreadableSignature(Said.error(error)))
        }
    }

    /// A private temporary file (mkstemp: 0600, a name nobody can guess)
    /// holding `bytes`, unlinked at once and read from its start.
    static func unlinkedFile(holding bytes: [UInt8]) throws -> FileHandle {
        var template = Array((NSTemporaryDirectory() + "/samen-sign-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw SigningFailed(why: .noTemporaryFile(String(cString: strerror(errno)))) }
        unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw SigningFailed(why: .cannotWriteLine(String(cString: strerror(errno)))) }
            done += n
        }
        guard lseek(fd, 0, SEEK_SET) == 0 else { throw SigningFailed(why: .cannotReadBack) }
        return handle
    }

    /// Whether an OpenSSH private key file needs no passphrase: its cipher is
    /// "none" (PROTOCOL.key). Anything unreadable counts as needing one.
    static func isUnencrypted(_ path: String) -> Bool {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
        let body = text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("-----") }.joined()
        guard let data = Data(base64Encoded: body) else { return false }
        let bytes = [UInt8](data)
        let magic = Array("openssh-key-v1".utf8) + [0]
        guard bytes.starts(with: magic) else { return false }
        var r = SSHWireReader(Array(bytes.dropFirst(magic.count)))
        return r.string().map { String(decoding: $0, as: UTF8.self) } == "none"
    }
}
