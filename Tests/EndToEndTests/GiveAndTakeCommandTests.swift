import Foundation
import Testing
@testable import SamenCore

/// `samen give-and-take` and `samen product` on the Unit-2 demo, today
/// pinned to 2026-11-23: what each member brought and took this year.
@Suite("Give and take on the command line")
struct GiveAndTakeCommandTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]

    func run(_ args: [String], _ dir: String) throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir], environment: Self.env)
    }

    func field(_ v: JSONValue?, _ key: String) -> JSONValue? {
        guard case let .object(pairs)? = v else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    @Test func unit2TellsEachMembersYearByName() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let r = try run(["give-and-take"], dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.hasPrefix("Bringing and taking, 2026"))
            #expect(r.stdout.contains("Ingrid Bos           ░░░░░░░░░░  took more than brought"))
            #expect(r.stdout.contains("took 61 h on 3 projects of others; gave no help, asked none; helps build Congress media team"))
            #expect(r.stdout.contains("A balance, not a score."))

            let json = try JSONParser.parse(try run(["give-and-take", "--json", "--year", "2026"], dir).stdout)
            #expect(field(json, "year") == .int(2026))
            guard case let .array(members)? = field(json, "members") else { Issue.record("no members"); return }
            let ingrid = try #require(members.first { field($0, "id") == .string("ingrid") })
            // 8 h a week on the congress team, and two projects of others more, to a tenth of an hour.
            #expect(field(field(ingrid, "taken"), "hours") == .double(60.8) && field(field(ingrid, "taken"), "projects") == .int(3))
            #expect(field(ingrid, "products") == .array([.string("Congress media team")]))
            #expect(field(ingrid, "balance") == .string("mostly-took"))
        }
    }

    @Test func aYearOutOfRangeIsRefused() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let r = try run(["give-and-take", "--year", "3000"], dir)
            #expect(r.status != 0)
            #expect(r.stderr.contains("--year") && r.stderr.contains("3000"), "\(r.stderr)")
        }
    }

    @Test func productsAreListedAndContributorsAdded() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            let list = try run(["product", "list"], dir)
            #expect(list.stdout.contains("congress-media-team") && list.stdout.contains("Ingrid Bos"), "\(list.stdout)")
            let add = try SamenBinary.run(["product", "contributor", "congress-media-team", "--member", "tim", "--as", "tim", "--data", dir], environment: Self.env)
            #expect(add.status == 0, "\(add.stderr)")
            #expect(add.stdout.contains("Tim") && add.stdout.contains("contributes to Congress media team"))
            let again = try SamenBinary.run(["product", "contributor", "congress-media-team", "--member", "tim", "--as", "tim", "--data", dir], environment: Self.env)
            #expect(again.status != 0 && again.stderr.contains("is already a contributor to Congress media team"), "\(again.stderr)")
        }
    }
}
