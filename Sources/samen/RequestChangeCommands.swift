import ArgumentParser
import SamenCore

/// The member the acting person is, for options that default to "me".
func actingMemberID(_ options: DataOptions, _ state: NetworkState, option: String) throws -> String {
    guard let m = options.member(in: state) else {
        throw ValidationError(ErrorWords.actingNotAMember(option: option, actor: options.actor).text)
    }
    return m.id
}

/// Prints the request as saved, for `--json`.
func printRequest(_ store: Store, _ id: Int) { if let r = store.state.request(id) { printJSON(r.json) } }

extension RequestCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: RequestHelpWords.addAbstract.text,
            discussion: RequestHelpWords.addDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Option(help: ArgumentHelp(RequestHelpWords.addFromHelp.text)) var from: String?
        @Option(help: ArgumentHelp(RequestHelpWords.addKindHelp.text)) var kind: String = RequestKind.advice.rawValue
        @Option(help: ArgumentHelp(RequestHelpWords.addTopicHelp.text)) var topic: String = ""
        @Option(help: ArgumentHelp(RequestHelpWords.addTextHelp.text)) var text: String = ""
        @Option(help: ArgumentHelp(RequestHelpWords.addHoursHelp.text, valueName: "H")) var hours: String?
        @Option(help: ArgumentHelp(RequestHelpWords.addDeadlineHelp.text)) var deadline: String?

        func run() throws {
            let asker = try from ?? actingMemberID(options, try options.openStore().state, option: "--from")
            let request = HelpRequest(id: 0, from: asker, kind: try Parse.value(kind, "--kind"), tags: Parse.list(topic) ?? [],
                                      text: text, hoursPerWeek: try hours.map { try Parse.hours($0, option: "--hours", in: Limits.storedHours) },
                                      deadline: try deadline.map { try Parse.day($0, option: "--deadline") }, created: .now())
            let (store, outcome) = try options.apply(.addRequest(request), json: output.json)
            if output.json, case let .addRequest(r) = outcome.applied { printRequest(store, r.id) }
        }
    }

    struct OfferCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "offer",
            abstract: RequestHelpWords.offerAbstract.text,
            discussion: RequestHelpWords.offerDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(RequestHelpWords.requestIdHelp.text)) var id: Int
        @Option(help: ArgumentHelp(RequestHelpWords.offerNoteHelp.text)) var note: String = ""
        @Option(help: ArgumentHelp(RequestHelpWords.offerMemberHelp.text)) var member: String?

        func run() throws {
            let helper = try member ?? actingMemberID(options, try options.openStore().state, option: "--member")
            let (store, _) = try options.apply(.offerHelp(request: id, member: helper, note: note), json: output.json)
            if output.json { printRequest(store, id) }
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: RequestHelpWords.acceptAbstract.text,
            discussion: RequestHelpWords.acceptDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(RequestHelpWords.requestIdHelp.text)) var id: Int
        @Option(help: ArgumentHelp(RequestHelpWords.acceptMemberHelp.text)) var member: String?

        func run() throws {
            var helper = member
            if helper == nil {
                guard let r = try options.openStore().state.request(id) else { throw ValidationError(ChangeRefusal.noRequest(id).text) }
                guard r.offers.count == 1 else {
                    throw ValidationError(r.offers.isEmpty ? ErrorWords.noOffersYet(id).text
                        : ErrorWords.sayWhoseOffer(r.offers.map(\.member).joined(separator: ", ")).text)
                }
                helper = r.offers[0].member
            }
            let (store, _) = try options.apply(.acceptOffer(request: id, member: helper!), json: output.json)
            if output.json { printRequest(store, id) }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: RequestHelpWords.closeAbstract.text,
            discussion: RequestHelpWords.closeDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(RequestHelpWords.requestIdHelp.text)) var id: Int
        @Option(help: ArgumentHelp(RequestHelpWords.closeNoteHelp.text)) var note: String = ""

        func run() throws {
            let (store, _) = try options.apply(.closeRequest(request: id, note: note), json: output.json)
            if output.json { printRequest(store, id) }
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: RequestHelpWords.withdrawAbstract.text,
            discussion: RequestHelpWords.withdrawDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(RequestHelpWords.requestIdHelp.text)) var id: Int

        func run() throws {
            let (store, _) = try options.apply(.withdrawRequest(request: id), json: output.json)
            if output.json { printRequest(store, id) }
        }
    }
}
