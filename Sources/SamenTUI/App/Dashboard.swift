import Dispatch
import Foundation
import SamenCore
#if canImport(Glibc)
import Glibc
#endif

/// Runs the dashboard: events in, `update`, effects out through the store,
/// `render`, present. Also watches the data directory so changes by other
/// people show up within a second.
public final class Dashboard {
    let store: Store
    let backend: TerminalBackend
    public private(set) var model: AppModel
    private var historyOffset: Int64
    /// Input wait per loop turn: short enough to notice other writers quickly.
    static let tick = 250
    /// The wait while background work is out: its result shows within a frame or two.
    static let busyTick = 15

    /// Where background work runs: on other cores (the dashboard), or at
    /// once on the loop's own thread, its result shown before the next key
    /// (scripted runs, whose keys come faster than any person types).
    public enum Executor: Sendable { case otherCores, inline }
    public var executor = Executor.otherCores

    /// Background work started and not yet back, by name: each job runs once.
    private var running: Set<String> = []
    private let finished = FinishedWork()

    /// Where "today" comes from; asked every tick so a dashboard left open
    /// overnight moves on to the new day.
    let clock: () -> Day

    public convenience init(store: Store, actor: String, backend: TerminalBackend, today: Day = .today(), clock: (() -> Day)? = nil) {
        self.init(store: store, identity: .member(actor), backend: backend, today: today, clock: clock)
    }

    public init(store: Store, identity: ChangeContext.Identity, backend: TerminalBackend, today: Day = .today(), clock: (() -> Day)? = nil) {
        self.store = store
        self.backend = backend
        self.clock = clock ?? { today }
        self.model = AppModel(state: store.state, identity: identity, today: today,
                              width: backend.width, height: backend.height, unicode: backend.unicode)
        historyOffset = HistoryLog.endOffset(directory: store.directory)
        model.verification.directory = store.directory
        model.verification.historyLength = store.historyLength
        // A save that waits for someone else's lock says so on screen, not on
        // stderr under the curses screen, and does not look like a freeze.
        store.lockPolicy.onWait = { [weak self] wait in self?.showWait(wait) }
    }

    func showWait(_ wait: LockWait) {
        let limit = LockPolicy.format(store.lockPolicy.timeout)
        model.message = StatusLine(text: TerminalText.sanitise(AppWords.givesUpAfter(wait: "\(wait)", seconds: Decimal1.localised(limit)).text), kind: .warning)
        backend.present(model.render())
    }

    /// Runs until the person quits, the terminal goes away, or a signal asks
    /// to stop. The terminal is restored on every way out, errors included.
    public func run() throws {
        defer { backend.restore() }
        backend.present(model.render())
        var lastLook = DispatchTime.now().uptimeNanoseconds
        perform(model.wantedWork())
        while !model.quitting {
            // While work is out the loop wakes often to show its result soon,
            // but draws and looks at the directory no more often than when idle.
            let busy = !running.isEmpty
            let event = backend.nextEvent(timeout: busy ? Self.busyTick : Self.tick)
            var changed = event != nil
            if let event { handle(event) }
            for (name, result) in finished.take() {
                running.remove(name)
                send(.background(result))
                changed = true
            }
            // Look at the directory after every quiet tick, and every tick
            // even while keys keep coming: a few stat calls, so other
            // people's changes show within a second.
            let now = DispatchTime.now().uptimeNanoseconds
            if !model.quitting && ((event == nil && !busy) || now - lastLook >= UInt64(Self.tick) * 1_000_000) {
                lastLook = now
                send(.today(clock()))
                if store.hasExternalChanges() { reload() }
                changed = true
            }
            if changed || !busy { backend.present(model.render()) }
        }
    }

    func handle(_ event: InputEvent) {
        perform(model.update(event))
    }

    /// One message through `update`, and its effects carried out.
    func send(_ message: Message) {
        perform(model.update(message))
    }

