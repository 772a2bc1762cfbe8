import ArgumentParser
import SamenCore

struct RequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: RequestHelpWords.requestAbstract.text,
        discussion: RequestHelpWords.requestDiscussion.text,
        subcommands: [List.self, Show.self, Add.self, OfferCommand.self, Accept.self, Close.self, Withdraw.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: RequestHelpWords.listAbstract.text,
            discussion: RequestHelpWords.listDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Flag(help: ArgumentHelp(RequestHelpWords.listAllHelp.text)) var all = false
        @Flag(help: ArgumentHelp(RequestHelpWords.listMineHelp.text)) var mine = false
        @Option(help: ArgumentHelp(RequestHelpWords.listKindHelp.text)) var kind: String?
        @Option(help: ArgumentHelp(RequestHelpWords.listFromHelp.text)) var from: String?

        func run() throws {
            let state = try options.openStore().state
            let kind = try self.kind.map { try Parse.value($0, "--kind", RequestKind.self) }
            var me: String?
            if mine {
                guard let m = options.member(in: state) else {
                    throw ValidationError("--mine: you act as '\(options.actor)', who is not a member here; add --as LOGIN")
                }
                me = m.id
            }
            let requests = state.requests.filter { r in
                (all || r.isOpen) && (kind == nil || r.kind == kind) && (from == nil || r.from == from)
                    && (me.map { r.involves($0) } ?? true)
            }
            if output.json { printJSON(.array(requests.map(\.json))); return }
            let today = options.context().today
            var table = TextTable("ID", "FROM", "KIND", "STATUS", "AGE", "OFFERS", "TOPIC", "TEXT")
            table.rightAligned = [0, 4, 5]
            table.maxWidth = [1: 20, 6: 24, 7: 50]
            for r in requests {
                table.add(String(r.id), state.member(r.from)?.name ?? r.from, r.kind.rawValue, r.status.rawValue,
                          "\(r.ageInDays(on: today)) d", String(r.offers.count), r.tags.joined(separator: ", "), r.text)
            }
            Console.out(table.render())
            printError("\(requests.count) of \(state.requests.count) requests")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: RequestHelpWords.showAbstract.text,
            discussion: RequestHelpWords.showDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(RequestHelpWords.requestIdHelp.text)) var id: Int
        @Option(help: ArgumentHelp(RequestHelpWords.showHelpersHelp.text)) var helpers: Int = 5

        func run() throws {
            let state = try options.openStore().state
            guard let r = state.request(id) else { throw ValidationError("request \(id) does not exist") }
            let today = options.context().today
            let suggestions = r.isOpen && r.kind != .needsWork
                ? HelperIndex(state, today: today).suggestions(for: r, limit: max(0, helpers)) : []
            let signal = r.kind == .needsWork ? state.needsWorkSignals(on: today)[r.from] : nil
            if output.json {
                var v = r.json
                if case var .object(pairs) = v {
                    pairs.append(("suggestedHelpers", .array(suggestions.map(\.json))))
                    if let signal, signal.request.id == r.id { pairs.append(("needsWork", signal.json)) }
                    pairs.sort { $0.0 < $1.0 }
                    v = .object(pairs)
                }
                printJSON(v)
                return
            }
            func name(_ id: String) -> String { state.member(id).map { "\($0.name) (\(id))" } ?? id }
            var lines: [(String, String)] = [
                ("id", String(r.id)), ("from", name(r.from)), ("kind", r.kind.rawValue),
                ("status", "\(r.status.rawValue), asked \(r.created.day) (\(Self.ago(r.ageInDays(on: today))))"),
            ]
            if !r.tags.isEmpty { lines.append(("topic", r.tags.joined(separator: ", "))) }
            if let h = r.hoursPerWeek { lines.append(("hours", "\(h) a week wanted")) }
            if let d = r.deadline { lines.append(("deadline", d.iso)) }
            lines.append(("text", r.text))
            for o in r.offers {
                let mark = o.member == r.accepted ? " (accepted)" : ""
                lines.append(("offer", "\(name(o.member)), \(o.at.day)\(mark)" + (o.note.isEmpty ? "" : ": \(o.note)")))
            }
            if r.offers.isEmpty && r.isOpen { lines.append(("offers", "none yet")) }
            if let note = r.closingNote { lines.append(("closing", note)) }
            if let c = r.closed { lines.append((r.status == .withdrawn ? "withdrawn" : "closed", c.day.iso)) }
            if let signal, signal.request.id == r.id {
                let on = signal.staffedOn.isEmpty ? "" : " on project \(signal.staffedOn.map(String.init).joined(separator: ", "))"
                lines.append(("needs work", signal.isMet
                    ? "met: staffed for \(signal.staffedHoursPerWeek) h/week\(on); close it when you agree"
                    : "\(signal.unmetHoursPerWeek) of \(signal.wantedHoursPerWeek) h/week still to find (staffed \(signal.staffedHoursPerWeek)\(on))"))
            }
            for s in suggestions { lines.append(("could help", "\(name(s.member)): \(s.why)")) }
            if r.isOpen && r.kind != .needsWork && suggestions.isEmpty {
                lines.append(("could help", r.tags.isEmpty ? "add topic tags to get suggestions" : "nobody's skills or Share pitch match the topic"))
            }
            for (k, v) in lines { Console.out(DisplayWidth.fit(k, 12) + TerminalText.sanitise(v)) }
        }

        static func ago(_ days: Int) -> String { days == 0 ? "today" : days == 1 ? "yesterday" : "\(days) days ago" }
    }
}
