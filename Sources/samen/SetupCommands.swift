import ArgumentParser
import Foundation
import SamenCore
import SamenTUI

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: CLIHelpWords.openAbstract.text,
        discussion: CLIHelpWords.openDiscussion.text
    )

    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp(CLIHelpWords.themeHelp.text, valueName: "NAME"))
    var theme: String?

    func run() throws {
        if let reason = NcursesBackend.unavailableReason() { throw DashboardError(reason) }
        let store = try options.openStore()
        try DashboardLauncher.open(store: store, identity: options.identity, themeFlag: theme)
    }
}

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: CLIHelpWords.demoAbstract.text,
        discussion: CLIHelpWords.demoDiscussion.text
    )

    @Argument(help: ArgumentHelp(CLIHelpWords.demoNameHelp.text, valueName: "NAME"))
    var name: String = DemoNetwork.unit2.rawValue

    @Option(name: .customLong("as"), help: ArgumentHelp(CLIHelpWords.demoAsHelp.text, valueName: "LOGIN"))
    var actingAs: String?

    @Flag(name: .long, help: ArgumentHelp(CLIHelpWords.demoNoOpenHelp.text))
    var noOpen = false

    @Option(help: ArgumentHelp(CLIHelpWords.themeHelp.text, valueName: "NAME"))
    var theme: String?

    func run() throws {
        let demo = try Parse.value(name, "demo", DemoNetwork.self)
        var template = "/tmp/samen-demo-\(demo.rawValue)-XXXXXX".utf8CString
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard let made else { throw ValidationError(ErrorWords.cannotMakeTemporary(String(cString: strerror(errno))).text) }
        let dir = String(cString: made)
        var state = try demo.build(today: Day.today())
        // A sandbox: whoever runs it may act as anyone there, to try every role.
        state.network.sandbox = true
        let store = try Store.create(at: dir + "/data", state: state, actor: DataOptions.unixLogin, summary: "demo network \(demo.rawValue)")
        store.signer = SSHKeygenSigner.forCurrentUser()
        // Act as a member by default so the demo shows what a member sees.
        let actingFor = DataOptions.actingFor(flag: actingAs, environment: ProcessInfo.processInfo.environment) ?? (demo == .unit2 ? "eric" : "pierre")
        let identity = ChangeContext.Identity.login(DataOptions.unixLogin, actingFor: actingFor)
        if noOpen {
            Console.out(store.directory)
            return
        }
        if !DashboardLauncher.canOpen {
            Console.out(store.directory)
            printError(CLIWords.demoWritten(demo: demo.rawValue, directory: store.directory, whyNot: DashboardLauncher.whyNot).text)
            throw ExitCode.failure
        }
        printError(CLIWords.demoIn(demo: demo.rawValue, directory: store.directory).text)
        try DashboardLauncher.open(store: store, identity: identity, themeFlag: theme)
    }
}

