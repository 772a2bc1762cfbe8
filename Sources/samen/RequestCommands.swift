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
                    throw ValidationError(ErrorWords.mineNotAMember(options.actor).text)
                }
                me = m.id
            }
            let requests = state.requests.filter { r in
                (all || r.isOpen) && (kind == nil || r.kind == kind) && (from == nil || r.from == from)
                    && (me.map { r.involves($0) } ?? true)
            }
            if output.json { printJSON(.array(requests.map(\.json))); return }
            let today = options.context().today
            var table = TextTable(Heading.id.text, Heading.from.text, Heading.kind.text, Heading.status.text, Heading.age.text,
                                  Heading.offers.text, Heading.topic.text, Heading.text.text)
            table.rightAligned = [0, 4, 5]
            table.maxWidth = [1: 20, 6: 24, 7: 50]
            for r in requests {
                table.add(String(r.id), state.member(r.from)?.name ?? r.from, ValueWords.requestKind(r.kind).text,
                          ValueWords.requestStatus(r.status).text, CLIWords.daysAge(r.ageInDays(on: today)).text, String(r.offers.count), r.tags.joined(separator: ", "), r.text)
            }
            Console.out(table.render())
            printError(CLIWords.requestsCount(requests.count, of: state.requests.count).text)
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
            guard let r = state.request(id) else { throw ValidationError(ChangeRefusal.noRequest(id).text) }
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
            typealias W = CLIWords
            var lines: [(String, String)] = [
                (W.labelID.text, String(r.id)), (W.labelFrom.text, name(r.from)), (W.labelKind.text, ValueWords.requestKind(r.kind).text),
                (W.labelStatus.text, W.askedOn(status: ValueWords.requestStatus(r.status).text, day: r.created.day.shown,
                                               ago: Self.ago(r.ageInDays(on: today))).text),
            ]
            if !r.tags.isEmpty { lines.append((W.labelTopic.text, r.tags.joined(separator: ", "))) }
            if let h = r.hoursPerWeek { lines.append((W.labelHours.text, W.hoursWanted(h.shown).text)) }
            if let d = r.deadline { lines.append((W.labelDeadline.text, d.shown)) }
            lines.append((W.labelText.text, r.text))
            for o in r.offers {
                let mark = o.member == r.accepted ? W.accepted.text : ""
                lines.append((W.labelOffer.text, "\(name(o.member)), \(o.at.day.shown)\(mark)" + (o.note.isEmpty ? "" : ": \(o.note)")))
            }
            if r.offers.isEmpty && r.isOpen { lines.append((W.labelOffers.text, W.noneYet.text)) }
            if let note = r.closingNote { lines.append((W.labelClosing.text, note)) }
            if let c = r.closed { lines.append((r.status == .withdrawn ? W.labelWithdrawn.text : W.labelClosed.text, c.day.shown)) }
            if let signal, signal.request.id == r.id {
                let on = signal.staffedOn.isEmpty ? "" : W.onProject(signal.staffedOn.map(String.init).joined(separator: ", ")).text
                lines.append((W.labelNeedsWork.text, signal.isMet
                    ? W.requestNeedsWorkMet(hours: signal.staffedHoursPerWeek.shown, on: on).text
                    : W.requestNeedsWorkUnmet(unmet: signal.unmetHoursPerWeek.shown, wanted: signal.wantedHoursPerWeek.shown,
                                              staffed: signal.staffedHoursPerWeek.shown, on: on).text))
            }
            for s in suggestions { lines.append((W.labelCouldHelp.text, "\(name(s.member)): \(s.why)")) }
            if r.isOpen && r.kind != .needsWork && suggestions.isEmpty {
                lines.append((W.labelCouldHelp.text, r.tags.isEmpty ? W.addTopicTags.text : W.nobodyMatches.text))
            }
            for (k, v) in lines { Console.out(DisplayWidth.fit(k, CLIWords.labelWidth) + TerminalText.sanitise(v)) }
        }

        static func ago(_ days: Int) -> String {
            days == 0 ? CLIWords.today.text : days == 1 ? CLIWords.yesterday.text : CLIWords.daysAgo(days).text
        }
    }
}
