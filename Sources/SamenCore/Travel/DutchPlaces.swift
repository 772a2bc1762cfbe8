import Foundation

/// A place in the Netherlands with its coordinates (WGS84 degrees).
public struct Place: Sendable, Equatable {
    public var name: String
    public var latitude: Double
    public var longitude: Double
    public var population: Int
    public var province: String
}

/// Every Dutch place in GeoNames with 500 or more inhabitants, shipped with
/// Samen as data (`DutchPlacesData.swift`, written by
/// `Scripts/generate-dutch-places.py`; GeoNames, CC BY 4.0).
///
/// A name is looked up regardless of case, accents, hyphens and apostrophes
/// ("den haag", "'s-Gravenhage", "Alphen a/d Rijn" is not: it is unknown).
/// When several places share a name, a place's own name beats another's
/// alternate name, and otherwise the place with the most inhabitants wins
/// (Hengelo in Overijssel, not the village in Gelderland). A name that is not
/// in the table is unknown: it is reported, never guessed at.
public struct DutchPlaces: Sendable {
    public let places: [Place]
    /// Each place's name as compared (`key`), in the order of `places`:
    /// folding a name is Foundation's slow path, done once here.
    let keys: [String]
    private let byName: [String: Int]
    private let byAlternate: [String: Int]

    /// Parsed once, at first use (about a millisecond).
    public static let shared = DutchPlaces(tsv: DutchPlaces.tsv)

    init(tsv: String) {
        var places: [Place] = [], keys: [String] = []
        var byName: [String: Int] = [:], byAlternate: [String: Int] = [:]
        // Largest first in the file, so the first place to claim a key keeps it.
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 5, let lat = Double(f[1]), let lon = Double(f[2]), let pop = Int(f[3]) else { continue }
            let index = places.count
            places.append(Place(name: String(f[0]), latitude: lat, longitude: lon, population: pop, province: String(f[4])))
            let key = Self.key(f[0])
            keys.append(key)
            if byName[key] == nil { byName[key] = index }
            if f.count > 5 {
                for alt in f[5].split(separator: "|") {
                    let k = Self.key(alt)
                    if byAlternate[k] == nil { byAlternate[k] = index }
                }
            }
        }
        self.places = places
        self.keys = keys
        self.byName = byName
        self.byAlternate = byAlternate
    }

    /// The place called `name`, or nil when the table does not know it.
    public func place(named name: String) -> Place? {
        let k = Self.key(name)
        guard !k.isEmpty, let i = byName[k] ?? byAlternate[k] else { return nil }
        return places[i]
    }

    /// What a name is compared by: lower case, accents off, runs of spaces,
    /// hyphens and apostrophes (' ’ `) read as one space, ends trimmed.
    static func key<S: StringProtocol>(_ name: S) -> String {
        let folded = String(name).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        var gap = false
        for ch in folded.unicodeScalars {
            switch ch {
            case " ", "-", "'", "\u{2019}", "`", "\t":
                gap = true
            default:
                if gap && !out.isEmpty { out.unicodeScalars.append(" ") }
                gap = false
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
