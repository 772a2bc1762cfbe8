import Foundation
import Testing
@testable import SamenCore

/// The money commands through the real binary, on the ST-groep demo pinned to
/// 2026-11-23 (2024 and 2025 closed): what they print, and that bad input is
/// refused with the reason on stderr, nothing on stdout, and nothing written.
@Suite("Finance rules commands")
struct FinanceRulesCommandTests {
    static let today = ["SAMEN_TODAY": "2026-11-23"]

    func withDemo(_ body: (String) throws -> Void) throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        let created = try SamenBinary.run(["init", "--demo", "st-groep", "--data", dir], environment: Self.today)
        #expect(created.status == 0, "\(created.stderr)")
        try body(dir)
    }

    func run(_ args: [String], in dir: String, as actor: String = "pierre") throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir, "--as", actor], environment: Self.today)
    }

    /// Every file of the data directory, byte for byte. The load cache
    /// (`.samen-cache/`) is left out: it is rebuilt from the files, never a source of truth.
    func files(_ dir: String) throws -> [String: Data] {
        // Every data file, the project shards under projects/ included.
        var out: [String: Data] = [:]
        let fm = FileManager.default
        for name in try fm.subpathsOfDirectory(atPath: dir) where !name.hasPrefix(".samen-cache") {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: dir + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            out[name] = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
        }
        #expect(out.keys.contains { $0.hasPrefix("projects/") }, "no project shard was compared")
        return out
    }

    @Test func badInputIsRefusedWithTheReasonAndNothingIsWritten() throws {
        try withDemo { dir in
            #expect(try run(["member", "left", "jasper", "--on", "2026-10-01"], in: dir).status == 0)
            let cases: [(args: [String], actor: String, message: String)] = [
                (["ledger", "add", "--kind", "cost", "--category", "accountant", "--amount", "12,3,4"], "pierre",
                 "'12,3,4' is not an amount: ',' must separate groups of three digits"),
                (["ledger", "add", "--kind", "cost", "--category", "accountant", "--amount", "1.000.00"], "pierre",
                 "'1.000.00' is not an amount"),
                (["ledger", "add", "--kind", "revenue", "--member", "katleen", "--amount=-250,00"], "pierre",
                 "the amount of a revenue must be more than zero, got € -250,00"),
                (["ledger", "add", "--kind", "revenue", "--member", "lotte", "--amount", "250"], "pierre",
                 "member 'lotte' does not exist"),
                (["ledger", "add", "--kind", "cost", "--category", "yachts", "--amount", "250"], "pierre",
                 "cost category 'yachts' does not exist; the categories are: secretary, building, website, computers, accountant, outings, insurance"),
                (["ledger", "add", "--kind", "revenue", "--member", "jasper", "--amount", "1.200,00", "--date", "2026-11-20"], "pierre",
                 "member 'jasper' had left on 2026-10-01, before this revenue (2026-11-20)"),
                (["ledger", "add", "--kind", "cost", "--category", "accountant", "--amount", "650", "--date", "2025-06-01"], "pierre",
                 "the year 2025 is closed; an entry dated 2025-06-01 would change its result"),
                (["finance", "contribution", "set", "--role", "associate", "--percent", "101"], "pierre",
                 "a contribution percentage must be between 0 and 100, got 101 %"),
                (["finance", "contribution", "set", "--role", "associate", "--percent", "12,3,4"], "pierre",
                 "--percent '12,3,4' is not a percentage"),
                (["finance", "rate", "set", "--seniority", "senior", "--band", "small", "--hourly", "130", "--from", "2025-06-01"], "pierre",
                 "the year 2025 is closed; a rate change dated 2025-06-01 would reach into it"),
                (["finance", "rate", "set", "--seniority", "guru", "--band", "small", "--hourly", "130"], "pierre",
                 "--seniority 'guru' is not one of: junior, medior, senior"),
                (["finance", "rate", "set", "--seniority", "senior", "--band", "small", "--hourly", "0"], "pierre",
                 "an hourly rate must be more than zero, got € 0,00"),
                (["finance", "contribution", "set", "--role", "owner", "--percent", "10"], "pierre",
                 "--role 'owner' is not one of: partner, associate, member, applicant, external"),
                (["ledger", "add", "--kind", "cost", "--category", "accountant", "--amount", "650"], "katleen",
                 "only a partner or a coordinator may add a cost; you act as Katleen Verbeek (katleen), an associate"),
                (["ledger", "close-year", "2025"], "pierre",
                 "2025 is already closed; reopening it needs a correction of its distribution"),
                (["ledger", "share-cost", "1", "--weights", "pierre=2,guido=0"], "pierre",
                 "needs a weight above zero, got 0"),
            ]
            let before = try files(dir)
            #expect(before.keys.contains("ledger.jsonl") && before.keys.contains("network.json"))
            for c in cases {
                let r = try run(c.args, in: dir, as: c.actor)
                #expect(r.status != 0, "\(c.args)")
                #expect(r.stdout == "", "\(c.args): \(r.stdout)")
                #expect(r.stderr.contains(c.message), "\(c.args): \(r.stderr)")
                #expect(try files(dir) == before, "\(c.args) changed the data directory")
            }
        }
    }

    @Test func ratesShowTheCardWithItsHistoryAndAChangeIsAppended() throws {
        try withDemo { dir in
            let set = try run(["finance", "rate", "set", "--seniority", "medior", "--band", "small", "--hourly", "108,50", "--from", "2027-01-01"], in: dir)
            #expect(set.status == 0, "\(set.stderr)")
            #expect(set.stdout == "hourly rate for a medior on a small project: € 108,50 from 2027-01-01\n")
            let contribution = try run(["finance", "contribution", "set", "--role", "associate", "--percent", "12,5", "--from", "2027-01-01"], in: dir)
            #expect(contribution.stdout == "contribution of associates: 12,5 % of revenue from 2027-01-01\n", "\(contribution.stderr)")
            // Every member may look; katleen is an associate.
            let rates = try run(["finance", "rates"], in: dir, as: "katleen")
            #expect(rates.status == 0, "\(rates.stderr)")
            let lines = rates.stdout.split(separator: "\n").map(String.init)
            let medior = lines.filter { $0.hasPrefix("medior     small") }
            #expect(medior.count == 3)
            #expect(medior[1].hasSuffix("€ 102,00  2026-01-01  *"))
            #expect(medior[2].hasSuffix("€ 108,50  2027-01-01"))
            #expect(lines.contains { $0.hasPrefix("associate     10 %  2023-01-01  *") })
            #expect(lines.contains { $0.hasPrefix("associate   12,5 %  2027-01-01") })
            let later = try run(["finance", "rates", "--on", "2027-01-01", "--json"], in: dir)
            let json = try JSONParser.parse(later.stdout)
            guard case let .object(top) = json, case let .array(card)? = top.first(where: { $0.0 == "rateCard" })?.1 else {
                Issue.record("no rateCard in \(later.stdout)"); return
            }
            let inForce = card.filter { entry in
                guard case let .object(pairs) = entry else { return false }
                return pairs.contains { $0.0 == "inForce" && $0.1 == .bool(true) } && pairs.contains { $0.0 == "hourlyCents" && $0.1 == .int(10_850) }
            }
            #expect(inForce.count == 1)
            let history = try SamenBinary.run(["history", "--limit", "2", "--data", dir])
            #expect(history.stdout.contains("pierre  hourly rate for a medior on a small project: € 108,50 from 2027-01-01"))
            let network = try String(contentsOfFile: dir + "/network.json", encoding: .utf8)
            #expect(network.contains("10850"))
        }
    }

    @Test func aCostIsSharedAmongMembersAndAProjectShowsItsValue() throws {
        try withDemo { dir in
            let add = try run(["ledger", "add", "--kind", "cost", "--category", "building", "--amount", "100,00", "--note", "Meeting room"], in: dir)
            #expect(add.status == 0, "\(add.stderr)")
            let list = try run(["ledger", "list", "--kind", "cost", "--json"], in: dir)
            let id = try #require(try JSONParser.parse(list.stdout).arrayItems?.compactMap { $0.intField("id") }.max())
            let share = try run(["ledger", "share-cost", String(id), "--weights", "pierre=2,katleen=1"], in: dir)
            #expect(share.stdout == "shared cost \(id) (€ 100,00) among 2 members\n", "\(share.stderr)")
            let charges = try run(["ledger", "list", "--kind", "charge"], in: dir)
            #expect(charges.stdout.contains("€ 66,67  pierre"))
            #expect(charges.stdout.contains("€ 33,33  katleen"))
            let twice = try run(["ledger", "share-cost", String(id), "--equally", "--members", "guido"], in: dir)
            #expect(twice.status != 0 && twice.stderr.contains("cost \(id) is already shared"))
            let show = try run(["project", "show", "1"], in: dir)
            #expect(show.stdout.contains("value       € 67.600,00 estimated: 676 h, a large project, at the rates of 2023-07-23, when it was accepted"), "\(show.stdout)")
        }
    }
}

