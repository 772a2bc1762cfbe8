import Foundation
import Testing
@testable import SamenCore

/// `samen member edit ID --wants-more` on the Unit-2 demo (issue 16): a
/// member says what work they would like more of; it is saved, `member show`
/// says it, an empty value clears it, and someone who may not edit that
/// member is refused with nothing written.
@Suite("Wants more on the command line", .serialized)
struct WantsMoreCommandTests {
    func demo(_ body: (String, ([String], String) throws -> SamenBinary.Result) throws -> Void) throws {
        try SamenBinary.withUnit2Demo(body)
    }

    func member(_ id: String, in dir: String) throws -> Member? {
        let text = try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONScanner.decode(Array($0.utf8)) { try Member(from: &$0) } }.first { $0.id == id }
    }

    @Test func aMemberSaysWhatTheyWantMoreOfAndClearsIt() throws {
        try demo { dir, samen in
            var r = try samen(["member", "edit", "zoe", "--wants-more", "Animation, podcast"], "zoe")
            #expect(r.status == 0, "\(r.stderr)")
            #expect(try member("zoe", in: dir)?.wantsMore == ["animation", "podcast"])
            r = try samen(["member", "show", "zoe"], "zoe")
            #expect(r.stdout.split(separator: "\n").contains { $0.hasPrefix("wants more") && $0.hasSuffix("animation, podcast") }, "\(r.stdout)")
            let history = try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8)
            #expect(history.contains("\"wantsMore\":[\"Animation\",\"podcast\"]"), "the edit is in the history as given")
            // An empty value clears it, and `member show` no longer says it.
            r = try samen(["member", "edit", "zoe", "--wants-more", ""], "zoe")
            #expect(r.status == 0, "\(r.stderr)")
            #expect(try member("zoe", in: dir)?.wantsMore == [])
            r = try samen(["member", "show", "zoe"], "zoe")
            #expect(!r.stdout.contains("wants more"), "\(r.stdout)")
        }
    }

    @Test func someoneWhoMayNotEditThatMemberIsRefusedAndNothingIsWritten() throws {
        try demo { dir, samen in
            let before = try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8)
            let r = try samen(["member", "edit", "lotte", "--wants-more", "printing"], "zoe")
            #expect(r.status != 0)
            #expect(r.stderr.contains("may change Lotte Hendriks's details"), "\(r.stderr)")
            #expect(try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8) == before)
            #expect(try member("lotte", in: dir)?.wantsMore == [])
        }
    }
}
