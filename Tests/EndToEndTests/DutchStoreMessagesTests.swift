import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What the store says about a damaged file, a directory that does not
/// verify, and a lock another process holds: in Dutch with a Dutch locale,
/// still naming the file, line and field, and in English as it always was.
extension DutchCommandLineTests {
    /// Replaces the first match of `pattern` on line `number` (from 1) of `file`.
    static func edit(_ file: String, line number: Int, _ pattern: String, _ replacement: String) throws {
        var lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\n")
        let line = lines[number - 1]
        let range = try #require(line.range(of: pattern, options: .regularExpression), "no \(pattern) on line \(number) of \(file)")
        lines[number - 1] = line.replacingCharacters(in: range, with: replacement)
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
    }

    @Test func aDamagedFileIsExplainedInDutch() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.englishLocale) { dir in
            try Self.edit(dir + "/members.jsonl", line: 3, #""name":"#, #""naam":"#)
            try Self.edit(dir + "/requests.jsonl", line: 2, #"^\{"accepted":"#, #"{"accepted" "#)
            let nl = try SamenBinary.run(["check", "--data", dir], environment: Self.dutchLocale)
            #expect(nl.status == 2, "\(nl.status): \(nl.stderr)")
            for line in ["members.jsonl:3: lid heeft een onbekend veld 'naam'",
                         "requests.jsonl:2: hier hoort ':' na de veldnaam in kolom 13",
                         "verwijst naar lid '"] {
                #expect(nl.stdout.contains(line) || nl.stderr.contains(line), "no '\(line)' in\n\(nl.stdout)\n\(nl.stderr)")
            }
            for english in ["unknown field", "expected ':'", "at column", "refers to member", "who does not exist"] {
                #expect(!(nl.stdout + nl.stderr).contains(english), "English '\(english)' left in\n\(nl.stdout)\n\(nl.stderr)")
            }
            let en = try SamenBinary.run(["check", "--data", dir], environment: Self.englishLocale)
            #expect(en.status == nl.status)
            for line in ["members.jsonl:3: member has an unknown field 'naam'",
                         "requests.jsonl:2: expected ':' after the field name at column 13",
                         "refers to member '"] {
                #expect(en.stdout.contains(line) || en.stderr.contains(line), "no '\(line)' in\n\(en.stdout)\n\(en.stderr)")
            }
            // Scripts read --json: the same words whatever the language.
            let jsonNL = try SamenBinary.run(["check", "--json", "--data", dir], environment: Self.dutchLocale)
            let jsonEN = try SamenBinary.run(["check", "--json", "--data", dir], environment: Self.englishLocale)
            #expect(jsonNL.stdout == jsonEN.stdout)
            #expect(jsonEN.stdout.contains("member has an unknown field 'naam'"))
        }
    }

    @Test func verifyInDutch() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.englishLocale) { dir in
            try Self.edit(dir + "/members.jsonl", line: 1, #""city":"[^"]*""#, #""city":"Nergenshuizen""#)
            let nl = try SamenBinary.run(["verify", "--data", dir], environment: Self.dutchLocale)
            #expect(nl.status != 0)
            #expect(nl.stderr.contains("members.jsonl: lid anais is niet wat de geschiedenis ervan maakt: city: in het bestand staat \"Nergenshuizen\", in de geschiedenis \""),
                    "\(nl.stderr)")
            #expect(!nl.stderr.contains("history makes"), "\(nl.stderr)")
            let en = try SamenBinary.run(["verify", "--data", dir], environment: Self.englishLocale)
            #expect(en.status == nl.status)
            #expect(en.stderr.contains("members.jsonl: member anais is not what the history makes of it: city: the file says \"Nergenshuizen\", the history \""),
                    "\(en.stderr)")
            #expect(en.stderr.contains("does not verify: nothing was changed"))
            let jsonNL = try SamenBinary.run(["verify", "--json", "--data", dir], environment: Self.dutchLocale)
            let jsonEN = try SamenBinary.run(["verify", "--json", "--data", dir], environment: Self.englishLocale)
            #expect(jsonNL.stdout == jsonEN.stdout && jsonEN.stdout.contains("is not what the history makes of it"), "\(jsonNL.stdout)")
            // samen check says the same, after its own words.
            let check = try SamenBinary.run(["check", "--data", dir], environment: Self.dutchLocale)
            #expect((check.stdout + check.stderr).contains("klopt niet met de geschiedenis: lid anais is niet wat"), "\(check.stdout)\(check.stderr)")
        }
    }

    @Test func aLockWaitInDutch() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let dir = root + "/data"
        #expect(try SamenBinary.run(["init", "--demo", "unit-2", "--data", dir], environment: Self.englishLocale).status == 0)
        let waits = LockWaitTests()
        let writer = try waits.stoppedWriter(dir, id: "stopped", after: "locked")
        let pid = writer.processIdentifier
        defer { kill(pid, SIGKILL); kill(pid, SIGCONT) }
        try #require(LockWaitTests.isStopped(pid), "the writer never stopped")
        let login = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? ""
        let add = ["member", "add", "--name", "Waiting Writer", "--id", "waiting", "--city", "Leiden"]

        let (nl, _) = try waits.run(add, dir, environment: Self.dutchLocale.merging(["SAMEN_LOCK_TIMEOUT": "1.5"]) { $1 })
        #expect(nl.status == 75, "\(nl.status)")
        #expect(nl.stderr.contains("wachten op het slot van \(dir), dat pid \(pid) (\(login)) heeft…"), "\(nl.stderr)")
        #expect(nl.stderr.contains("gestopt na 1.5 s wachten op het slot van \(dir), dat pid \(pid) (\(login)) heeft; er is niets opgeslagen"),
                "\(nl.stderr)")
        #expect(!nl.stderr.contains("waiting for") && !nl.stderr.contains("gave up"), "\(nl.stderr)")

        let (en, _) = try waits.run(add, dir, environment: Self.englishLocale.merging(["SAMEN_LOCK_TIMEOUT": "1.5"]) { $1 })
        #expect(en.status == 75)
        #expect(en.stderr.contains("waiting for the lock on \(dir) held by pid \(pid) (\(login))…"), "\(en.stderr)")
        #expect(en.stderr.contains("gave up after 1.5 s waiting for the lock on \(dir), held by pid \(pid) (\(login)); nothing was saved"), "\(en.stderr)")

        let (bad, _) = try waits.run(add, dir, environment: Self.dutchLocale.merging(["SAMEN_LOCK_TIMEOUT": "straks"]) { $1 })
        #expect(bad.stderr.contains("SAMEN_LOCK_TIMEOUT: moet een aantal seconden van 0 tot 86400 zijn, niet 'straks'"), "\(bad.stderr)")
    }
}

