import ArgumentParser
import SamenCore

extension ProjectCommand {
    /// `samen project suggest ID`: who should take this assignment, and why.
    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Suggest who should take an assignment, and say why.",
            usage: "samen project suggest ID [--limit N] [--json] [--data DIR]",
            discussion: """
            Members without a required skill, away the whole period, too far,
            who declined the client or left are left out. The rest are scored
            on skills, spare hours in the project's weeks, travel, solidarity
            (needs work, little work lately), rotation and seniority, weighted
            by matchingWeights in network.json. If nobody inside fits, external
            contacts with the skills are listed.

            Examples:
              samen project suggest 19
              samen project suggest 19 --limit 3 --json | jq '.suggestions[].line'
            """
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "The project's id.") var id: Int
        @Option(help: ArgumentHelp("Show the best N (1-1000).", valueName: "N")) var limit = 10

        func validate() throws {
            guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000, got \(limit)") }
        }

        func run() throws {
            let state = try options.readWithoutLedger()
            guard let project = state.project(id) else { throw ValidationError("project \(id) does not exist (see samen project list)") }
            guard !project.status.isClosed else {
                throw ValidationError("project \(id) is \(project.status.rawValue); suggestions are for open projects (incoming, proposal, active)")
            }
            let today = options.context().today
            let report = StaffingAdvisor(state, today: today).suggest(for: project, today: today, limit: limit)
            if output.json { printJSON(report.json); return }
            for line in Self.heading(report) { print(TerminalText.sanitise(line)) }
            print("")
            if report.needsATeam {
                let n = report.project.requiredSkills.count
                print("Nobody has \(n == 2 ? "both" : "all \(n)") skills: this is work for a team. Skill by skill:")
                for part in report.perSkill {
                    print("")
                    if part.suggestions.isEmpty {
                        print(TerminalText.sanitise("\(part.skill): nobody inside can take this part"))
                    } else {
                        print(TerminalText.sanitise("\(part.skill) (about \(HoursText.of(part.neededPerWeek)) h/wk of the work)"))
                        print(Self.table(part.suggestions).render())
                    }
                }
                if report.nobodyInsideQualifies { print("") }
            } else if !report.nobodyInsideQualifies {
                print(Self.table(report.suggestions).render())
            }
            if report.nobodyInsideQualifies {
                for line in Self.outside(report) { print(TerminalText.sanitise(line)) }
            }
            printError(Self.summary(report))
        }

        static func table(_ suggestions: [Suggestion]) -> TextTable {
            var table = TextTable("#", "SCORE", "ID", "NAME", "WHY")
            table.rightAligned = [0, 1]
            table.maxWidth = [3: 24]
            for (i, s) in suggestions.enumerated() {
                table.add(String(i + 1), String(format: "%.1f", s.score), s.member.id, s.member.name, s.line)
            }
            return table
        }

        static func heading(_ r: StaffingReport) -> [String] {
            let p = r.project
            var lines = ["Project \(p.id): \(p.title) for \(p.client) (\(p.status.rawValue))"]
            var when = "\(p.city) · \(p.period.start.iso) to \(p.period.end.iso) (\(p.weeks) \(p.weeks == 1 ? "week" : "weeks"))"
            let days = p.period.workingDays(in: p.period)
            // A congress of three days needs its hours in those days; "183 h/wk" would read as nonsense.
            let rate = days < 5 ? "over \(days) working \(days == 1 ? "day" : "days")" : "about \(HoursText.of(r.neededPerWeek)) h/wk"
            when += " · \(p.estimatedHours) h, \(rate) · \(r.sizeBand.rawValue) job"
            if let km = p.maxTravelKm { when += " · at most \(km) km away" }
            lines.append(when)
            let required = p.requiredSkills
            var skills = required.isEmpty ? "no required skills" : "needs " + required.joined(separator: ", ")
            if !p.optionalSkills.isEmpty { skills += "; optional: " + p.optionalSkills.joined(separator: ", ") }
            lines.append(skills)
            return lines
        }

        /// Nobody inside fits: say so, say what is missing, and who outside has it.
        static func outside(_ r: StaffingReport) -> [String] {
            var lines: [String] = []
            if r.needsATeam {
                lines.append("Nobody inside can take: \(r.uncoveredSkills.joined(separator: ", ")).")
            } else {
                lines.append("Nobody inside the network qualifies.")
            }
            if !r.skillsNobodyHas.isEmpty {
                lines.append("No member has \(r.skillsNobodyHas.joined(separator: ", ")) at all.")
            }
            if r.outside.isEmpty {
                lines.append("No external contacts with these skills on file. Add one with:")
                let skills = r.uncoveredSkills.isEmpty ? r.project.skills : r.uncoveredSkills
                lines.append("  samen member add --role external --name NAME --city CITY --skills \(skills.joined(separator: ","))")
                return lines
            }
            lines.append("Outside the network, with some of these skills:")
            for o in r.outside {
                switch o {
                case let .contact(m, skills):
                    let reach = [m.email, m.phone].compactMap { $0 }.joined(separator: ", ")
                    lines.append("  \(m.name) (\(m.id), external) · \(skills.joined(separator: ", ")) · \(m.city)\(reach.isEmpty ? "" : " · " + reach)")
                case let .pastHire(h, p, shared):
                    lines.append("  \(h.name) · hired for project \(p.id) (\(p.title); \(shared.joined(separator: ", "))): \(h.reason)")
                }
            }
            return lines
        }

        static func summary(_ r: StaffingReport) -> String {
            let shown = r.suggestions.count
            var s: String
            if r.needsATeam {
                s = "nobody has every skill; per skill: " + r.perSkill.map { "\($0.skill) \($0.candidateCount)" }.joined(separator: ", ")
            } else {
                s = r.nobodyInsideQualifies ? "no member qualifies" : "\(shown) of \(r.candidateCount) who qualify shown"
            }
            let counts = r.exclusionCounts
            if !counts.isEmpty {
                s += "; left out: " + counts.map { "\($0.count) \(Self.phrase($0.code))" }.joined(separator: ", ")
            }
            return s
        }

        static func phrase(_ code: String) -> String {
            switch code {
            case "missing-skills": return "lack a required skill"
            case "away": return "away the whole period"
            case "no-hours": return "without network hours then"
            case "too-far": return "too far"
            case "declined-client": return "declined this client"
            case "left": return "left"
            case "applicant": return "applicant"
            case "already-on-project": return "already on it"
            default: return code
            }
        }
    }

    /// `samen project optional-skills ID SKILLS`: the lead marks skills as nice to have.
    struct OptionalSkills: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "optional-skills",
            abstract: "Mark some of a project's skills as nice to have.",
            usage: "samen project optional-skills ID (SKILLS | --none) [--data DIR]",
            discussion: """
            Suggestions then leave nobody out for lacking them, but still count
            them as skills covered. --none makes every skill required again.

            Examples:
              samen project optional-skills 19 editing
              samen project optional-skills 19 --none
            """
        )
        @OptionGroup var options: DataOptions
        @Argument(help: "The project's id.") var id: Int
        @Argument(help: "Skills of the project, comma separated.") var skills: String?
        @Flag(help: "Make every skill required again.") var none = false

        func run() throws {
            if none == (skills != nil) { throw ValidationError("give the optional skills (e.g. editing,design) or --none, not both") }
            try options.apply(.markSkillsOptional(project: id, skills: none ? [] : Parse.list(skills) ?? []))
        }
    }
}
