import Foundation
import Testing
@testable import SamenCore

/// Projects live in `projects/`, one file per 5,000 ids, so saving one
/// project rewrites one shard instead of every project (see `ProjectShards`).
/// These tests read the files a person would read.
@Suite("Project shards")
struct ProjectShardTests {
    func withDirectory(_ body: (String) throws -> Void) rethrows {
        let dir = Fixture.temporaryDirectory()
        defer { Fixture.remove(dir) }
        try body(dir + "/data")
    }

    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    func write(_ text: String, to path: String) throws { try text.write(toFile: path, atomically: false, encoding: .utf8) }
    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
    func shards(_ dir: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir + "/projects")) ?? []).sorted() }
    func inode(_ path: String) -> Int { ((try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? Int) ?? -1 }

    /// The ids of the lines of a projects file, in file order.
    func ids(_ text: String) -> [Int] {
        text.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? Int
        }
    }

    /// Four projects over three shards, and a ledger entry naming one in the second.
    func state(ids projectIDs: [Int] = [1, 2, 5_001, 12_000]) throws -> NetworkState {
        var s = try Fixture.state()
        for id in projectIDs {
            var p = Fixture.project(title: "Project \(id)")
            p.id = id
            s.insertForTesting(project: p)
        }
        if projectIDs.contains(5_001) {
            s.insertForTesting(entry: LedgerEntry(id: 1, kind: .revenue, date: Fixture.today, amount: Money(cents: 10_000),
                                                  member: "katleen", project: 5_001, at: Fixture.now, by: "pierre"))
        }
        return s
    }

    /// Turns a directory into what a Samen before shards wrote: format
    /// version 1, every project in `projects.jsonl`.
    func makeFormat1(_ dir: String) throws {
        let all = shards(dir).map { read(dir + "/projects/" + $0) }.joined()
        try write(all, to: dir + "/projects.jsonl")
        try FileManager.default.removeItem(atPath: dir + "/projects")
        try? FileManager.default.removeItem(atPath: dir + "/.samen-cache")
        let network = read(dir + "/network.json")
        #expect(network.contains(#""formatVersion": 2"#))
        try write(network.replacingOccurrences(of: #""formatVersion": 2"#, with: #""formatVersion": 1"#), to: dir + "/network.json")
    }

    @Test func projectsAreWrittenInShardsByIdRange() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try state(), actor: "test", summary: "created")
            #expect(shards(dir) == ["000001-005000.jsonl", "005001-010000.jsonl", "010001-015000.jsonl"])
            #expect(ids(read(dir + "/projects/000001-005000.jsonl")) == [1, 2])
            #expect(ids(read(dir + "/projects/005001-010000.jsonl")) == [5_001])
            // `cat projects/*.jsonl` is every project in id order.
            #expect(ids(shards(dir).map { read(dir + "/projects/" + $0) }.joined()) == [1, 2, 5_001, 12_000])
            #expect(!exists(dir + "/projects.jsonl"))
            #expect(read(dir + "/network.json").contains(#""formatVersion": 2"#))
            #expect(DataDirectoryCheck.run(directory: dir).problems == [])
        }
    }

    @Test func aSaveRewritesOnlyTheShardOfTheProjectItChanged() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try state(), actor: "test", summary: "created")
            let names = shards(dir).map { dir + "/projects/" + $0 }
            let before = names.map { (inode($0), read($0)) }
            let store = try Store(directory: dir)
            try store.apply(.setLead(project: 5_001, member: "katleen"), context: Fixture.ctx)
            let after = names.map { (inode($0), read($0)) }
            #expect(after[0] == before[0])
            #expect(after[2] == before[2])
            #expect(after[1].0 != before[1].0)   // replaced by rename
            #expect(after[1].1.contains(#""lead":"katleen""#))
            #expect(try Store(directory: dir).state.project(5_001)?.lead == "katleen")
            #expect(DataDirectoryCheck.run(directory: dir).problems == [])
        }
    }

    @Test func aShardAnotherProcessCreatesIsSeen() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try state(ids: [1, 5_000]), actor: "test", summary: "created")
            let a = try Store(directory: dir), b = try Store(directory: dir)
            try b.apply(.addProject(Fixture.project(title: "The first of a new shard")), context: Fixture.ctx)
            #expect(shards(dir) == ["000001-005000.jsonl", "005001-010000.jsonl"])
            #expect(a.hasExternalChanges())
            // A new shard is recorded in network.json, so a missing one can be told from none.
            #expect(try a.reloadIfChanged() == [.network, .projects])
            #expect(a.state.network.projectShards == 2)
            #expect(a.state.project(5_001)?.title == "The first of a new shard")
            #expect(!a.hasExternalChanges())
            // And a's next project save builds on b's.
            try a.apply(.addProject(Fixture.project(title: "After it")), context: Fixture.ctx)
            #expect(ids(read(dir + "/projects/005001-010000.jsonl")) == [5_001, 5_002])
        }
    }

    @Test func aProjectInTheWrongShardIsNamedAndNothingIsWritten() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try state(), actor: "test", summary: "created")
            let store = try Store(directory: dir)
            let first = dir + "/projects/000001-005000.jsonl", second = dir + "/projects/005001-010000.jsonl"
            let lines = read(first).split(separator: "\n").map(String.init)
            try write(lines[0] + "\n", to: first)
            try write(read(second) + lines[1] + "\n", to: second)   // project 2 moved by hand
            let expected = "projects/005001-010000.jsonl:2: project 2 does not belong in this file (ids 5001-10000); move the line to projects/000001-005000.jsonl"
            #expect(DataDirectoryCheck.run(directory: dir).problems.map(\.description) == [expected])
            do { _ = try Store(directory: dir); Issue.record("expected a refusal") } catch {
                #expect("\(error)" == expected)
            }
            let firstBefore = read(first), secondBefore = read(second)
            #expect(throws: StoreError.self) { try store.apply(.setLead(project: 5_001, member: "katleen"), context: Fixture.ctx) }
            #expect(read(first) == firstBefore)
            #expect(read(second) == secondBefore)
        }
    }

    @Test func aFileInProjectsThatIsNotAShardIsReportedNotIgnored() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try state(), actor: "test", summary: "created")
            // A person's copy of a shard would otherwise hide projects from every check.
            try write(read(dir + "/projects/000001-005000.jsonl"), to: dir + "/projects/old-copy.jsonl")
            try write("to do\n", to: dir + "/projects/notes.txt")
            let problems = DataDirectoryCheck.run(directory: dir).problems.map(\.description)
            #expect(problems.contains { $0.hasPrefix("projects/old-copy.jsonl: not a shard name: projects are kept 5000 ids per file, named like 000001-005000.jsonl") })
            #expect(problems.contains("projects/notes.txt: warning: not a file of projects (they are in projects/*.jsonl); ignored"))
            #expect(throws: StoreError.self) { try Store(directory: dir) }
            try FileManager.default.removeItem(atPath: dir + "/projects/old-copy.jsonl")
            #expect(DataDirectoryCheck.run(directory: dir).isValid)
        }
    }

    /// Every other shard still matches its snapshot: only the list of
    /// files the last checked load saw shows one is gone.
    @Test func aShardDeletedByHandIsNoticedThoughTheOthersAreCached() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try state(), actor: "test", summary: "created")
            let cache = SnapshotCache(dataDirectory: dir, settleNanos: 0, entriesPerChunk: 100)
            for _ in 0..<2 {
                var loader = Loader(directory: dir, cache: cache)
                #expect(loader.loadAll() != nil)
            }
            var cached = Loader(directory: dir, cache: cache)
            #expect(cached.loadAll() != nil)
            #expect(cached.fromSnapshot.isSuperset(of: [.members, .projects, .ledger]))
            try FileManager.default.removeItem(atPath: dir + "/projects/005001-010000.jsonl")
            var loader = Loader(directory: dir, cache: cache)
            #expect(loader.loadAll() == nil)
            // Named as missing, not read as an empty range whose ids would be handed out again.
            #expect(loader.problems.map(\.file) == ["projects/005001-010000.jsonl"])
            #expect(loader.problems.first?.message.hasPrefix("is missing;") == true)
        }
    }

    @Test func aFormat1DirectoryLoadsAndMovesToShardsOnItsFirstProjectSave() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try state(), actor: "test", summary: "created")
            try makeFormat1(dir)
            // A person's own spacing on project 2's line, to be kept through the move.
            var lines = read(dir + "/projects.jsonl").split(separator: "\n").map(String.init)
            lines[1] = lines[1].replacingOccurrences(of: ",", with: ", ")
            try write(lines.joined(separator: "\n") + "\n", to: dir + "/projects.jsonl")
            #expect(DataDirectoryCheck.run(directory: dir).problems == [])
            // Problems in a format 1 directory name projects.jsonl.
            let good = read(dir + "/projects.jsonl")
            try write(good.replacingOccurrences(of: #""estimatedHours":80,"id":5001"#, with: #""estimatedHours":0,"id":5001"#), to: dir + "/projects.jsonl")
            #expect(DataDirectoryCheck.run(directory: dir).problems.map(\.description) == ["projects.jsonl:3: project 5001: estimated hours must be between 1 and 100000, got 0"])
            try write(good, to: dir + "/projects.jsonl")

            let store = try Store(directory: dir)
            #expect(store.state.projects.map(\.id) == [1, 2, 5_001, 12_000])
            try store.apply(.addMember(Member(id: "", name: "Lotte", role: .member, city: "Leiden", joined: Fixture.today)), context: Fixture.ctx)
            #expect(exists(dir + "/projects.jsonl"))   // a save that touches no project leaves the layout alone
            #expect(!exists(dir + "/projects"))

            try store.apply(.addProject(Fixture.project(title: "After the move")), context: Fixture.ctx)
            #expect(!exists(dir + "/projects.jsonl"))
            #expect(!exists(dir + "/.projects-new"))
            #expect(shards(dir) == ["000001-005000.jsonl", "005001-010000.jsonl", "010001-015000.jsonl"])
            #expect(read(dir + "/network.json").contains(#""formatVersion": 2"#))
            #expect(read(dir + "/projects/000001-005000.jsonl").split(separator: "\n")[1] == Substring(lines[1]))
            #expect(ids(read(dir + "/projects/010001-015000.jsonl")) == [12_000, 12_001])
            let fresh = try Store(directory: dir).state
            #expect(fresh.projects.map(\.id) == [1, 2, 5_001, 12_000, 12_001])
            #expect(fresh.member("lotte") != nil)
            #expect(DataDirectoryCheck.run(directory: dir).problems == [])
        }
    }

    /// A crash part-way through the move: before its journal is written
    /// nothing of it is on disk; from then on it is saved, and the next
    /// reader finishes it, history line and all.
    @Test(arguments: ["staged", "journal", "rename-1", "rename-2", "history"])
    func aMoveInterruptedAtAnyStepLeavesADirectoryThatLoads(_ step: String) throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try state(), actor: "test", summary: "created")
            try makeFormat1(dir)
            let store = try Store(directory: dir)
            try store.apply(.addLedgerEntry(Fixture.entry(.payment, 500, member: "katleen")), context: Fixture.ctx)   // acknowledged
            let historyBefore = try HistoryLog.read(directory: dir).count
            store.interruptAfter = step
            let committed = step != "staged"
            if committed {
                #expect(throws: HistoryNotRecorded.self) { try store.apply(.addProject(Fixture.project(title: "Interrupted")), context: Fixture.ctx) }
            } else {
                #expect(throws: StoreError.self) { try store.apply(.addProject(Fixture.project(title: "Interrupted")), context: Fixture.ctx) }
            }
            store.interruptAfter = nil

            // What the interruption left: the journal, once the save committed.
            #expect(SaveJournal.exists(dir) == committed)
            let fresh = try Store(directory: dir).state
            #expect(!SaveJournal.exists(dir))
            #expect(!exists(dir + "/.projects-new"))
            #expect(exists(dir + "/projects.jsonl") == !committed)
            #expect(read(dir + "/network.json").contains(#""formatVersion": 2"#) == committed)
            #expect(fresh.projects.map(\.id) == [1, 2, 5_001, 12_000] + (committed ? [12_001] : []))
            #expect(fresh.ledger.count == 2)
            let history = try HistoryLog.read(directory: dir)
            #expect(history.count == historyBefore + (committed ? 1 : 0))
            #expect(history.last?.change == (committed ? "add-project" : "add-ledger-entry"))
            #expect(DataDirectoryCheck.run(directory: dir).problems == [])
            // The store that failed reads the disk again before its next save.
            try store.apply(.addProject(Fixture.project(title: "Next")), context: Fixture.ctx)
            #expect(!exists(dir + "/projects.jsonl"))
            let done = try Store(directory: dir).state
            #expect(done.projects.map(\.title).last == "Next")
            #expect(done.projects.count == fresh.projects.count + 1)
            #expect(DataDirectoryCheck.run(directory: dir).problems == [])
        }
    }

    /// Only the move decides the format: editing the settings of a format 1
    /// directory must not claim shards that are not there yet.
    @Test func editingTheSettingsOfAFormat1DirectoryKeepsItsFormat() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try state(), actor: "test", summary: "created")
            try makeFormat1(dir)
            let store = try Store(directory: dir)
            var n = store.state.network
            n.place = "Amersfoort"
            n.formatVersion = Network.currentFormatVersion   // as a form built from defaults would have it
            try store.apply(.updateNetwork(n), context: Fixture.ctx)
            #expect(read(dir + "/network.json").contains(#""formatVersion": 1"#))
            #expect(read(dir + "/network.json").contains(#""place": "Amersfoort""#))
            #expect(try Store(directory: dir).state.projects.count == 4)
            #expect(DataDirectoryCheck.run(directory: dir).problems == [])
        }
    }

    @Test func aFormat2DirectoryWithoutItsShardsIsRefusedNotReadAsEmpty() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try state(), actor: "test", summary: "created")
            let all = shards(dir).map { read(dir + "/projects/" + $0) }.joined()
            try FileManager.default.removeItem(atPath: dir + "/projects")
            try write(all, to: dir + "/projects.jsonl")
            do { _ = try Store(directory: dir); Issue.record("expected a refusal") } catch {
                #expect("\(error)".hasPrefix("network.json: formatVersion 2 or later keeps the projects in projects/, which is missing, while projects.jsonl is here"))
            }
        }
    }

    @Test func shardNamesAreExact() {
        #expect(ProjectShards.path(forID: 1) == "projects/000001-005000.jsonl")
        #expect(ProjectShards.path(forID: 5_000) == "projects/000001-005000.jsonl")
        #expect(ProjectShards.path(forID: 5_001) == "projects/005001-010000.jsonl")
        #expect(ProjectShards.path(forID: 1_000_001) == "projects/1000001-1005000.jsonl")
        #expect(ProjectShards.index(ofFileName: "005001-010000.jsonl") == 1)
        #expect(ProjectShards.index(ofFileName: "5001-10000.jsonl") == nil)
        #expect(ProjectShards.index(ofFileName: "005001-009999.jsonl") == nil)
        #expect(ProjectShards.index(ofFileName: "005000-010000.jsonl") == nil)
        #expect(ProjectShards.index(ofFileName: "000001-005000.jsonl~") == nil)
    }
}
