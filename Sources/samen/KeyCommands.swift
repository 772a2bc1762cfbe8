import ArgumentParser
import Foundation
import SamenCore

/// `samen member key`: the public keys a member signs their changes with.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: MemberHelpWords.keyAbstract.text,
        discussion: MemberHelpWords.keyDiscussion.text,
        subcommands: [List.self, Add.self, Replace.self, Revoke.self],
        defaultSubcommand: List.self
    )

    /// "SHA256:… ssh-ed25519 lotte@laptop, since 2026-12-07, revoked 2027-01-02".
    static func describe(_ k: MemberKey) -> String {
        let comment = k.key.comment.isEmpty ? "" : " \(k.key.comment)"
        return MoneyWords.keyLine(fingerprint: k.key.fingerprint, comment: comment, since: k.added.day.shown, revoked: k.revoked.map(\.day.shown)).text
    }

    /// The key from a `.pub` file, `-` for stdin, or the real user's ~/.ssh/id_ed25519.pub.
    static func readKey(_ path: String?) throws -> SSHPublicKey {
        let file: String
        if let path { file = path } else {
            guard let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir else { throw ValidationError(ErrorWords.noHomeForKey.text) }
            file = String(cString: dir) + "/.ssh/id_ed25519.pub"
        }
        let text: String
        if file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile().prefix(16_384), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError(ErrorWords.cannotRead(file).text + (path == nil ? ErrorWords.makeAKey.text : ""))
            }
            text = String(decoding: data.prefix(16_384), as: UTF8.self)
        }
        guard let line = text.split(whereSeparator: \.isNewline).first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw ValidationError(ErrorWords.holdsNoKey(file).text)
        }
        do { return try SSHPublicKey(line: String(line)) } catch let e as DomainError { throw ValidationError(e.message) }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: MemberHelpWords.keyListAbstract.text, discussion: MemberHelpWords.keyListDiscussion.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(MemberHelpWords.memberIdHelp.text)) var id: String

        func run() throws {
            let state = try options.readWithoutLedger()
            guard let m = state.member(id) else { throw ValidationError(ChangeRefusal.noMember(id).text) }
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
            printError(TerminalText.sanitise(MoneyWords.keysCount(name: m.name, inUse: m.activeKeys.count, revoked: m.keys.count - m.activeKeys.count).text))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: MemberHelpWords.keyAddAbstract.text,
                                                        discussion: MemberHelpWords.keyAddDiscussion.text)
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(MemberHelpWords.memberIdHelp.text)) var id: String
        @Argument(help: ArgumentHelp(MemberHelpWords.keyAddFileHelp.text)) var file: String?

        func run() throws {
            try options.apply(.addKey(member: id, key: try readKey(file)))
        }
    }

    struct Replace: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: MemberHelpWords.keyReplaceAbstract.text,
                                                        discussion: MemberHelpWords.keyReplaceDiscussion.text)
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(MemberHelpWords.memberIdHelp.text)) var id: String
        @Argument(help: ArgumentHelp(MemberHelpWords.keyReplaceOldHelp.text)) var old: String
        @Argument(help: ArgumentHelp(MemberHelpWords.keyReplaceFileHelp.text)) var file: String?

        func run() throws {
            try options.apply(.steps([.revokeKey(member: id, fingerprint: old), .addKey(member: id, key: try readKey(file))]))
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: MemberHelpWords.keyRevokeAbstract.text,
                                                        discussion: MemberHelpWords.keyRevokeDiscussion.text)
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(MemberHelpWords.memberIdHelp.text)) var id: String
        @Argument(help: ArgumentHelp(MemberHelpWords.keyRevokeFingerprintHelp.text)) var fingerprint: String

        func run() throws {
            try options.apply(.revokeKey(member: id, fingerprint: fingerprint))
        }
    }
}
