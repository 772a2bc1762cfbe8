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
            abstract: MoneyHelpWords.ratesAbstract.text,
            discussion: MoneyHelpWords.ratesDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Option(help: ArgumentHelp(MoneyHelpWords.ratesOnHelp.text)) var on: String?

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
            Console.out(MoneyWords.rateCardTitle(day.shown).text)
            var table = TextTable(MoneyWords.seniority.text, MoneyWords.size.text, MoneyWords.hourly.text, MoneyWords.from.text, "")
            table.rightAligned = [2]
            for (e, inForce) in card {
                table.add(ValueWords.seniority(e.seniority).text, ValueWords.band(e.sizeBand).text, e.hourly.format(style), e.from.shown, inForce ? "*" : "")
            }
            Console.out(card.isEmpty ? MoneyWords.noRates.text : table.render())
            Console.out("")
            Console.out(MoneyWords.contributionsTitle.text)
            var rates = TextTable(MoneyWords.role.text, MoneyWords.percent.text, MoneyWords.from.text, "")
            rates.rightAligned = [1]
            for (r, inForce) in contributions {
                rates.add(ValueWords.role(r.role).text, Percent.format(basisPoints: r.basisPoints, style), r.from.shown, inForce ? "*" : "")
            }
            Console.out(contributions.isEmpty ? MoneyWords.noContributions.text : rates.render())
            Console.out("")
            Console.out(MoneyWords.projectSize(medium: network.mediumProjectHours, large: network.largeProjectHours).text)
        }
    }

    struct Rate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: MoneyHelpWords.rateAbstract.text,
            subcommands: [Set.self]
        )

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "set",
                abstract: MoneyHelpWords.rateSetAbstract.text,
                discussion: MoneyHelpWords.rateSetDiscussion.text
            )
            @OptionGroup var options: DataOptions
            @Option(help: ArgumentHelp(MoneyHelpWords.rateSeniorityHelp.text)) var seniority: String
            @Option(help: ArgumentHelp(MoneyHelpWords.rateBandHelp.text)) var band: String
            @Option(help: ArgumentHelp(MoneyHelpWords.rateHourlyHelp.text)) var hourly: String
            @Option(help: ArgumentHelp(MoneyHelpWords.fromHelp.text)) var from: String?

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
            abstract: MoneyHelpWords.contributionAbstract.text,
            subcommands: [Set.self]
        )

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "set",
                abstract: MoneyHelpWords.contributionSetAbstract.text,
                discussion: MoneyHelpWords.contributionSetDiscussion.text
            )
            @OptionGroup var options: DataOptions
            @Option(help: ArgumentHelp(MoneyHelpWords.contributionRoleHelp.text)) var role: String
            @Option(help: ArgumentHelp(MoneyHelpWords.contributionPercentHelp.text)) var percent: String
            @Option(help: ArgumentHelp(MoneyHelpWords.fromHelp.text)) var from: String?

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
            throw ValidationError(ErrorWords.notAPercentage(option: option, text: text).text)
        }
        return value.cents
    }
}
