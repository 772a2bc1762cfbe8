import Foundation
import Testing
@testable import SamenCore

@Suite("Store")
struct StoreTests {
    func withDirectory(_ body: (String) throws -> Void) rethrows {
        let dir = Fixture.temporaryDirectory()
        defer { Fixture.remove(dir) }
        try body(dir + "/data")
    }

    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    func write(_ text: String, to path: String) throws { try text.write(toFile: path, atomically: false, encoding: .utf8) }

    @Test func roundTrip() throws {
        try withDirectory { dir in
            let state = SyntheticNetwork(members: 25, projects: 40, requests: 20, entries: 200, seed: 9).build(today: Fixture.today)
            try Store.create(at: dir, state: state, actor: "test", summary: "created")
            let loaded = try Store(directory: dir).state
            var network = state.network
            network.projectShards = 1  // recorded by the save: 40 projects fill one shard
            #expect(loaded.network == network)
            #expect(loaded.members.records == state.members.records)
            #expect(loaded.projects.records == state.projects.records)
            #expect(loaded.requests.records == state.requests.records)
            #expect(loaded.ledger.records == state.ledger.records)
            #expect(DataDirectoryCheck.run(directory: dir).problems == [])
        }
    }

    @Test func refusesToOverwriteAnExistingNetwork() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try Fixture.state(), actor: "test", summary: "created")
            #expect(throws: StoreError.self) { try Store.create(at: dir, state: try Fixture.state(), actor: "test", summary: "again") }
        }
    }

    @Test func aCorruptLineIsReportedWithItsNumberAndNothingIsWritten() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try Fixture.state(), actor: "test", summary: "created")
            let path = dir + "/members.jsonl"
            var lines = read(path).split(separator: "\n").map(String.init)
            lines[1] = String(lines[1].dropLast(3))   // cut the end of line 2
            let broken = lines.joined(separator: "\n") + "\n"
            try write(broken, to: path)
            #expect(throws: StoreError.self) { try Store(directory: dir) }
            do { _ = try Store(directory: dir) } catch let e as StoreError {
                #expect(e.problems.count == 1)
                #expect(e.problems[0].file == "members.jsonl")
                #expect(e.problems[0].line == 2)
                #expect(e.description.hasPrefix("members.jsonl:2: unterminated string at column"))
            }
            let report = DataDirectoryCheck.run(directory: dir)
            #expect(!report.isValid)
            #expect(read(path) == broken)
        }
    }

    @Test func aStoreThatCannotReloadDoesNotWrite() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try Fixture.state(), actor: "test", summary: "created")
            let store = try Store(directory: dir)
            // A shard another hand added, broken: the very file the new project would go to.
            let path = dir + "/projects/000001-005000.jsonl"
            try write("{not json\n", to: path)
            do {
                try store.apply(.addProject(Fixture.project()), context: Fixture.ctx)
                Issue.record("expected a refusal")
            } catch let e as StoreError {
                #expect(e.description.hasPrefix("projects/000001-005000.jsonl:1: "))
            }
            #expect(read(path) == "{not json\n")
        }
    }

    @Test func duplicatesDanglingReferencesAndRuleBreaksAreNamed() throws {
        try withDirectory { dir in
            var s = try Fixture.state()
            _ = try s.apply(.addProject(Fixture.project()), context: Fixture.ctx)
            try Store.create(at: dir, state: s, actor: "test", summary: "created")
            let members = dir + "/members.jsonl"
            let first = read(members).split(separator: "\n")[0]
            try write(read(members) + first + "\n", to: members)
            let projects = dir + "/projects/000001-005000.jsonl"
            try write(read(projects).replacingOccurrences(of: #""source":"pierre""#, with: #""source":"ghost""#)
                .replacingOccurrences(of: #""estimatedHours":80"#, with: #""estimatedHours":0"#), to: projects)
            let messages = DataDirectoryCheck.run(directory: dir).problems.map(\.description)
            #expect(messages.contains("members.jsonl:4: duplicate member id guido (also on line 1)"))
            #expect(messages.contains("projects/000001-005000.jsonl:1: project 1 source refers to member 'ghost', who does not exist"))
            #expect(messages.contains("projects/000001-005000.jsonl:1: project 1: estimated hours must be between 1 and 100000, got 0"))
        }
    }

    @Test func anUnknownFormatVersionIsRefused() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try Fixture.state(), actor: "test", summary: "created")
            let path = dir + "/network.json"
            try write(read(path).replacingOccurrences(of: #""formatVersion": 2"#, with: #""formatVersion": 7"#), to: path)
            do { _ = try Store(directory: dir); Issue.record("expected a refusal") } catch {
                #expect("\(error)" == "network.json: format version 7 is not one this Samen knows (it reads up to 2); use a newer Samen")
            }
        }
    }

    @Test func twoStoresNeverLoseEachOthersChanges() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try Fixture.state(), actor: "test", summary: "created")
            let a = try Store(directory: dir), b = try Store(directory: dir)
            try a.apply(.addMember(Member(id: "", name: "Lotte", role: .member, city: "Leiden", joined: Fixture.today)), context: Fixture.ctx)
            try b.apply(.addMember(Member(id: "", name: "Noor", role: .member, city: "Leiden", joined: Fixture.today)), context: Fixture.ctx)
            try a.apply(.addLedgerEntry(Fixture.entry(.revenue, 1_000, member: "katleen")), context: Fixture.ctx)
            try b.apply(.addLedgerEntry(Fixture.entry(.payment, 500, member: "lotte")), context: Fixture.ctx)
            #expect(b.state.ledger.map(\.id) == [1, 2, 3])
            #expect(try a.reloadIfChanged() == [.ledger])   // a caught up on members when it last saved
            #expect(a.state.ledger.map(\.id) == [1, 2, 3])
            let fresh = try Store(directory: dir).state
            #expect(fresh.members.map(\.id) == ["guido", "katleen", "lotte", "noor", "pierre"])
            #expect(fresh.ledger.count == 3)
            #expect(try HistoryLog.read(directory: dir).map(\.change) == ["create", "add-member", "add-member", "add-ledger-entry", "add-ledger-entry"])
        }
    }

    /// A store that re-read everything on every save would still be correct,
    /// just a hundred times slower at S100: it must know what it has seen.
    @Test func aStoreKnowsWhatItHasReadAndWritten() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try Fixture.state(), actor: "test", summary: "created")
            let store = try Store(directory: dir)
            #expect(!store.hasExternalChanges())
            try store.apply(.addMember(Member(id: "", name: "Lotte", role: .member, city: "Leiden", joined: Fixture.today)), context: Fixture.ctx)
            try store.apply(.addLedgerEntry(Fixture.entry(.payment, 100, member: "lotte")), context: Fixture.ctx)
            #expect(!store.hasExternalChanges())
            #expect(try store.reloadIfChanged() == [])
            let other = try Store(directory: dir)
            try other.apply(.addProject(Fixture.project()), context: Fixture.ctx)
            #expect(store.hasExternalChanges())
            // The first project makes the first shard, which network.json records.
            #expect(try store.reloadIfChanged() == [.network, .projects])
        }
    }

    /// The ledger is read in parts on several cores; a problem must still
    /// name the line an editor would show.
    @Test func aBadLineDeepInABigLedgerIsNamedExactly() throws {
        try withDirectory { dir in
            let state = SyntheticNetwork(members: 12, projects: 10, requests: 0, entries: 40_000, seed: 4).build(today: Fixture.today)
            try Store.create(at: dir, state: state, actor: "test", summary: "created")
            let path = dir + "/ledger.jsonl"
            var lines = read(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int > 4 << 20)  // several parts
            lines[34_999] = lines[34_999].replacingOccurrences(of: #""kind":""#, with: #""kind":"x"#)
            try write(lines.joined(separator: "\n"), to: path)
            let problems = DataDirectoryCheck.run(directory: dir).problems
            #expect(problems.count == 1)
            #expect(problems.first?.line == 35_000)
            #expect(problems.first?.file == "ledger.jsonl")
        }
    }

    /// A file someone broke is reported once, not re-read on every tick of
    /// every open dashboard, until it changes again.
    @Test func aBrokenFileIsNotReReadUntilItChanges() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try Fixture.state(), actor: "test", summary: "created")
            let store = try Store(directory: dir)
            let path = dir + "/members.jsonl"
            let good = read(path)
            try write("{broken\n", to: path)
            #expect(store.hasExternalChanges())
            #expect(throws: StoreError.self) { try store.reloadIfChanged() }
            #expect(!store.hasExternalChanges())
            try write(good, to: path)
            #expect(store.hasExternalChanges())
            #expect(try store.reloadIfChanged().contains(.members))
        }
    }

    @Test func untouchedLinesAreCopiedByteForByte() throws {
        try withDirectory { dir in
            try Store.create(at: dir, state: try Fixture.state(), actor: "test", summary: "created")
            let path = dir + "/members.jsonl"
            var lines = read(path).split(separator: "\n").map(String.init)
            lines[0] = lines[0].replacingOccurrences(of: ",", with: ", ")   // a person's own spacing
            try write(lines.joined(separator: "\n") + "\n", to: path)
            let store = try Store(directory: dir)
            var e = MemberEdit(id: "katleen"); e.city = "Amersfoort"
            try store.apply(.editMember(e), context: Fixture.ctx)
            let after = read(path).split(separator: "\n").map(String.init)
            #expect(after[0] == lines[0])
            #expect(after[1].contains(#""city":"Amersfoort""#))
        }
    }

    @Test func anInterruptedAppendIsSetAsideOnTheNextSave() throws {
        try withDirectory { dir in
            var s = try Fixture.state()
            _ = try s.apply(.addLedgerEntry(Fixture.entry(.payment, 700, member: "katleen")), context: Fixture.ctx)
            try Store.create(at: dir, state: s, actor: "test", summary: "created")
            let path = dir + "/ledger.jsonl"
            let good = read(path)
            try write(good + #"{"id":2,"kind":"pay"#, to: path)
            let store = try Store(directory: dir)
            // Past what the history covers: not read, and said.
            #expect(store.warnings.map(\.file) == ["ledger.jsonl"])
            #expect(store.warnings.first?.message.contains("not covered by the history") == true)
            #expect(store.state.ledger.count == 1)
            try store.apply(.addLedgerEntry(Fixture.entry(.payment, 800, member: "katleen")), context: Fixture.ctx)
            let lines = read(path).split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines[1].contains(#""amount":800"#))
            let aside = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("ledger.jsonl.torn-") }
            #expect(aside.count == 1)
            #expect(read(dir + "/" + aside[0]) == #"{"id":2,"kind":"pay"#)
            #expect(DataDirectoryCheck.run(directory: dir).isValid)
        }
    }

    @Test func filesGetTheConfiguredMode() throws {
        try withDirectory { dir in
            var s = try Fixture.state()
            s.network.fileMode = "0640"
            _ = try s.apply(.addProject(Fixture.project()), context: Fixture.ctx)
            try Store.create(at: dir, state: s, actor: "test", summary: "created")
            for name in DataFile.allCases.map(\.name) + ["projects/000001-005000.jsonl"] {
                let attrs = try FileManager.default.attributesOfItem(atPath: dir + "/" + name)
                // The shards' directory: searchable by exactly those who may read them, setgid like its parent.
                let expected = name == "projects" ? 0o2750 : 0o640
                #expect((attrs[.posixPermissions] as? Int) == expected, "\(name)")
            }
            s.network.fileMode = "0666"
            #expect(s.network.fileModeBits == 0o660)   // never world-readable
        }
    }

    @Test func aMissingDirectoryIsExplained() {
        do { _ = try Store(directory: "/nonexistent/samen"); Issue.record("expected a refusal") } catch {
            #expect("\(error)" == "/nonexistent/samen: no such directory (create one with `samen init --data /nonexistent/samen`)")
        }
    }
}
