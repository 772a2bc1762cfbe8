import Foundation
import Testing
@testable import SamenCore

/// The journal and the lock file sit in a directory the whole group can
/// write: what is planted there is refused, never followed.
@Suite("Journal and lock file")
struct SaveJournalCoreTests {
    func withDirectory(_ body: (String) throws -> Void) throws {
        let dir = Fixture.temporaryDirectory()
        defer { Fixture.remove(dir) }
        try Store.create(at: dir + "/data", state: try Fixture.state(), actor: "test", summary: "created")
        try body(dir + "/data")
    }

    @Test func aPlantedJournalNamingFilesOutsideTheDirectoryIsRefusedAndNothingMoves() throws {
        try withDirectory { dir in
            let outside = dir + "/../outside.txt"
            try "mine".write(toFile: outside, atomically: false, encoding: .utf8)
            try "planted".write(toFile: dir + "/.members.jsonl.stage-00ff", atomically: false, encoding: .utf8)
            let members = try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8)
            for rename in [#"{"staged":".members.jsonl.stage-00ff","target":"../outside.txt"}"#,
                           #"{"staged":"../outside.txt","target":"members.jsonl"}"#] {
                try #"{"renames":[\#(rename)],"appends":[],"removes":[]}"#.write(toFile: dir + "/.samen-journal", atomically: false, encoding: .utf8)
                #expect { try Store(directory: dir) } throws: { error in
                    "\(error)".contains(".samen-journal: the journal of an interrupted save is not one Samen wrote (a rename that is not of a data file)")
                }
                #expect(try String(contentsOfFile: outside, encoding: .utf8) == "mine")
                #expect(try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8) == members)
            }
        }
    }

    @Test func aJournalAppendToAnyOtherFileIsRefused() throws {
        try withDirectory { dir in
            try #"{"renames":[],"appends":[{"file":"members.jsonl","before":0,"mode":432,"text":"x\n"}],"removes":[]}"#
                .write(toFile: dir + "/.samen-journal", atomically: false, encoding: .utf8)
            #expect(throws: StoreError.self) { try Store(directory: dir) }
        }
    }

    @Test func theLockHolderIsReadAsAPidAndALoginWithNothingElse() throws {
        try withDirectory { dir in
            let lock = try DirectoryLock(directory: dir, mode: 0o660)
            try "123 ev\u{1b}]52;c;QUFB\u{07}il\nmore".write(toFile: dir + "/.samen.lock", atomically: false, encoding: .utf8)
            #expect(lock.holder() == LockHolder(pid: 123, login: "ev52cQUFBil"))
            #expect(lock.holder().description == "pid 123 (ev52cQUFBil)")
            try "nonsense".write(toFile: dir + "/.samen.lock", atomically: false, encoding: .utf8)
            #expect(lock.holder().description == "another process")
        }
    }

    @Test func theLockTimeoutIsANumberOfSecondsInRange() throws {
        #expect(try LockPolicy.fromEnvironment(nil).timeout == 30)
        #expect(try LockPolicy.fromEnvironment("2").timeout == 2)
        #expect(try LockPolicy.fromEnvironment("0.5").timeout == 0.5)
        for bad in ["soon", "-1", "1e10", "nan", "inf"] {
            #expect { try LockPolicy.fromEnvironment(bad) } throws: { error in
                "\(error)" == "SAMEN_LOCK_TIMEOUT: must be a number of seconds from 0 to 86400, got '\(bad)'"
            }
        }
    }
}
