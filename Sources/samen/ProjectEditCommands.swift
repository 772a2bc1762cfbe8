import ArgumentParser
import SamenCore

/// Changing an assignment's details and calling it off: the same domain
/// changes a dashboard form sends, logged in the project's decision log.
extension ProjectCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an open assignment's details; only the options given change.",
            discussion: """
            The lead, those who triage and partners or coordinators may edit it. A new
            --start keeps the number of weeks unless --weeks is given too; a period
            that would leave a team member's hours outside it is refused (change the
            team first). Each edit is written in the decision log with what changed.

            Examples:
              samen project edit 21 --hours 80 --weeks 3
              samen project edit 21 --title "Congress media team 2027" --budget 7.250,00
              samen project edit 21 --no-max-travel
            """
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "The project's id.") var id: Int
        @Option(help: "What the assignment is called.") var title: String?
        @Option(help: "Who it is for.") var client: String?
        @Option(help: "Description.") var description: String?
        @Option(help: "Required skills, comma separated (replacing the list).") var skills: String?
        @Option(help: ArgumentHelp("Estimated hours in total (in half hours: 60 or 7,5).", valueName: "H")) var hours: String?
        @Option(help: "First day (2026-12-07, 7-12-2026, tomorrow, mon).") var start: String?
        @Option(help: "Length in weeks.") var weeks: Int?
        @Option(help: "Where the work is (for travel).") var city: String?
        @Option(help: "Budget, e.g. 12500 or 12.500,00.") var budget: String?
        @Flag(help: "Take the budget off.") var noBudget = false
        @Option(help: "Farthest a member should travel, in km.") var maxTravel: Int?
        @Flag(help: "Take the maximum travel off.") var noMaxTravel = false
        @OptionGroup var spelling: SpellingOptions

        func validate() throws {
            if budget != nil, noBudget { throw ValidationError("give --budget or --no-budget, not both") }
            if maxTravel != nil, noMaxTravel { throw ValidationError("give --max-travel or --no-max-travel, not both") }
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
            if e.isEmpty { throw ValidationError("say what to change, e.g. --hours 80 or --title \"...\" (see samen project edit --help)") }
            let store = try options.openStore()
            try spelling.check(skills: e.skills ?? [], city: e.city, in: store.state)
            try ProjectCommand.applyAll([.editProject(e)], to: store, options: options, json: output.json)
            ProjectCommand.printProject(id, from: store, json: output.json)
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Call off an open assignment, saying why (written in the decision log).",
            discussion: """
            An incoming assignment is cancelled by those who triage; one under way by
            its lead, those who triage, or partners and coordinators.

            Example:
              samen project cancel 21 --reason "The client's funding fell through"
            """
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "The project's id.") var id: Int
        @Option(help: "Why it is called off.") var reason: String

        func run() throws {
            let store = try options.openStore()
            try ProjectCommand.applyAll([.moveProject(project: id, to: .cancelled, reason: nil, note: reason)],
                                        to: store, options: options, json: output.json)
            ProjectCommand.printProject(id, from: store, json: output.json)
        }
    }
}
