import Foundation
import Testing
@testable import SamenCore

/// Text that tries to drive the reader's terminal, put where other people's
/// text lives (a member's name, a note, a skill, an option's value), reaches
/// the stdout and stderr of real `samen` processes only as harmless text:
/// in refusals, warnings, normal output and `--json`.
@Suite("Hostile text never reaches a terminal raw")
struct HostileTextTests {
    /// OSC 52 sets the clipboard; CSI 2J clears the screen; U+202E reverses
    /// what follows; U+009B is CSI in one byte (C1).
    static let osc52 = "\u{1B}]52;c;SGFja2VkIQ==\u{07}"
    static let hostile = "Eve" + osc52 + "\u{1B}[2J" + "\u{202E}" + "\u{9B}31m" + "Smith"

    /// What a terminal would act on: C0 but a line break, DEL, C1, bidi controls.
    static func unsafeScalars(_ text: String, allowing allowed: Set<Unicode.Scalar> = ["\n"]) -> [String] {
        text.unicodeScalars.filter { s in
            if allowed.contains(s) { return false }
            switch s.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }.map { String(format: "U+%04X", $0.value) }
    }

    /// Both streams hold nothing a terminal acts on, and `visible` shows as text.
    func expectHarmless(_ r: SamenBinary.Result, _ what: String, visible: String? = nil,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Self.unsafeScalars(r.stdout) == [], "\(what): stdout \(r.stdout.debugDescription)", sourceLocation: sourceLocation)
        #expect(Self.unsafeScalars(r.stderr) == [], "\(what): stderr \(r.stderr.debugDescription)", sourceLocation: sourceLocation)
        if let visible {
            #expect((r.stdout + r.stderr).contains(visible), "\(what) does not show \(visible.debugDescription): \(r.stdout + r.stderr)",
                    sourceLocation: sourceLocation)
        }
    }

    func withDemo(_ body: (String) throws -> Void) throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir]).status == 0)
        let add = try samen("member", "add", "--name", Self.hostile, "--id", "evil", "--city", "Leiden",
                            "--skills", "illustration", "--as", "eric", in: dir)
        #expect(add.status == 0, "\(add.stderr)")
        try body(dir)
    }

    func samen(_ args: String..., in dir: String, environment: [String: String] = [:]) throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir], environment: environment)
    }

    /// The part of the name between the controls, which must still be seen.
    static let visiblePart = "]52;c;SGFja2VkIQ=="

    @Test func aRefusalNamingTheMemberCannotSetTheClipboard() throws {
        try withDemo { dir in
            let ask = try samen("request", "add", "--topic", "print", "--text", "Who has a risograph?", "--json", "--as", "lotte", in: dir)
            guard case let .object(pairs) = try JSONParser.parse(ask.stdout), case let .int(id)? = pairs.first(where: { $0.0 == "id" })?.1 else {
                Issue.record("no request id in \(ask.stdout) \(ask.stderr)"); return
            }
            #expect(try samen("request", "offer", String(id), "--as", "zoe", in: dir).status == 0)
            // Eve may not accept an offer on Lotte's request; the refusal names her.
            let refused = try samen("request", "accept", String(id), "--as", "evil", in: dir)
            #expect(refused.status == 1)
            #expect(refused.stdout == "")
            expectHarmless(refused, "refused accept", visible: Self.visiblePart)
            #expect(refused.stderr.contains("(evil)"), "\(refused.stderr)")
        }
    }

    @Test func anErrorQuotingWhatWasTypedIsHarmless() throws {
        try withDemo { dir in
            let unknown = try samen("member", "show", Self.hostile, in: dir)
            #expect(unknown.status != 0)
            expectHarmless(unknown, "unknown member", visible: Self.visiblePart)
            // Refused while parsing the options, by swift-argument-parser's own error path.
            let badDate = try samen("project", "add", "--title", "T", "--client", "C", "--hours", "8", "--start", Self.hostile,
                                    "--weeks", "1", "--city", "Leiden", "--as", "eric", in: dir)
            #expect(badDate.status == 64, "a usage error keeps its exit code: \(badDate.status)")
            expectHarmless(badDate, "bad --start", visible: Self.visiblePart)
        }
    }

    @Test func warningsAndSummariesOnStderrAreHarmless() throws {
        try withDemo { dir in
            // A new topic that looks like one in use (two letters off) is saved with a warning quoting it.
            let topic = try samen("request", "add", "--topic", "inf\u{1B}graph\u{202E}cs", "--text", "Hello", "--as", "lotte", in: dir)
            #expect(topic.status == 0, "\(topic.stderr)")
            expectHarmless(topic, "new-topic warning", visible: "samen: warning: topic 'inf\u{FFFD}graph\u{FFFD}cs' is new")
            // Skills are matched in lower case, and the summary says which.
            let capacity = try samen("capacity", "--skill", Self.hostile, in: dir)
            #expect(capacity.status == 0, "\(capacity.stderr)")
            expectHarmless(capacity, "capacity summary", visible: Self.visiblePart.lowercased())
        }
    }

    @Test func normalOutputShowsTheNameAndNoteAsText() throws {
        try withDemo { dir in
            let ask = try samen("request", "add", "--topic", "print", "--text", "Note: " + Self.hostile, "--as", "evil", in: dir)
            expectHarmless(ask, "request add", visible: Self.visiblePart)
            let offer = try samen("request", "offer", "11", "--note", "Offer: " + Self.osc52 + "\u{202E}done", "--as", "zoe", in: dir)
            #expect(offer.status == 0, "\(offer.stderr)")
            let shown = try samen("request", "show", "11", in: dir)
            expectHarmless(shown, "request show", visible: "Offer: \u{FFFD}]52;c;SGFja2VkIQ==\u{FFFD}\u{FFFD}done")
            for args in [["member", "list"], ["member", "show", "evil"], ["request", "list"], ["request", "show", "11"],
                         ["history", "--limit", "3"], ["capacity", "--skill", "illustration"]] {
                let r = try SamenBinary.run(args + ["--data", dir])
                #expect(r.status == 0, "\(args): \(r.stderr)")
                expectHarmless(r, args.joined(separator: " "), visible: Self.visiblePart)
            }
        }
    }

    /// `--json` escapes the controls, and a JSON reader gets the name back whole.
    @Test func jsonEscapesControlsAndBidiAndReadsBackTheSameName() throws {
        try withDemo { dir in
            let ask = try samen("request", "add", "--topic", "print", "--text", Self.hostile, "--as", "evil", in: dir)
            #expect(ask.status == 0)
            let show = try samen("member", "show", "evil", "--json", in: dir)
            #expect(show.status == 0)
            expectHarmless(show, "member show --json")
            #expect(show.stdout.contains(#"Eve\u001b]52;c;SGFja2VkIQ==\u0007\u001b[2J\u202e\u009b31mSmith"#), "\(show.stdout)")
            guard case let .object(member) = try JSONParser.parse(show.stdout) else { Issue.record("not an object"); return }
            #expect(member.first { $0.0 == "name" }?.1 == .string(Self.hostile))
            let list = try samen("request", "list", "--json", in: dir)
            expectHarmless(list, "request list --json")
            #expect(list.stdout.contains(#"\u202e"#))
        }
    }

    /// The data files hold the same escapes, so `cat` and `grep` of them are
    /// harmless too, and they load back to the same text.
    @Test func dataFilesHoldEscapesThatLoadBackWhole() throws {
        try withDemo { dir in
            #expect(try samen("request", "add", "--topic", "print", "--text", Self.hostile, "--as", "evil", in: dir).status == 0)
            for file in ["members.jsonl", "requests.jsonl", "history.jsonl"] {
                let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
                #expect(Self.unsafeScalars(text) == [], "\(file) holds raw controls")
            }
            let state = try Store(directory: dir).state
            #expect(state.members.first { $0.id == "evil" }?.name == Self.hostile)
            #expect(state.requests.last?.text == Self.hostile)
            let check = try samen("check", in: dir)
            #expect(check.status == 0, "\(check.stderr)")
        }
    }

    /// A theme name from the environment is quoted in the dashboard's warning,
    /// on stderr before and after the screen is taken over.
    @Test(.enabled(if: (try? DashboardTmuxTests.Tmux()) != nil))
    func aThemeWarningAtStartupIsHarmless() throws {
        try withDemo { dir in
            let script = dir + "/../run.sh", err = dir + "/../err.txt"
            // printf makes the controls, so the tmux command line stays plain text.
            let theme = #"Eve\033]52;c;SGFja2VkIQ==\007\033[2J\342\200\256\302\23331mSmith"#
            // NO_COLOR would choose the mono theme and never look at the name.
            try """
            unset NO_COLOR
            export SAMEN_THEME="$(printf '\(theme)')"
            exec env SAMEN_TODAY=\(SamenBinary.today) SAMEN_USER=eric TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 \(SamenBinary.path) --data \(dir) 2> \(err)
            """.write(toFile: script, atomically: true, encoding: .utf8)
            let tmux = try DashboardTmuxTests.Tmux()
            try tmux.start("sh \(script)")
            _ = try tmux.waitFor("1 Members")
            try tmux.quit()
            let stderr = try String(contentsOfFile: err, encoding: .utf8)
            #expect(stderr.contains("samen: theme 'Eve\u{FFFD}" + Self.visiblePart), "\(stderr.debugDescription)")
            #expect(Self.unsafeScalars(stderr) == [], "\(stderr.debugDescription)")
        }
    }
}

