import Testing
@testable import SamenCore

/// The Dutch places table that ships with Samen, and the distances and
/// travel times staffing shows.
@Suite("Travel")
struct TravelTests {
    func km(_ a: String, _ b: String) throws -> Double {
        guard case let .known(t) = Travel.between(a, b) else { Issue.record("no travel between \(a) and \(b)"); return .nan }
        return t.kilometres
    }

    @Test func knownDistancesAsTheCrowFlies() throws {
        // Published straight-line distances: Amsterdam-Rotterdam about 57 km,
        // Groningen-Maastricht about 270 km, Leiden-Den Haag about 16 km.
        #expect(abs(try km("Amsterdam", "Rotterdam") - 57.3) < 1.5)
        #expect(abs(try km("Groningen", "Maastricht") - 270) < 3)
        #expect(abs(try km("Leiden", "Den Haag") - 16) < 1.5)
        #expect(try km("Leiden", "Leiden") == 0)
        #expect(try km("Utrecht", "Amersfoort") == (try km("Amersfoort", "Utrecht")))
    }

    @Test func travelTimeFollowsTheStatedModel() throws {
        guard case let .known(t) = Travel.between("Amsterdam", "Utrecht") else { Issue.record("unknown"); return }
        // 10 minutes, plus 1.3 x the straight line at 60 km/h.
        #expect(t.minutes == Int((10 + t.kilometres * 1.3).rounded()))
        #expect((50...60).contains(t.minutes))
        guard case let .known(same) = Travel.between("Leiden", "leiden") else { Issue.record("unknown"); return }
        #expect(same.minutes == 0)
    }

    @Test func spellingsPeopleUseAreFound() throws {
        let places = DutchPlaces.shared
        let hague = try #require(places.place(named: "Den Haag"))
        #expect(hague.name == "Den Haag")
        for spelling in ["'s-Gravenhage", "’s-Gravenhage", "s-Gravenhage", "The Hague", "den haag", "  Den  Haag "] {
            #expect(places.place(named: spelling) == hague, "\(spelling)")
        }
        #expect(places.place(named: "Den Bosch")?.name == "'s-Hertogenbosch")
        #expect(places.place(named: "Katwijk")?.name == "Katwijk")
        #expect(places.place(named: "Katwijk aan Zee")?.name == "Katwijk")
        // Two Hengelos: the town in Overijssel, not the village in Gelderland.
        #expect(places.place(named: "Hengelo")?.province == "Overijssel")
        #expect(places.place(named: "Alphen aan den Rijn") != nil)
        #expect(places.place(named: "alphen-aan-den-rijn")?.name == "Alphen aan den Rijn")
    }

    @Test func unknownPlacesAreReportedNotGuessed() {
        #expect(Travel.between("Leiden", "Atlantis") == .unknown(place: "Atlantis"))
        #expect(Travel.between("Leidn", "Leiden") == .unknown(place: "Leidn"))
        #expect(Travel.between("", "Leiden") == .unknown(place: ""))
    }

    @Test func everyPlaceWithMoreThan15000InhabitantsIsThere() {
        let big = DutchPlaces.shared.places.filter { $0.population > 15_000 }
        #expect(big.count >= 240)
        #expect(DutchPlaces.shared.places.count > 1_900)
        // Every place is in the Netherlands' bounding box.
        for p in DutchPlaces.shared.places {
            #expect((50.7...53.7).contains(p.latitude) && (3.3...7.3).contains(p.longitude), "\(p.name)")
        }
    }

    @Test func everyCityOfTheDemosAndTheGeneratorIsInTheTable() throws {
        let day = Day(iso: "2026-11-23")!
        var cities = Set(SyntheticNetwork.cities)
        for demo in DemoNetwork.allCases {
            let s = try demo.build(today: day)
            cities.formUnion(s.members.map(\.city))
            cities.formUnion(s.projects.map(\.city))
        }
        let missing = cities.filter { DutchPlaces.shared.place(named: $0) == nil }.sorted()
        #expect(missing.isEmpty, "not in the table: \(missing)")
        #expect(cities.count >= 25)   // the check above really looked at the demos
    }
}
