import ArgumentParser
import SamenCore

/// `samen skills`: the skills map of issue 16, the same numbers as the
/// dashboard's skills view in the Members pane.
struct SkillsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skills",
        abstract: SkillsCommandWords.abstract.text,
        usage: "samen skills [--weeks N] [--json] [--data DIR]",
        discussion: SkillsCommandWords.discussion.text
    )

    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption
    @Option(help: ArgumentHelp(SkillsCommandWords.weeksHelp.text, valueName: "N")) var weeks = SkillsMap.defaultWeeks

    func validate() throws {
        guard SkillsMap.weekRange.contains(weeks) else {
            throw ValidationError(ErrorWords.between(option: "--weeks", low: SkillsMap.weekRange.lowerBound, high: SkillsMap.weekRange.upperBound, got: weeks).text)
        }
    }

    func run() throws {
        let today = options.context().today
        let state = try options.readWithoutLedger()
        let map: SkillsMap
        do { map = try SkillsMap(state, capacity: CapacityIndex(state), today: today, weeks: weeks) }
        catch let e as DomainError { throw ValidationError(e.message) }
        if output.json { printJSON(map.json); return }
        if map.skills.isEmpty { printError(SkillsCommandWords.noSkills.text); return }
        Console.out(Self.table(map).render())
        printError(Self.summary(map))
    }

    static func table(_ map: SkillsMap) -> TextTable {
        typealias W = SkillsCommandWords
        var table = TextTable(W.skill.text, W.holders.text, W.spare.text, W.projects.text, W.requests.text, W.flags.text, W.who.text)
        table.rightAligned = [1, 2, 3, 4]
        table.maxWidth = [0: 24]
        for s in map.skills {
            let who = s.holders.isEmpty ? "-"
                : s.holders.map { "\($0.name) (\($0.seniority.shown), \(Decimal1.localised(HoursText.of($0.spare))))" }.joined(separator: ", ")
            table.add([s.name, String(s.holders.count), s.holders.isEmpty ? "-" : HoursText.whole(s.spare),
                       String(s.projects.count), String(s.requests.count),
                       s.flags.map { W.flag($0).text }.joined(separator: ", "), who])
        }
        return table
    }

    static func summary(_ map: SkillsMap) -> String {
        let last = map.first.advanced(by: map.weeks - 1)
        let span = map.weeks == 1 ? map.first.shown : CLIWords.span(from: map.first.shown, to: last.shown).text
        return SkillsCommandWords.summary(skills: map.skills.count, inside: map.inside, onlyOne: map.count(.onlyOne),
                                          crowded: map.count(.crowded), crowdedFrom: SkillsMap.crowdedHolders,
                                          nobodyInside: map.count(.nobodyInside), span: span, since: map.since.shown).text
    }
}
