import Foundation
import Testing
@testable import SamenCore
#if canImport(Glibc)
import Glibc
#endif

/// The load-time cache must never change what a load sees: every test
/// compares a cached load with what parsing the JSON gives, or checks that a
/// snapshot which no longer describes the files is left unused.
@Suite("Snapshot cache")
struct SnapshotCacheTests {
    /// A cache that snapshots at once (no settling) and cuts the ledger into small chunks.
    func cache(_ dir: String) -> SnapshotCache { SnapshotCache(dataDirectory: dir, settleNanos: 0, entriesPerChunk: 100) }

    /// The networks here have 60 projects: one shard.
    let shard = "projects/000001-005000.jsonl"
    func snapshot(_ dir: String, _ name: String) -> String { SnapshotCache(dataDirectory: dir).path(name) }

    func load(_ dir: String, cache: SnapshotCache?) throws -> (NetworkState, Loader) {
        var loader = Loader(directory: dir, cache: cache)
        guard let state = loader.loadAll() else { throw StoreError(loader.problems) }
        return (state, loader)
    }

    func withNetwork(_ body: (String, NetworkState) throws -> Void) throws {
        let root = Fixture.temporaryDirectory()
        defer { Fixture.remove(root) }
        let dir = root + "/data"
        let state = SyntheticNetwork(members: 30, projects: 60, requests: 25, entries: 450, seed: 4).build(today: Fixture.today)
        try Store.create(at: dir, state: state, actor: "test", summary: "created")
        try body(dir, state)
    }

    /// `samen finance` reads members and the books only: what it snapshots
    /// serves a later full load, and it snapshots nothing it did not read.
    @Test func aMoneyOnlyLoadSnapshotsOnlyWhatItReadAndAFullLoadStillSeesEverything() throws {
        try withNetwork { dir, state in
            let listed = cache(dir).projectFiles()
            var money = Loader(directory: dir, cache: cache(dir))
            money.onlyMoney = true
            let loaded = money.loadAll()
            let read = try #require(loaded)
            #expect(read.projects.isEmpty && read.requests.isEmpty)
            #expect(read.ledger.records == state.ledger.records)
            let fm = FileManager.default
            #expect(fm.fileExists(atPath: snapshot(dir, "members.jsonl")))
            #expect(!fm.fileExists(atPath: snapshot(dir, "requests.jsonl")))
            #expect(!fm.fileExists(atPath: snapshot(dir, shard)))
            // Nor does it rewrite the list of project files: it read none, and an
            // empty list would stand for "no shards" at the next load.
            #expect(cache(dir).projectFiles() == listed)
            let (full, loader) = try load(dir, cache: cache(dir))
            expectSame(full, state)
            #expect(loader.fromSnapshot.isSuperset(of: [.members, .ledger]))
            // And that full load snapshotted the rest for the next one.
            let (again, next) = try load(dir, cache: cache(dir))
            expectSame(again, state)
            #expect(next.fromSnapshot.isSuperset(of: [.members, .ledger, .requests]))
        }
    }

    func expectSame(_ a: NetworkState, _ b: NetworkState) {
        #expect(a.members.records == b.members.records)
        #expect(a.projects.records == b.projects.records)
        #expect(a.requests.records == b.requests.records)
        #expect(a.ledger.records == b.ledger.records)
        #expect(a.ledger.ids == b.ledger.ids)
        #expect(a.members.ids == b.members.ids)
    }

