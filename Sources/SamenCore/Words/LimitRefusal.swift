/// Why a date, number or text is refused, said as a predicate ("must be
/// between …") for the caller to put the option, field or file line in
/// front of. What was typed is quoted as typed.
public enum LimitRefusal: Phrase, Equatable {
    case dayBetween(Day, Day, got: Day)
    /// `unit` is the English unit ("km", "weeks"); Dutch says its own.
    case between(String, String, unit: String, got: String)
    /// The same for a number typed too long to read: what was typed, as typed.
    case betweenTyped(String, String, unit: String, got: String)
    case tooLong(Int, most: Int)
    case notADate(String)
    case notADayInput(String)
    case notAWeek(String)
    case weekYearBetween(Int, Int, got: String)
    case noSuchWeek(year: Int, weeks: Int, got: String)
    case notAWholeNumber(String)
    case outOfRange(String)
    case notHalfHours(String)
    case notHours(String)
    case hoursBetween(Hours, Hours, got: String)
    case ambiguousHours(String, Int, comma: Bool)
    case weeksBetween(Int, Int, got: Int)
    case yearBetween(Int, Int, got: Int)
    case minimumSpareBetween(String, got: String)

    public var en: String {
        switch self {
        case let .betweenTyped(low, high, unit, got): "must be between \(low) and \(high)\(unit.isEmpty ? "" : " " + unit), got \(got)"
        case let .dayBetween(first, last, got): "must be between \(first.iso) and \(last.iso), got \(got.iso)"
        case let .between(low, high, unit, got):
            "must be between \(low) and \(high)\(unit.isEmpty ? "" : " " + unit), got \(got)\(unit.isEmpty ? "" : " " + unit)"
        case let .tooLong(n, most): "is too long: \(n) characters, at most \(most)"
        case let .notADate(text): "must be a date like 2026-03-01, got '\(text)'"
        case let .notADayInput(text): "must be \(DayInput.forms); got '\(text)'"
        case let .notAWeek(text): "must be a week like 2027-W02, got '\(text)'"
        case let .weekYearBetween(low, high, got): "must be in a year between \(low) and \(high), got '\(got)'"
        case let .noSuchWeek(year, weeks, got): "must be a week that exists: \(year) has weeks 1 to \(weeks), got '\(got)'"
        case let .notAWholeNumber(text): "must be a whole number, got '\(text)'"
        case let .outOfRange(value): "is out of range: \(value)"
        case let .notHalfHours(got): "must be in half-hour steps (like 2.5), got \(got)"
        case let .notHours(got): "must be a number of hours like 16 or 2.5, got \(got)"
        case let .hoursBetween(low, high, got): "must be between \(low) and \(high) hours, got \(got)"
        case let .ambiguousHours(text, whole, comma):
            "is ambiguous: '\(text)' could be \(whole) or \(whole * 1000) hours; write it without the \(comma ? "comma" : "point")"
        case let .weeksBetween(low, high, got): "weeks must be between \(low) and \(high), got \(got)"
        case let .yearBetween(low, high, got): "the year must be between \(low) and \(high), got \(got)"
        case let .minimumSpareBetween(high, got): "minimum spare hours must be between 0 and \(high), got \(got)"
        }
    }

    public var nl: String {
        switch self {
        case let .betweenTyped(v1, v2, v3, v4): "moet tussen \(v1) en \(v2)\(NL.un(v3)) liggen, niet \(v4)"
        case let .dayBetween(v1, v2, v3): "moet tussen \(NL.s(v1)) en \(NL.s(v2)) liggen, niet \(NL.s(v3))"
        case let .between(v1, v2, v3, v4):
            "moet tussen \(v1) en \(v2)\(NL.un(v3)) liggen, niet \(v4)\(NL.un(v3))"
        case let .tooLong(v1, v2): "is te lang: \(v1) tekens, hoogstens \(v2)"
        case let .notADate(v1): "moet een datum zijn als 2026-03-01, niet '\(v1)'"
        case let .notADayInput(v1): "moet een datum zijn als 31-12-2026, 2026-12-31, morgen of ma; niet '\(v1)'"
        case let .notAWeek(v1): "moet een week zijn als 2027-W02, niet '\(v1)'"
        case let .weekYearBetween(v1, v2, v3): "moet in een jaar tussen \(v1) en \(v2) vallen, niet '\(v3)'"
        case let .noSuchWeek(v1, v2, v3): "moet een bestaande week zijn: \(v1) heeft week 1 tot en met \(v2), niet '\(v3)'"
        case let .notAWholeNumber(v1): "moet een heel getal zijn, niet '\(v1)'"
        case let .outOfRange(v1): "is te groot of te klein: \(v1)"
        case let .notHalfHours(v1): "moet in halve uren (zoals 2,5), niet \(v1)"
        case let .notHours(v1): "moet een aantal uren zijn zoals 16 of 2,5, niet \(v1)"
        case let .hoursBetween(v1, v2, v3): "moet tussen \(NL.s(v1)) en \(NL.s(v2)) uur liggen, niet \(v3)"
        case let .ambiguousHours(v1, v2, v3):
            "is dubbelzinnig: '\(v1)' kan \(v2) of \(v2 * 1000) uur zijn; schrijf het zonder de \(v3 ? "komma" : "punt")"
        case let .weeksBetween(v1, v2, v3): "het aantal weken moet tussen \(v1) en \(v2) liggen, niet \(v3)"
        case let .yearBetween(v1, v2, v3): "het jaar moet tussen \(v1) en \(v2) liggen, niet \(v3)"
        case let .minimumSpareBetween(v1, v2): "het minimum aantal vrije uren moet tussen 0 en \(NL.dc(v1)) liggen, niet \(NL.dc(v2))"
        }
    }

    /// A unit as Dutch says it, with its space: " weken", " km".
    static func dutchUnit(_ unit: String) -> String {
        switch unit {
        case "": ""
        case "weeks": " weken"
        case "hours": " uur"
        case "desks": " werkplekken"
        case "shares": " delen"
        case "members": " leden"
        default: " " + unit
        }
    }
}
