import ArgumentParser
import Foundation
import SamenCore

/// Where the data is and who is acting: every command takes these.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CLIHelpWords.dataHelp.text, valueName: "DIR"))
    var data: String?

    @Option(name: .customLong("as"), help: ArgumentHelp(CLIHelpWords.asHelp.text, valueName: "LOGIN"))
    var actingAs: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// --data, else $SAMEN_DATA, else $XDG_DATA_HOME/samen, else ~/.local/share/samen.
    var directory: String {
        if let data, !data.isEmpty { return data }
        let env = environment
        if let d = env["SAMEN_DATA"], !d.isEmpty { return d }
        if let x = env["XDG_DATA_HOME"], !x.isEmpty { return x + "/samen" }
        return (env["HOME"] ?? NSHomeDirectory()) + "/.local/share/samen"
    }

    /// Who acts: the Unix user the system authenticated, for the member --as
    /// or $SAMEN_USER names, if any (the rules decide whether they may).
    var identity: ChangeContext.Identity {
        .login(Self.unixLogin, actingFor: Self.actingFor(flag: actingAs, environment: environment))
    }

    /// The name changes are made in, and reads are shown for: the member acted for, else the person.
    var actor: String { ChangeContext(identity: identity).actor }

    static func actingFor(flag: String?, environment: [String: String]) -> String? {
        if let flag, !flag.isEmpty { return flag }
        if let u = environment["SAMEN_USER"], !u.isEmpty { return u }
        return nil
    }

    /// The real user's login: never $USER or $LOGNAME, which anyone can set.
    static var unixLogin: String {
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }

    /// The member whose rights apply, as the policy sees it (nil for a non-member or a refused --as).
    func member(in state: NetworkState) -> Member? { (try? state.acting(context()))?.member }

    func context() -> ChangeContext { ChangeContext(identity: identity, today: Day.today(environment: environment)) }

    /// The store, signing each change with the person's registered key when they hold it here.
    func openStore() throws -> Store {
        let store = try Store(directory: directory, lockPolicy: lockPolicy())
        store.signer = SSHKeygenSigner.forCurrentUser(environment: environment)
        return store
    }

    /// Everything but the books, for questions that never look at money.
    func readWithoutLedger() throws -> NetworkState { try Store.readWithoutLedger(directory: directory, lockPolicy: lockPolicy()) }

    /// The network, members and books, for money questions (reports, statements, exports).
    func readForFinances() throws -> NetworkState { try Store.readForFinances(directory: directory, lockPolicy: lockPolicy()) }

    /// `SAMEN_LOCK_TIMEOUT`, and a line on stderr when a change has to wait
    /// for another person's save: silence would look like a hang.
    func lockPolicy() throws -> LockPolicy {
        try LockPolicy.fromEnvironment(environment["SAMEN_LOCK_TIMEOUT"]) { wait in
            printError("samen: " + TerminalText.sanitise(wait.description))
        }
    }

    /// Applies one change and prints its summary (or the applied record as JSON).
    @discardableResult
    func apply(_ change: Change, json: Bool = false) throws -> (Store, ChangeOutcome) {
        let store = try openStore()
        return (store, try apply(change, to: store, json: json))
    }

    /// The same through a store already open, for commands that make several
    /// changes or look before they change: one load, not one per change.
    @discardableResult
    func apply(_ change: Change, to store: Store, json: Bool = false) throws -> ChangeOutcome {
        let outcome: ChangeOutcome
        do {
            outcome = try store.apply(change, context: context())
        } catch let partial as HistoryNotRecorded {
            // The change is on disk: exit 0 so a script does not repeat it, but say what is missing.
            printError(CLIWords.warning("\(partial)").text)
            outcome = partial.outcome
        }
        if !json { Console.out(TerminalText.sanitise(outcome.said.text)) }
        // Saved, but worth knowing (a topic tag like one in use): on stderr, so stdout stays clean.
        for w in outcome.warnings { printError(CLIWords.warning(TerminalText.sanitise(w)).text) }
        return outcome
    }
}

struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(CLIHelpWords.jsonHelp.text))
    var json = false
}

/// Ends a read-only command once its output is written, without tearing down
/// `state`: the kernel takes the memory back at once, where freeing a big
/// network entry by entry costs a noticeable part of a quick command's time.
func exitAfterOutput(_ state: NetworkState) -> Never {
    withExtendedLifetime(state) {
        fflush(nil)
        exit(0)
    }
}

/// Parsing helpers that turn a person's typing into domain values, with
/// messages naming the option; the ranges are `Limits`', shared with the
/// forms and the loader.
enum Parse {
    /// A day as people type it (`DayInput`: `2026-12-31`, `31-12-2026`, `morgen`, `mon`, `next week`).
    static func day(_ text: String, option: String) throws -> Day {
        switch Limits.day(text, today: Day.today()) {
        case let .success(d): return d
        case let .failure(e): throw ValidationError("\(option) \(e.predicate)")
        }
    }

    /// The ISO week of a date, of "today", or a week as people type it
    /// (`WeekInput`: `2027-W02`, `wk 48`, `48`, `week 48 2026`, `W48`).
    static func week(_ text: String, option: String, today: Day) throws -> ISOWeek {
        if text == "today" { return ISOWeek(containing: today) }
        if ISOWeek.looksLikeWeek(text) {
            switch Limits.week(text, today: today) {
            case let .success(w): return w
            case let .failure(e): throw ValidationError("\(option) \(e.predicate)")
            }
        }
        if let d = DayInput.parse(text, today: today) {
            if let p = Limits.problem(with: d) { throw ValidationError("\(option) \(p)") }
            return ISOWeek(containing: d)
        }
        throw ValidationError(ErrorWords.weekForm(option: option, forms: DayInput.forms, got: text).text)
    }

    static func list(_ text: String?) -> [String]? {
        text.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    static func value<E: JSONEnum>(_ text: String, _ option: String, _: E.Type = E.self) throws -> E {
        guard let v = E(rawValue: text) else { throw ValidationError(ErrorWords.notOneOf(option: option, text: text, allowed: E.allowedValues).text) }
        return v
    }

    static func money(_ text: String, option: String) throws -> Money {
        do { return try Money.parse(text) } catch { throw ValidationError("\(option): \(error)") }
    }

    /// Hours typed on the command line (`16`, `2.5`, `2,5`), as text so that
    /// either decimal mark works and `1e19` or `nan` is refused with the
    /// range rather than read as a double and converted. A change's hours are
    /// read in `Limits.storedHours`, so the rules of the change say what is
    /// out of range, in the same words as the dashboard's.
    static func hours(_ text: String, option: String, in range: ClosedRange<Hours> = Limits.hoursPerWeek) throws -> Hours {
        switch Limits.hours(text, in: range) {
        case let .success(h): return h
        case let .failure(e): throw ValidationError("\(option) \(e.predicate)")
        }
    }

    /// A calendar year option, within the years a date may have.
    static func year(_ value: Int?, option: String = "--year") throws {
        if let value { try integer(value, option: option, in: Limits.years) }
    }

    /// A whole number option checked against its range from `Limits`.
    static func integer(_ value: Int, option: String, in range: ClosedRange<Int>, unit: String = "") throws {
        if let p = Limits.problem(with: value, in: range, unit: unit) { throw ValidationError("\(option) \(p)") }
    }
}