/// The rule that keeps it so: in the command line, the dashboard and the
/// domain, only `Console` (Sources/samen/Console.swift) writes to stdout or
/// stderr, and it sanitises. A raw `print` added anywhere else fails here.
@Suite("Only Console writes to a terminal")
struct ConsoleRuleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let forbidden = [
        #"(?<![\w.])print\("#, #"debugPrint\("#, #"(?<![\w.])dump\("#, #"FileHandle\.standard(Output|Error)"#,
        #"\b(fputs|fwrite|puts|putchar|printf|vprintf|fprintf)\("#, #"\bwrite\((STDOUT_FILENO|STDERR_FILENO|1|2)\b"#,
        #"exit\(withError"#, #"Swift\.print"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    @Test func noSourceButConsoleWritesToStdoutOrStderr() throws {
        var found: [String] = []
        for module in ["samen", "SamenTUI", "SamenCore"] {
            let dir = Self.root.appendingPathComponent("Sources/" + module)
            guard let files = FileManager.default.enumerator(atPath: dir.path) else { Issue.record("no \(dir.path)"); continue }
            for case let file as String in files where file.hasSuffix(".swift") && !(module == "samen" && file == "Console.swift") {
                let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = String(line.components(separatedBy: "//")[0])
                    let range = NSRange(code.startIndex..., in: code)
                    if Self.forbidden.contains(where: { $0.firstMatch(in: code, range: range) != nil }) {
                        found.append("Sources/\(module)/\(file):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
                    }
                }
            }
        }
        #expect(found.isEmpty, "write through Console (out, error, json, document) instead:\n\(found.joined(separator: "\n"))")
        #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("Sources/samen/Console.swift").path))
    }
}
