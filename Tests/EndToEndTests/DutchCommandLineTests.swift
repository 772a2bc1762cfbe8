import Foundation
import Testing

/// The command line in Dutch (issue 15): `--help` of every level, the
/// examples with their commands as typed, and the output of the most used
/// commands, chosen by `--lang nl` or by a Dutch locale; and English as it
/// was for `--lang en` and the C locale. `--json` stays the same in both.
@Suite("Dutch command line")
struct DutchCommandLineTests {
    /// No config file and no locale variable but the ones a test names, so
    /// the machine running the suite cannot choose the language.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ["LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "", "LANG": "C.UTF-8",
                   "XDG_CONFIG_HOME": "/nonexistent/samen-dutch-tests"]
        for (k, v) in extra { env[k] = v }
        return env
    }

    static let dutchLocale = environment(["LANG": "nl_NL.UTF-8"])
    static let englishLocale = environment()

    /// Words of the English root help that have no business in the Dutch one.
    static let englishHelpWords = [
        "Open the dashboard", "Validate every file", "Prove the data files", "List, show, add and edit members",
        "members, assignments", "Examples:", "try it on the Unit-2 demo network", "who should take it, and why",
        "Spare hours a week", "Ask the network", "The network's books", "Where the network's money",
        "Show who changed what", "Create a data directory", "Write a valid synthetic network",
    ]

    @Test(arguments: [("locale", ["--help"], dutchLocale), ("flag", ["--lang", "nl", "--help"], englishLocale),
                      ("flag after", ["--help", "--lang=nl"], englishLocale)])
    func rootHelpIsDutch(_ how: String, _ args: [String], _ env: [String: String]) throws {
        let r = try SamenBinary.run(args, environment: env)
        #expect(r.status == 0, "\(how): \(r.stderr)")
        for line in ["Een dashboard in de terminal voor een netwerk van zzp'ers",
                     "Samen bewaart de leden, opdrachten, hulpvragen",
                     "Voorbeelden:",
                     "samen demo                          probeer het op het demonetwerk Unit-2",
                     "samen project suggest 19            wie moet het doen, en waarom",
                     "--lang nl of --lang en",
                     "Leden tonen, toevoegen en wijzigen.",
                     "Controleer elk bestand van de datamap"] {
            #expect(r.stdout.contains(line), "\(how): no '\(line)' in\n\(r.stdout)")
        }
        for english in Self.englishHelpWords {
            #expect(!r.stdout.contains(english), "\(how): English '\(english)' left in\n\(r.stdout)")
        }
        // The examples are typed by people: their commands stay as they are.
        #expect(r.stdout.contains("samen capacity --skill illustration --min-spare 16 --weeks 3"))
    }

    @Test func memberHelpIsDutch() throws {
        for (args, env) in [(["member", "--help"], Self.dutchLocale), (["--lang", "nl", "member", "list", "--help"], Self.englishLocale)] {
            let r = try SamenBinary.run(args, environment: env)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("Leden tonen") || r.stdout.contains("Toon de leden"), "\(r.stdout)")
            #expect(!r.stdout.contains("List, show, add and edit members"))
            #expect(!r.stdout.contains("List the members"))
        }
        let list = try SamenBinary.run(["member", "list", "--help"], environment: Self.dutchLocale)
        #expect(list.stdout.contains("De datamap."))
        #expect(list.stdout.contains("Alleen leden met deze vaardigheid"))
        #expect(list.stdout.contains("samen member list --role associate --json | jq '.[].name'"))
        #expect(!list.stdout.contains("The data directory."))
        #expect(!list.stdout.contains("Only members with this skill"))
    }

    /// Every command's help says its example in Dutch, and keeps it.
    @Test func everyCommandHasADutchExample() throws {
        for sub in ["member add", "project add", "ledger add", "request add", "generate", "check", "init", "capacity",
                    "finance report", "project suggest", "verify", "history"] {
            let r = try SamenBinary.run(sub.split(separator: " ").map(String.init) + ["--help"], environment: Self.dutchLocale)
            #expect(r.status == 0)
            #expect(r.stdout.contains("Voorbeeld"), "\(sub) --help has no Dutch example:\n\(r.stdout)")
            #expect(r.stdout.contains("samen "), "\(sub) --help lost its example command")
        }
    }

    @Test func englishHelpStaysEnglish() throws {
        let c = try SamenBinary.run(["--help"], environment: Self.englishLocale)
        let flag = try SamenBinary.run(["--lang", "en", "--help"], environment: Self.dutchLocale)
        #expect(c.status == 0 && flag.status == 0)
        #expect(c.stdout == flag.stdout)
        for line in ["OVERVIEW: A terminal dashboard for a network of freelancers who work apart",
                     "Samen keeps a network's members, assignments, help requests and shared",
                     "Examples:",
                     "  samen demo                          try it on the Unit-2 demo network",
                     "  samen project suggest 19            who should take it, and why",
                     "Open the dashboard on the data directory",
                     "Samen speaks English and Dutch: --lang en or --lang nl"] {
            #expect(c.stdout.contains(line), "no '\(line)' in\n\(c.stdout)")
        }
        #expect(!c.stdout.contains("Voorbeelden"))
        let member = try SamenBinary.run(["member", "list", "--help"], environment: Self.englishLocale)
        #expect(member.stdout.contains("List the members (those who left only with --all)."))
        #expect(member.stdout.contains("Only members with this skill (repeat for several;"))
    }

    @Test func memberListInDutch() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.englishLocale) { dir in
            let nl = try SamenBinary.run(["member", "list", "--data", dir], environment: Self.dutchLocale)
            #expect(nl.status == 0, "\(nl.stderr)")
            let heading = nl.stdout.split(separator: "\n").first.map(String.init) ?? ""
            for word in ["ID", "NAAM", "ROL", "PLAATS", "U/WK", "VAARDIGHEDEN"] { #expect(heading.contains(word), "\(heading)") }
            #expect(!heading.contains("NAME") && !heading.contains("SKILLS"))
            #expect(nl.stderr.contains("van 40 leden"), "\(nl.stderr)")   // 39 and Lieke, who applied
            let en = try SamenBinary.run(["member", "list", "--data", dir], environment: Self.englishLocale)
            #expect(en.stdout.hasPrefix("ID ") && en.stdout.contains("NAME") && en.stdout.contains("SKILLS"))
            #expect(en.stderr.contains("of 40 members"))
            // Scripts read --json: the same bytes in both languages.
            let jsonNL = try SamenBinary.run(["--lang", "nl", "member", "list", "--json", "--data", dir], environment: Self.englishLocale)
            let jsonEN = try SamenBinary.run(["member", "list", "--json", "--data", dir], environment: Self.englishLocale)
            #expect(jsonNL.stdout == jsonEN.stdout)
        }
    }

    @Test func projectsAndCapacityInDutch() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.englishLocale) { dir in
            let projects = try SamenBinary.run(["project", "list", "--data", dir], environment: Self.dutchLocale)
            #expect(projects.status == 0, "\(projects.stderr)")
            #expect(projects.stdout.hasPrefix("ID  STATUS"))
            #expect(projects.stdout.contains("KLANT"))
            #expect(projects.stdout.contains("binnengekomen") || projects.stdout.contains("lopend"))
            // Days as the Dutch write them: 07-12-2026, not 2026-12-07.
            #expect(projects.stdout.range(of: #"\b\d\d-\d\d-20\d\d\b"#, options: .regularExpression) != nil)
            #expect(projects.stdout.range(of: #"\b20\d\d-\d\d-\d\d\b"#, options: .regularExpression) == nil)
            #expect(projects.stderr.contains(" van "), "\(projects.stderr)")

            let capacity = try SamenBinary.run(["capacity", "--weeks", "3", "--data", dir], environment: Self.dutchLocale)
            #expect(capacity.status == 0, "\(capacity.stderr)")
            #expect(capacity.stdout.contains("wk 48"), "\(capacity.stdout)")
            #expect(capacity.stdout.contains("TOTAAL"))
            #expect(capacity.stdout.contains("netwerk vrij"))
            #expect(capacity.stderr.contains("overboekt"), "\(capacity.stderr)")
            let english = try SamenBinary.run(["capacity", "--weeks", "3", "--data", dir], environment: Self.englishLocale)
            #expect(english.stdout.contains("W48"))
            #expect(english.stdout.contains("network spare"))
        }
    }

    @Test func checkSaysOKInDutch() throws {
        try SamenBinary.withDemo("st-groep", environment: Self.englishLocale) { dir in
            let r = try SamenBinary.run(["check", "--data", dir], environment: Self.dutchLocale)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.hasPrefix("ok: 10 leden"), "\(r.stdout)")
            let en = try SamenBinary.run(["check", "--data", dir], environment: Self.englishLocale)
            #expect(en.stdout.hasPrefix("ok: 10 members"))
        }
    }

    @Test func refusalsOfTheCommandLineInDutch() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.englishLocale) { dir in
            let edit = try SamenBinary.run(["member", "edit", "eric", "--data", dir], environment: Self.dutchLocale)
            #expect(edit.status == 64)
            #expect(edit.stderr.contains("zeg wat er verandert"), "\(edit.stderr)")
            let slip = try SamenBinary.run(["--lang", "nl", "membr", "list", "--data", dir], environment: Self.englishLocale)
            #expect(slip.status == 64)
            #expect(slip.stderr.contains("bedoel je 'member'?"), "\(slip.stderr)")
            let weeks = try SamenBinary.run(["capacity", "--weeks", "99", "--data", dir], environment: Self.dutchLocale)
            #expect(weeks.status == 64)
            #expect(weeks.stderr.contains("--weeks moet tussen 1 en 52 liggen"), "\(weeks.stderr)")
            let english = try SamenBinary.run(["member", "edit", "eric", "--data", dir], environment: Self.englishLocale)
            #expect(english.stderr.contains("say what to change, e.g. --hours 24"))
        }
    }

    @Test func moneyInDutch() throws {
        try SamenBinary.withDemo("st-groep", environment: Self.englishLocale) { dir in
            let report = try SamenBinary.run(["finance", "report", "--year", "2025", "--data", dir], environment: Self.dutchLocale)
            #expect(report.status == 0, "\(report.stderr)")
            for line in ["WAAR HET GELD VANDAAN KWAM", "Omzet via het netwerk", "WAAR HET HEEN GING", "MAAND"] {
                #expect(report.stdout.contains(line), "no '\(line)' in\n\(report.stdout)")
            }
            #expect(!report.stdout.contains("WHERE THE MONEY CAME FROM"))
            let ledger = try SamenBinary.run(["ledger", "list", "--year", "2025", "--data", dir], environment: Self.dutchLocale)
            #expect(ledger.stdout.drop { $0 == " " }.hasPrefix("ID  DATUM"), "\(ledger.stdout.prefix(200))")
            #expect(ledger.stdout.contains("-01-2025"))
            // The accountant's files stay as they are, whatever the language.
            let csvNL = try SamenBinary.run(["finance", "export", "csv", "ledger", "--year", "2025", "--data", dir], environment: Self.dutchLocale)
            let csvEN = try SamenBinary.run(["finance", "export", "csv", "ledger", "--year", "2025", "--data", dir], environment: Self.englishLocale)
            #expect(csvNL.status == 0 && csvNL.stdout == csvEN.stdout)
            let jNL = try SamenBinary.run(["finance", "export", "hledger", "--year", "2025", "--data", dir], environment: Self.dutchLocale)
            let jEN = try SamenBinary.run(["finance", "export", "hledger", "--year", "2025", "--data", dir], environment: Self.englishLocale)
            #expect(jNL.status == 0 && jNL.stdout == jEN.stdout)
        }
    }
}
