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

    /// Appends go to the ledger, the history and a shard of projects (a new
    /// project), nowhere else: not another data file, not a path that
    /// climbs out through the shards' directory.
    @Test(arguments: ["members.jsonl", "projects/../members.jsonl", "projects/notes.txt", "../ledger.jsonl", "projects"])
    func aJournalAppendToAnyOtherFileIsRefused(_ file: String) throws {
        try withDirectory { dir in
            let members = try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8)
            try #"{"renames":[],"appends":[{"file":"\#(file)","before":0,"mode":432,"text":"x\n"}],"removes":[]}"#
                .write(toFile: dir + "/.samen-journal", atomically: false, encoding: .utf8)
            #expect(throws: StoreError.self) { try Store(directory: dir) }
            #expect(try String(contentsOfFile: dir + "/members.jsonl", encoding: .utf8) == members)
        }
    }

    /// The journal is one file written in place: a save leaves it cleared
    /// (its first line says nothing follows), the same file (no new inode,
    /// no rename), never cut shorter, so the file system seldom has blocks
    /// to give or take back.
    @Test func savesWriteTheJournalInPlaceAndLeaveItEmpty() throws {
        try withDirectory { dir in
            let store = try Store(directory: dir)
            // Changes beyond the ledger: ledger-only ones commit without the journal.
            try store.apply(.addProject(Fixture.project(title: "First")), context: Fixture.ctx)
            var first = stat()
            #expect(lstat(dir + "/.samen-journal", &first) == 0)
            #expect(!SaveJournal.exists(dir))
            let cleared = try Data(contentsOf: URL(fileURLWithPath: dir + "/.samen-journal"))
            #expect(cleared.starts(with: Array("samen-journal 1 0000000000 ".utf8)))
            try store.apply(.addProject(Fixture.project(title: "Second")), context: Fixture.ctx)
            var second = stat()
            #expect(lstat(dir + "/.samen-journal", &second) == 0)
            #expect(second.st_size >= first.st_size)
            #expect(second.st_ino == first.st_ino)
            #expect(!SaveJournal.exists(dir))
            #expect(try SaveJournal.read(dir) == nil)
            // A reader sees no save under way, and a new store opens it as it is.
            #expect(try Store(directory: dir).state.projects.count == store.state.projects.count)
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

/// A save that only adds ledger entries commits through its history line
/// (`HistoryCommit`): ledger lines first, then the line that covers them.
@Suite("Ledger-only saves")
struct HistoryCommitTests {
    func withDirectory(_ body: (String) throws -> Void) throws {
        let dir = Fixture.temporaryDirectory()
        defer { Fixture.remove(dir) }
        try Store.create(at: dir + "/data", state: try Fixture.state(), actor: "test", summary: "created")
        try body(dir + "/data")
    }

    func size(_ path: String) -> Int64 { FileIO.stamp(path)?.size ?? -1 }

    /// What a writer killed between its two appends leaves: ledger lines
    /// past what the last history line records.
    func appendUncommittedEntry(_ dir: String, id: Int) throws {
        var e = Fixture.entry(.payment, 700, member: "katleen")
        e.id = id
        let fd = open(dir + "/ledger.jsonl", O_WRONLY | O_APPEND)
        #expect(fd >= 0)
        defer { close(fd) }
        let line = JSONWriter.line(e.json) + [0x0A]
        #expect(line.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) } == line.count)
    }

    @Test func aLedgerEntryIsCommittedByItsHistoryLineWithoutTheJournal() throws {
        try withDirectory { dir in
            let store = try Store(directory: dir)
            let journal = FileIO.stamp(dir + "/.samen-journal")
            try store.apply(.addLedgerEntry(Fixture.entry(.payment, 100, member: "katleen")), context: Fixture.ctx)
            #expect(FileIO.stamp(dir + "/.samen-journal") == journal)
            let tail = try #require(try HistoryCommit.tail(dir))
            #expect(tail.ledgerEnd == size(dir + "/ledger.jsonl"))
            #expect(tail.end == size(dir + "/history.jsonl"))
            // A change of other files goes through the journal, and its line records the ledger too.
            try store.apply(.addProject(Fixture.project(title: "Journalled")), context: Fixture.ctx)
            #expect(FileIO.stamp(dir + "/.samen-journal") != journal)
            #expect(try HistoryCommit.tail(dir)?.ledgerEnd == size(dir + "/ledger.jsonl"))
        }
    }

    /// No reader shows what a crash would take back, and a reader that
    /// looked while the lines were not yet covered reads them once they are.
    @Test func readersStopAtTheLastHistoryLineAndCatchUpWhenItCovers() throws {
        try withDirectory { dir in
            let writer = try Store(directory: dir)
            try writer.apply(.addLedgerEntry(Fixture.entry(.payment, 100, member: "katleen")), context: Fixture.ctx)
            let reader = try Store(directory: dir)
            let count = reader.state.ledger.count
            let committed = size(dir + "/ledger.jsonl")
            try appendUncommittedEntry(dir, id: (reader.state.ledger.lastID ?? 0) + 1)
            #expect(try Store(directory: dir).state.ledger.count == count)
            _ = try reader.reloadIfChanged()
            #expect(reader.state.ledger.count == count)
            // `check` says so, and the books verify without them.
            let check = DataDirectoryCheck.run(directory: dir)
            #expect(check.isValid, "\(check.problems)")
            #expect(check.problems.contains { $0.isWarning && $0.message.contains("not covered by the history") })
            // The history line that covers them arrives: now they are saved.
            let now = size(dir + "/ledger.jsonl")
            let fd = open(dir + "/history.jsonl", O_WRONLY | O_APPEND)
            let sum = try HistoryCommit.fields(ledger: dir + "/ledger.jsonl", before: now, appending: []).sum
            let line = Array(#"{"at":"2026-11-23T10:00:00Z","as":"member","by":"pierre","change":{"change":"add-ledger-entry"},"ledgerEnd":\#(now),"ledgerTail":"\#(sum)","summary":"x","today":"2026-11-23"}"#.utf8) + [0x0A]
            #expect(line.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) } == line.count)
            close(fd)
            #expect(now > committed)
            #expect(reader.hasExternalChanges())
            _ = try reader.reloadIfChanged()
            #expect(reader.state.ledger.count == count + 1)
        }
    }

    /// The next writer sets aside what never committed, and cuts off a
    /// history line cut short with it, before it saves.
    @Test func theNextWriterSetsAsideWhatNeverCommitted() throws {
        try withDirectory { dir in
            let store = try Store(directory: dir)
            try store.apply(.addLedgerEntry(Fixture.entry(.payment, 100, member: "katleen")), context: Fixture.ctx)
            let ledger = try Data(contentsOf: URL(fileURLWithPath: dir + "/ledger.jsonl"))
            let history = try Data(contentsOf: URL(fileURLWithPath: dir + "/history.jsonl"))
            try appendUncommittedEntry(dir, id: (store.state.ledger.lastID ?? 0) + 1)
            let fd = open(dir + "/history.jsonl", O_WRONLY | O_APPEND)
            let partial = Array(#"{"at":"2026-11-23T10:00:00Z","as":"mem"#.utf8)
            #expect(partial.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) } == partial.count)
            close(fd)
            let other = try Store(directory: dir)
            try other.apply(.addProject(Fixture.project(title: "Next writer")), context: Fixture.ctx)
            #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/ledger.jsonl")) == ledger)
            let aside = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("ledger.jsonl.torn-") }
            #expect(aside.count == 1)
            #expect(try aside.first.map { try String(contentsOfFile: dir + "/" + $0, encoding: .utf8) }?.contains(#""amount":700"#) == true)
            let now = try Data(contentsOf: URL(fileURLWithPath: dir + "/history.jsonl"))
            #expect(now.prefix(history.count) == history)
            #expect(String(decoding: now.dropFirst(history.count), as: UTF8.self).filter { $0 == "\n" }.count == 1)
            #expect(DataDirectoryCheck.run(directory: dir).problems.isEmpty)
            #expect(try Store(directory: dir).state.ledger.count == store.state.ledger.count)
        }
    }

    /// After a line of an older Samen (no `ledgerEnd`), nothing is cut and
    /// nothing is hidden; the next ledger-only save goes through the journal.
    @Test func afterAnOlderSamensLineTheLedgerIsReadWholeAndTheJournalCommits() throws {
        try withDirectory { dir in
            let store = try Store(directory: dir)
            try store.apply(.addLedgerEntry(Fixture.entry(.payment, 100, member: "katleen")), context: Fixture.ctx)
            let text = try String(contentsOfFile: dir + "/history.jsonl", encoding: .utf8)
            try text.replacingOccurrences(of: #","ledgerEnd":[0-9]+,"ledgerTail":"[0-9a-f]+""#, with: "", options: .regularExpression)
                .write(toFile: dir + "/history.jsonl", atomically: false, encoding: .utf8)
            #expect(try HistoryCommit.tail(dir)?.ledgerEnd == nil)
            let other = try Store(directory: dir)
            let journal = FileIO.stamp(dir + "/.samen-journal")
            try other.apply(.addLedgerEntry(Fixture.entry(.payment, 200, member: "katleen")), context: Fixture.ctx)
            #expect(FileIO.stamp(dir + "/.samen-journal") != journal)
            #expect(try HistoryCommit.tail(dir)?.ledgerEnd == size(dir + "/ledger.jsonl"))
            #expect(try Store(directory: dir).state.ledger.count == other.state.ledger.count)
        }
    }
}
