import ArgumentParser
import Foundation
import SamenCore

/// `samen member key`: the public keys a member signs their changes with.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Register, replace, revoke and list the ssh keys a member signs their changes with.",
        discussion: """
        Once a member has a key registered, every change they make is signed
        with it (ssh-keygen -Y sign, namespace "samen"): from the key file
        $SAMEN_SIGNING_KEY names, else ~/.ssh/id_ed25519, or through ssh-agent
        when the key has a passphrase. `samen verify` then checks that each
        change is signed by a key its author had registered at the time.

        A member registers their own key; a partner or bookkeeper may do it
        for them (a new laptop, a lost one). Only ssh-ed25519 keys are taken.
        A revoked key's earlier signatures stay valid; nothing it signs after
        counts.

        Examples:
          samen member key add lotte                      # ~/.ssh/id_ed25519.pub
          samen member key add lotte ~/.ssh/laptop.pub
          ssh-add -L | head -1 | samen member key add lotte -
          samen member key replace lotte SHA256:abc… ~/.ssh/new.pub
          samen member key revoke lotte SHA256:abc…
          samen member key list lotte
        """,
        subcommands: [List.self, Add.self, Replace.self, Revoke.self],
        defaultSubcommand: List.self
    )

    /// "SHA256:… ssh-ed25519 lotte@laptop, since 2026-12-07, revoked 2027-01-02".
    static func describe(_ k: MemberKey) -> String {
        let comment = k.key.comment.isEmpty ? "" : " \(k.key.comment)"
        return "\(k.key.fingerprint)\(comment), since \(k.added.day.iso)" + (k.revoked.map { ", revoked \($0.day.iso)" } ?? "")
    }

    /// The key from a `.pub` file, `-` for stdin, or the real user's ~/.ssh/id_ed25519.pub.
    static func readKey(_ path: String?) throws -> SSHPublicKey {
        let file: String
        if let path { file = path } else {
            guard let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir else { throw ValidationError("name the .pub file of the key: there is no home directory to look in") }
            file = String(cString: dir) + "/.ssh/id_ed25519.pub"
        }
        let text: String
        if file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile().prefix(16_384), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read '\(file)'" + (path == nil ? "; make a key with: ssh-keygen -t ed25519, or name its .pub file" : ""))
            }
            text = String(decoding: data.prefix(16_384), as: UTF8.self)
        }
        guard let line = text.split(whereSeparator: \.isNewline).first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw ValidationError("'\(file)' holds no key")
        }
        do { return try SSHPublicKey(line: String(line)) } catch let e as DomainError { throw ValidationError(e.message) }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a member's keys, revoked ones too.", discussion: "Example:\n  samen member key list lotte")
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "The member's id.") var id: String

        func run() throws {
            let state = try options.readWithoutLedger()
            guard let m = state.member(id) else { throw ValidationError("member '\(id)' does not exist") }
            if output.json {
                printJSON(.array(m.keys.map { k in
                    var b = JSONObjectBuilder()
                    b.set("fingerprint", k.key.fingerprint); b.set("key", k.key.line); b.set("comment", k.key.comment)
                    b.set("added", k.added); b.set("revoked", k.revoked)
                    return b.value
                }))
                return
            }
            for k in m.keys { Console.out(TerminalText.sanitise(describe(k))) }
            printError(TerminalText.sanitise("\(m.name): \(m.activeKeys.count) key(s) in use, \(m.keys.count - m.activeKeys.count) revoked"))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Register a key; the member's changes are signed with it from then on.",
                                                        discussion: "Examples:\n  samen member key add lotte\n  samen member key add lotte ~/.ssh/laptop.pub")
        @OptionGroup var options: DataOptions
        @Argument(help: "The member's id.") var id: String
        @Argument(help: "The public key file (default ~/.ssh/id_ed25519.pub; - reads one line from stdin).") var file: String?

        func run() throws {
            try options.apply(.addKey(member: id, key: try readKey(file)))
        }
    }

    struct Replace: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key and register its successor, as one change.",
                                                        discussion: "Example:\n  samen member key replace lotte SHA256:abc… ~/.ssh/new.pub")
        @OptionGroup var options: DataOptions
        @Argument(help: "The member's id.") var id: String
        @Argument(help: "The fingerprint of the key to revoke (samen member key list).") var old: String
        @Argument(help: "The new public key file (default ~/.ssh/id_ed25519.pub; - for stdin).") var file: String?

        func run() throws {
            try options.apply(.steps([.revokeKey(member: id, fingerprint: old), .addKey(member: id, key: try readKey(file))]))
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key: what it signed stays valid, nothing after.",
                                                        discussion: "Example:\n  samen member key revoke lotte SHA256:abc…")
        @OptionGroup var options: DataOptions
        @Argument(help: "The member's id.") var id: String
        @Argument(help: "The key's fingerprint (samen member key list).") var fingerprint: String

        func run() throws {
            try options.apply(.revokeKey(member: id, fingerprint: fingerprint))
        }
    }
}
