import ArgumentParser
import SamenCore

/// `samen finance rates`, `rate set` and `contribution set`: the money rules.
/// Every member may look; only partners, roles in network.json's
/// coordinatorRoles, and members named in its bookkeepers may change them. A
/// change is appended with the day it takes effect, so what was priced or
/// booked before keeps its rate; it may be dated from the start of the current
/// year on, never inside a closed year.
extension FinanceCommand {
    struct Rates: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the rate card and the contribution percentages, with their history.",
            discussion: """
            `*` marks what is in force today (or on --on).

            Examples:
              samen finance rates
              samen finance rates --json | jq '.rateCard[] | select(.inForce)'
            """
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Option(help: "Show what is in force on this day (default today).") var on: String?

        func run() throws {
            let network = try options.readWithoutLedger().network
            let day = try on.map { try Parse.day($0, option: "--on") } ?? options.context().today
            let card = network.rateCardHistory(on: day)
            let contributions = network.contributionHistory(on: day)
            if output.json {
                var b = JSONObjectBuilder()
                b.set("on", day)
                b.set("rateCard", .array(card.map { e, inForce in
                    var o = JSONObjectBuilder()
                    o.set("seniority", e.seniority); o.set("sizeBand", e.sizeBand); o.set("hourlyCents", e.hourly)
                    o.set("from", e.from); o.set("inForce", .bool(inForce))
                    return o.value
                }))
                b.set("contributionRates", .array(contributions.map { r, inForce in
                    var o = JSONObjectBuilder()
                    o.set("role", r.role); o.set("basisPoints", r.basisPoints); o.set("from", r.from); o.set("inForce", .bool(inForce))
                    return o.value
                }))
                printJSON(b.value)
                return
            }
            let style = network.moneyStyle
            Console.out("Rate card: hourly rates by seniority and project size (* in force on \(day))")
            var table = TextTable("SENIORITY", "SIZE", "HOURLY", "FROM", "")
            table.rightAligned = [2]
            for (e, inForce) in card {
                table.add(e.seniority.rawValue, e.sizeBand.rawValue, e.hourly.format(style), e.from.iso, inForce ? "*" : "")
            }
            Console.out(card.isEmpty ? "  (no rates yet: samen finance rate set)" : table.render())
            Console.out("")
            Console.out("Contributions: a percentage of revenue earned through the network, by role")
            var rates = TextTable("ROLE", "PERCENT", "FROM", "")
            rates.rightAligned = [1]
            for (r, inForce) in contributions {
                rates.add(r.role.rawValue, Percent.format(basisPoints: r.basisPoints, style), r.from.iso, inForce ? "*" : "")
            }
            Console.out(contributions.isEmpty ? "  (no contributions: samen finance contribution set)" : rates.render())
            Console.out("")
            Console.out("Project size: small below \(network.mediumProjectHours) h, medium below \(network.largeProjectHours) h, large from \(network.largeProjectHours) h")
        }
    }

    struct Rate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change the rate card.",
            subcommands: [Set.self]
        )

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "set",
                abstract: "Set an hourly rate for a seniority and project size from a day on (partners and coordinators).",
                discussion: """
                The old rate stays on the card: projects accepted before --from keep it.

                Example:
                  samen finance rate set --seniority medior --band small --hourly 102,00 --from 2027-01-01
                """
            )
            @OptionGroup var options: DataOptions
            @Option(help: ArgumentHelp("Seniority: \(Seniority.allowedValues).")) var seniority: String
            @Option(help: ArgumentHelp("Project size band: \(SizeBand.allowedValues).")) var band: String
            @Option(help: "The hourly rate in euros, e.g. 95,00 or 95.00.") var hourly: String
            @Option(help: "The day it takes effect (default today).") var from: String?

            func run() throws {
                let change = Change.setHourlyRate(seniority: try Parse.value(seniority, "--seniority"), band: try Parse.value(band, "--band"),
                                                  hourly: try Parse.money(hourly, option: "--hourly"),
                                                  from: try from.map { try Parse.day($0, option: "--from") } ?? options.context().today)
                try options.apply(change)
            }
        }
    }

    struct Contribution: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change the contribution percentages.",
            subcommands: [Set.self]
        )

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "set",
                abstract: "Set the percentage of revenue a role pays from a day on (partners and coordinators).",
                discussion: """
                Revenue booked from --from on brings its contribution at the new
                percentage; contributions already booked keep the rate stored on them.

                Example:
                  samen finance contribution set --role associate --percent 12,5 --from 2027-01-01
                """
            )
            @OptionGroup var options: DataOptions
            @Option(help: ArgumentHelp("The role: partner, associate or member.")) var role: String
            @Option(help: "The percentage, 0 to 100, e.g. 12,5 or 12.5.") var percent: String
            @Option(help: "The day it takes effect (default today).") var from: String?

            func run() throws {
                let change = Change.setContributionRate(role: try Parse.value(role, "--role"), basisPoints: try Parse.percent(percent, option: "--percent"),
                                                        from: try from.map { try Parse.day($0, option: "--from") } ?? options.context().today)
                try options.apply(change)
            }
        }
    }
}

extension Parse {
    /// "12,5", "12.5", "12,5 %" -> 1250 basis points. The range is the domain's
    /// to check, so "101" reaches it and is refused with the rule's own words.
    static func percent(_ text: String, option: String) throws -> Int64 {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("%") { t.removeLast(); t = t.trimmingCharacters(in: .whitespaces) }
        // A percentage has at most two decimals, like an amount has cents: the
        // same reading of "12,5" and "12.5", and the same refusals of "12,3,4".
        guard !t.contains("€"), let value = try? Money.parse(t) else {
            throw ValidationError("\(option) '\(text)' is not a percentage; write it like 12,5 or 12.5")
        }
        return value.cents
    }
}