extension DemoNetwork: ExpressibleByArgument {}
extension DemoNetwork: JSONEnum {}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: CLIHelpWords.initAbstract.text,
        discussion: CLIHelpWords.initDiscussion.text
    )

    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp(CLIHelpWords.initDemoHelp.text, valueName: "NAME"))
    var demo: DemoNetwork?
    @Option(help: ArgumentHelp(CLIHelpWords.initNameHelp.text))
    var name: String?
    @Option(help: ArgumentHelp(CLIHelpWords.initPlaceHelp.text))
    var place: String = "Leiden"
    @Option(help: ArgumentHelp(CLIHelpWords.initGroupHelp.text, valueName: "GROUP"))
    var group: String?

    func run() throws {
        var state: NetworkState
        if let demo {
            state = try demo.build(today: Day.today())
        } else {
            let n = name ?? URL(fileURLWithPath: options.directory).lastPathComponent
            state = NetworkState(network: Network(name: n, place: place, costCategories: Network.startingCostCategories))
        }
        // Before any file: a refused group leaves nothing behind but an empty directory at most.
        do {
            // A directory that already holds a network is refused below, and keeps its mode.
            if !FileManager.default.fileExists(atPath: options.directory + "/" + DataFile.network.name) {
                try SharedDirectory.prepare(options.directory, fileMode: state.network.fileModeBits, group: group)
            }
        } catch {
            // A refusal, not a usage error: no usage text after it.
            printError("samen: " + TerminalText.sanitise("\(error)"))
            throw ExitCode.failure
        }
        // Whoever sets a network up administers it, so it can get its first members.
        state.network.administrators = [DataOptions.unixLogin]
        let store = try Store.create(at: options.directory, state: state, actor: DataOptions.unixLogin,
                                     summary: demo.map { "created from demo \($0.rawValue)" } ?? "created")
        Console.out(CLIWords.created(name: TerminalText.sanitise(store.state.network.name), directory: store.directory, members: store.state.members.count,
                                     projects: store.state.projects.count, requests: store.state.requests.count, entries: store.state.ledger.count).text)
    }
}

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: CLIHelpWords.generateAbstract.text,
        discussion: CLIHelpWords.generateDiscussion.text
    )

    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp(CLIHelpWords.generateMembersHelp.text)) var members = SyntheticNetwork.s1.members
    @Option(help: ArgumentHelp(CLIHelpWords.generateProjectsHelp.text)) var projects = SyntheticNetwork.s1.projects
    @Option(help: ArgumentHelp(CLIHelpWords.generateRequestsHelp.text)) var requests = SyntheticNetwork.s1.requests
    @Option(help: ArgumentHelp(CLIHelpWords.generateEntriesHelp.text)) var entries = SyntheticNetwork.s1.entries
    @Option(help: ArgumentHelp(CLIHelpWords.generateSeedHelp.text)) var seed: UInt64 = 1

    func validate() throws {
        guard members >= 3 else { throw ValidationError(ErrorWords.atLeastThreeMembers(members).text) }
        for (name, v) in [("--projects", projects), ("--requests", requests), ("--entries", entries)] where v < 0 {
            throw ValidationError(ErrorWords.notNegative(option: name, got: v).text)
        }
    }

    func run() throws {
        let spec = SyntheticNetwork(members: members, projects: projects, requests: requests, entries: entries, seed: seed)
        var state = spec.build(today: Day.today()) { fraction in
            Console.progress(CLIWords.generating(Int(fraction * 100)).text)
        }
        Console.progress(CLIWords.writing.text)
        state.network.administrators = [DataOptions.unixLogin]
        let store = try Store.create(at: options.directory, state: state, actor: DataOptions.unixLogin, summary: "generated (seed \(seed))")
        Console.endProgress()
        Console.out(CLIWords.generated(members: members, projects: projects, requests: requests, entries: store.state.ledger.count,
                                       directory: store.directory).text)
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: CLIHelpWords.checkAbstract.text,
        discussion: CLIHelpWords.checkDiscussion.text
    )

    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let showProgress = stderrIsTerminal && !output.json
        let report = DataDirectoryCheck.run(directory: options.directory) { step in
            if showProgress { Console.progress("\(step)…") }
        }
        if showProgress { Console.endProgress() }
        if output.json {
            var b = JSONObjectBuilder()
            b.set("valid", report.isValid)
            b.set("problems", .array(report.problems.map { p in
                var o = JSONObjectBuilder()
                o.set("file", p.file); o.set("line", p.line); o.set("message", p.phrase.en); o.set("warning", p.isWarning)
                return o.value
            }))
            var counts = JSONObjectBuilder()
            for (f, n) in report.counts { counts.set(f.name, n) }
            b.set("counts", counts.value)
            printJSON(b.value)
        } else {
            for p in report.problems { printError(TerminalText.sanitise(p.description)) }
            if report.isValid {
                let c = report.counts
                Console.out(CLIWords.checkOK(members: c[.members] ?? 0, projects: c[.projects] ?? 0, requests: c[.requests] ?? 0,
                                             entries: c[.ledger] ?? 0, changes: c[.history] ?? 0).text)
            } else {
                printError(CLIWords.checkProblems(report.problems.filter { !$0.isWarning }.count, directory: options.directory).text)
            }
        }
        if !report.isValid { throw ExitCode(ExitStatus.unreadableData) }
    }
}
