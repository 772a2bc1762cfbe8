import ArgumentParser
import SamenCore

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: ProjectHelpWords.projectAbstract.text,
        subcommands: [List.self, Show.self, Add.self, Edit.self, Triage.self, Staff.self, Won.self, Lost.self, Finish.self, Cancel.self,
                      Suggest.self, OptionalSkills.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: ProjectHelpWords.listAbstract.text,
            discussion: ProjectHelpWords.listDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Option(help: ArgumentHelp(ProjectHelpWords.listStatusHelp.text)) var status: [String] = []

        func run() throws {
            let state = try options.openStore().state
            let wanted = try Set(status.map { try Parse.value($0, "--status", ProjectStatus.self) })
            let order = ProjectStatus.allCases
            let projects = state.projects.filter { wanted.isEmpty || wanted.contains($0.status) }
                .sorted { (order.firstIndex(of: $0.status)!, $0.id) < (order.firstIndex(of: $1.status)!, $1.id) }
            if output.json { printJSON(.array(projects.map(\.json))); return }
            var table = TextTable("ID", "STATUS", "TITLE", "CLIENT", "LEAD", "CITY", "HOURS", "START", "WEEKS")
            table.rightAligned = [0, 6, 8]
            table.maxWidth = [2: 34, 3: 24]
            for p in projects {
                table.add(String(p.id), p.status.rawValue, p.title, p.client, p.lead ?? "-", p.city,
                          p.estimatedHours.description, p.period.start.iso, String(p.weeks))
            }
            Console.out(table.render())
            printError("\(projects.count) of \(state.projects.count) projects")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: ProjectHelpWords.showAbstract.text, discussion: ProjectHelpWords.showDiscussion.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(ProjectHelpWords.projectIdHelp.text)) var id: Int

        func run() throws {
            let state = try options.openStore().state
            guard let p = state.project(id) else { throw ValidationError("project \(id) does not exist") }
            if output.json {
                // The record as stored, with its estimated value (null when the card cannot price it).
                var json = p.json
                if case var .object(pairs) = json {
                    pairs.append(("estimatedValue", (try? state.estimatedValue(of: p, today: options.context().today))?.json ?? .null))
                    json = .object(pairs)
                }
                printJSON(json)
                return
            }
            let style = state.network.moneyStyle
            var lines: [(String, String)] = [
                ("id", String(p.id)), ("title", p.title), ("client", p.client), ("status", p.status.rawValue),
                ("source", p.source.map { "brought in by \($0)" } ?? "came to the collective"),
                ("skills", p.skills.joined(separator: ", ") + (p.optionalSkills.isEmpty ? "" : " (optional: \(p.optionalSkills.joined(separator: ", ")))")),
                ("city", p.city), ("hours", p.estimatedHours.description),
                ("period", "\(p.period.start) to \(p.period.end) (\(p.weeks) weeks)"),
            ]
            if let b = p.budget { lines.append(("budget", b.format(style))) }
            lines.append(("value", ProjectValueText.line(for: p, in: state, today: options.context().today)))
            if let km = p.maxTravelKm { lines.append(("max travel", "\(km) km")) }
            if let l = p.lead { lines.append(("lead", l)) }
            if let r = p.declineReason { lines.append(("declined", r.label)) }
            for a in p.allocations { lines.append(("team", "\(a.member) \(a.hoursPerWeek) h/wk \(a.range)\(p.status == .proposal || p.status == .incoming ? " (tentative)" : "")")) }
            for h in p.externalHires { lines.append(("external", "\(h.name): \(h.reason)")) }
            if !p.description.isEmpty { lines.append(("description", p.description)) }
            for d in p.log { lines.append(("log", "\(d.at.iso) \(d.by): \(d.from?.rawValue ?? "new") -> \(d.to.rawValue)\(d.note.isEmpty ? "" : " · \(d.note)")")) }
            for (k, v) in lines { Console.out(DisplayWidth.fit(k, 12) + TerminalText.sanitise(v)) }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: ProjectHelpWords.addAbstract.text,
            discussion: ProjectHelpWords.addDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Option(help: ArgumentHelp(ProjectHelpWords.titleHelp.text)) var title: String
        @Option(help: ArgumentHelp(ProjectHelpWords.clientHelp.text)) var client: String
        @Option(help: ArgumentHelp(ProjectHelpWords.skillsHelp.text)) var skills: String = ""
        @Option(help: ArgumentHelp(ProjectHelpWords.optionalSkillsHelp.text)) var optionalSkills: String = ""
        @Option(help: ArgumentHelp(ProjectHelpWords.hoursHelp.text, valueName: "H")) var hours: String
        @Option(help: ArgumentHelp(ProjectHelpWords.startHelp.text)) var start: String
        @Option(help: ArgumentHelp(ProjectHelpWords.weeksHelp.text)) var weeks: Int
        @Option(help: ArgumentHelp(ProjectHelpWords.cityHelp.text)) var city: String
        @Option(help: ArgumentHelp(ProjectHelpWords.sourceHelp.text)) var source: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.budgetHelp.text)) var budget: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.maxTravelHelp.text)) var maxTravel: Int?
        @Option(help: ArgumentHelp(ProjectHelpWords.descriptionHelp.text)) var description: String = ""
        @OptionGroup var spelling: SpellingOptions

        func run() throws {
            guard (1...520).contains(weeks) else { throw ValidationError("--weeks must be between 1 and 520, got \(weeks)") }
            let first = try Parse.day(start, option: "--start")
            let project = Project(id: 0, title: title, client: client, source: source, description: description,
                                  skills: Parse.list(skills) ?? [], optionalSkills: Parse.list(optionalSkills) ?? [], city: city, estimatedHours: try Parse.hours(hours, option: "--hours", in: Limits.storedHours),
                                  period: DateRange(start: first, weeks: weeks),
                                  budget: try budget.map { try Parse.money($0, option: "--budget") },
                                  maxTravelKm: maxTravel, received: .now())
            let store = try options.openStore()
            try spelling.check(skills: project.skills, city: project.city, in: store.state)
            let outcome = try options.apply(.addProject(project), to: store, json: output.json)
            if output.json, case let .addProject(p) = outcome.applied { printJSON(store.state.project(p.id)!.json) }
        }
    }
}

/// The estimated value as one line of `samen project show`: the total, the day
/// whose rate card prices it, and each member's hours at their rate.
enum ProjectValueText {
    static func line(for p: Project, in state: NetworkState, today: Day) -> String {
        let style = state.network.moneyStyle
        do {
            let v = try state.estimatedValue(of: p, today: today)
            let when = v.accepted ? "the rates of \(v.pricedOn), when it was accepted" : "today's rates (not accepted yet)"
            let parts = v.parts.map { part in
                "\(part.member) (\(part.seniority.rawValue)) \(part.tenthsOfHours / 10),\(part.tenthsOfHours % 10) h × \(part.hourly.format(style))"
            }
            return "\(v.total.format(style)) estimated: \(p.estimatedHours) h, a \(v.band.rawValue) project, at \(when); " + parts.joined(separator: ", ")
        } catch {
            return "not estimated: \(error)"
        }
    }
}
