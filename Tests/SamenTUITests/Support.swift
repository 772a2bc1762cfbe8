import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// A terminal that exists only in memory: scripted events in, frames kept.
final class FakeBackend: TerminalBackend {
    var width: Int
    var height: Int
    let unicode: Bool
    var events: [InputEvent]
    private(set) var frames: [Canvas] = []
    /// Called when the script runs out, before the backend hangs up; lets a
    /// test change the data directory "from another process" mid-run.
    var onIdle: [() -> Void] = []

    init(width: Int, height: Int, unicode: Bool = true, events: [InputEvent] = []) {
        self.width = width; self.height = height; self.unicode = unicode; self.events = events
    }

    func present(_ canvas: Canvas) { frames.append(canvas) }
    func invalidate() {}
    func restore() {}

    func nextEvent(timeout milliseconds: Int) -> InputEvent? {
        if !events.isEmpty {
            let e = events.removeFirst()
            if case let .resize(w, h) = e { width = w; height = h }
            return e
        }
        if !onIdle.isEmpty { onIdle.removeFirst()(); return nil }
        return .hangup
    }

    var lastScreen: String { frames.last?.text ?? "" }
}

enum Keys {
    /// Keys for typing `text` one character at a time.
    static func type(_ text: String) -> [InputEvent] { text.map { .key(.char($0)) } }
    static func press(_ keys: Key...) -> [InputEvent] { keys.map { .key($0) } }
}

/// The Unit-2 demo on a fixed day, so screens are the same on every run.
enum TUIFixture {
    static let today = Day(iso: "2026-11-23")!

    static func unit2() throws -> NetworkState { try DemoNetwork.unit2.build(today: today) }

    static func model(width: Int = 80, height: Int = 24) throws -> AppModel {
        AppModel(state: try unit2(), actor: "eric", today: today, width: width, height: height)
    }

    /// A data directory with the Unit-2 demo, removed when `body` returns.
    static func withStore(_ body: (Store, String) throws -> Void) throws {
        var template = "/tmp/samen-tui-XXXXXX".utf8CString
        let dir = String(cString: template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }!)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try Store.create(at: dir + "/data", state: try unit2(), actor: "test", summary: "test")
        try body(store, dir + "/data")
    }
}

extension AppModel {
    /// The form on screen, if one is.
    var openForm: FormState? {
        if case let .form(f)? = overlay { return f }
        return nil
    }

    /// Feeds events and returns the effects, for tests without a store.
    /// Background work is done at once, as if each result arrived before the
    /// next key (`sendWithoutWaiting` leaves it undone).
    @discardableResult
    mutating func send(_ events: [InputEvent]) -> [Effect] {
        var all: [Effect] = []
        for e in events { all += finishInline(update(e)) }
        return all
    }

    /// Feeds events, leaving background work undone: what the person sees
    /// before a result arrives.
    @discardableResult
    mutating func sendWithoutWaiting(_ events: [InputEvent]) -> [Effect] {
        var all: [Effect] = []
        for e in events { all += update(e) }
        return all
    }
}

/// Whole-screen snapshots, kept as text files beside the tests and reviewed
/// by eye when they change. A missing snapshot is written and the test fails,
/// so a new screen is always looked at before it is accepted; set
/// SNAPSHOT_RECORD=1 to rewrite them all after an intended change.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    static func check(_ screen: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if record || existing == nil {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? (screen + "\n").write(to: url, atomically: true, encoding: .utf8)
            if existing == nil && !record {
                Issue.record("recorded a new snapshot \(name).txt: review it and run the tests again", sourceLocation: sourceLocation)
            }
            return
        }
        if existing != screen + "\n" {
            Issue.record("screen \(name) differs from its snapshot:\n--- expected\n\(existing!)--- actual\n\(screen)\n", sourceLocation: sourceLocation)
        }
    }
}

extension Dashboard {
    /// A dashboard for scripted keys: background work (the ledger's search
    /// text, verifying the directory) is done before the next key, so what a
    /// test reads does not depend on which core was quicker.
    static func scripted(store: Store, actor: String, backend: TerminalBackend, today: Day) -> Dashboard {
        let dashboard = Dashboard(store: store, actor: actor, backend: backend, today: today)
        dashboard.executor = .inline
        return dashboard
    }
}
