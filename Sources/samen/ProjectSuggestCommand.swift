import ArgumentParser
import SamenCore

extension ProjectCommand {
    /// `samen project suggest ID`: who should take this assignment, and why.
    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: ProjectHelpWords.suggestAbstract.text,
            usage: "samen project suggest ID [--limit N] [--json] [--data DIR]",
            discussion: ProjectHelpWords.suggestDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(ProjectHelpWords.projectIdHelp.text)) var id: Int
        @Option(help: ArgumentHelp(ProjectHelpWords.suggestLimitHelp.text, valueName: "N")) var limit = 10

        func validate() throws {
            guard (1...1000).contains(limit) else { throw ValidationError(ErrorWords.between(option: "--limit", low: 1, high: 1000, got: limit).text) }
        }

        func run() throws {
            let state = try options.readWithoutLedger()
            guard let project = state.project(id) else { throw ValidationError(ErrorWords.projectDoesNotExistSeeList(id).text) }
            guard !project.status.isClosed else {
                throw ValidationError(ErrorWords.suggestionsForOpen(id: id, status: project.status.rawValue).text)
            }
            let today = options.context().today
            let report = StaffingAdvisor(state, today: today).suggest(for: project, today: today, limit: limit)
            if output.json { printJSON(report.json); return }
            for line in StaffingReportText.heading(report) { Console.out(TerminalText.sanitise(line)) }
            Console.out("")
            if let team = report.team {
                TeamProposalTable.write(team)
                Console.out("")
                if !report.needsATeam && !report.suggestions.isEmpty { Console.out(TeamWords.alternativesHeading.text) }
            }
            if report.needsATeam {
                Console.out(StaffingReportText.teamIntro(report))
                for part in report.perSkill {
                    Console.out("")
                    Console.out(TerminalText.sanitise(StaffingReportText.skillHeading(part, of: report.project)))
                    if !part.suggestions.isEmpty { Console.out(Self.table(part.suggestions).render()) }
                }
                if report.nobodyInsideQualifies { Console.out("") }
            } else if !report.nobodyInsideQualifies {
                Console.out(Self.table(report.suggestions).render())
            }
            if report.nobodyInsideQualifies {
                for line in Self.outside(report) { Console.out(TerminalText.sanitise(line)) }
            }
            printError(StaffingReportText.summary(report))
        }

        static func table(_ suggestions: [Suggestion]) -> TextTable {
            var table = TextTable("#", Heading.score.text, Heading.id.text, Heading.name.text, Heading.why.text)
            table.rightAligned = [0, 1]
            table.maxWidth = [3: 24]
            for (i, s) in suggestions.enumerated() {
                table.add(String(i + 1), StaffingReportText.score(s.score), s.member.id, s.member.name, s.line)
            }
            return table
        }

        /// Nobody inside fits: the shared words, and the command that adds a contact.
        static func outside(_ r: StaffingReport) -> [String] {
            var lines = StaffingReportText.outside(r, howToAddOne: CLIWords.addOneWith.text)
            if r.outside.isEmpty {
                let skills = r.uncoveredSkills.isEmpty ? r.project.skills : r.uncoveredSkills
                lines.append("  samen member add --role external --name NAME --city CITY --skills \(skills.joined(separator: ","))")
            }
            return lines
        }
    }

    /// `samen project optional-skills ID SKILLS`: the lead marks skills as nice to have.
    struct OptionalSkills: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "optional-skills",
            abstract: ProjectHelpWords.optionalAbstract.text,
            usage: "samen project optional-skills ID (SKILLS | --none) [--data DIR]",
            discussion: ProjectHelpWords.optionalDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(ProjectHelpWords.projectIdHelp.text)) var id: Int
        @Argument(help: ArgumentHelp(ProjectHelpWords.optionalSkillsArgumentHelp.text)) var skills: String?
        @Flag(help: ArgumentHelp(ProjectHelpWords.optionalNoneHelp.text)) var none = false

        func run() throws {
            if none == (skills != nil) { throw ValidationError(ErrorWords.optionalOrNone.text) }
            try options.apply(.markSkillsOptional(project: id, skills: none ? [] : Parse.list(skills) ?? []))
        }
    }
}
