import ArgumentParser
import SamenCore

/// Changing an assignment's details and calling it off: the same domain
/// changes a dashboard form sends, logged in the project's decision log.
extension ProjectCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: ProjectHelpWords.editAbstract.text,
            discussion: ProjectHelpWords.editDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(ProjectHelpWords.projectIdHelp.text)) var id: Int
        @Option(help: ArgumentHelp(ProjectHelpWords.titleHelp.text)) var title: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.clientHelp.text)) var client: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.descriptionHelp.text)) var description: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.editSkillsHelp.text)) var skills: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.hoursHelp.text, valueName: "H")) var hours: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.startHelp.text)) var start: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.weeksHelp.text)) var weeks: Int?
        @Option(help: ArgumentHelp(ProjectHelpWords.cityHelp.text)) var city: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.budgetHelp.text)) var budget: String?
        @Flag(help: ArgumentHelp(ProjectHelpWords.noBudgetHelp.text)) var noBudget = false
        @Option(help: ArgumentHelp(ProjectHelpWords.maxTravelHelp.text)) var maxTravel: Int?
        @Flag(help: ArgumentHelp(ProjectHelpWords.noMaxTravelHelp.text)) var noMaxTravel = false
        @OptionGroup var spelling: SpellingOptions

        func validate() throws {
            if budget != nil, noBudget { throw ValidationError(ErrorWords.notBoth("--budget", "--no-budget").text) }
            if maxTravel != nil, noMaxTravel { throw ValidationError(ErrorWords.notBoth("--max-travel", "--no-max-travel").text) }
            if let weeks { try Parse.integer(weeks, option: "--weeks", in: Limits.weeks) }
            if let hours { _ = try Parse.hours(hours, option: "--hours", in: Limits.estimatedHours) }
            if let maxTravel { try Parse.integer(maxTravel, option: "--max-travel", in: Limits.kilometres, unit: "km") }
        }

        func run() throws {
            var e = ProjectEdit(project: id)
            e.title = title; e.client = client; e.description = description; e.skills = Parse.list(skills)
            e.estimatedHours = try hours.map { try Parse.hours($0, option: "--hours", in: Limits.estimatedHours) }; e.start = try start.map { try Parse.day($0, option: "--start") }; e.weeks = weeks
            e.city = city; e.budget = try budget.map { try Parse.money($0, option: "--budget") }; e.clearBudget = noBudget
            e.maxTravelKm = maxTravel; e.clearMaxTravel = noMaxTravel
            if e.isEmpty { throw ValidationError(ErrorWords.sayWhatToChangeProject.text) }
            let store = try options.openStore()
            try spelling.check(skills: e.skills ?? [], city: e.city, in: store.state)
            try ProjectCommand.applyAll([.editProject(e)], to: store, options: options, json: output.json)
            ProjectCommand.printProject(id, from: store, json: output.json)
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: ProjectHelpWords.cancelAbstract.text,
            discussion: ProjectHelpWords.cancelDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(ProjectHelpWords.projectIdHelp.text)) var id: Int
        @Option(help: ArgumentHelp(ProjectHelpWords.cancelReasonHelp.text)) var reason: String

        func run() throws {
            let store = try options.openStore()
            try ProjectCommand.applyAll([.moveProject(project: id, to: .cancelled, reason: nil, note: reason)],
                                        to: store, options: options, json: output.json)
            ProjectCommand.printProject(id, from: store, json: output.json)
        }
    }
}
