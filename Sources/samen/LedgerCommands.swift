import ArgumentParser
import SamenCore

struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: MoneyHelpWords.ledgerAbstract.text,
        discussion: MoneyHelpWords.ledgerDiscussion.text,
        subcommands: [List.self, Add.self, Correct.self, ShareCost.self, CloseYear.self, Payout.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: MoneyHelpWords.listAbstract.text,
            discussion: MoneyHelpWords.listDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Option(help: ArgumentHelp(MoneyHelpWords.listYearHelp.text)) var year: Int?
        func validate() throws { try Parse.year(year) }
        @Option(help: ArgumentHelp(MoneyHelpWords.listKindHelp.text)) var kind: String?
        @Option(help: ArgumentHelp(MoneyHelpWords.listMemberHelp.text)) var member: String?

        func run() throws {
            let state = try options.openStore().state
            let kind = try self.kind.map { try Parse.value($0, "--kind", LedgerKind.self) }
            let entries = state.ledger.filter { e in
                (year == nil || e.date.year == year) && (kind == nil || e.kind == kind) && (member == nil || e.member == member)
            }
            if output.json { printJSON(.array(entries.map(\.json))); return }
            let style = state.network.moneyStyle
            var table = TextTable(Heading.id.text, Heading.date.text, Heading.kind.text, Heading.amount.text, Heading.member.text,
                                  Heading.project.text, Heading.category.text, Heading.note.text)
            table.rightAligned = [0, 3, 5]
            table.maxWidth = [7: 50]
            var total = Money.zero
            for e in entries {
                total += e.amount
                table.add(String(e.id), e.date.shown, ValueWords.ledgerKind(e.kind).text + (e.planned ? MoneyWords.planned.text : ""), e.amount.format(style), e.member ?? "",
                          e.project.map(String.init) ?? "", e.category ?? "", e.shownNote)
            }
            Console.out(table.render())
            printError(CLIWords.entriesCount(entries.count, of: state.ledger.count).text)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: MoneyHelpWords.addAbstract.text,
            discussion: MoneyHelpWords.addDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @Option(help: ArgumentHelp(MoneyHelpWords.addKindHelp.text)) var kind: String
        @Option(help: ArgumentHelp(MoneyHelpWords.amountHelp.text)) var amount: String
        @Option(help: ArgumentHelp(MoneyHelpWords.dateHelp.text)) var date: String?
        @Option(help: ArgumentHelp(MoneyHelpWords.addMemberHelp.text)) var member: String?
        @Option(help: ArgumentHelp(MoneyHelpWords.addProjectHelp.text)) var project: Int?
        @Option(help: ArgumentHelp(MoneyHelpWords.addCategoryHelp.text)) var category: String?
        @Option(help: ArgumentHelp(MoneyHelpWords.addPayeeHelp.text)) var payee: String?
        @Option(help: ArgumentHelp(MoneyHelpWords.noteHelp.text)) var note: String = ""
        @Flag(help: ArgumentHelp(MoneyHelpWords.addPlannedHelp.text)) var planned = false

        func run() throws {
            let ctx = options.context()
            let entry = LedgerEntry(id: 0, kind: try Parse.value(kind, "--kind"), date: try date.map { try Parse.day($0, option: "--date") } ?? ctx.today,
                                    amount: try Parse.money(amount, option: "--amount"), member: member, project: project,
                                    category: category, payee: payee, note: note, at: ctx.now, by: ctx.actor, planned: planned)
            try options.apply(.addLedgerEntry(entry))
        }
    }

    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: MoneyHelpWords.correctAbstract.text,
            discussion: MoneyHelpWords.correctDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(MoneyHelpWords.correctIdHelp.text)) var id: Int
        @Option(help: ArgumentHelp(MoneyHelpWords.correctReasonHelp.text)) var reason: String
        @Option(help: ArgumentHelp(MoneyHelpWords.correctDateHelp.text)) var date: String?

        func run() throws {
            let day = try date.map { try Parse.day($0, option: "--date") }
            try options.apply(.correctLedgerEntry(entry: id, reason: reason, date: day))
        }
    }

    struct ShareCost: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "share-cost",
            abstract: MoneyHelpWords.shareAbstract.text,
            discussion: MoneyHelpWords.shareDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(MoneyHelpWords.shareIdHelp.text)) var id: Int
        @Flag(help: ArgumentHelp(MoneyHelpWords.shareEquallyHelp.text)) var equally = false
        @Option(help: ArgumentHelp(MoneyHelpWords.shareMembersHelp.text)) var members: String?
        @Option(help: ArgumentHelp(MoneyHelpWords.shareWeightsHelp.text)) var weights: String?
        @Flag(help: ArgumentHelp(MoneyHelpWords.shareByDesksHelp.text)) var byDesks = false
        @Option(help: ArgumentHelp(MoneyHelpWords.shareNoteHelp.text)) var note: String = ""

        func validate() throws {
            let ways = [equally, weights != nil, byDesks].filter { $0 }.count
            guard ways == 1 else { throw ValidationError(ErrorWords.howToSplit.text) }
            if equally, members == nil { throw ValidationError(ErrorWords.equallyNeedsMembers.text) }
            if weights != nil, members != nil { throw ValidationError(ErrorWords.weightsNameMembers.text) }
        }

        func run() throws {
            let store = try options.openStore()
            var share: CostShare
            if equally {
                share = .equally(cost: id, members: Parse.list(members) ?? [], note: note)
            } else if let weights {
                share = CostShare(cost: id, parts: try Self.parts(weights), note: note, unit: "shares")
            } else {
                let state = store.state
                guard let cost = state.ledgerEntry(id), cost.kind == .cost else {
                    throw ValidationError(ErrorWords.notACost(id).text)
                }
                let named = Parse.list(members).map(Swift.Set.init)
                let sharing = state.members.filter { m in
                    m.isActive(on: cost.date) && m.desks > 0 && (named?.contains(m.id) ?? true)
                }
                if let named, let missing = named.subtracting(sharing.map(\.id)).sorted().first {
                    throw ValidationError(ErrorWords.noDesk(member: missing, day: cost.date.shown).text)
                }
                share = CostShare(cost: id, parts: sharing.map { CostShare.Part(member: $0.id, weight: Int64($0.desks)) }, note: note, unit: "desks")
            }
            try options.apply(.shareCost(share), to: store)
        }

        /// "eric=2,lotte=1" -> parts, refusing what is not a whole weight.
        static func parts(_ text: String) throws -> [CostShare.Part] {
            try (Parse.list(text) ?? []).map { item in
                let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2, !pair[0].isEmpty, let w = Int64(pair[1]) else {
                    throw ValidationError(ErrorWords.weightsForm(item).text)
                }
                return CostShare.Part(member: pair[0], weight: w)
            }
        }
    }

    struct CloseYear: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close-year",
            abstract: MoneyHelpWords.closeYearAbstract.text,
            discussion: MoneyHelpWords.closeYearDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(MoneyHelpWords.closeYearYearHelp.text)) var year: Int

        func run() throws { try options.apply(.closeYear(year)) }
    }
}

