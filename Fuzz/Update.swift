import SamenCore
import SamenTUI

/// The dashboard's `update` on random events (keys, typing, mouse, resizes)
/// over the Unit-2 demo. Changes the model asks for are applied to its data
/// as the store would, and their result handed back, so forms, rules and
/// refusals are all in play; background work comes back between events
/// when the input says (so a result may arrive after the data it was made
/// from has changed); a quarter of the inputs end by drawing the screen.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzUpdate(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var model = FuzzDemo.model
    var i = 0
    func byte() -> UInt8 { defer { i += 1 }; return i < size ? data[i] : 0 }
    // Background work asked for and not back yet, as the runner keeps it:
    // each job once by name, its result handed back when the input says,
    // between any two events (or never), as another core would.
    var pending: [BackgroundJob] = []
    func collect(_ effects: [Effect]) -> [Effect] {
        var rest: [Effect] = []
        for effect in effects {
            if case let .background(job) = effect {
                if !pending.contains(job) { pending.append(job) }
            } else {
                rest.append(effect)
            }
        }
        return rest
    }
    var events = 0
    while i < size, events < 64 {
        events += 1
        let (a, b, c) = (byte(), byte(), byte())
        if FuzzDemo.isWorkDone(a, c) {
            if !pending.isEmpty { _ = collect(model.update(.background(pending.removeFirst().run()))) }
            continue
        }
        let event = FuzzDemo.event(a, b, c)
        if case .hangup = event { continue }
        for effect in collect(model.update(event)) {
            guard case let .apply(change, origin) = effect else { continue }
            var next = model.state
            do {
                let outcome = try next.apply(change, context: ChangeContext(actor: model.actor, today: model.today))
                _ = collect(model.update(.saved(.success(outcome), origin: origin, newState: next)))
            } catch {
                _ = collect(model.update(.saved(.failure(error), origin: origin, newState: nil)))
            }
        }
        if model.quitting { break }
    }
    // Drawing costs most of an input; a quarter of them end with a frame,
    // chosen by the input so a crash in drawing still replays.
    if size > 0, data[0] & 3 == 0 { _ = model.render() }
    return 0
}

enum FuzzDemo {
    static let today = Day(iso: "2026-11-23")!
    nonisolated(unsafe) static let model: AppModel = {
        let state = try! DemoNetwork.unit2.build(today: today)  // the shipped demo; not input
        var model = AppModel(state: state, actor: "eric", today: today, width: 100, height: 30)
        // Each pane builds its indexes when first shown; built once here, every
        // input starts from a copy that has them, and the time goes to events.
        for pane in "2341" { _ = model.update(.key(.char(pane))) }
        return model
    }()

    static let keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab,
                              .backspace, .delete, .ctrl("u"), .ctrl("l"), .ctrl("c"), .function(1)]
    /// Characters that mean something somewhere, plus text worth typing into forms.
    static let chars: [Character] = Array("jkgGnNeEaAdDsSrRcCyY/?xXhHlLfFmMoOpPtTwWbB1234 -.,0123456789é€😀\u{202E}\u{1B}")

    /// The oldest background job's result comes back now (instead of an event).
    static func isWorkDone(_ a: UInt8, _ c: UInt8) -> Bool { a % 16 == 15 && c % 4 == 0 }

    static func event(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> InputEvent {
        switch a % 16 {
        case 0..<6: return .key(.char(chars[Int(b) % chars.count]))
        case 6..<11: return .key(keys[Int(b) % keys.count])
        case 11: return .mouse(MouseEvent(kind: .click, x: Int(b) % 120, y: Int(c) % 40))
        case 12: return .mouse(MouseEvent(kind: c % 2 == 0 ? .wheelUp : .wheelDown, x: Int(b) % 120, y: Int(c) % 40))
        case 13: return .resize(width: Int(b) % 200, height: Int(c) % 70)
        case 14: return .key(.char(Character(Unicode.Scalar(b))))
        // A paste of a few characters, line breaks among them.
        case 15 where c % 2 == 1: return .paste(String((0..<Int(c % 24)).map { $0 % 5 == 4 ? "\n" : chars[(Int(b) + $0 * 7) % chars.count] }))
        default: return .key(.escape)
        }
    }
}
