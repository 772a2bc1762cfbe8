/// Numbers as the JSON shows them: hours to a tenth (capacity works in fifths
/// of an hour, so nothing is lost), scores to a tenth, fractions to a thousandth.
enum JSONNumber {
    static func hours(_ h: Double) -> JSONValue { tenths(h) }

    static func tenths(_ x: Double) -> JSONValue {
        let r = (x * 10).rounded()
        return r.truncatingRemainder(dividingBy: 10) == 0 ? .int(Int64(r / 10)) : .double(r / 10)
    }

    static func thousandths(_ x: Double) -> JSONValue {
        let r = (x * 1000).rounded()
        return r.truncatingRemainder(dividingBy: 1000) == 0 ? .int(Int64(r / 1000)) : .double(r / 1000)
    }
}
