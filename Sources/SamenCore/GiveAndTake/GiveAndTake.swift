/// What each member brought to the network in a year and what they took
/// from it (issue 16, "bring and take", as ST-groep puts it): the work they
/// brought in, the work they took on others' projects, the help they gave
/// and asked for, and the network's own products they helped build.
///
/// It is a balance told in words, never a score: members come in order of
/// name, nothing is summed into one number, nothing ranks them. The seeds
/// warn against paying fees for bringing in work; this shows who brings and
/// who takes so a network can talk about it, not so it can settle it.
///
/// What counts, for the calendar year `year`:
/// - **brought in**: projects the member is the source of (`Project.source`)
///   that came in that year. Those the network won (active or done) add their
///   estimated hours and their value at the rate card (`estimatedValue`); one
///   that was declined, lost or is still undecided brought no work yet.
/// - **taken**: hours allocated to the member that year on won projects
///   someone else brought in (or that came to the collective), at their
///   hours a week over the working days of the year the allocation covers.
/// - **help given**: requests on which the member's offer was accepted, the
///   offer made that year; **help asked**: requests the member made that year.
/// - **products**: the network's products (`Product`) they contribute to
///   that had started by the end of the year.
///
/// Who is listed: partners, associates and members who were in the network
/// for some of the year (`CapacityIndex.isOnRoster`).
public struct GiveAndTake: Sendable {
    public struct Row: Sendable, Equatable {
        public var id: String
        public var name: String
        /// Projects brought in that year, by id.
        public var broughtIn: [Int] = []
        /// Of those, the ones the network won.
        public var broughtWon: [Int] = []
        /// Estimated hours of the won ones.
        public var broughtHours: Hours = .zero
        /// Their value at the rate card; nil parts could not be priced (no card).
        public var broughtValue: Money = .zero
        /// Won projects brought in that could not be priced (no rate card, no rate).
        public var unpriced: Int = 0
        /// Half-hours times working days on others' projects; `takenHours` says it in hours.
        var takenHalfHourDays: Int64 = 0
        /// Others' projects the hours were on.
        public var takenProjects: Int = 0
        public var helpGiven: Int = 0
        public var helpAsked: Int = 0
        /// Names of the products they contribute to.
        public var products: [String] = []

        /// Hours taken on others' work, to a tenth.
        public var takenHours: Double { Double(takenHalfHourDays) / 10 }

        public var balance: Balance {
            Balance(brought: broughtHours.value, taken: takenHours)
        }
    }

    /// Brought against taken, in hours: which side is bigger, in words, and
    /// the share of each for a small bar. Deliberately coarse (three words).
    public struct Balance: Sendable, Equatable {
        public var brought: Double
        public var taken: Double

        public enum Word: String, Sendable { case none, mostlyBrought = "mostly-brought", even, mostlyTook = "mostly-took" }

        public var word: Word {
            let total = brought + taken
            guard total > 0 else { return .none }
            let share = brought / total
            return share >= 2.0 / 3 ? .mostlyBrought : share <= 1.0 / 3 ? .mostlyTook : .even
        }

        /// How many of `width` cells are brought (the rest, when anything, taken).
        public func broughtCells(of width: Int) -> Int {
            let total = brought + taken
            guard total > 0, width > 0 else { return 0 }
            let cells = Int((brought / total * Double(width)).rounded())
            // Something brought shows at least one cell, something taken too.
            return min(max(cells, brought > 0 ? 1 : 0), taken > 0 ? width - 1 : width)
        }
    }

    public static let yearRange = Limits.years

    public let year: Int
    /// Ordered by name, then id: never by any of the numbers.
    public let rows: [Row]

    public init(_ state: NetworkState, year: Int, today: Day) throws {
        guard Self.yearRange.contains(year), let first = Day(year: year, month: 1, day: 1),
              let last = Day(year: year, month: 12, day: 31), let days = DateRange(first, last) else {
            throw DomainError(LimitRefusal.yearBetween(Self.yearRange.lowerBound, Self.yearRange.upperBound, got: year))
        }
        self.year = year
        let members = state.members.records
        var index: [String: Int] = [:]
        var rows: [Row] = []
        rows.reserveCapacity(members.count)
        for m in members where CapacityIndex.isOnRoster(m, during: days) {
            index[m.id] = rows.count
            rows.append(Row(id: m.id, name: m.name))
        }
        for p in state.projects.records {
            let won = p.status == .active || p.status == .done
            if let source = p.source, let r = index[source], p.received.day.year == year {
                rows[r].broughtIn.append(p.id)
                if won {
                    rows[r].broughtWon.append(p.id)
                    rows[r].broughtHours = rows[r].broughtHours + p.estimatedHours
                    if let v = try? state.estimatedValue(of: p, today: today) {
                        rows[r].broughtValue = rows[r].broughtValue + v.total
                    } else {
                        rows[r].unpriced += 1
                    }
                }
            }
            guard won, p.period.overlaps(days) else { continue }
            for a in p.allocations where a.member != p.source {
                guard let r = index[a.member], let overlap = a.range.intersection(days) else { continue }
                let amount = Int64(a.hoursPerWeek.halfHours) * Int64(NetworkState.workingDays(overlap))
                guard amount > 0 else { continue }
                rows[r].takenHalfHourDays += amount
                rows[r].takenProjects += 1
            }
        }
        for q in state.requests.records {
            if let r = index[q.from], q.created.day.year == year { rows[r].helpAsked += 1 }
            if let helper = q.accepted, let r = index[helper],
               let offer = q.offers.first(where: { $0.member == helper }), offer.at.day.year == year {
                rows[r].helpGiven += 1
            }
        }
        for product in state.network.products where product.started <= last {
            for c in product.contributors {
                if let r = index[c], !rows[r].products.contains(product.name) { rows[r].products.append(product.name) }
            }
        }
        self.rows = rows.sorted { a, b in
            a.name != b.name ? a.name.utf8.lexicographicallyPrecedes(b.name.utf8) : a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
        }
    }

    public func row(_ id: String) -> Row? { rows.first { $0.id == id } }
}
