import ArgumentParser
import SamenCore

/// `samen capacity`: spare hours of everyone, week by week, and the network's
/// totals; the same numbers as the dashboard's heat map.
struct CapacityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capacity",
        abstract: RequestHelpWords.capacityAbstract.text,
        usage: """
        samen capacity [--weeks N] [--from DATE] [--skill S]... [--min-spare H]
                       [--json] [--data DIR]
        """,
        discussion: RequestHelpWords.capacityDiscussion.text
    )

    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption
    @Option(help: ArgumentHelp(RequestHelpWords.capacityWeeksHelp.text, valueName: "N")) var weeks = 12
    @Option(help: ArgumentHelp(RequestHelpWords.capacityFromHelp.text, valueName: "DATE"))
    var from: String = "today"
    @Option(help: ArgumentHelp(RequestHelpWords.capacitySkillHelp.text, valueName: "S"))
    var skill: [String] = []
    /// Text, not Double: ArgumentParser would read `1e19` and `nan` as
    /// doubles; `Parse.hours` refuses them with the range.
    @Option(help: ArgumentHelp(RequestHelpWords.capacityMinSpareHelp.text, valueName: "H"))
    var minSpare: String?

    func validate() throws {
        guard CapacityQuery.weekRange.contains(weeks) else {
            throw ValidationError(ErrorWords.between(option: "--weeks", low: CapacityQuery.weekRange.lowerBound, high: CapacityQuery.weekRange.upperBound, got: weeks).text)
        }
        if let minSpare { _ = try Parse.hours(minSpare, option: "--min-spare") }
        for s in skill where s.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(ErrorWords.mustNotBeEmpty("--skill").text) }
    }

    func run() throws {
        let first = try Parse.week(from, option: "--from", today: options.context().today)
        let query: CapacityQuery
        do {
            query = try CapacityQuery(first: first, weeks: weeks, skills: skill.map { $0.trimmingCharacters(in: .whitespaces) },
                                      minSpare: try minSpare.map { try Parse.hours($0, option: "--min-spare").value })
        } catch let e as DomainError { throw ValidationError(e.message) }
        let state = try options.readWithoutLedger()
        let report = CapacityIndex(state).report(query, in: state)
        Spelling.warnAboutFilter(skills: query.skills, in: state)
        if output.json { printJSON(report.json); return }
        Console.out(Self.table(report).render())
        printError(Self.summary(report))
    }

    static func table(_ r: CapacityReport) -> TextTable {
        let window = r.query.window
        var table = TextTable([Heading.id.text, Heading.name.text, Heading.hoursPerWeek.text] + window.map(\.shortShown) + [Heading.total.text])
        table.rightAligned = Set(2..<(window.count + 4))
        table.maxWidth = [1: 24]
        for row in r.rows {
            let hours = row.member.contractedHours(on: max(r.query.first.monday, row.member.joined))
            table.add([row.member.id, row.member.name, hours.shown] + row.weeks.map(cell) + [HoursText.whole(row.spare)])
        }
        func totals(_ label: String, _ t: [CapacityTotals], _ value: (CapacityTotals) -> String) {
            table.add(["", label, ""] + t.map(value) + [""])
        }
        if !r.query.skills.isEmpty || r.query.minSpare != nil {
            totals(CLIWords.spareOfThese(r.rows.count).text, r.listed) { HoursText.whole($0.spare) }
        }
        totals(CLIWords.networkCapacity.text, r.network) { HoursText.whole($0.effective) }
        totals(CLIWords.networkAllocated.text, r.network) { HoursText.whole($0.allocated) }
        totals(CLIWords.networkTentative.text, r.network) { HoursText.whole($0.tentative) }
        totals(CLIWords.networkSpare.text, r.network) { HoursText.whole($0.spare) }
        totals(CLIWords.networkUtilisation.text, r.network) { $0.utilisation.map { String(Int(($0 * 100).rounded())) } ?? "-" }
        return table
    }

    /// Spare hours, `!` when overbooked, `~` when proposals would add hours.
    static func cell(_ w: WeekCapacity) -> String {
        HoursText.whole(w.spare) + (w.isOverbooked ? "!" : "") + (w.tentative > 0 ? "~" : "")
    }

    static func summary(_ r: CapacityReport) -> String {
        var what: [String] = []
        if !r.query.skills.isEmpty { what.append(CLIWords.withSkills(r.query.skills.joined(separator: CLIWords.and.text)).text) }
        if let h = r.query.minSpare { what.append(CLIWords.withAtLeast(Decimal1.localised(HoursText.of(h))).text) }
        let last = r.query.first.advanced(by: r.query.weeks - 1)
        let span = r.query.weeks == 1 ? r.query.first.shown : CLIWords.span(from: r.query.first.shown, to: last.shown).text
        let who = what.isEmpty ? "" : " " + what.joined(separator: ", ")
        return CLIWords.capacitySummary(shown: r.rows.count, of: r.rosterCount, who: who, span: span).text
    }
}