extension LedgerCommand {
    struct Payout: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: MoneyHelpWords.payoutAbstract.text,
            discussion: MoneyHelpWords.payoutDiscussion.text
        )
        @OptionGroup var options: DataOptions
        @Argument(help: ArgumentHelp(MoneyHelpWords.payoutMemberHelp.text)) var member: String
        @Option(help: ArgumentHelp(MoneyHelpWords.payoutAmountHelp.text)) var amount: String?
        @Option(help: ArgumentHelp(MoneyHelpWords.dateHelp.text)) var date: String?
        @Option(help: ArgumentHelp(MoneyHelpWords.noteHelp.text)) var note: String = ""

        func run() throws {
            let ctx = options.context()
            let store = try options.openStore()
            let day = try date.map { try Parse.day($0, option: "--date") } ?? ctx.today
            let sum: Money
            if let amount {
                sum = try Parse.money(amount, option: "--amount")
            } else {
                let owed = store.state.owedToPartner(member)
                guard owed.cents > 0 else {
                    throw DomainError(LedgerRefusal.owesNothing(store.state.member(member)?.name ?? member))
                }
                sum = owed
            }
            let entry = LedgerEntry(id: 0, kind: .payout, date: day, amount: sum, member: member, note: note, at: ctx.now, by: ctx.actor)
            try options.apply(.addLedgerEntry(entry), to: store)
        }
    }
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: CLIHelpWords.historyAbstract.text,
        discussion: CLIHelpWords.historyDiscussion.text
    )
    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp(CLIHelpWords.historyLimitHelp.text)) var limit: Int = 50

    func run() throws {
        let entries = try HistoryLog.read(directory: options.directory)
        for e in entries.suffix(max(0, limit)) {
            Console.out(TerminalText.sanitise("\(e.at.iso)  \(Self.mark(e.signature))  \(e.who)  \(e.summary)"))
        }
    }

    /// One column wide enough for a fingerprint's start: "signed SHA256:AbCd…".
    static func mark(_ s: HistoryLog.Entry.Signature) -> String {
        // Dutch needs a wider column: "ondertekend SHA256:AbCd…".
        let width = Language.current == .nl ? 27 : 22
        switch s {
        case .none: return DisplayWidth.fit(CLIWords.unsigned.text, width)
        case let .valid(key): return DisplayWidth.fit(CLIWords.signed(key.prefix(14) + "…").text, width)
        case .invalid: return DisplayWidth.fit(CLIWords.badSignature.text, width)
        }
    }
}
