/// A member's open "needs work" signal, and how far work taken on since has met it.
///
/// Freelancers rarely say it goes badly (seeds: Unit-2), so once one does, the
/// network should act on it: the member directory marks them and staffing
/// suggestions raise them on solidarity. Both stop when the signal is
/// answered: the member closes or withdraws the request, or the network
/// staffs them for the hours they asked. "Staffed" is read from the data, so
/// no one has to remember to switch a flag off: see `staffedHoursPerWeek`.
public struct NeedsWorkSignal: Sendable, Equatable {
    public var request: HelpRequest
    public var member: String { request.from }
    /// The day the member said so; only work taken on from then counts as an answer.
    public var since: Day { request.created.day }
    public var wantedHoursPerWeek: Hours
    /// Hours a week of new work, in the busiest week from this week on.
    /// New work is an allocation on an active project that starts on or
    /// after `since`, or on a project the network took on (moved to
    /// proposal or active) after the signal was raised.
    /// Work that has ended no longer counts, and neither do proposals: a
    /// proposal can still be lost.
    public var staffedHoursPerWeek: Hours
    /// The projects that new work is on, by id.
    public var staffedOn: [Int]

    public var unmetHoursPerWeek: Hours { max(.zero, wantedHoursPerWeek - staffedHoursPerWeek) }
    public var isMet: Bool { staffedHoursPerWeek >= wantedHoursPerWeek }
}

extension NetworkState {
    /// Every open "needs work" signal by member, met or not: for showing
    /// "staffed 8 of 16 h/week" beside the request.
    public func needsWorkSignals(on today: Day) -> [String: NeedsWorkSignal] {
        var open: [String: HelpRequest] = [:]
        requests.records.withUnsafeBufferPointer { all in
            for i in all.indices where all[i].kind == .needsWork && all[i].isOpen {
                // The rules allow one open signal per member; a hand-edited
                // file might hold two, and then the latest speaks.
                if let earlier = open[all[i].from], earlier.id > all[i].id { continue }
                open[all[i].from] = all[i]
            }
        }
        guard !open.isEmpty else { return [:] }
        let thisWeek = ISOWeek(containing: today)
        var newWork: [String: [(project: Int, hours: Hours, range: DateRange)]] = [:]
        // Through a buffer: iterating the table would copy each of 50,000 projects.
        projects.records.withUnsafeBufferPointer { all in
            for i in all.indices where all[i].status == .active {
                for a in all[i].allocations {
                    guard let r = open[a.member], a.range.end >= thisWeek.monday else { continue }
                    // New: it starts after the signal, or the network took the project on after it.
                    let takenOn = all[i].log.first { $0.to == .proposal || $0.to == .active }?.at
                    guard a.range.start >= r.created.day || (takenOn.map { $0 >= r.created } ?? false) else { continue }
                    newWork[a.member, default: []].append((all[i].id, a.hoursPerWeek, a.range))
                }
            }
        }
        var out: [String: NeedsWorkSignal] = [:]
        for (member, r) in open {
            var peak = Hours.zero, peakProjects: [Int] = []
            let work = newWork[member] ?? []
            // The busiest week starts where some piece of work starts (or this week).
            for w in Set(work.map { max(thisWeek, ISOWeek(containing: $0.range.start)) }) {
                let during = work.filter { ISOWeek(containing: $0.range.start) <= w && w <= ISOWeek(containing: $0.range.end) }
                let hours = during.reduce(Hours.zero) { $0 + $1.hours }
                if hours > peak { peak = hours; peakProjects = during.map(\.project).sorted() }
            }
            out[member] = NeedsWorkSignal(request: r, wantedHoursPerWeek: r.hoursPerWeek ?? 0,
                                          staffedHoursPerWeek: peak, staffedOn: peakProjects)
        }
        return out
    }

    /// The open "needs work" signals that new work has not yet met, by
    /// member: the members the directory marks, and the ones staffing
    /// suggestions raise on solidarity (by `unmetHoursPerWeek`). Closing
    /// the request, or staffing the member for the hours asked, removes
    /// them from here, and so from both.
    public func unmetNeedsWork(on today: Day) -> [String: NeedsWorkSignal] {
        needsWorkSignals(on: today).filter { !$0.value.isMet }
    }
}
