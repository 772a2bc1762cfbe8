import SamenCore
import SamenTUI

/// The help pane (issue 6) on a network as it stands once the dashboard is
/// open: opening the pane, a filter keystroke over every request, a
/// selection move (which works out the new request's suggested helpers),
/// and the parts it is built from.
@MainActor func helpRows(_ name: String, state: NetworkState, big: Bool) {
    let today = Day.today()
    let index = measure(runs: big ? 9 : 30) { _ = HelperIndex(state, today: today) }
    rows.append(Row(size: name, what: "helper index: skills and Share pitches by word (once per data version)", median: index, unit: "ms", target: ""))

    // One request per run, each with one to three topic tags, as generated.
    let helpers = HelperIndex(state, today: today)
    let advice = state.requests.filter { $0.kind == .advice && !$0.tags.isEmpty }
    var next = 0
    let suggest = measure(runs: 101) {
        _ = helpers.suggestions(for: advice[next % advice.count], limit: 5)   // as many as the pane shows
        next += 7
    }
    rows.append(Row(size: name, what: "suggested helpers for one request over \(state.members.count) members", median: suggest, unit: "ms",
                    target: big ? "≤ 20 ms" : ""))

    let signals = measure(runs: big ? 9 : 30) { _ = state.needsWorkSignals(on: today) }
    rows.append(Row(size: name, what: "needs-work signals, met or not, over every project (once per data version)", median: signals, unit: "ms", target: ""))

    let directory = AppModel(state: state, actor: "m00004", today: today, width: 160, height: 50)
    let first = measure(runs: big ? 9 : 30) {
        var model = directory
        _ = model.update(.key(.char("3")))
        _ = model.render()
    }
    rows.append(Row(size: name, what: "help pane: first open after a data change (builds lists and index), rendered", median: first, unit: "ms", target: ""))
    var model = directory
    _ = model.update(.key(.char("3")))
    let again = measure(runs: 40) {
        _ = model.update(.key(.char("1")))
        _ = model.update(.key(.char("3")))
        _ = model.render()
    }
    rows.append(Row(size: name, what: "help pane: open the list again, rendered", median: again, unit: "ms", target: big ? "≤ 10 ms" : ""))
    var step = 0
    let move = measure(runs: 40) {
        _ = model.update(.key(step % 40 < 20 ? .down : .up))
        step += 1
        _ = model.render()
    }
    rows.append(Row(size: name, what: "help pane: move to another request (its helpers worked out), rendered", median: move, unit: "ms", target: ""))
    _ = model.update(.key(.char("/")))
    var typed = 0
    let letters = Array("infographics")
    let filter = measure(runs: 48) {
        // Type "infographics" and delete it again, rendering after each key.
        _ = model.update(.key(typed % 24 < 12 ? .char(letters[typed % 12]) : .backspace))
        typed += 1
        _ = model.render()
    }
    rows.append(Row(size: name, what: "help pane: filter keystroke over \(state.requests.count) requests, rendered", median: filter, unit: "ms",
                    target: big ? "≤ 10 ms" : ""))
}