    @Test func everyStoredFieldIsInTheSnapshot() {
        func fields(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }
        let day = Fixture.today, now = Fixture.now
        let range = DateRange(start: day, weeks: 1)
        #expect(fields(Member(id: "a", name: "A", role: .associate, city: "Leiden", joined: day)) == Member.snapshotFields)
        #expect(fields(MemberKey(key: SSHPublicKey(raw: Array(repeating: 1, count: 32)), added: now)) == MemberKey.snapshotFields)
        #expect(fields(ContractedHours(hoursPerWeek: 1, from: day)) == ContractedHours.snapshotFields)
        #expect(fields(TimeOff(range: range)) == TimeOff.snapshotFields)
        #expect(fields(Project(id: 1, title: "t", client: "c", city: "Leiden", estimatedHours: 1, period: range, received: now)) == Project.snapshotFields)
        #expect(fields(Allocation(member: "a", hoursPerWeek: 1, range: range)) == Allocation.snapshotFields)
        #expect(fields(ExternalHire(name: "n", reason: "r", hoursPerWeek: nil)) == ExternalHire.snapshotFields)
        #expect(fields(Decision(at: now, by: "a", from: nil, to: .incoming, note: "")) == Decision.snapshotFields)
        #expect(fields(HelpRequest(id: 1, from: "a", kind: .advice, text: "t", created: now)) == HelpRequest.snapshotFields)
        #expect(fields(Offer(member: "a", note: "n", at: now)) == Offer.snapshotFields)
        #expect(fields(JoinAsk(member: "a", hoursPerWeek: 1, by: "b", at: now)) == JoinAsk.snapshotFields)
        #expect(fields(LedgerEntry(id: 1, kind: .payment, date: day, amount: .zero, at: now, by: "a")) == LedgerEntry.snapshotFields)
    }

    @Test func aCachedLoadEqualsAParsedOne() throws {
        try withNetwork { dir, created in
            let (parsed, _) = try load(dir, cache: nil)
            Fixture.remove(dir + "/.samen-cache")  // creating the network may have started one
            let (first, firstLoader) = try load(dir, cache: cache(dir))
            #expect(firstLoader.fromSnapshot.isEmpty)
            for name in ["members.jsonl", shard, "requests.jsonl", "ledger.jsonl"] {
                #expect(FileManager.default.fileExists(atPath: snapshot(dir, name)), "\(name)")
            }
            #expect(snapshot(dir, shard) == "\(dir)/.samen-cache/\(geteuid())/projects-000001-005000.jsonl.snapshot")
            let (second, secondLoader) = try load(dir, cache: cache(dir))
            #expect(secondLoader.fromSnapshot == [.members, .projects, .requests, .ledger])
            expectSame(second, parsed)
            expectSame(first, parsed)
            expectSame(second, created)
            // The ledger's rules read its index; the cached one must agree.
            #expect(second.ledgerIndex.corrected == parsed.ledgerIndex.corrected)
            #expect(second.ledgerIndex.contributionOf == parsed.ledgerIndex.contributionOf)
            #expect(second.ledgerIndex.chargesOf == parsed.ledgerIndex.chargesOf)
            #expect(secondLoader.lineOfEntry == firstLoader.lineOfEntry)
            #expect(secondLoader.lineOfProject == firstLoader.lineOfProject)
            // Saving after a cached load copies untouched lines from the right places.
            let store = try Store(directory: dir)
            var edit = MemberEdit(id: created.members.records[3].id)
            edit.pitch = "Edited after a cached load"
            // The member edits their own pitch.
            try store.apply(.editMember(edit), context: ChangeContext(actor: edit.id, now: Fixture.now, today: Fixture.today))
            let (after, _) = try load(dir, cache: nil)
            #expect(after.members.records[3].pitch == "Edited after a cached load")
            #expect(Array(after.members.records.dropFirst(4)) == Array(created.members.records.dropFirst(4)))
            #expect(DataDirectoryCheck.run(directory: dir).problems == [])
        }
    }

