/// Small facts about a request that both the command line and the dashboard show.
extension HelpRequest {
    /// Whole days since it was asked.
    public func ageInDays(on today: Day) -> Int { max(0, created.day.distance(to: today)) }

    /// Asked by `member`, or offered on by them: what "Mine" means.
    public func involves(_ member: String) -> Bool { from == member || offers.contains { $0.member == member } }

    /// The offer that was accepted, if any.
    public var acceptedOffer: Offer? { accepted.flatMap { a in offers.first { $0.member == a } } }
}

extension HelperSuggestion {
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("member", member); b.set("name", name); b.set("score", score)
        b.set("matches", .array(matches.map { m in
            var o = JSONObjectBuilder()
            o.set("tag", m.tag); o.set("how", m.how.rawValue); o.set("evidence", m.evidence); o.set("points", m.points)
            return o.value
        }))
        return b.value
    }
}

extension NeedsWorkSignal {
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("request", request.id); b.set("member", member); b.set("since", since)
        b.set("wantedHoursPerWeek", wantedHoursPerWeek); b.set("staffedHoursPerWeek", staffedHoursPerWeek)
        b.set("unmetHoursPerWeek", unmetHoursPerWeek); b.set("met", isMet)
        b.set("staffedOn", .array(staffedOn.map { .int(Int64($0)) }))
        return b.value
    }
}