extension DutchCommandLineTests {
    /// `samen init` in Dutch starts the books with Dutch cost categories; they
    /// are data, so the journal names them as stored in either language.
    @Test func initInDutchWritesDutchCategories() throws {
        let root = SamenBinary.temporaryDirectory()
        defer { SamenBinary.remove(root) }
        let nl = try SamenBinary.run(["init", "--name", "Samen Test", "--data", root + "/nl"], environment: Self.dutchLocale)
        let en = try SamenBinary.run(["init", "--name", "Samen Test", "--data", root + "/en"], environment: Self.englishLocale)
        #expect(nl.status == 0 && en.status == 0, "\(nl.stderr)\(en.stderr)")
        let nlNetwork = try String(contentsOfFile: root + "/nl/network.json", encoding: .utf8)
        let enNetwork = try String(contentsOfFile: root + "/en/network.json", encoding: .utf8)
        #expect(nlNetwork.contains(#""huur""#) && nlNetwork.contains(#""secretariaat""#) && nlNetwork.contains(#""uitjes""#), "\(nlNetwork)")
        #expect(!nlNetwork.contains(#""rent""#), "\(nlNetwork)")
        #expect(enNetwork.contains(#""costCategories": ["#) || enNetwork.contains(#""costCategories":["#))
        #expect(enNetwork.contains(#""rent""#) && enNetwork.contains(#""secretary""#) && enNetwork.contains(#""outings""#), "\(enNetwork)")

        // A cost booked in the Dutch network reaches the journal under its stored name, whichever language exports it.
        let add = try SamenBinary.run(["ledger", "add", "--kind", "cost", "--amount", "12,50", "--category", "huur", "--date", "2026-11-02",
                                       "--payee", "Verhuurder", "--data", root + "/nl"], environment: Self.dutchLocale)
        #expect(add.status == 0, "\(add.stderr)")
        let jNL = try SamenBinary.run(["finance", "export", "hledger", "--year", "2026", "--data", root + "/nl"], environment: Self.dutchLocale)
        let jEN = try SamenBinary.run(["finance", "export", "hledger", "--year", "2026", "--data", root + "/nl"], environment: Self.englishLocale)
        #expect(jNL.status == 0 && jNL.stdout == jEN.stdout, "\(jNL.stderr)")
        #expect(jNL.stdout.contains("expenses:huur"), "\(jNL.stdout)")
    }
}