    @Test func linesAppendedToTheLedgerAreReadAfterTheSnapshot() throws {
        try withNetwork { dir, created in
            _ = try load(dir, cache: cache(dir))
            let store = try Store(directory: dir)
            let member = created.members.records[0].id
            try store.apply(.addLedgerEntry(LedgerEntry(id: 0, kind: .payment, date: Fixture.today, amount: Money(cents: 4321),
                                                        member: member, at: Fixture.now, by: "test")),
                            // A member records their own payment.
                            context: ChangeContext(actor: member, now: Fixture.now, today: Fixture.today))
            let (cached, loader) = try load(dir, cache: cache(dir))
            #expect(loader.fromSnapshot.contains(.ledger))
            #expect(loader.ledgerFromSnapshot == created.ledger.count)
            #expect(cached.ledger.count == created.ledger.count + 1)
            #expect(cached.ledger.records.last?.amount == Money(cents: 4321))
            // A broken appended line is reported on its own line number (after
            // a history line of an older Samen, which sets no limit to reading).
            let history = try String(contentsOfFile: "\(dir)/history.jsonl", encoding: .utf8)
            try history.replacingOccurrences(of: #","ledgerEnd":[0-9]+,"ledgerTail":"[0-9a-f]+""#, with: "", options: .regularExpression)
                .write(toFile: "\(dir)/history.jsonl", atomically: false, encoding: .utf8)
            let lineCount = try String(contentsOfFile: "\(dir)/ledger.jsonl", encoding: .utf8).split(separator: "\n").count
            let handle = try #require(FileHandle(forWritingAtPath: "\(dir)/ledger.jsonl"))
            handle.seekToEndOfFile()
            handle.write("{\"id\": \"broken\"}\n".data(using: .utf8)!)
            handle.closeFile()
            var broken = Loader(directory: dir, cache: cache(dir))
            #expect(broken.loadAll() == nil)
            #expect(broken.problems.contains { $0.file == "ledger.jsonl" && $0.line == lineCount + 1 })
        }
    }

    @Test func aFileChangedInPlaceIsParsedAgain() throws {
        try withNetwork { dir, created in
            _ = try load(dir, cache: cache(dir))
            // Same size, same inode: only the change time tells.
            let path = "\(dir)/members.jsonl"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let name = created.members.records[0].name
            let renamed = String(repeating: "Q", count: name.utf8.count)
            let fd = open(path, O_WRONLY)
            #expect(fd >= 0)
            let bytes = Array(text.replacingOccurrences(of: "\"\(name)\"", with: "\"\(renamed)\"").utf8)
            #expect(bytes.count == text.utf8.count)
            _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            close(fd)
            let (state, loader) = try load(dir, cache: cache(dir))
            #expect(!loader.fromSnapshot.contains(.members))
            #expect(state.members.records[0].name == renamed)
        }
    }

    @Test func aHandBrokenFileIsReportedThoughACacheExists() throws {
        try withNetwork { dir, _ in
            _ = try load(dir, cache: cache(dir))
            let path = "\(dir)/\(shard)"
            var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
            lines[2] = lines[2].replacingOccurrences(of: "\"status\":\"", with: "\"status\":\"maybe-")
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            #expect(throws: StoreError.self) { try Store(directory: dir) }
            var loader = Loader(directory: dir, cache: cache(dir))
            #expect(loader.loadAll() == nil)
            #expect(loader.problems.contains { $0.file == shard && $0.line == 3 })
        }
    }

    @Test func aDamagedOrForeignSnapshotIsIgnoredAndRebuilt() throws {
        try withNetwork { dir, created in
            _ = try load(dir, cache: cache(dir))
            for name in [shard, "ledger.jsonl"] {
                let path = snapshot(dir, name)
                var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
                bytes[bytes.count - 10] ^= 0xFF  // in the last record
                try Data(bytes).write(to: URL(fileURLWithPath: path))
            }
            let members = snapshot(dir, "members.jsonl")
            var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: members)))
            bytes[8] ^= 0x01  // the schema fingerprint: a snapshot from another build
            try Data(bytes).write(to: URL(fileURLWithPath: members))

