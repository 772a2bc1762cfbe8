import ArgumentParser
import SamenCore

struct RequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Ask the network for advice or work, and list what is asked.",
        subcommands: [List.self, Add.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List open help requests, oldest first (all with --all).",
            discussion: "Example:\n  samen request list --all --json"
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Flag(help: "Include closed and withdrawn requests.") var all = false

        func run() throws {
            let state = try options.openStore().state
            let requests = state.requests.filter { all || $0.isOpen }
            if output.json { printJSON(.array(requests.map(\.json))); return }
            let today = options.context().today
            var table = TextTable("ID", "FROM", "KIND", "STATUS", "AGE", "OFFERS", "TAGS", "TEXT")
            table.rightAligned = [0, 4, 5]
            table.maxWidth = [6: 24, 7: 50]
            for r in requests {
                table.add(String(r.id), r.from, r.kind.rawValue, r.status.rawValue, "\(r.created.day.distance(to: today)) d",
                          String(r.offers.count), r.tags.joined(separator: ", "), r.text)
            }
            print(table.render())
            printError("\(requests.count) of \(state.requests.count) requests")
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask for advice, or say you need work.",
            discussion: """
            Examples:
              samen request add --from lotte --topic infographics,print \\
                    --text "Who knows a good risograph printer?"
              samen request add --from lotte --kind needs-work --hours 16
            """
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Option(help: "The member asking.") var from: String
        @Option(help: ArgumentHelp("Kind: \(RequestKind.allowedValues).")) var kind: String = RequestKind.advice.rawValue
        @Option(help: "Topic tags, comma separated.") var topic: String = ""
        @Option(help: "What you ask.") var text: String = ""
        @Option(help: "For needs-work: the hours a week you would like to fill.") var hours: Int?
        @Option(help: "Answer wanted by (YYYY-MM-DD).") var deadline: String?

        func run() throws {
            let request = HelpRequest(id: 0, from: from, kind: try Parse.value(kind, "--kind"), tags: Parse.list(topic) ?? [],
                                      text: text, hoursPerWeek: hours,
                                      deadline: try deadline.map { try Parse.day($0, option: "--deadline") }, created: .now())
            let (store, outcome) = try options.apply(.addRequest(request), json: output.json)
            if output.json, case let .addRequest(r) = outcome.applied { printJSON(store.state.request(r.id)!.json) }
        }
    }
}
