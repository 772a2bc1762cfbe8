import ArgumentParser
import SamenCore

struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "The network's books: list, add and correct entries.",
        discussion: "Entries are never edited or deleted; a mistake is undone with `samen ledger correct`.",
        subcommands: [List.self, Add.self, Correct.self, ShareCost.self, CloseYear.self, Payout.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List ledger entries.",
            discussion: """
            Examples:
              samen ledger list --year 2026 --kind cost
              samen ledger list --member katleen --json
            """
        )
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Option(help: "Only this calendar year.") var year: Int?
        func validate() throws { try Parse.year(year) }
        @Option(help: ArgumentHelp("Only this kind: \(LedgerKind.allowedValues).")) var kind: String?
        @Option(help: "Only entries of this member.") var member: String?

        func run() throws {
            let state = try options.openStore().state
            let kind = try self.kind.map { try Parse.value($0, "--kind", LedgerKind.self) }
            let entries = state.ledger.filter { e in
                (year == nil || e.date.year == year) && (kind == nil || e.kind == kind) && (member == nil || e.member == member)
            }
            if output.json { printJSON(.array(entries.map(\.json))); return }
            let style = state.network.moneyStyle
            var table = TextTable("ID", "DATE", "KIND", "AMOUNT", "MEMBER", "PROJECT", "CATEGORY", "NOTE")
            table.rightAligned = [0, 3, 5]
            table.maxWidth = [7: 50]
            var total = Money.zero
            for e in entries {
                total += e.amount
                table.add(String(e.id), e.date.iso, e.kind.rawValue + (e.planned ? " (planned)" : ""), e.amount.format(style), e.member ?? "",
                          e.project.map(String.init) ?? "", e.category ?? "", e.note)
            }
            Console.out(table.render())
            printError("\(entries.count) of \(state.ledger.count) entries")
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a revenue, income, cost, charge, payment or payout.",
            discussion: """
            A revenue brings its contribution to the network with it, at the rate
            in force for the member's role on that date. Amounts may be written
            1234.56 or 1.234,56. An entry dated after today is refused unless
            --planned says it is booked ahead on purpose (next month's rent); it
            counts in its year like any entry, and reports show it as planned.

            Who may add what: a member adds their own revenue and payments;
            partners, roles in network.json's coordinatorRoles and the members
            it names as bookkeepers add them for anyone, and they alone add
            costs, other income and charges.

            Examples:
              samen ledger add --kind revenue --member katleen --project 12 \\
                    --amount 4.250,00 --date 2026-11-20
              samen ledger add --kind cost --category accountant \\
                    --payee "Kantoor Jansen" --amount 1815
              samen ledger add --kind charge --member lotte --amount 310 \\
                    --date 2027-01-01 --planned --note "rent January"
            """
        )
        @OptionGroup var options: DataOptions
        @Option(help: ArgumentHelp("Kind: revenue, income, cost, charge, payment or payout.")) var kind: String
        @Option(help: "The amount in euros.") var amount: String
        @Option(help: "The date (default today).") var date: String?
        @Option(help: "The member it belongs to.") var member: String?
        @Option(help: "The project it belongs to.") var project: Int?
        @Option(help: "The cost category.") var category: String?
        @Option(help: "Who was paid.") var payee: String?
        @Option(help: "A note.") var note: String = ""
        @Flag(help: "Booked ahead: the date is after today on purpose.") var planned = false

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
            abstract: "Reverse an entry with a correction (a revenue's contribution is reversed too).",
            discussion: """
            A member may correct their own revenue and payments; everything else
            (costs, income, charges, a year's distribution) is corrected by those
            who keep the books. Correcting every distribution of a year reopens it.

            The correction is dated on the entry it corrects, so it comes out of the
            year it went into. --date dates it otherwise; a date in another year
            moves the money to that year, and Samen says so.

            Examples:
              samen ledger correct 311 --reason "booked twice"
              samen ledger correct 311 --reason "paid in January" --date 2027-01-10
            """
        )
        @OptionGroup var options: DataOptions
        @Argument(help: "The id of the entry to reverse.") var id: Int
        @Option(help: "Why it is corrected.") var reason: String
        @Option(help: "Date of the correction (default: the date of the entry it corrects).") var date: String?

        func run() throws {
            let day = try date.map { try Parse.day($0, option: "--date") }
            try options.apply(.correctLedgerEntry(entry: id, reason: reason, date: day))
        }
    }

    struct ShareCost: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "share-cost",
            abstract: "Charge a cost on to the members who share it (partners and coordinators).",
            discussion: """
            Writes one charge per member, related to the cost and in its category,
            split by the largest remainder so the charges add up to the cost to the
            cent. A cost is shared once; correct its charges to share it again.

            Examples:
              samen ledger share-cost 311 --equally --members eric,lotte,daan
              samen ledger share-cost 311 --weights eric=2,lotte=1
              samen ledger share-cost 311 --by-desks          # everyone with a desk that day
            """
        )
        @OptionGroup var options: DataOptions
        @Argument(help: "The id of the cost entry.") var id: Int
        @Flag(help: "Everyone named pays the same.") var equally = false
        @Option(help: "The members who share it, comma separated (with --equally or --by-desks).") var members: String?
        @Option(help: "Members and their weights, e.g. eric=2,lotte=1.") var weights: String?
        @Flag(help: "By the desks each member uses on the cost's date.") var byDesks = false
        @Option(help: "Start of each charge's note (default: the category and date).") var note: String = ""

        func validate() throws {
            let ways = [equally, weights != nil, byDesks].filter { $0 }.count
            guard ways == 1 else { throw ValidationError("say how to split: one of --equally, --weights or --by-desks") }
            if equally, members == nil { throw ValidationError("--equally needs --members a,b,c") }
            if weights != nil, members != nil { throw ValidationError("--weights names the members already; leave out --members") }
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
                    throw ValidationError("ledger entry \(id) is not a cost")
                }
                let named = Parse.list(members).map(Swift.Set.init)
                let sharing = state.members.filter { m in
                    m.isActive(on: cost.date) && m.desks > 0 && (named?.contains(m.id) ?? true)
                }
                if let named, let missing = named.subtracting(sharing.map(\.id)).sorted().first {
                    throw ValidationError("member '\(missing)' has no desk on \(cost.date), or is not a member then")
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
                    throw ValidationError("--weights: '\(item)' must be member=weight, like eric=2")
                }
                return CostShare.Part(member: pair[0], weight: w)
            }
        }
    }

    struct CloseYear: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close-year",
            abstract: "Distribute a finished year's result among the partners, once (partners and coordinators).",
            discussion: """
            A loss is shared the same way. To reopen a year, correct its
            distribution entries (samen ledger correct ID --reason ...); it can
            then take entries and be closed again.

            Example:
              samen ledger close-year 2025
            """
        )
        @OptionGroup var options: DataOptions
        @Argument(help: "The year to close.") var year: Int

        func run() throws { try options.apply(.closeYear(year)) }
    }
}

