import ArgumentParser
import SamenCore

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: ProjectHelpWords.projectAbstract.text,
        subcommands: [List.self, Show.self, Add.self, Edit.self, Triage.self, Staff.self, Won.self, Lost.self, Finish.self, Cancel.self,
                      Suggest.self, OptionalSkills.self, Ask.self, Asks.self, Answer.self],
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
            var table = TextTable(Heading.id.text, Heading.status.text, Heading.title.text, Heading.client.text, Heading.lead.text,
                                  Heading.city.text, Heading.hours.text, Heading.start.text, Heading.weeks.text)
            table.rightAligned = [0, 6, 8]
            table.maxWidth = [2: 34, 3: 24]
            for p in projects {
                table.add(String(p.id), ValueWords.status(p.status).text, p.title, p.client, p.lead ?? "-", p.city,
                          p.estimatedHours.shown, p.period.start.shown, String(p.weeks))
            }
            Console.out(table.render())
            printError(CLIWords.projectsCount(projects.count, of: state.projects.count).text)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: ProjectHelpWords.showAbstract.text, discussion: ProjectHelpWords.showDiscussion.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(ProjectHelpWords.projectIdHelp.text)) var id: Int

        func run() throws {
            let state = try options.openStore().state
            guard let p = state.project(id) else { throw ValidationError(ChangeRefusal.noProject(id).text) }
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
            typealias W = CLIWords
            var lines: [(String, String)] = [
                (W.labelID.text, String(p.id)), (W.labelTitle.text, p.title), (W.labelClient.text, p.client),
                (W.labelStatus.text, ValueWords.status(p.status).text),
                (W.labelSource.text, p.source.map { W.broughtInBy($0).text } ?? W.cameToTheCollective.text),
                (W.labelSkills.text, p.skills.joined(separator: ", ")
                    + (p.optionalSkills.isEmpty ? "" : W.optionalSkills(p.optionalSkills.joined(separator: ", ")).text)),
                (W.labelCity.text, p.city), (W.labelHours.text, p.estimatedHours.shown),
                (W.labelPeriod.text, W.period(start: p.period.start.shown, end: p.period.end.shown, weeks: p.weeks).text),
            ]
            if let b = p.budget { lines.append((W.labelBudget.text, b.format(style))) }
            lines.append((W.labelValue.text, ProjectValueText.line(for: p, in: state, today: options.context().today)))
            if let km = p.maxTravelKm { lines.append((W.labelMaxTravel.text, "\(km) km")) }
            if let l = p.lead { lines.append((W.labelLead.text, l)) }
            if let r = p.declineReason { lines.append((W.labelDeclined.text, r.label)) }
            for a in p.allocations {
                lines.append((W.labelTeam.text, "\(a.member) \(W.hoursPerWeek(a.hoursPerWeek.shown).text) \(W.range(a.range).text)"
                              + (p.status == .proposal || p.status == .incoming ? W.tentative.text : "")))
            }
            for h in p.externalHires { lines.append((W.labelExternal.text, "\(h.name): \(h.reason)")) }
            if !p.description.isEmpty { lines.append((W.labelDescription.text, p.description)) }
            for d in p.log {
                let from = d.from.map { ValueWords.status($0).text } ?? W.newProject.text
                lines.append((W.labelLog.text, "\(d.at.iso) \(d.by): \(from) -> \(ValueWords.status(d.to).text)\(d.note.isEmpty ? "" : " · \(d.shownNote)")"))
            }
            for (k, v) in lines { Console.out(DisplayWidth.fit(k, CLIWords.labelWidth) + TerminalText.sanitise(v)) }
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
            guard (1...520).contains(weeks) else { throw ValidationError(ErrorWords.between(option: "--weeks", low: 1, high: 520, got: weeks).text) }
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
            let when = v.accepted ? CLIWords.ratesOf(v.pricedOn.shown).text : CLIWords.todaysRates.text
            let parts = v.parts.map { part in
                CLIWords.valuePart(member: part.member, seniority: ValueWords.seniority(part.seniority).text,
                                   hours: "\(part.tenthsOfHours / 10),\(part.tenthsOfHours % 10)", hourly: part.hourly.format(style)).text
            }
            return CLIWords.estimated(total: v.total.format(style), hours: p.estimatedHours.shown, band: ValueWords.band(v.band).text, when: when).text
                + parts.joined(separator: ", ")
        } catch {
            return CLIWords.notEstimated("\(error)").text
        }
    }
}