    func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit: return
            case .redraw: backend.invalidate()
            case let .background(job): start(job)
            case let .apply(change, origin):
                // Later changes of one key depend on the earlier (the lead, then
                // the move): after a refusal the rest are not tried.
                if !apply(change, origin: origin) { return }
            }
        }
    }

    /// Runs a job on another core, once per name; `run` picks up its result.
    func start(_ job: BackgroundJob) {
        guard running.insert(job.name).inserted else { return }
        let finished = self.finished
        if executor == .inline { return finished.add(job.name, job.run()) }
        DispatchQueue.global(qos: .userInitiated).async {
            finished.add(job.name, job.run())
        }
    }

    /// Saves one change. Signals only set a flag, so a save that has started
    /// always finishes before the loop looks at them.
    @discardableResult
    func apply(_ change: Change, origin: ChangeOrigin) -> Bool {
        let context = model.changeContext
        do {
            let outcome = try store.apply(change, context: context)
            historyOffset = HistoryLog.endOffset(directory: store.directory)
            sendData(.saved(.success(outcome), origin: origin, newState: store.state))
            return true
        } catch let partial as HistoryNotRecorded {
            // Saved: say so, and that the history line is missing; never invite a retry.
            historyOffset = HistoryLog.endOffset(directory: store.directory)
            sendData(.saved(.success(partial.outcome), origin: origin, newState: store.state))
            send(.problem("\(partial)"))
            return true
        } catch {
            sendData(.saved(.failure(error), origin: origin, newState: store.state))
            return false
        }
    }

    /// A message carrying the store's state: the history's length that goes
    /// with it first, so the verification after it replays exactly its lines.
    private func sendData(_ message: Message) {
        model.verification.historyLength = store.historyLength
        send(message)
    }

    func reload() {
        do {
            let before = store.state
            try store.reloadIfChanged()
            let (entries, next) = (try? HistoryLog.readWithOffset(directory: store.directory, from: historyOffset)) ?? ([], historyOffset)
            historyOffset = next
            sendData(.reloaded(store.state, summary: Self.summary(of: entries, before: before)))
        } catch {
            send(.problem(AppWords.cannotReload("\(error)").text))
        }
    }

    /// "reloaded: 2 changes by guido (signed)" / "reloaded: 3 changes by guido, lotte (1 unsigned)".
    ///
    /// One change is said as its history line says it, in English; in
    /// another language it is said again from the change itself, applied to
    /// `before` (the state before the reload, which it was made on), and
    /// when that cannot be done faithfully, only who changed something.
    static func summary(of entries: [HistoryLog.Entry], before: NetworkState? = nil) -> String {
        guard !entries.isEmpty else { return AppWords.reloadedOnDisk.text }
        var who: [String] = []
        // The member a change was made for, as the network knows them; `samen history` shows the person too.
        func name(_ e: HistoryLog.Entry) -> String { e.actedFor ?? e.by }
        for e in entries where !who.contains(name(e)) { who.append(name(e)) }
        let text: String
        if entries.count == 1 {
            let e = entries[0]
            if Language.current == .en { text = AppWords.reloadedOne(who: name(e), summary: e.summary).text }
            else if let before, let said = e.resaid(on: before) { text = AppWords.reloadedOne(who: name(e), summary: said).text }
            else { text = AppWords.reloadedChangedBy(who: name(e)).text }
        } else {
            text = AppWords.reloadedMany(count: entries.count, who: who.joined(separator: ", ")).text
        }
        return text + signatures(of: entries)
    }

    /// Whether what came in is signed: a signature that does not hold first.
    /// Nothing when none is signed (a network that does not sign).
    static func signatures(of entries: [HistoryLog.Entry]) -> String {
        var valid = 0, invalid = 0
        for e in entries {
            switch e.signature {
            case .valid: valid += 1
            case .invalid: invalid += 1
            case .none: break
            }
        }
        if invalid > 0 { return AppWords.signatureDoesNotHold(invalid).text }
        if valid == 0 { return "" }
        let unsigned = entries.count - valid
        return unsigned == 0 ? AppWords.signed.text : AppWords.unsigned(unsigned).text
    }
}

/// Results of background work, handed from the cores that did it to the
/// loop that shows them.
final class FinishedWork: @unchecked Sendable {
    private let lock = NSLock()
    private var done: [(String, BackgroundResult)] = []

    func add(_ name: String, _ result: BackgroundResult) {
        lock.lock(); done.append((name, result)); lock.unlock()
    }

    func take() -> [(String, BackgroundResult)] {
        lock.lock(); defer { lock.unlock() }
        let all = done
        done = []
        return all
    }
}
