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
            abstract: ProjectHelpWords.triageAbstract.text,
            discussion: ProjectHelpWords.triageDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(ProjectHelpWords.projectIdHelp.text)) var id: Int
        @Flag(help: ArgumentHelp(ProjectHelpWords.triageAcceptHelp.text)) var accept = false
        @Option(help: ArgumentHelp(ProjectHelpWords.triageLeadHelp.text)) var lead: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.triageDeclineHelp.text, valueName: "REASON")) var decline: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.noteHelp.text)) var note: String = ""

        func validate() throws {
            guard accept != (decline != nil) else { throw ValidationError(ErrorWords.exactlyAcceptOrDecline.text) }
            if decline != nil, lead != nil { throw ValidationError(ErrorWords.leadGoesWithAccept.text) }
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
            abstract: ProjectHelpWords.staffAbstract.text,
            discussion: ProjectHelpWords.staffDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(ProjectHelpWords.projectIdHelp.text)) var id: Int
        @Option(help: ArgumentHelp(ProjectHelpWords.staffMemberHelp.text)) var member: String
        @Option(help: ArgumentHelp(ProjectHelpWords.staffHoursHelp.text, valueName: "H")) var hours: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.staffFromHelp.text)) var from: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.staffWeeksHelp.text)) var weeks: Int?
        @Flag(help: ArgumentHelp(ProjectHelpWords.staffAllowOverbookingHelp.text)) var allowOverbooking = false
        @Flag(help: ArgumentHelp(ProjectHelpWords.staffRemoveHelp.text)) var remove = false

        func validate() throws {
            if remove {
                guard hours == nil, from == nil, weeks == nil else { throw ValidationError(ErrorWords.removeTakesNoHours.text) }
            } else {
                guard let hours else { throw ValidationError(ErrorWords.hoursNeeded.text) }
                let h = try Parse.hours(hours, option: "--hours")
                guard h > 0 else { throw ValidationError(ErrorWords.hoursMoreThanZero.text) }
            }
            if let weeks, !(1...520).contains(weeks) { throw ValidationError(ErrorWords.between(option: "--weeks", low: 1, high: 520, got: weeks).text) }
        }

        func run() throws {
            let store = try options.openStore()
            if remove {
                try ProjectCommand.applyAll([.removeAllocation(project: id, member: member)], to: store, options: options, json: output.json)
                ProjectCommand.printProject(id, from: store, json: output.json)
                return
            }
            let state = store.state
            guard let project = state.project(id) else { throw DomainError(ChangeRefusal.noProject(id)) }
            let start = try from.map { try Parse.day($0, option: "--from") } ?? project.period.start
            let end = weeks.map { start.advanced(by: $0 * 7 - 1) } ?? project.period.end
            guard let range = DateRange(start, end) else {
                throw ValidationError(ErrorWords.fromAfterEnd(from: start.shown, end: project.period.end.shown).text)
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
                    throw DomainError(StaffingWords.wouldBeOverbooked(name, weeks: over.map(\.description)))
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
        @Argument(help: ArgumentHelp(ProjectHelpWords.projectIdHelp.text)) var id: Int
        @Option(help: ArgumentHelp(ProjectHelpWords.noteHelp.text)) var note: String = ""

        func run(to status: ProjectStatus) throws {
            let store = try options.openStore()
            try ProjectCommand.applyAll([.moveProject(project: id, to: status, reason: nil, note: note)],
                                        to: store, options: options, json: output.json)
            ProjectCommand.printProject(id, from: store, json: output.json)
        }
    }

    struct Won: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: ProjectHelpWords.wonAbstract.text,
            discussion: ProjectHelpWords.wonDiscussion.text)
        @OptionGroup var move: Move
        func run() throws { try move.run(to: .active) }
    }

    struct Lost: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: ProjectHelpWords.lostAbstract.text,
            discussion: ProjectHelpWords.lostDiscussion.text)
        @OptionGroup var move: Move
        func run() throws { try move.run(to: .lost) }
    }

    struct Finish: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: ProjectHelpWords.finishAbstract.text,
            discussion: ProjectHelpWords.finishDiscussion.text)
        @OptionGroup var move: Move
        func run() throws { try move.run(to: .done) }
    }
}
