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
}
