import Foundation
import Testing
@testable import SamenCore
#if canImport(Glibc)
import Glibc
#endif

/// `samen verify`: the data files are what the history's changes make of
/// the baseline, and the first place where they are not is named.
@Suite("History verification")
struct HistoryVerificationTests {
    /// A store made from the small fixture network, with a few changes by
    /// Pierre (a partner), handed to `body` with its directory.
    func withStore(_ body: (Store, String) throws -> Void) throws {
        let dir = Fixture.temporaryDirectory("samen-verify")
        defer { Fixture.remove(dir) }
        let store = try Store.create(at: dir + "/data", state: try Fixture.state(), actor: "test", summary: "test")
        let ctx = Fixture.ctx
        try store.apply(.addProject(Fixture.project()), context: ctx)
        try store.apply(.addLedgerEntry(Fixture.entry(.revenue, 120_000, member: "katleen")), context: ctx)
        try store.apply(.addLedgerEntry(Fixture.entry(.cost, 4_500, category: "rent")), context: ctx)
        var edit = MemberEdit(id: "katleen")
        edit.city = "Amersfoort"
        try store.apply(.editMember(edit), context: ctx)
        try body(store, dir + "/data")
    }

    func failure(_ dir: String) -> HistoryVerification.Failure? {
        do { _ = try HistoryVerification.verify(directory: dir); return nil } catch let f as HistoryVerification.Failure { return f } catch {
            Issue.record("not a verification failure: \(error)"); return nil
        }
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit changed nothing in \(path)")
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func theChangesSavedReplayToExactlyTheFiles() throws {
        try withStore { _, dir in
            let report = try HistoryVerification.verify(directory: dir)
            #expect(report.changes == 4)
            #expect(report.baselineLine == 1)
        }
    }

    @Test func bothDemosVerify() throws {
        for demo in [DemoNetwork.unit2, .stGroep] {
            let dir = Fixture.temporaryDirectory("samen-verify-demo")
            defer { Fixture.remove(dir) }
            _ = try Store.create(at: dir + "/data", state: try demo.build(today: Fixture.today), actor: "test", summary: "demo")
            #expect(try HistoryVerification.verify(directory: dir + "/data").changes == 0)
        }
    }

    @Test func aLedgerAmountEditedByHandIsNamedWithItsEntryAndLine() throws {
        try withStore { store, dir in
            let cost = try #require(store.state.ledger.records.last)
            try edit(dir + "/ledger.jsonl") { $0.replacingOccurrences(of: "\"amount\":4500", with: "\"amount\":45000") }
            let f = try #require(failure(dir))
            #expect(f.file == "ledger.jsonl")
            #expect(f.line == store.state.ledger.records.count)
            #expect(f.message == "entry \(cost.id) is not what the history makes of it: amount: the file says 45000, the history 4500")
        }
    }

    @Test func aRoleEditedByHandIsNamedWithItsMember() throws {
        try withStore { _, dir in
            try edit(dir + "/members.jsonl") { text in
                text.split(separator: "\n").map { $0.contains("\"id\":\"katleen\"") ? $0.replacingOccurrences(of: "\"role\":\"associate\"", with: "\"role\":\"partner\"") : String($0) }
                    .joined(separator: "\n") + "\n"
            }
            let f = try #require(failure(dir))
            #expect(f.description == "members.jsonl: member katleen is not what the history makes of it: role: the file says \"partner\", the history \"associate\"")
        }
    }

    @Test func aRecordAddedOutsideSamenAndOneRemovedAreNamed() throws {
        try withStore { store, dir in
            let last = try #require(store.state.ledger.records.last)
            var forged = last
            forged.id = last.id + 1
            try edit(dir + "/ledger.jsonl") { $0 + String(decoding: JSONWriter.line(forged.json), as: UTF8.self) + "\n" }
            // Appended past what the history covers: no part of the books, which verify;
            // `samen check` names the lines, and the next save sets them aside.
            #expect(failure(dir) == nil)
            #expect(try Store(directory: dir).state.ledger.contains(id: forged.id) == false)
            #expect(DataDirectoryCheck.run(directory: dir).problems.map(\.description).contains { $0.contains("warning: its last") && $0.contains("not covered by the history") })
        }
        try withStore { store, dir in
            let request = HelpRequest(id: 0, from: "katleen", kind: .advice, text: "who knows Zorgpunt?", created: Fixture.now)
            try store.apply(.addRequest(request), context: Fixture.ctx)
            try "".write(toFile: dir + "/requests.jsonl", atomically: true, encoding: .utf8)
            #expect(failure(dir)?.description == "requests.jsonl: request 1 is missing: the history has it, the file does not")
        }
    }

    /// Every kind of data file, edited by hand, is named with its record and
    /// field: the network's settings, a project in its shard, a request.
    @Test func anEditByHandToEveryKindOfFileIsNamed() throws {
        try withStore { _, dir in
            try edit(dir + "/network.json") { $0.replacingOccurrences(of: "\"name\": \"Test\"", with: "\"name\": \"Test BV\"") }
            #expect(failure(dir)?.description == "network.json: is not what the history makes of it: name: the file says \"Test BV\", the history \"Test\"")
        }
        try withStore { store, dir in
            let project = try #require(store.state.projects.records.last)
            let shard = try #require(try FileManager.default.contentsOfDirectory(atPath: dir + "/projects").sorted().last)
            try edit(dir + "/projects/" + shard) { $0.replacingOccurrences(of: "\"estimatedHours\":80,", with: "\"estimatedHours\":8,") }
            #expect(failure(dir)?.description == "projects/: project \(project.id) is not what the history makes of it: estimatedHours: the file says 8, the history 80")
        }
        try withStore { store, dir in
            try store.apply(.addRequest(HelpRequest(id: 0, from: "katleen", kind: .advice, text: "who knows Zorgpunt?", created: Fixture.now)), context: Fixture.ctx)
            try edit(dir + "/requests.jsonl") { $0.replacingOccurrences(of: "who knows Zorgpunt?", with: "who knows Shell?") }
            #expect(failure(dir)?.description == "requests.jsonl: request 1 is not what the history makes of it: text: the file says \"who knows Shell?\", the history \"who knows Zorgpunt?\"")
        }
    }

    /// The load cache made to match the files before a hand edit does not
    /// hide it: verification reads the files, never the cache.
    @Test func aCacheOfTheFilesBeforeAnEditDoesNotHideIt() throws {
        try withStore { _, dir in
            // The load cache of the files as Samen left them, written at once.
            var loader = Loader(directory: dir, cache: SnapshotCache(dataDirectory: dir, settleNanos: 0, entriesPerChunk: 100))
            let loaded = loader.loadAll()
            #expect(loaded != nil)
            let cache = dir + "/.samen-cache", kept = dir + "-cache-copy"
            #expect(!(try FileManager.default.subpathsOfDirectory(atPath: cache).filter { $0.hasSuffix(".snapshot") }.isEmpty))
            try FileManager.default.copyItem(atPath: cache, toPath: kept)
            defer { try? FileManager.default.removeItem(atPath: kept) }
            try edit(dir + "/members.jsonl") { text in
                text.split(separator: "\n").map { $0.contains("\"id\":\"katleen\"") ? $0.replacingOccurrences(of: "\"role\":\"associate\"", with: "\"role\":\"partner\"") : String($0) }
                    .joined(separator: "\n") + "\n"
            }
            // ...put back over whatever the edit made of it.
            try FileManager.default.removeItem(atPath: cache)
            try FileManager.default.copyItem(atPath: kept, toPath: cache)
            #expect(failure(dir)?.description == "members.jsonl: member katleen is not what the history makes of it: role: the file says \"partner\", the history \"associate\"")
        }
    }

    /// A line written by hand for a change the author had no right to make:
    /// the replay refuses it where the rules refuse it, and names the line.
    @Test func aForgedLineTheRulesRefuseIsNamed() throws {
        try withStore { _, dir in
            let line = #"{"as":"member","at":"2026-11-23T12:00:00Z","by":"katleen","change":{"basisPoints":0,"change":"set-contribution-rate","from":"2026-11-23","role":"associate"},"summary":"no contribution","today":"2026-11-23"}"#
            try edit(dir + "/history.jsonl") { $0 + line + "\n" }
            let f = try #require(failure(dir))
            #expect(f.file == "history.jsonl" && f.line == 6)
            #expect(f.message.hasPrefix("set-contribution-rate by katleen on 2026-11-23 is refused by the rules: "), "\(f.message)")
        }
    }

    @Test func aBaselineChangedAfterwardsIsNamed() throws {
        try withStore { _, dir in
            try edit(dir + "/.samen-baseline/members.jsonl") { $0.replacingOccurrences(of: "\"role\":\"associate\"", with: "\"role\":\"partner\"") }
            #expect(failure(dir)?.description == ".samen-baseline/members.jsonl: is not the file the history's baseline (line 1) names: it was changed after the baseline was made")
        }
    }

    @Test func aLineWithoutItsDayCannotBeReplayedAndSaysSo() throws {
        try withStore { _, dir in
            try edit(dir + "/history.jsonl") { text in
                var lines = text.split(separator: "\n").map(String.init)
                lines[2] = lines[2].replacingOccurrences(of: #","today":"2026-11-23""#, with: "")
                return lines.joined(separator: "\n") + "\n"
            }
            let f = try #require(failure(dir))
            #expect(f.line == 3)
            #expect(f.message == "was written without the day it was made or how its author was known, so it cannot be replayed")
        }
    }

    /// `samen check` verifies too: a hand edit whose file still reads well is
    /// a problem; a history that cannot be replayed only a warning.
    @Test func checkReportsWhatVerifyFinds() throws {
        try withStore { _, dir in
            #expect(DataDirectoryCheck.run(directory: dir).isValid)
            try edit(dir + "/ledger.jsonl") { $0.replacingOccurrences(of: "\"amount\":4500", with: "\"amount\":45000") }
            let report = DataDirectoryCheck.run(directory: dir)
            #expect(!report.isValid)
            #expect(report.problems.map(\.description) == ["ledger.jsonl:3: does not verify: entry 3 is not what the history makes of it: amount: the file says 45000, the history 4500"])
        }
        try withStore { _, dir in
            try makeOld(dir)
            let report = DataDirectoryCheck.run(directory: dir)
            #expect(report.isValid, "an older directory is not broken, only unproven")
            #expect(report.problems.count == 1 && report.problems[0].isWarning)
        }
    }

    /// A link planted where the baseline is staged, pointing at someone's
    /// files: saves refuse, and nothing of theirs is removed.
    @Test func aLinkPlantedAsTheBaselinesStagingRemovesNothingOfTheVictims() throws {
        try withStore { store, dir in
            let victim = Fixture.temporaryDirectory("samen-victim")
            defer { Fixture.remove(victim) }
            try "mine\n".write(toFile: victim + "/members.jsonl", atomically: true, encoding: .utf8)
            #expect(symlink(victim, dir + "/.samen-baseline-new") == 0)
            #expect(throws: (any Error).self) { try store.apply(.addLedgerEntry(Fixture.entry(.cost, 100, category: "rent")), context: Fixture.ctx) }
            #expect(throws: (any Error).self) { try store.makeBaseline(context: Fixture.ctx) }
            #expect(try String(contentsOfFile: victim + "/members.jsonl", encoding: .utf8) == "mine\n")
            do { try store.makeBaseline(context: Fixture.ctx) } catch { #expect("\(error)".contains("is a symbolic link"), "\(error)") }
        }
    }

    @Test func aBaselineNamingAFileOutsideTheDirectoryIsNotRead() throws {
        try withStore { _, dir in
            try edit(dir + "/history.jsonl") { $0.replacingOccurrences(of: #""baseline":{"#, with: #""baseline":{"../../../etc/passwd":"1:0","#) }
            #expect(failure(dir)?.description == "history.jsonl:1: its baseline names '../../../etc/passwd', which is not a data file")
        }
    }

    /// A directory as an earlier Samen made it: no baseline, and lines without their day.
    func makeOld(_ dir: String) throws {
        try Baseline.remove(dir + "/.samen-baseline")
        try edit(dir + "/history.jsonl") { text in
            text.split(separator: "\n").map { line -> String in
                var l = String(line)
                if let r = l.range(of: #""baseline":\{[^}]*\},?"#, options: .regularExpression) { l.removeSubrange(r) }
                return l.replacingOccurrences(of: #","today":"2026-11-23""#, with: "")
            }.joined(separator: "\n") + "\n"
        }
    }

    @Test func anOlderDirectoryCannotBeReplayedUntilAPartnerMakesABaseline() throws {
        try withStore { store, dir in
            try makeOld(dir)
            let old = try #require(failure(dir))
            #expect(old.kind == .cannotReplay)
            #expect(old.description == "history.jsonl:1: the directory was made by a Samen that kept no baseline, so its history cannot be replayed; a partner or an administrator can make the files as they are the baseline with `samen verify --make-baseline`")
            // An associate may not declare the files true.
            let katleen = ChangeContext(identity: .member("katleen"), now: Fixture.now, today: Fixture.today)
            #expect(throws: Refusal.self) { try store.makeBaseline(context: katleen) }
            #expect(FileManager.default.fileExists(atPath: dir + "/.samen-baseline") == false, "a refused baseline writes nothing")
            // Pierre, a partner, may; verification starts there, and goes on with every change after it.
            let line = try store.makeBaseline(context: Fixture.ctx)
            #expect(line == 6)
            var report = try HistoryVerification.verify(directory: dir)
            #expect(report.changes == 0 && report.baselineLine == 6)
            try store.apply(.addLedgerEntry(Fixture.entry(.cost, 1_000, category: "rent")), context: Fixture.ctx)
            report = try HistoryVerification.verify(directory: dir)
            #expect(report.changes == 1)
            // An edit by hand after it is found as before.
            try edit(dir + "/ledger.jsonl") { $0.replacingOccurrences(of: "\"amount\":1000,", with: "\"amount\":1,") }
            #expect(failure(dir)?.message.contains("amount: the file says 1, the history 1000") == true)
        }
    }

    @Test func aSecondBaselineReplacesTheFirst() throws {
        try withStore { store, dir in
            try store.makeBaseline(context: Fixture.ctx)
            try store.apply(.addLedgerEntry(Fixture.entry(.cost, 2_000, category: "rent")), context: Fixture.ctx)
            try store.makeBaseline(context: Fixture.ctx)
            let report = try HistoryVerification.verify(directory: dir)
            #expect(report.changes == 0 && report.baselineLine == 8)
            #expect(!FileManager.default.fileExists(atPath: dir + "/.samen-baseline-old"))
            #expect(!FileManager.default.fileExists(atPath: dir + "/.samen-baseline-new"))
        }
    }

    /// Random sequences of changes, saved through the store (the refused
    /// ones are not saved), always replay to exactly the files.
    @Test func randomChangesReplayToTheSavedFiles() throws {
        let seed = UInt64.random(in: 1...UInt64.max)
        print("randomChangesReplayToTheSavedFiles seed: \(seed)")
        var rng = SplitMix(seed: seed)
        try withStore { store, dir in
            let members = ["pierre", "guido", "katleen"]
            var saved = 0
            for _ in 0..<40 {
                let who = members[Int(rng.next() % 3)]
                let ctx = ChangeContext(identity: .member(["pierre", "guido", who][Int(rng.next() % 3)]), now: Fixture.now, today: Fixture.today)
                let cents = Int64(rng.next() % 500_000) + 1
                let change: Change
                switch rng.next() % 6 {
                case 0: change = .addLedgerEntry(Fixture.entry(.revenue, cents, member: who))
                case 1: change = .addLedgerEntry(Fixture.entry(.cost, cents, category: ["rent", "accountant"][Int(rng.next() % 2)]))
                case 2:
                    var e = MemberEdit(id: who)
                    e.city = ["Utrecht", "Leiden", "Delft"][Int(rng.next() % 3)]
                    change = .editMember(e)
                case 3: change = .addProject(Fixture.project(title: "Job \(rng.next() % 1000)", weeks: Int(rng.next() % 8) + 1))
                case 4:
                    let start = Fixture.today.advanced(by: Int(rng.next() % 60))
                    change = .addTimeOff(member: who, TimeOff(range: DateRange(start: start, weeks: 1), note: "holiday"))
                default: change = .addRequest(HelpRequest(id: 0, from: who, kind: .advice, text: "question \(rng.next() % 100)", created: Fixture.now))
                }
                if (try? store.apply(change, context: ctx)) != nil { saved += 1 }
            }
            #expect(saved >= 10, "only \(saved) of 40 changes were allowed (seed \(seed))")
            #expect(throws: Never.self, "seed \(seed)") { try HistoryVerification.verify(directory: dir) }
        }
    }
}

/// A small seeded generator, so a failing random test can be run again.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
