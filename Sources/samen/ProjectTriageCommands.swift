import ArgumentParser
import SamenCore

/// Triage from the command line (issue 5): the same domain changes the
/// dashboard makes, so a script can take assignments through the pipeline
/// and an open dashboard shows each step within a second.
extension ProjectCommand {
    /// Applies `changes` in order as one change: all of them, with one
    /// history line, or none when a step is refused.
    static func applyAll(_ changes: [Change], to store: Store, options: DataOptions, json: Bool) throws {
        try options.apply(Change.one(changes), to: store, json: json)
    }

    static func printProject(_ id: Int, from store: Store, json: Bool) {
        if json, let p = store.state.project(id) { printJSON(p.json) }
    }

    struct Triage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Accept an incoming assignment into proposal, or decline it.",
            discussion: """
            Accepting needs a lead (main contractor): give --lead unless the project
            has one. Declining needs a reason: \(DeclineReason.allowedValues);
            'other' needs a --note saying why.

            Examples:
              samen project triage 21 --accept --lead thijs
              samen project triage 22 --decline no-capacity --note "Busy until March"
            """
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "The project's id.") var id: Int
        @Flag(help: "Take it on: it becomes a proposal.") var accept = false
        @Option(help: "The lead (main contractor), a member id.") var lead: String?
        @Option(help: ArgumentHelp("Decline it, for this reason.", valueName: "REASON")) var decline: String?
        @Option(help: "Why, in a few words (recorded in the decision log).") var note: String = ""

        func validate() throws {
            guard accept != (decline != nil) else { throw ValidationError("give exactly one of --accept or --decline REASON") }
            if decline != nil, lead != nil { throw ValidationError("--lead goes with --accept, not with --decline") }
        }

        func run() throws {
            let store = try options.openStore()
            var changes: [Change] = []
            if accept {
                let current = store.state.project(id)
                if let lead, lead != current?.lead { changes.append(.setLead(project: id, member: lead)) }
                changes.append(.moveProject(project: id, to: .proposal, reason: nil, note: note))
            } else if let decline {
                let reason = try Parse.value(decline, "--decline", DeclineReason.self)
                changes.append(.moveProject(project: id, to: .declined, reason: reason, note: note))
            }
            try ProjectCommand.applyAll(changes, to: store, options: options, json: output.json)
            ProjectCommand.printProject(id, from: store, json: output.json)
        }
    }

    struct Staff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put a member on a project's team, change their hours, or take them off.",
            discussion: """
            The hours count as tentative while the project is a proposal and as
            allocated once it is won. A member who would be overbooked in some week
            is refused with the weeks, unless --allow-overbooking says it is meant.

            Examples:
              samen project staff 21 --member thijs --hours 16
              samen project staff 21 --member daan --hours 8 --from 2026-12-07 --weeks 2
              samen project staff 21 --member daan --remove
            """
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "The project's id.") var id: Int
        @Option(help: "The member, by id.") var member: String
        @Option(help: ArgumentHelp("Hours per week (in half hours: 16, 2.5 or 2,5).", valueName: "H")) var hours: String?
        @Option(help: "First day on the project (default: the project's start).") var from: String?
        @Option(help: "Weeks on the project (default: to the project's end).") var weeks: Int?
        @Flag(help: "Staff them even where that overbooks them.") var allowOverbooking = false
        @Flag(help: "Take the member off the team.") var remove = false

        func validate() throws {
            if remove {
                guard hours == nil, from == nil, weeks == nil else { throw ValidationError("--remove takes no --hours, --from or --weeks") }
            } else {
                guard let hours else { throw ValidationError("--hours is needed (or --remove)") }
                let h = try Parse.hours(hours, option: "--hours")
                guard h > 0 else { throw ValidationError("--hours must be more than 0 (--remove takes a member off)") }
            }
            if let weeks, !(1...520).contains(weeks) { throw ValidationError("--weeks must be between 1 and 520, got \(weeks)") }
        }

        func run() throws {
            let store = try options.openStore()
            if remove {
                try ProjectCommand.applyAll([.removeAllocation(project: id, member: member)], to: store, options: options, json: output.json)
                ProjectCommand.printProject(id, from: store, json: output.json)
                return
            }
            let state = store.state
            guard let project = state.project(id) else { throw DomainError("project \(id) does not exist") }
            let start = try from.map { try Parse.day($0, option: "--from") } ?? project.period.start
            let end = weeks.map { start.advanced(by: $0 * 7 - 1) } ?? project.period.end
            guard let range = DateRange(start, end) else {
                throw ValidationError("--from \(start.iso) is after the project's end (\(project.period.end.iso))")
            }
            let allocation = Allocation(member: member, hoursPerWeek: try Parse.hours(hours ?? "", option: "--hours"), range: range)
            // The domain's rules first (someone who leaves, a period outside the
            // project's): they forbid, where overbooking only asks.
            var trial = state
            _ = try trial.apply(.allocate(project: id, allocation), context: options.context())
            if !allowOverbooking {
                let over = state.overbookedWeeks(adding: allocation, to: id)
                if !over.isEmpty {
                    let name = state.member(member)?.name ?? member
                    throw DomainError("\(name) would be overbooked in \(over.map(\.description).joined(separator: ", ")); "
                                      + "pass --allow-overbooking to staff them anyway")
                }
            }
            try ProjectCommand.applyAll([.allocate(project: id, allocation)], to: store, options: options, json: output.json)
            ProjectCommand.printProject(id, from: store, json: output.json)
        }
    }

    /// won, lost and finish: one step of the pipeline each.
    struct Move: ParsableCommand {
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "The project's id.") var id: Int
        @Option(help: "Why, in a few words (recorded in the decision log).") var note: String = ""

        func run(to status: ProjectStatus) throws {
            let store = try options.openStore()
            try ProjectCommand.applyAll([.moveProject(project: id, to: status, reason: nil, note: note)],
                                        to: store, options: options, json: output.json)
            ProjectCommand.printProject(id, from: store, json: output.json)
        }
    }

    struct Won: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The client said yes: a proposal becomes active, its tentative hours allocated.",
            discussion: "Example:\n  samen project won 21 --note \"Signed on Friday\"")
        @OptionGroup var move: Move
        func run() throws { try move.run(to: .active) }
    }

    struct Lost: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The client said no: a proposal is lost.",
            discussion: "Example:\n  samen project lost 21 --note \"Went to a bigger agency\"")
        @OptionGroup var move: Move
        func run() throws { try move.run(to: .lost) }
    }

    struct Finish: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The work is done: an active project is finished.",
            discussion: "Example:\n  samen project finish 12")
        @OptionGroup var move: Move
        func run() throws { try move.run(to: .done) }
    }
}
