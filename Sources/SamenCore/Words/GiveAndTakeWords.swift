/// The words of the give-and-take view and `samen give-and-take`, shared by
/// the dashboard and the command line so both tell a member's year alike.
public enum GiveAndTakeWords: Phrase {
    case balance(GiveAndTake.Balance.Word)
    /// "brought in 2 projects, 1 won: 120 h, € 9.600 at the rate card"
    case brought(projects: Int, won: Int, hours: String, value: String, unpriced: Int)
    /// "took 340 h on 3 projects of others"
    case took(hours: String, projects: Int)
    case help(given: Int, asked: Int)
    case builds([String])
    case nobody(Int)
    case title(Int)
    /// The legend under the bars.
    case legend

    public var en: String {
        switch self {
        case let .balance(w):
            switch w {
            case .none: "neither brought nor took work"
            case .mostlyBrought: "brought more than took"
            case .even: "brought and took about evenly"
            case .mostlyTook: "took more than brought"
            }
        case let .brought(projects, won, hours, value, unpriced):
            projects == 0 ? "brought in no work"
                : plural(projects, "brought in 1 project", "brought in # projects")
                    + (won == 0 ? ", none won yet" : ", \(won) won: \(hours) h" + (won > unpriced ? ", \(value) at the rate card" : ""))
                    + (unpriced > 0 ? " (\(unpriced) without a rate)" : "")
        case let .took(hours, projects):
            projects == 0 ? "took no hours on others' work" : "took \(hours) h on " + plural(projects, "1 project of others", "# projects of others")
        case let .help(given, asked):
            (given == 0 ? "gave no help" : plural(given, "gave help once", "gave help # times")) + ", "
                + (asked == 0 ? "asked none" : plural(asked, "asked once", "asked # times"))
        case let .builds(names): names.isEmpty ? "" : "helps build " + names.joined(separator: ", ")
        case let .nobody(year): "Nobody was a member in \(year)."
        case let .title(year): "Bringing and taking, \(year)"
        case .legend: "█ brought in (hours of won work)  ░ taken on others' work. A balance, not a score."
        }
    }

    public var nl: String {
        switch self {
        case let .balance(w):
            switch w {
            case .none: "bracht noch haalde werk"
            case .mostlyBrought: "bracht meer dan haalde"
            case .even: "bracht en haalde ongeveer evenveel"
            case .mostlyTook: "haalde meer dan bracht"
            }
        case let .brought(projects, won, hours, value, unpriced):
            projects == 0 ? "bracht geen werk binnen"
                : plural(projects, "bracht 1 project binnen", "bracht # projecten binnen")
                    + (won == 0 ? ", nog geen gewonnen" : ", \(won) gewonnen: \(hours) u" + (won > unpriced ? ", \(value) tegen de tarieven" : ""))
                    + (unpriced > 0 ? " (\(unpriced) zonder tarief)" : "")
        case let .took(hours, projects):
            projects == 0 ? "haalde geen uren bij anderen" : "haalde \(hours) u op " + plural(projects, "1 project van anderen", "# projecten van anderen")
        case let .help(given, asked):
            (given == 0 ? "hielp niet" : plural(given, "hielp 1 keer", "hielp # keer")) + ", "
                + (asked == 0 ? "vroeg geen hulp" : plural(asked, "vroeg 1 keer hulp", "vroeg # keer hulp"))
        case let .builds(names): names.isEmpty ? "" : "bouwt mee aan " + names.joined(separator: ", ")
        case let .nobody(year): "Niemand was lid in \(year)."
        case let .title(year): "Halen en brengen, \(year)"
        case .legend: "█ binnengebracht (uren gewonnen werk)  ░ gehaald bij anderen. Een balans, geen score."
        }
    }
}

extension GiveAndTake.Row {
    /// The member's year in one line of words, in the language shown now.
    public func sentences(style: MoneyStyle) -> [String] {
        var out = [GiveAndTakeWords.brought(projects: broughtIn.count, won: broughtWon.count, hours: HoursText.whole(broughtHours.value),
                                            value: broughtValue.format(style), unpriced: unpriced).text,
                   GiveAndTakeWords.took(hours: HoursText.whole(takenHours), projects: takenProjects).text,
                   GiveAndTakeWords.help(given: helpGiven, asked: helpAsked).text]
        if !products.isEmpty { out.append(GiveAndTakeWords.builds(products).text) }
        return out
    }

    /// The small bar: `width` cells, brought (█) then taken (░), dots when neither.
    /// `ascii` for a terminal without Unicode: `#` brought, `-` taken, `.` neither.
    public func bar(width: Int, ascii: Bool = false) -> String {
        let b = balance
        guard b.brought + b.taken > 0 else { return String(repeating: ascii ? "." : "·", count: width) }
        let n = b.broughtCells(of: width)
        return String(repeating: ascii ? "#" : "█", count: n) + String(repeating: ascii ? "-" : "░", count: width - n)
    }
}

extension GiveAndTake {
    /// `samen give-and-take --json`: English keys, money in cents, hours to a tenth.
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("year", year)
        b.set("members", .array(rows.map { r in
            var o = JSONObjectBuilder()
            o.set("id", r.id); o.set("name", r.name)
            var brought = JSONObjectBuilder()
            brought.set("projects", .array(r.broughtIn.map { .int(Int64($0)) }))
            brought.set("won", .array(r.broughtWon.map { .int(Int64($0)) }))
            brought.set("hours", JSONNumber.hours(r.broughtHours.value))
            brought.set("valueCents", r.broughtValue.cents)
            brought.set("unpriced", r.unpriced)
            o.set("broughtIn", brought.value)
            var taken = JSONObjectBuilder()
            taken.set("hours", JSONNumber.hours(r.takenHours)); taken.set("projects", r.takenProjects)
            o.set("taken", taken.value)
            o.set("helpGiven", r.helpGiven); o.set("helpAsked", r.helpAsked)
            o.set("products", .array(r.products.map { .string($0) }))
            o.set("balance", r.balance.word.rawValue)
            return o.value
        }))
        return b.value
    }
}