            let (state, loader) = try load(dir, cache: cache(dir))
            #expect(loader.fromSnapshot == [.requests])
            expectSame(state, created)
            let (_, again) = try load(dir, cache: cache(dir))
            #expect(again.fromSnapshot == [.members, .projects, .requests, .ledger])
        }
    }

    @Test func aLedgerRewrittenUnderTheSnapshotIsParsedAgain() throws {
        try withNetwork { dir, created in
            _ = try load(dir, cache: cache(dir))
            // An in-place edit near the end of what the snapshot covers.
            let path = "\(dir)/ledger.jsonl"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let last = created.ledger.records.last!
            let old = "\"id\":\(last.id),"
            #expect(text.contains(old))
            let fd = open(path, O_WRONLY)
            let edited = Array(text.replacingOccurrences(of: "\"by\":\"\(last.by)\",\"date\"", with: "\"by\":\"\(String(repeating: "z", count: last.by.utf8.count))\",\"date\"").utf8)
            _ = edited.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            close(fd)
            let (state, loader) = try load(dir, cache: cache(dir))
            #expect(!loader.fromSnapshot.contains(.ledger))
            #expect(state.ledger.records.last?.by == String(repeating: "z", count: last.by.utf8.count))
        }
    }

    @Test func freshFilesAreNotSnapshotted() throws {
        try withNetwork { dir, _ in
            // The default cache waits until a file has settled: these were just written.
            _ = try load(dir, cache: SnapshotCache(dataDirectory: dir))
            #expect(!FileManager.default.fileExists(atPath: snapshot(dir, shard)))
            // The ledger is append-only: its snapshot covers a prefix and needs no settling.
            #expect(FileManager.default.fileExists(atPath: snapshot(dir, "ledger.jsonl")))
        }
    }

    @Test func theCacheKeepsOutOfGitAndEachUsersSnapshotsAreTheirOwn() throws {
        try withNetwork { dir, _ in
            _ = try load(dir, cache: cache(dir))
            let gitignore = try String(contentsOfFile: "\(dir)/.samen-cache/.gitignore", encoding: .utf8)
            #expect(gitignore.split(separator: "\n").contains("*"))
            // Readable and writable by this user alone: nobody else can put a snapshot before them.
            let own = try FileManager.default.attributesOfItem(atPath: "\(dir)/.samen-cache/\(geteuid())")
            #expect((own[.posixPermissions] as? Int).map { $0 & 0o777 } == 0o700)
            let attributes = try FileManager.default.attributesOfItem(atPath: snapshot(dir, shard))
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            // The shared directory is sticky: members cannot remove or rename each other's.
            let shared = try FileManager.default.attributesOfItem(atPath: "\(dir)/.samen-cache")
            #expect(((shared[.posixPermissions] as? Int) ?? 0) & 0o1000 != 0)
            #expect(DataDirectoryCheck.run(directory: dir).problems == [])
        }
    }

    /// Another member of the group writes a snapshot that agrees with the
    /// files' identity but not their content. The reader must see the files.
    @Test func aSnapshotAnotherUserCouldHaveWrittenIsNeverRead() throws {
        try withNetwork { dir, created in
            _ = try load(dir, cache: cache(dir))
            let members = "\(dir)/members.jsonl"
            let forged = created.members.records.map { m -> Member in var m = m; m.name = "Forged"; return m }
            let parsed = try load(dir, cache: nil).1
            let records = SnapshotCache.Records(records: forged, lines: parsed.lineOfMember,
                                                ranges: forged.map { parsed.memberFile!.ranges[$0.id]! })
            let source = try #require(FileIO.stamp(members))
            cache(dir).storeRecords("members.jsonl", records, source: source, mode: 0o660, now: SnapshotCache.now())
            // Written by this user, it would be believed: that is what a cache is.
            #expect(try load(dir, cache: cache(dir)).0.members.records.first?.name == "Forged")

            // The same bytes, owned by someone else.
            let snap = snapshot(dir, "members.jsonl")
            #expect(chown(snap, 54_321, getegid()) == 0)
            let (state, loader) = try load(dir, cache: cache(dir))
            #expect(!loader.fromSnapshot.contains(.members))
            expectSame(state, created)

            // A directory of someone else's in the reader's place, or a link to one.
            #expect(chown(snap, geteuid(), getegid()) == 0)
            let own = "\(dir)/.samen-cache/\(geteuid())"
            #expect(chown(own, 54_321, getegid()) == 0)
            expectSame(try load(dir, cache: cache(dir)).0, created)
            #expect(rename(own, "\(dir)/.samen-cache/elsewhere") == 0)
            #expect(chown("\(dir)/.samen-cache/elsewhere", geteuid(), getegid()) == 0)
            #expect(symlink("\(dir)/.samen-cache/elsewhere", own) == 0)
            expectSame(try load(dir, cache: cache(dir)).0, created)
            // A directory others may write to is not the reader's alone.
            #expect(unlink(own) == 0 && rename("\(dir)/.samen-cache/elsewhere", own) == 0)
            #expect(chmod(own, 0o770) == 0)
            expectSame(try load(dir, cache: cache(dir)).0, created)
        }
    }

    /// A record file changed in place with its size and modification time
    /// put back (`touch -d`): only the inode's change time tells, and it does.
    @Test func aFileChangedUnderItsSnapshotWithItsTimesRestoredIsReadAgain() throws {
        try withNetwork { dir, created in
            _ = try load(dir, cache: cache(dir))
            #expect(try load(dir, cache: cache(dir)).1.fromSnapshot.contains(.members))
            let path = "\(dir)/members.jsonl"
            var st = stat()
            #expect(stat(path, &st) == 0)
            let first = created.members.records[0]
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let renamed = String(repeating: "Q", count: first.name.utf8.count)
            let edited = text.replacingOccurrences(of: "\"name\":\"\(first.name)\"", with: "\"name\":\"\(renamed)\"")
            #expect(edited != text && edited.utf8.count == text.utf8.count)
            let fd = open(path, O_WRONLY)
            _ = Array(edited.utf8).withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            close(fd)
            var times = [st.st_atim, st.st_mtim]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
            let (state, loader) = try load(dir, cache: cache(dir))
            #expect(!loader.fromSnapshot.contains(.members))
            #expect(state.members.records[0].name == renamed)
        }
    }

    /// Snapshots from when every user's went straight into `.samen-cache/`
    /// are never read again; their owner's first load in the new place removes them.
    @Test func snapshotsInTheOldSharedPlaceAreRemovedByTheirOwner() throws {
        try withNetwork { dir, _ in
            Fixture.remove(dir + "/.samen-cache")
            try FileManager.default.createDirectory(atPath: dir + "/.samen-cache", withIntermediateDirectories: false)
            for name in ["members.jsonl.snapshot", "project-files", "ledger.jsonl.snapshot.tmp-4242", "CACHEDIR.TAG"] {
                try "old".write(toFile: dir + "/.samen-cache/" + name, atomically: false, encoding: .utf8)
            }
            _ = try load(dir, cache: cache(dir))
            let left = try FileManager.default.contentsOfDirectory(atPath: dir + "/.samen-cache").sorted()
            #expect(left == ["\(geteuid())", "CACHEDIR.TAG"])
        }
    }

    /// The ledger's snapshot compares only the last 64 KiB of what it
    /// covers; an editor that rewrites the file in place, same length, far
    /// before that, changed the file without appending to it.
    @Test func aLedgerEditedInPlaceFarFromItsEndIsParsedAgain() throws {
        let root = Fixture.temporaryDirectory()
        defer { Fixture.remove(root) }
        let dir = root + "/data"
        let created = SyntheticNetwork(members: 30, projects: 20, requests: 5, entries: 2_000, seed: 5).build(today: Fixture.today)
        try Store.create(at: dir, state: created, actor: "test", summary: "created")
        _ = try load(dir, cache: cache(dir))
        #expect(try load(dir, cache: cache(dir)).1.fromSnapshot.contains(.ledger))
        let path = "\(dir)/ledger.jsonl"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.utf8.count > 3 * 65_536)
        let first = created.ledger.records[0]
        let renamed = String(repeating: "z", count: first.by.utf8.count)
        let edited = text.replacingOccurrences(of: "\"by\":\"\(first.by)\",\"date\":\"\(first.date)\"", with: "\"by\":\"\(renamed)\",\"date\":\"\(first.date)\"")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        var st = stat()
        #expect(stat(path, &st) == 0)
        let fd = open(path, O_WRONLY)
        _ = Array(edited.utf8).withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        close(fd)
        var times = [st.st_atim, st.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let (state, loader) = try load(dir, cache: cache(dir))
        #expect(!loader.fromSnapshot.contains(.ledger))
        #expect(state.ledger.records[0].by == renamed)
    }
}
