import Testing
@testable import SamenCore

/// A damaged file, a rule a file breaks, a failed signing and a lock wait are
/// explained in Dutch when Dutch is spoken, naming the same file, line and
/// field, and in English as they always were.
@Suite struct DutchFileMessagesTests {
    func dutch(_ error: any Error) -> String { Language.$scoped.withValue(.nl) { "\(error)" } }
    func english(_ error: any Error) -> String { Language.$scoped.withValue(.en) { "\(error)" } }

    func decodingError(_ line: String) throws -> any Error {
        do { _ = try Member(jsonText: line) } catch { return error }
        Issue.record("\(line) was read")
        throw DomainError("read")
    }

    @Test func aFieldOfTheWrongKind() throws {
        let e = try decodingError(#"{"id": 12}"#)
        #expect(english(e) == "member field 'id' must be a string, got a number")
        #expect(dutch(e) == "lid, veld 'id': moet een tekst zijn, niet een getal")
    }

    @Test func anUnknownFieldAndBrokenJSON() throws {
        #expect(dutch(try decodingError(#"{"naam": "x"}"#)) == "lid heeft een onbekend veld 'naam'")
        let broken = try decodingError(#"{"id" "x"}"#)
        #expect(english(broken) == "expected ':' after the field name at column 7")
        #expect(dutch(broken) == "hier hoort ':' na de veldnaam in kolom 7")
    }

    @Test func aProblemKeepsItsEnglishForJSON() {
        let p = Problem(file: "ledger.jsonl", line: 4, LoadWords.entryUnknownProject(4, project: 99))
        #expect(Language.$scoped.withValue(.nl) { p.description } == "ledger.jsonl:4: boeking 4 verwijst naar project 99, en dat bestaat niet")
        #expect(Language.$scoped.withValue(.nl) { p.phrase.en } == "entry 4 refers to project 99, which does not exist")
        let warning = Problem(file: "ledger.jsonl", line: 9, LoadWords.lastLineIncomplete, isWarning: true)
        #expect(Language.$scoped.withValue(.nl) { warning.description }.hasPrefix("ledger.jsonl:9: waarschuwing: de laatste regel is onvolledig"))
    }

    @Test func theValidatorsRules() throws {
        var state = NetworkState(network: Network(name: "T", place: "Leiden"))
        let joined = try #require(Day(iso: "2026-05-01")), left = try #require(Day(iso: "2026-04-01"))
        var m = Member(id: "anna", name: "Anna", role: .member, city: "Leiden", joined: joined)
        m.left = left
        state.members.replaceAll(sortedUnique: [m])
        var v = Validator(state: state)
        let problems = v.run()
        let p = try #require(problems.first)
        #expect(Language.$scoped.withValue(.en) { p.message } == "member 'anna' left (2026-04-01) before joining (2026-05-01)")
        #expect(Language.$scoped.withValue(.nl) { p.message } == "lid 'anna' is vertrokken (01-04-2026) voordat het lid werd (01-05-2026)")
    }

    @Test func aSigningFailureAndALockWait() {
        let f = SigningFailed(why: .keygenExit(file: "/k", status: 1))
        #expect(english(f) == "the change was not saved: it could not be signed: ssh-keygen -Y sign with /k failed: exit 1")
        #expect(dutch(f) == "de wijziging is niet opgeslagen: ondertekenen lukte niet: ssh-keygen -Y sign met /k mislukte: exitcode 1")
        let wait = LockWait(directory: "/d", holder: LockHolder(pid: 7, login: "anna"))
        #expect(Language.$scoped.withValue(.en) { wait.description } == "waiting for the lock on /d held by pid 7 (anna)…")
        #expect(Language.$scoped.withValue(.nl) { wait.description } == "wachten op het slot van /d, dat pid 7 (anna) heeft…")
        let nobody = LockTimeout(directory: "/d", holder: LockHolder(), seconds: 2, reading: true)
        #expect(dutch(nobody).hasPrefix("gestopt na 2 s wachten op het slot van /d, dat een ander proces heeft; er is niets gelezen."))
    }

    @Test func aFileTheStoreCannotUse() throws {
        let link = FileIO.symbolicLinkRefusal("/d/ledger.jsonl")
        #expect(english(link).hasPrefix("/d/ledger.jsonl is a symbolic link; Samen never reads or writes through one"))
        #expect(dutch(link).hasPrefix("/d/ledger.jsonl is een symbolische link; Samen leest en schrijft nooit via een link"))
        let failed = FileIO.fail(.read, "/d/history.jsonl", 5)
        #expect(english(failed).hasPrefix("cannot read /d/history.jsonl: "))
        #expect(dutch(failed).hasPrefix("kan niet lezen: /d/history.jsonl: "))
        // Wrapped by the store, chosen when shown: the inner words follow too.
        let notSaved = StoreError(file: "/d", StoreWords.changeNotSaved(FileIO.missing("/d/requests.jsonl")), kind: .notSaved)
        #expect(english(notSaved) == "/d: the change was not saved: /d/requests.jsonl is missing; Samen never takes a missing file to mean an empty one (ids would be used twice). Restore it from a backup or git and try again")
        #expect(dutch(notSaved).hasPrefix("/d: de wijziging is niet opgeslagen: /d/requests.jsonl ontbreekt; Samen leest een ontbrekend bestand nooit als een leeg bestand"))
        let entry = Problem(file: "members.jsonl", LoadWords.entryMissing)
        #expect(Language.$scoped.withValue(.nl) { entry.description }.hasPrefix("members.jsonl: ontbreekt; "))
        #expect(Language.$scoped.withValue(.nl) { entry.phrase.en }.hasPrefix("is missing; Samen never takes a missing file"))
    }

    @Test func aStaleTemporaryFilesAge() {
        #expect(Age(seconds: 5 * 86_400).text(in: .en) == "5 days")
        #expect(Age(seconds: 5 * 86_400).text(in: .nl) == "5 dagen")
        #expect(Age(seconds: 3 * 3_600).text(in: .nl) == "3 uur")
        let p = Problem(file: ".x.tmp-1", LoadWords.temporaryFile(owner: "anna", age: Age(seconds: 3 * 86_400)), isWarning: true)
        #expect(Language.$scoped.withValue(.nl) { p.description }.contains("(van anna, 3 dagen oud)"))
        #expect(Language.$scoped.withValue(.en) { p.description }.contains("(owner anna, 3 days old)"))
    }

    @Test func aChangeReadBackFromTheHistory() throws {
        func error(_ text: String) throws -> any Error {
            do { _ = try Change(json: try JSONParser.parse(text)) } catch { return error }
            Issue.record("\(text) was read")
            throw DomainError("read")
        }
        let missing = try error(#"{"change": "member-left", "member": "anna"}"#)
        #expect(english(missing) == "change: 'on' is missing")
        #expect(dutch(missing) == "wijziging: 'on' ontbreekt")
        let flag = try error(#"{"change": "edit-project", "edit": {"project": 1, "clearBudget": 3}}"#)
        #expect(english(flag) == "project edit: 'clearBudget' must be true or false")
        #expect(dutch(flag) == "wijziging van een project: 'clearBudget' moet true of false zijn")
        let step = try error(#"{"change": "steps", "steps": [{"change": "fly"}]}"#)
        #expect(english(step) == "step 1: 'fly' is not a change Samen makes")
        #expect(dutch(step) == "stap 1: 'fly' is geen wijziging die Samen maakt")
    }

    @Test func aRecordsOwnRules() throws {
        func error(_ body: () throws -> Void) -> (any Error)? { do { try body() } catch { return error }; return nil }
        let ends = try #require(error { _ = try TimeOff(jsonText: #"{"from":"2026-03-02","to":"2026-03-01"}"#) })
        #expect(english(ends) == "time off ends (2026-03-01) before it starts (2026-03-02)")
        #expect(dutch(ends) == "de vrije tijd eindigt (2026-03-01) vóór het begin (2026-03-02)")
        let planned = JSONFieldError(JSONFieldWords.field("ledger entry", key: "planned", RecordRule.trueOrFalse))
        #expect(english(planned) == "ledger entry field 'planned' must be true or false")
        #expect(dutch(planned) == "boeking, veld 'planned': moet true of false zijn")
        let currency = JSONFieldError(RecordRule.currency("USD"))
        #expect(english(currency) == "currency 'USD' is not supported; Samen keeps its books in EUR")
        #expect(dutch(currency) == "valuta 'USD' wordt niet ondersteund; Samen houdt de boeken bij in EUR")
    }

    @Test func aGroupThatDoesNotExist() throws {
        var thrown: (any Error)?
        do { _ = try SharedDirectory.groupID("geen-groep-samen") } catch { thrown = error }
        let e = try #require(thrown)
        #expect(english(e) == "there is no Unix group 'geen-groep-samen' (an administrator creates it with `groupadd geen-groep-samen` and adds members with `usermod -aG geen-groep-samen LOGIN`)")
        #expect(dutch(e).hasPrefix("er is geen Unix-groep 'geen-groep-samen' (een beheerder maakt hem met `groupadd geen-groep-samen`"))
        let journal = StoreError(file: ".samen-journal", StoreWords.journalNotOurs(why: .noHeader))
        #expect(english(journal).hasPrefix(".samen-journal: the journal of an interrupted save is not one Samen wrote (no header); nothing was changed."))
        #expect(dutch(journal).hasPrefix(".samen-journal: het journaal van een onderbroken opslag is niet door Samen geschreven (geen kopregel); er is niets veranderd."))
    }
}