/// Unit-2 charges its shared costs on by desks: Eric, the main tenant, keeps
/// the books; other members may look but not charge.
@Suite("Shared costs at Unit-2")
struct SharedCostCommandTests {
    @Test func ericChargesACostByDesksAndTheChargesAddUpToIt() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        let today = ["SAMEN_TODAY": "2026-11-23"]
        #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir], environment: today).status == 0)
        func run(_ args: [String], as actor: String) throws -> SamenBinary.Result {
            try SamenBinary.run(args + ["--data", dir, "--as", actor], environment: today)
        }
        let refused = try run(["ledger", "add", "--kind", "cost", "--category", "rent", "--amount", "1000"], as: "lotte")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("only a partner, a coordinator or Eric Went (eric) may add a cost; you act as Lotte Hendriks (lotte), a member"),
                "\(refused.stderr)")
        let add = try run(["ledger", "add", "--kind", "cost", "--category", "rent", "--amount", "1.000,01", "--payee", "Vastgoed Leiden BV"], as: "eric")
        #expect(add.status == 0, "\(add.stderr)")
        let costs = try run(["ledger", "list", "--kind", "cost", "--json"], as: "lotte")
        let id = try #require(try JSONParser.parse(costs.stdout).arrayItems?.compactMap { $0.intField("id") }.max())
        let share = try run(["ledger", "share-cost", String(id), "--by-desks", "--note", "extra room"], as: "eric")
        #expect(share.status == 0, "\(share.stderr)")
        let state = try Store(directory: dir).state
        let charges = state.ledger.filter { $0.kind == .charge && $0.relatesTo == id }
        #expect(charges.reduce(Money.zero) { $0 + $1.amount } == Money(cents: 100_001))
        let desks = state.members.filter { $0.isActive(on: Day(iso: "2026-11-23")!) && $0.desks > 0 }
        #expect(Set(charges.compactMap(\.member)) == Set(desks.map(\.id)))
        let total = desks.reduce(0) { $0 + $1.desks }
        #expect(charges.contains { $0.member == "joost" && $0.note == "extra room: 2 of \(total) desks" })
    }
}

extension JSONValue {
    var arrayItems: [JSONValue]? { if case let .array(a) = self { return a } else { return nil } }
    func intField(_ key: String) -> Int? {
        guard case let .object(pairs) = self, case let .int(v)? = pairs.first(where: { $0.0 == key })?.1 else { return nil }
        return Int(v)
    }
}
