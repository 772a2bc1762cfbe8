import Foundation
import Testing
@testable import SamenCore
#if canImport(Glibc)
import Glibc
#endif

/// Files that cannot be turned against their owner: links planted where
/// Samen reads and writes, names guessed in advance, files taken away, and
/// temporary files left behind. Each test plants what another member of the
/// group could, and checks what the victim's Samen does with it.
@Suite("Trusted files")
struct TrustedFilesTests {
    func withNetwork(_ body: (String, String) throws -> Void) throws {
        let root = Fixture.temporaryDirectory()
        defer { Fixture.remove(root) }
        let state = SyntheticNetwork(members: 12, projects: 15, requests: 6, entries: 40, seed: 3).build(today: Fixture.today)
        try Store.create(at: root + "/data", state: state, actor: "test", summary: "created")
        try body(root + "/data", root)
    }

    func bytes(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { [UInt8]($0) } }

    /// Every data file's bytes (not the cache, which may be rebuilt): what "nothing was written" compares.
    func contents(_ dir: String) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: dir)) ?? []
        for name in names where !name.hasPrefix(".samen-cache") {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir + "/" + name, isDirectory: &isDir), !isDir.boolValue {
                out[name] = bytes(dir + "/" + name) ?? []
            }
        }
        return out
    }

    /// A file of the victim's outside the data directory, as `~/.bashrc` would be.
    func victimFile(_ root: String) throws -> String {
        let path = root + "/victim-bashrc"
        try "export PATH=/usr/bin\n".write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    func plantLink(_ path: String, to target: String) throws {
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.moveItem(atPath: path, toPath: path + ".moved") }
        #expect(symlink(target, path) == 0)
    }

    /// Saves here are made as `Fixture.setup`, the administrator: nobody in a generated network is "pierre".
    func newMember() -> Change { .addMember(Member(id: "", name: "Lotte", role: .member, city: "Leiden", joined: Fixture.today)) }

    @Test(arguments: ["history.jsonl", "ledger.jsonl", "members.jsonl"])
    func aLinkPlantedAfterOpeningIsRefusedOnTheNextSave(_ name: String) throws {
        try withNetwork { dir, root in
            let store = try Store(directory: dir)
            let target = try victimFile(root)
            let before = bytes(target)
            try plantLink(dir + "/" + name, to: target)
            let change: Change = name == "ledger.jsonl" ? .addLedgerEntry(Fixture.entry(.payment, 100, member: store.state.members.records[0].id)) : newMember()
            do {
                try store.apply(change, context: Fixture.setup)
                Issue.record("a save through a planted link was accepted")
            } catch {
                #expect("\(error)".contains("\(name): is a symbolic link (to \(target))"), "\(error)")
                #expect("\(error)".contains("Samen never reads or writes through one"))
            }
            #expect(bytes(target) == before)
            #expect(!FileManager.default.fileExists(atPath: dir + "/" + name + ".moved") || bytes(dir + "/" + name + ".moved") != nil)
        }
    }

    @Test func aTemporaryNameCannotBeGuessedAndPlantedInAdvance() throws {
        try withNetwork { dir, root in
            let store = try Store(directory: dir)
            let target = try victimFile(root)
            let before = bytes(target)
            // The names an earlier Samen would have used: its pid.
            for name in ["members.jsonl", "network.json", "history.jsonl"] {
                #expect(symlink(target, "\(dir)/.\(name).tmp-\(getpid())") == 0)
            }
            try store.apply(newMember(), context: Fixture.setup)
            #expect(bytes(target) == before)
            #expect(try Store(directory: dir).state.members.records.contains { $0.name == "Lotte" })
            // A temporary name carries 64 random bits, and Samen knows its own.
            let a = FileIO.temporaryName(for: "members.jsonl"), b = FileIO.temporaryName(for: "members.jsonl")
            #expect(a != b && a.hasPrefix(".members.jsonl.tmp-") && a.count == ".members.jsonl.tmp-".count + 16)
            #expect(FileIO.isTemporaryName(a) && FileIO.isTemporaryName(".x.tmp-\(getpid())") && !FileIO.isTemporaryName("members.jsonl"))
        }
    }

    @Test func aProjectsDirectoryLinkIsRefusedAndNothingIsWrittenThere() throws {
        try withNetwork { dir, root in
            let store = try Store(directory: dir)
            let elsewhere = root + "/victim-dir"
            try FileManager.default.copyItem(atPath: dir + "/projects", toPath: elsewhere)
            let before = contents(elsewhere)
            try plantLink(dir + "/projects", to: elsewhere)
            do {
                try store.apply(.addProject(Fixture.project()), context: Fixture.setup)
                Issue.record("a save into a planted directory link was accepted")
            } catch {
                #expect("\(error)".contains("projects/: is a symbolic link"), "\(error)")
            }
            #expect(contents(elsewhere) == before)
            do { _ = try Store(directory: dir); Issue.record("a load through a directory link was accepted") } catch {
                #expect("\(error)".contains("projects/: is a symbolic link"))
            }
        }
    }

    @Test(arguments: ["ledger.jsonl", "requests.jsonl", "history.jsonl", "members.jsonl", "projects/000001-005000.jsonl"])
    func aMissingFileIsNamedAndNeverTakenAsEmpty(_ name: String) throws {
        try withNetwork { dir, _ in
            let store = try Store(directory: dir)
            try FileManager.default.removeItem(atPath: dir + "/" + name)
            let before = contents(dir)
            do {
                try store.apply(newMember(), context: Fixture.setup)
                Issue.record("a save with \(name) missing was accepted")
            } catch {
                #expect("\(error)".contains("\(name): is missing; Samen never takes a missing file to mean an empty one"), "\(error)")
            }
            do { _ = try Store(directory: dir); Issue.record("a load with \(name) missing was accepted") } catch {
                #expect("\(error)".contains("\(name): is missing"), "\(error)")
            }
            #expect(contents(dir) == before)
            let report = DataDirectoryCheck.run(directory: dir)
            #expect(!report.isValid)
            #expect(report.problems.contains { $0.file == name && $0.message.hasPrefix("is missing") && !$0.isWarning })
        }
    }

    @Test func checkReportsLinksAndStaleTemporaryFilesWithOwnerAndAge() throws {
        try withNetwork { dir, root in
            try plantLink(dir + "/requests.jsonl", to: try victimFile(root))
            let temp = dir + "/.members.jsonl.tmp-00c0ffee00c0ffee"
            try "half a save".write(toFile: temp, atomically: false, encoding: .utf8)
            var times = [timespec(tv_sec: time(nil) - 3 * 3_600 - 60, tv_nsec: 0), timespec(tv_sec: time(nil) - 3 * 3_600 - 60, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, temp, &times, 0) == 0)
            let report = DataDirectoryCheck.run(directory: dir)
            #expect(!report.isValid)
            let link = report.problems.filter { $0.file == "requests.jsonl" }
            #expect(link.count == 1)
            #expect(link.first?.message.hasPrefix("is a symbolic link (to \(root)/victim-bashrc)") == true)
            let me = String(cString: getpwuid(geteuid())!.pointee.pw_name)
            let stale = report.problems.first { $0.file == ".members.jsonl.tmp-00c0ffee00c0ffee" }
            #expect(stale?.isWarning == true)
            #expect(stale?.message.contains("owner \(me), 3 h old") == true, "\(String(describing: stale))")
        }
    }

    @Test func aSaveRemovesItsOwnStaleTemporaryFilesAndLeavesOthersAlone() throws {
        try withNetwork { dir, _ in
            let mine = [".members.jsonl.tmp-1234", "projects/.000001-005000.jsonl.tmp-00000000deadbeef"]
            let theirs = ".ledger.jsonl.tmp-5678"
            for name in mine + [theirs] { try "x".write(toFile: dir + "/" + name, atomically: false, encoding: .utf8) }
            #expect(chown(dir + "/" + theirs, 54_321, getegid()) == 0)
            #expect(DataDirectoryCheck.run(directory: dir).problems.filter(\.isWarning).count == 3)
            try Store(directory: dir).apply(newMember(), context: Fixture.setup)
            for name in mine { #expect(!FileManager.default.fileExists(atPath: dir + "/" + name), "\(name)") }
            #expect(FileManager.default.fileExists(atPath: dir + "/" + theirs))
            // The same, for a caller that must keep some (a journal's staged files).
            try "x".write(toFile: dir + "/" + mine[0], atomically: false, encoding: .utf8)
            #expect(DataDirectoryEntries.removeStaleTemporaries(in: dir, keeping: [mine[0]]) == [])
            #expect(DataDirectoryEntries.removeStaleTemporaries(in: dir) == [mine[0]])
        }
    }

    @Test func aDirectoryFromBeforeTheShardRecordLoadsAndGainsItOnTheNextProjectSave() throws {
        try withNetwork { dir, _ in
            let path = dir + "/network.json"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains(#""projectShards": 1"#))
            let old = text.split(separator: "\n").filter { !$0.contains("projectShards") }.joined(separator: "\n")
            try old.write(toFile: path, atomically: false, encoding: .utf8)
            let store = try Store(directory: dir)
            #expect(store.state.network.projectShards == nil)
            try store.apply(newMember(), context: Fixture.setup)
            #expect(!(try String(contentsOfFile: path, encoding: .utf8)).contains("projectShards"))
            var project = Fixture.project()
            project.source = store.state.members.records[0].id
            try store.apply(.addProject(project), context: Fixture.setup)
            #expect((try String(contentsOfFile: path, encoding: .utf8)).contains(#""projectShards": 1"#))
            try FileManager.default.removeItem(atPath: dir + "/projects/000001-005000.jsonl")
            #expect(throws: StoreError.self) { try Store(directory: dir) }
        }
    }
}
