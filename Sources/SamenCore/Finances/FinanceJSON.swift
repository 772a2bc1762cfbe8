/// `samen finance report --json` and `samen finance statement --json`: stable
/// field names, money in cents, the same numbers the finances pane shows.
extension FinanceReport {
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("year", year)
        b.set("closed", isClosed)
        b.set("revenue", revenue)
        b.set("contributions", contributions)
        b.set("contributionsByRole", .array(contributionsByRole.map { r in
            var o = JSONObjectBuilder(); o.set("role", r.role); o.set("amount", r.amount); return o.value
        }))
        b.set("contributionsByMember", .array(contributionsByMember.map { m in
            var o = JSONObjectBuilder()
            o.set("member", m.member); o.set("name", m.name); o.set("role", m.role)
            o.set("revenue", m.revenue); o.set("contributions", m.contributions)
            o.set("rates", .array(m.rates.map { .int($0) }))
            return o.value
        }))
        b.set("otherIncome", otherIncome)
        b.set("income", income)
        b.set("costs", costs)
        b.set("costsByCategory", .array(costsByCategory.map { c in
            var o = JSONObjectBuilder(); o.set("category", c.category); o.set("amount", c.amount); return o.value
        }))
        b.set("result", result)
        b.set("charges", charges)
        b.set("payments", payments)
        b.set("payouts", payouts)
        b.set("costsNotChargedOn", costsNotChargedOn)
        b.set("resultAfterCharges", resultAfterCharges)
        b.set("owedByMembers", owedByMembers)
        b.set("owedToPartners", owedToPartners)
        var p = JSONObjectBuilder()
        p.set("income", planned.income); p.set("costs", planned.costs); p.set("charges", planned.charges); p.set("payments", planned.payments)
        b.set("planned", p.value)
        b.set("distribution", .array(distribution.map { d in
            var o = JSONObjectBuilder()
            o.set("member", d.member); o.set("name", d.name); o.set("weight", d.weight); o.set("totalWeight", d.totalWeight)
            o.set("amount", d.amount)
            return o.value
        }))
        b.set("distributionWritten", isClosed)
        b.set("months", .array(months.map { m in
            var o = JSONObjectBuilder(); o.set("month", m.month); o.set("income", m.income); o.set("costs", m.costs); return o.value
        }))
        return b.value
    }
}

extension MemberStatement {
    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("year", year); b.set("member", member); b.set("name", name); b.set("role", role)
        b.set("revenue", revenue); b.set("contributions", contributions)
        b.set("rates", .array(rates.map { .int($0) }))
        b.set("charges", charges); b.set("payments", payments)
        b.set("distributions", distributions); b.set("payouts", payouts)
        b.set("openingBalance", openingBalance); b.set("balanceDue", balanceDue)
        b.set("shareOfResult", shareOfResult.map { JSONValue.int($0.cents) } ?? .null)
        b.set("entries", .array(entries.map(\.json)))
        return b.value
    }
}
