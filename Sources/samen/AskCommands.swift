import ArgumentParser
import SamenCore

/// `samen project ask`, `asks` and `answer`: asking members whether they want
/// to join a project before they are staffed, and their answers.
extension ProjectCommand {
    struct Ask: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: AskCommandWords.askAbstract.text, discussion: AskCommandWords.askDiscussion.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(ProjectHelpWords.projectIdHelp.text)) var id: Int
        @Argument(help: ArgumentHelp(AskCommandWords.membersHelp.text)) var members: [String] = []
        @Option(help: ArgumentHelp(AskCommandWords.askHoursHelp.text, valueName: "H")) var hours: String?
        @Flag(help: ArgumentHelp(AskCommandWords.teamHelp.text)) var team = false
        @Option(help: ArgumentHelp(ProjectHelpWords.noteHelp.text)) var note: String = ""

        func validate() throws {
            if team {
                guard members.isEmpty, hours == nil else { throw ValidationError(AskCommandWords.teamAlone.text) }
            } else {
                guard !members.isEmpty else { throw ValidationError(AskCommandWords.membersOrTeam.text) }
                guard hours != nil else { throw ValidationError(AskCommandWords.hoursNeeded.text) }
            }
        }

        func run() throws {
            let store = try options.openStore()
            let change: Change
            if team {
                change = try teamChange(store.state)
            } else {
                let h = try Parse.hours(hours ?? "", option: "--hours")
                guard h > 0 else { throw ValidationError(ErrorWords.hoursMoreThanZero.text) }
                change = .askToJoin(project: id, members: members, hoursPerWeek: h, note: note)
            }
            try options.apply(change, to: store, json: output.json)
            ProjectCommand.printProject(id, from: store, json: output.json)
        }

        /// The proposed team as `samen project suggest` shows it, each asked
        /// for the hours proposed for them; who has an open question already
        /// is left out. The rules then decide as for any question.
        func teamChange(_ state: NetworkState) throws -> Change {
            guard let project = state.project(id) else { throw DomainError(ChangeRefusal.noProject(id)) }
            let today = options.context().today
            guard !project.status.isClosed,
                  let team = StaffingAdvisor(state, today: today).suggest(for: project, today: today).team, !team.members.isEmpty else {
                throw DomainError(AskCommandWords.noTeamProposed(id))
            }
            guard let change = team.askChange(project, note: note) else { throw DomainError(AskCommandWords.everyoneAsked(id)) }
            return change
        }
    }

    struct Asks: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: AskCommandWords.asksAbstract.text, discussion: AskCommandWords.asksDiscussion.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Flag(help: ArgumentHelp(AskCommandWords.allHelp.text)) var all = false

        func run() throws {
            let state = try options.openStore().state
            let today = options.context().today
            let list: [(project: Project, ask: JoinAsk)]
            if all {
                list = state.openAsks()
            } else {
                guard let me = try state.acting(options.context()).member else { throw ValidationError(AskCommandWords.whoAreYou(options.actor).text) }
                list = state.asks(of: me.id)
            }
            if output.json {
                printJSON(.array(list.map { item in
                    var b = JSONObjectBuilder()
                    b.set("project", item.project.id); b.set("title", item.project.title); b.set("client", item.project.client)
                    b.set("state", item.ask.stateCode)
                    b.set("ageDays", item.ask.ageInDays(on: today))
                    if case let .object(pairs) = item.ask.json { for (k, v) in pairs { b.set(k, v) } }
                    return b.value
                }))
                return
            }
            if list.isEmpty {
                Console.out((all ? AskCommandWords.noOpenQuestions : AskCommandWords.nothingAsked).text)
                return
            }
            var table = TextTable(Heading.id.text, Heading.title.text, Heading.client.text, Heading.member.text,
                                  Heading.hours.text, AskCommandWords.askedBy.text, AskCommandWords.state.text, Heading.note.text)
            table.rightAligned = [0, 4]
            table.maxWidth = [1: 34, 2: 24, 7: 40]
            for (p, a) in list {
                table.add(String(p.id), p.title, p.client, state.member(a.member)?.name ?? a.member, a.hoursPerWeek.shown,
                          state.member(a.by)?.name ?? a.by, JoinWords.state(a, today: today).text, a.note)
            }
            Console.out(table.render())
        }
    }

    struct Answer: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: AskCommandWords.answerAbstract.text, discussion: AskCommandWords.answerDiscussion.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(ProjectHelpWords.projectIdHelp.text)) var id: Int
        @Flag(help: ArgumentHelp(AskCommandWords.yesHelp.text)) var yes = false
        @Flag(help: ArgumentHelp(AskCommandWords.noHelp.text)) var no = false
        @Option(help: ArgumentHelp(AskCommandWords.answerHoursHelp.text, valueName: "H")) var hours: String?
        @Option(help: ArgumentHelp(AskCommandWords.reasonHelp.text, valueName: "REASON")) var reason: String?
        @Option(help: ArgumentHelp(ProjectHelpWords.noteHelp.text)) var note: String = ""
        @Option(help: ArgumentHelp(AskCommandWords.memberHelp.text)) var member: String?

        func validate() throws {
            guard yes != no else { throw ValidationError(AskCommandWords.yesOrNo.text) }
            if yes, reason != nil { throw ValidationError(AskCommandWords.reasonGoesWithNo.text) }
            if no, hours != nil { throw ValidationError(AskCommandWords.hoursGoWithYes.text) }
        }

        func run() throws {
            let store = try options.openStore()
            let state = store.state
            let who: String
            if let member { who = member } else {
                guard let me = try state.acting(options.context()).member else { throw ValidationError(AskCommandWords.whoAreYou(options.actor).text) }
                who = me.id
            }
            let reply: JoinReply
            if yes {
                // Without --hours, the hours asked.
                let asked = state.project(id)?.ask(to: who)?.hoursPerWeek
                let h = try hours.map { try Parse.hours($0, option: "--hours") } ?? asked ?? .zero
                reply = .yes(hoursPerWeek: h)
            } else {
                reply = .no(reason: try reason.map { try Parse.value($0, "--reason", JoinDeclineReason.self) }, note: note)
            }
            try options.apply(.answerAsk(project: id, member: who, reply: reply), to: store, json: output.json)
            ProjectCommand.printProject(id, from: store, json: output.json)
        }
    }
}

extension JoinAsk {
    /// "open", "yes" or "no", for scripts.
    var stateCode: String {
        switch answer {
        case nil: return "open"
        case .yes?: return "yes"
        case .no?: return "no"
        }
    }
}
