import ArgumentParser
import SamenCore

/// `samen product`: the network's register of its own instruments and
/// products, and who helped build them (issue 16).
struct ProductCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "product",
        abstract: GiveAndTakeCommandWords.productAbstract.text,
        subcommands: [List.self, Add.self, Contributor.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: GiveAndTakeCommandWords.listAbstract.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption

        func run() throws {
            let state = try options.readWithoutLedger()
            let products = state.network.products
            if output.json { printJSON(.array(products.map(\.json))); return }
            guard !products.isEmpty else { printError(GiveAndTakeCommandWords.noProducts.text); return }
            var table = TextTable("ID", GiveAndTakeCommandWords.name.text, GiveAndTakeCommandWords.started.text, GiveAndTakeCommandWords.contributors.text)
            for p in products {
                table.add([p.id, p.name, p.started.shown, p.contributors.map { state.members[id: $0]?.name ?? $0 }.joined(separator: ", ")])
            }
            Console.out(table.render())
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: GiveAndTakeCommandWords.addAbstract.text,
                                                        discussion: GiveAndTakeCommandWords.addDiscussion.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(GiveAndTakeCommandWords.nameHelp.text)) var name: String
        @Option(help: ArgumentHelp(GiveAndTakeCommandWords.idHelp.text)) var id: String = ""
        @Option(help: ArgumentHelp(GiveAndTakeCommandWords.startedHelp.text)) var started: String?
        @Option(help: ArgumentHelp(GiveAndTakeCommandWords.contributorsHelp.text)) var contributors: String?

        func run() throws {
            let today = options.context().today
            let product = Product(id: id, name: name, started: try started.map { try Parse.day($0, option: "--started") } ?? today,
                                  contributors: Parse.list(contributors) ?? [])
            let (store, outcome) = try options.apply(.addProduct(product), json: output.json)
            if output.json, case let .addProduct(p) = outcome.applied, let saved = store.state.network.product(p.id) { printJSON(saved.json) }
        }
    }

    struct Contributor: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: GiveAndTakeCommandWords.contributorAbstract.text)
        @OptionGroup var options: DataOptions
        @OptionGroup var output: JSONOption
        @Argument(help: ArgumentHelp(GiveAndTakeCommandWords.productIdHelp.text)) var product: String
        @Option(help: ArgumentHelp(GiveAndTakeCommandWords.memberHelp.text)) var member: String?

        func run() throws {
            let who = try member ?? actingMemberID(options, try options.openStore().state, option: "--member")
            let (store, _) = try options.apply(.addProductContributor(product: product, member: who), json: output.json)
            if output.json, let saved = store.state.network.product(product) { printJSON(saved.json) }
        }
    }
}
