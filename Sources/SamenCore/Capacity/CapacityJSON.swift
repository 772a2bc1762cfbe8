/// `samen capacity --json`: per member, one array per measure with one number
/// per week of the window (`weeks`), so `jq '.members[] | select(.spare | min >= 16)'`
/// answers "who has 16 hours free every week". Hours to a tenth.
extension CapacityReport {
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("from", query.first.iso)
        b.set("weeks", query.window.map(\.iso))
        var filter = JSONObjectBuilder()
        filter.set("skills", query.skills)
        filter.set("minSpare", query.minSpare.map(JSONNumber.hours) ?? .null)
        b.set("filter", filter.value)
        b.set("rosterCount", rosterCount)
        b.set("members", .array(rows.map(\.json)))
        b.set("listedTotals", Self.totalsJSON(listed))
        b.set("networkTotals", Self.totalsJSON(network))
        return b.value
    }

    static func totalsJSON(_ totals: [CapacityTotals]) -> JSONValue {
        var b = JSONObjectBuilder()
        b.set("contracted", .array(totals.map { JSONNumber.hours($0.contracted) }))
        b.set("effective", .array(totals.map { JSONNumber.hours($0.effective) }))
        b.set("allocated", .array(totals.map { JSONNumber.hours($0.allocated) }))
        b.set("tentative", .array(totals.map { JSONNumber.hours($0.tentative) }))
        b.set("spare", .array(totals.map { JSONNumber.hours($0.spare) }))
        b.set("utilisation", .array(totals.map { $0.utilisation.map(JSONNumber.thousandths) ?? .null }))
        b.set("members", .array(totals.map { .int(Int64($0.members)) }))
        b.set("overbooked", .array(totals.map { .int(Int64($0.overbooked)) }))
        return b.value
    }
}

extension MemberCapacity {
    var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", member.id); b.set("name", member.name); b.set("city", member.city); b.set("skills", member.skills)
        b.set("contracted", .array(weeks.map { JSONNumber.hours($0.contracted) }))
        b.set("effective", .array(weeks.map { JSONNumber.hours($0.effective) }))
        b.set("allocated", .array(weeks.map { JSONNumber.hours($0.allocated) }))
        b.set("tentative", .array(weeks.map { JSONNumber.hours($0.tentative) }))
        b.set("spare", .array(weeks.map { JSONNumber.hours($0.spare) }))
        b.set("utilisation", .array(weeks.map { $0.utilisation.map(JSONNumber.thousandths) ?? .null }))
        b.set("overbooked", .array(weeks.map { .bool($0.isOverbooked) }))
        b.set("totalSpare", JSONNumber.hours(spare))
        return b.value
    }
}
