import ArgumentParser
import SamenCore

/// The member the acting person is, for options that default to "me".
func actingMemberID(_ options: DataOptions, _ state: NetworkState, option: String) throws -> String {
    guard let m = options.member(in: state) else {
        throw ValidationError("\(option) is needed: you act as '\(options.actor)', who is not a member here (or use --as LOGIN)")
    }
    return m.id
}

/// Prints the request as saved, for `--json`.
func printRequest(_ store: Store, _ id: Int) { if let r = store.state.request(id) { printJSON(r.json) } }

extension RequestCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask for advice, or say you need work.",
            discussion: """
            A new topic tag is fine; one that looks like a tag in use (say
            'infographic' beside 'infographics') is saved as typed, with a
            warning on stderr.

            Examples:
              samen request add --from lotte --topic infographics,print \\
                    --text "Who knows a good risograph printer?"
              samen request add --from lotte --kind needs-work --hours 16
            """
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Option(help: "The member asking (default: the acting person).") var from: String?
        @Option(help: ArgumentHelp("Kind: \(RequestKind.allowedValues).")) var kind: String = RequestKind.advice.rawValue
        @Option(help: "Topic tags, comma separated.") var topic: String = ""
        @Option(help: "What you ask.") var text: String = ""
        @Option(help: ArgumentHelp("For needs-work: the hours a week you would like to fill (16, 2.5 or 2,5).", valueName: "H")) var hours: String?
        @Option(help: "Answer wanted by (2026-12-07, 7-12-2026, tomorrow, fri).") var deadline: String?

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
            abstract: "Offer help on a request.",
            discussion: "Example:\n  samen request offer 12 --note \"I know a printer in Utrecht\" --as zoe"
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "The request's id.") var id: Int
        @Option(help: "A note for the asker: how you can help.") var note: String = ""
        @Option(help: "Who offers (default: the acting person).") var member: String?

        func run() throws {
            let helper = try member ?? actingMemberID(options, try options.openStore().state, option: "--member")
            let (store, _) = try options.apply(.offerHelp(request: id, member: helper, note: note), json: output.json)
            if output.json { printRequest(store, id) }
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Accept an offer on your request (it becomes matched).",
            discussion: """
            Only the asker, or a partner or coordinator, can accept. With a
            single offer, --member may be left out.

            Example:
              samen request accept 12 --member zoe --as lotte
            """
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "The request's id.") var id: Int
        @Option(help: "Whose offer to accept.") var member: String?

        func run() throws {
            var helper = member
            if helper == nil {
                guard let r = try options.openStore().state.request(id) else { throw ValidationError("request \(id) does not exist") }
                guard r.offers.count == 1 else {
                    throw ValidationError(r.offers.isEmpty ? "request \(id) has no offers yet"
                        : "say whose offer with --member: \(r.offers.map(\.member).joined(separator: ", "))")
                }
                helper = r.offers[0].member
            }
            let (store, _) = try options.apply(.acceptOffer(request: id, member: helper!), json: output.json)
            if output.json { printRequest(store, id) }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a request with a note on what came of it.",
            discussion: "Example:\n  samen request close 12 --note \"Printed at Zoë's tip. Thanks!\" --as lotte"
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "The request's id.") var id: Int
        @Option(help: "What came of it.") var note: String = ""

        func run() throws {
            let (store, _) = try options.apply(.closeRequest(request: id, note: note), json: output.json)
            if output.json { printRequest(store, id) }
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw your own request: you no longer ask.",
            discussion: "Example:\n  samen request withdraw 12 --as lotte"
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "The request's id.") var id: Int

        func run() throws {
            let (store, _) = try options.apply(.withdrawRequest(request: id), json: output.json)
            if output.json { printRequest(store, id) }
        }
    }
}