extension DutchCommandLineTests {
    /// How often a member takes part: the dashboard's word (`lid · per week`), from one place.
    @Test func involvementIsTheDashboardsWord() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.englishLocale) { dir in
            let nl = try SamenBinary.run(["member", "show", "anais", "--data", dir], environment: Self.dutchLocale)
            #expect(nl.status == 0, "\(nl.stderr)")
            #expect(nl.stdout.contains("per week"), "\(nl.stdout)")
            #expect(!nl.stdout.contains("wekelijks"), "\(nl.stdout)")
            let en = try SamenBinary.run(["member", "show", "anais", "--data", dir], environment: Self.englishLocale)
            #expect(en.stdout.contains("weekly"), "\(en.stdout)")
        }
    }
}

extension DutchCommandLineTests {
    /// A data file that is a symbolic link, or is gone: the command says so
    /// in Dutch, naming the file, and in English as it always did.
    @Test func aLinkedOrMissingLedgerIsNamedInDutch() throws {
        try SamenBinary.withDemo("unit-2", environment: Self.englishLocale) { dir in
            let ledger = dir + "/ledger.jsonl"
            try FileManager.default.moveItem(atPath: ledger, toPath: dir + "/ledger.real")
            try FileManager.default.createSymbolicLink(atPath: ledger, withDestinationPath: dir + "/ledger.real")
            let nl = try SamenBinary.run(["member", "list", "--data", dir], environment: Self.dutchLocale)
            #expect(nl.status != 0)
            #expect(nl.stderr.contains("ledger.jsonl: is een symbolische link (naar \(dir)/ledger.real); Samen leest en schrijft nooit via een link"), "\(nl.stderr)")
            #expect(!nl.stderr.contains("symbolic link"), "\(nl.stderr)")
            let en = try SamenBinary.run(["member", "list", "--data", dir], environment: Self.englishLocale)
            #expect(en.status == nl.status)
            #expect(en.stderr.contains("ledger.jsonl: is a symbolic link (to \(dir)/ledger.real); Samen never reads or writes through one, since another user could point it at a file of yours."), "\(en.stderr)")

            try FileManager.default.removeItem(atPath: ledger)
            let gone = try SamenBinary.run(["member", "list", "--data", dir], environment: Self.dutchLocale)
            #expect(gone.status != 0)
            #expect(gone.stderr.contains("ledger.jsonl: ontbreekt; Samen leest een ontbrekend bestand nooit als een leeg bestand"), "\(gone.stderr)")
            let goneEN = try SamenBinary.run(["member", "list", "--data", dir], environment: Self.englishLocale)
            #expect(!gone.stderr.contains("is missing"), "\(gone.stderr)")
            #expect(goneEN.stderr.contains("ledger.jsonl: is missing; Samen never takes a missing file to mean an empty one (its ids would be handed out again)."), "\(goneEN.stderr)")
        }
    }
}
