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

    /// The journal is one file written in place: a save leaves it cleared
    /// (its first line says nothing follows), the same file (no new inode,
    /// no rename), never cut shorter, so the file system seldom has blocks
    /// to give or take back.
    @Test func savesWriteTheJournalInPlaceAndLeaveItEmpty() throws {
        try withDirectory { dir in
            let store = try Store(directory: dir)
            try store.apply(.addLedgerEntry(Fixture.entry(.payment, 100, member: "katleen")), context: Fixture.ctx)
            var first = stat()
            #expect(lstat(dir + "/.samen-journal", &first) == 0)
            #expect(!SaveJournal.exists(dir))
            let cleared = try Data(contentsOf: URL(fileURLWithPath: dir + "/.samen-journal"))
            #expect(cleared.starts(with: Array("samen-journal 1 0000000000 ".utf8)))
            try store.apply(.addLedgerEntry(Fixture.entry(.payment, 200, member: "katleen")), context: Fixture.ctx)
            var second = stat()
            #expect(lstat(dir + "/.samen-journal", &second) == 0)
            #expect(second.st_size >= first.st_size)
            #expect(second.st_ino == first.st_ino)
            #expect(!SaveJournal.exists(dir))
            #expect(try SaveJournal.read(dir) == nil)
            // A reader sees no save under way, and a new store opens it as it is.
            #expect(try Store(directory: dir).state.ledger.count == store.state.ledger.count)
        }
    }

    /// A crash while the journal itself was written leaves a header whose
    /// checksum does not match: that save never committed, so nothing of it
    /// is done, and the next save goes ahead.
    @Test func aTornJournalCountsAsNoSaveAndIsEmptiedByTheNextWriter() throws {
        try withDirectory { dir in
            let store = try Store(directory: dir)
            let ledger = try String(contentsOfFile: dir + "/ledger.jsonl", encoding: .utf8)
            var journal = SaveJournal()
            journal.appends = [SaveJournal.Append(file: "ledger.jsonl", before: Int64(ledger.utf8.count),
                                                  bytes: Array("{\"torn\":true}\n".utf8), mode: 0o660)]
            var bytes = journal.fileBytes
            bytes.removeLast(5)   // the end never reached the disk
            try Data(bytes).write(to: URL(fileURLWithPath: dir + "/.samen-journal"))
            #expect(SaveJournal.exists(dir))                  // a reader waits for the lock or for it to go
            #expect(try SaveJournal.read(dir) == nil)         // and it names no steps
            try store.apply(.addLedgerEntry(Fixture.entry(.payment, 300, member: "katleen")), context: Fixture.ctx)
            #expect(!SaveJournal.exists(dir))
            let after = try String(contentsOfFile: dir + "/ledger.jsonl", encoding: .utf8)
            #expect(!after.contains("torn"))
            #expect(try Store(directory: dir).state.ledger.count == store.state.ledger.count)
        }
    }

    /// A journal with another name elsewhere (a hard link planted by someone
    /// in the group) is never written through.
    @Test func aHardLinkedJournalIsRefusedAndTheOtherFileIsUntouched() throws {
        try withDirectory { dir in
            let store = try Store(directory: dir)
            try store.apply(.addLedgerEntry(Fixture.entry(.payment, 100, member: "katleen")), context: Fixture.ctx)
            let other = dir + "/../other.txt"
            try "theirs".write(toFile: other, atomically: false, encoding: .utf8)
            unlink(dir + "/.samen-journal")
            #expect(link(other, dir + "/.samen-journal") == 0)
            #expect { try store.apply(.addLedgerEntry(Fixture.entry(.payment, 200, member: "katleen")), context: Fixture.ctx) } throws: { error in
                "\(error)".contains("is not a plain file of its own")
            }
            #expect(try String(contentsOfFile: other, encoding: .utf8) == "theirs")
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