extension LedgerCommand {
    struct Payout: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that the network paid a partner out of their share of a closed year's result.",
            discussion: """
            Closing a year writes each partner's share as owed to them; a payout
            settles it, so their statement's balance comes to zero. Without
            --amount the whole of what the network owes them is paid. Those who
            keep the books record payouts.

            Examples:
              samen ledger payout pierre
              samen ledger payout pierre --amount 2.500,00 --note "first half"
            """
        )
        @OptionGroup var options: DataOptions
        @Argument(help: "The partner's member id.") var member: String
        @Option(help: "The amount in euros (default: everything owed to them).") var amount: String?
        @Option(help: "The date (default today).") var date: String?
        @Option(help: "A note.") var note: String = ""

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
                    throw DomainError("the network owes \(store.state.member(member)?.name ?? member) nothing: no share of a closed year's result is waiting to be paid out")
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
        abstract: "Show who changed what, newest last, and which changes are signed.",
        discussion: """
        The second column: "signed" with the key's fingerprint when the line
        carries a signature over its own bytes, "BAD SIGNATURE" when it carries
        one that does not hold, "unsigned" when it carries none. Whether the
        key was its author's to sign with is for `samen verify` to prove.

        Example:
          samen history --limit 20
        """
    )
    @OptionGroup var options: DataOptions
    @Option(help: "Show only the last N changes.") var limit: Int = 50

    func run() throws {
        let entries = try HistoryLog.read(directory: options.directory)
        for e in entries.suffix(max(0, limit)) {
            Console.out(TerminalText.sanitise("\(e.at.iso)  \(Self.mark(e.signature))  \(e.who)  \(e.summary)"))
        }
    }

    /// One column wide enough for a fingerprint's start: "signed SHA256:AbCd…".
    static func mark(_ s: HistoryLog.Entry.Signature) -> String {
        switch s {
        case .none: return DisplayWidth.fit("unsigned", 22)
        case let .valid(key): return DisplayWidth.fit("signed " + key.prefix(14) + "…", 22)
        case .invalid: return DisplayWidth.fit("BAD SIGNATURE", 22)
        }
    }
}
