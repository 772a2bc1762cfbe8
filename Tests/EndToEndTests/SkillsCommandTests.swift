import Foundation
import Testing
@testable import SamenCore

/// `samen skills` as a person or a script meets it, on the Unit-2 demo with
/// today pinned to Monday 2026-11-23 (W48).
@Suite("Skills map on the command line")
struct SkillsCommandTests {
    static let env = ["SAMEN_TODAY": "2026-11-23"]

    func run(_ args: [String], _ dir: String) throws -> SamenBinary.Result {
        try SamenBinary.run(args + ["--data", dir], environment: Self.env)
    }

    func field(_ v: JSONValue?, _ key: String) -> JSONValue? {
        guard case let .object(pairs)? = v else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    func array(_ v: JSONValue?) -> [JSONValue] {
        if case let .array(items)? = v { return items }
        return []
    }

    /// The row of the table that starts with `skill`.
    func row(_ table: String, _ skill: String) -> String? {
        table.split(separator: "\n").map(String.init).first { $0.hasPrefix(skill + " ") }
    }

    /// The demo as it ships has one skill only one member holds: Gijs's
    /// drone (his pitch says he has a licence), so a newcomer sees the flag.
    func expectOneLoneSkill(_ dir: String) throws {
        let before = try run(["skills"], dir)
        #expect(before.stderr.contains("among 39 members inside: 1 held by one member"), "\(before.stderr)")
    }

    @Test func unit2ShowsWhoHoldsEachSkillAndFlagsTheRisks() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            try expectOneLoneSkill(dir)
            let r = try run(["skills"], dir)
            #expect(r.status == 0, "\(r.stderr)")
            let lines = r.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix("SKILL") == true && lines.first?.contains("HOLDERS") == true)
            // Gijs alone flies the drone.
            let drone = try #require(row(r.stdout, "drone"))
            #expect(drone.contains("one holder") && drone.contains("Gijs Hoekstra (medior,"))
            // Seven members design: crowded.
            let design = try #require(row(r.stdout, "design"))
            #expect(design.contains("crowded"))
            // A project asked for 3D animation, which nobody inside has.
            let animation3D = try #require(row(r.stdout, "3d-animation"))
            #expect(animation3D.contains("nobody inside"))
            #expect(r.stderr.contains("among 39 members inside: 1 held by one member, 4 by 6 or more"))
            #expect(r.stderr.contains("Spare hours 2026-W48 to 2026-W51; needs since 2025-11-23."))

            // The same answer for a script, with stable English keys.
            let json = try JSONParser.parse(try run(["skills", "--json", "--weeks", "2"], dir).stdout)
            #expect(field(json, "weeks") == .int(2))
            let skills = array(field(json, "skills"))
            let droneJSON = try #require(skills.first { field($0, "name") == .string("drone") })
            #expect(field(droneJSON, "flags") == .array([.string("only-one")]))
            #expect(array(field(droneJSON, "holders")).compactMap { field($0, "id") } == [.string("gijs")])
            let onlyOne = skills.filter { array(field($0, "flags")).contains(.string("only-one")) }
            #expect(onlyOne.count == 1)
        }
    }

    @Test func inDutchTheTableAndSummarySpeakDutch() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            try expectOneLoneSkill(dir)
            let r = try run(["skills", "--lang", "nl"], dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.hasPrefix("VAARDIGHEID"))
            #expect(try #require(row(r.stdout, "drone")).contains("één persoon"))
            #expect(r.stderr.contains("bij 39 leden binnen: 1 bij één persoon"))
            let help = try run(["skills", "--help", "--lang", "nl"], dir)
            #expect(help.stdout.contains("Voorbeelden:") && help.stdout.contains("samen skills --weeks 12"))
        }
    }

    @Test func weeksOutsideTheRangeAreRefusedAndNamed() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.env) { dir in
            for bad in ["0", "999"] {
                let r = try run(["skills", "--weeks", bad], dir)
                #expect(r.status == 64)
                #expect(r.stderr.contains("--weeks must be between 1 and 52, got \(bad)"))
                #expect(r.stdout.isEmpty)
            }
            let nl = try run(["skills", "--weeks", "0", "--lang", "nl"], dir)
            #expect(nl.stderr.contains("--weeks moet tussen 1 en 52 liggen, je gaf 0"))
        }
    }

    @Test func helpHasExamples() throws {
        let help = try SamenBinary.run(["skills", "--help"])
        #expect(help.stdout.contains("Examples:") && help.stdout.contains("samen skills --json"))
        #expect(help.stdout.contains("one holder") && help.stdout.contains("nobody inside"))
    }
}
