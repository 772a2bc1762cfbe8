import ArgumentParser
import Foundation
import SamenCore
import SamenTUI

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the dashboard on the data directory (the default).",
        discussion: "Example:\n  samen --data ~/unit-2"
    )

    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp("Colour theme: default, light, high-contrast, mono, colour-blind, or a .toml file.", valueName: "NAME"))
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
        abstract: "Open a fresh copy of a demo network in a temporary directory.",
        discussion: """
        Nothing of yours is touched: each run writes a new copy, dated around today.

        Examples:
          samen demo              the Unit-2 collective in Leiden (39 members)
          samen demo st-groep     the ST-groep network (3 partners, 7 associates)
        """
    )

    @Argument(help: ArgumentHelp("Which demo: unit-2 or st-groep.", valueName: "NAME"))
    var name: String = DemoNetwork.unit2.rawValue

    @Option(name: .customLong("as"), help: ArgumentHelp("Act as this person (a login or member id).", valueName: "LOGIN"))
    var actingAs: String?

    @Flag(name: .long, help: "Only write the copy and print its directory; do not open the dashboard.")
    var noOpen = false

    @Option(help: ArgumentHelp("Colour theme: default, light, high-contrast, mono, colour-blind, or a .toml file.", valueName: "NAME"))
    var theme: String?

    func run() throws {
        let demo = try Parse.value(name, "demo", DemoNetwork.self)
        var template = "/tmp/samen-demo-\(demo.rawValue)-XXXXXX".utf8CString
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard let made else { throw ValidationError("cannot create a temporary directory: \(String(cString: strerror(errno)))") }
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
            printError("samen: demo network \(demo.rawValue) written to \(store.directory), but \(DashboardLauncher.whyNot)")
            throw ExitCode.failure
        }
        printError("demo network \(demo.rawValue) in \(store.directory)")
        try DashboardLauncher.open(store: store, identity: identity, themeFlag: theme)
    }
}

extension DemoNetwork: ExpressibleByArgument {}
extension DemoNetwork: JSONEnum {}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a data directory: empty, or filled with a demo network.",
        discussion: """
        Refuses to write into a directory that already holds a network.
        The directory is made for the whole group, whatever the umask: setgid,
        mode 2770, files 0660 (the group reads and writes, nobody else lists it).

        Examples:
          samen init --name "Unit-2" --place Leiden --data ~/unit-2
          samen init --group unit2 --name "Unit-2" --data /srv/samen/unit-2
          samen init --demo st-groep --data /srv/samen/st-groep
        """
    )

    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp("Fill it with a demo network: unit-2 or st-groep.", valueName: "NAME"))
    var demo: DemoNetwork?
    @Option(help: "The network's name (for an empty network).")
    var name: String?
    @Option(help: "Where the network is based (for an empty network).")
    var place: String = "Leiden"
    @Option(help: ArgumentHelp("The Unix group that shares the directory (you must be in it); else your own group, or the parent's if it is setgid.", valueName: "GROUP"))
    var group: String?

    func run() throws {
        var state: NetworkState
        if let demo {
            state = try demo.build(today: Day.today())
        } else {
            let n = name ?? URL(fileURLWithPath: options.directory).lastPathComponent
            state = NetworkState(network: Network(name: n, place: place, costCategories: ["rent", "secretary", "website", "accountant", "outings"]))
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
        Console.out("created \(TerminalText.sanitise(store.state.network.name)) in \(store.directory): \(store.state.members.count) members, \(store.state.projects.count) projects, \(store.state.requests.count) requests, \(store.state.ledger.count) ledger entries")
    }
}

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a valid synthetic network of any size, for benchmarks and tests.",
        discussion: """
        The same seed always gives the same network (dated around today).

        Examples:
          samen generate --data /tmp/s1          (S1: a real network's size)
          samen generate --members 10000 --projects 50000 \\
                --requests 20000 --entries 500000 --data /tmp/s100
        """
    )

    @OptionGroup var options: DataOptions
    @Option(help: "Number of members.") var members = SyntheticNetwork.s1.members
    @Option(help: "Number of projects.") var projects = SyntheticNetwork.s1.projects
    @Option(help: "Number of help requests.") var requests = SyntheticNetwork.s1.requests
    @Option(help: "Number of ledger entries.") var entries = SyntheticNetwork.s1.entries
    @Option(help: "Seed for the random choices.") var seed: UInt64 = 1

    func validate() throws {
        guard members >= 3 else { throw ValidationError("--members must be at least 3 (the partners), got \(members)") }
        for (name, v) in [("--projects", projects), ("--requests", requests), ("--entries", entries)] where v < 0 {
            throw ValidationError("\(name) must not be negative, got \(v)")
        }
    }

    func run() throws {
        let spec = SyntheticNetwork(members: members, projects: projects, requests: requests, entries: entries, seed: seed)
        var state = spec.build(today: Day.today()) { fraction in
            Console.progress("generating… \(Int(fraction * 100)) %")
        }
        Console.progress("writing…")
        state.network.administrators = [DataOptions.unixLogin]
        let store = try Store.create(at: options.directory, state: state, actor: DataOptions.unixLogin, summary: "generated (seed \(seed))")
        Console.endProgress()
        Console.out("generated \(members) members, \(projects) projects, \(requests) requests, \(store.state.ledger.count) ledger entries in \(store.directory)")
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every file of the data directory; exit non-zero on a problem.",
        discussion: """
        Reads everything without waiting on a writer, and writes nothing but
        for finishing a save that a killed writer left committed. Each problem
        is reported as FILE:LINE: reason.

        Example:
          samen check --data ~/unit-2 && git -C ~/unit-2 commit -am "weekly snapshot"
        """
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
                o.set("file", p.file); o.set("line", p.line); o.set("message", p.message); o.set("warning", p.isWarning)
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
                Console.out("ok: \(c[.members] ?? 0) members, \(c[.projects] ?? 0) projects, \(c[.requests] ?? 0) requests, \(c[.ledger] ?? 0) ledger entries, \(c[.history] ?? 0) changes in history")
            } else {
                printError("\(report.problems.filter { !$0.isWarning }.count) problem(s) in \(options.directory); nothing was changed")
            }
        }
        if !report.isValid { throw ExitCode(ExitStatus.unreadableData) }
    }
}
