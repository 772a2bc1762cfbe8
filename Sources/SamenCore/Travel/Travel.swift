import Foundation

/// How far one place is from another, as the crow flies and as a rough
/// journey.
///
/// The journey is an estimate, stated so people can judge it:
/// - road distance = straight-line distance × 1.3 (the usual detour factor
///   for Dutch roads between towns; it is about 1.2 to 1.4 in national studies);
/// - travel time = 10 minutes to get going and to park or walk at the other
///   end, plus the road distance at an average of 60 km/h door to door (towns,
///   ring roads and motorway mixed; trains come out about the same between
///   Randstad cities).
///
/// Nothing here knows about traffic, public transport timetables or ferries;
/// it ranks candidates and flags the far ones, it does not plan a trip.
public struct TravelEstimate: Sendable, Equatable {
    public var from: Place
    public var to: Place
    /// Great-circle distance in kilometres.
    public var kilometres: Double

    public static let roadFactor = 1.3
    public static let averageKmPerHour = 60.0
    public static let fixedMinutes = 10.0

    public var roadKilometres: Double { kilometres * Self.roadFactor }
    public var minutes: Int {
        guard kilometres > 0.05 else { return 0 }
        return Int((Self.fixedMinutes + roadKilometres / Self.averageKmPerHour * 60).rounded())
    }
    public var wholeKilometres: Int { Int(kilometres.rounded()) }
}

/// The outcome of asking for the travel between two named places.
public enum Travel: Sendable, Equatable {
    case known(TravelEstimate)
    /// The place is not in the table; nothing was guessed.
    case unknown(place: String)

    /// Travel between two places by name, from the shipped Dutch table.
    public static func between(_ from: String, _ to: String, places: DutchPlaces = .shared) -> Travel {
        guard let a = places.place(named: from) else { return .unknown(place: from) }
        guard let b = places.place(named: to) else { return .unknown(place: to) }
        return .known(TravelEstimate(from: a, to: b, kilometres: haversineKilometres(a, b)))
    }

    /// Mean Earth radius (IUGG), in km.
    static let earthRadius = 6371.0088

    /// Great-circle distance between two places (haversine formula); within
    /// the Netherlands it is off from the ellipsoid by well under 0.5 %.
    public static func haversineKilometres(_ a: Place, _ b: Place) -> Double {
        let rad = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * rad, dLon = (b.longitude - a.longitude) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.latitude * rad) * cos(b.latitude * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadius * asin(min(1, sqrt(h)))
    }
}
